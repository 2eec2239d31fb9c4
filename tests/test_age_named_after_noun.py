"""An age whose noun is followed by a name (issue 15): "The 17-year-old junior Maria Alvarez
pinned ...", « La lutteuse de 17 ans Maria Alvarez a remporté ... ». The name written right
after the age's noun phrase is whose age it is, so a birth the story gives that name
elsewhere is checked against it; in French any noun after a determiner makes an age then
(« la lutteuse de 17 ans »), not only the locale's nouns for people. A name after a
preposition ("a 17-year-old from Leeds") is a place, and a noun with no name after it (« un
tracteur de 30 ans ») is no person. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

FEB = "2026-02-23"


def _en(age: int, born: str) -> str:
    return (f"The {age}-year-old junior Maria Alvarez pinned her rival on Saturday to win the county "
            f"title.\n\nBorn in March 2009 in Hersham, {born} started wrestling at the age of nine.")


def _fr(age: int, born: str) -> str:
    return (f"La lutteuse de {age} ans Maria Alvarez a remporté samedi le titre départemental.\n\n"
            f"Née en mars 2009 à Lyon, {born} a commencé la lutte à neuf ans.")


CASES = [
    ("en", _en(17, "Alvarez"), True),
    ("en", _en(16, "Alvarez"), False),
    ("en", _en(17, "her coach Tom Alvarez"), False),   # another given name: another person
    ("en", _en(17, "Perrin"), False),
    ("en", "Coach Dan Reyes praised the 17-year-old junior Maria Alvarez after the final.\n\n"
           "Born in March 2009 in Hersham, Alvarez started wrestling at nine.", True),
    ("en", "Coach Dan Reyes praised the 17-year-old junior Maria Alvarez after the final.\n\n"
           "Born in March 2009 in Hersham, Reyes started wrestling at nine.", False),
    ("en", "A 17-year-old Hersham girl pinned her rival on Saturday.\n\n"
           "Born in March 2009 in Leeds, Hersham started wrestling at nine.", False),
    ("en", "The 17-year-old from Hersham pinned her rival on Saturday.\n\n"
           "Born in March 2009 in Leeds, Hersham started wrestling at nine.", False),
    ("fr", _fr(17, "Alvarez"), True),
    ("fr", _fr(16, "Alvarez"), False),
    ("fr", _fr(17, "Perrin"), False),
    ("fr", "Née en mars 2009, la lutteuse de 17 ans Maria Alvarez a remporté samedi le titre.", True),
    ("fr", "Née en mars 2009, la lutteuse de 16 ans Maria Alvarez a remporté samedi le titre.", False),
    ("fr", "Né en 1990, il conduit chaque matin un tracteur de 30 ans.", False),
    ("fr", "Né en 1990, il a signé un contrat de 30 ans avec la ville.", False),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_a_name_after_the_age_noun_holds_the_age(lang, body, fires):
    assert bool(fired(story(lang, body, FEB), "timeline.age-mismatch")) == fires
