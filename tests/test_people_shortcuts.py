"""Speed shortcuts of the people extractor held to the slower code they stand in for.

Each shortcut must give exactly what the plain version gives, on made-up text built
from the pieces that make them differ (hyphens, particles, apostrophes, letters around).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from checker.extractors import _person_candidates as pc
from checker.extractors._person_patterns import patterns_for
from checker.locales import load_locale

_PATS = {lang: patterns_for(load_locale(lang)) for lang in ("en", "fr")}


def _lead_starts_by_find(prose: str, pats) -> list[int]:
    """The plain version: ``str.find`` of every lead literal over the whole text."""
    starts = []
    for literal in pats.lead_literals:
        at = prose.find(literal)
        while at != -1:
            if not at or not (prose[at - 1].isalpha() or prose[at - 1] == "-"):
                starts.append(at)
            at = prose.find(literal, at + 1)
    return sorted(starts)


_PIECES = st.sampled_from(["al", "el", "ibn", "bin", "abu", "ash", "as", "a", "s", "h", "-",
                           "--", " ", "\n", "d", "'", "’", "é", "x", "Al", "AL", "président",
                           "ministre", "vice", "3", "_", "\u00a0", "·"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.sampled_from(["en", "fr"]))
def test_lead_starts_are_every_literal_found(pieces, lang):
    prose = "".join(pieces)
    pats = _PATS[lang]
    assert sorted(pc._lead_starts(prose, pats)) == _lead_starts_by_find(prose, pats)


def test_lead_starts_examples():
    pats = _PATS["en"]
    prose = "Bashar al-Assad met total-al-x and -al- then d'Arc and (ibn-Saud)."
    assert sorted(pc._lead_starts(prose, pats)) == _lead_starts_by_find(prose, pats)
    assert prose.index("al-Assad") in pc._lead_starts(prose, pats)
    assert prose.index("ibn-Saud") in pc._lead_starts(prose, pats)
    assert prose.index("al-x") not in pc._lead_starts(prose, pats)   # after a hyphen
