"""The placed dates that ordering words are held to, read as stretches of time: shared by
``timeline_order`` and its cross-sentence readings (``_order_sequels``)."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from . import _intervals

_PLACED = frozenset(("date", "clock", "clock_named", "month_year", "month", "year", "decade"))
_CLOCKS = ("clock", "clock_named")


@dataclass(frozen=True)
class Disorder:
    """One date that an ordering word contradicts, and the date it contradicts."""

    start: int
    end: int
    reason: str
    other: tuple[int, int]
    note: str


def explicit(fact) -> bool:
    """A written date of any precision (day, clock time, month, year, decade): what an
    ordering word can be held to (the fields ``stretch`` needs are there)."""
    form = fact.form
    if form not in _PLACED:
        return False
    if form in ("date", "clock", "clock_named"):
        return fact.date is not None
    if form == "decade":
        return fact.value[:3].isdigit()
    return fact.year is not None and (form == "year" or fact.month is not None)


def stretch(fact) -> _intervals.Stretch | None:
    """The stretch of time the fact was read as (its year as resolved)."""
    if fact.form in ("date", "month") and fact.date is None and fact.year is None:
        return None
    if fact.form == "date":
        return _intervals.whole_day(fact.date) if fact.date is not None else None
    if fact.form == "month" and fact.year is not None and fact.month is not None:
        return _intervals.month(fact.year, fact.month)
    return _intervals.certain_stretch(fact)


def year_less(fact) -> bool:
    return fact.form == "month" or fact.form == "date" and not fact.year_given


def comparable(first, second, *, near: int = 0) -> tuple[object, object] | None:
    """The two stretches, when their order can be told: clock times only on one day, and
    no year-less date more than half a year from the other (across a year end the order
    is not knowable). With ``near`` (days), a year-less date read in another year than
    the other date is moved to the year that puts it within ``near`` days of it."""
    clocks = (first.form in _CLOCKS, second.form in _CLOCKS)
    if clocks[0] != clocks[1] or all(clocks) and first.date != second.date:
        return None
    one, two = stretch(first), stretch(second)
    if one is None or two is None:
        return None
    if (year_less(first) or year_less(second)) and abs((one[0] - two[0]).days) > 180:
        two = _nearest(second, one, near) if year_less(second) else None
        if two is None:
            one = _nearest(first, stretch(second), near) if year_less(first) else None
            two = stretch(second)
        if one is None or two is None:
            return None
    return one, two


def _nearest(fact, other, near: int) -> _intervals.Stretch | None:
    """The year-less fact placed within ``near`` days of ``other``, or None: two dates
    joined by one ordering word ("on May 9, before the May 3 hearing") are read a few
    days apart, whatever year publication or tense gave each alone; a wider gap may run
    either way across a year end and is left unread."""
    close = [s for s in _intervals.stretches(fact) if abs((s[0] - other[0]).days) <= near]
    return min(close, key=lambda s: abs((s[0] - other[0]).days)) if close else None


# Two clock times further apart than this, the second earlier on the clock, may be on
# two days; so may an evening time and a morning one after it ("closes at 7 p.m., then
# reopens at 8 a.m.", "at 11 p.m. ... Later that night, at 2 a.m.").
_SAME_DAY = _dt.timedelta(hours=12)
_EVENING, _NOON = 17, 12


def may_be_next_day(first, pair) -> bool:
    """Whether the second of two clock times, told after ``first`` but earlier on the
    clock (``pair``: their stretches), may be the next day's: far back on the clock, or
    across a night (an evening, then a morning). False for dates."""
    if first.form not in _CLOCKS:
        return False
    one, two = pair[0][0], pair[1][0]
    return one - two >= _SAME_DAY or one.hour >= _EVENING and two.hour < _NOON
