"""Year-less dates told "that year": "The dam failed in March 2009. Later that year, in
February, ..."; "Plus tard cette année-là, en février, ...". Alone, February takes the year
publication or tense gives it; after a ``same_year_cues`` phrase in its sentence it is in
the year of the last date written with its year before it (``year_basis`` "same year as
the date told before"). "cette année-là" itself is that year, not the year the story
runs (a ``demonstrative_suffixes`` "-là" after "this year" points back).
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
from typing import TYPE_CHECKING, Any, Sequence

from ...speedups import pattern_cache
from ...locales import Locale
from . import _values as tv
from ._fact import TimeExpression
from ._patterns import alternation, word_pattern

if TYPE_CHECKING:
    from ...document import Document

BASIS = "the year told before"
_WRITTEN = ("date", "month_year", "year")


@functools.lru_cache(maxsize=32)
def _back_suffix(path: str, locale: Locale) -> Any:
    """The "-là" of "cette année-là": the last of ``demonstrative_suffixes``, the one that
    points away from the present."""
    suffixes = locale.words("time", "demonstrative_suffixes")
    return pattern_cache.compile(alternation(suffixes[-1:])) if suffixes else None


def anchor(facts: Sequence[TimeExpression], document: "Document", locale: Locale) -> list[TimeExpression]:
    """``facts`` with the year-less dates told "that year" moved to the year told before."""
    cues = word_pattern(locale.words("time", "same_year_cues"))
    if cues is None:
        return list(facts)
    out = list(facts)
    prose = document.prose
    year: int | None = None
    for index, fact in enumerate(out):
        if fact.year_given and fact.year is not None and fact.form in _WRITTEN:
            year = fact.year
            continue
        if year is None:
            continue
        moved = _that_year(fact, year, prose, locale) or _told_that_year(fact, year, document, cues)
        if moved is not None:
            out[index] = moved
    return out


def _that_year(fact: TimeExpression, year: int, prose: str, locale: Locale) -> TimeExpression | None:
    """"cette année-là" read as the year told before."""
    suffix = _back_suffix(locale.path, locale)
    if fact.form != "rel_unit" or fact.unit != "Y" or suffix is None \
            or not suffix.match(prose, fact.span.end):
        return None
    return dataclasses.replace(fact, value=f"{year:04d}", relative=True, year_basis=BASIS)


def _told_that_year(fact: TimeExpression, year: int, document: "Document", cues: Any) -> TimeExpression | None:
    """A year-less month or day after a "that year" phrase of its sentence, in ``year``."""
    if not (fact.form == "month" or fact.form == "date" and not fact.year_given) or fact.month is None:
        return None
    sentence = document.sentence_index(fact.span.start)
    if sentence is None or not cues.search(document.prose, document.sentences[sentence].start, fact.span.start):
        return None
    if fact.form == "month":
        return dataclasses.replace(fact, year=year, value=tv.date_value(year, fact.month, None), year_basis=BASIS)
    if fact.day is None or not tv.valid_day(year, fact.month, fact.day) or fact.date is None:
        return None
    return dataclasses.replace(fact, year=year, date=_dt.date(year, fact.month, fact.day),
                               value=tv.date_value(year, fact.month, fact.day) + fact.value[10:],
                               year_basis=BASIS)
