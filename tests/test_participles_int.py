"""French past participles in -int (« a rejoint », « ont atteint », « a peint ») make a
past tense like any other (issue 15): a past event is not after publication, and an age
at such an event is not the age now. « un point », « Saint-... » are not participles.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

AFTER = [
    # lang, body, fires (story dated 22 August 2012)
    ("fr", "Elle a rejoint le club le 29 août, selon son entourage.", True),
    ("fr", "Les eaux ont atteint la digue le 29 août.", True),
    ("fr", "Elle rejoindra le club le 29 août, selon son entourage.", False),
    ("fr", "Il y a un point presse le 29 août à la mairie.", False),
    ("en", "She joined the club on August 29, her family said.", True),
    ("en", "She will join the club on August 29, her family said.", False),
]

AGES = [
    # lang, body, fires (story dated 12 May 2025)
    ("fr", "Maëlle Corvisart est née en 1996. Elle est toujours au club qu'elle a rejoint à l'âge de 9 ans.", False),
    ("fr", "Maëlle Corvisart est née en 1996. À l'âge de 20 ans, elle est toujours au club.", True),
    ("en", "Maelle Corvisart was born in 1996. She is still at the club she joined at the age of 9.", False),
    ("en", "Maelle Corvisart was born in 1996. At the age of 20, she is still at the club.", True),
]


@pytest.mark.parametrize("lang,body,fires", AFTER)
def test_a_participle_in_int_is_a_past(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-08-22"), "timeline.after-publication")) == fires


@pytest.mark.parametrize("lang,body,fires", AGES)
def test_an_age_at_a_past_event_in_int(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-05-12"), "timeline.age-mismatch")) == fires
