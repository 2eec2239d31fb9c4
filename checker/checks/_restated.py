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
    """For "last week" / "this month" / "l'an dernier" / "ce week-end" (``rel_unit``)
    followed by a date:
    the period the expression names, when the date is outside it under every publication
    date (a dateline that disagrees with the front matter gives a second reading), else
    None. A week allows ``week_slack`` days either side: writers count "last week" loosely
    across a weekend. A year-less day or month is compared with a week or a month only
    (its year is a guess)."""
    if fact.unit not in ("W", "WE", "M", "Y") or fact.amount is None or following.form not in _SECTIONS:
        return None
    # "this weekend" read early in the week may be the one just past
    amounts = (0, -1) if fact.unit == "WE" and fact.amount == 0 else (int(fact.amount),)
    first = None
    for publication in publications:
        for amount in amounts:
            period = shift(publication, fact.unit, amount)
            if period is None:
                return None
            first = first or period
            inside = _inside(period, fact.unit, following, week_slack)
            if inside is None or inside:
                return None
    return first


def ago_outside(fact: Any, following: Any, publications: tuple[_dt.date, ...],
                week_slack: int) -> str | None:
    """For "two days ago, on March 3" / "il y a trois semaines, le 2 mars" / "six months
    ago, in August" (``ago`` in days, weeks or months, a whole count) followed by a date: the
    day or month the count reaches from publication, when the date written beside it is
    not it under any publication date, else None. Weeks allow ``week_slack`` days either
    side; a day-precise date may fall one calendar month off a count of months."""
    if fact.unit not in ("D", "W", "M") or fact.amount is None \
            or not float(fact.amount).is_integer() or following.form not in _SECTIONS[:3]:
        return None
    count = int(fact.amount)
    first = None
    for publication in publications:
        if fact.unit == "M":
            index = publication.year * 12 + publication.month - 1 - count
            target = f"{index // 12:04d}-{index % 12 + 1:02d}"
            first = first or target
            if _month_near(index, following, 1 if following.form == "date" else 0):
                return None
            continue
        back = count * (7 if fact.unit == "W" else 1)
        day = publication - _dt.timedelta(days=back)
        first = first or day.isoformat()
        if following.form != "date" or following.date is None:
            return None
        slack = week_slack if fact.unit == "W" else 0
        if _near(following, day, slack):
            return None
    return first


def weekday_outside(fact: Any, following: Any, publication: _dt.date) -> str | None:
    """For "last Tuesday, March 5" / "mardi prochain, 26 mars" (a weekday its last/next word
    places): the day it names, when the date written beside it is neither that day nor, when
    that day falls in the publication's week, the same weekday a week further out ("last
    Tuesday" said on a Saturday may mean either), else None. The date's own weekday is ``weekday-mismatch``'s to judge."""
    if fact.form != "weekday" or fact.year_basis != "last/next word" or fact.date is None \
            or following.form != "date" or following.date is None \
            or following.date.weekday() != fact.date.weekday():   # weekday-mismatch's slip
        return None
    if _near(following, fact.date, 0):
        return None
    # "last Tuesday" said on a Saturday may mean the Tuesday of last week too; said on a
    # Wednesday, "last Friday" is last week's Friday, never the one before it: the week
    # further out is a reading only when the nearest day falls in the publication's own week.
    further = fact.date + _dt.timedelta(days=-7 if fact.date < publication else 7)
    if fact.date.isocalendar()[:2] == publication.isocalendar()[:2] and _near(following, further, 0):
        return None
    return fact.date.isoformat()


def _month_near(index: int, following: Any, slack: int) -> bool:
    """Whether the written month is within ``slack`` months of the month index (a year-less
    month by its month alone)."""
    if following.month is None:
        return True
    if following.year_given and following.year is not None:
        return abs(following.year * 12 + following.month - 1 - index) <= slack
    return min((following.month - 1 - index) % 12, (index - following.month + 1) % 12) <= slack


def _near(following: Any, day: _dt.date, slack: int) -> bool:
    """Whether the written date is within ``slack`` days of ``day`` (a year-less date by its
    day and month, in whichever year is nearest)."""
    if following.year_given:
        return abs((following.date - day).days) <= slack
    return any(abs((other - day).days) <= slack for other in _same_day_near(following, day))


def period_words(period: str, lang: str) -> str:
    """A TIMEX3 period as a reader says it: "the week of March 11, 2024", "February 2024",
    "March 4, 2024", "2023"."""
    import babel.dates
    try:
        if period.endswith("-WE"):
            saturday = _dt.date.fromisocalendar(int(period[:4]), int(period[6:8]), 6)
            return "the weekend of " + babel.dates.format_date(saturday, "long", locale=lang)
        if "-W" in period:
            monday = _dt.date.fromisocalendar(int(period[:4]), int(period[6:8]), 1)
            return "the week of " + babel.dates.format_date(monday, "long", locale=lang)
        if len(period) == 7:
            first = _dt.date(int(period[:4]), int(period[5:7]), 1)
            return babel.dates.format_date(first, "LLLL y", locale=lang)
        if len(period) == 10:
            return babel.dates.format_date(_dt.date.fromisoformat(period), "long", locale=lang)
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
    if unit == "WE":   # Saturday and Sunday, a day either side (Friday night, Monday's news)
        saturday = _dt.date.fromisocalendar(year, week, 6)
        return _near(following, saturday, 1) \
            or _near(following, saturday + _dt.timedelta(days=1), 1)
    monday = _dt.date.fromisocalendar(year, week, 1)
    return _near(following, monday + _dt.timedelta(days=3), 3 + week_slack)


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
