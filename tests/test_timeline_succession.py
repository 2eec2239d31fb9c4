"""A verb of succession is no ordering word (issue 15): "took over the shop in 2008",
« a repris la boutique en 2008 » tell when someone succeeded to something, not a step
after the date told just before. French « ont repris » with no object (« les travaux ont
repris », resumed) still tells the next step. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

CASES = [
    # a succession, told after a later date: quiet
    ("en", "Ada Marsh died in 2019. Her nephew Tom, who took over the bakery in 2011, says it will stay open.", False),
    ("en", "Ada Marsh retired in 2019. Her nephew took over in 2011, the family said.", False),
    ("en", "The mill closed in 2016. A cooperative has taken over the site since 2009.", False),
    ("fr", "Ada Marsh est morte en 2019. Son neveu Tom, qui a repris la boulangerie en 2011, dit qu'elle restera ouverte.", False),
    ("fr", "Ada Marsh est morte en 2019. Son neveu Tom, qui a repris l'affaire en 2011, la garde ouverte.", False),
    ("fr", "Le moulin a fermé en 2016. Une coopérative a repris son activité en 2009.", False),
    # a resumption, or a next step told as one, dated before: still a disorder
    ("fr", "Le chantier a été interrompu en 2016. Les travaux ont repris en 2009.", True),
    ("fr", "Le chantier a été interrompu en 2016. Les travaux ont repris en 2018.", False),
    ("en", "Work on the site stopped in 2016. It resumed in 2009.", True),
    ("en", "Work on the site stopped in 2016. It resumed in 2018.", False),
]


@pytest.mark.parametrize("lang,body,fires", CASES)
def test_a_succession_is_no_ordering_word(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-11-20"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    # a relay taken in the past is a succession at its own date
    ("fr", "Ada Marsh est morte en 2019. Son neveu, qui a pris le relais en 2011, garde la boulangerie.", False),
    ("en", "Ada Marsh died in 2019. Her nephew, who succeeded her in 2011, keeps the bakery.", False),
    # a relay planned after the step before still starts no earlier
    ("fr", "La première phase dure jusqu'au 15 octobre. La seconde prendra le relais à compter du 1er octobre.", True),
    ("en", "The first phase runs until October 15. The second will follow from October 1.", True),
])
def test_a_relay_taken_is_a_succession_a_relay_planned_a_step(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires
