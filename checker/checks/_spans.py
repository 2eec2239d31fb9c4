"""A record's span against the date that bounds it: "the best week in nearly eight months"
beside "the best finish since November 2008" in a story of March 2009, "le plus haut niveau
en vingt ans, depuis 1989". Both count back from the day the story ran to the last time
the record stood, so the span must reach the bound's date (give or take one unit and a
tenth of the count: counts of months and years in prose are round).

Read for ``after-publication``: the span is a relative date, the bound the explicit one.
"""
from __future__ import annotations

import datetime as _dt
import functools
from typing import Any, Iterable

import regex

from ..extractors.times import FUTURE, alternation, tense
from ..speedups import pattern_cache
from . import _intervals
from ._timeline import apposed_gap, preceded_by

# Days in one unit of a span.
_UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}
_UNIT_WORDS = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}
# Between a span and the bound set off after it: punctuation, then the "since" cue.
_APPOSED = pattern_cache.compile(r"\s*[,(–—-]\s*[\p{L}'’]+(?:\s+[\p{L}'’]+)?\s*")
# A date that spells a span out is set off from it: "in two years, in 2015".
_SET_OFF = pattern_cache.compile(r"[,(–—]")
# How far before a span or a bound its record word may stand ("the best weekly gain in").
_RECORD_REACH = 50


@functools.lru_cache(maxsize=32)
def _record_pattern(path: str, locale: Any) -> Any:
    """``time.record_cues``: the words that make a span or a "since" a record's
    ("best", "highest", "the first time", "le plus", "record")."""
    return pattern_cache.compile(r"(?<!\w)" + alternation(locale.words("time", "record_cues")) + r"(?!\w)",
                                 regex.IGNORECASE)


def _after_record(document, facts, start: int) -> bool:
    """Whether a record word stands shortly before ``start`` in its sentence."""
    index = document.sentence_index(start)
    if index is None:
        return False
    low = max(document.sentences[index].start, start - _RECORD_REACH)
    return _record_pattern(facts.locale.path, facts.locale).search(document.prose, low, start) is not None


def _spans(document, facts, times) -> Iterable[tuple[Any, bool, bool]]:
    """(span, told as a record's, ahead) for the durations counted from publication: back to
    the last time a record stood ("in nearly eight months", "en vingt ans", "depuis huit
    mois": a record's when a record word stands before it; "a 25-year high": an adjective
    before a ``record_nouns`` word, always a record's; "for 25 years", ``span_for``, in a
    sentence that does not count from a past moment), or ahead to a plan ("will open in two years":
    ``span_ahead`` in a future clause; "ouvrira dans deux ans": ``span_ahead_alone``, in
    any clause)."""
    nouns = _record_noun_pattern(facts.locale.path, facts.locale)
    for fact in times:
        if fact.form != "duration" or fact.unit not in _UNIT_DAYS or not fact.amount \
                or fact.unit == "D" and fact.amount <= 1:   # "a day high" is the session's
            continue
        noun = nouns is not None and nouns.match(document.prose, fact.span.end) is not None
        held = preceded_by(document, facts, "span_for", fact.span.start, window=20) \
            and not _flashback(document, facts, fact.span.start)
        back = noun or held or preceded_by(document, facts, "span_in", fact.span.start, window=20)
        forth = preceded_by(document, facts, "span_ahead", fact.span.start, window=20)
        if preceded_by(document, facts, "span_ahead_alone", fact.span.start, window=20):
            yield fact, False, True
            continue
        if not (back or forth):
            continue
        if tense(document, fact.span.start, facts.locale, fact_end=fact.span.end) == FUTURE:
            if forth:
                yield fact, False, True
        elif noun:
            yield fact, True, False
        elif back:
            yield fact, _after_record(document, facts, fact.span.start), False


