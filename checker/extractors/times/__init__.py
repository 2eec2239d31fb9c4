"""Times: every date, time and duration, with the year it was given and why.

The family's public face: ``Facts`` calls ``extract``, and checks import what they
need from here, never from the family's private modules.
"""
from __future__ import annotations

from ._patterns import alternation, cue_pattern, date_forms, fold_text, word_pattern
from ._meridiem import NEAR, distance, part_hours, part_words
from ._readers import day_number
from ._tense import FUTURE, PAST, clause, past_form, tense
from ._values import days_in_month, nearest_year, shift, valid_day
from ._extract import extract

__all__ = ["FUTURE", "NEAR", "PAST", "alternation", "clause", "cue_pattern", "date_forms", "day_number",
           "days_in_month", "distance", "extract", "fold_text", "nearest_year", "part_hours", "part_words", "past_form", "shift", "tense",
           "valid_day", "word_pattern"]
