"""A sum the story names again with a general noun: "a £22 million bypass" … "the £24
million budget", "une rocade de 22 millions d'euros" … "le budget de 24 millions d'euros".
A definite, demonstrative or possessive determiner (``numbers.restating_determiners``)
says the sum is one the reader already knows, and a
general noun of sums (locale ``numbers.restating_nouns``: budget, cost, project, montant,
enveloppe …) names no other thing: the figure restates the story's earlier sum of its
currency, whatever that sum was called. A complement of its own ("the £24 million budget
for schools", "le budget de 24 millions d'euros des collèges") or a possessive ("the
county's £24 million budget") says which sum it is, and then it is not tied that way.

Pure functions, no state: ``figure_conflict`` asks ``restates`` of an amount.
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..extractors.quantities import fold_fast

_WORD = regex.compile(r"[^\W\d_][\w'’\-]*")


@functools.lru_cache(maxsize=16)
def _cues(locale: Any) -> tuple[frozenset[str], Any, frozenset[str]]:
    """The restating nouns (folded), a pattern of a determiner + restating noun + joiner right
    before a figure ("le budget de", "the cost of"), and the complement openers."""
    nouns = frozenset(fold_fast(w) for w in locale.words("numbers", "restating_nouns"))
    determiners = locale.words("numbers", "restating_determiners")
    joiners = locale.words("numbers", "collective_joiners")
    openers = frozenset(fold_fast(w) for w in locale.words("speakers", "complement_openers"))
    if not nouns or not determiners or not joiners:
        return nouns, None, openers
    alternation = lambda words: "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    before = regex.compile(rf"(?:^|[\s(])(?:{alternation(determiners)})(?:\s+|['’])(?P<noun>[^\W\d_][\w\-]*)\s+"
                           rf"(?:{alternation(joiners)})\s*$", regex.IGNORECASE)
    return nouns, before, openers


def _next_word(text: str, at: int) -> str | None:
    match = _WORD.match(text, at + 1) if text[at:at + 1] == " " else None
    return fold_fast(match.group()) if match else None


def restates(q: Any, text: str, locale: Any, given: bool) -> bool:
    """Is the amount named again by a definite determiner and a general noun of sums, with
    no complement or possessive of its own? ``given`` says a determiner is right before the
    figure ("the £24 million"): then the noun follows it; else it may come before the figure
    with a joiner ("le budget de 24 millions d'euros")."""
    if q.kind != "amount" or q.noun is not None:
        return False
    nouns, before, openers = _cues(locale)
    if not nouns:
        return False
    if given:
        if text[max(0, q.span.start - 4):q.span.start].rstrip().endswith(("'s", "’s")):
            return False   # "the county's £24 million budget": whose budget is said
        after = _next_word(text, q.span.end)
        if after not in nouns:
            return False
        end = _WORD.match(text, q.span.end + 1).end()
        return _next_word(text, end) not in openers
    if before is None:
        return False
    match = before.search(text, max(0, q.span.start - 40), q.span.start)
    return match is not None and fold_fast(match.group("noun")) in nouns \
        and _next_word(text, q.span.end) not in openers
