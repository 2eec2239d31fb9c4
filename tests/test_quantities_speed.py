"""Shortcuts of the quantity extractor held to the slower paths they replace (issue 7)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extractors._number_patterns import grammar, scan_hits, scan_hits_full
from checker.locales import load_locale

GRAMMARS = [grammar(load_locale(lang)) for lang in ("en", "fr")]

# Number words, openers and symbols of both languages, their pieces, and characters where
# lower-casing and case-blind matching part ways (long s, dotted I, Kelvin sign, final
# sigma, superscripts, combining accent, zero-width joiner, Arabic-Indic digit).
_PIECES = ["about", "ABOUT", "About", "million", "Millions", "dozen", "a", "an", "A", "k", "M", "bn",
           "deux", "Deux", "à", "À", "vingt", "cents", "environ", "près", "PRÈS", "plusieurs", "ten",
           "seven", "ſeven", "ſ", "İ", "ı", "\u212a", "\u212b", "Σ", "σ", "ς", "²", "½", "\u0301",
           "\u200d", "٣", "1", "12", "2,5", "$", "€", "£", "¥", "US$", " ", "  ", "\n", "\u00a0", "-",
           "'", "’", "é", "É", "x", "often", "Ten", "TEN", "🙂"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from(GRAMMARS))
def test_folded_scan_finds_the_hits_of_the_one_pass_scan(pieces: list[str], g) -> None:
    text = "".join(pieces)
    assert scan_hits(text, g) == scan_hits_full(text, g)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.sampled_from(GRAMMARS))
def test_folded_scan_on_any_text(text: str, g) -> None:
    assert scan_hits(text, g) == scan_hits_full(text, g)


def test_folded_scan_is_used_for_plain_prose_and_not_for_odd_characters() -> None:
    for g in GRAMMARS:
        assert g.folded_scan is not None and g.folded_scan.ascii_safe
        assert g.folded_scan.unsafe.search("Près de 2,5 millions d’euros — “about $3bn”.") is None
        for odd in ("ſ", "İ", "Σ", "²", "\u200d", "٣", "🙂"):
            assert g.folded_scan.unsafe.search(f"seven {odd}") is not None, odd
