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

LEDE = [
    # lang, body, fires (story of 2024-09-19)
    ("en", "A 41-year-old Brackley man was sentenced Wednesday to six years in prison for arson.\n\n"
           "Warren Tolliver set fire to a barn in March, prosecutors said.\n\n"
           "Born in 1979 in Brackley, Tolliver had no prior record.", True),
    ("en", "A 45-year-old Brackley man was sentenced Wednesday to six years in prison for arson.\n\n"
           "Warren Tolliver set fire to a barn in March, prosecutors said.\n\n"
           "Born in 1979 in Brackley, Tolliver had no prior record.", False),
    ("fr", "Un homme de 41 ans a été condamné mercredi à six ans de prison pour incendie.\n\n"
           "Warren Tolliver avait mis le feu à une grange en mars, selon le parquet.\n\n"
           "Né en 1979 à Brackley, Tolliver n'avait pas d'antécédents.", True),
    ("fr", "Un homme de 45 ans a été condamné mercredi à six ans de prison pour incendie.\n\n"
           "Warren Tolliver avait mis le feu à une grange en mars, selon le parquet.\n\n"
           "Né en 1979 à Brackley, Tolliver n'avait pas d'antécédents.", False),
    # a courtesy title before the name is still the subject; an office is someone else
    ("en", "A 41-year-old Brackley man was sentenced Wednesday to six years in prison for arson.\n\n"
           "Mr Warren Tolliver set fire to a barn in March, prosecutors said.\n\n"
           "Born in 1979 in Brackley, Tolliver had no prior record.", True),
    ("fr", "Un homme de 41 ans a été condamné mercredi à six ans de prison pour incendie.\n\n"
           "M. Warren Tolliver avait mis le feu à une grange en mars, selon le parquet.\n\n"
           "Né en 1979 à Brackley, Warren Tolliver n'avait pas d'antécédents.", True),
    ("en", "A 41-year-old Brackley man was sentenced Wednesday to six years in prison for arson.\n\n"
           "Judge Ruth Ellery said arson endangered lives.\n\n"
           "Born in 1979 in Brackley, Ellery has sat on the bench since 2015.", False),
    ("fr", "Un homme de 41 ans a été condamné mercredi à six ans de prison pour incendie.\n\n"
           "La juge Ruth Ellery a rappelé que les incendies mettent des vies en danger.\n\n"
           "Née en 1979 à Brackley, Ruth Ellery siège depuis 2015.", False),
    # against an age the story tells later
    ("en", "A 41-year-old Brackley man was sentenced Wednesday to six years in prison for arson.\n\n"
           "Warren Tolliver set fire to a barn in March, prosecutors said.\n\n"
           "Tolliver, 45, had no prior record.", True),
    ("fr", "Un homme de 41 ans a été condamné mercredi à six ans de prison pour incendie.\n\n"
           "Warren Tolliver avait mis le feu à une grange en mars, selon le parquet.\n\n"
           "Tolliver, 45 ans, n'avait pas d'antécédents.", True),
    ("en", "A 41-year-old Brackley man was sentenced Wednesday to six years in prison for arson.\n\n"
           "Warren Tolliver set fire to a barn in March, prosecutors said.\n\n"
           "Tolliver, 41, had no prior record.", False),
    # two people in play: the age may be either's
    ("en", "A 41-year-old Brackley man was sentenced Wednesday to six years in prison for arson.\n\n"
           "Warren Tolliver and his cousin Dean Marsh set fire to a barn in March, prosecutors said.\n\n"
           "Born in 1979 in Brackley, Tolliver had no prior record.", False),
    ("en", "A 41-year-old Brackley man was sentenced Wednesday for the arson of Ruth Ellery's barn.\n\n"
           "Ruth Ellery said she was relieved.\n\n"
           "Born in 1979 in Brackley, Ellery had farmed there all her life.", False),
    ("en", "A 41-year-old Brackley man was sentenced Wednesday to six years in prison for arson.\n\n"
           "Judge Ruth Ellery told the man his crime had endangered lives.\n\n"
           "Born in 1979 in Brackley, Ellery has sat on the bench since 2015.", False),
    ("fr", "Un homme de 41 ans a été condamné mercredi à six ans de prison pour incendie.\n\n"
           "Warren Tolliver et son cousin Dean Marsh avaient mis le feu à une grange en mars.\n\n"
           "Né en 1979 à Brackley, Tolliver n'avait pas d'antécédents.", False),
    ("fr", "Un homme de 41 ans a été condamné mercredi à six ans de prison pour incendie.\n\n"
           "La juge Ruth Ellery a rappelé à l'homme que son geste avait mis des vies en danger.\n\n"
           "Née en 1979 à Brackley, Ruth Ellery siège depuis 2015.", False),
]


@pytest.mark.parametrize("lang,body,fires", EVENT)
def test_an_age_at_an_undated_event_is_not_the_age_now(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-05-12"), "timeline.age-mismatch")) == fires


@pytest.mark.parametrize("lang,body,fires", APPOSED)
def test_an_apposed_age_is_the_name_before_it(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-05-12"), "timeline.age-mismatch")) == fires


@pytest.mark.parametrize("lang,body,fires", LEDE)
def test_an_age_told_before_the_name_of_the_story_subject(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-09-19"), "timeline.age-mismatch")) == fires
