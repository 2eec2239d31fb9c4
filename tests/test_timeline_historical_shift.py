"""A count of time from a date written with its year, to a year-less date (issue 15): "On
August 31, 1944, ... Three weeks later, on September 21" puts the 21st in 1944, whatever year
publication gives it alone; the count is held against that year (three weeks from 31
August is about 21 September, not the 9th). Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

CASES = [
    ("en", "On August 31, 1944, American tanks entered the town.\n\nThree weeks later, on September 21, "
           "the first council met.", False),
    ("en", "On August 31, 1944, American tanks entered the town.\n\nThree weeks later, on September 9, "
           "the first council met.", True),
    ("en", "On December 20, 1944, American tanks entered the town.\n\nThree weeks later, on January 10, "
           "the first council met.", False),
    ("fr", "Le 31 août 1944, une colonne américaine était entrée dans le bourg.\n\nTrois semaines plus "
           "tard, le 21 septembre, le premier conseil municipal s'est réuni.", False),
    ("fr", "Le 31 août 1944, une colonne américaine était entrée dans le bourg.\n\nTrois semaines plus "
           "tard, le 9 septembre, le premier conseil municipal s'est réuni.", True),
    ("fr", "Le 20 décembre 1944, une colonne américaine était entrée dans le bourg.\n\nTrois semaines "
           "plus tard, le 28 janvier, le premier conseil municipal s'est réuni.", True),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_a_year_less_date_a_count_leads_to_takes_its_anchor_year(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-10-31"), "timeline.order")) == fires
