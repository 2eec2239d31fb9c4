"""Rule files: strict validation with file:line messages, never a traceback."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from checker._yaml import ConfigError
from checker.ruleset import load_rule_file, load_rules

from conftest import run_cli


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


GOOD = """\
rules:
  - id: house.banned
    check: pattern
    severity: warning
    message: "Avoid '{match}'."
    patterns: ["very unique"]
"""


def test_a_valid_file_loads():
    rules = load_rule_file(write(Path(__import__("tempfile").mkdtemp()), GOOD))
    assert [r.id for r in rules] == ["house.banned"]
    assert rules[0].category == "house" and rules[0].scope == "paragraph"   # a pattern's default


@pytest.mark.parametrize("body,message", [
    (GOOD.replace("patterns:", "pattern:"), ":6: unknown key 'pattern' in rule house.banned"),
    (GOOD.replace('["very unique"]', '["(unclosed"]'), ":6: 'patterns' in rule house.banned: bad regular expression"),
    (GOOD.replace("    severity: warning\n", ""), "is missing 'severity'"),
    (GOOD.replace("severity: warning", "severity: fatal"), ":4: severity 'fatal'"),
    (GOOD.replace("check: pattern", "check: existence"), ":3: unknown check kind 'existence'"),
    (GOOD.replace("id: house.banned", "id: Banned"), ":2: bad rule id 'Banned'"),
    (GOOD.replace("{match}", "{word}"), ":5: message of rule house.banned uses {word}"),
    (GOOD.replace('["very unique"]', "7"), "'patterns' in rule house.banned must be a list"),
    (GOOD + "    scope: chapter\n", "scope 'chapter'"),
    ("rules:\n  - id: a.b\n    check: [unclosed\n", "invalid YAML"),
    ("rule:\n  - id: a.b\n", "top-level 'rules:' list"),
])
def test_mistakes_name_file_line_and_what_was_expected(tmp_path, body, message):
    with pytest.raises(ConfigError) as error:
        load_rule_file(write(tmp_path, body))
    assert str(error.value).startswith(str(tmp_path / "house.yaml"))
    assert message in str(error.value)


def test_yaml_cannot_construct_objects(tmp_path):
    body = GOOD + "    metadata: !!python/object/apply:os.system ['echo hacked']\n"
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_rule_file(write(tmp_path, body))


def test_cli_reports_bad_rule_file_with_status_2(tmp_path):
    rules = write(tmp_path, GOOD.replace("patterns:", "patern:"))
    story = tmp_path / "s.md"
    story.write_text("It was very unique.\n", encoding="utf-8")
    process = run_cli("check", str(story), "--rules", str(rules))
    assert process.returncode == 2
    assert "Traceback" not in process.stderr
    assert f"{rules}:6: unknown key 'patern'" in process.stderr


def test_builtin_rules_load_and_have_descriptions():
    rules = load_rules()
    assert len({r.id for r in rules}) == len(rules)
    for rule in rules:
        assert rule.description, f"{rule.id} has no description"
        assert rule.severity in ("error", "warning", "info")


def test_user_rule_replaces_builtin_with_same_id_only_when_it_says_so(tmp_path):
    builtin = load_rules()
    if not builtin:
        pytest.skip("no built-in rules yet")
    target = builtin[0]
    body = GOOD.replace("house.banned", target.id).replace("severity: warning", "severity: info")
    with pytest.raises(ConfigError, match=r"house.yaml:\d+: rule id .* is a built-in rule's; .*override: true"):
        load_rules([write(tmp_path, body)])
    body = body.replace("severity: info", "severity: info\n    override: true")
    rules = {r.id: r for r in load_rules([write(tmp_path, body)])}
    assert rules[target.id].check == "pattern" and rules[target.id].severity == "info"


def test_override_must_name_a_built_in_rule(tmp_path):
    body = GOOD.replace("severity: warning", "severity: warning\n    override: true")
    with pytest.raises(ConfigError, match="no built-in rule is called house.banned"):
        load_rules([write(tmp_path, body)])
    with pytest.raises(ConfigError, match="'override' in rule house.banned must be true or false"):
        load_rules([write(tmp_path, GOOD.replace("severity: warning", "severity: warning\n    override: yes please"))])
