"""``check: after-publication`` — a past event dated after the story ran.

Three readings, each needing an explicit publication date:

- a start in the past after publication: "since 2030" / "depuis 2030" in a 2012 story;
- a birth after publication: "born in 2031";
- a relative day contradicted by the date written beside it: "hier, mardi 4 mars" when
  the eve of the publication date is not Tuesday 4 March.

When the front matter and a dateline disagree, the date must be after both to count.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterable

import regex

from .. import _regex_cache

from ._timeline import long_date, preceded_by, publication_dates, source_note

FIELDS = ("reason", "publication")
NEEDS = ("times", "ages")

_GAP = _regex_cache.compile(r"[\s,(–—-]*")


@dataclass(frozen=True)
class Params:
    # How many characters may separate "yesterday" from the date that spells it out.
    max_gap: int = 3


@dataclass(frozen=True)
class Late:
    start: int
    end: int
    reason: str
    related: tuple[tuple[int, int, str], ...] = ()


def _after(fact, latest: _dt.date) -> bool:
    if fact.form == "year":
        return fact.year is not None and fact.year > latest.year
    if fact.form == "month_year":
        return (fact.year, fact.month) > (latest.year, latest.month)
    if fact.form == "date" and fact.year_given and fact.date is not None:
        return fact.date > latest
    return False


def collect(rule, document, facts) -> tuple[Late, ...]:
    if document.date is None:   # no publication date at all (publication_dates would be empty)
        return ()
    # A date after the latest publication date is after document.date too, so the dateline
    # (the other publication date, read from the text) is looked for only when something is
    # after document.date or a relative day is spelt out: most stories need neither.
    publications: tuple[_dt.date, ...] = ()
    date = document.date
    found: list[Late] = []
    times = facts.get("times")
    for fact in times:
        if _after(fact, date):
            publications = publications or publication_dates(document, facts)
            if _after(fact, max(publications)) and preceded_by(document, facts, "since", fact.span.start):
                found.append(Late(fact.span.start, fact.span.end,
                                  "a start ('since') after the publication date"))
    for fact in facts.get("ages"):
        year = getattr(fact, "year", None)
        if year is not None and year > date.year:
            publications = publications or publication_dates(document, facts)
            if year > max(publications).year:
                found.append(Late(fact.year_span.start, fact.year_span.end,
                                  "a birth year after the publication date"))
    for index, fact in enumerate(times[:-1]):
        if fact.form != "dayword" or fact.date is None:
            continue
        following = times[index + 1]
        gap = document.prose[fact.span.end:following.span.start]
        if len(gap) > rule.params.max_gap or not _GAP.fullmatch(gap):
            continue
        publications = publications or publication_dates(document, facts)
        offset = (fact.date - document.date).days
        expected = [p + _dt.timedelta(days=offset) for p in publications]
        if following.form == "date" and following.date is not None and following.year_given:
            if following.date not in expected:
                found.append(Late(following.span.start, following.span.end,
                                  f"'{document.slice(fact.span)}' is {long_date(expected[0], document.lang)}",
                                  ((fact.span.start, fact.span.end, "relative to the publication date"),)))
        elif following.form == "weekday" and following.weekday is not None:
            if all(e.weekday() != following.weekday for e in expected):
                found.append(Late(following.span.start, following.span.end,
                                  f"'{document.slice(fact.span)}' is {long_date(expected[0], document.lang)}",
                                  ((fact.span.start, fact.span.end, "relative to the publication date"),)))
    return tuple(sorted(found, key=lambda item: item.start))


def judge(rule, evidence: tuple[Late, ...], document) -> Iterable:
    for item in evidence:
        related = [(document.span(s, e), note) for s, e, note in item.related]
        yield rule.finding(document, document.span(item.start, item.end),
                           fields={"reason": item.reason, "publication": source_note(document)},
                           related=related)
