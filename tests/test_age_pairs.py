"""Two ages of one person (issue 15): each counted at its own date gives a birth year, and
the two must agree; a first-person age in a quote is the speaker's. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

CASES = [
    # lang, body, fires (story of 2012)
    ("en", 'Ann Cole, 70, runs the shop. "I was 30 years old when I started, 52 years ago," '
           'Cole said.', True),
    ("en", 'Ann Cole, 82, runs the shop. "I was 30 years old when I started, 52 years ago," '
           'Cole said.', False),
    ("en", 'Ann Cole, 70, runs the shop. "My father was 30 years old when he started, 52 years '
           'ago," Cole said.', False),
    ("en", 'Ann Cole, 70, runs the shop. "I was 30 when I started, 52 years ago," Cole said.', True),
    ("en", 'Ann Cole, 82, runs the shop. "I was 30 when I started, 52 years ago," Cole said.', False),
    ("en", "Ann Cole, 70, runs the shop. In 1990, Cole bought the building at the age of 38.", True),
    ("en", "Ann Cole, 70, runs the shop. In 1990, Cole bought the building at the age of 48.", False),
    ("en", "Ann Cole, 70, and Bob Cole, 40, run the shop.", False),
    ("en", "Ann Cole, 70, runs the shop. Her nephew, Bob Cole, 40, helps.", False),
    ("fr", "Anne Colin, 70 ans, tient la boutique. « J'avais 30 ans quand j'ai commencé, il y "
           "a 52 ans », dit Anne Colin.", True),
    ("fr", "Anne Colin, 82 ans, tient la boutique. « J'avais 30 ans quand j'ai commencé, il y "
           "a 52 ans », dit Anne Colin.", False),
    ("fr", "Anne Colin, 70 ans, tient la boutique. En 1990, Anne Colin, alors âgée de 38 ans, "
           "a acheté les murs.", True),
    ("fr", "Anne Colin, 70 ans, tient la boutique. En 1990, Anne Colin, alors âgée de 48 ans, "
           "a acheté les murs.", False),
    ("fr", "Anne Colin, 70 ans, tient la boutique. Son neveu, Paul Colin, 40 ans, l'aide.", False),
    # the quote's first-person age and the speaker's own, in the attribution of one sentence
    ("en", '"I was 30 when I started, 52 years ago," said Ann Cole, 70, who runs the shop.', True),
    ("en", '"I was 30 when I started, 52 years ago," said Ann Cole, 82, who runs the shop.', False),
    ("en", '"My son was 30 when he started, 52 years ago," said Ann Cole, 70, who runs the shop.', False),
    ("fr", "« J'avais 30 ans quand j'ai commencé, il y a 52 ans », raconte Anne Colin, 70 ans, qui tient la boutique.", True),
    ("fr", "« J'avais 30 ans quand j'ai commencé, il y a 52 ans », raconte Anne Colin, 82 ans, qui tient la boutique.", False),
    ("fr", "« Mon fils avait 30 ans quand il a commencé, il y a 52 ans », raconte Anne Colin, 70 ans, qui tient la boutique.", False),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_two_ages_of_one_person(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-03-06"), "timeline.age-mismatch")) == fires


@pytest.mark.parametrize("lang,body,years", [
    ("en", '"I was 30 when I started," Cole said.', [30]),
    ("en", "She was 12 at the time of the flood.", [12]),
    ("en", "The toll was 30 when the rescue ended.", []),
    ("en", "I was 30 minutes late.", []),
    ("fr", "« J'avais 30 ans quand j'ai commencé », dit-elle.", [30]),
    ("fr", "« J'avais 30 minutes de retard », dit-elle.", []),
])
def test_an_age_told_with_its_verb(lang, body, years):
    from checker.facts import Facts
    from checker.locales import load_locale
    from checker.readers import read_text
    document = read_text(story(lang, body, "2012-03-06"), path="story.md")
    found = [a.years for a in Facts(document, load_locale(lang)).get("ages") if hasattr(a, "years")]
    assert found == years
