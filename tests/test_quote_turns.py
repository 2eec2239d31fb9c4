"""Transcripts (issue 13): a label that opens two turns or more ("Rebecca: ...") names
the speaker of the quotes in its turns that have no reporting clause of their own,
however short the name; a clause inside the turn ("My father said, ...") still wins,
and an interviewer's label or a one-off colon names nobody.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from test_quote_sources import _speakers

_EN = ("Rebecca: We opened the shop in the spring, with two chairs and a mirror.\n\n"
       "Tom: \"And a loan,\" as we always say.\n\n"
       "Rebecca: Right. {line}\n")
_FR = ("Rebecca : Nous avons ouvert la boutique au printemps, avec deux chaises.\n\n"
       "Tom : « Et un prêt », comme on dit toujours.\n\n"
       "Rebecca : C'est vrai. {line}\n")


@pytest.mark.parametrize("lang, text, speakers", [
    ("en", _EN.format(line="\"We were young and we did not know any better back then.\""),
     ["Tom", "Rebecca"]),
    ("fr", _FR.format(line="« Nous étions jeunes et nous ne savions pas mieux faire à "
                           "l'époque. »"), ["Tom", "Rebecca"]),
    # a reporting clause inside the turn names its own speaker
    ("en", _EN.format(line="My father said, \"You will never make any money with this.\""),
     ["Tom", "My father"]),
    ("fr", _FR.format(line="Mon père a dit : « Tu ne gagneras jamais d'argent avec ça. »"),
     ["Tom", "Mon père"]),
])
def test_a_repeated_label_names_the_turn_speaker(lang, text, speakers):
    assert _speakers(text, lang) == speakers


@pytest.mark.parametrize("lang, text", [
    ("en", "Q: What did you tell the board?\n\nA: \"We need two more years to finish the "
           "work we started.\"\n"),
    ("fr", "Question : Qu'avez-vous dit au conseil ?\n\nRéponse : « Il nous faut deux ans de "
           "plus pour finir le travail commencé. »\n"),
    ("en", "Warning: \"The bridge will stay closed until the engineers have inspected every "
           "pillar.\"\n"),
    ("fr", "Avertissement : « Le pont restera fermé tant que les ingénieurs n'auront pas "
           "inspecté chaque pile. »\n"),
])
def test_an_interviewer_or_a_one_off_label_names_nobody(lang, text):
    assert _speakers(text, lang) == [""]