def _flashback(document, facts, position: int) -> bool:
    """Whether the sentence counts from a past moment ("had run the shop for 25 years"):
    its span does not end at publication."""
    index = document.sentence_index(position)
    words = facts.locale.words("time", "flashback_cues")
    if index is None or not words:
        return False
    sentence = document.sentences[index]
    return _flashback_pattern(facts.locale.path, facts.locale).search(
        document.prose, sentence.start, sentence.end) is not None


@functools.lru_cache(maxsize=32)
def _flashback_pattern(path: str, locale: Any) -> Any:
    return pattern_cache.compile(r"(?<![\w'’])" + alternation(locale.words("time", "flashback_cues"))
                                 + r"(?!\w)", regex.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _record_noun_pattern(path: str, locale: Any) -> Any:
    """``time.record_nouns`` right after an adjective of duration ("a 25-year high")."""
    words = locale.words("time", "record_nouns")
    if not words:
        return None
    return pattern_cache.compile(r"\s+" + alternation(words) + r"(?!\w)", regex.IGNORECASE)


def _bound(document, facts, times, span, recorded: bool, ahead: bool) -> Any:
    """The date the span reaches to: ahead, the date set off right after it ("in two
    years, in 2015"); back, a "since" date of the span's sentence, right after it ("in 20
    years, since 1989") or after a record word of its own ("best finish since November
    2008"), the nearest one."""
    index = document.sentence_index(span.span.start)
    if ahead:
        following = next((f for f in times if f.span.start >= span.span.end), None)
        if following is None or following.form not in ("year", "month_year", "date", "month") \
                or not apposed_gap(facts.locale.path, facts.locale).fullmatch(
                    document.prose, span.span.end, following.span.start) \
                or not _SET_OFF.search(document.prose, span.span.end, following.span.start):
            return None
        return following
    bounds = []
    for fact in times:
        if fact is span or fact.form not in ("year", "month_year", "date", "month") \
                or document.sentence_index(fact.span.start) != index \
                or not preceded_by(document, facts, "since", fact.span.start, window=20):
            continue
        apposed = fact.span.start > span.span.end and _APPOSED.fullmatch(
            document.prose, span.span.end, fact.span.start) is not None
        if apposed or recorded and _after_record(document, facts, fact.span.start):
            bounds.append(fact)
    return min(bounds, key=lambda f: abs(f.span.start - span.span.start), default=None)


def _elapsed(bound, publication: _dt.date, unit: str, ahead: bool) -> tuple[float, float] | None:
    """How many units lie between the bound's stretch and the publication date (least,
    most); the bound's latest reading that starts before publication (ahead: its first
    reading that ends after it)."""
    moment = _dt.datetime.combine(publication, _dt.time())
    days = _UNIT_DAYS[unit]
    if ahead:
        placed = [s for s in _intervals.stretches(bound) if s[1] > moment]
        if not placed:
            return None
        start, end = placed[0]
        return max((start - moment).days, 0) / days, (end - moment).days / days
    placed = [s for s in _intervals.stretches(bound) if s[0] < moment]
    if not placed:
        return None
    start, end = placed[-1]
    return max((moment - end).days, 0) / days, (moment - start).days / days


def disagreements(document, facts, times, publications) -> list[tuple[Any, Any, str]]:
    """(span, bound, reason) for each record span that does not reach the date bounding
    it from any publication date."""
    out = []
    for span, recorded, ahead in _spans(document, facts, times):
        bound = _bound(document, facts, times, span, recorded, ahead)
        if bound is None:
            continue
        amount, unit = float(span.amount), span.unit
        slack = 1 + amount / 10
        reaches = [_elapsed(bound, p, unit, ahead) for p in publications]
        if any(r is None or r[0] - slack <= amount <= r[1] + slack for r in reaches):
            continue
        least, most = reaches[0]
        words = _UNIT_WORDS[unit]
        count = f"{round(least)}" if round(least) == round(most) else f"{round(least)}-{round(most)}"
        out.append((span, bound, f"the span reaches {'ahead' if ahead else 'back'} to "
                                 f"{document.slice(bound.span)}, {count} {words} "
                                 f"{'after' if ahead else 'before'} the publication date"))
    return out
