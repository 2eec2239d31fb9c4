"""Past tense means not after publication (issue 15): the French simple past after its
subject ("il vota", "elle l'annonça", "qui dut") is a past tense, its futures and presents
of the same ending are not ("il votera", "il pourra", "il peut"); English past forms
likewise. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

CASES = [
    # lang, body, fires (story dated 22 August)
    ("fr", "Estimant le texte injuste, il vota contre lors de la session du 29 août.", True),
    ("fr", "Estimant le texte injuste, il vota contre lors de la session du 19 juin.", False),
    ("fr", "La ministre, qui dut se retirer le 29 août, reste discrète.", True),
    ("fr", "Elle l'annonça aux élus le 29 août à Nîmes.", True),
    ("fr", "Il votera contre lors de la session du 29 août.", False),
    ("fr", "Il pourra voter lors de la session du 29 août.", False),
    ("fr", "Il peut encore voter lors de la session du 29 août.", False),
    ("fr", "Il la présente aux élus le 29 août à Nîmes.", False),
    ("en", "Fearing the bill, he voted against it at the session of August 29.", True),
    ("en", "Fearing the bill, he met the mayor at the session of August 29.", True),
    ("en", "Fearing the bill, he will vote against it at the session of August 29.", False),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_a_simple_past_is_not_after_publication(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-08-22"), "timeline.after-publication")) == fires


def test_the_year_of_a_simple_past_is_not_after_publication():
    from test_timeline_reasoning import time_facts
    facts = time_facts("fr", "Il déclara la guerre le 29 août.", "2012-08-22")
    assert [(f.value, f.year_basis) for f in facts] == [("2011-08-29", "past tense")]
