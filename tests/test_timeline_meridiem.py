"""A 12-hour clock time takes the half of the day its part-of-day word gives it (issue 15):
"3:30 on a Tuesday afternoon" is 15:30, not a morning time outside its afternoon; a
zero-padded 24-hour time that contradicts its part of the day is still caught.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story
from test_times import times


CASES = [
    # lang, body, clock, value, fires
    ("en", "The rota puts a driver beside every pupil at 3:30 on a Friday afternoon, she said.",
     "3:30", "T15:30", False),
    ("en", "The last ferry leaves at 7:15 in the evening from the east pier.", "7:15", "T19:15", False),
    ("en", "Volunteers met at 9:45 this morning outside the depot.", "9:45", "T09:45", False),
    ("en", "The alarm sounded at 3:30 in the morning, neighbours said.", "3:30", "T03:30", False),
    ("en", "The last ferry leaves at 09:30 in the evening from the east pier.", "09:30", "T09:30", True),
    ("en", "This morning, at 15:30, the ferry left.", "15:30", "T15:30", True),
    ("fr", "Le dernier bac part à 3 h 30 de l'après-midi depuis la jetée.", "3 h 30 de l'après-midi",
     "T15:30", False),
    ("fr", "Le dernier bac part jeudi après-midi à 4 h 15 depuis la jetée.", "4 h 15", "T16:15", False),
    ("fr", "Les bénévoles se retrouvent ce soir à 8 h devant le dépôt.", "8 h", "T20:00", False),
    ("fr", "Les bénévoles se retrouvent ce matin à 9 h 45 devant le dépôt.", "9 h 45", "T09:45", False),
    ("fr", "Les bénévoles se retrouvent ce soir à 09 h 30 devant le dépôt.", "09 h 30", "T09:30", True),
    ("fr", "Ce matin, vers 15 h 30, le bac est parti.", "15 h 30", "T15:30", True),
]


@pytest.mark.parametrize("lang,body,clock,value,fires", CASES)
def test_a_twelve_hour_clock_takes_the_half_of_its_part_of_day(lang, body, clock, value, fires):
    found, _, _ = times(body, lang)
    assert found[clock].value.endswith(value)
    assert bool(fired(story(lang, body, "2024-05-02"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,clock,value", [
    # no part of the day beside it: the clock keeps the hour written
    ("en", "The council meets at 7:30 in the town hall.", "7:30", "T07:30"),
    ("fr", "Le conseil se réunit à 7 h 30 à la mairie.", "7 h 30", "T07:30"),
    # a part of the day too far away in the sentence does not reach it
    ("en", "In the evening the crews, tired after a long shift on the coastal road, had left at 7:30.",
     "7:30", "T07:30"),
])
def test_a_clock_without_part_of_day_keeps_its_hour(lang, body, clock, value):
    found, _, _ = times(body, lang)
    assert found[clock].value.endswith(value)
