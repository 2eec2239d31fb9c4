"""The publication date from a dateline at the top of the body.

Minimal first version (weekday, month-name dates in the first paragraphs); the timeline
work extends it with every date form its extractor knows.
"""
from __future__ import annotations

import datetime as _dt
from typing import Iterable

import regex

from .document import Paragraph
from .locales import Locale, fold
from .spans import Span

_DATE_EN = regex.compile(r"(?:\p{L}+,?\s+)?(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_DATE_DMY = regex.compile(r"(?:\p{L}+,?\s+)?(\d{1,2})(?:er)?\s+(\p{L}+)\.?\s+(\d{4})")


def find_dateline(prose: str, paragraphs: Iterable[Paragraph], locale: Locale
                  ) -> tuple[_dt.date, Span] | None:
    """The date of a dateline in the first three paragraphs, and the dateline's span."""
    for paragraph in tuple(paragraphs)[:3]:
        start, end = paragraph.span.start, paragraph.span.end
        for pattern, order in ((_DATE_EN, "mdy"), (_DATE_DMY, "dmy")):
            match = pattern.match(prose, start, min(end, start + 60))
            if not match:
                continue
            if order == "mdy":
                month_name, day, year = match.group(1), match.group(2), match.group(3)
            else:
                day, month_name, year = match.group(1), match.group(2), match.group(3)
            month = locale.months.get(fold(month_name))
            if month is None:
                continue
            try:
                date = _dt.date(int(year), month, int(day))
            except ValueError:
                continue
            return date, Span(match.start(), match.end()) if match.end() < end else paragraph.span
    return None
