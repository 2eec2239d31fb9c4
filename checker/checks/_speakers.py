"""Shared reading of person facts for the speakers check kinds.

Each kind groups the same ``people`` facts by person; this module does that once per call
and returns plain tuples, so no state survives between rules or documents.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..locales import fold

FULL_FORMS = ("full", "title+full")


@dataclass(frozen=True)
class PersonView:
    """All mentions of one person, in text order, and the first full-name one if any."""

    person: str
    mentions: tuple[Any, ...]
    intro: Any | None          # first full-name mention

    @property
    def first(self) -> Any:
        return self.mentions[0]


def persons(facts: Any) -> tuple[PersonView, ...]:
    """The document's person mentions grouped by person, in order of first mention.

    The four speakers rules read the same grouping: the document's ``Facts`` computes it
    once and drops it with the document. Views are immutable."""
    return facts.derived(_grouped)


def _grouped(facts: Any) -> tuple[PersonView, ...]:
    return _group(facts.get("people"))


def _group(people: Iterable[Any]) -> tuple[PersonView, ...]:
    grouped: dict[str, list[Any]] = {}
    for mention in people:
        grouped.setdefault(mention.person, []).append(mention)
    views = []
    for person, mentions in grouped.items():
        mentions.sort(key=lambda m: m.span.start)
        intro = next((m for m in mentions if m.form in FULL_FORMS), None)
        views.append(PersonView(person, tuple(mentions), intro))
    return tuple(sorted(views, key=lambda v: v.first.span.start))


def closest(name: str, introduced: Iterable[PersonView], *, minimum: float) -> PersonView | None:
    """The introduced person whose surname is most like ``name`` (rapidfuzz ratio)."""
    from rapidfuzz import fuzz   # here, not at the top: a run that never asks skips the import
    best, best_score = None, minimum
    key = fold(name)
    for view in introduced:
        score = fuzz.ratio(key, fold(view.intro.surname))
        if score >= best_score:
            best, best_score = view, score
    return best


def in_heading(document: Any, offset: int) -> bool:
    index = document.paragraph_index(offset)
    return index is not None and document.paragraphs[index].kind == "heading"
