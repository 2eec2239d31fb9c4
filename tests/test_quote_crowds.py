"""Groups as sources (issue 13): a plural pronoun ("they said", "ont-ils déclaré") stands
for a group or an organisation named just before, never for one person; and a full
sentence quoted after a sentence about a crowd ("Protesters gathered outside. '...'")
has nobody saying it, so ``speakers.unattributed-quote`` asks who did.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from checker import check_text
from test_quote_sources import _speakers


def _unattributed(text: str, lang: str) -> list[str]:
    return [f.text[:12] for f in check_text(text + "\n", path="s.md", lang=lang,
                                            select=["speakers.unattributed-quote"])]


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "The unions rejected the offer on Friday. \"This is an insult to every worker in "
           "the plant,\" they said.", "The unions"),
    ("fr", "Les syndicats ont rejeté l'offre vendredi. « C'est une insulte pour chaque "
           "ouvrier de l'usine », ont-ils déclaré.", "Les syndicats"),
    ("en", "The two airlines announced the merger on Monday. \"Passengers will see no "
           "change,\" they said.", "The two airlines"),
])
def test_a_plural_pronoun_is_the_group_named_before(lang, text, speaker):
    assert _speakers(text + "\n", lang) == [speaker]


@pytest.mark.parametrize("lang, text", [
    ("en", "Mayor Ana Ruiz visited the site on Monday. \"We will be back next week,\" they "
           "said."),
    ("fr", "La maire Ana Ruiz a visité le chantier lundi. « Nous reviendrons la semaine "
           "prochaine », ont-ils déclaré."),
])
def test_a_plural_pronoun_is_never_one_person(lang, text):
    assert "Ana Ruiz" not in _speakers(text + "\n", lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Protesters gathered outside the ministry on Monday. \"We want our jobs back and "
           "we will stay here until we get them.\""),
    ("fr", "Environ 500 habitants ont manifesté lundi devant la mairie. Ils réclament la "
           "réouverture de la maternité. « Si la ville ne veut pas agir, qu'on nous donne "
           "les moyens de le faire nous-mêmes. »"),
    ("en", "Other analysts point out that the index had not fallen as fast as in May, "
           "suggesting a lack of conviction. \"There is not the panic that there was in "
           "the spring.\""),
    ("fr", "D'autres économistes notent que l'indice a moins reculé qu'en mai. « Il n'y a "
           "pas la panique que nous avons connue au printemps dernier. »"),
])
def test_a_quote_after_a_sentence_about_a_crowd_is_unattributed(lang, text):
    assert len(_unattributed(text, lang)) == 1


@pytest.mark.parametrize("lang, text", [
    # one person, an organisation, or a crowd with its own reporting clause
    ("en", "Ana Ruiz, a nurse, gathered with the protesters outside the ministry. \"We want "
           "our jobs back and we will stay here until we get them.\""),
    ("fr", "Le ministère a publié un communiqué lundi. « La maternité restera ouverte tant "
           "que les médecins seront là pour y travailler. »"),
    ("en", "Protesters gathered outside the ministry on Monday. \"We want our jobs back and "
           "we will stay here until we get them,\" they chanted."),
    ("fr", "Les manifestants se sont rassemblés lundi. « Nous voulons retrouver nos emplois "
           "et nous resterons ici jusqu'au bout », ont-ils scandé."),
])
def test_a_quote_of_one_speaker_or_with_its_own_clause_is_attributed(lang, text):
    assert _unattributed(text, lang) == []


@pytest.mark.parametrize("lang, text, speakers", [
    # a role before a name gives its gender to a pronoun ("he" is not her)
    ("en", "Mayor Paul Verdier defended the plan. \"The bridge will be ready in June,\" he said."
           "\n\nCouncilwoman Claire Morel has doubts. \"Nothing is signed,\" she replied.\n\n"
           "\"Everything will be signed on Monday,\" he added.",
     ["Paul Verdier", "Claire Morel", "Paul Verdier"]),
    ("fr", "Le maire Paul Verdier a défendu le projet. « Le pont sera prêt en juin », a-t-il "
           "assuré.\n\nLa conseillère Claire Morel doute. « Rien n'est signé », a-t-elle "
           "répondu.\n\n« Tout sera signé lundi », a-t-il ajouté.",
     ["Paul Verdier", "Claire Morel", "Paul Verdier"]),
    ("en", "Mayor Paul Verdier defended the plan.\n\nCouncilman Tom Avery has doubts. "
           "\"Nothing is signed,\" he replied.", ["Tom Avery"]),
])
def test_a_pronoun_skips_a_speaker_of_the_other_gender(lang, text, speakers):
    assert _speakers(text + "\n", lang) == speakers


@pytest.mark.parametrize("lang, text, flagged", [
    # a reflexive "se déclarer" is no speech: the quote after it has no speaker
    ("fr", "Le feu s'est déclaré vers 14 h près de la route.\n\n« On a vu la fumée passer au-dessus "
           "des toits, puis les flammes sont arrivées en dix minutes. »", 1),
    ("fr", "L'incendie s'est déclaré vers 14 h, a déclaré le maire, Paul Sorel.\n\n« On a vu la fumée "
           "passer au-dessus des toits, puis les flammes sont arrivées en dix minutes. »", 0),
    # English has no such form: the speech verb in the paragraph before still vouches
    ("en", "The fire broke out at 2 p.m., the mayor, Paul Sorel, said.\n\n\"We saw the smoke pass over "
           "the roofs, then the flames reached the ridge in ten minutes.\"", 0),
])
def test_a_reflexive_verb_of_speech_vouches_for_no_quote(lang, text, flagged):
    assert len(_unattributed(text, lang)) == flagged
