"""An ordering word with a duration between two years (issue 15): "after a two-year
break", "N years later", "deux ans plus tard" put the second event after the first.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story


@pytest.mark.parametrize("lang, body, fires", [
    # an ordering word with a duration puts the second year after the first
    ("en", "He stood down in 2006 and, after a two-year break, was elected mayor in 2004.", True),
    ("en", "He stood down in 2006 and, after a two-year break, was elected mayor in 2008.", False),
    ("en", "She left the board in 2006 and, after a year's break, returned in 2004.", True),
    ("en", "She left the board in 2006 and, after a year's break, returned in 2007.", False),
    ("en", "He stood down in 2006 and, two years later, was elected mayor in 2004.", True),
    ("en", "He stood down in 2006 and, two years later, was elected mayor in 2008.", False),
    ("en", "He stood down in 2006. Two years later he was elected mayor in 2004.", True),
    ("fr", "Il a quitté la direction en 2006 puis, après un an de pause, a été élu en 2004.", True),
    ("fr", "Il a quitté la direction en 2006 puis, après un an de pause, a été élu en 2007.", False),
    ("fr", "Elle quitte le club en 2006 et, deux ans plus tard, devient présidente en 2004.", True),
    ("fr", "Elle quitte le club en 2006 et, deux ans plus tard, devient présidente en 2008.", False),
    ("fr", "Elle quitte le club en 2006. Deux ans plus tard, elle en devient présidente en 2004.", True),
    ("en", "She left the board in 2006 and, after a break of two years, returned in 2004.", True),
    ("fr", "Elle quitte le conseil en 2006 puis, après une pause de deux ans, y revient en 2004.", True),
    ("fr", "Elle quitte le conseil en 2006 puis, après une pause de deux ans, y revient en 2009.", False),
    # a shift back
    ("en", "He was elected mayor in 2004 and, two years earlier, had stood down in 2006.", True),
    ("en", "He was elected mayor in 2004 and, two years earlier, had stood down in 2002.", False),
    ("fr", "Il est élu maire en 2004 et, deux ans plus tôt, avait quitté le club en 2006.", True),
    ("fr", "Il est élu maire en 2004 et, deux ans plus tôt, avait quitté le club en 2002.", False),
    # the shift set off after the date it leads to
    ("en", "He stood down in 2006 and was elected mayor in 2004, two years later.", True),
    ("en", "He stood down in 2006 and was elected mayor in 2008, two years later.", False),
    ("fr", "Il quitte le club en 2006 et en devient président en 2004, deux ans plus tard.", True),
    ("fr", "Il quitte le club en 2006 et en devient président en 2008, deux ans plus tard.", False),
    # a break that opens its sentence, or is told without a coordinator, may be anyone's
    ("en", "The report was published in 2010. After a two-year illness, she retired in 2004.", False),
    ("fr", "Le rapport est paru en 2010. Après deux ans de maladie, elle a pris sa retraite en 2004.", False),
    ("en", "Published in 2010, the report says that after a two-year illness she retired in 2004.", False),
    # the later date belongs to another thing: a noun dated by its own participle
    ("en", "He stood down in 2006 and, two years later, joined a firm founded in 1999.", False),
    ("fr", "Il quitte le club en 2006 et, deux ans plus tard, rejoint une société fondée en 1999.", False),
    ("en", "He retired in 2010 and, a year later, wrote a memoir about the strike of 1984.", False),
    ("fr", "Il prend sa retraite en 2010 et, un an plus tard, publie un livre sur la grève de 1984.", False),
    # told from further back, or in a subordinate clause
    ("en", "He left in 2006 and, two years later, the firm he had founded in 1999 collapsed.", False),
    ("fr", "Il part en 2006 et, deux ans plus tard, la société qu'il avait fondée en 1999 fait faillite.",
     False),
    ("en", "Born in 1950, he emigrated two years later to Canada, where he married in 1949.", False),
    ("en", "He retired in 2010. Two years earlier, the firm he founded in 1990 had been sold.", False),
    ("en", "He retired in 2010. Two years later, the firm he founded in 1990 was sold.", False),
    ("fr", "Il prend sa retraite en 2010. Deux ans plus tôt, la société qu'il avait fondée en 1990 "
           "avait été vendue.", False),
    # the duration counts from what follows it, not from the year before
    ("en", "He stood down in 2006; two years after the 2001 merger, in 2003, the firm had split.", False),
])
def test_an_order_word_with_a_duration_between_two_years(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-03-10"), "timeline.order")) is fires


@pytest.mark.parametrize("lang,body,fires", [
    # one unit is six to eight days or so for "a week": twelve days is not a week later
    ("en", "The strike began on February 2. It ended a week later, on February 14, the union said.", True),
    ("en", "The strike began on February 2. It ended a week later, on February 10, the union said.", False),
    ("fr", "La grève a commencé le 2 février. Elle s'est achevée une semaine plus tard, le 14 février.", True),
    ("fr", "La grève a commencé le 2 février. Elle s'est achevée une semaine plus tard, le 9 février.", False),
])
def test_one_unit_later_is_about_one_unit(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-03-10"), "timeline.order")) is fires
