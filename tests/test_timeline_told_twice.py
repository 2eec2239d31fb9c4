"""One event told by its verb on two days (issue 15): "The Town Council voted 5-2 on Monday
night" in the lead of a story dated Wednesday, then "Council member Ann Lowry, who voted
against the plan yesterday": yesterday is Tuesday, the vote was Monday. Quiet when the days
agree, when the story tells the event a third time or to come ("will vote again on
Thursday"), when it says the event came again, and when the later vote is another body's.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

WEDNESDAY = "2025-05-21"   # yesterday is Tuesday 20 May

EN_LEAD = "The Town Council voted 5-2 on {day} night to build a new fire station on Elm Road."
FR_LEAD = "Le conseil municipal a voté {day} soir la construction d'une nouvelle caserne de pompiers."


def _en(day: str, later: str) -> str:
    return EN_LEAD.format(day=day) + "\n\nThe station will cost $4 million, officials said.\n\n" + later


def _fr(day: str, later: str) -> str:
    return FR_LEAD.format(day=day) + "\n\nLa caserne coûtera 4 millions d'euros, selon la mairie.\n\n" + later


EN_MEMBER = "Council member Ann Lowry, who voted against the plan yesterday, said the town cannot afford it."
FR_MEMBER = "La conseillère Anne Loiseau, qui a voté contre hier, juge le projet trop cher."

CASES = [
    ("en", _en("Monday", EN_MEMBER), True),
    ("en", _en("Tuesday", EN_MEMBER), False),
    ("fr", _fr("lundi", FR_MEMBER), True),
    ("fr", _fr("mardi", FR_MEMBER), False),
    # a vote to come: another vote
    ("en", "The Town Council voted 5-2 on Monday to build a new fire station, and will vote again on "
           "Thursday on its budget.\n\n" + EN_MEMBER, False),
    ("fr", "Le conseil municipal a voté lundi la construction d'une caserne et votera de nouveau jeudi "
           "sur son budget.\n\n" + FR_MEMBER, False),
    # the event came again
    ("en", _en("Monday", "Council member Ann Lowry, who voted again yesterday in committee, said the town "
                         "cannot afford it."), False),
    ("fr", _fr("lundi", "La conseillère Anne Loiseau, qui a de nouveau voté hier en commission, juge le "
                        "projet trop cher."), False),
    # another body's vote, no person: another event
    ("en", _en("Monday", "The planning board voted yesterday to approve the site."), False),
    ("fr", _fr("lundi", "La commission d'urbanisme a voté hier un avis favorable."), False),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_one_event_told_by_its_verb_on_two_days(lang, body, fires):
    assert bool(fired(story(lang, body, WEDNESDAY), "timeline.after-publication")) == fires
