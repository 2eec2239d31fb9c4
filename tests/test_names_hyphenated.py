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
