"""A sentence that tells what came next ("He sued again in 1997", "Ensuite, à compter du
1er octobre", "deux rames ont alors été visées à 18 h") held to the date the story told
just before it: the next step does not start before the previous one.

The cue is language knowledge (locale ``time.sequel_cues``; ``sequel_blockers`` are
phrases that contain a cue but bound a date instead, "au plus tard"); a sentence that goes
back in time ("had", "déjà": ``flashback_cues``) is not a sequel. The step's date is the
one written date of its sentence, in the cue's clause; the previous date is the last written
one before that sentence, in the same paragraph or the sentence just before, never the
dateline's. The other way round, a reaction ("These were reprisals for the ruling of July
1") does not come before its cause.
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..speedups import pattern_cache
from ..extractors.times import alternation, clause, word_pattern
from . import _intervals
from ..locales import fold
from ._order_dates import Disorder, comparable, explicit, may_be_next_day
from ._timeline import preceded_by


@functools.lru_cache(maxsize=32)
def sequel_patterns(path: str, locale: Any) -> tuple[Any, Any, Any]:
    """(sequel cues, blockers, flashback cues) of one locale, compiled once."""
    def compiled(key: str, intransitive: str | None = None) -> Any:
        words = locale.words("time", key)
        alone = locale.words("time", intransitive) if intransitive else ()
        if not words and not alone:
            return None
        # not the head of a compound: "the then-editor"
        source = alternation(words) + r"(?![\w-])"
        if alone:
            # « ont repris en 2008 » (resumed), not « a repris la boutique » (a succession):
            # no determiner, so no object, after the cue
            determiners = alternation(locale.words("speakers", "determiners"))
            source = r"(?:" + source + r"|" + alternation(alone) + r"(?![\w-])(?!\s+" + determiners \
                + r"(?:\s|['’]))(?!\s+\p{L}['’]))"
        return pattern_cache.compile(r"(?<![\w'’])" + source, regex.IGNORECASE)
    return compiled("sequel_cues", "sequel_intransitive"), compiled("sequel_blockers"), compiled("flashback_cues")


def disorders(document, facts, times, heading: tuple[int, int] | None) -> list[Disorder]:
    """Each sentence with one written date, against the last date written before it: a
    step told as coming next dated before it (``_sequel``), or a reaction whose cause is
    dated after it (``_reaction``). The cues are looked for only when the dates disagree."""
    placed = [f for f in times if explicit(f) and not (heading and heading[0] <= f.span.start < heading[1])]
    if len(placed) < 2:
        return []
    sentence_of = [document.sentence_index(f.span.start) for f in placed]
    out = []
    for index in range(1, len(placed)):
        sentence = sentence_of[index]
        if sentence is None or sentence == sentence_of[index - 1] \
                or index + 1 < len(placed) and sentence_of[index + 1] == sentence:
            continue   # not the only date of its sentence
        step, previous = placed[index], placed[index - 1]
        # a year-less step is read near the date before it, whatever year its tense gave it
        # alone ("dure jusqu'au 15 octobre. La seconde lui succédera le 1er octobre")
        pair = comparable(previous, step, near=_STEP_DAYS)
        if not pair:
            continue
        if _intervals.before(pair[1], pair[0]):
            found = _sequel(document, facts, times, (step, previous, pair), sentence, sentence_of[index - 1])
        elif _intervals.before(pair[0], pair[1]):
            found = _reaction(document, facts, step, previous, sentence)
        else:
            continue
        if found is not None:
            out.append(found)
    return out


# How far (days) a year-less date may be moved to sit by the written date told before it.
_STEP_DAYS = 60


def _near(document, step, previous, sentence: int, previous_sentence: int | None, paragraphs: int) -> bool:
    """Whether the previous date is in the step's paragraph (or up to ``paragraphs``
    before it) or in the sentence just before it."""
    here, there = document.paragraph_index(step.span.start), document.paragraph_index(previous.span.start)
    return here is not None and there is not None and here - there <= paragraphs \
        or previous_sentence == sentence - 1


def _sequel(document, facts, times, dates, sentence, previous_sentence) -> Disorder | None:
    """A step told as coming next ("again", "plus tard") dated before the date told just
    before it, in its paragraph or the sentence before (``dates``: the step's date, the
    previous one, their stretches)."""
    step, previous, pair = dates
    cues, blockers, flashbacks = sequel_patterns(facts.locale.path, facts.locale)
    if cues is None or not _near(document, step, previous, sentence, previous_sentence, _SEQUEL_REACH):
        return None
    if _attributive(document, facts, step) or preceded_by(document, facts, "since", step.span.start, window=20):
        return None   # "the 1964 act" names a thing; "since 2001" may reach back before the last date
    unit = document.sentences[sentence]
    inside = [(f.span.start, f.span.end) for f in times if unit.start <= f.span.start < unit.end]
    cue = _cue(document, facts, cues, blockers, inside, step, unit)
    if cue is None or flashbacks is not None and flashbacks.search(document.prose, unit.start, unit.end):
        return None
    if _in_since_clause(document, facts, cue.start()):
        return None   # "depuis qu'elle a repris la ferme, en 2024": a since-clause tells what came first
    if dates_an_object(document, facts, cue.end(), step.span.start):
        return None
    if _another_day(document, facts, previous, pair, unit):
        return None
    return Disorder(step.span.start, step.span.end,
                    f"'{cue.group()}' but this date is before {document.slice(previous.span)}",
                    (previous.span.start, previous.span.end), "told before")


def _another_day(document, facts, previous, pair, unit) -> bool:
    """Whether a clock time told after another but earlier on the clock may be the next
    day's: across a night or far back (``may_be_next_day``), or a ``day_change_cues``
    word in its sentence ("Later that night, at 2 a.m.", "Le lendemain, vers 5 h")."""
    if may_be_next_day(previous, pair):
        return True
    if previous.form not in ("clock", "clock_named"):
        return False
    changes = word_pattern(facts.locale.words("time", "day_change_cues"))
    return changes is not None and changes.search(document.prose, unit.start, unit.end) is not None


def _reaction(document, facts, cause, previous, sentence) -> Disorder | None:
    """"The riots began on June 30. They came in response to the ruling of July 1": a
    sentence that opens by characterising what the story just told (locale
    ``time.anaphoric_openers``) and calls it a reaction to a dated cause (``reaction_cues``
    before the date) cannot date the cause after the event told before it (up to
    ``_REACTION_REACH`` paragraphs back)."""
    pattern = _reaction_patterns(facts.locale.path, facts.locale)
    if pattern is None or not _near(document, cause, previous, sentence, None, _REACTION_REACH):
        return None
    cues, openers = pattern
    unit = document.sentences[sentence]
    if not openers.match(document.prose, unit.start, unit.end):
        return None
    cue = None
    for cue in cues.finditer(document.prose, unit.start, cause.span.start):
        pass
    if cue is None:
        return None
    return Disorder(cause.span.start, cause.span.end,
                    f"'{cue.group()}' but this cause is after {document.slice(previous.span)}",
                    (previous.span.start, previous.span.end), "the event")


@functools.lru_cache(maxsize=32)
def _reaction_patterns(path: str, locale: Any) -> tuple[Any, Any] | None:
    cues, openers = locale.words("time", "reaction_cues"), locale.words("time", "anaphoric_openers")
    if not cues or not openers:
        return None
    return (pattern_cache.compile(r"(?<![\w'’])" + alternation(cues) + r"(?!\w)", regex.IGNORECASE),
            pattern_cache.compile(r"\W*" + alternation(openers) + r"(?!\w)", regex.IGNORECASE))


_BOUNDS = ("after", "before", "since")
# A next step may open the paragraph after the one that told the step before it (news
# paragraphs are a sentence or two).
_SEQUEL_REACH = 1
# A sentence that opens on "These acts" may speak of the event told a paragraph or two before.
_REACTION_REACH = 2


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


_LAST_WORD = pattern_cache.compile(r"([\p{L}'’-]+)\s+$")


@functools.lru_cache(maxsize=32)
def _prepositions(path: str, locale: Any) -> frozenset[str]:
    words = locale.words("time", "date_links") + locale.words("time", "month_cues")
    return frozenset(fold(w) for w in words if " " not in w) - {
        fold(w) for w in locale.words("time", "noun_links")}




def dates_an_object(document, facts, cue_end: int, date_start: int) -> bool:
    """Whether, between a sequel cue and its date, a participle after an article and a
    noun makes the date the noun's ("It took over a mill built in 1920", "Elle a pris le
    relais d'un moulin construit en 1920", "the law, passed in 2010"): the thing is older,
    not the step. A participle
    right after the cue is the step's own verb ("then arrived at 15:00")."""
    return _object_participle(facts.locale.path, facts.locale).search(
        document.prose, cue_end, date_start) is not None


