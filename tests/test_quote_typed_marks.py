"""A quote whose opening mark was typed as two single quotes or two backquotes and whose
closing one is a straight double quote (issue 13): the closing mark must not open a quote
that runs over the narration to the next quote's opening. Sentences invented for the test."""
from __future__ import annotations

from checker import check_text
from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def _story(text: str, lang: str) -> str:
    return f"---\nlang: {lang}\n---\n\n{text}"


def _quotes(text: str, lang: str) -> list[str]:
    doc = read_text(_story(text, lang), path="story.md")
    return [doc.slice(q.span) for q in Facts(doc, load_locale(lang)).get("quotes")]


def _unattributed(text: str, lang: str) -> int:
    return sum(f.rule == "speakers.unattributed-quote"
               for f in check_text(_story(text, lang), path="story.md"))


EN = ("A memo from the consultants to Ana Ruiz urged caution: ''We should wait for the audit "
      "before we sign anything with the builder,\" it said. The builder's chief, Tom Birch, "
      "replied in a letter. Council member Paul Reyes wrote that the delay was "
      "\"a gift to the lawyers and nobody else in this town at all.\"\n")
FR = ("Une note des consultants à Ana Ruiz appelait à la prudence : ``Nous devons attendre "
      "l'audit avant de signer quoi que ce soit avec le constructeur,\" disait-elle. Le patron "
      "du constructeur, Tom Birch, a répondu par lettre. L'élu Paul Reyes a écrit que le "
      "retard était \"un cadeau fait aux avocats et à personne d'autre dans cette ville.\"\n")


def test_en_a_quote_opened_with_two_single_quotes_ends_at_its_double_quote():
    quotes = _quotes(EN, "en")
    assert quotes[0].startswith("''We should wait") and quotes[0].endswith("builder,\"")
    assert not any("replied in a letter" in q for q in quotes)
    assert _unattributed(EN, "en") == 0


def test_fr_a_quote_opened_with_two_backquotes_ends_at_its_double_quote():
    quotes = _quotes(FR, "fr")
    assert quotes[0].startswith("``Nous devons") and quotes[0].endswith("constructeur,\"")
    assert not any("a répondu par lettre" in q for q in quotes)
    assert _unattributed(FR, "fr") == 0


def test_en_a_comma_then_a_spaced_opening_mark_still_opens_a_quote():
    text = ("Ana Ruiz, who chairs the club, said,\" The council chose the cheapest way out "
            "and the children will pay for it next summer\". She left at noon.\n")
    assert any(q.startswith("\" The council") for q in _quotes(text, "en"))


def test_fr_a_comma_then_a_spaced_opening_mark_still_opens_a_quote():
    text = ("Ana Ruiz, présidente du club, a déclaré,\" Le conseil a choisi la solution la "
            "moins chère et les enfants paieront l'été prochain\". Elle est partie à midi.\n")
    assert any(q.startswith("\" Le conseil") for q in _quotes(text, "fr"))
