"""A range of two times of day that runs backwards: the night, not a disorder.

"between 11pm and 5am", « de 22 h à 6 h », « entre minuit et 5 h »: with no date written
in the range, a clock that ends earlier than it starts has crossed midnight. Midnight
opening a range is the day's first moment (00:00), not its last (the TIMEX3 value
"T24:00" a lone "midnight" takes). Only a range told in one day explicitly ("from 5pm
to 3pm the same day", « le même jour »; locale ``time.same_day``) can end before it
starts.
"""
from __future__ import annotations

from typing import Any

from ._timeline import followed_by

_CLOCKS = ("clock", "clock_named")


def crosses_midnight(document: Any, facts: Any, start: Any, end: Any) -> bool:
    """Whether the clock range ``start`` .. ``end`` (adjacent, joined by a "to" word) may
    run through the night, so its end's being earlier is no contradiction."""
    if start.form not in _CLOCKS or end.form not in _CLOCKS:
        return False
    if start.value.endswith("T24:00"):
        return True   # « entre minuit et 5 h »: midnight opens the day
    return followed_by(document, facts, "same_day", end.span.end) is None
