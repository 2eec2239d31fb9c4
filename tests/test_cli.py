"""The command line as users and CI see it: formats, exit status, bad input, configuration."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT, run_cli, run_json

HOUSE = ROOT / "examples" / "rules" / "house.yaml"


def story(tmp_path: Path, text: str, name: str = "story.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_text_output_is_compiler_style_and_exit_1(tmp_path):
    path = story(tmp_path, "# T\n\nSources say the plan failed.\n")
    process = run_cli("check", str(path), "--rules", str(HOUSE), "--select", "house")
    assert process.returncode == 1
    assert f"{path}:3:1: warning [house.vague-attribution]" in process.stdout
    assert process.stdout.strip().endswith("Found 1 finding (1 warning) in 1 file.")


def test_quiet_when_clean_and_exit_0(tmp_path):
    path = story(tmp_path, "# T\n\nThe mayor said the plan failed.\n")
    process = run_cli("check", str(path), "--rules", str(HOUSE), "--select", "house")
    assert process.returncode == 0
    assert process.stdout.strip() == "No findings in 1 file."


def test_json_contract(tmp_path):
    text = "---\nlang: en\n---\n\n# T\n\nÉté: **Sources say** the plan failed.\n"
    path = story(tmp_path, text)
    data = run_json("check", str(path), "--rules", str(HOUSE), "--select", "house")
    assert data["version"] == 1 and data["summary"] == {"files": 1, "findings": 1, "errors": 0,
                                                          "warnings": 1, "infos": 0}
    (entry,) = data["files"]
    assert entry["path"] == str(path) and entry["language"] == "en"
    (finding,) = entry["findings"]
    assert set(finding) >= {"rule", "category", "severity", "message", "line", "column", "end_line",
                            "end_column", "offset", "length", "text", "related", "suggestions"}
    assert finding["category"] == "house"
    assert text[finding["offset"]:finding["offset"] + finding["length"]] == finding["text"] == "Sources say"
    assert (finding["line"], finding["column"]) == (7, 8)


def test_fail_on_error_lets_warnings_pass(tmp_path):
    path = story(tmp_path, "Sources say the plan failed.\n")
    assert run_cli("check", str(path), "--rules", str(HOUSE), "--select", "house",
                   "--fail-on", "error").returncode == 0


_TWO_SEVERITIES = ("The council approved a budget of about $4 million on Monday.\n\n"
                   "At least 12 people were killed in the attack.\n")


def test_min_severity_hides_infos_but_not_a_warning_of_the_same_rule(tmp_path):
    path = story(tmp_path, _TWO_SEVERITIES, "story.txt")
    default = run_cli("check", str(path), "--date", "2024-03-06", "--select", "numbers.unsourced")
    assert "$4 million" not in default.stdout and "At least 12" in default.stdout
    assert "1 info hidden: --min-severity info to show them." in default.stdout
    everything = run_cli("check", str(path), "--date", "2024-03-06", "--select", "numbers.unsourced",
                         "--min-severity", "info")
    assert "info [numbers.unsourced] about $4 million" in everything.stdout
    assert "warning [numbers.unsourced] At least 12" in everything.stdout
    process = run_cli("check", str(path), "--date", "2024-03-06", "--select", "numbers.unsourced",
                      "--min-severity", "warning")
    assert "$4 million" not in process.stdout and "At least 12" in process.stdout
    assert process.returncode == 1
    # what is not reported cannot fail the run
    errors_only = run_cli("check", str(path), "--date", "2024-03-06", "--min-severity", "error",
                          "--fail-on", "info", "--format", "json")
    assert errors_only.returncode == 0 and json.loads(errors_only.stdout)["files"][0]["findings"] == []


def test_min_severity_from_the_configuration(tmp_path):
    path = story(tmp_path, _TWO_SEVERITIES, "story.txt")
    (tmp_path / ".copydesk.yaml").write_text("min-severity: warning\nselect: [numbers]\n", encoding="utf-8")
    process = run_cli("check", str(path), "--date", "2024-03-06")
    assert "$4 million" not in process.stdout and "At least 12" in process.stdout
    (tmp_path / ".copydesk.yaml").write_text("min-severity: loud\n", encoding="utf-8")
    process = run_cli("check", str(path), "--date", "2024-03-06")
    assert process.returncode == 2
    assert ".copydesk.yaml:1: 'min-severity' must be one of error, warning, info" in process.stderr


def test_stdin(tmp_path):
    process = run_cli("check", "-", "--lang", "en", "--rules", str(HOUSE), "--select", "house",
                      stdin=b"Sources say it rained.\n")
    assert process.returncode == 1 and "-:1:1: warning [house.vague-attribution]" in process.stdout


def test_bad_inputs_are_reported_and_the_rest_still_checked(tmp_path):
    story(tmp_path, "Sources say it rained.\n", "good.md")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    (tmp_path / "empty.md").write_bytes(b"")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    process = run_cli("check", str(tmp_path), str(tmp_path / "missing.md"), "--rules", str(HOUSE),
                      "--select", "house")
    assert process.returncode == 2
    assert "Traceback" not in process.stderr
    assert "binary.txt: error: binary file" in process.stderr
    assert "latin1.txt: error: not UTF-8: byte 0xE9 at line 1" in process.stderr
    assert "empty.md: warning: empty file" in process.stderr
    assert "missing.md: error: no such file or directory" in process.stderr
    assert "[house.vague-attribution]" in process.stdout
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_directory_without_articles(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    process = run_cli("check", str(tmp_path))
    assert process.returncode == 2 and "no articles" in process.stderr


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("check").returncode == 2
    assert run_cli("check", "x.md", "--format", "yaml").returncode == 2
    process = run_cli("check", str(story(tmp_path, "Hi.\n")), "--select", "nosuch")
    assert process.returncode == 2 and "select names no known rule: nosuch" in process.stderr
    assert run_cli("check", "x.md", "--date", "yesterday").returncode == 2


def test_configuration_file_is_found_upward(tmp_path):
    (tmp_path / ".copydesk.yaml").write_text(
        f"rules: [{HOUSE}]\nselect: [house]\nseverity: {{house.vague-attribution: info}}\nfail-on: warning\n",
        encoding="utf-8")
    nested = tmp_path / "2024" / "03"
    nested.mkdir(parents=True)
    path = story(nested, "Sources say it rained.\n")
    process = run_cli("check", str(path), "--min-severity", "info", cwd=tmp_path)
    assert process.returncode == 0
    assert "info [house.vague-attribution]" in process.stdout


def test_pyproject_tool_section(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.copydesk]\nrules = ["{HOUSE}"]\nselect = ["house.email"]\n', encoding="utf-8")
    path = story(tmp_path, "Sources say it rained. Send an e-mail.\n")
    process = run_cli("check", str(path), "--min-severity", "info")
    assert "[house.email]" in process.stdout and "vague" not in process.stdout


def test_bad_configuration_is_reported_with_line(tmp_path):
    (tmp_path / ".copydesk.yaml").write_text("select: [house]\nfail_on: warning\n", encoding="utf-8")
    process = run_cli("check", str(story(tmp_path, "Hi.\n")))
    assert process.returncode == 2
    assert ".copydesk.yaml:2: unknown configuration key 'fail_on'" in process.stderr


def test_rules_command_lists_rules():
    process = run_cli("rules", "--rules", str(HOUSE))
    assert process.returncode == 0 and "house.email" in process.stdout
    listed = json.loads(run_cli("rules", "--format", "json").stdout)
    assert all(set(r) >= {"id", "severity", "description"} for r in listed)


def test_facts_json(tmp_path):
    path = story(tmp_path, "---\ndate: 2024-03-05\nlang: en\n---\n\nThe mayor spoke.\n")
    data = json.loads(run_cli("facts", str(path), "--format", "json").stdout)
    (entry,) = data["files"]
    assert entry["date"] == "2024-03-05" and entry["date_source"] == "front matter"
    text = path.read_text(encoding="utf-8")
    for fact in entry["facts"]:
        assert text[fact["offset"]:fact["offset"] + fact["length"]] == fact["text"]


@pytest.mark.parametrize("lang, body, figure", [
    ("en", "On June 16 and 17, the club sold 1,200 tickets.", "'1,200' = 1200 tickets"),
    ("fr", "Les 16 et 17 juin, le club a vendu 1 200 billets.", "'1 200' = 1200 billets"),
])
def test_facts_sheet_says_which_figures_are_not_claims(tmp_path, lang, body, figure):
    """A date's day numbers are read as numbers but never asked for a source: the sheet says so."""
    path = story(tmp_path, f"---\ndate: 2024-06-25\nlang: {lang}\n---\n\n{body}\n")
    lines = run_cli("facts", str(path)).stdout.splitlines()
    assert any("'16 " in line and line.endswith("; not a claim (date)") for line in lines), lines
    assert any(figure in line and line.endswith("; no source in its sentence") for line in lines), lines


def test_jobs_zero_means_one_per_cpu_and_negative_is_a_usage_error(tmp_path):
    for i in range(3):
        story(tmp_path, f"Sources say the plan {i} failed.\n", f"s{i}.md")
    one = run_cli("check", str(tmp_path), "--rules", str(HOUSE), "--select", "house", "--format", "jsonl")
    auto = run_cli("check", str(tmp_path), "--rules", str(HOUSE), "--select", "house", "--format", "jsonl",
                   "--jobs", "0")
    assert auto.returncode == one.returncode == 1 and auto.stdout == one.stdout
    bad = run_cli("check", str(tmp_path), "--jobs", "-2")
    assert bad.returncode == 2 and "expected 0 (one per CPU) or more" in bad.stderr
