"""Parts of the day, and the half of the day a 12-hour clock time is in.

"3:30 on a Tuesday afternoon" is 15:30: a clock time written without a.m./p.m. and
without a leading zero is a 12-hour reading as much as a 24-hour one, and the part of
the day written next to it tells which. A zero-padded "09:30" is a 24-hour time and
keeps its reading, so that "09:30 in the evening" still contradicts its evening.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import regex

from ...locales import fold
from ...speedups import pattern_cache
from ._patterns import alternation

if TYPE_CHECKING:
    from ...document import Document
    from ...locales import Locale
    from ...spans import Span

__all__ = ["NEAR", "PART_HOURS", "distance", "nearest_part", "part_hours", "part_words", "twelve_hour"]

# Hours (from, to) each TIMEX3 part of day may cover, generously: "the afternoon" at
# 11:45 is wrong, at 18:30 arguable; "3 in the morning" is the morning of the small hours.
PART_HOURS = {"MO": (0, 12), "AF": (12, 19), "EV": (16, 24), "NI": (19, 31)}
# How far (characters) a part-of-day word may stand from the clock time it qualifies.
NEAR = 30


def part_words(locale: "Locale") -> tuple[Any, dict[str, str]]:
    """The part-of-day words of a locale as one pattern (group ``part``), and each word's
    TIMEX3 code by its folded form."""
    return _part_words(locale.path, locale)


@functools.lru_cache(maxsize=32)
def _part_words(path: str, locale: "Locale") -> tuple[Any, dict[str, str]]:
    parts = {**dict(locale.get("time", "parts_of_day", {}) or {}),
             **dict(locale.get("time", "day_parts", {}) or {})}
    return pattern_cache.compile(r"(?<!\w)(?P<part>" + alternation(tuple(parts)) + r")(?!\w)",
                                regex.IGNORECASE), {fold(str(k)): str(v) for k, v in parts.items()}


def part_hours(codes: dict[str, str], word: str) -> tuple[int, int]:
    """The hours a part-of-day word covers (any hour for a word of no known part)."""
    return PART_HOURS.get(codes.get(fold(" ".join(word.split())), ""), (0, 31))


def distance(span: "Span", match: Any) -> int:
    """Characters between a span and a match (0 when they touch or overlap)."""
    return max(span.start - match.end(), match.start() - span.end, 0)


def nearest_part(document: "Document", span: "Span", locale: "Locale") -> Any:
    """The part-of-day word of the sentence nearest the span, outside it and at most
    ``NEAR`` characters away, or None."""
    index = document.sentence_index(span.start)
    if index is None:
        return None
    unit = document.sentences[index]
    pattern, _ = part_words(locale)
    found = [m for m in pattern.finditer(document.prose, max(unit.start, span.start - NEAR),
                                         min(unit.end, span.end + NEAR))
             if not (span.start <= m.start() < span.end)]
    return min(found, key=lambda m: distance(span, m), default=None)


def twelve_hour(document: "Document", span: "Span", hour: int, locale: "Locale") -> int:
    """The hour of a clock time written without a.m./p.m. or leading zero: the afternoon
    reading (``hour + 12``) when the part of the day beside it holds that reading and not
    the morning one, else ``hour`` as written."""
    if not 1 <= hour < 12:
        return hour
    match = nearest_part(document, span, locale)
    if match is None:
        return hour
    low, high = part_hours(part_words(locale)[1], match.group("part"))
    fits = low <= hour < high or low <= hour + 24 < high
    return hour + 12 if not fits and low <= hour + 12 < high else hour
