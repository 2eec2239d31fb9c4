"""A quote that speaks of someone in the third person ("We trusted him", « nous lui avions
confié ») is not carried to the one the sentence before is merely about: nobody tells of
themselves as "him". With no speech verb near, ``speakers.unattributed-quote`` asks who
said it (issue 13). Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from checker import check_text
from test_quote_sources import _speakers


def _unattributed(text: str, lang: str) -> list[str]:
    return [f.text[:12] for f in check_text(text + "\n", path="s.md", lang=lang,
                                            select=["speakers.unattributed-quote"])]


@pytest.mark.parametrize("lang, text", [
    ("en", "The club's treasurer, Tom Reding, was arrested at his flat in June and charged in "
           "August.\n\n\"We trusted him with the keys to everything, and he emptied the till.\""),
    ("fr", "Le trésorier du club, Marc Olivier, a été arrêté chez lui en juin.\n\n« Nous lui "
           "avions confié les clés de tout, et voilà comment il nous a remerciés. »"),
])
def test_a_quote_about_the_one_before_has_no_speaker(lang: str, text: str) -> None:
    assert len(_unattributed(text, lang)) == 1
    assert _speakers(text + "\n", lang) == [""]


@pytest.mark.parametrize("lang, text, speaker", [
    # No third person in the quote: the one the paragraph before is about says it.
    ("en", "The club's treasurer, Tom Reding, runs the bar on Saturdays.\n\n\"We have never once "
           "closed early in twenty years of trading.\"", "Tom Reding"),
    ("fr", "Le trésorier du club, Marc Olivier, tient le bar le samedi.\n\n« Nous n'avons jamais "
           "fermé plus tôt en vingt ans d'existence. »", "Marc Olivier"),
    # A speech verb says who speaks, whoever the quote is about.
    ("en", "Tom Reding's sister, Ann Reding, said on Monday:\n\n\"We trusted him with the keys to "
           "everything, and he emptied the till.\"", "Ann Reding"),
    ("fr", "Sa sœur, Anne Olivier, a déclaré lundi :\n\n« Nous lui avions confié les clés de tout, "
           "et voilà comment il nous a remerciés. »", "Anne Olivier"),
])
def test_a_quote_with_its_speaker_keeps_it(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text + "\n", lang) == [speaker]
    assert _unattributed(text, lang) == []


@pytest.mark.parametrize("lang, text, speaker", [
    # the manner of speaking for the verb: still reported speech
    ("fr", "Karim, un étudiant de 21 ans, fait les vendanges. « C'est dur pour le dos, mais l'ambiance est "
           "excellente », sourit-il.", "Karim"),
    ("en", "Karim, a 21-year-old student, is picking grapes. \"It is hard on the back, but the mood is "
           "excellent,\" he smiled.", "Karim"),
])
def test_a_quote_told_with_the_manner_of_speaking(lang: str, text: str, speaker: str) -> None:
    assert _unattributed(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("fr", "Paul Rey a battu Jens Wout.\n\n« Jens a attaqué trois fois, et j'ai cru craquer », a raconté le "
           "vainqueur. Son directeur, Luc Morin, a salué « une course rare ». « Il n'a jamais paniqué », a ajouté "
           "M. Morin.\n\nWout, lui, ne cachait pas sa déception. « J'ai tout donné. Il était simplement le plus "
           "fort ce week-end », a concédé le Belge."),
    ("en", "The Belgian Jens Wout did not hide his disappointment. \"I gave everything. He was simply the "
           "strongest this weekend,\" the Belgian conceded."),
])
def test_a_conceded_quote_is_reported(lang: str, text: str) -> None:
    assert _unattributed(text, lang) == []
