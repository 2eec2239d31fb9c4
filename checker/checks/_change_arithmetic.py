"""A change told with both its levels: "Sales rose 25% to £500,000 from £350,000", "Visitor
numbers rose by a third, from 1,200 to 1,900", « ont progressé de 25 %, passant de 350 000
à 500 000 euros ». The levels give the change; the rate told beside them must be it.

In one sentence: a rate of change (a percentage the grammar reads as a change, or a
fraction right after "by" / « de », locale ``numbers.change_by``), and two levels of one
unit, one after a "from" word (``numbers.level_from``), the other after a "to" word
(``numbers.level_to``) or, when the sentence opens on a definite general noun ("The
program is up 20% from the $2.1 million ..."), the level that noun was told with before. The rate is off when it misses the levels' change by more than
its rounding: a point, or a twentieth of it, for a percentage (a fifth when hedged); the
fraction's own range for a fraction ("a third" is 30 to 36%).

Pure functions, no state: ``figure_conflict`` calls ``change_conflicts``.
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..extractors.quantities import fold_fast
from ._changes import is_change
from ._fractions import fraction_range, fractions_in, values


def _alternation(locale: Any, key: str) -> str:
    """The locale's ``numbers.<key>`` phrases as one alternation, longest first."""
    return "|".join(sorted((regex.escape(w).replace("\\ ", r"\s+") for w in locale.words("numbers", key)),
                           key=len, reverse=True))


