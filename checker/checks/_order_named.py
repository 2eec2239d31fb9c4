"""An ordering word that points at an event the story dates elsewhere: "The merger closed
in 2004. Two years after the merger, in 2005, ..."; "Le débat a commencé à 17 h. Le vote a
eu lieu après le débat, à 14 h". The event is named by one noun after an article
("after the merger", "après la fusion"), by a noun and its complement ("après l'arrivée
des Américains") or by a subject and its past verb ("after the Americans arrived"); its date
is the one written date of the other sentences that name the same noun or tell it (its verb,
or one the locale gives it, ``time.event_verbs``: an arrival is told by entering), when
they agree on one; the date the word orders is the one set beside the phrase ("..., in
2005", "In 2005, two years after the merger").

Only the pairing is done here; ``timeline_order`` judges it like a date named in place.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import regex

from ..speedups import pattern_cache
from ..extractors.times import alternation
from ..locales import fold
from ._day_events import event_verbs, same_stem, stem_endings
from ._order_dates import explicit
from ._timeline import apposed_gap


@dataclass(frozen=True)
class Named:
    """A phrase "[count] after/before the <noun>", the date the story gives that noun
    elsewhere (``anchor``) and the date the phrase orders (``target``)."""

    cue_start: int
    cue_end: int
    direction: str          # "later" (after) or "earlier" (before)
    count: Any              # the time fact counting the gap ("two years"), or None
    anchor: Any
    target: Any


@functools.lru_cache(maxsize=32)
def _phrase(path: str, locale: Any) -> Any:
    """cue + article + one lower-case noun, then a comma, a bracket or the sentence's end."""
    words = functools.partial(locale.words, "time")
    articles = words("date_articles") + words("unit_articles") + words("event_possessives")
    elided = tuple(a for a in articles if a.endswith(("'", "’")))
    whole = tuple(a for a in articles if a not in elided)
    article = r"(?:" + alternation(whole) + r"\s+" + (r"|" + alternation(elided) if elided else "") + r")"
    return pattern_cache.compile(
        r"(?<![\w'’])(?:(?P<after>" + alternation(words("after")) + r")|(?P<before>"
        + alternation(words("before")) + r"))\s+" + article + r"(?P<noun>\p{Ll}[\p{L}-]{2,})"
        r"(?=\s*(?:[,(.;]|$))", regex.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _object_phrase(path: str, locale: Any) -> Any:
    """cue + article + an event's noun and its complement ("après l'arrivée des
    Américains", "after the arrival of the troops"), or + a subject and its past verb
    ("after the Americans arrived"), then a comma, a bracket or the sentence's end; the
    event's word is the noun or the verb (group ``noun``)."""
    words = functools.partial(locale.words, "time")
    articles = words("date_articles") + words("unit_articles") + words("event_possessives")
    elided = tuple(a for a in articles if a.endswith(("'", "’")))
    whole = tuple(a for a in articles if a not in elided)
    article = r"(?:" + alternation(whole) + r"\s+" + (r"|" + alternation(elided) if elided else "") + r")"
    links = words("noun_links") + words("date_links")
    elided_links = tuple(a for a in links if a.endswith(("'", "’")))
    link = r"(?:" + alternation(tuple(a for a in links if a not in elided_links)) + r"\s+" \
        + (r"|" + alternation(elided_links) if elided_links else "") + r")"
    endings = alternation(words("participle_endings"))
    word = r"[\p{L}'’-]+"
    return pattern_cache.compile(
        r"(?<![\w'’])(?:(?P<after>" + alternation(words("after")) + r")|(?P<before>"
        + alternation(words("before")) + r"))\s+" + article
        + r"(?:(?P<noun>\p{Ll}[\p{L}-]{2,})\s+" + link + r"(?:" + article + r")?" + word + r"(?:\s+" + word + r")?"
        + r"|\p{L}[\p{L}'’-]+\s+(?P<verb>(?-i:\p{Ll}{2,})" + endings + r"))"
        + r"(?=\s*(?:[,(.;]|$))", regex.IGNORECASE)


def _event_words(locale: Any, word: str) -> tuple[str, ...]:
    """The verbs the locale gives the event ``word`` names or tells (``time.event_verbs``,
    its key of the same stem: "arrived" and "arrival" are told by "entered")."""
    endings = stem_endings(locale)
    return tuple(v for key, verbs in event_verbs(locale).items() if same_stem(key, word, endings) for v in verbs)


def _mention(noun: str, endings: tuple[str, ...] = ()) -> Any:
    """The noun, or a past form of its verb ("merged" for "the merger", « a fusionné » for
    « la fusion »): a word that opens with the noun's first four letters and ends with one of
    the locale's ``time.participle_endings``; a noun of four letters or fewer is only itself."""
    exact = regex.escape(noun)
    if len(noun) < 5 or not endings:   # "vote" / "voted", "war" / "ward": too short a stem
        return pattern_cache.compile(r"(?<![\w-])" + exact + r"(?![\w-])", regex.IGNORECASE)
    stem = regex.escape(noun[:4])
    verb = stem + r"\w*(?:" + alternation(endings) + r")"
    return pattern_cache.compile(r"(?<![\w-])(?:" + exact + "|" + verb + r")(?![\w-])", regex.IGNORECASE)


def named(document, facts, times, heading: tuple[int, int] | None) -> list[Named]:
    """Every phrase of the story that orders a date beside it against a noun dated elsewhere."""
    placed = [f for f in times if explicit(f) and not (heading and heading[0] <= f.span.start < heading[1])]
    if len(placed) < 2:
        return []
    pattern = _phrase(facts.locale.path, facts.locale)
    prose = document.prose
    by_sentence: dict[int, list[Any]] = {}
    for f in placed:
        index = document.sentence_index(f.span.start)
        if index is not None:
            by_sentence.setdefault(index, []).append(f)
    skip = {fold(w) for w in facts.locale.words("time", "period_nouns")}
    gap = apposed_gap(facts.locale.path, facts.locale)
    endings = tuple(facts.locale.words("time", "participle_endings"))
    out = []
    objects = _object_phrase(facts.locale.path, facts.locale)
    for sentence, mine in by_sentence.items():
        unit = document.sentences[sentence]
        for match in (*pattern.finditer(prose, unit.start, unit.end), *objects.finditer(prose, unit.start, unit.end)):
            event = match.group("noun") or match.group("verb")
            if fold(event) in skip:
                continue
            count = next((f for f in times if f.amount is not None and f.span.start < match.start()
                          and _touches(prose, f.span.end, match.start(), match.end())), None)
            start = count.span.start if count is not None else match.start()
            target = _beside(prose, mine, start, match.end(), gap)
            if target is None:
                continue
            anchor = _anchor(document, by_sentence, sentence, event, pattern, endings,
                             _event_words(facts.locale, event))
            if anchor is None:
                continue
            out.append(Named(match.start(), match.end(), "later" if match.group("after") else "earlier",
                             count, anchor, target))
    return out


def _touches(prose: str, end: int, cue_start: int, cue_end: int) -> bool:
    """Whether a count ends right before the cue ("two years after") or takes it in ("trois
    ans après")."""
    return cue_start <= end <= cue_end or end <= cue_start and not prose[end:cue_start].strip()


_BEFORE = pattern_cache.compile(r"[\s,]*")
_AFTER = pattern_cache.compile(r"\s*[,(–—]")
# One short preposition between the comma and the date (", at 14:00", ", vers 14 h").
_LINK = pattern_cache.compile(r"[\s,(–—]*(?:\p{Ll}{1,6}\s+)?")


def _beside(prose: str, mine, start: int, end: int, gap) -> Any:
    """The date set right after the phrase (", in 2005") or right before it ("In 2005,
    two years after ...")."""
    for f in mine:
        if f.span.start >= end:
            tail = _AFTER.match(prose, end, f.span.start)
            if tail is not None and (gap.fullmatch(prose, tail.end() - 1, f.span.start)
                                     or _LINK.fullmatch(prose, tail.end() - 1, f.span.start)):
                return f
            return None
    before = [f for f in mine if f.span.end <= start]
    if before and _BEFORE.fullmatch(prose, before[-1].span.end, start):
        return before[-1]
    return None


def _anchor(document, by_sentence, here: int, noun: str, pattern, endings: tuple[str, ...] = (),
            verbs: tuple[str, ...] = ()) -> Any:
    """The one date the story's other sentences give the noun: each sentence that names
    it, or tells it by one of ``verbs`` (not itself after an ordering word), with one
    written date; None when they disagree or there is none."""
    mention = _mention(noun, endings)
    if verbs:
        told = pattern_cache.compile(r"(?<![\w-])" + alternation(verbs) + r"(?![\w-])", regex.IGNORECASE)
        mention = pattern_cache.compile(mention.pattern + "|" + told.pattern, regex.IGNORECASE)
    found = {}
    for sentence, mine in by_sentence.items():
        if sentence == here or len(mine) != 1:
            continue
        unit = document.sentences[sentence]
        named_here = [m for m in mention.finditer(document.prose, unit.start, unit.end)]
        if not named_here:
            continue
        pointed = {m.start("noun") for m in pattern.finditer(document.prose, unit.start, unit.end)}
        if all(m.start() in pointed for m in named_here):
            continue
        found.setdefault(mine[0].value, mine[0])
    return next(iter(found.values())) if len(found) == 1 else None
