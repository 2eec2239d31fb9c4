"""A hearing told on two days (issue 15): « Trois chasseurs ont comparu hier » in a story of
Thursday 16 January, then « l'audience du mardi 14 janvier »: appearing in court and the
hearing are one event (``time.event_verbs``: the verbs that tell an event a noun names), so
one of the two days is wrong. Quiet when the story tells two hearings, when the days agree,
and when the verb tells something else ("appeared on television"). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

THURSDAY = "2025-01-16"   # yesterday is Wednesday 15 January

CASES = [
    ("en", "Three hunters appeared in court yesterday for shooting a wolf.\n\nThe court, which ruled "
           "at the end of the hearing on Tuesday, January 14, fined them 2,000 euros.", True),
    ("en", "Three hunters appeared in court yesterday for shooting a wolf.\n\nThe court, which ruled "
           "at the end of the hearing on Wednesday, January 15, fined them 2,000 euros.", False),
    ("en", "Three hunters appeared in court yesterday for shooting a wolf.\n\nA first hearing on "
           "December 3 was adjourned. The court, which ruled at the end of the hearing on Tuesday, "
           "January 14, fined them 2,000 euros.", False),
    ("en", "Three hunters appeared on television yesterday to defend the shooting of a wolf.\n\n"
           "The court, which ruled at the end of the hearing on Tuesday, January 14, fined them.", False),
    ("fr", "Trois chasseurs ont comparu hier devant le tribunal correctionnel pour avoir abattu un "
           "loup.\n\nLe tribunal, qui a statué à l'issue de l'audience du mardi 14 janvier, les a "
           "condamnés à 2000 euros d'amende.", True),
    ("fr", "Trois chasseurs ont comparu hier devant le tribunal correctionnel pour avoir abattu un "
           "loup.\n\nLe tribunal, qui a statué à l'issue de l'audience du mercredi 15 janvier, les a "
           "condamnés à 2000 euros d'amende.", False),
    ("fr", "Trois chasseurs ont comparu hier devant le tribunal correctionnel pour avoir abattu un "
           "loup.\n\nUne première audience, le 3 décembre, avait été renvoyée. Le tribunal, qui a statué "
           "à l'issue de l'audience du mardi 14 janvier, les a condamnés.", False),
    ("fr", "Trois chasseurs sont apparus hier à la télévision pour défendre leur tir.\n\nLe tribunal, "
           "qui a statué à l'issue de l'audience du mardi 14 janvier, les a condamnés.", False),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_appearing_in_court_and_the_hearing_are_one_event(lang, body, fires):
    assert bool(fired(story(lang, body, THURSDAY), "timeline.after-publication")) == fires
