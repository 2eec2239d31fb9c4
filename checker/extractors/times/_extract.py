"""Time expressions: dates, partial dates, relative days, durations, clock times.

Each expression becomes a ``TimeExpression`` fact carrying its TIMEX3 ``value`` and
``timex_type`` (DESIGN.md, facts contract) and, when it names one day, the resolved
``date``. Year-less dates are read the way an editor reads them: in the year that puts
them closest to the publication date ("le 6 mai dernier": the last 6 May before it).
Relative expressions ("hier", "two weeks ago") resolve against the publication date;
"the next day" and bare clock times against the last day mentioned in the paragraph.
"""
from __future__ import annotations

import datetime as _dt
from operator import itemgetter

from ...speedups import pattern_cache
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from ...spans import Span
from ._fact import TimeExpression
from ._patterns import fold_text, patterns_for
from ._elided import with_elided
from ._ranges import cohere
from ._same_year import anchor
from ._readers import read_match
from ._ages import Age

if TYPE_CHECKING:
    from ...document import Document
    from ...facts import Facts

__all__ = ["TimeExpression", "extract"]

_PRIORITY = {"iso": 0, "numeric": 0, "dmy": 1, "mdy": 1, "month_year": 2,
             "clock": 2}   # "vers 7 heures": a time of day before the duration "7 heures"
_AGE_LIKE = frozenset(("duration", "adj_duration", "year"))   # an age's number is not these
_ORDER = itemgetter(0, 1, 2, 3)   # start, longest first, priority, pattern rank


def extract(document: "Document", facts: "Facts") -> Iterator[TimeExpression]:
    """All time expressions of the document's prose, in text order, with the days whose
    month another day writes ("du 4 au 9 mars": ``_elided``); the year-less ends of a range
    in the year the other end allows (``_ranges``), and those told "that year" in the year
    told before (``_same_year``)."""
    read = with_elided(list(_read_all(document, facts)), document, facts.locale)
    return iter(anchor(cohere(read, document, facts.locale), document, facts.locale))


def _read_all(document: "Document", facts: "Facts") -> Iterator[TimeExpression]:
    """Every time expression, each read alone."""
    pats = patterns_for(facts.locale)
    prose = document.prose
    ages = tuple(a.span for a in facts.get("ages") if isinstance(a, Age))
    candidates: list[tuple[Any, ...]] = []
    spans = [(p.span.start, p.span.end) for p in document.paragraphs]
    # the patterns run on the text with its accents folded (same offsets, see fold_text)
    for start, rank, name, match in pats.scanner.scan_all(pats.patterns, fold_text(prose), spans):
        candidates.append((start, start - match.end(), _PRIORITY.get(name, 3), rank, name, match))
    candidates.sort(key=_ORDER)
    taken_end = -1
    last_day: _dt.date | None = None
    last_paragraph: int | None = None
    folded = None
    for start, _neg, _p, _rank, name, match in candidates:
        if start < taken_end:
            # "this coming Sunday, March 9": the weekday went to "coming Sunday"; the date
            # after it is still read, without its weekday (the weekday check joins them)
            if name in _CALENDAR and match.end() > taken_end and _weekday_end(match) is not None \
                    and _weekday_end(match) <= taken_end:
                folded = folded if folded is not None else fold_text(prose)
                match = _date_after(pats, name, folded, _weekday_end(match), match.end())
                if match is None:
                    continue
                start = match.start()
            else:
                continue
        span = Span(start, match.end())
        if ages and name in _AGE_LIKE and any(span.overlaps(a) for a in ages):
            continue
        paragraph = document.paragraph_index(start)
        if paragraph != last_paragraph:
            last_day, last_paragraph = None, paragraph
        try:
            fact = read_match(name, match, span, document, pats, last_day)
        except (OverflowError, ValueError):  # arithmetic past year 1 or 9999: not a usable date
            fact = None
        if fact is None:
            continue
        taken_end = span.end
        if fact.date is not None and fact.form not in ("clock", "clock_named"):
            last_day = fact.date
        yield fact


_CALENDAR = frozenset(("dmy", "mdy"))
_SEPARATOR = pattern_cache.compile(r"[\s,]*")


def _weekday_end(match: Any) -> int | None:
    try:
        return match.end("wd") if match.group("wd") else None
    except IndexError:
        return None


def _date_after(pats: Any, name: str, folded: str, weekday_end: int, end: int) -> Any:
    """The same date pattern matched again right after its weekday, or None."""
    pattern = dict(pats.patterns)[name]
    position = _SEPARATOR.match(folded, weekday_end).end()
    found = pattern.match(folded, position)
    return found if found is not None and found.end() == end else None


def days_named(facts: Iterable[TimeExpression]) -> tuple[TimeExpression, ...]:
    """The facts that name one calendar day (resolved), in text order."""
    return tuple(f for f in facts if f.date is not None and f.form != "clock")
