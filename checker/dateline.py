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
# A hyphen ends the place only with a space before it: "SAINT-FERRÉOL-LES-COMBES (Drôme),".
_PLACE = pattern_cache.compile(r"[\p{Lu}][\p{L}\p{M}'’ .-]{1,40}?(?:\s*\([^)]{1,30}\))?(?:\s*[,:—–]|\s+-)\s*")
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


# After a year-less date, a dateline needs its dash: "DOVER, March 5 —", "LYON, 3 mars (AFP) -".
_DASH_AFTER = pattern_cache.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[—–-]")


def find_yearless_dateline(prose: str, paragraphs: Iterable[Paragraph], locale: Locale,
                           reference: _dt.date) -> tuple[_dt.date, Span] | None:
    """A wire dateline without its year ("DOVER, March 5 —", "LYON, 3 mars (AFP) -") at the
    start of the first paragraph, placed in the year nearest ``reference``; None otherwise.

    Why apart from ``find_dateline``: a year-less dateline cannot give the publication date,
    but under a front-matter date of another day it still shows that the story does not
    know its own date. A place and a dash must frame it: a story may open on "March 5 was
    the day ...", which is no dateline."""
    forms = dict(date_forms(locale))
    for paragraph in tuple(paragraphs)[:1]:
        start, end = paragraph.span.start, paragraph.span.end
        while start < end and prose[start].isspace():
            start += 1
        place = _PLACE.match(prose, start, min(end, start + 60))
        if place is None:
            return None
        low = max(place.end() - 1, 0)
        folded = fold_text(prose[low:min(end, place.end() + 60)])
        for name in ("dmy", "mdy"):
            pattern = forms.get(name)
            match = pattern.match(folded, 1, len(folded)) if pattern is not None else None
            if match is None or match.group("year"):
                continue
            month = locale.months.get(fold(match.group("month")).rstrip(".")) or 0
            day = day_number(match, _ordinals(locale))
            found = Span(match.start() + low, match.end() + low)
            if _DASH_AFTER.match(prose, found.end, end) is None:
                continue
            years = [y for y in (reference.year - 1, reference.year, reference.year + 1) if valid_day(y, month, day)]
            if not years:
                return None
            date = min((_dt.date(y, month, day) for y in years), key=lambda d: abs((d - reference).days))
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
