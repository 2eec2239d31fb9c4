"""``check: dateline-mismatch`` — a dateline of one date under a front-matter date of
another: the story does not know its own date. Said once, at the dateline, with the
front matter's date beside it; every relative date of the story hangs on that choice
(the other timeline checks accept either date)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..dateline import find_yearless_dateline
from ._timeline import dateline, long_date

FIELDS = ("dateline", "front_matter")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """No parameters: two dates either agree or do not."""


@dataclass(frozen=True)
class Disagreement:
    start: int
    end: int
    dateline: str
    front_matter: str


def collect(rule, document, facts) -> tuple[Disagreement, ...]:
    if document.date is None or document.date_source != "front matter":
        return ()
    found = dateline(document, facts)
    if found is None:   # "DOVER, March 5 —": no year, still a day to compare
        found = find_yearless_dateline(document.prose, tuple(document.paragraphs[:1]), facts.locale,
                                       document.date)
    if found is None or found[0] == document.date:
        return ()
    date, span = found
    return (Disagreement(span.start, span.end, long_date(date, document.lang),
                         long_date(document.date, document.lang)),)


def judge(rule, evidence: tuple[Disagreement, ...], document) -> Iterable:
    for item in evidence:
        yield rule.finding(document, document.span(item.start, item.end),
                           fields={"dateline": item.dateline, "front_matter": item.front_matter})
