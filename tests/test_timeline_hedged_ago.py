"""A hedged count of years ago still bounds the year written beside it (issue 15): "more
than thirty years ago, in 1998" in a story of 2026 is wrong (28 years), « il y a près de
trente ans, en 1997 » is right (29). The hedge stays outside the expression's TIMEX3
extent in English ("nearly | a decade ago"). Sentences written for these tests; stories
dated 2026-09-03."""
from __future__ import annotations

import datetime as dt

import pytest

from test_timeline import fired, story
from test_times import times

CASES = [
    ("en", "The ring road was first mooted more than thirty years ago, in 1998.", True),
    ("en", "The ring road was first mooted nearly thirty years ago, in 1997.", False),
    ("en", "The ring road was first mooted more than 25 years ago, in 1998.", False),
    ("en", "The ring road was first mooted nearly thirty years ago, in 2012.", True),
    ("en", "The ring road was first mooted less than ten years ago, in 2001.", True),
    ("en", "The ring road was first mooted about thirty years ago, in 1995.", False),
    ("fr", "Le contournement a été évoqué pour la première fois il y a plus de trente ans, en 1998.", True),
    ("fr", "Le contournement a été évoqué pour la première fois il y a près de trente ans, en 1997.", False),
    ("fr", "Le contournement a été évoqué pour la première fois il y a plus de vingt-cinq ans, en 1998.", False),
    ("fr", "Le contournement a été évoqué pour la première fois il y a près de trente ans, en 2012.", True),
    ("fr", "Le contournement a été évoqué il y a moins de dix ans, en 2001.", True),
    ("fr", "Le contournement a été évoqué il y a environ trente ans, en 1995.", False),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_a_hedged_count_of_years_ago_bounds_its_year(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-09-03"), "timeline.after-publication")) == fires


@pytest.mark.parametrize("lang,body,text,value", [
    ("en", "The depot shut nearly a decade ago.", "a decade ago", None),
    ("en", "The depot shut more than thirty years ago.", "thirty years ago", "1996"),
    ("fr", "Le dépôt a fermé il y a plus de trente ans.", "il y a plus de trente ans", "1996"),
])
def test_a_hedged_count_keeps_its_hedge_outside_in_english(lang, body, text, value):
    found, _, _ = times(body, lang, dt.date(2026, 9, 3))
    assert text in found
    assert found[text].form == "ago_hedged"
    if value:
        assert found[text].value == value


@pytest.mark.parametrize("lang,body,fires", [
    # the year first, then the hedged count
    ("en", "In 1998, more than thirty years ago, the ring road was first mooted.", True),
    ("en", "In 1994, more than thirty years ago, the ring road was first mooted.", False),
    ("fr", "En 1998, il y a plus de trente ans, le contournement a été évoqué.", True),
    ("fr", "En 1994, il y a plus de trente ans, le contournement a été évoqué.", False),
    # the hedged count against the year the story gives the same event elsewhere
    ("en", "The ring road was first mooted more than thirty years ago. The 1998 ring road plan had two lanes.", True),
    ("en", "The ring road was first mooted more than thirty years ago. The 1992 ring road plan had two lanes.", False),
    ("fr", "Le contournement a été évoqué il y a plus de trente ans. Le contournement de 1998 prévoyait deux voies.", True),
    ("fr", "Le contournement a été évoqué il y a plus de trente ans. Le contournement de 1992 prévoyait deux voies.", False),
])
def test_a_hedged_count_against_a_year_told_before_or_elsewhere(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-09-03"), "timeline.after-publication")) == fires
