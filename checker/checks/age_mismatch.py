"""``check: age-mismatch`` — an age that disagrees with a birth year stated in the same
sentence, given the publication date: "Smith, 45, born in 1950" in a 2024 story. A
birthday not yet reached makes one year of difference normal; more is an error."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ._timeline import publication_dates, same_sentence, source_note

FIELDS = ("age", "birth", "expected", "publication")
NEEDS = ("ages",)


@dataclass(frozen=True)
class Params:
    # Years of difference tolerated beyond the birthday uncertainty.
    tolerance: int = 1


def collect(rule, document, facts) -> tuple[tuple[int, int, int, int, int, int, int], ...]:
    if document.date is None:   # no publication date (publication_dates would be empty)
        return ()
    publications: tuple = ()    # read (dateline included) at the first age beside a birth year
    items = facts.get("ages")
    ages = [f for f in items if hasattr(f, "years")]
    births = [f for f in items if hasattr(f, "year")]
    found = []
    for age in ages:
        for birth in births:
            if not same_sentence(document, age.span.start, birth.span.start):
                continue
            publications = publications or publication_dates(document, facts)
            distances = [min(abs(age.years - (p.year - birth.year)),
                             abs(age.years - (p.year - birth.year - 1))) for p in publications]
            if min(distances) > rule.params.tolerance:
                expected = publications[0].year - birth.year
                found.append((age.span.start, age.span.end, birth.span.start, birth.span.end,
                              age.years, birth.year, expected))
    return tuple(found)


def judge(rule, evidence, document) -> Iterable:
    for start, end, b_start, b_end, age, birth, expected in evidence:
        yield rule.finding(document, document.span(start, end),
                           fields={"age": age, "birth": birth,
                                   "expected": f"{expected - 1} or {expected}",
                                   "publication": source_note(document)},
                           related=[(document.span(b_start, b_end), "birth year")],
                           suggestions=[str(expected - 1), str(expected)])
