"""A month or a weekday of the story's language is no name a story could misspell: a
name one sound or one slip from it ("Marco" / "March", « Juliet » / « Juillet ») is another
word. The calendar words come from the locale's time vocabulary (CLDR), not from a list.

Sentences are invented; English and French, positive and negative."""
from __future__ import annotations

import pytest

from test_speakers import findings


def variants(text: str, lang: str) -> list[str]:
    return [f.text for f in findings(text, lang) if f.rule == "names.variant"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Dana Whitlock won the county title on Sunday.\n\nBorn in March 2011 in Pelham, "
           "Whitlock took up judo after watching her cousin, Marco, fight.\n"),
    ("en", "Rainfall in August broke records. Her son, Augusto, runs the farm now.\n"),
    ("fr", "Dana Whitlock a gagné le titre dimanche.\n\nNée à Pelham, Whitlock a commencé le "
           "judo avec son amie d'enfance, Juliet, qui l'entraîne encore.\n\nJuillet a été "
           "le mois le plus dur de sa saison.\n"),
    ("fr", "Le marché a rouvert.\n\nSamedi, les exposants sont revenus. Son voisin, Samedy, "
           "tenait le stand.\n"),
])
def test_a_calendar_word_is_no_spelling_of_a_name(lang, text):
    assert variants(text, lang) == []


@pytest.mark.parametrize("lang, text, odd", [
    # a name one sound from another name is still its variant, beside a month
    ("en", "Flights to Kathmandu resumed in March. Kathmandu airport reopened in April. "
           "Hotels in Katmandou were full.\n", "Katmandou"),
    ("fr", "Mardi, les vols vers Katmandou ont repris. L'aéroport de Katmandou a rouvert "
           "en mars. Les hôtels de Kathmandu étaient pleins.\n", "Kathmandu"),
])
def test_a_name_beside_calendar_words_still_has_variants(lang, text, odd):
    assert variants(text, lang) == [odd]
