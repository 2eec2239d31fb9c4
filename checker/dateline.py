"""The publication date from a dateline at the top of the body.

News bodies often open with the date they were filed: "Tuesday, September 1, 2015" on a
line of its own, "22 mai 2012. - Prévu initialement...", "PARIS, 5 mars 2012 (AFP) -".
The date forms are the time extractor's full-date patterns (``times.date_forms``,
compiled apart from the other time patterns, so that reading a file never pays for
those), so every full-date format it reads is a dateline format too. Only a complete date
counts: a year-less "PARIS, 5 mars (AFP)" cannot say which year the story ran, so it gives
no publication date. Only the start of the first three paragraphs is looked at: a few
anchored matches per file.
"""
from __future__ import annotations

import datetime as _dt
from typing import Iterable


from .speedups import pattern_cache

from .document import Paragraph
from .extractors.times import date_forms, fold_text, day_number, valid_day
from .locales import Locale, fold
from .spans import Span

# An optional place before the date ("PARIS, ", "WASHINGTON (Reuters) — ").
_PLACE = pattern_cache.compile(r"[\p{Lu}][\p{L}\p{M}'’ .-]{1,40}?(?:\s*\([^)]{1,30}\))?\s*[,:—–-]\s*")
_REACH = 200
# What may follow the date: the end of the paragraph, or an agency and a separator.
_AFTER = pattern_cache.compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:[.:]?\s*[—–-]+|[.:]|$)")


def find_dateline(prose: str, paragraphs: Iterable[Paragraph], locale: Locale
                  ) -> tuple[_dt.date, Span] | None:
    """The date of a dateline in the first three paragraphs, and the dateline's span.

    Returns the paragraph's span when the whole paragraph is the dateline (the reader then
    marks it ``dateline``), else the date's own span; None when no paragraph opens with a
    complete, valid date.
    """
    forms = date_forms(locale)
    for paragraph in tuple(paragraphs)[:3]:
        start, end = paragraph.span.start, paragraph.span.end
        while start < end and prose[start].isspace():
            start += 1
        positions = [start]
        place = _PLACE.match(prose, start, min(end, start + 60))
        if place:
            positions.append(place.end())
        low = max(start - 1, 0)   # the patterns look one character back
        # a place and a date fit in the paragraph's first _REACH characters: only those are
        # folded (a long first paragraph was folded whole)
        folded = fold_text(prose[low:min(end, start + _REACH)])
        for position in positions:
            for name, pattern in forms:
                match = pattern.match(folded, position - low, len(folded))
                if match is None or not match.group("year"):
                    continue
                date = _date_of(name, match, locale)
                found = Span(match.start() + low, match.end() + low)
                tail = _AFTER.match(prose, found.end, end)
                if date is None or tail is None:
                    continue
                rest = prose[found.end:end].strip()
                if not prose[tail.end():end].strip() and rest in ("", ".", ":"):
                    return date, paragraph.span
                return date, found
    return None


def _ordinals(locale: Locale) -> dict[str, int]:
    return {fold(str(k)): int(v) for k, v in (locale.get("time", "day_ordinals", {}) or {}).items()}


def _date_of(name: str, match, locale: Locale) -> _dt.date | None:
    year_text = match.group("year").lstrip("'’")
    if len(year_text) != 4:
        return None
    year = int(year_text)
    if name == "iso":
        month, day = int(match.group("m")), int(match.group("day"))
    elif name == "numeric":
        first, second = int(match.group("a")), int(match.group("b"))
        mdy = str(locale.get("time", "numeric_order", "dmy")) == "mdy"
        day, month = (second, first) if mdy else (first, second)
    else:
        month = locale.months.get(fold(match.group("month")).rstrip(".")) or 0
        day = day_number(match, _ordinals(locale))
    if not valid_day(year, month, day):
        return None
    return _dt.date(year, month, day)
