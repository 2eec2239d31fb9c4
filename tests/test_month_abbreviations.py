"""Every abbreviated month a press style writes reads as that month, with or without its
dot, after a weekday or not, with a year or not (issue 15): AP's "Sept." is not in CLDR's
English abbreviations, French « fév. » and « juill. » are not in CLDR's French ones; the
locale lists them (time.month_abbreviations). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from test_timeline import fired, story
from test_times import times

_WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
             "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]}
ABBREVIATIONS = [
    ("en", "Jan", 1), ("en", "Feb", 2), ("en", "Aug", 8), ("en", "Sept", 9), ("en", "Sep", 9),
    ("en", "Oct", 10), ("en", "Nov", 11), ("en", "Dec", 12),
    ("fr", "janv", 1), ("fr", "févr", 2), ("fr", "fév", 2), ("fr", "juill", 7), ("fr", "sept", 9),
    ("fr", "oct", 10), ("fr", "nov", 11), ("fr", "déc", 12),
]


def _sentence(lang: str, weekday: str, month: str, year: str) -> str:
    if lang == "en":
        head = f"{weekday}, " if weekday else ""
        tail = f", {year}," if year else ","
        return f"The course opened on {head}{month} 10{tail} with three classes a week."
    head = f"{weekday} " if weekday else ""
    return f"Le cours a ouvert le {head}10 {month}{' ' + year if year else ''}, avec trois séances par semaine."


@pytest.mark.parametrize("dot", [".", ""])
@pytest.mark.parametrize("lang,abbreviation,month", ABBREVIATIONS)
def test_an_abbreviated_month_is_read_in_every_date_form(lang, abbreviation, month, dot):
    written = abbreviation + dot
    real = _WEEKDAYS[lang][dt.date(2023, month, 10).weekday()]
    wrong = _WEEKDAYS[lang][(dt.date(2023, month, 10).weekday() + 1) % 7]
    for weekday in ("", real):
        found, _, _ = times(_sentence(lang, weekday, written, ""), lang)
        assert any(f.value.endswith(f"-{month:02d}-10") for f in found.values()), (weekday, found)
        text = _sentence(lang, weekday, written, "2023")
        assert any(f.value == f"2023-{month:02d}-10" for f in times(text, lang)[0].values())
        assert fired(story(lang, text, "2025-03-13"), "timeline.weekday-mismatch") == []
    text = _sentence(lang, wrong, written, "2023")
    assert len(fired(story(lang, text, "2025-03-13"), "timeline.weekday-mismatch")) == 1


@pytest.mark.parametrize("lang,body,fires", [
    # the brief's example shape: a year-less date after its weekday takes the year nearest
    # publication, where the weekday must hold
    ("en", "The clinic opened on Monday, Sept. 10, with four afternoon sessions a week.", True),
    ("en", "The clinic opened on Tuesday, Sept. 10, with four afternoon sessions a week.", False),
    ("fr", "La clinique a ouvert le mardi 10 fév., avec quatre séances par semaine.", True),
    ("fr", "La clinique a ouvert le lundi 10 fév., avec quatre séances par semaine.", False),
    ("fr", "La clinique a ouvert le mardi 10 juill., avec quatre séances par semaine.", True),
])
def test_a_year_less_abbreviated_date_checks_its_weekday(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-03-13"), "timeline.weekday-mismatch")) == fires


@pytest.mark.parametrize("lang,body", [
    # the same letters that are not a month: a number, a word
    ("fr", "Ils étaient sept à voter, et sept autres ont refusé."),
    ("en", "Sept is an old word for a clan, and it was used in the report."),
])
def test_the_same_letters_that_are_no_month_are_no_date(lang, body):
    found, _, _ = times(body, lang)
    assert not any("-09" in f.value for f in found.values())
