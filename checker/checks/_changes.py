"""Is a percentage a change ("rose 3%", "en hausse de 2 %", "3% higher") rather than a share?

Shared by ``percent-sum`` (a change is no part of a whole, so it is left out of the sum) and
``unsourced-figure`` (a change set against an earlier period is a statistic someone
compiled): one reading of the locale's ``change_cues`` and ``change_after``, in one place.
"""
from __future__ import annotations

from typing import Any

from ..extractors.quantities import fold_fast
from ..speedups import pattern_cache
from ._words import words_before

_WORD_AFTER = pattern_cache.compile(r"^\W*(?:[\w'’\-]+)?")


def is_change(prose: str, q: Any, g: Any) -> bool:
    """A change, not a share: a change word among the three words before ("rose 3%", "en
    hausse de 2 %"), or right after it among the locale's ``change_after`` ("3% higher");
    "45% by European suppliers" names who holds the share."""
    before = words_before(prose[max(0, q.span.start - 80):q.span.start], 3)
    if g.change_before.search(before.group() if before else "") is not None:
        return True
    after = _WORD_AFTER.search(prose[q.span.end:q.span.end + 40])
    word = fold_fast(after.group().strip(" \t\n,;:()")) if after else ""
    return word in g.change_after
