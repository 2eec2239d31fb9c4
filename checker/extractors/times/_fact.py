"""The fact the ``times`` extractor produces (kept apart so the readers can build it)."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...spans import Span

if TYPE_CHECKING:
    from ...document import Document


@dataclass(frozen=True)
class TimeExpression:
    """One time expression.

    Args:
        span: where it is.
        timex_type: DATE, TIME, DURATION or SET.
        value: TIMEX3 value (``2024-03-05``, ``2024-W10``, ``P3D``, ``PAST_REF``...).
        form: which pattern read it (``dmy``, ``weekday``, ``dayword``, ``year``...).
        year / month / day: the calendar fields the text states (day may be impossible).
        weekday: the weekday the text names (Monday=0), if any.
        year_given: the year is written, not inferred.
        valid: False for a calendar date that does not exist ("June 31").
        date: the day it names, once resolved.
        relative: the value depends on the publication date.
        direction: "later"/"earlier" for "three days later", "ago", or None.
        amount / unit: the count and unit code of durations and shifts.
        year_basis: why a day or month has the year it has, when the text does not write
            it: "publication date" (the nearest occurrence), "last/next word" ("dernier",
            "next"), "past tense" (a past event is not after publication), "future tense",
            "range" (the other end of "from ... to ...").
    """

    span: Span
    timex_type: str
    value: str
    form: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    year_given: bool = False
    valid: bool = True
    date: _dt.date | None = None
    relative: bool = False
    direction: str | None = None
    amount: float | None = None
    unit: str | None = None
    year_basis: str | None = None

    def __init__(self, span: Span, timex_type: str, value: str, form: str,
                 year: int | None = None, month: int | None = None, day: int | None = None,
                 weekday: int | None = None, year_given: bool = False, valid: bool = True,
                 date: _dt.date | None = None, relative: bool = False,
                 direction: str | None = None, amount: float | None = None,
                 unit: str | None = None, year_basis: str | None = None) -> None:
        # What the generated __init__ of a frozen dataclass does (fields in order), in one
        # dict update instead of an object.__setattr__ per field: ~2.6 -> ~1.1 us a fact.
        # tests/test_times.py holds the signature and the result to the generated one.
        self.__dict__.update(span=span, timex_type=timex_type, value=value, form=form,
                             year=year, month=month, day=day, weekday=weekday,
                             year_given=year_given, valid=valid, date=date,
                             relative=relative, direction=direction, amount=amount, unit=unit,
                             year_basis=year_basis)

    def to_json(self, document: "Document") -> dict[str, Any]:
        out: dict[str, Any] = {"type": "time", "offset": self.span.start,
                               "length": self.span.length,
                               "text": document.text[self.span.start:self.span.end],
                               "timex_type": self.timex_type, "value": self.value,
                               "form": self.form}
        if self.date is not None:
            out["date"] = self.date.isoformat()
        if not self.valid:
            out["valid"] = False
        if self.year_basis is not None:
            out["year_basis"] = self.year_basis
        return out
