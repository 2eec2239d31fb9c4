"""Whose age, and at which moment (issue 15): an age at an undated event is not the age
now; an age set off after a name is that name's; an age told before the name of the
person a story is about is that person's. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

EVENT = [
    # lang, body, fires (story of 2025-05-12)
    ("fr", "La capitaine, Maëlle Corvisart, 29 ans, a marqué 18 points. Née en 1996 à Vellerey, "
           "elle a fait toutes ses classes au club, qu'elle a rejoint à l'âge de 9 ans.", False),
    ("fr", "Maëlle Corvisart est née en 1996. Elle rejoint le club à l'âge de 9 ans.", False),
    ("en", "The captain, Maelle Corvisart, 29, scored 18 points. Born in 1996 in Vellerey, she "
           "came through the ranks at the club, which she joined at the age of 9.", False),
    ("en", "Maelle Corvisart was born in 1996. She joins the club at the age of 9.", False),
    # an age at an event the story dates, or a death it reports, still counts
    ("en", "Tom Avrill died on Monday at the age of 64. Avrill was born in 1948 in Dunmore.", True),
    ("en", "Tom Avrill died on Monday at the age of 76. Avrill was born in 1948 in Dunmore.", False),
    ("en", "Tom Avrill has died at the age of 64. Avrill was born in 1948 in Dunmore.", True),
    ("fr", "Tom Avrill est mort lundi à l'âge de 64 ans. Tom Avrill était né en 1948 à Dunmore.", True),
    ("fr", "Tom Avrill est mort lundi à l'âge de 76 ans. Tom Avrill était né en 1948 à Dunmore.", False),
    ("fr", "Tom Avrill est mort à l'âge de 64 ans. Tom Avrill était né en 1948 à Dunmore.", True),
    # the clause says the moment is now
    ("en", "Tom Avrill was born in 1948. At the age of 64, he still runs the farm.", True),
    ("en", "Tom Avrill was born in 1948. At the age of 76, he still runs the farm.", False),
    ("fr", "Tom Avrill est né en 1948. À l'âge de 64 ans, il dirige toujours la ferme.", True),
    ("fr", "Tom Avrill est né en 1948. À l'âge de 76 ans, il dirige toujours la ferme.", False),
    # an age set off after the name is the age now, whatever its cue
    ("en", "Maelle Corvisart, age 20, was born in 1996.", True),
]

APPOSED = [
    ("fr", "La capitaine, Maëlle Corvisart, 29 ans, a marqué 18 points. Mme Corvisart a pu compter "
           "sur le renfort d'une jeune pousse : Anouk, 16 ans, entrée en jeu au troisième set.", False),
    ("en", "The captain, Maelle Corvisart, 29, scored 18 points. Corvisart brought on a youngster, "
           "Anouk, 16, in the third set.", False),
    # the name right before the age is the subject's own: still one person
    ("fr", "La capitaine, Maëlle Corvisart, 29 ans, a marqué 18 points. Sa coéquipière a salué "
           "Corvisart, 16 ans, à la fin du match.", True),
    ("en", "The captain, Maelle Corvisart, 29, scored 18 points. Her coach praised "
           "Corvisart, 16, after the game.", True),
]

@pytest.mark.parametrize("lang,body,fires", EVENT)
def test_an_age_at_an_undated_event_is_not_the_age_now(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-05-12"), "timeline.age-mismatch")) == fires


@pytest.mark.parametrize("lang,body,fires", APPOSED)
def test_an_apposed_age_is_the_name_before_it(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-05-12"), "timeline.age-mismatch")) == fires
