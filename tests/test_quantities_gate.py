"""The gates of the exemption patterns: a stretch where no white space followed by a digit
ends one of the pattern's opening strings (``speedups.digit_lead.opening_gate``), or where no run
of digits is followed by one of its characters (``speedups.digit_lead.digit_followers``), is not
searched. They must skip only stretches where the pattern finds nothing, so the
exemptions are those of the ungated scan."""
from __future__ import annotations

import dataclasses

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.speedups.digit_lead import digit_followers, opening_gate
from checker.extractors.quantities._context import exemptions, quoted_spans
from checker.extractors.quantities._grammar import grammar
from checker.extractors.quantities._scan import folded
from checker.locales import load_locale
from checker.readers import read_text


@pytest.mark.parametrize("pattern, gate", [
    (r"\b(?:[Pp]age|pp?\.)\s(?P<n>\d[\d.]*)", ("Page", "p.", "page", "pp.")),
    (r"\b(?:won|lost)\s\d+", ("lost", "won")),
    (r"\b(?:won|lost)\s?\d+", ()),            # the white space may be missing
    (r"\b(?:won|lost)\s(?:\w+\s)?\d+", ()),   # words between: no digit right after
    (r"(?i)\b(?:won|lost)\s\d+", ()),         # case-blind: the strings are not all it matches
    (r"\b(?:w\w+|lost)\s\d+", ()),            # not literals
    (r"(?:won|lost)\s\d+", ()),               # no word boundary first: not read
    (r"\b(?:won)\s\d+", ()),                  # no alternation
])
def test_opening_gate_values(pattern: str, gate: tuple[str, ...]) -> None:
    assert opening_gate(pattern) == gate


def test_the_page_patterns_are_gated() -> None:
    for lang in ("en", "fr"):
        g = grammar(load_locale(lang))
        gated = [reason for (reason, _), gate in zip(g.exempt, g.exempt_gates) if gate]
        assert gated == ["page"]


_PIECES = ["Page", "page", "p.", "pp.", "P", "Number", "Numbered", "No.", "no", "n°", "Art.", "Article", "#", "Étape",
           "pas de tir", "Pas de tir", "tir", "mile", "age", "chapitre", "Chapter", "Bill", "ill", "Route", "Xroute",
           " ", "  ", "\n", "\u00a0", "\u2009", "\u202f", "\x1c", "\t", "12", "3", "1.2", "1-2", "٣", "(", ")", ",", ".",
           "-", "x", "de", "the", "a", "2019", "10 %", "$5", "Page\u00a012", "a# 3", "x#\u20093", "Alinéa 4",
           "n°\u202f5", "Étape\u00a02", "p.\u20097", "1st", "22nd", "3rd", "4th", "1990s", "80s", "1er", "2e", "3ème",
           "4ᵉ", "5è", "12:30", "9.15", "2020-21", "2020–21", "1/2", "2021-03-04", "st", "s", "e", ":", "/", "٣rd",
           "٣٤s", "7\u00a0h"]
LANGS = st.sampled_from(["en", "fr"])
_SPACE_DIGIT_PLAIN = regex.compile(r"\s\d")


def _ungated(g):  # noqa: ANN001, ANN202
    return dataclasses.replace(g, exempt_gates=tuple(() for _ in g.exempt_gates),
                               exempt_followers=tuple("" for _ in g.exempt_followers))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from(["", " "]), st.integers(0, 20))
def test_no_match_where_the_gate_is_shut(pieces: list[str], glue: str, scan_from: int) -> None:
    text = glue.join(pieces)
    for lang in ("en", "fr"):
        g = grammar(load_locale(lang))
        for (_, pattern), gate in zip(g.exempt, g.exempt_gates):
            if not gate:
                continue
            open_ = any(text.endswith(gate, scan_from, m.start()) for m in _SPACE_DIGIT_PLAIN.finditer(text, scan_from))
            if not open_:
                assert not list(pattern.finditer(text, scan_from)), (pattern.pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from(["", " "]), LANGS)
def test_gated_exemptions_are_the_ungated_ones(pieces: list[str], glue: str, lang: str) -> None:
    document = read_text("Le texte. " + glue.join(pieces) + "\n\nPage 4 et p. 7 du tome 2.\n", lang=lang)
    g = grammar(load_locale(lang))
    lowered = folded(document.prose, g)
    quotes = quoted_spans(document)
    assert exemptions(document, g, quotes, None, lowered) == exemptions(document, _ungated(g), quotes, None, lowered)


def _same_as_ungated(text: str, lang: str):  # noqa: ANN202
    """The exemptions of ``text``, asserted equal to the ungated scan's."""
    document = read_text(text, lang=lang)
    g = grammar(load_locale(lang))
    lowered = folded(document.prose, g)
    gated = exemptions(document, g, (), None, lowered)
    assert gated == exemptions(document, _ungated(g), (), None, lowered), text
    return gated


def test_gated_exemptions_on_written_sentences() -> None:
    for lang, text in (("en", "See page 12, pp. 4-5 and No. 3; the #1 seed.\n\nPage\u00a09 then Route 66.\n"),
                       ("fr", "Voir page 12, p. 4 et l'article 3.\n\nLe pas de tir 39 et la Route\u202f7.\n")):
        gated = _same_as_ungated(text, lang)
        assert sum(1 for *_, reason in gated.intervals if reason == "page") >= 3


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_opening_string_before_any_white_space_is_found(lang: str) -> None:
    g = grammar(load_locale(lang))
    for gate in g.exempt_gates:
        for string in gate:
            for space in (" ", "\u00a0", "\u2009", "\u202f", "\t", "\u3000"):
                _same_as_ungated(f"Le 2 mai, x {string}{space}7.\n", lang)


@pytest.mark.parametrize("pattern, followers", [
    (r"(?P<n>\d+)(?:st|nd|rd|th)\b", "nrst"),
    (r"\b(?P<n>\d{1,2}[:.]\d{2})", ".:"),
    (r"(?P<n>\d{4})s\b", "s"),
    (r"\b(?P<n>\d{1,2})\s*(?:am|pm)", ""),     # white space or nothing: not read
    (r"(?P<n>[0-9]+)s", ""),                   # not \d itself
    (r"(?P<n>\d*)s", ""),                      # may hold no digit
    (r"(?P<n>\d+)(?:\d|x)", ""),                # a digit may follow
    (r"(?i)(?P<n>\d+)(?:st|nd)", ""),          # case-blind
    (r"\baged (?P<n>\d+)", ""),                # opens with a word
])
def test_digit_followers_values(pattern: str, followers: str) -> None:
    assert digit_followers(pattern) == followers


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from(["", " "]), st.integers(0, 20))
def test_no_match_where_no_follower_follows_digits(pieces: list[str], glue: str, scan_from: int) -> None:
    text = glue.join(pieces)
    after = {text[m.end()] for m in regex.finditer(r"\d+", text) if m.end() < len(text)}
    for lang in ("en", "fr"):
        g = grammar(load_locale(lang))
        for (_, pattern), follow in zip(g.exempt, g.exempt_followers):
            if follow and after.isdisjoint(follow):
                assert not list(pattern.finditer(text, scan_from)), (pattern.pattern, text)


def test_followed_exemptions_on_written_sentences() -> None:
    for lang, text in (("en", "The 1990s, the 3rd and 21st; at 9.30 pm and 12:15 GMT, in 2020-21.\n\nIt was 40s\n"),
                       ("fr", "Le 1er et le 3ème, la 4ᵉ fois, à 12:30 et en 2020–21.\n\nLe 5è\n")):
        assert len(_same_as_ungated(text, lang).intervals) >= 5
