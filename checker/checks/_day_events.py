"""One event, two days: the verb dated by a relative day and the definite noun of the same
stem dated by a written one. "County supervisors voted 4-1 yesterday" in a story of
Thursday 15 May and, later, "The May 13 vote came after two public hearings": the lead's
vote (May 14) and "the May 13 vote" are one event, and one of the two days is wrong; « Le
conseil a voté hier le budget » ... « Le vote du 12 mars ».

The noun is definite and dated to the day: an article, then the date and the noun ("the May
13 vote", when the locale writes the noun after its date), or the noun, a link word and the
date ("the vote on May 13", « le vote du 12 mars »). The verb shares the noun's stem up to a
locale ending (``time.event_stem_endings``: "vote"/"voted", "approval"/"approved",
« adoption »/« adopté »), or is one the locale gives the noun (``time.event_verbs``: a vote
adopts, approves or rejects; the accused appear in court at a hearing, « ont comparu hier »
... « l'audience du mardi 14 janvier »; a phrase of several words is matched whole). The pair is held only for the story's own event, the verb in
its lead and the noun after it, and only when the story tells one such event: the noun
with one day, one relative day whose clause tells the verb (its sentence writing no date
of its own), and no other date in a clause that names the event (two votes on two days
are quiet). Read for ``after-publication``.
"""
from __future__ import annotations

import functools
from typing import Any, Iterator

import regex

from ..extractors.times import alternation, clause
from ..locales import fold
from ..speedups import pattern_cache
from ._order_dates import explicit

RELATIVE_DAYS = ("dayword", "weekday")
LEAD = 2            # paragraphs that tell the story's event (a lead, a dateline's paragraph)
_SHORTEST_STEM = 4   # letters a noun and its verb share at least ("vote"/"voted")
_WORD = pattern_cache.compile(r"(?<![\w'’-])\p{Ll}[\p{Ll}-]{2,}(?![\w'’])")
_NEXT_WORD = pattern_cache.compile(r"[ \u00a0]+(\p{Ll}{3,})(?![\w'’-])")
_LETTERS = pattern_cache.compile(r"\p{L}+")


@functools.lru_cache(maxsize=16)
def _patterns(path: str, locale: Any) -> tuple[Any, Any, frozenset[str]]:
    """(a definite noun and its link word before a date, a definite article before a date,
    the endings a noun and its verb may differ by) for one locale."""
    words = functools.partial(locale.words, "time")
    articles = alternation(words("date_articles"))
    links = alternation(words("noun_links") + words("date_links"))
    noun_first = pattern_cache.compile(r"(?<![\w'’-])" + articles + r"\s*(?P<head>\p{Ll}{3,})\s+" + links + r"\s*$",
                                       regex.IGNORECASE)
    article = pattern_cache.compile(r"(?<![\w'’-])" + articles + r"\s*$", regex.IGNORECASE)
    endings = frozenset(fold(e) for e in words("event_stem_endings")) | {""}
    return noun_first, article, endings


def stem_endings(locale: Any) -> frozenset[str]:
    """The endings a noun and its verb may differ by (``time.event_stem_endings``)."""
    return _patterns(locale.path, locale)[2]


@functools.lru_cache(maxsize=16)
def event_verbs(locale: Any) -> dict[str, frozenset[str]]:
    """The verbs of another stem that tell the event a noun names (``time.event_verbs``: a
    vote adopts, approves or rejects: « a adopté hier le budget » ... « le vote du 12 mars »)."""
    table = locale.get("time", "event_verbs", {}) or {}
    return {fold(noun): frozenset(" ".join(_LETTERS.findall(fold(v))) for v in verbs) for noun, verbs in table.items()}


def same_stem(noun: str, word: str, endings: frozenset[str]) -> bool:
    """Whether ``word`` tells the event ``noun`` names: the two share a stem of at least
    four letters and each goes on from it by one of the locale's ``endings``."""
    a, b = fold(noun), fold(word)
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    for cut in range(common, _SHORTEST_STEM - 1, -1):   # "voted"/"vote": the stem "vote"
        if a[cut:] in endings and b[cut:] in endings:
            return True
    return False


def _noun(document, facts, fact) -> str | None:
    """The definite event noun a day-level written date names, or None."""
    noun_first, article, _ = _patterns(facts.locale.path, facts.locale)
    prose = document.prose
    found = noun_first.search(prose, max(0, fact.span.start - 40), fact.span.start)
    if found is not None:
        return found.group("head")
    if facts.locale.get("time", "event_noun_after_date", False) \
            and article.search(prose, max(0, fact.span.start - 8), fact.span.start):
        after = _NEXT_WORD.match(prose, fact.span.end)
        if after is not None:
            return after.group(1)
    return None


def _clause_words(document, facts, fact) -> list[str]:
    bounds = clause(document, fact.span.start, facts.locale)
    return [w.group() for w in _WORD.finditer(document.prose, *bounds)] if bounds else []


def tells(document, facts, fact, head: str, verbs: frozenset[str], endings: frozenset[str]) -> bool:
    """Whether the clause of ``fact`` tells the event ``head`` names: a word of its stem, or
    one of the verbs the locale gives it (a phrase of several words included: "appeared in
    court" tells a hearing, "appeared on television" does not)."""
    if any(same_stem(head, w, endings) for w in _clause_words(document, facts, fact)):
        return True
    bounds = clause(document, fact.span.start, facts.locale)
    if not verbs or bounds is None:
        return False
    told = " " + " ".join(_LETTERS.findall(fold(document.prose[bounds[0]:bounds[1]]))) + " "
    return any(f" {verb} " in told for verb in verbs)


def day_events(document, facts, times) -> Iterator[tuple[Any, Any, str]]:
    """(relative day, written day, the event's noun) that date one event on two days."""
    # a day past, as the lead's verb tells it ("voted yesterday"): "will vote on Tuesday"
    # is another vote
    relatives = [f for f in times if f.form in RELATIVE_DAYS and f.relative and f.date is not None
                 and document.date is not None and f.date <= document.date]
    if not relatives:
        return
    days = [f for f in times if f.form == "date" and explicit(f) and f.day is not None]
    nouns: dict[str, list[Any]] = {}
    for fact in days:
        head = _noun(document, facts, fact)
        if head is not None:
            nouns.setdefault(fold(head), []).append(fact)
    if not nouns:
        return
    _, _, endings = _patterns(facts.locale.path, facts.locale)
    quiet = {w.lower() for w in facts.locale.words("detect", "stopwords")}
    placed = [f for f in times if f.date is not None and f.form in ("date",) + RELATIVE_DAYS]
    for head, dated in nouns.items():
        if head in quiet or len({(f.month, f.day) for f in dated}) != 1:
            continue
        verbs = event_verbs(facts.locale).get(head, frozenset())
        telling = [f for f in placed if f not in dated and tells(document, facts, f, head, verbs, endings)]
        # one event only: the one relative day, and no other date in a clause naming it
        if len(telling) != 1 or telling[0] not in relatives:
            continue
        relative, written = telling[0], dated[0]
        lead = document.paragraph_index(relative.span.start)
        if lead is None or lead >= LEAD or written.span.start < relative.span.end:
            continue   # the story's own event, told in its lead and named again later
        sentence = document.sentence_index(relative.span.start)
        if any(explicit(f) and document.sentence_index(f.span.start) == sentence for f in times):
            continue   # "yesterday, May 14": the sentence dates it itself
        if (relative.date.month, relative.date.day) != (written.month, written.day):
            yield relative, written, head
