"""`copydesk facts` shows for every date the year it chose and why (issue 15): written,
publication date, previous date, last/next word, tense, range. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from test_timeline_reasoning import time_facts

BODIES = [
    ("en", "The council met yesterday and again on Monday. The plant closed on December 28. "
           "It opened in 2004, and the next day a storm hit at 14:00. Two years ago, last April, "
           "the works ran between February 1 and November 20."),
    ("fr", "Le conseil s'est réuni hier et lundi. L'usine a fermé le 28 décembre. Elle a ouvert "
           "en 2004 et le lendemain un orage a éclaté à 14 h. Il y a deux ans, en avril dernier, "
           "les travaux ont duré du 1er février au 20 novembre."),
]


@pytest.mark.parametrize("lang,body", BODIES)
def test_every_placed_date_says_why_it_has_its_year(lang, body):
    facts = [f for f in time_facts(lang, body, "2012-03-06") if f.date is not None or f.year is not None]
    assert len(facts) >= 8
    assert all(f.year_basis for f in facts), [(f.form, f.value) for f in facts if not f.year_basis]


@pytest.mark.parametrize("lang,body,basis", [
    ("en", "The storm hit on March 2. The next day, at 14:00, the roads reopened.", "previous date"),
    ("fr", "L'orage a éclaté le 2 mars. Le lendemain, à 14 h, les routes ont rouvert.", "previous date"),
    ("en", "The council met yesterday.", "publication date"),
    ("fr", "Le conseil s'est réuni hier.", "publication date"),
])
def test_relative_days_name_what_they_count_from(lang, body, basis):
    facts = time_facts(lang, body, "2012-03-06")
    assert facts[-1].year_basis == basis
