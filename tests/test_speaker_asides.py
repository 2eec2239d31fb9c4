"""A speech verb set off from its subject by an adverb between commas ("Roy, however,
warned", "Roy, pour sa part, a déclaré") still makes the name a speaker: a stranger so
named is reported, an introduced person is not, and a sentence opening on an adverb is
no one's name."""
from __future__ import annotations

import pytest

from checker import check_text


def _unintroduced(text: str, lang: str) -> list[str]:
    return [f.text for f in check_text(text + "\n", path="s.md", lang=lang, select=["speakers.unintroduced"])]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Mayor Ines Calloway opened the fair. Brandt, however, warned that the roads would close.", ["Brandt"]),
    ("en", "Mayor Ines Calloway opened the fair. Calloway, however, warned that the roads would close.", []),
    ("en", "Mayor Ines Calloway opened the fair. Meanwhile, officials warned that the roads would close.", []),
    ("en", "Mayor Ines Calloway opened the fair. Brandt, the organiser, said the roads would close.", []),
    ("fr", "La maire Inès Calloway a ouvert la foire. Brandt, pour sa part, a déclaré que les routes fermeraient.", ["Brandt"]),
    ("fr", "La maire Inès Calloway a ouvert la foire. Calloway, pour sa part, a déclaré que les routes fermeraient.", []),
    ("fr", "La maire Inès Calloway a ouvert la foire. Cependant, la préfecture a déclaré que les routes fermeraient.", []),
])
def test_a_speaker_behind_an_aside(lang, text, expected):
    assert _unintroduced(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Selon Inès Calloway, la décision était prise. « Il faut rassembler », a réagi Brandt à la sortie.", ["Brandt"]),
    ("fr", "Selon Inès Calloway, la décision était prise. « Il faut rassembler », a réagi Calloway à la sortie.", []),
    ("fr", "Selon Inès Calloway, la décision était prise. « Il faut rassembler », a-t-elle réagi à Paris.", []),
    ("en", "Mayor Ines Calloway spoke first. \"We will rebuild,\" quipped Brandt after the vote.", ["Brandt"]),
    ("en", "Mayor Ines Calloway spoke first. \"We will rebuild,\" quipped Calloway after the vote.", []),
    ("en", "Mayor Ines Calloway spoke first. \"We will rebuild,\" she told Brandt after the vote.", []),
])
def test_the_clause_right_after_a_quote_names_its_speaker_whatever_the_verb(lang, text, expected):
    assert _unintroduced(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The plant's union met on Monday. Unions said they would fight the cuts.", []),
    ("en", "The plant's owners met on Monday. Brandts said they would fight the cuts.", ["Brandts"]),
    ("fr", "Le syndicat s'est réuni lundi. Syndicats, a déclaré Brandt, ils refusent tout.", ["Brandt"]),
    ("fr", "Les ouvrières se sont réunies lundi. Ouvrières a déclaré qu'elles refusaient tout.", []),
])
def test_a_word_the_story_writes_in_lower_case_opens_a_sentence_as_a_common_noun(lang, text, expected):
    assert _unintroduced(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "La maire Carla Dunmore a présenté le budget. « Nous tiendrons », a déclaré la maire Clara Dunmore.",
     ["Clara Dunmore"]),
    ("fr", "Le sénateur Pierre Roy a parlé. « Non », a répondu le sénateur démocrate Paul Roy.", []),
    ("en", "Mayor Carla Dunmore spoke first. \"We will rebuild,\" Mayor Clara Dunmore said.", ["Clara Dunmore"]),
    ("en", "Senator Pierre Roy spoke. \"No,\" said the outgoing senator Paul Roy.", []),
])
def test_an_article_before_the_title_describes_nobody_of_their_own(lang, text, expected):
    found = check_text(text + "\n", path="s.md", lang=lang, select=["speakers.variant"])
    assert [f.text for f in found] == expected
