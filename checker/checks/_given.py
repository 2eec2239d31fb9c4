"""Is a figure one the story already established ("the 35 homes", "ces 9 kilomètres")?

Shared by ``unsourced-figure`` (a given figure is no new claim) and ``figure-conflict`` (a
given figure refers back to the figure that introduced it, whatever the words around it).
"""
from __future__ import annotations

from typing import Any

import regex

from ..extractors.quantities import fold_fast

_GIVEN_BEFORE = regex.compile(r"(?:^|\s)([\w’'\-]+(?:\s+[\w’'\-]+)?)\s*$")


def given(prose: str, q: Any, g: Any) -> bool:
    """Is the figure one the story already established? "the 35 homes", "all 228 people on
    board", "les 1 550 soldats", "ses 13 000 voix", "the $11 million": a definite,
    demonstrative or possessive determiner refers to a known quantity (the locale's
    ``numbers.claims.given``)."""
    pattern = g.claims.get("given")
    if pattern is None:
        return False
    opening = prose[q.span.start:q.number.start]
    if not q.approximate and any(c.isalpha() for c in opening) \
            and not any(not c.isalnum() and not c.isspace() for c in opening):
        return False   # "one in five": words of the figure's own come first, no determiner
    # "the more than 1,200 nests", « les plus de 1 200 nids »: a bound or a hedge opens the
    # figure, and the determiner stands before it ("about 40" has none there)
    before = _GIVEN_BEFORE.search(prose, max(0, q.span.start - 30), q.span.start)
    if before is None:
        return False
    if before.group(1).endswith(("'s", "’s")):
        return True   # "the nation's 92,000 claims": a possessive
    words = fold_fast(before.group(1)).split()
    determiner = next((" ".join(words[i:]) for i in range(len(words)) if pattern.fullmatch(" ".join(words[i:]))), None)
    if determiner is None:
        return False
    singular = g.claims.get("singular_given")
    # "found that 62% of residents oppose", "said that 40 people died": a singular
    # demonstrative cannot determine a plural count or a share of a group; the word opens
    # a clause ("that 7.8% rate", "that $2 million" still point back)
    return singular is None or not singular.fullmatch(determiner) or not _plural(prose, q)


def _plural(prose: str, q: Any) -> bool:
    """Is the figure with its noun plural: a count of more than one thing, or a share of a
    group named after a link ("62% of residents")?"""
    if q.noun is None:
        return False
    if q.kind == "count":
        return q.value != 1
    return q.unit == "%" and bool(prose[q.span.end:q.noun.start].strip())
