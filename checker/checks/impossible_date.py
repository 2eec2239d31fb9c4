"""``check: impossible-date`` — a calendar date that does not exist: "June 31",
"30 février", "29 February 2023". February 29 without a year is allowed (leap years)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..extractors.times import days_in_month

FIELDS = ("days", "month")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """No parameters."""


def collect(rule, document, facts) -> tuple[tuple[int, int, int, int], ...]:
    return tuple((f.span.start, f.span.end, f.month, days_in_month(f.year, f.month))
                 for f in facts.get("times")
                 if not f.valid and f.month is not None and 1 <= f.month <= 12)


def judge(rule, evidence, document) -> Iterable:
    for start, end, month, days in evidence:
        import babel.dates   # only when there is an impossible date to name
        try:
            name = babel.dates.get_month_names("wide", "stand-alone", locale=document.lang)[month]
        except Exception:
            name = str(month)
        yield rule.finding(document, document.span(start, end),
                           fields={"days": days, "month": name})
