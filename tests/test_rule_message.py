"""Rule.format_message fills templates with str.format_map: the same text, or the same error,
as string.Formatter().vformat, which it replaced for speed."""
from __future__ import annotations

import string

from hypothesis import given, settings, strategies as st

from checker.rule import Rule, _Fields

PIECES = ("Le chiffre ", " disagrees with ", "{", "}", "{{", "}}", "{figure}", "{text}", "{missing}",
          "{figure!r}", "{figure!a}", "{figure:>12}", "{count:d}", "{count:{width}}", "{count:0{width}d}",
          "{}", "{0}", "{count.real}", "{figure[0]}", "{parts[1]}", "{where[city]}", "{missing:^9}",
          "{missing.attr}", "{count:x}", "{figure:d}", "{figure!z}", "{ figure}", "{-1}", "é", ":", "!")

FIELDS = {"figure": "12 morts", "text": "Genève", "count": 42, "width": 6, "parts": ("a", "b"),
          "where": {"city": "Lyon"}}


def _old(template: str, fields: dict) -> str:
    return string.Formatter().vformat(template, (), _Fields(fields))


def _outcome(call):
    try:
        return ("ok", call())
    except Exception as error:  # the error users see in a rule's warning: its type and text
        return ("error", type(error).__name__, str(error))


def _rule(template: str) -> Rule:
    return Rule(id="house.test", check="pattern", severity="warning", message=template)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=6), st.sets(st.sampled_from(sorted(FIELDS))))
def test_same_text_or_same_error_as_vformat(pieces, names):
    template = "".join(pieces)
    fields = {name: FIELDS[name] for name in names}
    assert _outcome(lambda: _rule(template).format_message(fields)) == _outcome(lambda: _old(template, fields))


def test_examples_in_both_languages():
    en = _rule("{figure} disagrees with {other} (line {line_other}); {unknown} stays")
    assert en.format_message({"figure": "12 dead", "other": "15 dead", "line_other": 7}) == \
        "12 dead disagrees with 15 dead (line 7); {unknown} stays"
    fr = _rule("{text} : {figure:>10} contre {other!r}")
    assert fr.format_message({"text": "Le bilan", "figure": "12 morts", "other": "15 morts"}) == \
        "Le bilan :   12 morts contre '15 morts'"
    positional = _outcome(lambda: _rule("{} morts").format_message({}))
    assert positional == _outcome(lambda: _old("{} morts", {})) and positional[:2] == ("error", "IndexError")


def test_a_finding_can_carry_its_own_severity():
    from checker.readers import read_text
    from checker.spans import Span
    rule = _rule("{text} : {figure}")
    document = read_text("Le bilan fait état de 12 morts.\n", lang="fr")
    default = rule.finding(document, Span(22, 30), fields={"figure": "12 morts"})
    assert default.severity == "warning" and default.message == "12 morts : 12 morts"
    info = rule.finding(document, Span(22, 30), fields={"figure": "12 morts"}, severity="info")
    assert info.severity == "info" and info == type(default)(**{**vars(default), "severity": "info"})
