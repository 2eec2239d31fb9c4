"""A range of two times of day that runs backwards: the night, not a disorder.

"between 11pm and 5am", « de 22 h à 6 h »: with no date written in the range, a clock
that ends earlier than it starts has crossed midnight (midnight opening a range, « entre
minuit et 5 h », is 00:00 already: extractors/times/_ranges.py). Only a range told in
one day explicitly ("from 5pm to 3pm the same day", « le même jour »; locale
``time.same_day``) can end before it starts. The same holds of a start and an end told by their verbs ("began at 11pm and
ended at 2am", « a commencé à 23 h et s'est terminée à 2 h ») and of an event and the
bound of its end (« fermée de 22 h jusqu'à 6 h »): an evening, then a morning, or a
clock far back, is the next day's (``may_be_next_day``), unless the day is said to be
the same.
"""
from __future__ import annotations

from typing import Any

from ._order_dates import may_be_next_day
from ._timeline import followed_by

_CLOCKS = ("clock", "clock_named")


def crosses_midnight(document: Any, facts: Any, start: Any, end: Any) -> bool:
    """Whether the clock range ``start`` .. ``end`` (adjacent, joined by a "to" word) may
    run through the night, so its end's being earlier is no contradiction."""
    if start.form not in _CLOCKS or end.form not in _CLOCKS:
        return False
    return followed_by(document, facts, "same_day", end.span.end) is None


def next_morning(document: Any, facts: Any, first: Any, second: Any, pair: Any) -> bool:
    """Whether ``second``, a clock time told after the clock time ``first`` but earlier on
    the clock (``pair``: their stretches), may be the next day's: across a night or far
    back, with no "the same day" after it."""
    if first.form not in _CLOCKS or second.form not in _CLOCKS:
        return False
    return may_be_next_day(first, pair) and followed_by(document, facts, "same_day", second.span.end) is None
