"""Shared reading of person facts for the speakers check kinds.

Each kind groups the same ``people`` facts by person; this module does that once per call
and returns plain tuples, so no state survives between rules or documents.
"""
from __future__ import annotations

import functools
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


def persons(people: Iterable[Any]) -> tuple[PersonView, ...]:
    """Group person mentions by person id, in order of first mention.

    The four speakers rules of a document pass the same ``people`` tuple (the facts cache
    returns one object): its grouping is remembered for the last few tuples, keyed by the
    tuple itself (held, so its identity cannot be reused). Views are immutable."""
    if isinstance(people, tuple):
        return _grouped(_Same(people))
    return _group(people)


class _Same:
    """A key equal only to a key of the very same object (no hashing of every fact)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __hash__(self) -> int:
        return id(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.value is self.value


@functools.lru_cache(maxsize=4)
def _grouped(key: _Same) -> tuple[PersonView, ...]:
    return _group(key.value)


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
