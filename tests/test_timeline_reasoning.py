"""The timeline reasoned over the story's own dates (issue 15): relative expressions
against the date written beside them, past events after publication, year-less dates in
ranges, ages against birth years and anniversaries. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story


RELATIVE = [
    # lang, body, date, fires
    ("en", "Yesterday, May 9, the harbour board met to set the fees.", "2023-05-12", True),
    ("en", "Yesterday, May 11, the harbour board met to set the fees.", "2023-05-12", False),
    ("en", "The ferry sails tomorrow (May 20) from the north quay.", "2023-05-12", True),
    ("en", "The ferry sails tomorrow (May 13) from the north quay.", "2023-05-12", False),
    ("en", "Thirty years ago, in 1975, the mill closed its doors.", "2012-06-01", True),
    ("en", "Thirty years ago, in 1982, the mill closed its doors.", "2012-06-01", False),
    ("fr", "Le marché a rouvert hier, le 3 mars, après les travaux.", "2024-03-06", True),
    ("fr", "Le marché a rouvert hier, le 5 mars, après les travaux.", "2024-03-06", False),
    ("fr", "La course partira demain (22 août) du vieux port.", "2024-08-20", True),
    ("fr", "La course partira demain (21 août) du vieux port.", "2024-08-20", False),
    ("fr", "Il y a trente ans, en 1975, la filature fermait.", "2012-06-01", True),
    ("fr", "Il y a trente ans, en 1982, la filature fermait.", "2012-06-01", False),
]


@pytest.mark.parametrize("lang,body,date,fires", RELATIVE)
def test_relative_against_the_date_beside_it(lang, body, date, fires):
    assert bool(fired(story(lang, body, date), "timeline.after-publication")) == fires


PAST_AFTER = [
    ("en", "The suspect was arrested on April 14, 2024, near the port.", "2024-04-11", True),
    ("en", "The suspect was arrested on April 14 near the port.", "2024-04-11", True),
    ("en", "The suspect was arrested on April 9 near the port.", "2024-04-11", False),
    ("en", "The suspect will appear in court on April 14.", "2024-04-11", False),
    ("en", "Lawyers said the deal could be signed on April 14.", "2024-04-11", False),
    ("en", "The deadline was extended until April 14.", "2024-04-11", False),
    ("en", "The hearing has been scheduled for April 14.", "2024-04-11", False),
    ("fr", "Le suspect a été arrêté le 14 avril près du port.", "2024-04-11", True),
    ("fr", "L'accord avait été signé le 14 avril 2024 à Lyon.", "2024-04-11", True),
    ("fr", "L'accord avait été signé le 9 avril à Lyon.", "2024-04-11", False),
    ("fr", "Le ministre est attendu à Lyon le 14 avril prochain.", "2024-04-11", False),
    ("fr", "L'accord pourrait être signé le 14 avril.", "2024-04-11", False),
    ("fr", "La réunion a lieu le 14 avril à Lyon.", "2024-04-11", False),
]


@pytest.mark.parametrize("lang,body,date,fires", PAST_AFTER)
def test_past_event_after_publication(lang, body, date, fires):
    assert bool(fired(story(lang, body, date), "timeline.after-publication")) == fires
