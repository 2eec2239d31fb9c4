"""Days whose month is written once for two: "du 4 au 9 mars", "les 16 et 17 juin",
"between 4 and 9 March" (the first day's month is the second's), "March 4 and 9",
"June 16-17" (the second's is the first's).

Why: read alone, "4" is a bare number, so the weekday check never saw "du lundi 4 au
vendredi 9 mars", the order and publication checks never saw the start of a range, and
the figures checks took the day for a count. The elided day gets the month and year of
the day that writes them, with the year reason "range"; the weekday, if it names one, is
its own.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import regex

from ...locales import Locale
from ...spans import Span
from ...speedups import pattern_cache
from . import _values as tv
from ._fact import TimeExpression
from ._patterns import alternation

if TYPE_CHECKING:
    from ...document import Document


@dataclasses.dataclass(frozen=True)
class _Patterns:
    before: Any    # the elided day and its joiner, right before a day-first date
    after: Any     # the joiner and the elided day, right after a month-first date
    day_first: Any   # a date written day first ("le 9 mars", "9 March")
    range_from: Any  # "between", "du", "entre" right before the first day
    weekdays: dict[str, int]
    conjunctions: frozenset[str]   # "and", "or", "et", "ou", lower case: a list, not a range


@functools.lru_cache(maxsize=32)
def _patterns(path: str, locale: Locale) -> _Patterns:
    w = functools.partial(locale.words, "time")
    joiner = alternation(w("range_to") + locale.words("speakers", "list_conjunctions"))
    articles = alternation(w("date_articles"))
    openers = alternation(w("range_from") + w("date_articles") + w("day_list_openers"))
    weekdays = {str(k).lower(): int(v) for k, v in locale.weekdays.items()}
    weekday = alternation(weekdays)
    ordinal = "(?:" + alternation(w("ordinal_suffixes")) + ")?"
    before = pattern_cache.compile(
        rf"(?:^|[\n(,;:—–-]|[.!?]\s|(?<!\w){openers}\s)\s*(?:(?P<wd>{weekday}),?\s+)?(?P<day>[0-3]?\d){ordinal}"
        rf"\s*(?:{joiner})(?:\s+{articles})?\s*\Z", regex.IGNORECASE)
    after = pattern_cache.compile(
        rf"\s*(?P<joiner>{joiner})\s*(?:{articles}\s+)?(?:(?P<wd>{weekday}),?\s+)?(?P<day>[0-3]?\d){ordinal}"
        rf"(?![\w%]|[.,]\d)(?P<close>\s*(?:[,;:.)!?—–]|\Z))?", regex.IGNORECASE)
    day_first = pattern_cache.compile(rf"(?:(?:{articles})\s+)?(?:(?:{weekday}),?\s+)?(?:{articles}\s+)?\d",
                                      regex.IGNORECASE)
    range_from = pattern_cache.compile(rf"(?<!\w)(?:{alternation(w('range_from'))})\s*(?:{articles}\s+)?\Z",
                                       regex.IGNORECASE)
    conjunctions = frozenset(" ".join(c.casefold().split()) for c in locale.words("speakers", "list_conjunctions"))
    return _Patterns(before, after, day_first, range_from, weekdays, conjunctions)


def _day(fact: TimeExpression) -> bool:
    return fact.form == "date" and fact.date is not None and fact.month is not None and fact.day is not None


def _elided(anchor: TimeExpression, span: Span, day: int, weekday: str | None,
            pats: _Patterns) -> TimeExpression | None:
    year = anchor.date.year
    if not tv.valid_day(year, anchor.month, day):
        return None
    return TimeExpression(span, "DATE", tv.date_value(year, anchor.month, day), "date",
                          year=anchor.year, month=anchor.month, day=day,
                          weekday=pats.weekdays.get(weekday.lower()) if weekday else None,
                          year_given=anchor.year_given, valid=True, date=_dt.date(year, anchor.month, day),
                          relative=anchor.relative, year_basis="written" if anchor.year_given else "range")


def _found(facts: Sequence[TimeExpression], document: "Document", locale: Locale) -> Iterator[TimeExpression]:
    pats = _patterns(locale.path, locale)
    prose = document.prose
    starts = {f.span.start for f in facts}
    for index, fact in enumerate(facts):
        if not _day(fact):
            continue
        text = prose[fact.span.start:fact.span.end]
        if pats.day_first.match(text):
            window = max(0, fact.span.start - 48)
            found = pats.before.search(prose, window, fact.span.start)
            if found is not None and int(found.group("day")) < fact.day \
                    and (index == 0 or facts[index - 1].span.end <= found.start("day")):
                start = found.start("wd") if found.group("wd") else found.start("day")
                made = _elided(fact, Span(start, found.end("day")), int(found.group("day")), found.group("wd"), pats)
                if made is not None:
                    yield made
            continue
        found = pats.after.match(prose, fact.span.end)
        if found is None or int(found.group("day")) <= fact.day or found.end() in starts:
            continue
        ranged = " ".join(found.group("joiner").casefold().split()) not in pats.conjunctions \
            or pats.range_from.search(prose, max(0, fact.span.start - 16), fact.span.start) is not None
        if not ranged and found.group("close") is None:
            continue   # "On March 4 and 9 others were hurt": a count after "and", not a day
        if index + 1 < len(facts) and facts[index + 1].span.start < found.end("day"):
            continue
        start = found.start("wd") if found.group("wd") else found.start("day")
        made = _elided(fact, Span(start, found.end("day")), int(found.group("day")), found.group("wd"), pats)
        if made is not None:
            yield made


def with_elided(facts: Sequence[TimeExpression], document: "Document", locale: Locale) -> list[TimeExpression]:
    """``facts`` and the days whose month another day writes, in text order."""
    added = list(_found(facts, document, locale))
    if not added:
        return list(facts)
    return sorted([*facts, *added], key=lambda f: f.span.start)
