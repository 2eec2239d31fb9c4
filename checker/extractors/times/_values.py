"""Calendar arithmetic for time expressions: resolving against a reference date, and
TIMEX3 value strings. Pure functions on ``datetime.date``; no language knowledge here."""
from __future__ import annotations

import calendar
import datetime as _dt

_PERIOD = {"D": ("P", "D", 1), "W": ("P", "W", 1), "M": ("P", "M", 1), "Y": ("P", "Y", 1),
           "DE": ("P", "Y", 10), "CE": ("P", "Y", 100), "Y5": ("P", "Y", 5),
           "Y7": ("P", "Y", 7), "SE": ("P", "M", 6), "Q": ("P", "Q", 1), "WE": ("P", "WE", 1),
           "H": ("PT", "H", 1), "MIN": ("PT", "M", 1), "S": ("PT", "S", 1)}


_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int | None, month: int) -> int:
    """Days in a month; February has 29 when the year is unknown (it could be leap)."""
    if not 1 <= month <= 12:
        raise calendar.IllegalMonthError(month)   # as calendar.monthrange does
    if month == 2:
        return 29 if year is None or calendar.isleap(year) else 28
    return _DAYS[month]   # what calendar.monthrange gives, without its weekday arithmetic


def valid_day(year: int | None, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year, month)


def nearest_year(month: int, day: int, reference: _dt.date, direction: int = 0) -> int:
    """The year an editor reads for a year-less date: the closest occurrence to the
    reference date (``direction`` -1: the latest not after it, +1: the first not before)."""
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if not valid_day(year, month, day):
            continue
        delta = (_dt.date(year, month, day) - reference).days
        if direction < 0 and delta > 0 or direction > 0 and delta < 0:
            continue
        if best is None or abs(delta) < best[0]:
            best = (abs(delta), year)
    return best[1] if best else reference.year


def nearest_month_year(month: int, reference: _dt.date, direction: int = 0) -> int:
    """The year of a bare month name ("in March"), nearest to the reference."""
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        delta = (year - reference.year) * 12 + month - reference.month
        if direction < 0 and delta > 0 or direction > 0 and delta < 0:
            continue
        options.append((abs(delta), -year, year))
    return min(options)[2] if options else reference.year


def weekday_date(weekday: int, reference: _dt.date, direction: int, *, strict: bool) -> _dt.date:
    """The date of a named weekday near the reference: the last one (direction -1) or the
    next one (+1); ``strict`` excludes the reference day itself ("last Tuesday")."""
    delta = (weekday - reference.weekday()) % 7
    if direction < 0:
        back = (reference.weekday() - weekday) % 7
        if strict and back == 0:
            back = 7
        return reference - _dt.timedelta(days=back)
    if strict and delta == 0:
        delta = 7
    return reference + _dt.timedelta(days=delta)


def shift(reference: _dt.date, unit: str, amount: int) -> str | None:
    """The TIMEX3 value of the period ``amount`` units away from the reference."""
    if unit == "D":
        return (reference + _dt.timedelta(days=amount)).isoformat()
    if unit in ("W", "WE"):
        target = reference + _dt.timedelta(weeks=amount)
        iso_year, week, _ = target.isocalendar()
        return f"{iso_year}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        index = reference.year * 12 + reference.month - 1 + amount
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "Y":
        return f"{reference.year + amount:04d}"
    if unit == "Q":
        index = reference.year * 4 + (reference.month - 1) // 3 + amount
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    return None


def shift_date(reference: _dt.date, unit: str, amount: int) -> _dt.date | None:
    """The day ``amount`` units away (days and weeks only: others are not a day)."""
    if unit == "D":
        return reference + _dt.timedelta(days=amount)
    if unit == "W":
        return reference + _dt.timedelta(weeks=amount)
    return None


def duration(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: ``P3D``, ``PT2H``, ``P10Y`` (decades), ``PXY`` (vague count)."""
    prefix, code, factor = _PERIOD.get(unit, ("P", "X", 1))
    if amount is None:
        return f"{prefix}X{code}"
    value = amount * factor
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return f"{prefix}{text}{code}"


def date_value(year: int | None, month: int | None, day: int | None) -> str:
    """``2024-03-05``, ``XXXX-03-05``, ``2024-03``: what is known, X for the rest."""
    parts = [f"{year:04d}" if year is not None else "XXXX"]
    if month is not None:
        parts.append(f"{month:02d}")
        if day is not None:
            parts.append(f"{day:02d}")
    return "-".join(parts)
