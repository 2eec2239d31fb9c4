"""Time facts as stretches of time, so that ordering words can be held to dates of any
precision: a day, a clock time on its day, a month, a year, a decade. "A is before B" is certain
only when A's stretch ends before B's starts; a year-less day or a bare month may sit in
the year before or after the one it was read in, and is compared in each."""
from __future__ import annotations

import calendar
import datetime as _dt
from typing import Any

Stretch = tuple[_dt.datetime, _dt.datetime]

_DAY = _dt.timedelta(days=1)
_MINUTE = _dt.timedelta(minutes=1)


def clock_time(fact: Any) -> _dt.datetime | None:
    """A clock time on the day it was read against ("2024-03-12T14:00Z")."""
    if fact.date is None or "T" not in fact.value:
        return None
    hhmm = fact.value.split("T", 1)[1][:5]
    try:
        hour, minute = int(hhmm[:2]), int(hhmm[3:5])
    except ValueError:
        return None
    base = _dt.datetime.combine(fact.date, _dt.time())
    return base + _dt.timedelta(hours=hour, minutes=minute)


def stretches(fact: Any) -> tuple[Stretch, ...]:
    """Where the fact may lie: one stretch for a written date, three (years around the
    reading) for a year-less day or month; () for what is not placed (durations, decades,
    relative words) or past the calendar's ends (year 1, year 9999)."""
    try:
        return _stretches(fact)
    except (OverflowError, ValueError):
        return ()


def _stretches(fact: Any) -> tuple[Stretch, ...]:
    if fact.form in ("clock", "clock_named"):
        moment = clock_time(fact)
        return ((moment, moment + _MINUTE),) if moment is not None else ()
    if fact.form == "date" and fact.date is not None:
        if fact.year_given:
            return (_whole_day(fact.date),)
        return tuple(_whole_day(_dt.date(y, fact.month, fact.day)) for y in
                     (fact.date.year - 1, fact.date.year, fact.date.year + 1)
                     if _valid(y, fact.month, fact.day))
    if fact.form == "month_year" and fact.year is not None and fact.month is not None:
        return (_month(fact.year, fact.month),)
    if fact.form == "month" and fact.year is not None and fact.month is not None:
        return tuple(_month(y, fact.month) for y in (fact.year - 1, fact.year, fact.year + 1))
    if fact.form == "year" and fact.year is not None:
        return ((_dt.datetime(fact.year, 1, 1), _dt.datetime(fact.year + 1, 1, 1)),)
    if fact.form == "decade" and fact.value[:3].isdigit():
        first = int(fact.value[:3]) * 10
        return ((_dt.datetime(max(first, 1), 1, 1), _dt.datetime(first + 10, 1, 1)),)
    return ()


def certain_stretch(fact: Any) -> Stretch | None:
    """The one stretch of a fact whose year is written (or a clock on its day)."""
    found = stretches(fact)
    return found[0] if len(found) == 1 else None


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= year <= 9998 and 1 <= day <= calendar.monthrange(year, month)[1]


def whole_day(day: _dt.date) -> Stretch | None:
    """A day's stretch; None for the calendar's last day (its end is not representable)."""
    try:
        return _whole_day(day)
    except OverflowError:
        return None


def month(year: int, number: int) -> Stretch | None:
    """A month's stretch; None past the calendar's end."""
    try:
        return _month(year, number)
    except (OverflowError, ValueError):
        return None


def _whole_day(day: _dt.date) -> Stretch:
    start = _dt.datetime.combine(day, _dt.time())
    return start, start + _DAY


def _month(year: int, month: int) -> Stretch:
    start = _dt.datetime(year, month, 1)
    return start, start + _DAY * calendar.monthrange(year, month)[1]


def before(first: Stretch, second: Stretch) -> bool:
    """``first`` ends before ``second`` starts."""
    return first[1] <= second[0]
