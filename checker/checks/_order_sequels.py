"""A sentence that tells what came next ("He sued again in 1997", "Ensuite, à compter du
1er octobre", "deux rames ont alors été visées à 18 h") held to the date the story told
just before it: the next step does not start before the previous one.

The cue is language knowledge (locale ``time.sequel_cues``; ``sequel_blockers`` are
phrases that contain a cue but bound a date instead, "au plus tard"); a sentence that goes
back in time ("had", "déjà": ``flashback_cues``) is not a sequel. The step's date is the
one written date of its sentence, in the cue's clause; the previous date is the last written
one before that sentence, in the same paragraph or the sentence just before, never the
dateline's.
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from .. import _regex_cache
from ..extractors._time_patterns import alternation
from ..extractors._time_tense import clause
from . import _intervals
from ..locales import fold
from ._order_dates import Disorder, comparable, explicit
from ._timeline import preceded_by


@functools.lru_cache(maxsize=32)
def _patterns(path: str, locale: Any) -> tuple[Any, Any, Any]:
    """(sequel cues, blockers, flashback cues) of one locale, compiled once."""
    def compiled(key: str) -> Any:
        words = locale.words("time", key)
        if not words:
            return None
        return _regex_cache.compile(r"(?<![\w'’])" + alternation(words) + r"(?!\w)", regex.IGNORECASE)
    return compiled("sequel_cues"), compiled("sequel_blockers"), compiled("flashback_cues")


def sequels(document, facts, times, heading: tuple[int, int] | None) -> list[Disorder]:
    """The steps told as coming next whose date is before the one told just before."""
    cues, blockers, flashbacks = _patterns(facts.locale.path, facts.locale)
    if cues is None:
        return []
    placed = _placed(times, heading)
    if len(placed) < 2:
        return []
    inside = [(f.span.start, f.span.end) for f in times]
    out = []
    prose = document.prose
    for sentence, step in _lone_dates(document, placed):
        previous = _previous(document, placed, step, sentence)
        if previous is None:
            continue
        pair = comparable(previous, step)
        if not pair or not _intervals.before(pair[1], pair[0]):
            continue   # most steps: no contradiction, no cue looked for
        if _attributive(document, facts, step) or preceded_by(document, facts, "since", step.span.start,
                                                              window=20):
            continue   # "the 1964 act" names a thing; "since 2001" may reach back before the last date
        unit = document.sentences[sentence]
        cue = _cue(document, facts, cues, blockers, inside, step, unit)
        if cue is None or flashbacks is not None and flashbacks.search(prose, unit.start, unit.end):
            continue
        out.append(Disorder(step.span.start, step.span.end,
                            f"'{cue.group()}' but this date is before {document.slice(previous.span)}",
                            (previous.span.start, previous.span.end), "told before"))
    return out


def reactions(document, facts, times, heading: tuple[int, int] | None) -> list[Disorder]:
    """"The riots began on June 30. They came in response to the ruling of July 1": a
    sentence that opens on what the story just told (locale ``time.anaphoric_openers``:
    "They", "These", "Ces") and calls it a reaction to a dated cause (``reaction_cues``
    before the date) cannot date the cause after the event told just before."""
    pattern = _reaction_patterns(facts.locale.path, facts.locale)
    if pattern is None:
        return []
    cues, openers = pattern
    placed = _placed(times, heading)
    if len(placed) < 2:
        return []
    out = []
    for sentence, cause in _lone_dates(document, placed):
        previous = _previous(document, placed, cause, sentence, paragraphs=_REACTION_REACH)
        if previous is None:
            continue
        pair = comparable(previous, cause)
        if not pair or not _intervals.before(pair[0], pair[1]):
            continue
        unit = document.sentences[sentence]
        if not openers.match(document.prose, unit.start, unit.end):
            continue
        cue = None
        for cue in cues.finditer(document.prose, unit.start, cause.span.start):
            pass
        if cue is None:
            continue
        out.append(Disorder(cause.span.start, cause.span.end,
                            f"'{cue.group()}' but this cause is after {document.slice(previous.span)}",
                            (previous.span.start, previous.span.end), "the event"))
    return out


@functools.lru_cache(maxsize=32)
def _reaction_patterns(path: str, locale: Any) -> tuple[Any, Any] | None:
    cues, openers = locale.words("time", "reaction_cues"), locale.words("time", "anaphoric_openers")
    if not cues or not openers:
        return None
    return (_regex_cache.compile(r"(?<![\w'’])" + alternation(cues) + r"(?!\w)", regex.IGNORECASE),
            _regex_cache.compile(r"\W*" + alternation(openers) + r"(?!\w)", regex.IGNORECASE))


def _placed(times, heading: tuple[int, int] | None) -> list[Any]:
    """The written dates of the story, the dateline's left out."""
    return [f for f in times if explicit(f) and not (heading and heading[0] <= f.span.start < heading[1])]


