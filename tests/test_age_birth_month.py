"""An age against a birth the story gives to the month (issue 15): born in March 2009, a
person is 16 until March 2026, so "the 17-year-old" of a story dated 23 February 2026 is
wrong; in April she is 17. The window narrows to one age when the reference day falls in
another month than the birth's; in the birth's own month both ages stay possible. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

FEB = "2026-02-23"

CASES = [
    # en: the month of birth is after the story's month: one year less
    ("en", FEB, "Born in March 2009, the 17-year-old junior pinned her rival on Saturday.", True),
    ("en", FEB, "Born in March 2009, the 16-year-old junior pinned her rival on Saturday.", False),
    # before it: the birthday has passed
    ("en", FEB, "Born in January 2009, the 17-year-old junior pinned her rival on Saturday.", False),
    ("en", FEB, "Born in January 2009, the 16-year-old junior pinned her rival on Saturday.", True),
    # the same month: either age
    ("en", FEB, "Born in February 2009, the 17-year-old junior pinned her rival on Saturday.", False),
    ("en", FEB, "Born in February 2009, the 16-year-old junior pinned her rival on Saturday.", False),
    # a year only: either age
    ("en", FEB, "Born in 2009, the 17-year-old junior pinned her rival on Saturday.", False),
    ("fr", FEB, "Née en mars 2009, Maria Lopez, 17 ans, a remporté samedi le titre régional.", True),
    ("fr", FEB, "Née en mars 2009, Maria Lopez, 16 ans, a remporté samedi le titre régional.", False),
    ("fr", FEB, "Née en janvier 2009, Maria Lopez, 17 ans, a remporté samedi le titre régional.", False),
    ("fr", FEB, "Née en février 2009, Maria Lopez, 16 ans, a remporté samedi le titre régional.", False),
    ("fr", FEB, "Née en 2009, Maria Lopez, 17 ans, a remporté samedi le titre régional.", False),
    # an age at a month the story writes, the right one
    ("en", FEB, "Tom Reyes, born in March 1990, joined the board in May 2020 at the age of 30.", False),
    ("fr", FEB, "Tom Reyes, né en mars 1990, a rejoint le conseil en mai 2020 à l'âge de 30 ans.", False),
]


@pytest.mark.parametrize("lang,date,body,fires", CASES)
def test_a_birth_month_narrows_the_age(lang, date, body, fires):
    assert bool(fired(story(lang, body, date), "timeline.age-mismatch")) == fires
