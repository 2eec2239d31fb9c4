"""Two events told in order inside one sentence ("The fire was under control by 7 a.m.,
then crews left at 5 a.m.", "Le feu a été maîtrisé vers 7 heures, puis les secours sont
partis vers 5 heures", "maîtrisé vers 7 heures avant de quitter les lieux vers 5 heures",
"After putting out the fire at 7 a.m., crews left at 5 a.m."): the second is not dated
before the first.

The order is told by a word between the two dates (the locale's ``time.sequel_cues``:
then, later, finally, puis, ensuite; ``chain_cues``, which chain only inside a sentence:
before, avant de), minus its ``sequel_blockers`` ("by then", "au plus tard"), or by an
``after`` cue opening the sentence (its clause, to the first comma, comes first). The
dates are the last written one before the cue and the first after it. The sentence says
nothing about order when:

- the second date may be on another day: a ``day_change_cues`` word in the sentence
  ("the next morning", "overnight", "le lendemain"), another time expression between the
  two, two clock times more than ``_SAME_DAY`` apart (9:40 p.m., then 12:20 a.m.) or an
  evening then a morning;
- the second time is not the next event's: a time being changed (``revision_verbs``:
  "moved to 3 p.m.", "avancée à 15 h"), reported (a speech verb, a colon, a quotation
  mark before it), a subordinate clause's ("before the crisis that began in 2008"), a thing's (a participle after a noun: "a mill built in 1920", "the
  law, passed in 2010"), recalled (``flashback_cues``), a start of a state ("since 2005")
  or a range's start;
- the first time is a plan (its clause is in the future: "prévue à 17 h").
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..speedups import pattern_cache
from ..extractors.times import FUTURE, alternation, tense, word_pattern
from . import _intervals
from ._order_dates import Disorder, comparable, explicit, may_be_next_day
from ._order_sequels import dates_an_object, overlapped, sequel_patterns
from ._timeline import followed_by, preceded_by

# What ends a chained clause and starts a report: a colon, a semicolon, a quotation mark.
_REPORT = pattern_cache.compile(r"[:;«»“”\"]")


def _quieting(locale: Any) -> tuple[Any, Any, Any]:
    """(words that move the second date to another day: ``day_change_cues``; words that
    make it another kind of time: ``revision_verbs`` and the speech verbs; the words that
    open a subordinate clause, "the crisis that began in 2008", not before a unit of time,
    "later that day")."""
    return (word_pattern(locale.words("time", "day_change_cues")),
            word_pattern(locale.words("time", "revision_verbs") + locale.words("speakers", "verbs")),
            _subordinate(locale.path, locale))


@functools.lru_cache(maxsize=32)
def _subordinate(path: str, locale: Any) -> Any:
    units = tuple(str(k) for k in dict(locale.get("time", "units", {}) or {})) + \
        tuple(str(k) for k in dict(locale.get("time", "parts_of_day", {}) or {}))
    openers = locale.words("speakers", "clause_openers")
    return pattern_cache.compile(r"(?<![\w'’])" + alternation(openers) + r"(?![\w'’-])(?!\s+"
                                 + alternation(units) + r"(?!\w))", regex.IGNORECASE) if openers else None


def chains(document, facts, times) -> list[Disorder]:
    """Each sentence with two written dates: a succession cue between them, or an opening
    "after ..." clause holding the first and the main clause the second."""
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
        found = _chain(document, facts, mine, unit, (cues, blockers, flashbacks)) \
            or _opener(document, facts, mine, unit, flashbacks)
        if found is not None:
            out.append(found)
    return out


def _chain(document, facts, mine, unit, patterns) -> Disorder | None:
    """The first backward chain of the sentence joined by a cue between its dates
    (``sequel_cues``, or ``chain_cues``: "avant de", "before"), or None."""
    cues, blockers, flashbacks = patterns
    prose = document.prose
    blocked = [(m.start(), m.end()) for m in blockers.finditer(prose, unit.start, unit.end)] \
        if blockers is not None else []
    inside = [(f.span.start, f.span.end) for f in mine]
    joins = word_pattern(facts.locale.words("time", "chain_cues"))
    matches = [(m, False) for m in cues.finditer(prose, unit.start, unit.end)]
    if joins is not None:
        matches += [(m, True) for m in joins.finditer(prose, unit.start, unit.end)]
    for cue, joining in sorted(matches, key=lambda pair: pair[0].start()):
        if any(s <= cue.start() and cue.end() <= e for s, e in inside) \
                or overlapped(cue, blocked):
            continue
        before = [f for f in mine if f.span.end <= cue.start()]
        after = [f for f in mine if f.span.start >= cue.end()]
        if not before or not after or joining and not prose[cue.end():after[0].span.start].strip():
            continue   # "before May 3" bounds the event before it (``_before_after``'s case)
        found = _judge(document, facts, unit, before[-1], cue, after[0], flashbacks)
        if found is not None:
            return found
    return None


def _opener(document, facts, mine, unit, flashbacks) -> Disorder | None:
    """"After putting out the fire at 7 a.m., crews left at 5 a.m.", "Après avoir maîtrisé
    le feu vers 7 heures, ...": a sentence opening on an ``after`` cue tells first what its
    opening clause (to the first comma) holds; the main clause's date is not before it."""
    prose = document.prose
    cue = _opening_after(facts.locale.path, facts.locale).match(prose, unit.start, unit.end)
    if cue is None:
        return None
    comma = prose.find(",", cue.end(), unit.end)
    if comma < 0:
        return None
    before = [f for f in mine if cue.end() <= f.span.start and f.span.end <= comma]
    after = [f for f in mine if f.span.start > comma]
    if not before or not after:
        return None
    return _judge(document, facts, unit, before[-1], cue, after[0], flashbacks, joined_at=comma)


