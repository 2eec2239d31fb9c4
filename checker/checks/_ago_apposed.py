""""N years ago" and the year of the apposition set off right after it: "Élu il y a 11
ans, à l'automne 2013, le maire ...", "first elected nine years ago, at the 2015 election,
...", "il y a 30 ans, lors des municipales de 1983,". The apposition restates when the
count happened, whatever words come before its year (a season, an article and an event
noun), so the year must be the count's.

The apposition is the stretch after a comma, a bracket or a dash (an adverb may come
first: "il y a 11 ans déjà, en 2013"; the period of the anniversary too: "thirty years
ago this month, in March 1982"), up to the next one or the end of the sentence; it holds one written year, a few words from each end. It does
not restate the count when it opens with an ordering word ("after the 2013 merger",
"depuis 2013"), when its year is a bound ("avant le vote de 2013") or when it holds a
second date (a range): it then dates another event or a span. Read for ``after-publication``.
"""
from __future__ import annotations

import functools
from typing import Any, Iterator

import regex

from ..extractors.times import alternation
from ..speedups import pattern_cache
from ._timeline import named_after, preceded_by

# What closes it: the next comma, bracket or dash, or the end of the sentence.
_CLOSE = regex.compile(r"[,()–—;:.!?]")
_BEFORE_YEAR = 40      # characters of words before the year ("lors des municipales de")
_AFTER_YEAR = 3        # words after the year before the apposition closes ("election")
_YEARS = ("year", "month_year", "date", "season")
_BOUNDS = ("before", "after", "since")


@functools.lru_cache(maxsize=32)
def _patterns(path: str, locale: Any) -> tuple[Any, Any]:
    """(what opens the apposition: an optional adverb, "il y a 11 ans déjà, en 2013", then
    a comma, a bracket or a dash; an ordering word at its start, which dates another event)."""
    adverbs = locale.words("speakers", "adverbs")
    adverb = r"(?:\s+" + alternation(adverbs) + r"(?!\w))?" if adverbs else ""
    opening = pattern_cache.compile(adverb + r"\s*[,(–—]\s*", regex.IGNORECASE)
    words = [w for key in _BOUNDS for w in locale.words("time", key)]
    return opening, pattern_cache.compile(r"(?:" + alternation(words) + r")(?!\w)", regex.IGNORECASE)


def apposed_years(document, facts, times) -> Iterator[tuple[Any, Any]]:
    """(count of years ago, the year fact its apposition gives) pairs."""
    prose = document.prose
    for index, ago in enumerate(times):
        if ago.form not in ("ago", "ago_hedged") or ago.unit != "Y" or ago.amount is None or not float(ago.amount).is_integer():
            continue
        opening, cue = _patterns(facts.locale.path, facts.locale)
        rest = times[index + 1:]
        end = ago.span.end
        if anniversary_frame(document, ago, rest[0] if rest else None):
            end, rest = rest[0].span.end, rest[1:]   # "il y a 30 ans cette année, en 1982"
        opened = opening.match(prose, end)
        if opened is None or cue.match(prose, opened.end()):
            continue
        year = _year_in(document, facts, rest, opened.end())
        if year is not None:
            yield ago, year


def anniversary_frame(document, ago, following) -> bool:
    """Whether ``following`` is the period that frames a count of years ago, right after
    it: "30 years ago this month", "il y a 30 ans cette année" name the anniversary's
    period, not the date of the event."""
    return following is not None and ago.form in ("ago", "ago_hedged") and following.form == "rel_unit" \
        and not document.prose[ago.span.end:following.span.start].strip()


def _year_in(document, facts, following, start: int) -> Any:
    """The one written year of the apposition opening at ``start``, or None."""
    prose = document.prose
    sentence = document.sentence_index(start)
    if sentence is None:
        return None
    end = document.sentences[sentence].end
    for position, fact in enumerate(following):
        if fact.span.start - start > _BEFORE_YEAR or fact.span.start >= end \
                or _CLOSE.search(prose, start, fact.span.start):
            return None
        if fact.form not in _YEARS:
            return None
        if not fact.year_given or fact.year is None:
            if fact.form == "season":   # "in the spring of 2015": the year follows
                continue
            return None
        if any(preceded_by(document, facts, key, fact.span.start, window=20) or
               named_after(document, facts, key, fact.span.start) for key in _BOUNDS):
            return None
        close = _CLOSE.search(prose, fact.span.end, end)
        stop = close.start() if close else end
        later = following[position + 1] if position + 1 < len(following) else None
        if later is not None and later.span.start < stop:
            return None   # a second date: a range ("de 2013 à 2015") or another event
        return fact if len(prose[fact.span.end:stop].split()) <= _AFTER_YEAR else None
    return None
