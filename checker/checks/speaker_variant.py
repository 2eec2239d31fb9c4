"""``check: speaker-variant`` — one person spelt two ways (Hamdane / Hamdan, Milošević /
Milosevic, Zelensky / Zelenskyy).

Three shapes: a later surname that differs from the introduced one only by accents or
case; a later surname-only person one typo away from an introduced surname; a second full
name with the same given name and a near-miss surname. The related span is the first
spelling, which is also the suggestion.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..extractors.people import near_miss
from ..locales import fold
from ._speakers import in_heading, persons

FIELDS = ("name", "first")
NEEDS = ("people",)


@dataclass(frozen=True)
class Params:
    pass


@dataclass(frozen=True)
class Evidence:
    mention: object
    first: object
    suggestion: str


def collect(rule, document, facts) -> tuple[Evidence, ...]:
    views = persons(facts.get("people"))
    found: list[Evidence] = []
    for view in views:
        if view.intro is not None:
            for m in view.mentions:
                if m.span.start > view.intro.span.start and m.surname != view.intro.surname \
                        and fold(m.surname) == fold(view.intro.surname) \
                        and not m.surname.isupper():
                    found.append(Evidence(m, view.intro, view.intro.surname))
                    break
        mention = view.intro or view.first
        if in_heading(document, mention.span.start):
            continue
        key, given = fold(mention.surname), fold(mention.given)
        for other in views:
            if other is view or other.intro is None or other.intro.span.start >= mention.span.start:
                continue
            okey = fold(other.intro.surname)
            if okey == key or not near_miss(key, okey):
                continue
            if view.intro is not None and given != fold(other.intro.given):
                continue  # two people: "John Smith" and "Jane Smyth"
            name = other.intro.name if view.intro is not None else other.intro.surname
            found.append(Evidence(mention, other.intro, name))
            break
    return tuple(sorted(found, key=lambda e: e.mention.span.start))


def judge(rule, evidence: Iterable[Evidence], document) -> Iterable:
    for item in evidence:
        yield rule.finding(document, item.mention.name_span,
                           fields={"name": item.mention.name, "first": item.first.name},
                           related=[(item.first.name_span, "first spelling")],
                           suggestions=[item.suggestion])
