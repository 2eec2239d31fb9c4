"""A relative period and the date written beside it to spell it out: "last week, on March
2", "le mois dernier, en janvier", "the day before, May 9" (after a date of May 10).

The relative expression names a period (a week, a month, a year, a day counted from the
date just told); the date beside it must fall inside that period. Pure functions, no
state: ``after_publication`` calls them on the pairs it finds side by side.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

from ..extractors.times import shift

_SECTIONS = ("date", "month", "month_year", "year")


def outside_period(fact: Any, following: Any, publications: tuple[_dt.date, ...],
                   week_slack: int) -> str | None:
    """For "last week" / "this month" / "l'an dernier" (``rel_unit``) followed by a date:
    the period the expression names, when the date is outside it under every publication
    date (a dateline that disagrees with the front matter gives a second reading), else
    None. A week allows ``week_slack`` days either side: writers count "last week" loosely
    across a weekend. A year-less day or month is compared with a week or a month only
    (its year is a guess)."""
    if fact.unit not in ("W", "M", "Y") or fact.amount is None or following.form not in _SECTIONS:
        return None
    first = None
    for publication in publications:
        period = shift(publication, fact.unit, int(fact.amount))
        if period is None:
            return None
        first = first or period
        inside = _inside(period, fact.unit, following, week_slack)
        if inside is None or inside:
            return None
    return first


def period_words(period: str, lang: str) -> str:
    """A TIMEX3 period as a reader says it: "the week of March 11, 2024", "February 2024",
    "2023"."""
    import babel.dates
    try:
        if "-W" in period:
            monday = _dt.date.fromisocalendar(int(period[:4]), int(period[6:8]), 1)
            return "the week of " + babel.dates.format_date(monday, "long", locale=lang)
        if len(period) == 7:
            first = _dt.date(int(period[:4]), int(period[5:7]), 1)
            return babel.dates.format_date(first, "LLLL y", locale=lang)
    except Exception:   # an unknown Babel locale: the TIMEX3 value says it plainly enough
        return period
    return period


def _inside(period: str, unit: str, following: Any, week_slack: int) -> bool | None:
    """Whether the written date falls inside the TIMEX3 period; None when it cannot tell."""
    if unit == "Y":
        if not following.year_given or following.year is None:
            return None
        return str(following.year) == period
    if unit == "M":
        if following.month is None or following.form == "year":
            return None
        year, month = int(period[:4]), int(period[5:7])
        if following.year_given and following.year is not None:
            return (following.year, following.month) == (year, month)
        return following.month == month
    if following.form != "date" or following.date is None:
        return None
    year, week = int(period[:4]), int(period[6:8])
    monday = _dt.date.fromisocalendar(year, week, 1)
    low = monday - _dt.timedelta(days=week_slack)
    high = monday + _dt.timedelta(days=6 + week_slack)
    if following.year_given:
        return low <= following.date <= high
    return any(low <= day <= high for day in _same_day_near(following, monday))


def _same_day_near(following: Any, monday: _dt.date) -> list[_dt.date]:
    """The day and month of a year-less date in the years around ``monday`` (its year was
    only a guess)."""
    out = []
    for year in (monday.year - 1, monday.year, monday.year + 1):
        try:
            out.append(_dt.date(year, following.month, following.day))
        except (TypeError, ValueError):
            continue
    return out
