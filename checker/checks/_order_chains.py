"""Two events chained inside one sentence by a word of succession ("The fire was under
control by 7 a.m., then crews left at 5 a.m.", "Le feu a été maîtrisé vers 7 heures,
puis les secours sont partis vers 5 heures"): the second is not dated before the first.

The chaining words are the locale's ``time.sequel_cues`` (then, later, puis, ensuite...),
minus its ``sequel_blockers`` ("by then", "au plus tard"); the dates are the last written
one before the cue and the first after it. The chain says nothing about order when:

- the second date may be on another day: a ``day_change_cues`` word in the sentence
  ("the next morning", "overnight", "le lendemain"), another time expression between the
  two, two clock times more than ``_SAME_DAY`` apart (9:40 p.m., then 12:20 a.m.) or an
  evening then a morning;
- the second time is not the next event's: a time being changed (``revision_verbs``:
  "moved to 3 p.m.", "avancée à 15 h"), reported (a speech verb, a colon, a quotation
  mark before it), a thing's (a participle after a noun: "a mill built in 1920"),
  recalled (``flashback_cues``), a start of a state ("since 2005") or
  a range's start;
- the first time is a plan (its clause is in the future: "prévue à 17 h").
"""
from __future__ import annotations

import datetime as _dt
import functools
from typing import Any

import regex

from ..speedups import pattern_cache
from ..extractors.times import FUTURE, alternation, tense
from . import _intervals
from ._order_dates import Disorder, comparable, explicit
from ._order_sequels import dates_an_object, sequel_patterns
from ._timeline import followed_by, preceded_by

_CLOCKS = ("clock", "clock_named")
# Two clock times further apart than this, the second earlier on the clock, may be on
# two days; so may an evening time and a morning one after it ("closes at 7 p.m., then
# reopens at 8 a.m.").
_SAME_DAY = _dt.timedelta(hours=12)
_EVENING, _NOON = 17, 12
# What ends a chained clause and starts a report: a colon, a semicolon, a quotation mark.
_REPORT = pattern_cache.compile(r"[:;«»“”\"]")


@functools.lru_cache(maxsize=32)
def _quieting(path: str, locale: Any) -> tuple[Any, Any]:
    """(words that move the second date to another day: ``day_change_cues``; words that
    make it another kind of time: ``revision_verbs`` and the speech verbs), compiled once."""
    def compiled(words: tuple[str, ...]) -> Any:
        return pattern_cache.compile(r"(?<![\w'’])" + alternation(words) + r"(?![\w'’-])",
                                     regex.IGNORECASE) if words else None
    return (compiled(locale.words("time", "day_change_cues")),
            compiled(locale.words("time", "revision_verbs") + locale.words("speakers", "verbs")))


def chains(document, facts, times) -> list[Disorder]:
    """Each sequel cue with a written date on each side of it in its sentence."""
    cues, blockers, flashbacks = sequel_patterns(facts.locale.path, facts.locale)
    if cues is None:
        return []
    by_sentence: dict[int, list[Any]] = {}
    for fact in times:
        index = document.sentence_index(fact.span.start)
        if index is not None:
            by_sentence.setdefault(index, []).append(fact)
    out = []
    for sentence, mine in by_sentence.items():
        if sum(1 for f in mine if explicit(f)) < 2:
            continue
        unit = document.sentences[sentence]
        found = _chain(document, facts, mine, unit, (cues, blockers, flashbacks))
        if found is not None:
            out.append(found)
    return out


def _chain(document, facts, mine, unit, patterns) -> Disorder | None:
    """The first backward chain of the sentence, or None."""
    cues, blockers, flashbacks = patterns
    prose = document.prose
    blocked = [(m.start(), m.end()) for m in blockers.finditer(prose, unit.start, unit.end)] \
        if blockers is not None else []
    inside = [(f.span.start, f.span.end) for f in mine]
    for cue in cues.finditer(prose, unit.start, unit.end):
        if any(s <= cue.start() and cue.end() <= e for s, e in inside) \
                or any(s < cue.end() and cue.start() < e for s, e in blocked):
            continue
        before = [f for f in mine if f.span.end <= cue.start()]
        after = [f for f in mine if f.span.start >= cue.end()]
        if not before or not after or not explicit(before[-1]) or not explicit(after[0]):
            continue   # another time expression between the two: the day may change
        first, second = before[-1], after[0]
        pair = comparable(first, second)
        if not pair or not _intervals.before(pair[1], pair[0]):
            continue
        if first.form in _CLOCKS and _next_day(pair[0][0], pair[1][0]):
            continue
        if _quiet(document, facts, unit, first, cue, second, flashbacks):
            continue
        return Disorder(second.span.start, second.span.end,
                        f"'{cue.group()}' but this time is before {document.slice(first.span)}",
                        (first.span.start, first.span.end), "told before")
    return None


def _next_day(first: _dt.datetime, second: _dt.datetime) -> bool:
    """Whether a clock time told after ``first`` but earlier on the clock may be the next
    day's: far back on the clock, or across a night (an evening, then a morning)."""
    return first - second >= _SAME_DAY or first.hour >= _EVENING and second.hour < _NOON


def _quiet(document, facts, unit, first, cue, second, flashbacks) -> bool:
    """Whether the chain does not order the two dates (see the module's list)."""
    prose = document.prose
    other_day, other_kind = _quieting(facts.locale.path, facts.locale)
    if other_day is not None and (other_day.search(prose, first.span.end, second.span.start)
                                  or other_day.search(prose, second.span.end, unit.end)):
        return True
    if other_kind is not None and other_kind.search(prose, cue.end(), second.span.start):
        return True
    if _REPORT.search(prose, cue.end(), second.span.start) \
            or dates_an_object(document, facts, cue.end(), second.span.start):
        return True
    if flashbacks is not None and flashbacks.search(prose, cue.end(), second.span.end):
        return True
    if any(preceded_by(document, facts, "since", fact.span.start, window=15) for fact in (first, second)):
        return True
    if preceded_by(document, facts, "range_from", second.span.start, window=15) \
            and followed_by(document, facts, "range_to", second.span.end) is not None:
        return True
    return tense(document, first.span.start, facts.locale, fact_end=first.span.end) == FUTURE