def _lone_dates(document, placed) -> list[tuple[int, Any]]:
    """(sentence, date) for each sentence with exactly one written date."""
    by_sentence: dict[int, list[Any]] = {}
    for fact in placed:
        index = document.sentence_index(fact.span.start)
        if index is not None:
            by_sentence.setdefault(index, []).append(fact)
    return [(sentence, mine[0]) for sentence, mine in by_sentence.items() if len(mine) == 1]


_BOUNDS = ("after", "before", "since")


def _attributive(document, facts, step) -> bool:
    """Whether the date names a thing rather than when the step happened: after a
    ``noun_links`` word ("the act of 1964", "la loi de 1964"), or a year after any word but
    a ``date_links`` or ``month_cues`` preposition ("the 1964 act", "its 2004 merger");
    never after a bound ("à compter du 1er octobre", "until 1990")."""
    start = step.span.start
    if any(preceded_by(document, facts, key, start, window=20) for key in _BOUNDS):
        return False
    if preceded_by(document, facts, "noun_links", start, window=12):
        return True
    if step.form != "year":
        return False
    word = _LAST_WORD.search(document.prose, max(0, start - 20), start)
    if word is None:
        return False
    return fold(word.group(1)) not in _prepositions(facts.locale.path, facts.locale)


_LAST_WORD = _regex_cache.compile(r"([\p{L}'’-]+)\s+$")


@functools.lru_cache(maxsize=32)
def _prepositions(path: str, locale: Any) -> frozenset[str]:
    words = locale.words("time", "date_links") + locale.words("time", "month_cues")
    return frozenset(fold(w) for w in words if " " not in w) - {
        fold(w) for w in locale.words("time", "noun_links")}


def _previous(document, placed, step, sentence: int, *, paragraphs: int = 0) -> Any:
    """The last written date before the step's sentence: in its paragraph (or up to
    ``paragraphs`` paragraphs before it), or in the sentence just before it."""
    start = document.sentences[sentence].start
    earlier = [f for f in placed if f.span.start < start]
    if not earlier:
        return None
    last = earlier[-1]
    here, there = document.paragraph_index(step.span.start), document.paragraph_index(last.span.start)
    if here is not None and there is not None and here - there <= paragraphs \
            or document.sentence_index(last.span.start) == sentence - 1:
        return last
    return None


# A sentence that opens on "These acts" may speak of the event told a paragraph or two before.
_REACTION_REACH = 2


def _cue(document, facts, cues, blockers, inside, step, unit) -> Any:
    """The sequel cue in the step's clause, not part of a time expression ("three days
    later" is read by the shift check) nor of a blocker ("au plus tard")."""
    prose = document.prose
    bounds = clause(document, step.span.start, facts.locale)
    low, high = bounds if bounds is not None else (unit.start, unit.end)
    places = [(low, high)]
    opener = prose.find(",", unit.start, step.span.start)
    if 0 < opener <= low:   # "After that, ...", "Ensuite, ...": the sentence's opener
        places.insert(0, (unit.start, opener))
    for start, end in places:
        blocked = [(m.start(), m.end()) for m in blockers.finditer(prose, start, end)] \
            if blockers is not None else []
        for match in cues.finditer(prose, start, end):
            if not any(s <= match.start() and match.end() <= e for s, e in inside + blocked):
                return match
    return None
