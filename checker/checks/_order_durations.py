"""An ordering word with a duration between two dates: "He stood down in 2006 and, after
a two-year break, was elected mayor in 2004", "Il a quitté la direction en 2006 puis,
après un an de pause, a été élu en 2004", "left in 2006 and, two years later, returned
in 2004". A break ("after" and a count, ``time.after`` and ``numbers.articles``: "after a
year's break", "après deux ans d'absence", "after a break of two years") puts the second
event after the first; a shift ("two years later", "deux ans plus tard"; "two years
earlier", "deux ans plus tôt") puts it about that count after (or before) it.

The first date is the last one written before the duration: in its sentence (joined to a
break by a coordinator: "and", "puis"), or, for a shift only, in the sentence before when
the shift opens its sentence ("He left in 2006. Two years later he was elected in 2004";
"After a two-year illness" opening a sentence may be anyone's). The second is the first
date written after the duration in its sentence, after a preposition ("in", "en"), and
in the same clause. It is none of these: a bound ("until 2004"); a noun's date ("a firm
founded in 1999", "the 1999 act", "the strike of 1984": a ``noun_links`` word); a date
past a subordinate clause's opener ("who", "qui", "qu'il", "that") or a noun and a
subject pronoun ("the firm he founded in 1990"); after a shift forward, a step back
(``flashback_cues``: "the firm he had founded in 1999").

A shift set off right after a date, closing its clause ("was elected in 2004, two years
later."), leads to that date from the one told before it. A shift that takes an object
("two years after the 2004 merger") counts from that object, not from the date before
it, and is read elsewhere.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Iterator

import regex

from ..extractors.times import alternation, cue_pattern
from ..locales import fold
from ..speedups import pattern_cache
from ._order_dates import explicit
from ._order_sequels import dates_an_object, sequel_patterns
from ._timeline import preceded_by

_OPENING_WORDS = 3      # words before a duration that still "opens" its sentence
_JOINING_WORDS = 8      # words between a date and a break a coordinator joins to it
_BOUNDS = ("before", "after", "since", "range_from", "range_to")
_LAST_WORD = pattern_cache.compile(r"([\p{L}'’-]+)\s+$")
# The rest of the break's phrase, to quote it: "break", "de pause", "'s break"
_PHRASE = pattern_cache.compile(r"[^,;:.()]{0,25}?(?=\s*[,;:.()])|")
# A shift set off after the date it leads to, and what closes its clause.
_SET_OFF = pattern_cache.compile(r"\s*[,(–—]\s*")
_CLOSES = pattern_cache.compile(r"\s*(?:[,;.!?)–—]|$)")


@dataclass(frozen=True)
class Counted:
    """A duration between two dates: ``counted`` for a shift held to its count ("two years
    later"), not for a break that only orders them ("after a two-year break")."""

    gap: Any
    anchor: Any
    target: Any
    counted: bool
    words: tuple[int, int]   # the phrase to quote: "after a two-year break", "two years later"


@functools.lru_cache(maxsize=32)
def _patterns(path: str, locale: Any) -> tuple[Any, Any, frozenset[str]]:
    """(an ``after`` cue and an optional article at the end of a text, a subordinate
    clause's opener, the prepositions that introduce a date)."""
    articles = locale.words("numbers", "articles")
    article = r"(?:" + alternation(articles) + r"\s+)?" if articles else ""
    # "after a break of two years", "après une pause de deux ans": the break's noun first
    named = r"(?:" + alternation(articles) + r"\s+[\p{L}-]+\s+" + alternation(locale.words("time", "noun_links")) \
        + r"(?:(?<=['’])|\s+))?" if articles and locale.words("time", "noun_links") else ""
    after = pattern_cache.compile(r"(?<![\w'’])" + alternation(locale.words("time", "after")) + r"\s+"
                                  + named + article + r"$", regex.IGNORECASE)
    # a subordinate clause: its opener ("who", "qu'il"), or a noun and a subject pronoun
    # with no opener ("the firm he founded in 1990")
    zero = r"|(?<![\w'’])" + alternation(locale.words("speakers", "determiners")) + r"\s+[\p{L}-]+\s+" \
        + alternation(locale.words("time", "subject_pronouns")) + r"(?!\w)"
    openers = pattern_cache.compile(r"(?<![\w'’])" + alternation(locale.words("speakers", "clause_openers"))
                                    + r"(?!\w)" + zero, regex.IGNORECASE)
    links = locale.words("time", "date_links") + locale.words("time", "month_cues") \
        + locale.words("time", "date_articles")
    # not a noun's date: "the strike of 1984", "la grève de 1984"
    things = {fold(w) for w in locale.words("time", "noun_links")}
    return after, openers, frozenset(fold(w) for w in links if " " not in w) - things


def counted_gaps(document, facts, times) -> Iterator[Counted]:
    """Each duration told between two dates, with the two dates."""
    after, _, _ = _patterns(facts.locale.path, facts.locale)
    prose = document.prose
    for index, gap in enumerate(times):
        if gap.amount is None or gap.form not in ("shift", "duration"):
            continue
        if gap.form == "shift":
            if gap.direction not in ("later", "earlier") or not _takes_no_object(document, facts, gap):
                continue
            counted, words = True, (gap.span.start, gap.span.end)
        else:
            cue = after.search(prose, max(0, gap.span.start - 40), gap.span.start)
            if cue is None:
                continue
            phrase = _PHRASE.match(prose, gap.span.end)
            counted, words = False, (cue.start(), phrase.end())
        if counted and (told := _trailing(document, facts, times, index)) is not None:
            yield Counted(gap, *told, counted, words)
            continue
        anchor = _anchor(document, times[:index], gap, opening=counted)
        if anchor is None or not counted and not _coordinated(document, facts, anchor, words[0]):
            continue
        target = next((f for f in times[index + 1:] if explicit(f)), None)
        if target is not None and _target(document, facts, times[index + 1:], gap, target):
            if words[1] > target.span.start:   # no comma closes the break: quote it alone
                words = (words[0], gap.span.end)
            yield Counted(gap, anchor, target, counted, words)


def _trailing(document, facts, times, index) -> tuple[Any, Any] | None:
    """(anchor, target) for a shift set off right after the date it leads to, closing its
    clause: "was elected in 2004, two years later." counts from the date told before 2004,
    in its sentence or the one before."""
    gap, prose = times[index], document.prose
    target = times[index - 1] if index else None
    if target is None or not explicit(target) or not _SET_OFF.fullmatch(prose, target.span.end, gap.span.start) \
            or not _CLOSES.match(prose, gap.span.end):
        return None
    if any(preceded_by(document, facts, key, target.span.start, window=20) for key in _BOUNDS):
        return None
    anchor = next((f for f in reversed(times[:index - 1]) if explicit(f)), None)
    if anchor is None:
        return None
    here, there = document.sentence_index(target.span.start), document.sentence_index(anchor.span.start)
    if here is None or there is None or there not in (here, here - 1):
        return None
    return anchor, target


def _coordinated(document, facts, anchor, start: int) -> bool:
    """Whether a coordinator joins the anchor's clause to the break's ("left in 2006 and,
    after a two-year break, ...", "en 2006 puis, après un an de pause"): the break then
    follows the first event. Without one, the break may be anyone's ("published in 2010,
    the report says that after a two-year illness ...")."""
    _, openers, _ = _patterns(facts.locale.path, facts.locale)
    between = document.prose[anchor.span.end:start]
    return _coordinator(facts.locale.path, facts.locale).search(between) is not None \
        and openers.search(between) is None and len(between.split()) <= _JOINING_WORDS


@functools.lru_cache(maxsize=32)
def _coordinator(path: str, locale: Any) -> Any:
    return pattern_cache.compile(r"(?<![\w'’])" + alternation(locale.words("speakers", "coordinators"))
                                 + r"(?![\w'’])", regex.IGNORECASE)


def _takes_no_object(document, facts, gap) -> bool:
    """"two years later", "deux ans après,": the shift counts from the date before it;
    "two years after the merger" from its object."""
    if not any(cue_pattern(facts.locale, key).search(document.slice(gap.span)) for key in ("after", "before")):
        return True
    return regex.match(r"\s*[,;.]", document.prose[gap.span.end:gap.span.end + 3]) is not None


def _anchor(document, before, gap, *, opening: bool) -> Any:
    """The last date written before the duration: in its sentence, or (``opening``) in the
    sentence before when the duration opens its own ("Two years later ...")."""
    anchor = next((f for f in reversed(before) if explicit(f)), None)
    if anchor is None:
        return None
    here = document.sentence_index(gap.span.start)
    there = document.sentence_index(anchor.span.start)
    if here is None or there is None:
        return None
    if here == there:
        return anchor
    words = document.prose[document.sentences[here].start:gap.span.start]
    return anchor if opening and there == here - 1 and len(words.split()) <= _OPENING_WORDS else None


def _target(document, facts, following, gap, target) -> bool:
    """Whether ``target`` dates the step the duration leads to (see the module docstring)."""
    _, openers, links = _patterns(facts.locale.path, facts.locale)
    prose = document.prose
    if document.sentence_index(target.span.start) != document.sentence_index(gap.span.start):
        return False
    if any(f.span.start < target.span.start for f in following if f is not target):
        return False   # another time expression between: the step is dated by it
    if openers.search(prose, gap.span.end, target.span.start) \
            or regex.search(r"[;:]", prose[gap.span.end:target.span.start]):
        return False
    if any(preceded_by(document, facts, key, target.span.start, window=20) for key in _BOUNDS):
        return False
    if dates_an_object(document, facts, gap.span.end, target.span.start):
        return False
    _, _, flashbacks = sequel_patterns(facts.locale.path, facts.locale)
    if gap.direction != "earlier" and flashbacks is not None \
            and flashbacks.search(prose, gap.span.end, target.span.start):
        return False   # "the firm he had founded in 1999": told from further back
    word = _LAST_WORD.search(prose, max(0, target.span.start - 20), target.span.start)
    return word is not None and fold(word.group(1)) in links
