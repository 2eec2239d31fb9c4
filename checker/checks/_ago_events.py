""""N years ago" against the year the story gives the same event elsewhere: "Twenty-five
years ago, the market crashed" in a story of 2007 that also tells of "the October 1987
crash"; "il y a dix ans, l'usine a fermé" beside "la fermeture de 1999".

An event is named by a noun next to a written year: after it ("the 1987 crash", "the
October 1987 stock market crash": any of the three words after the date) or before it
through a ``noun_links`` word ("the crash of 1987", "le krach d'octobre 1987", "la fusion
de 2004"). The "ago" clause tells the same event when one of its words shares the noun's
stem ("crashed", "krach", "fusionné"). A noun the story dates in more than one year names
several events, and is left alone; so are ``period_nouns`` ("the end of 1987", "le début
de 2004"), which name a time, not an event.

Read for ``after-publication``: the "ago" is the relative date, the year the explicit one.
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..extractors.times import alternation, clause
from ..speedups import pattern_cache
from ._order_dates import explicit

_STEM = 5        # letters two words share to name one event ("crash"/"crashed")
_SHORTEST = 4    # a noun shorter than this is too vague to name an event
_WORD = pattern_cache.compile(r"(?<![\w'’-])\p{Ll}[\p{Ll}-]{3,}(?![\w'’])")


@functools.lru_cache(maxsize=32)
def _patterns(path: str, locale: Any) -> tuple[Any, Any, Any]:
    """(noun before a date through a link word, an article before a date, the words
    that name no event) for one locale."""
    words = functools.partial(locale.words, "time")
    before = pattern_cache.compile(r"(?<![\w'’-])(?P<head>\p{Ll}[\p{Ll}-]{3,})\s+"
                                   + alternation(words("noun_links")) + r"\s*$")
    article = pattern_cache.compile(r"(?<!\w)" + alternation(words("date_articles") + words("unit_articles")
                                                              + words("event_possessives"))
                                    + r"\s*$", regex.IGNORECASE)
    quiet = frozenset(w.lower() for w in locale.words("detect", "stopwords") + words("period_nouns"))
    return before, article, quiet


def _heads(document, facts, fact) -> tuple[str, ...]:
    """The nouns that may name the event dated by ``fact``."""
    before, article, quiet = _patterns(facts.locale.path, facts.locale)
    prose = document.prose
    found = []
    head = before.search(prose, max(0, fact.span.start - 40), fact.span.start)
    if head is not None:
        found.append(head.group("head"))
    if facts.locale.get("time", "event_noun_after_date", False) \
            and article.search(prose, max(0, fact.span.start - 12), fact.span.start):
        for word in _following_words(prose, fact.span.end):
            if word in quiet:
                break
            found.append(word)
    return tuple(w for w in found if w not in quiet and len(w) >= _SHORTEST)


def _following_words(prose: str, end: int) -> list[str]:
    """Up to three lower-case words right after ``end``, each after one space."""
    words, position = [], end
    for _ in range(3):
        match = _WORD.match(prose, position + 1) if prose[position:position + 1] == " " else None
        if match is None:
            break
        words.append(match.group())
        position = match.end()
    return words


def _same_stem(a: str, b: str) -> bool:
    if a == b:
        return True
    short = min(len(a), len(b))
    return short >= _STEM and a[:_STEM] == b[:_STEM] and (a.startswith(b) or b.startswith(a)
                                                          or a[:short - 1] == b[:short - 1])


def _dated_events(document, facts, times) -> dict[str, Any]:
    """Each event noun with the one written date the story gives it (nouns dated in
    two years dropped)."""
    events: dict[str, Any] = {}
    years: dict[str, set[int]] = {}
    for fact in times:
        if not (explicit(fact) and fact.year_given and fact.year is not None
                and fact.form in ("year", "month_year", "date")):
            continue
        for head in _heads(document, facts, fact):
            years.setdefault(head, set()).add(fact.year)
            events.setdefault(head, fact)
    return {head: fact for head, fact in events.items() if len(years[head]) == 1}


def ago_events(document, facts, times) -> list[tuple[Any, Any]]:
    """(ago, dated event) pairs: a count of years ago whose clause tells an event the story
    dates elsewhere, in a sentence with no written year of its own."""
    agos = [f for f in times if f.form in ("ago", "ago_hedged") and f.unit == "Y" and f.amount is not None
            and float(f.amount).is_integer()]
    if not agos:
        return []
    events = _dated_events(document, facts, times)
    if not events:
        return []
    out = []
    for ago in agos:
        sentence = document.sentence_index(ago.span.start)
        if any(explicit(f) and f.year_given and document.sentence_index(f.span.start) == sentence
               for f in times):
            continue
        bounds = clause(document, ago.span.start, facts.locale)
        if bounds is None:
            continue
        words = [w.group() for w in _WORD.finditer(document.prose, *bounds)]
        match = next((events[h] for h in events for w in words if _same_stem(h, w)), None)
        if match is not None:
            out.append((ago, match))
    return out
