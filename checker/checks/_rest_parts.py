"""A total told in three steps: the total, one part of it, then "the rest" split into more
parts ("takes £410,000 out of the service" ... "Most of the saving, £180,000, will come from
shorter hours. The rest is split between the book fund, which loses £150,000, and staffing
cuts worth £120,000"). The first part and the rest's parts cannot add up to more than the
total: the rest is what the first part leaves.

The rest's sentence opens on a rest cue (locale ``numbers.rest_cues`` with a determiner:
"The rest", « Le reste », "The remaining ...") and lists two figures or more of one sort
and unit; the sentence before it, in its paragraph, gives one figure of that sort and unit
(the first part); the total is the earlier figure of that sort and unit, larger than the
first part, nearest in value to what the parts make. Pure functions, no state: ``figure_conflict`` calls ``rest_parts``.
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from . import _parts_after


@functools.lru_cache(maxsize=16)
def _opening(locale: Any) -> Any:
    """The locale's ``numbers.rest_cues`` that name the rest with a determiner ("the rest",
    "le reste"), at a sentence's start (after any quote mark)."""
    words = [w for w in locale.words("numbers", "rest_cues") if " " in w and "*" not in w]
    if not words:
        return None
    alternation = "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"[\W_]*(?:{alternation})(?!\w)", regex.IGNORECASE)


def _sort(q: Any) -> tuple[str, Any]:
    """Sort and unit: parts and their total are of one (``_parts_after._sort``) and one unit."""
    return _parts_after._sort(q), q.unit


def rest_parts(quantities: list[Any], document: Any, locale: Any) -> list[tuple[Any, Any, str]]:
    """(first listed part of the rest, total, note) for each rest whose parts and the part
    before it add up to more than the total."""
    pattern = _opening(locale)
    if pattern is None:
        return []
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        if q.sentence >= 0 and q.kind in ("count", "number", "amount") and q.high is None:
            by_sentence.setdefault(q.sentence, []).append(q)
    found = []
    text = document.text
    for index, figures in sorted(by_sentence.items()):
        sentence = document.sentences[index]
        if len(figures) < 2 or pattern.match(text, sentence.start, sentence.end) is None:
            continue
        sort = _sort(figures[0])
        parts = [q for q in figures if _sort(q) == sort]
        before = by_sentence.get(index - 1, [])
        first = [q for q in before if _sort(q) == sort]
        if len(parts) < 2 or len(first) != 1 or any(q.approximate for q in parts + first) \
                or document.paragraph_index(sentence.start) != document.paragraph_index(first[0].span.start):
            continue
        part = first[0]
        totals = [q for q in quantities if 0 <= q.sentence < index - 1 and _sort(q) == sort
                  and q.high is None and not q.approximate and q.value > part.value]
        if not totals:
            continue
        added = part.value + sum(q.value for q in parts)
        # the total the first part is of: of the earlier figures, the nearest in value to
        # what the parts make ("£410,000", not the service's whole "£2.9m" budget)
        total = min(reversed(totals), key=lambda q: abs(q.value - added))
        if added > total.value and all(q.value < total.value for q in parts):
            note = f"with the part told before them, the rest's parts add up to {added:,.12g}"
            found.append((parts[0], total, note))
    return found
