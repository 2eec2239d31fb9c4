"""A count of years ago against the year of the apposition that follows it (issue 15).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story


@pytest.mark.parametrize("lang, body, date, fires", [
    # the year told in an apposition after the count: a season, an event of that year
    ("fr", "Élu pour la première fois il y a 11 ans, à l'automne 2013, le maire se représente.",
     "2026-03-10", True),
    ("fr", "Élu pour la première fois il y a 13 ans, à l'automne 2013, le maire se représente.",
     "2026-03-10", False),
    ("fr", "Élue il y a 11 ans, lors des municipales de 2013, la maire se représente.", "2026-03-10", True),
    ("fr", "Élue il y a 13 ans, lors des municipales de 2013, la maire se représente.", "2026-03-10", False),
    ("en", "First elected nine years ago, in the spring of 2015, the mayor is running again.",
     "2026-03-10", True),
    ("en", "First elected eleven years ago, in the spring of 2015, the mayor is running again.",
     "2026-03-10", False),
    ("en", "First elected nine years ago, at the 2015 election, the mayor is running again.",
     "2026-03-10", True),
    ("en", "First elected eleven years ago, at the 2015 election, the mayor is running again.",
     "2026-03-10", False),
    ("fr", "Élu il y a 11 ans déjà, en 2013, le maire se représente.", "2026-03-10", True),
    ("fr", "Élu il y a 13 ans déjà, en 2013, le maire se représente.", "2026-03-10", False),
    # the anniversary's period between the count and its year
    ("fr", "Il y a 30 ans cette année, en 1975, la filature fermait.", "2012-03-10", True),
    ("fr", "Il y a 30 ans cette année, en 1982, la filature fermait.", "2012-03-10", False),
    ("en", "Thirty years ago this month, in March 1975, the mill closed.", "2012-03-10", True),
    ("en", "Thirty years ago this month, in March 1982, the mill closed.", "2012-03-10", False),
    ("en", "It happened 30 years ago this week, on March 8, 1982.", "2012-03-10", False),
    # the plain shape keeps working
    ("fr", "Élu pour la première fois il y a 11 ans, en 2013, le maire se représente.", "2026-03-10", True),
    ("en", "First elected nine years ago, in 2015, the mayor is running again.", "2026-03-10", True),
    # no year, or the year of another event (a bound: after, since)
    ("fr", "Élu pour la première fois il y a 13 ans, le maire se représente.", "2026-03-10", False),
    ("fr", "Élu il y a 11 ans, après la fusion de 2013, le maire se représente.", "2026-03-10", False),
    ("en", "First elected nine years ago, after the 2013 merger, the mayor is running again.",
     "2026-03-10", False),
    ("en", "Nine years ago the mayor, who had run the port since 2013, was elected.", "2026-03-10", False),
])
def test_years_ago_against_the_year_of_its_apposition(lang, body, date, fires):
    assert bool(fired(story(lang, body, date), "timeline.after-publication")) is fires
