"""``check: weekday-mismatch`` — a weekday that does not fall on the date it names.

"Tuesday, March 3, 2024" was a Sunday. Without a written year, the date is read in the
year closest to the publication date, as an editor would; with neither, nothing is said.
A weekday read apart from the date that spells it out counts too: "Sunday night (March 3)",
"on Tuesday, on March 3" (a weekday, punctuation and at most one ``date_links`` word, then
the date).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ._timeline import apposed_gap as _gap_pattern, long_date, source_note, weekday_name

FIELDS = ("stated", "actual", "date", "basis")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``weekday-mismatch`` rule.

    Args:
        max_gap (int): characters allowed between a weekday and the date that spells it out.
    """
    max_gap: int = 8


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
    times = facts.get("times")
    gap = None
    for index, fact in enumerate(times):
        if fact.form == "weekday" and fact.weekday is not None and index + 1 < len(times):
            following = times[index + 1]
            if following.form != "date" or following.weekday is not None or following.date is None \
                    or not following.valid or following.date.weekday() == fact.weekday:
                continue
            gap = gap or _gap_pattern(facts.locale.path, facts.locale)
            if gap.fullmatch(document.prose, fact.span.end, following.span.start) and \
                    following.span.start - fact.span.end <= rule.params.max_gap:
                found.append(Mismatch(fact.span.start, following.span.end, fact.weekday,
                                      following.date.weekday(), following.date, following.year_given))
            continue
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