def _judge(document, facts, unit, first, cue, second, flashbacks, joined_at: int | None = None) -> Disorder | None:
    """A disorder when ``second``, told after ``first``, is dated before it and nothing
    says it may be so (``_quiet``); None otherwise."""
    if not explicit(first) or not explicit(second):
        return None   # another time expression between the two: the day may change
    pair = comparable(first, second)
    if not pair or not _intervals.before(pair[1], pair[0]):
        return None
    if may_be_next_day(first, pair):
        return None
    if _quiet(document, facts, unit, first, joined_at if joined_at is not None else cue.end(), second,
              flashbacks):
        return None
    return Disorder(second.span.start, second.span.end,
                    f"'{cue.group().strip()}' but this time is before {document.slice(first.span)}",
                    (first.span.start, first.span.end), "told before")


@functools.lru_cache(maxsize=32)
def _opening_after(path: str, locale: Any) -> Any:
    """An ``after`` cue opening the sentence ("After ...", "Après avoir ..."): whatever its
    clause dates, a bound or an event, comes before the main clause."""
    return pattern_cache.compile(r"\W*" + alternation(locale.words("time", "after")) + r"(?![\w'’-])",
                                 regex.IGNORECASE)


def _quiet(document, facts, unit, first, joined: int, second, flashbacks) -> bool:
    """Whether the chain does not order the two dates (see the module's list)."""
    prose = document.prose
    other_day, other_kind, subordinate = _quieting(facts.locale)
    if other_day is not None and (other_day.search(prose, first.span.end, second.span.start)
                                  or other_day.search(prose, second.span.end, unit.end)):
        return True
    if any(p is not None and p.search(prose, joined, second.span.start) for p in (other_kind, subordinate)):
        return True
    if _REPORT.search(prose, joined, second.span.start) \
            or dates_an_object(document, facts, joined, second.span.start):
        return True
    if flashbacks is not None and flashbacks.search(prose, joined, second.span.end):
        return True
    if any(preceded_by(document, facts, "since", fact.span.start, window=15) for fact in (first, second)):
        return True
    if preceded_by(document, facts, "range_from", second.span.start, window=15) \
            and followed_by(document, facts, "range_to", second.span.end, exact=True) is not None:
        return True
    return tense(document, first.span.start, facts.locale, fact_end=first.span.end) == FUTURE
