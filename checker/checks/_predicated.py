"""A count told with what befell it ("Seventeen people were injured", "Dix-sept personnes
ont été blessées", "12 people have been arrested", "17 personnes se sont constituées
parties civiles") names its set by that predicate as much as by its noun: the story may
restate it by the predicate alone ("the 15 injured", "les 15 blessés", "les 15 parties
civiles"). The words after the count's noun and a verb's auxiliary are such a second
name; a definite count of one of them refers back to the count, and with nothing after
its noun that narrows it ("the 15 injured in the second car") it is the whole set, not a part.

A set may also be named by the very words of what befell it: "Eighteen vessels took part
in the protest" ... "the 16 boats that took part in the protest", « Dix-huit navires ont
participé au blocage » ... « les 16 bateaux qui ont participé au blocage »: a definite count
whose relative clause tells the earlier count's predicate (``key`` of both, two content
words) refers back to it, whatever noun counts it.

Pure functions, no state: ``figure_conflict`` asks ``names`` and ``key`` of a count and
``whole`` of the later figure.
"""
from __future__ import annotations

from typing import Any, Callable

import regex

from ..extractors.quantities import fold_fast

_WORD = regex.compile(r"[^\W\d_][\w'’\-]*")
_CLAUSE_END = regex.compile(r"[,;:.()«»\"“”!?–—]")


def names(q: Any, text: str, end: int, g: Any, stem: Callable[[str], str],
          closed: frozenset[str]) -> tuple[str, ...]:
    """Stems of up to two content words right after the count's noun and an auxiliary
    ("people were injured" → injur; "personnes se sont constituées parties civiles" →
    const, parti); none when no auxiliary opens the predicate ("17 people attended",
    "17 people of the village"). ``closed`` holds the joiners and determiners, which open
    a complement, not a predicate."""
    if q.kind != "count" or q.noun is None:
        return ()
    stop = _CLAUSE_END.search(text, q.noun.end, end)
    words = _WORD.finditer(text, q.noun.end, stop.start() if stop is not None else end)
    found: list[str] = []
    opened = False
    for match in words:
        word = fold_fast(match.group())
        if not found and word in g.auxiliaries and word not in closed:
            opened = True
            continue
        if not opened or word in g.stopwords or word in g.auxiliaries or word in g.not_nouns \
                or word in g.words or len(word) < 3:
            break
        found.append(stem(match.group()))
        if len(found) == 2:
            break
    return tuple(found)


def whole(q: Any, text: str, end: int, closed: frozenset[str]) -> bool:
    """Does nothing after the later count's noun narrow it to a part ("the 15 injured in
    the second car", "les 15 blessés du car")?"""
    if q.noun is None:
        return False
    match = _WORD.match(text, q.noun.end + 1) if text[q.noun.end:q.noun.end + 1] == " " else None
    return match is None or match.start() >= end or fold_fast(match.group()) not in closed


def key(q: Any, text: str, end: int, g: Any, stem: Callable[[str], str], closed: frozenset[str],
        relatives: frozenset[str], later: bool) -> str | None:
    """The first two content words of the count's predicate, as one key ("~took|part"): right
    after its noun (past an auxiliary) for a count that tells it, after a relative pronoun
    ("that", « qui ») for a later count that refers to it; None with fewer than two."""
    if q.kind != "count" or q.noun is None:
        return None
    if later:   # a relative pronoun right after the noun, or no reference (most counts)
        first = _WORD.match(text, q.noun.end + 1) if text[q.noun.end:q.noun.end + 1] == " " else None
        if first is None or fold_fast(first.group()) not in relatives:
            return None
    stop = _CLAUSE_END.search(text, q.noun.end, end)
    words = list(_WORD.finditer(text, q.noun.end, stop.start() if stop is not None else end))
    if later:
        if not words or fold_fast(words[0].group()) not in relatives:
            return None
        words = words[1:]
    found: list[str] = []
    for match in words[:6]:
        word = fold_fast(match.group())
        if not found and word in g.auxiliaries and word not in closed and word not in relatives:
            continue
        if word in g.words or any(c.isdigit() for c in word):
            break   # another figure: another clause's
        if word in g.stopwords or word in g.auxiliaries or word in g.not_nouns or len(word) < 3:
            if not found:
                break
            continue   # "took part in the protest", « ont participé au blocage »
        found.append(stem(match.group()))
        if len(found) == 2:
            return "~" + "|".join(found)
    return None
