"""Days whose month is written once for two ("du 4 au 9 mars", "March 4 and 9") are dates
of that month (issue 15: a date of any precision; issue 14: a date's day is no figure).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story
from test_timeline_reasoning import time_facts


@pytest.mark.parametrize("lang, body, text, value", [
    ("fr", "Le salon se tiendra du 4 au 9 mars à Nantes.", "4", "2024-03-04"),
    ("fr", "Les 16 et 17 juin, les écoles resteront fermées.", "16", "2024-06-16"),
    ("fr", "Les élus se réuniront entre le 12 et le 14 avril.", "12", "2024-04-12"),
    ("en", "The fair runs from 4 to 9 March in Leeds.", "4", "2024-03-04"),
    ("en", "Schools will close on June 16 and 17.", "17", "2024-06-17"),
    ("en", "Councillors meet between April 12 and 14.", "14", "2024-04-14"),
])
def test_the_shared_month_makes_a_date_of_the_other_day(lang, body, text, value):
    facts = {body_text(lang, body, f): f.value for f in time_facts(lang, body, "2024-03-10")}
    assert facts.get(text) == value, facts


def body_text(lang, body, fact):
    return story(lang, body, "2024-03-10")[fact.span.start:fact.span.end]


@pytest.mark.parametrize("lang, body", [
    # a count after "and", a number before a date, a day later than the one that names the month
    ("en", "On March 4 and 9 others were hurt in the crash.", ),
    ("en", "The club sold 30 and 31 March was the busiest day.", ),
    ("fr", "Ils étaient 45 et le 9 mars ils étaient 60.", ),
    ("fr", "La saison compte 20 et le 9 mars commence la phase finale.", ),
])
def test_a_number_that_is_no_day_stays_a_number(lang, body):
    days = [body_text(lang, body, f) for f in time_facts(lang, body, "2024-03-10") if f.date is not None]
    assert all(not d.isdigit() for d in days), days


@pytest.mark.parametrize("lang, body, fires", [
    ("fr", "Le salon se tiendra du mardi 4 au vendredi 8 mars 2024 à Nantes.", True),
    ("fr", "Le salon se tiendra du lundi 4 au vendredi 8 mars 2024 à Nantes.", False),
    ("en", "The fair runs from Tuesday 4 to Friday 8 March 2024 in Leeds.", True),
    ("en", "The fair runs from Monday 4 to Friday 8 March 2024 in Leeds.", False),
])
def test_the_weekday_of_the_other_day_is_checked(lang, body, fires):
    assert bool(fired(story(lang, body), "timeline.weekday-mismatch")) is fires


@pytest.mark.parametrize("lang, body", [
    ("fr", "Entre le 4 et le 9 mars, le club a vendu des billets."),
    ("fr", "Du 4 au 9 mars, le club a vendu des billets."),
    ("en", "Between March 4 and 9, the club sold tickets."),
    ("en", "From 4 to 9 March, the club sold tickets."),
])
def test_the_other_day_is_no_figure(lang, body):
    from checker.facts import Facts
    from checker.locales import load_locale
    from checker.readers import read_text
    document = read_text(story(lang, body), path="story.md")
    figures = [q for q in Facts(document, load_locale(lang)).get("quantities") if q.exempt != "date"]
    assert not figures, [document.text[q.span.start:q.span.end] for q in figures]
