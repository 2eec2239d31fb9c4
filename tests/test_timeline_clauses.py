"""Ages read clause by clause (issue 15): an age held to the year of its own clause and
its subject, and "il y a N ans" that is never an age. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story


@pytest.mark.parametrize("lang, body, fires", [
    # the age is at the year of its clause, not at publication
    ("en", "Born in Leeds on May 4, 1941, she trained as a nurse. She married Tom Hale, a "
           "teacher, in 1960, aged 22.", True),
    ("en", "Born in Leeds on May 4, 1941, she trained as a nurse. She married Tom Hale, a "
           "teacher, in 1960, aged 19.", False),
    ("en", "Tom Hale died in 1980, aged 28. Hale was born in 1940.", True),
    ("en", "Tom Hale died in 1980, aged 40. Hale was born in 1940.", False),
    ("fr", "Née le 4 mai 1941 à Lille, elle épouse en 1960, à 22 ans, un instituteur.", True),
    ("fr", "Née le 4 mai 1941 à Lille, elle épouse en 1960, à 19 ans, un instituteur.", False),
    ("fr", "Paul Hale meurt en 1980, âgé de 28 ans. Hale était né en 1940.", True),
    ("fr", "Paul Hale meurt en 1980, âgé de 40 ans. Hale était né en 1940.", False),
    # an age set off after a name is still the name's, as of publication
    ("en", "Tom Hale, aged 84, who joined the firm in 1960, was born in 1941.", False),
    ("fr", "Paul Roux, âgé de 84 ans, entré dans l'entreprise en 1960, est né en 1941.", False),
    # "à 12 ans" set off after another word than a year is a term
    ("fr", "Paul Roux, né en 1980, a été condamné, lundi, à 12 ans.", False),
    # "à 22 ans" that is not set off is no age: a term
    ("fr", "Née en 1941, elle a souscrit en 1960 un prêt à 22 ans auprès d'une banque.", False),
])
def test_an_age_is_at_the_year_of_its_clause(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-03-10"), "timeline.age-mismatch")) is fires


@pytest.mark.parametrize("lang, body, fires", [
    # "il y a N ans" is a distance in time, never an age
    ("fr", "Née à Nantes en 1861, la peintre est morte à Paris il y a 96 ans, en 1929.", False),
    ("fr", "Née à Nantes en 1861, la peintre est morte il y a 97 ans à Paris.", False),
    ("en", "Born in Nantes in 1861, the painter died in Paris 96 years ago, in 1929.", False),
    # real ages at a death keep working
    ("fr", "Née à Nantes en 1861, la peintre est morte à Paris à 96 ans.", True),
    ("fr", "Née à Nantes en 1861, la peintre est morte à Paris en 1929, à 96 ans.", True),
    ("fr", "Née à Nantes en 1861, la peintre est morte à Paris en 1929, à 68 ans.", False),
    ("en", "Born in Nantes in 1861, the painter died in Paris in 1929, aged 96.", True),
    ("en", "Born in Nantes in 1861, the painter died in Paris in 1929, aged 68.", False),
])
def test_years_ago_is_no_age(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-03-10"), "timeline.age-mismatch")) is fires
