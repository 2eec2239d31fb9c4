"""``check: speaker-title-changed`` — one person given conflicting titles (Dr. Smith, then
Mr. Smith; le ministre X, then le député X).

Titles come with a group and a canonical form in the locale (``speakers.titles``). Two
different canonical titles of the same group on one person conflict; an office title next
to a courtesy one ("President Obama", "Mr. Obama") does not.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..extractors.people import patterns_for
from ..locales import fold
from ._speakers import persons

FIELDS = ("name", "title", "first_title")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    pass


@dataclass(frozen=True)
class Evidence:
    mention: object
    first: object


def collect(rule, document, facts) -> tuple[Evidence, ...]:
    titles = patterns_for(facts.locale).titles
    found = []
    for view in persons(facts):
        seen: dict[str, tuple[str, object]] = {}
        for m in view.mentions:
            entry = titles.get(fold(m.title).rstrip(".")) if m.title else None
            if entry is None:
                continue
            group, canonical = entry
            if group in seen and seen[group][0] != canonical:
                found.append(Evidence(m, seen[group][1]))
                break
            seen.setdefault(group, (canonical, m))
    return tuple(found)


def judge(rule, evidence: Iterable[Evidence], document) -> Iterable:
    for item in evidence:
        yield rule.finding(document, item.mention.span,
                           fields={"name": item.mention.name, "title": item.mention.title,
                                   "first_title": item.first.title},
                           related=[(item.first.span, "first title")])
