"""Cheap gates of the people extractor held to the patterns they stand in for.

A gate may only skip a pattern where the pattern cannot match: on made-up text built from
the pieces that make them differ (determiners, elisions, apostrophes, spaces, marks), the
gated code must give exactly what running the pattern every time gives.
"""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings, strategies as st

from checker.extractors.people import _candidates as pc
from checker.extractors.people._patterns import patterns_for
from checker.locales import load_locale
from checker.readers import read_text

_PATS = {lang: patterns_for(load_locale(lang)) for lang in ("en", "fr")}
_LOCALES = {lang: load_locale(lang) for lang in ("en", "fr")}

_WINDOW_PIECES = st.sampled_from([
    "the", "The", "a", "la", "le", "les", "L", "l", "d", "qu", "jusqu", "lorsqu", "'", "’",
    "`", " ", "  ", "\t", "\u00a0", "\n", "(", "\"", "«", ".", ",", "&", "x", "é", "-",
    "company", "société", "said", "a déclaré"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_WINDOW_PIECES, max_size=12), st.sampled_from(["en", "fr"]))
@example(["x ", "l", "’"], "fr")
@example(["(", "d", "'"], "fr")
@example(["the", " "], "en")
@example([], "fr")
@example(["la", " ", "\n"], "fr")
@example(["the", " ", "\n"], "en")
def test_no_determiner_where_the_window_ends_otherwise(pieces, lang):
    """A window that does not end in a space or tab matches ``determiner_before`` only
    if it ends with one of ``_elision_ends``."""
    window = "".join(pieces)
    pats = _PATS[lang]
    ends = pc._elision_ends(pats)
    if window.rstrip(" \t\u00a0") == window and ends is not None and window[-1:] not in ends:
        assert pats.determiner_before.search(window) is None


def pats_fr_newline_match() -> bool:
    """``$`` matches before a final line break: a window ending in one can match."""
    return bool(_PATS["fr"].determiner_before.search("selon la \n")) \
        and bool(_PATS["en"].determiner_before.search("the \n"))


def test_elision_ends_examples():
    assert pc._elision_ends(_PATS["en"]) == frozenset("\n")   # English has no elisions
    assert pc._elision_ends(_PATS["fr"]) == frozenset("'’\n")
    assert pats_fr_newline_match()
    pats = _PATS["fr"]
    assert pats.determiner_before.search("selon l'")          # the gate lets these through
    assert pats.determiner_before.search("selon l’")
    assert pats.determiner_before.search("selon la ")
    assert not pats.determiner_before.search("selon (")


_DOC_PIECES = st.sampled_from([
    "the ", "The ", "la ", "le ", "l'", "L’", "d'", "qu'", "Smith", "Élysée", "Orange",
    "Marie", "Dupont", " ", "\u00a0", ". ", ", ", "(", ")", "\"", "« ", " »", "\n\n", "-",
    "\n", " \n", "the \n", "la \n",
    "said ", "a déclaré ", "company ", "société ", "M. ", "Dr ", "président ", "&"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_DOC_PIECES, min_size=1, max_size=25), st.sampled_from(["en", "fr"]))
def test_candidates_same_without_the_gates(pieces, lang):
    """Every candidate is the same whether the determiner pattern is gated or always run."""
    text = "".join(pieces)
    doc = read_text(text, path="story.txt", lang=lang)
    locale, pats = _LOCALES[lang], _PATS[lang]
    fast = list(pc.candidates(doc, locale, pats))
    original = pc._elision_ends
    pc._elision_ends = lambda pats: None   # no gate: the pattern runs on every window
    try:
        slow = list(pc.candidates(doc, locale, pats))
    finally:
        pc._elision_ends = original
    assert fast == slow


@pytest.mark.parametrize("lang,text", [
    ("fr", "Selon l'Élysée, M. Dupont a parlé. (Orange) et la Société Générale."),
    ("en", "The company Orange and \"Smith\" (Dupont) said the Marie Curie."),
    ("en", "A word of the \nSmith family and the\nDupont line."),
])
def test_candidates_same_without_the_gates_examples(lang, text):
    doc = read_text(text, path="story.txt", lang=lang)
    fast = list(pc.candidates(doc, _LOCALES[lang], _PATS[lang]))
    original = pc._elision_ends
    pc._elision_ends = lambda pats: None
    try:
        slow = list(pc.candidates(doc, _LOCALES[lang], _PATS[lang]))
    finally:
        pc._elision_ends = original
    assert fast == slow
    assert any(c.negative for c in fast) or "\n" in text   # a determiner found through the gate



