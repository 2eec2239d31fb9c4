"""The registry of check kinds, their contract, and what ``scope:`` means for each."""
from __future__ import annotations

import pkgutil
import textwrap
from pathlib import Path

import pytest

from checker import check_text, checks
from checker.checks import KINDS, CheckKind, load_kind
from checker.config import ConfigError
from checker.ruleset import load_rule_file


def test_every_kind_module_is_registered_and_every_registered_kind_exists():
    modules = {m.name for m in pkgutil.iter_modules(checks.__path__) if not m.name.startswith("_")}
    assert set(KINDS.values()) == modules
    assert all(name == module.replace("_", "-") for name, module in KINDS.items())


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_kind_keeps_the_contract(name):
    kind = load_kind(name)
    assert isinstance(kind, CheckKind)
    assert kind.SCOPES and set(kind.SCOPES) <= {"sentence", "paragraph", "document"}


def test_an_unregistered_name_is_no_kind():
    assert load_kind("no-such-kind") is None and load_kind("_speakers") is None and load_kind("") is None


def _rules(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text("rules:\n" + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return path


PATTERN = """\
- id: t.across
  check: pattern
  severity: warning
  message: "{match}"
  patterns: ["end\\\\.\\\\s+Next"]
"""


def test_a_scope_a_kind_does_not_honour_is_an_error_with_file_line_and_the_scopes_it_does(tmp_path):
    path = _rules(tmp_path, """\
        - id: t.conflict
          check: figure-conflict
          severity: warning
          message: "{text}"
          scope: sentence
        """)
    with pytest.raises(ConfigError) as error:
        load_rule_file(path)
    assert "house.yaml:6" in str(error.value) and "honours document" in str(error.value)


@pytest.mark.parametrize("scope,lines", [("sentence", []), ("paragraph", [1]), ("document", [1, 3])])
def test_a_pattern_matches_inside_its_scope_only(tmp_path, scope, lines):
    rules = _rules(tmp_path, PATTERN + f"  scope: {scope}\n")
    text = "The end. Next one.\n\nThe end.\n\nNext time.\n"
    found = check_text(text, path="s.md", lang="en", rules=[rules], select=["t"])
    assert sorted({f.line for f in found}) == lines


def test_a_scope_left_out_is_the_kinds_first(tmp_path):
    (rule,) = load_rule_file(_rules(tmp_path, PATTERN))
    assert rule.scope == "paragraph"
    (rule,) = load_rule_file(_rules(tmp_path, PATTERN.replace("check: pattern", "check: timeline-order")
                                    .replace('  patterns: ["end\\\\.\\\\s+Next"]\n', "")
                                    .replace('"{match}"', '"{text}"')))
    assert rule.scope == "document"


def test_a_run_extracts_only_the_facts_its_rules_read(tmp_path, monkeypatch):
    from checker import facts
    asked = []
    real = facts._extractor
    monkeypatch.setattr(facts, "_extractor", lambda name: asked.append(name) or real(name))
    text = "Mayor Ana Ruiz said 40 people came on Monday. Ruiz left.\n"
    check_text(text, path="s.md", lang="en", rules=[_rules(tmp_path, PATTERN)], select=["t"])
    assert asked == []
    check_text(text, path="s.md", lang="en", select=["speakers.variant"])
    assert "people" in asked and "quantities" not in asked and "times" not in asked


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_key_of_every_kind_is_documented_in_the_rule_reference(name):
    import dataclasses
    from checker.rule_docs import param_docs
    kind = load_kind(name)
    documented = param_docs(kind.Params)
    assert [f.name for f in dataclasses.fields(kind.Params) if not documented.get(f.name)] == []


def test_the_reference_shows_a_rules_settings_with_their_defaults(tmp_path):
    from checker.rule_docs import rule_markdown, rule_plain
    (rule,) = load_rule_file(_rules(tmp_path, PATTERN + "  ignorecase: true\n"))
    assert "| `ignorecase` | `true` | `false` | match without regard to case. |" in rule_markdown(rule)
    assert "ignorecase: true  [false]" in rule_plain(rule)


def _with(tmp_path: Path, check: str, extra: str) -> Path:
    return _rules(tmp_path, f"""\
        - id: t.names
          check: {check}
          severity: warning
          message: "{{text}}"
        {extra}""")


@pytest.mark.parametrize("lang,text", [
    ("en", "The plane left Heathrow at dawn and landed at Heathow by noon.\n"),
    ("fr", "L'avion a quitté Heathrow à l'aube et s'est posé à Heathow à midi.\n"),
])
def test_name_variant_settings_choose_the_classes_and_the_shortest_name(tmp_path, lang, text):
    run = lambda extra: [f.text for f in check_text(text, path="s.md", lang=lang,  # noqa: E731
                                                     rules=[_with(tmp_path, "name-variant", extra)],
                                                     select=["t"])]
    assert run("") == ["Heathow"]
    assert run("  classes: [hyphens, accents]\n") == []
    assert run("  min-length: 9\n") == []


def test_name_variant_rejects_an_unknown_class_with_its_line(tmp_path):
    with pytest.raises(ConfigError) as error:
        load_rule_file(_with(tmp_path, "name-variant", "  classes: [typos]\n"))
    assert "house.yaml:6" in str(error.value) and "unknown class typos" in str(error.value)


@pytest.mark.parametrize("lang,text", [
    ("en", "Mayor Carla Dunmore spoke first. \"We will rebuild,\" Mayor Clara Dunmore said.\n"),
    ("fr", "La maire Carla Dunmore a parlé. « Nous tiendrons », a déclaré Clara Dunmore.\n"),
])
def test_speaker_variant_first_names_can_be_left_alone(tmp_path, lang, text):
    run = lambda extra: [f.text for f in check_text(text, path="s.md", lang=lang,  # noqa: E731
                                                     rules=[_with(tmp_path, "speaker-variant", extra)],
                                                     select=["t"])]
    assert run("") == ["Clara Dunmore"]
    assert run("  first-names: false\n") == []


def test_a_rule_file_edited_while_the_process_lives_is_read_again(tmp_path):
    text = "Mayor Carla Dunmore spoke first. \"We will rebuild,\" Mayor Clara Dunmore said.\n"
    run = lambda: [f.text for f in check_text(text, path="s.md", lang="en",  # noqa: E731
                                              rules=[tmp_path / "house.yaml"], select=["t"])]
    _with(tmp_path, "speaker-variant", "")
    assert run() == ["Clara Dunmore"]
    _with(tmp_path, "speaker-variant", "  first-names: false\n")
    assert run() == []
