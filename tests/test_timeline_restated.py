"""A relative period or an anchored day against the date written beside it (issue 15):
"last week, on March 2" in a story of March 20, "le mois dernier, en janvier", "il y a deux
jours, le 3 mars", "last Tuesday, March 5", "the day before, May 7" after a date of May 10. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

RULE = "timeline.after-publication"

PERIODS = [
    # lang, body, date, fires
    ("en", "Ticket sales slowed last week, on March 2, the theatre said.", "2024-03-20", True),
    ("en", "Ticket sales slowed last week, on March 14, the theatre said.", "2024-03-20", False),
    ("en", "Ticket sales slowed last week, on March 10, the theatre said.", "2024-03-20", False),
    ("en", "The orchard lost its crop last month, in January.", "2024-03-20", True),
    ("en", "The orchard lost its crop last month, in February.", "2024-03-20", False),
    ("en", "Last year, in 2021, the orchard lost its crop.", "2023-09-01", True),
    ("en", "Last year, in 2022, the orchard lost its crop.", "2023-09-01", False),
    ("en", "The jury will sit next week, on April 29.", "2024-04-03", True),
    ("en", "The jury will sit next week, on April 10.", "2024-04-03", False),
    ("fr", "Les ventes ont ralenti la semaine dernière, le 2 mars, selon le théâtre.", "2024-03-20", True),
    ("fr", "Les ventes ont ralenti la semaine dernière, le 14 mars, selon le théâtre.", "2024-03-20", False),
    ("fr", "Le verger a perdu sa récolte le mois dernier, en janvier.", "2024-03-20", True),
    ("fr", "Le verger a perdu sa récolte le mois dernier, en février.", "2024-03-20", False),
    ("fr", "L'an dernier, en 2021, le verger a perdu sa récolte.", "2023-09-01", True),
    ("fr", "L'an dernier, en 2022, le verger a perdu sa récolte.", "2023-09-01", False),
    ("fr", "Le jury siégera la semaine prochaine, le 29 avril.", "2024-04-03", True),
    ("fr", "Le jury siégera la semaine prochaine, le 10 avril.", "2024-04-03", False),
    ("en", "Crews count the days in this month of May.", "2024-03-20", False),
    ("fr", "Le bilan tombera la semaine prochaine au 30 juin.", "2024-04-03", False),
    ("en", "Last weekend, on March 12, the lifeboat was launched.", "2024-03-20", True),
    ("en", "Last weekend, on March 16, the lifeboat was launched.", "2024-03-20", False),
    ("fr", "Ce week-end, le 12 mars, le canot a été mis à l'eau.", "2024-03-20", True),
    ("fr", "Ce week-end, le 23 mars, le canot sera mis à l'eau.", "2024-03-20", False),
    ("fr", "Ce week-end, le 17 mars, le canot a été mis à l'eau.", "2024-03-20", False),
]


@pytest.mark.parametrize("lang,body,date,fires", PERIODS)
def test_a_relative_period_holds_the_date_beside_it(lang, body, date, fires):
    assert bool(fired(story(lang, body, date), RULE)) == fires


AGO = [
    ("en", "The well ran dry two days ago, on March 3.", True),
    ("en", "The well ran dry two days ago, on March 18.", False),
    ("en", "The ferry sank three weeks ago, on February 2.", True),
    ("en", "The ferry sank three weeks ago, on March 1.", False),
    ("en", "Six months ago, in August, the quarry flooded.", True),
    ("en", "Six months ago, in September, the quarry flooded.", False),
    ("en", "A few days ago, on March 1, the quarry flooded.", False),   # no count to hold
    ("fr", "Le puits s'est tari il y a deux jours, le 3 mars.", True),
    ("fr", "Le puits s'est tari il y a deux jours, le 18 mars.", False),
    ("fr", "Le bac a coulé il y a trois semaines, le 2 février.", True),
    ("fr", "Le bac a coulé il y a trois semaines, le 1er mars.", False),
    ("fr", "Il y a six mois, en août, la carrière a été inondée.", True),
    ("fr", "Il y a six mois, en septembre, la carrière a été inondée.", False),
]


@pytest.mark.parametrize("lang,body,fires", AGO)
def test_a_count_back_from_publication_holds_the_date_beside_it(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-03-20"), RULE)) == fires


WEEKDAYS = [
    ("en", "Last Tuesday, March 5, the lock gates jammed.", True),
    ("en", "Last Tuesday, March 19, the lock gates jammed.", False),
    ("en", "Last Tuesday, March 12, the lock gates jammed.", False),   # the one before
    ("en", "Next Monday, April 15, the lock reopens.", True),
    ("en", "Next Monday, March 25, the lock reopens.", False),
    ("en", "Next Monday, April 16, the lock reopens.", False),   # not a Monday: weekday-mismatch's
    ("fr", "Mardi dernier, 5 mars, les portes de l'écluse se sont bloquées.", True),
    ("fr", "Mardi dernier, le 19 mars, les portes de l'écluse se sont bloquées.", False),
    ("fr", "Lundi prochain, le 15 avril, l'écluse rouvre.", True),
    ("fr", "Lundi prochain, le 25 mars, l'écluse rouvre.", False),
    # said on a Wednesday: last Friday is last week's, next Monday next week's; a week
    # further out is a reading only for a day of the publication's own week
    ("en", "The lock gates jammed last Friday, March 8.", True),
    ("en", "The lock gates jammed last Friday, March 15.", False),
    ("en", "The lock reopens next Monday, April 1.", True),
    ("en", "The lock reopens next Thursday, March 28.", False),
    ("fr", "Les portes de l'écluse se sont bloquées vendredi dernier, le 8 mars.", True),
    ("fr", "Les portes de l'écluse se sont bloquées vendredi dernier, le 15 mars.", False),
    ("fr", "L'écluse rouvrira lundi prochain, le 1er avril.", True),
    ("fr", "L'écluse rouvrira jeudi prochain, le 28 mars.", False),
]


@pytest.mark.parametrize("lang,body,fires", WEEKDAYS)
def test_a_weekday_placed_by_last_or_next_holds_the_date_beside_it(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-03-20"), RULE)) == fires


ANCHORED = [
    ("en", "The dyke broke on May 10. The day before, May 7, the pumps had failed.", True),
    ("en", "The dyke broke on May 10. The day before, May 9, the pumps had failed.", False),
    ("en", "The dyke broke on May 10. The next day (May 14) the army arrived.", True),
    ("en", "The dyke broke on May 10. The next day (May 11) the army arrived.", False),
    # "the day before May 12" names its anchor, it does not restate the day
    ("en", "The dyke broke on May 10, the day before May 12 and the vote.", False),
    # no date told before it: nothing anchors "the next day"
    ("en", "Crews worked through the week. The next day, May 8, 2019, the dyke broke.", False),
    # the anchor's year is a guess; the restated day and month agree
    ("en", "The dyke broke on May 10. The day before, May 9, 2023, the pumps had failed.", False),
    ("fr", "Les équipes ont travaillé toute la semaine. Le lendemain, 8 mai 2019, la digue a cédé.", False),
    ("fr", "La digue a cédé le 10 mai. La veille, le 9 mai 2023, les pompes étaient tombées en panne.", False),
    ("fr", "La digue a cédé le 10 mai. La veille, le 7 mai, les pompes étaient tombées en panne.", True),
    ("fr", "La digue a cédé le 10 mai. La veille, le 9 mai, les pompes étaient tombées en panne.", False),
    ("fr", "La digue a cédé le 10 mai. Le lendemain (14 mai), l'armée est arrivée.", True),
    ("fr", "La digue a cédé le 10 mai. Le lendemain (11 mai), l'armée est arrivée.", False),
]


@pytest.mark.parametrize("lang,body,fires", ANCHORED)
def test_a_day_counted_from_the_date_just_told_holds_the_date_beside_it(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-05-20"), RULE)) == fires


@pytest.mark.parametrize("lang,body,words", [
    ("en", "Ticket sales slowed last week, on March 2, the theatre said.", "the week of March 11, 2024"),
    ("fr", "Le verger a perdu sa récolte le mois dernier, en janvier.", "février 2024"),
])
def test_the_message_names_the_period_as_a_reader_says_it(lang, body, words):
    found = fired(story(lang, body, "2024-03-20"), RULE)
    assert found and words in found[0].message


YEARS_AGO = [
    # story of 2024-03-20: 13 whole years ago is 2011, or 2010 while the anniversary of a
    # late-2010 event is to come; never 2012
    ("en", "First elected 13 years ago, in 2011, the mayor starts a third term.", False),
    ("en", "First elected 13 years ago, in 2010, the mayor starts a third term.", False),
    ("en", "First elected 13 years ago, in 2012, the mayor starts a third term.", True),
    ("en", "First elected 13 years ago, in 2009, the mayor starts a third term.", True),
    ("fr", "Élu pour la première fois il y a 13 ans, en 2011, le maire entame un troisième mandat.", False),
    ("fr", "Élu pour la première fois il y a 13 ans, en 2010, le maire entame un troisième mandat.", False),
    ("fr", "Élu pour la première fois il y a 13 ans, en 2012, le maire entame un troisième mandat.", True),
]


@pytest.mark.parametrize("lang,body,fires", YEARS_AGO)
def test_years_ago_never_reach_past_the_year_beside_them(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-03-20"), RULE)) == fires
