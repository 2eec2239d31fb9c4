"""Ratios read as shares: "one in four tenants", "one tenant in four", "one out of every 200
customers", "un locataire sur quatre", "deux locataires sur trois".

Why: the quantities extractor reads the denominator as a count ("four tenants"), so a ratio
was judged as a count of four: never a poll or a statistic, whatever it said. A ratio is the
share numerator / denominator of what it counts, and ``numbers.unsourced`` grades it as a
share (the locale's ``numbers.ratio_words``, and ``time.every`` for "one in every ten").
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..extractors.quantities import fold_fast
from ..spans import Span


@functools.lru_cache(maxsize=16)
def _before(locale: Any) -> Any:
    """The numerator, perhaps the counted noun, and the ratio word, right before a figure."""
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+")
                     for w in sorted(locale.words("numbers", "ratio_words"), key=len, reverse=True))
    every = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in locale.words("time", "every"))
    if not words:
        return None
    each = rf"(?:(?:{every})\s+)?" if every else ""
    # the numerator right before the ratio word first ("that one in five": "one", not "that"
    # with "one" for its noun), then with the counted noun between ("un locataire sur quatre")
    # read right to left (REVERSE): anchored at the window's end, a search that cannot match
    # fails at once instead of trying every start of the window
    return tuple(regex.compile(rf"(?<!\w)(?P<num>[^\W_][\w]*)\s+{noun}(?:{words})\s+{each}$",
                               regex.IGNORECASE | regex.REVERSE)
                 for noun in ("", r"(?P<noun>[^\W\d_][\w'’\-]*)\s+"))


@functools.lru_cache(maxsize=16)
def _units(locale: Any) -> frozenset[str]:
    """Words that count one ("one", "a", "un", "une"): the locale's ``time.numbers`` of value 1."""
    numbers = locale.get("time", "numbers", {}) or {}
    return frozenset(fold_fast(str(w)) for w, v in numbers.items() if v == 1)


def ratios(document: Any, quantities: Any, locale: Any) -> dict[int, tuple[Span, float, Any]]:
    """Start of each denominator figure -> (span of the whole ratio, its share in percent,
    the numerator's figure or None)."""
    patterns = _before(locale)
    if patterns is None:
        return {}
    prose = document.prose
    ending = {q.span.end: q for q in quantities}
    ones = _units(locale)
    found = {}
    for q in quantities:
        if q.unit is not None or q.high is not None or not q.value or q.sentence < 0:
            continue
        start = max(0, q.span.start - 60)
        for pattern in patterns:
            match = pattern.search(prose, start, q.span.start)
            if match is None:
                continue
            numerator = ending.get(match.end("num"))
            if numerator is not None and numerator.unit is None and numerator.high is None:
                value = numerator.value
            elif fold_fast(match.group("num")) in ones or match.group("num") == "1":
                value, numerator = 1.0, None
            else:
                continue   # "ménage sur cinq": no numerator right before the ratio word
            if 0 < value < q.value:
                found[q.span.start] = (Span(match.start(), q.span.end), 100 * value / q.value, numerator)
            break
    return found
