"""Shares given as gaps: "A at 13 percent, 14 points behind B" says B holds 27 percent.

A poll story often states one share and places the other holders by their distance from it
("14 points behind", "à 6 points derrière", "5 points ahead of"). ``percent-sum`` adds those
shares like written ones; this module only reads them. A gap is a count of the locale's
``gap_nouns`` ("points") or of percentage points, followed by one of ``gap_behind`` (the
share before it is that far below the other holder's) or ``gap_ahead`` (that far above);
it is read from the nearest share before it in its sentence, never across sentences.
"""
from __future__ import annotations

import dataclasses
import functools
from typing import Any

from ..extractors.quantities import fold_fast
from ..speedups import pattern_cache

_AFTER = pattern_cache.compile(r"^[\s,]*((?:[\w’'\-]+\s*){1,3})")


@functools.lru_cache(maxsize=16)
def _cues(locale: Any) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    words = lambda key: tuple(fold_fast(w) for w in locale.words("numbers", key))  # noqa: E731
    return frozenset(words("gap_nouns")), words("gap_behind"), words("gap_ahead")


def _direction(text: str, behind: tuple[str, ...], ahead: tuple[str, ...]) -> int:
    """+1 when ``text`` opens with a word of ``behind``, -1 with one of ``ahead``, else 0."""
    match = _AFTER.match(text)
    if match is None:
        return 0
    words = " ".join(fold_fast(match.group(1)).split())
    for sign, cues in ((-1, ahead), (1, behind)):   # "ahead of" before a shorter cue
        if any(words == cue or words.startswith(cue + " ") for cue in cues):
            return sign
    return 0


def gap_shares(document: Any, shares: list[Any], quantities: Any, locale: Any) -> list[Any]:
    """The other holders' shares that gaps after ``shares`` imply, as quantities of unit "%"
    at the gap's place (so a finding points at the words that gave them)."""
    nouns, behind, ahead = _cues(locale)
    if not nouns or not shares:
        return []
    prose = document.prose
    found = []
    for q in quantities:
        if q.sentence < 0 or q.high is not None or q.exempt is not None:
            continue
        if q.unit != "pp" and (q.unit is not None or q.noun is None
                               or fold_fast(prose[q.noun.start:q.noun.end]) not in nouns):
            continue
        sign = _direction(prose[(q.noun or q.span).end:(q.noun or q.span).end + 60], behind, ahead)
        if not sign:
            continue
        anchor = next((s for s in reversed(shares) if s.sentence == q.sentence and s.span.end <= q.span.start), None)
        if anchor is None:
            continue
        value = anchor.value + sign * q.value
        if 0 < value <= 100:
            found.append(dataclasses.replace(q, value=value, unit="%", noun=None, kind="share"))
    return found
