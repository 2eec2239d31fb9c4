"""A range of two times of day whose end is earlier than its start runs through the night
(issue 15): "between 11pm and 5am", « de 22 h à 6 h »; midnight opening a range is 00:00.
Only a range told in one day explicitly can end before it starts. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story
from test_times import times


@pytest.mark.parametrize("lang,body,fires", [
    # the night: quiet
    ("en", "The depot will dim its yard lamps between midnight and 5am from the autumn.", False),
    ("en", "Lorries may unload between 11pm and 5am from next month, the borough said.", False),
    ("en", "The bridge was shut from 10 p.m. to 6 a.m. while crews resurfaced it.", False),
    ("fr", "Les lampadaires du quartier seront éteints entre minuit et 5 h dès l'automne.", False),
    ("fr", "Le pont sera fermé de 22 h à 6 h à partir de lundi, a indiqué la préfecture.", False),
    ("fr", "Les livraisons seront permises entre 23 h et 5 h le mois prochain.", False),
    # midnight opening a range in one day is 00:00: forwards
    ("en", "The pool stays shut from midnight to 7am the same day.", False),
    ("fr", "La piscine reste fermée de minuit à 7 h le même jour.", False),
    # told in one day explicitly: backwards
    ("en", "The bridge was shut from 5 p.m. to 3 p.m. the same day, crews said.", True),
    ("fr", "Le pont a été fermé de 17 h à 15 h le même jour, selon les agents.", True),
    # dates still run one way
    ("en", "The fair ran from June 9 to June 4 on the common.", True),
    ("fr", "La foire s'est tenue du 9 au 4 juin sur la place.", True),
])
def test_a_clock_range_runs_through_the_night(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-06-02"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    # a start and an end told by their verbs, an event and its end bound: the next morning
    ("en", "The street party began at 11pm and ended at 2am, residents said.", False),
    ("fr", "La fête de quartier a commencé à 23 h et s'est terminée à 2 h, selon les riverains.", False),
    ("fr", "La rocade est fermée de 22 h jusqu'à 6 h pendant les travaux.", False),
    # the same afternoon, or a day said to be the same: backwards
    ("en", "The hearing began at 2pm and ended at 1pm, the clerk said.", True),
    ("fr", "L'audience a commencé à 14 h et s'est terminée à 13 h, selon le greffe.", True),
    ("en", "The street party began at 11pm and ended at 2am the same day.", True),
    ("fr", "La fête de quartier a commencé à 23 h et s'est terminée à 2 h le même jour.", True),
])
def test_an_end_told_after_an_evening_start_may_be_the_next_morning(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-06-02"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,clock,value", [
    ("en", "The lamps go dark between midnight and 5am.", "midnight", "T00:00"),
    ("fr", "Les lampadaires s'éteignent entre minuit et 5 h.", "minuit", "T00:00"),
    # a lone midnight keeps the day's end
    ("en", "The lamps go dark at midnight.", "midnight", "T24:00"),
    ("fr", "Les lampadaires s'éteignent à minuit.", "minuit", "T24:00"),
])
def test_midnight_opening_a_range_is_the_first_moment_of_the_day(lang, body, clock, value):
    found, _, _ = times(body, lang)
    assert found[clock].value.endswith(value)
