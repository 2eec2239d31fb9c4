"""An age at a past event of an obituary ("came to the country with his parents at age
11", « est arrivé en France à l'âge de 11 ans ») is the age then, not at the death the
story reports: it says nothing unless that event is dated, or is the death itself; and a
birth's own date is no moment an age is told at (issue 15). Sentences written for these
tests; stories dated 2025-11-20."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

_EN_DEATH = "Walter Brindle, who kept the ironmonger's on Quay Street for half a century, died Friday, Nov. 14. He was 87.\n\n"
_FR_DEATH = "Walter Brindle, qui a tenu la quincaillerie de la rue du Quai pendant cinquante ans, est mort le vendredi 14 novembre. Il avait 87 ans.\n\n"

CASES = [
    # an undated event of the life: quiet
    ("en", _EN_DEATH + "Born April 9, 1938, in Ostend, Brindle came to England with his parents at age 11 "
                       "and grew up above his aunt's bakery.", False),
    ("en", _EN_DEATH + "Brindle was born in 1938. He took his first job at the age of 15.", False),
    ("fr", _FR_DEATH + "Né le 9 avril 1938 à Ostende, Walter Brindle est arrivé en France avec ses parents "
                       "à l'âge de 11 ans et a grandi au-dessus de la boulangerie de sa tante.", False),
    ("fr", _FR_DEATH + "Walter Brindle était né en 1938. Il a trouvé son premier emploi à l'âge de 15 ans.", False),
    # a dated event, or the death itself, still counts
    ("en", _EN_DEATH + "Brindle was born in 1938. Brindle came to England in 1949 at the age of 16.", True),
    ("en", "Walter Brindle died Friday at the age of 80. Brindle was born in 1938.", True),
    ("fr", _FR_DEATH + "Walter Brindle était né en 1938. Walter Brindle est arrivé en France en 1949 à l'âge de 16 ans.", True),
    ("fr", "Walter Brindle est mort vendredi à l'âge de 80 ans. Walter Brindle était né en 1938.", True),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_an_age_at_an_undated_past_event_is_the_age_then(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-11-20"), "timeline.age-mismatch")) == fires


MORE = [
    # an age described after the past verb of its clause, or told as what someone was: then
    ("en", _EN_DEATH + "Born in 1938, Brindle moved to London aged 19 and opened a shop.", False),
    ("en", _EN_DEATH + "Born in 1938, Brindle emigrated as a 19-year-old.", False),
    ("fr", _FR_DEATH + "Né en 1938, Walter Brindle s'est installé à Paris, âgé de 19 ans.", False),
    ("en", "Walter Brindle was born in 1938. Brindle moved to London aged 19 and opened a shop.", False),
    # dated, it counts
    ("en", "Walter Brindle was born in 1938. Brindle moved to London in 1957 aged 25.", True),
    ("fr", "Walter Brindle est né en 1938. Walter Brindle s'est installé à Paris en 1957, âgé de 25 ans.", True),
    # set off after a person's name: news style's age now
    ("en", "Walter Brindle was born in 1938. Police arrested Walter Brindle, aged 19, on the quay.", True),
    ("fr", "Walter Brindle est né en 1938. La police a interpellé Walter Brindle, âgé de 19 ans, sur le quai.", True),
]


@pytest.mark.parametrize("lang,body,fires", MORE)
def test_an_age_described_after_its_past_verb_is_the_age_then(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-11-20"), "timeline.age-mismatch")) == fires
