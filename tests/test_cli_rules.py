"""The commands about rules and set-up: explain, rules --format markdown, test-rules, init; progress."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from checker.config import load_config_file
from checker.rule_docs import rules_markdown
from checker.ruleset import load_rules
from conftest import ROOT, run_cli

GOOD_RULES = """rules:
  - id: house.vague
    check: pattern
    severity: warning
    message: "vague: {match}"
    description: Vague attribution.
    why: Readers cannot judge an unnamed source.
    patterns: ["sources say", "selon des sources"]
    ignorecase: true
    examples:
      en: {bad: ["Sources say it rained."], good: ["The mayor says it rained."]}
      fr: {bad: ["Selon des sources, il pleut."], good: ["Selon le maire, il pleut."]}
"""


def write(folder: Path, text: str, name: str = "house.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_explain_prints_description_why_and_examples(tmp_path):
    rules = write(tmp_path, GOOD_RULES)
    process = run_cli("explain", "house.vague", "--rules", str(rules))
    assert process.returncode == 0
    out = process.stdout
    assert out.startswith("house.vague  (warning, house)")
    assert "Vague attribution." in out and "Readers cannot judge an unnamed source." in out
    assert "Example (fr) fires on:\n  | Selon des sources, il pleut." in out
    assert "Example (en) stays quiet on:\n  | The mayor says it rained." in out


def test_explain_unknown_rule_suggests(tmp_path):
    rules = write(tmp_path, GOOD_RULES)
    process = run_cli("explain", "house.vage", "--rules", str(rules))
    assert process.returncode == 2 and "did you mean house.vague?" in process.stderr
    assert "rules in house: house.vague" in run_cli("explain", "house", "--rules", str(rules)).stderr


def test_rules_markdown_has_every_rule_and_its_examples(tmp_path):
    rules = write(tmp_path, GOOD_RULES)
    output = tmp_path / "docs" / "rules.md"
    assert run_cli("rules", "--format", "markdown", "--rules", str(rules), "-o", str(output)).returncode == 0
    text = output.read_text(encoding="utf-8")
    assert "| [`house.vague`](#housevague) | warning | Vague attribution. |" in text
    assert "### `house.vague`" in text and "Flagged (French):\n\n```markdown\nSelon des sources, il pleut.\n```" in text
    for rule in load_rules(()):
        assert f"### `{rule.id}`" in text


def test_docs_rules_md_is_up_to_date():
    expected = rules_markdown(load_rules(()))
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == expected, "docs/rules.md is stale: run copydesk rules --format markdown -o docs/rules.md"


def test_test_rules_passes_good_user_rules(tmp_path):
    write(tmp_path, GOOD_RULES)
    process = run_cli("test-rules", str(tmp_path))
    assert process.returncode == 0, process.stdout + process.stderr
    assert process.stdout.strip().splitlines()[-1] == "4 passed, 0 failed (1 rules)"


def test_test_rules_fails_loudly_on_a_wrong_example(tmp_path):
    wrong = GOOD_RULES.replace('good: ["Selon le maire, il pleut."]', 'good: ["Selon des sources, oui."]')
    rules = write(tmp_path, wrong)
    process = run_cli("test-rules", str(rules))
    assert process.returncode == 1
    assert f"{rules}:2: house.vague: fr good example #1 should produce no finding but produced 1" in process.stdout
    assert "3 passed, 1 failed (1 rules)" in process.stdout


def test_test_rules_bad_example_that_never_fires(tmp_path):
    wrong = GOOD_RULES.replace('bad: ["Sources say it rained."]', 'bad: ["Officials say it rained."]')
    process = run_cli("test-rules", str(write(tmp_path, wrong)))
    assert process.returncode == 1 and "en bad example #1 should produce a finding but produced none" in process.stdout


def test_test_rules_strict_wants_examples_in_every_language(tmp_path):
    bare = GOOD_RULES[:GOOD_RULES.index("    examples:")]
    write(tmp_path, bare)
    assert run_cli("test-rules", str(tmp_path)).returncode == 0
    strict = run_cli("test-rules", str(tmp_path), "--strict")
    assert strict.returncode == 1 and "error: house.vague: no bad example in fr" in strict.stdout


def test_test_rules_on_a_bad_rule_file_is_a_usage_error(tmp_path):
    process = run_cli("test-rules", str(write(tmp_path, "rules:\n  - id: x.y\n    check: pattern\n")))
    assert process.returncode == 2 and "is missing 'severity'" in process.stderr


def test_init_writes_a_valid_commented_config(tmp_path):
    process = run_cli("init", str(tmp_path))
    assert process.returncode == 0
    config_path = tmp_path / ".copydesk.yaml"
    text = config_path.read_text(encoding="utf-8")
    assert text.count("\n# ") >= 10
    assert load_config_file(config_path).fail_on == "warning"
    again = run_cli("init", str(tmp_path))
    assert again.returncode == 2 and "already exists" in again.stderr
    assert run_cli("init", str(tmp_path), "--force").returncode == 0


def run_on_terminal(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run the CLI with stderr on a pseudo-terminal, stdout on a pipe."""
    primary, secondary = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "checker", *args], cwd=cwd, env=env,
                               stdout=subprocess.PIPE, stderr=secondary, stdin=subprocess.DEVNULL)
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(primary, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    stdout = process.stdout.read().decode()
    process.wait(timeout=60)
    os.close(primary)
    return process.returncode, stdout, b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only_for_people(tmp_path):
    rules = write(tmp_path, GOOD_RULES)
    stories = tmp_path / "stories"
    stories.mkdir()
    for i in range(6):
        write(stories, f"# Story {i}\n\nSources say {i}.\n", f"s{i}.md")
    common = ["--rules", str(rules), "--select", "house"]
    status, stdout, terminal = run_on_terminal(["check", "stories", *common], tmp_path)
    assert status == 1 and "6/6 files" in terminal and "6 findings" in terminal and "files/s" in terminal
    assert stdout.strip().endswith("Found 6 findings (6 warnings) in 6 files.")
    for data_format in ("json", "jsonl", "sarif"):
        _, _, terminal = run_on_terminal(["check", "stories", *common, "--format", data_format], tmp_path)
        assert "files/s" not in terminal, data_format
    _, _, terminal = run_on_terminal(["check", "stories", *common, "--no-progress"], tmp_path)
    assert "files/s" not in terminal
    few = run_on_terminal(["check", "stories/s1.md", "stories/s2.md", *common], tmp_path)
    assert "files/s" not in few[2]
    piped = run_cli("check", "stories", *common, cwd=tmp_path)
    assert "files/s" not in piped.stderr
