"""``check: weekday-mismatch`` — a weekday that does not fall on the date it names.

"Tuesday, March 3, 2024" was a Sunday. Without a written year, the date is read in the
year closest to the publication date, as an editor would; with neither, nothing is said.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ._timeline import long_date, source_note, weekday_name

FIELDS = ("stated", "actual", "date", "basis")
NEEDS = ("times",)


@dataclass(frozen=True)
class Params:
    """No parameters: a calendar is a calendar."""


@dataclass(frozen=True)
class Mismatch:
    start: int
    end: int
    stated: int
    actual: int
    date: object
    year_given: bool


def collect(rule, document, facts) -> tuple[Mismatch, ...]:
    found = []
    for fact in facts.get("times"):
        if fact.weekday is None or fact.form != "date" or fact.date is None or not fact.valid:
            continue
        if fact.date.weekday() != fact.weekday:
            found.append(Mismatch(fact.span.start, fact.span.end, fact.weekday,
                                  fact.date.weekday(), fact.date, fact.year_given))
    return tuple(found)


def judge(rule, evidence: tuple[Mismatch, ...], document) -> Iterable:
    for item in evidence:
        basis = ("" if item.year_given else
                 f" (year taken from the publication date, {source_note(document)})")
        actual = weekday_name(item.actual, document.lang)
        yield rule.finding(document, document.span(item.start, item.end), fields={
            "stated": weekday_name(item.stated, document.lang), "actual": actual,
            "date": long_date(item.date, document.lang), "basis": basis},
            suggestions=[actual])