_ROLE_PIECES = st.sampled_from([
    "le", "la", "président", "présidents", "Président", "ministre", "de", "l'", "l’",
    "Intérieur", "afghan", "afghane", "français", "et", "de la", "porte-parole", "adjoint",
    "spokesman", "spokesmen", "chief", "executive", "x", "é", "s", ",", ".", "(", "«",
    " ", "  ", "\t", "\u00a0", "\n"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_ROLE_PIECES, max_size=10), st.sampled_from(["en", "fr"]))
@example(["le", " ", "président", " ", "afghan", " "], "fr")
@example(["le", " ", "ministre", " ", "de", " ", "l'", "Intérieur", " ", "français", " "], "fr")
@example(["les", " ", "présidents", "\u00a0", "afghans", " "], "fr")
def test_role_gate_lets_every_role_before_match_through(pieces, lang):
    """``complete`` runs ``role_before`` only when the window's last word ends a role,
    a comma closes a clause holding one, or (French: "le président afghan ") a role ends
    one of the ``role_postmodifiers`` words before the last: wherever the pattern matches
    a spaced window, one of them holds."""
    window = "".join(pieces)
    pats = _PATS[lang]
    tails = pats.tails["role"]
    last, spaced, comma = pc._tail(window)
    if not (spaced and pats.role_before.search(window)):
        return
    stripped = window.rstrip(" \t\u00a0")
    clause = pc._clause_words(stripped, len(stripped) - 1) if comma else frozenset()
    assert pc._may(tails, last) or comma and pc._meets(tails, clause) \
        or pats.role_postmodifiers and pc._role_before_modifiers(window, tails, pats.role_postmodifiers)


def test_role_postmodifier_gate_examples():
    pats = _PATS["fr"]
    tails = pats.tails["role"]
    assert pats.role_postmodifiers == 1
    assert pc._role_before_modifiers("selon le président afghan ", tails, 1)
    assert pc._role_before_modifiers("selon la ministre afghane ", tails, 1)
    assert pats.role_before.search("selon la ministre afghane ")
    assert not pc._role_before_modifiers("selon le journal afghan ", tails, 1)
    assert _PATS["en"].role_postmodifiers == 0


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["en", "fr"]), st.sampled_from(["role_word", "singular_verb", "past_verb"]),
       st.text(alphabet="aehinorstdlcmpéèàçAST-'’ ", max_size=14)
       | st.sampled_from(["has", "said", "held", "spokesman", "ministre", "a", "the", "plans",
                          "Has", "spokesmen", "porte-parole", "était", "", "chief executive"]))
def test_cached_fullmatch_is_the_pattern_s(lang, field, word):
    """The lone-name readings' cached word test answers as the pattern does."""
    from checker.extractors.people._extract import _fullmatch
    pattern = getattr(_PATS[lang], field)
    assert _fullmatch(pattern, word) == bool(pattern.fullmatch(word))


_ON_RECORD_PIECES = st.sampled_from([
    "union", "spokesman", "spokeswoman", "spokesmen", "Spokesman", "the", "porte-parole",
    "le", "la", "adjoint", "said", "man", "s", "x", "é", "-", "'", ",", ".", "(",
    " ", "  ", "\t", "\u00a0", "\n"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_ON_RECORD_PIECES, max_size=10), st.sampled_from(["en", "fr"]))
@example(["union", " ", "spokesman", " "], "en")
@example(["union", " ", "spokesman", " ", "\n"], "en")
@example(["le", " ", "porte-parole", "\u00a0"], "fr")
def test_on_record_gate_is_the_pattern(pieces, lang):
    """A lone word's "union spokesman " test, gated by the role's last word, answers as
    the pattern searched every time does."""
    from checker.extractors.people._extract import _on_record_before
    window = "".join(pieces)
    pats = _PATS[lang]
    assert _on_record_before(window, pats) == bool(pats.on_record_before.search(window))
