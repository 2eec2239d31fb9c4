"""A death toll told again in the next sentence with another noun: "Three people were killed
in an attack near the village. Gunmen opened fire on a car, killing its four occupants."
The later count is given (a definite or possessive determiner: "its", "ses") and counts the
dead of the event just told, in the sentence right after, with no time of its own (another
day would be another event). The dead it names are some or all of the toll: they cannot
outnumber it.

The locale's ``numbers.deaths`` ("kill*", "dead", "tué*", "morts") tell a count of the dead
from the words around it in its clause.

A headline's toll is the lede's: "Three killed in crash" over "Two people died when a lorry
hit a bus" (``headline_toll``), unless the body gives the headline's figure somewhere ("the
toll rose to three").

Pure functions, no state: ``figure_conflict`` calls ``toll_conflicts`` and ``headline_toll``.
"""
from __future__ import annotations

import functools
from typing import Any, Callable

import regex

from ..extractors.quantities import fold_fast, stem_pattern

_CLAUSE = regex.compile(r"[,;:.()«»\"“”]")


@functools.lru_cache(maxsize=16)
def _deaths(locale: Any) -> Any:
    words = locale.words("numbers", "deaths")
    return stem_pattern(words) if words else None


def _clause(text: str, q: Any, start: int, end: int) -> tuple[int, int]:
    """The stretch of the figure's sentence between the punctuation around it."""
    left = max((m.end() for m in _CLAUSE.finditer(text, start, q.span.start)), default=start)
    right = _CLAUSE.search(text, q.span.end, end)
    return left, right.start() if right else end


def _dead(q: Any, document: Any, pattern: Any) -> bool:
    sentence = document.sentences[q.sentence]
    left, right = _clause(document.text, q, sentence.start, sentence.end)
    return pattern.search(fold_fast(document.text[left:right])) is not None


def toll_conflicts(quantities: list[Any], document: Any, locale: Any, given: Callable[[Any], bool],
                   reading: Callable[[Any], tuple[float, float]], timed: frozenset[int],
                   updated: Callable[[int], bool]) -> list[tuple[Any, Any, str]]:
    """(later count, earlier toll, note) for a given count of the dead that outnumbers the
    toll of the sentence before it. ``timed`` holds the sentences that name a time."""
    pattern = _deaths(locale)
    if pattern is None:
        return []
    counts = [q for q in quantities if q.kind == "count" and q.noun is not None and q.sentence >= 0
              and q.high is None]
    found = []
    for earlier, later in zip(counts, counts[1:]):
        if later.sentence != earlier.sentence + 1 or later.sentence in timed or not given(later):
            continue
        if document.paragraph_index(later.span.start) != document.paragraph_index(earlier.span.start):
            continue
        if updated(later.sentence) or not (_dead(earlier, document, pattern) and _dead(later, document, pattern)):
            continue
        if later.approximate or reading(later)[0] <= reading(earlier)[1]:
            continue
        found.append((later, earlier, f"the toll said before is {earlier.value:,.12g}"))
    return found


def headline_toll(titles: list[Any], quantities: list[Any], document: Any, locale: Any, lede_end: int,
                  reading: Callable[[Any], tuple[float, float]]) -> list[tuple[Any, Any, str]]:
    """(lede toll, headline toll, note) when the headline counts the dead and the first count
    of the dead in the lede says another number, which the body never gives."""
    pattern = _deaths(locale)
    if pattern is None:
        return []
    text = document.text
    found = []
    for title in titles:
        if title.kind != "count" or title.high is not None or title.approximate:
            continue
        line_start = text.rfind("\n", 0, title.span.start) + 1
        line_end = text.find("\n", title.span.end)
        left, right = _clause(text, title, line_start, len(text) if line_end < 0 else line_end)
        if pattern.search(fold_fast(text[left:right])) is None:
            continue   # not a toll
        low, high = reading(title)
        body = [q for q in quantities if q.sentence >= 0 and q.kind in ("count", "number")]
        if any(not (reading(q)[1] < low or high < reading(q)[0]) for q in body):
            continue   # the body gives the headline's figure
        toll = next((q for q in body if q.span.start < lede_end and q.kind == "count" and q.high is None
                     and not q.approximate and _dead(q, document, pattern)), None)
        if toll is not None:
            found.append((toll, title, f"the headline's toll is {title.value:,.12g}"))
    return found
