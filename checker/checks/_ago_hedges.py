"""The years a hedged count of years ago allows ("more than thirty years ago", « il y a
près de trente ans »): a bound still bounds the year. "More than 30 years ago" in a story
of 2026 is 1996 or earlier, "nearly 30 years ago" a few years after 1996 at most, "less
than 30 years ago" 1996 or later, "about 30 years ago" a tenth either side. The hedge is
read with the locale's ``numbers`` bounds (``lower_bounds``, ``near_bounds``,
``upper_bounds``); any other approximate word is "about".
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..extractors.times import alternation

_OPEN = 10_000   # no bound on that side


@functools.lru_cache(maxsize=16)
def _kinds(locale: Any) -> tuple[tuple[str, Any], ...]:
    """(kind, pattern) of the hedges, the near ones first ("nearly" is also an upper bound)."""
    out = []
    for kind, key in (("near", "near_bounds"), ("upper", "upper_bounds"), ("lower", "lower_bounds")):
        words = locale.words("numbers", key)
        if words:
            out.append((kind, regex.compile(r"(?<![\w'’])" + alternation(words) + r"(?![\w'’])",
                                            regex.IGNORECASE)))
    return tuple(out)


def hedge(locale: Any, prose: str, start: int, end: int) -> tuple[str, int]:
    """("near", "upper", "lower" or "about"; where the hedged count starts): what the hedge
    of the count at ``start:end`` says, written inside it (« il y a plus de trente ans »)
    or right before it ("more than | thirty years ago": the expression's extent leaves its
    modifier out)."""
    low = max(0, start - 25)
    head = prose[low:start].rstrip()
    for kind, pattern in _kinds(locale):
        if pattern.search(prose, start, end):
            return kind, start
        before = [m for m in pattern.finditer(head) if m.end() == len(head)]
        if before:
            return kind, low + before[-1].start()
    return "about", start


def allowed_gaps(kind: str, years: int, tolerance: int) -> tuple[int, int]:
    """(fewest, most) years between the year written and the publication's year that the
    count allows: more than N years ago is N years between the two years at least; less
    than (or nearly) N, N at most; about N, a tenth either side, and one more when the
    anniversary is still to come."""
    if kind == "exact":   # N whole years, or one less with the anniversary still to come
        return years, years + tolerance
    if kind == "lower":
        return years, _OPEN
    if kind == "upper":   # less than N years: never N + 1 years between the two years
        return 0, years
    if kind == "near":
        return years - max(1, years // 6), years
    slack = max(1, years // 10)
    return years - slack, years + slack + tolerance


def reach_words(kind: str, publication_year: int, gaps: tuple[int, int]) -> str:
    """What the count reaches, for a message: "1996 or earlier", "1991-1997"."""
    if kind == "lower":
        return f"{publication_year - gaps[0]} or earlier"
    if kind == "upper":
        return f"{publication_year - gaps[1]} or later"
    if kind == "exact":
        return str(publication_year - gaps[0])
    return f"{publication_year - gaps[1]}-{publication_year - gaps[0]}"
