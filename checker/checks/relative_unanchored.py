"""``check: relative-unanchored`` — "yesterday", "hier", "last week", "avril dernier" in a story with no
publication date: front matter, dateline and ``--date`` all missing, so nobody can tell
which day is meant. Reported once per story, at the first such expression."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

FIELDS = ("count",)
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``relative-unanchored`` rule.

    Args:
        forms (list of str): forms of time expression that need the publication date to mean
            anything (dayword, weekday, ago, rel_unit, month: only "avril dernier", "last March"
            are relative months).
        max_related (int): most other unanchored expressions listed with the first one.
    """
    forms: tuple[str, ...] = ("dayword", "weekday", "ago", "rel_unit", "month")
    max_related: int = 5


def collect(rule, document, facts) -> tuple[tuple[int, int], ...]:
    if document.date is not None:
        return ()
    forms = set(rule.params.forms)
    return tuple((f.span.start, f.span.end) for f in facts.get("times")
                 if f.relative and f.form in forms)


def judge(rule, evidence, document) -> Iterable:
    if not evidence:
        return
    (start, end), rest = evidence[0], evidence[1:]
    related = [(document.span(s, e), "also relative") for s, e in rest[:rule.params.max_related]]
    yield rule.finding(document, document.span(start, end), fields={"count": len(evidence)},
                       related=related)
