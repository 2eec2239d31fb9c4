"""The generic check kinds users write rules with, and the regex time bound."""
from __future__ import annotations

import textwrap
import time
from pathlib import Path


from checker import check_text

from conftest import run_cli


def rules_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text("rules:\n" + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return path


def findings(text: str, rules: Path, lang: str = "en", select: str = "t") -> list:
    return check_text(text, path="s.md", lang=lang, rules=[rules], select=[select])


def test_pattern_flags_whole_words_and_honours_exceptions(tmp_path):
    rules = rules_file(tmp_path, """\
        - id: t.vague
          check: pattern
          severity: warning
          message: "vague: {match}"
          ignorecase: true
          patterns: ["sources say"]
          exceptions: ["sources say they"]
        """)
    found = findings("Two sources say so. Resources sayings. Sources say they will.", rules)
    assert [(f.text, f.message) for f in found] == [("sources say", "vague: sources say")]


def test_substitution_suggests_the_preferred_form(tmp_path):
    rules = rules_file(tmp_path, """\
        - id: t.email
          check: substitution
          severity: info
          scope: sentence
          message: "use {suggestion}"
          swap: {e-mail: email}
        """)
    (finding,) = findings("Send an e-mail today.", rules)
    assert finding.text == "e-mail" and finding.suggestions == ("email",) and finding.column == 9


def test_consistency_flags_the_minority_then_the_later_on_a_tie(tmp_path):
    rules = rules_file(tmp_path, """\
        - id: t.qalamoun
          check: consistency
          severity: warning
          message: "{match} vs {preferred}"
          either: {"Qalamoun-ouest": "Qalamoun ouest"}
        """)
    text = "Le Qalamoun ouest est pris.\n\nLe Qalamoun-ouest aussi.\n\nLe Qalamoun ouest enfin.\n"
    (finding,) = findings(text, rules, "fr")
    assert finding.text == "Qalamoun-ouest" and finding.related[0].text == "Qalamoun ouest"
    tie = "Le Qalamoun-ouest est pris.\n\nLe Qalamoun ouest aussi.\n"
    (finding,) = findings(tie, rules, "fr")
    assert finding.text == "Qalamoun ouest" and finding.line == 3


def test_conditional_flags_use_before_definition(tmp_path):
    rules = rules_file(tmp_path, """\
        - id: t.acronym
          check: conditional
          severity: warning
          message: "{match}: {where}"
          first: "[A-Z]{3,}"
          second: "\\\\(([A-Z]{3,})\\\\)"
          exceptions: [NASA]
        """)
    text = "The WHO met NASA. The World Health Organization (WHO) agreed. The WHO left. The IMF too."
    found = findings(text, rules)
    assert [(f.text, f.related[0].text if f.related else None) for f in found] == [("WHO", "WHO"), ("IMF", None)]
    assert "never spelt out" in found[1].message


def test_pathological_regex_is_bounded_and_the_rest_still_runs(tmp_path):
    rules = rules_file(tmp_path, """\
        - id: t.slow
          check: pattern
          severity: warning
          scope: paragraph
          message: "slow {match}"
          words: false
          patterns: ["(a+)+$"]
        - id: t.fast
          check: pattern
          severity: warning
          message: "fast {match}"
          patterns: ["needle"]
        """)
    story = tmp_path / "story.md"
    story.write_text("a" * 50_000 + "!\n\nA needle here.\n", encoding="utf-8")
    started = time.perf_counter()
    process = run_cli("check", str(story), "--rules", str(rules), "--select", "t")
    assert time.perf_counter() - started < 30
    assert process.returncode == 1, process.stderr
    assert "rule t.slow" in process.stderr and "stopped" in process.stderr
    assert "[t.fast] fast needle" in process.stdout


def test_rule_languages_limit_where_a_rule_runs(tmp_path):
    rules = rules_file(tmp_path, """\
        - id: t.fr-only
          check: pattern
          severity: warning
          languages: [fr]
          message: "{match}"
          patterns: ["Paris"]
        """)
    assert findings("Paris is big, the mayor said.", rules, "en") == []
    assert len(findings("Paris est grande, a dit le maire.", rules, "fr")) == 1


# name_variant._folded lower-cases and patches accented letters with str.replace; it must
# equal the per-character table it stands for, including letters whose lower case is not
# one character (İ) or depends on the word (Σ).
from hypothesis import given as _given, settings as _settings, strategies as _st  # noqa: E402

from checker.checks import name_variant as _name_variant  # noqa: E402


def _folded_by_table(prose: str) -> str:
    """The earlier ``_folded``: ``str.lower`` when that is the whole fold, else the table."""
    table = {ord(c): f for c in set(prose) if (f := _name_variant._fold_char(c)) != c}
    if all(f == chr(k).lower() for k, f in table.items()):
        return prose.lower()
    return prose.translate(table)


@_settings(max_examples=400, deadline=None)
@_given(_st.text(alphabet="aAeEéÉèÈçÇİıIiẞßǄǅǆŒœﬁΣσςÅÅ- .\u0301", max_size=40))
def test_name_variant_fold_equals_the_character_table(prose: str) -> None:
    assert _name_variant._folded(prose) == _folded_by_table(prose)