@functools.lru_cache(maxsize=16)
def _cue(locale: Any, key: str) -> Any:
    """The locale's ``numbers.<key>`` words at the end of a text (a space may follow), and
    perhaps a determiner after them ("from the $2.1 million"; ``numbers.restating_determiners``)."""
    words = _alternation(locale, key)
    if not words:
        return None
    determiners = _alternation(locale, "restating_determiners")
    after = rf"(?:\s+(?:{determiners}))?" if determiners else ""
    return regex.compile(rf"(?<![\p{{L}}])(?:{words}){after}\s*$", regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _opening(locale: Any) -> Any:
    """A "from" word opening a range's own text ("from £350,000 to £500,000")."""
    words = _alternation(locale, "level_from")
    return regex.compile(rf"(?:{words})(?![\p{{L}}])", regex.IGNORECASE) if words else None


def _opens(prose: str, q: Any, locale: Any) -> bool:
    pattern = _opening(locale)
    return pattern is not None and pattern.match(prose, q.span.start, q.span.end) is not None


def _after(prose: str, q: Any, pattern: Any) -> bool:
    return pattern is not None and pattern.search(prose, max(0, q.span.start - 16), q.span.start) is not None


def change_conflicts(quantities: list[Any], document: Any, g: Any, locale: Any) -> list[tuple[Any, Any, str]]:
    """(the rate's span, the level it misses, note) for each change whose levels disagree
    with its rate."""
    source, target = _cue(locale, "level_from"), _cue(locale, "level_to")
    if source is None or target is None:
        return []
    prose = document.prose
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        if q.sentence >= 0:
            by_sentence.setdefault(q.sentence, []).append(q)
    found = []
    for index, figures in by_sentence.items():
        levels = [q for q in figures if q.unit != "%" and q.kind in ("count", "number", "amount")]
        # "from 1,200 to 1,900" may be read as one range: its ends are the levels
        spans = [q for q in levels if q.high is not None
                 and (_after(prose, q, source) or _opens(prose, q, locale))]
        if spans:
            old_value, new_value, new = spans[0].value, spans[0].high, spans[0]
        else:
            froms = [q for q in levels if q.high is None and _after(prose, q, source)]
            tos = [q for q in levels if q.high is None and _after(prose, q, target) and q not in froms]
            if len(froms) == 1 and not tos:
                # "The program is up 20% from the $2.1 million spent last year": the new level
                # is the one the subject was told with ("a $2.4 million road repair program")
                told = _subject_level(document, index, froms[0], quantities, locale)
                tos = [told] if told is not None else []
            if len(froms) != 1 or len(tos) != 1 \
                    or froms[0].unit != tos[0].unit and froms[0].unit is not None and tos[0].unit is not None:
                continue
            old_value, new_value, new = froms[0].value, tos[0].value, tos[0]
        if old_value <= 0 or new.unit is None and all(
                float(v).is_integer() and 1800 <= v <= 2100 for v in (old_value, new_value)):
            continue   # "from 1980 to 2012": two years, a period, no levels
        actual = abs(new_value - old_value) / old_value * 100
        for rate, low, high in _rates(document, figures, index, g, locale):
            if not low <= actual <= high:
                note = f"from {old_value:,.12g} to {new_value:,.12g} is a change of {actual:.0f}%"
                found.append((rate, new, note))
                break
    return found


_HEAD = regex.compile(r"[^\p{L}]*(?P<det>[\p{L}'’]+)\s+(?P<noun>[\p{L}'’\-]+)")
_WORDS = regex.compile(r"[\p{L}'’\-]+")


def _subject_level(document: Any, index: int, old: Any, quantities: list[Any], locale: Any) -> Any:
    """The level a sentence's subject was told with before, when the sentence opens on a
    definite general noun of sums or plans ("The program", « Le projet »; locale
    ``numbers.restating_determiners`` and ``restating_nouns``): the latest earlier figure of
    the old level's unit with that noun within four words after it ("a $2.4 million road
    repair program") or three before it (« un budget de 2,4 millions »). None otherwise."""
    determiners = {fold_fast(w) for w in locale.words("numbers", "restating_determiners")}
    nouns = {fold_fast(w) for w in locale.words("numbers", "restating_nouns")}
    sentence = document.sentences[index]
    head = _HEAD.match(document.prose, sentence.start, sentence.end)
    if head is None or fold_fast(head.group("det")) not in determiners \
            or fold_fast(head.group("noun")) not in nouns:
        return None
    noun = fold_fast(head.group("noun"))
    def named(q: Any) -> bool:   # "a $2.4 million road repair program", « un budget de 2,4 millions »
        after = _WORDS.findall(document.prose, q.span.end, q.span.end + 40)[:4]
        before = _WORDS.findall(document.prose, max(0, q.span.start - 30), q.span.start)[-3:]
        return noun in {fold_fast(w) for w in after + before}

    earlier = [q for q in quantities if 0 <= q.sentence < index and q.unit == old.unit and q.high is None
               and q.kind == old.kind and named(q)]
    return earlier[-1] if earlier else None


def _rates(document: Any, figures: list[Any], index: int, g: Any, locale: Any) -> list[tuple[Any, float, float]]:
    """(span, least, most) of the rates of change the sentence tells (spans as offsets): percentages read as
    changes ("rose 25%", "an increase of 25%"), and fractions after a "by" word ("by a
    third", « d'un tiers »)."""
    prose = document.prose
    found = []
    for q in figures:
        if q.unit == "%" and q.kind == "share" and q.high is None and is_change(prose, q, g):
            spread = max(1.0, 0.2 * q.value) if q.approximate else max(1.0, 0.05 * q.value)
            found.append(((q.span.start, q.span.end), q.value - spread, q.value + spread))
    sentence = document.sentences[index]
    by = _cue(locale, "change_by")
    if by is None:
        return found
    table = values(locale)
    for match in fractions_in(prose, locale):
        if not sentence.start <= match.start() < sentence.end:
            continue
        if by.search(prose, max(sentence.start, match.start() - 12), match.start()) is None:
            continue
        value = table.get(" ".join(fold_fast(match.group("fraction")).split()))
        if value is None:
            continue
        low, high = fraction_range(value, "", frozenset(), frozenset(), frozenset(), frozenset())
        found.append((match.span("fraction"), low, high))
    return found
