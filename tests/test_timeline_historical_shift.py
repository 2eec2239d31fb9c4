"""A count of time from a date written with its year, to a year-less date (issue 15): "On
August 31, 1944, ... Three weeks later, on September 21" puts the 21st in 1944, whatever year
publication gives it alone; the count is held against that year (three weeks from 31
August is about 21 September, not the 9th). A count after an event the story told earlier
counts from that event's date: "Trois semaines après l'arrivée des Américains, le 9
septembre" after « une colonne américaine était entrée dans le bourg » on 31 August 1944.
Sentences written for these tests."""
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


OBJECTS = [
    # a count after an event the story dated earlier, named by its noun and complement or
    # told by a clause: the event's arrival is told by entering (time.event_verbs)
    ("fr", "Le 31 août 1944, une colonne américaine était entrée dans le bourg.\n\nTrois semaines après "
           "l'arrivée des Américains, le 9 septembre, le premier conseil municipal s'est réuni.", True),
    ("fr", "Le 31 août 1944, une colonne américaine était entrée dans le bourg.\n\nTrois semaines après "
           "l'arrivée des Américains, le 21 septembre, le premier conseil municipal s'est réuni.", False),
    ("en", "On August 31, 1944, American tanks entered the town.\n\nThree weeks after the Americans "
           "arrived, on September 9, the first council met.", True),
    ("en", "On August 31, 1944, American tanks entered the town.\n\nThree weeks after the Americans "
           "arrived, on September 21, the first council met.", False),
    # two dates for the event: which one is meant is not known
    ("en", "On August 31, 1944, American tanks entered the town. On September 2, 1944, more troops "
           "entered the valley.\n\nThree weeks after the Americans arrived, on September 9, the first "
           "council met.", False),
    ("fr", "Le 31 août 1944, une colonne américaine était entrée dans le bourg. Le 2 septembre 1944, "
           "d'autres troupes sont entrées dans la vallée.\n\nTrois semaines après l'arrivée des Américains, "
           "le 9 septembre, le premier conseil municipal s'est réuni.", False),
    # the story never tells the event: nothing to count from
    ("en", "On August 31, 1944, the bridge was blown up.\n\nThree weeks after the Americans arrived, on "
           "September 9, the first council met.", False),
    ("fr", "Le 31 août 1944, le pont a sauté.\n\nTrois semaines après l'arrivée des Américains, le 9 "
           "septembre, le premier conseil municipal s'est réuni.", False),
]


@pytest.mark.parametrize("lang,body,fires", CASES + OBJECTS)
def test_a_count_from_an_event_told_earlier(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-10-31"), "timeline.order")) == fires
