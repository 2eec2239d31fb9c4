"""names.variant on hyphenated words (issue 13): a name spelt two ways is a slip, a
compound of common words written two ways by grammar is not. Sentences invented for these
tests, in English and French, positive and negative."""
from __future__ import annotations

import pytest

from test_speakers import findings


def variants(text: str, lang: str) -> list[str]:
    return [f.text for f in findings(text, lang) if f.rule == "names.variant"]


@pytest.mark.parametrize("lang, text", [
    # a compound of common words: hyphenated as a modifier, spaced as a noun
    ("en", "The county will cut 12 control-room posts next year.\n\nThe union said the control room "
           "handles 900 calls a day.\n"),
    # a capital that only opens a sentence makes no name of it
    ("en", "The county will cut 12 control-room posts.\n\nControl-room staff were told on Friday. The "
           "union said the control room handles 900 calls a day.\n"),
    ("fr", "Les militants ont fait du porte à porte tout le week-end.\n\nPorte-à-porte et réunions : le "
           "parti mise sur le terrain. Le porte-à-porte reste la meilleure méthode.\n"),
    ("fr", "Les militants ont fait du porte-à-porte tout le week-end.\n\nLe porte à porte reste la "
           "meilleure méthode, selon le parti.\n"),
])
def test_a_compound_of_common_words_is_no_name(lang, text):
    assert variants(text, lang) == []


@pytest.mark.parametrize("lang, text, flagged", [
    # a name, capitalised where its place does not call for it, spelt with a space later
    ("en", "Police in Saint-Aubin said the road was closed.\n\nTraffic in Saint Aubin was diverted "
           "on Friday.\n", ["Saint Aubin"]),
    ("fr", "Le maire de Qalamoun-ouest a fermé la route.\n\nLa circulation dans le Qalamoun ouest a "
           "été déviée.\n", ["Qalamoun ouest"]),
])
def test_a_hyphenated_name_written_with_a_space_is_still_seen(lang, text, flagged):
    assert variants(text, lang) == flagged


@pytest.mark.parametrize("lang, text, flagged", [
    # one capitalised part of a hyphenated place off by a syllable or a letter
    ("fr", "La commune de Villeneuve-d'Orbel ouvrira une école. Villeneuve-d'Orbel compte 4 000 "
           "habitants.\n\nVilleneuve-d'Orbelle, qui accueille depuis 2019 une antenne de la préfecture, "
           "attend le ministre.\n", ["Villeneuve-d'Orbelle"]),
    ("en", "The town of Ashby-de-la-Moor will open a school.\n\nAshby-de-la-Moore, which has hosted a "
           "county office since 2019, has 4,000 residents.\n", ["Ashby-de-la-Moore"]),
    ("en", "Trains to Stoke-on-Trent were cancelled. Stoke-on-Trent station was shut.\n\nPassengers "
           "for Stoke-on-Trenton were sent by coach.\n", ["Stoke-on-Trenton"]),
    ("fr", "Le festival de Saint-Aubin-sur-Orne a fermé. Saint-Aubin-sur-Orne attend son maire.\n\n"
           "À Saint-Aubin-sur-Ornes, les commerçants protestent.\n", ["Saint-Aubin-sur-Ornes"]),
])
def test_a_hyphenated_place_spelt_two_ways(lang, text, flagged):
    assert variants(text, lang) == flagged


def test_the_headline_settles_a_hyphenated_place():
    text = ("---\nlang: fr\ntitle: \"Une école à Villeneuve-d'Orbel\"\n---\n\nLa commune de "
            "Villeneuve-d'Orbel ouvrira une école.\n\nVilleneuve-d'Orbelle compte 4 000 habitants.\n")
    assert variants(text, "fr") == ["Villeneuve-d'Orbelle"]


@pytest.mark.parametrize("lang, text", [
    # two real places that share a part: they differ by more than one part, or by a word
    ("fr", "Le train relie Villeneuve-sur-Lot à Agen. Villeneuve-d'Orbel attend sa gare.\n"),
    ("fr", "Le bus relie Villeneuve-sur-Lot à Villeneuve-sur-Yonne.\n"),
    ("en", "Trains run from Stoke-on-Trent to Stoke-by-Nayland.\n"),
    ("fr", "Les élus de Saint-Denis et de Saint-Dizier se sont réunis.\n"),
    # each spelling settled by several uses: a house style in doubt, no slip to point at
    ("en", "Ashby-de-la-Moor voted. Ashby-de-la-Moor won.\n\nAshby-de-la-Moore lost. Ashby-de-la-Moore "
           "appealed.\n"),
])
def test_two_hyphenated_names_that_share_a_part_are_two_names(lang, text):
    assert variants(text, lang) == []
