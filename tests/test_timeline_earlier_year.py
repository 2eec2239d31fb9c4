"""A year-less date told right after a date of an earlier year (issue 15): in a story dated
31 August 2024, "On August 31, 1944, ... Three weeks later, on September 21, the first
council met" tells 21 September 1944, not a past event after publication; alone, or after a
date of the publication's year, "met on September 21" still is one. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

CASES = [
    ("en", "On August 31, 1944, American tanks entered the town.\n\nThree weeks later, on September 21, "
           "the first council met.", False),
    ("en", "The council met on September 21 to vote on the plan.", True),
    ("en", "The plan was drafted in 2024. The council approved it on September 21.", True),
    ("fr", "Le 31 août 1944, une colonne américaine était entrée dans le bourg.\n\nTrois semaines plus "
           "tard, le 21 septembre, le premier conseil municipal s'est réuni.", False),
    ("fr", "Le conseil municipal s'est réuni le 21 septembre pour voter le projet.", True),
    ("fr", "Le projet a été rédigé en 2024. Le conseil l'a adopté le 21 septembre.", True),
    # a bare year of an earlier year dates its own fact only: the next day-date is the story's
    ("en", "The town bought the old station in 2021. The first patients were seen on September 21.", True),
    ("fr", "La commune a racheté l'ancienne gare en 2021. Les premières consultations ont eu lieu le "
           "21 septembre.", True),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_a_year_less_date_after_an_earlier_year(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-08-31"), "timeline.after-publication")) == fires
