"""Year-less dates that end or start a range take the year that makes the range coherent.

"between February 1 and November 20" in a story of 25 November 2016: alone, February 1
is nearest to publication in 2017; as the start of a range that ends on 20 November 2016
it is 1 February 2016. The other end decides: a start takes the year that puts it on or
before the end (within a year), an end the year that puts it on or after the start. A
start at most half a year after its end keeps the end's year: "from March 9 to March 4" is
a backwards range for the order check to report, not a range of almost a year. Midnight
opening a range of clock times is 00:00 ("between midnight and 5am"), not the T24:00 a
lone "midnight" takes.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
from typing import TYPE_CHECKING, Any, Sequence

import regex

from ...speedups import pattern_cache
from ...locales import Locale
from . import _values as tv
from ._fact import TimeExpression
from ._patterns import alternation

if TYPE_CHECKING:
    from ...document import Document

_HALF_YEAR = 183
_CLOCKS = ("clock", "clock_named")


@functools.lru_cache(maxsize=32)
def _joiner(path: str, locale: Locale) -> Any:
    """The "to" between the two ends of a range, punctuation around it."""
    return pattern_cache.compile(r"[\s,]*" + alternation(locale.words("time", "range_to"))
                                + r"[\s,]*", regex.IGNORECASE)


def _day(fact: TimeExpression) -> bool:
    return fact.form == "date" and fact.date is not None and fact.month is not None \
        and fact.day is not None


def _in_year(fact: TimeExpression, year: int) -> TimeExpression | None:
    """``fact`` moved to ``year``, or None when the day does not exist then (29 February)."""
    if not tv.valid_day(year, fact.month, fact.day):
        return None
    return dataclasses.replace(fact, date=_dt.date(year, fact.month, fact.day),
                               value=tv.date_value(year, fact.month, fact.day) + fact.value[10:],
                               year_basis="range")


def _start_for(start: TimeExpression, end: _dt.date) -> TimeExpression | None:
    same = _dt.date(end.year, start.month, start.day) if tv.valid_day(end.year, start.month, start.day) else None
    if same is not None and (same <= end or (same - end).days <= _HALF_YEAR):
        year = end.year
    else:
        year = end.year - 1
    return None if year == start.date.year else _in_year(start, year)


def _end_for(end: TimeExpression, start: _dt.date) -> TimeExpression | None:
    same = _dt.date(start.year, end.month, end.day) if tv.valid_day(start.year, end.month, end.day) else None
    if same is not None and (same >= start or (start - same).days <= _HALF_YEAR):
        year = start.year
    else:
        year = start.year + 1
    return None if year == end.date.year else _in_year(end, year)


def cohere(facts: Sequence[TimeExpression], document: "Document", locale: Locale) -> list[TimeExpression]:
    """``facts`` with the year-less ends of ranges moved to the year their other end
    allows (``year_basis`` "range")."""
    out = list(facts)
    joiner = _joiner(locale.path, locale)
    prose = document.prose
    for index in range(len(out) - 1):
        first, second = out[index], out[index + 1]
        if first.value.endswith("T24:00") and second.form in _CLOCKS \
                and joiner.fullmatch(prose, first.span.end, second.span.start):
            # "between midnight and 5am", « de minuit à 6 h »: midnight opening a range is the
            # day's first moment, not its last
            out[index] = dataclasses.replace(first, value=first.value[:-5] + "00:00")
            continue
        if not (_day(first) and _day(second)) or first.year_given and second.year_given:
            continue
        if not joiner.fullmatch(prose, first.span.end, second.span.start):
            continue
        if second.year_given or first.year_given is False and second.year_given is False:
            moved = _start_for(first, second.date) if not first.year_given else None
            if moved is not None:
                out[index] = moved
        else:
            moved = _end_for(second, first.date)
            if moved is not None:
                out[index + 1] = moved
    return out