@functools.lru_cache(maxsize=32)
def _object_participle(path: str, locale: Any) -> Any:
    """article + one word + a participle (``participle_endings``, or an irregular past of
    ``past_cues``) + an optional ``date_links`` word, at the end of the text searched."""
    words = functools.partial(locale.words, "time")
    articles = words("date_articles") + words("unit_articles") + words("event_possessives")
    irregular = tuple(w for w in words("past_cues") if " " not in w)
    endings = "|".join(regex.escape(e) for e in sorted(words("participle_endings"), key=len, reverse=True))
    participle = r"(?:\p{Ll}{2,}(?:" + endings + r")" + (r"|" + alternation(irregular) if irregular else "") + r")"
    return pattern_cache.compile(
        r"(?<!\w)" + alternation(articles) + r"(?:(?<=['’])\s*|\s+)\p{L}[\p{L}-]*,?\s+(?!" + alternation(words("not_participles"))
        + r"(?!\w))" + participle + r"\s+(?:" + alternation(words("date_links") + words("month_cues")
                                                         + words("clock_cues")) + r"\s+)?$",
        regex.IGNORECASE)


def overlapped(cue, blocked) -> bool:
    """Whether a blocker overlaps the cue ("peu [après le]") and is not inside it: the
    longer phrase is the one meant ("plus tard ce jour-là" is a cue, "plus tard ce" a
    blocker)."""
    return any(s < cue.end() and cue.start() < e and not (cue.start() <= s and e <= cue.end())
               for s, e in blocked)


@functools.lru_cache(maxsize=32)
def _since_opening(path: str, locale: Any) -> Any:
    """A ``time.since`` word ("since", « depuis ») and the rest of its clause up to a point:
    no comma or stop in between."""
    words = locale.words("time", "since")
    if not words:
        return None
    return pattern_cache.compile(r"(?<![\w'’])" + alternation(words) + r"(?![\w-])[^,;:.!?()]{0,30}$",
                                 regex.IGNORECASE)


def _in_since_clause(document, facts, at: int) -> bool:
    """Does a "since" clause hold the cue at ``at`` ("since she took over", « depuis qu'elle a
    repris »)? What it tells came before the time it runs to."""
    pattern = _since_opening(facts.locale.path, facts.locale)
    if pattern is None:
        return False
    sentence = document.sentence_index(at)
    low = max(document.sentences[sentence].start if sentence is not None else 0, at - 40)
    return pattern.search(document.prose, low, at) is not None


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
            if not any(s <= match.start() and match.end() <= e for s, e in inside) \
                    and not overlapped(match, blocked):
                return match
    return None
