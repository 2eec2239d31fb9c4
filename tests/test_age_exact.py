"""An age told at a death the story dates, against a birth it gives to the day, is one age,
not the two a bare birth year allows (issue 15): born April 9, 1938, he was 87 on
14 November 2025, not 86. The subject after a birth clause that names a place down to its
country ("Born ..., in Ostend, Belgium, Brindle came ...") is the person, not the country;
an age told in the sentence before the birth's keeps its own tense. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story


def _en(birth: str, age: int) -> str:
    return ("Walter Brindle, who kept the ironmonger's on Quay Street for half a century, died Friday, "
            f"Nov. 14, at his home. He was {age}.\n\nBorn {birth}, in Ostend, Belgium, Brindle came to "
            "England as a boy and grew up above his aunt's bakery.")


def _fr(birth: str, age: int) -> str:
    return ("Walter Brindle, qui a tenu la quincaillerie de la rue du Quai pendant cinquante ans, est mort "
            f"le vendredi 14 novembre. Il avait {age} ans.\n\nNé le {birth} à Ostende, en Belgique, Walter "
            "Brindle est arrivé en France enfant.")


CASES = [
    # the birthday had passed by the death: one age only
    ("en", _en("April 9, 1938", 86), True),
    ("en", _en("April 9, 1938", 87), False),
    ("fr", _fr("9 avril 1938", 86), True),
    ("fr", _fr("9 avril 1938", 87), False),
    # it had not: the other one
    ("en", _en("Dec. 9, 1938", 86), False),
    ("en", _en("Dec. 9, 1938", 87), True),
    ("fr", _fr("9 décembre 1938", 86), False),
    ("fr", _fr("9 décembre 1938", 87), True),
    # both days in one sentence
    ("fr", "Née le 3 mars 1950, Jeanne Morel est morte le 10 juin 2025, à 74 ans.", True),
    ("fr", "Née le 3 mars 1950, Jeanne Morel est morte le 10 juin 2025, à 75 ans.", False),
    ("en", "Born March 3, 1950, Jean Morel died on June 10, 2025, at the age of 74.", True),
    ("en", "Born March 3, 1950, Jean Morel died on June 10, 2025, at the age of 75.", False),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_an_age_at_a_dated_death_is_exact_against_a_full_birth_date(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-11-20"), "timeline.age-mismatch")) == fires


def test_the_message_names_the_death_it_counts_at():
    found = fired(story("en", _en("April 9, 1938", 86), "2025-11-20"), "timeline.age-mismatch")
    assert "death" in found[0].message and "87" in found[0].message


@pytest.mark.parametrize("lang,body,fires", [
    # English writes the age at a death with "at" and a bare number
    ("en", "Born March 3, 1950, Jean Morel died on June 10, 2025, at 74.", True),
    ("en", "Born March 3, 1950, Jean Morel died on June 10, 2025, at 75.", False),
    ("en", "Jean Morel, the former harbourmaster, died at 64 of a stroke. Morel was born in Leeds in 1950.", True),
    ("en", "Jean Morel, the former harbourmaster, died at 75 of a stroke. Morel was born in Leeds in 1950.", False),
    # a clock time or a street number after "died at" is no age
    ("en", "Jean Morel died at 7 p.m. on Monday. Morel was born in Leeds in 1950.", False),
    ("en", "Jean Morel died at 74 Quay Street. Morel was born in Leeds in 1950.", False),
    ("fr", "Née le 3 mars 1950, Jeanne Morel est morte le 10 juin 2025, à 74 ans.", True),
    ("fr", "Jeanne Morel est morte à 64 ans d'un malaise. Jeanne Morel était née à Lille en 1950.", True),
])
def test_an_age_at_a_death_told_with_a_bare_number(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-06-14"), "timeline.age-mismatch")) == fires
