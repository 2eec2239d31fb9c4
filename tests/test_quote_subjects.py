"""Partial quotes inside reported speech: the speaker is the reporting clause's subject,
whatever opens it (a quantifier, an indefinite pronoun, "with" and a participle, a name
behind a chain of appositions), and a clause is never that subject (issue 13).

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from test_quote_sources import _speakers


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "Other experts argued that the forecasts were \"far too optimistic\".",
     "Other experts"),
    ("fr", "D'autres experts estiment que les prévisions sont « bien trop optimistes ».",
     "D'autres experts"),
    ("en", "Several residents said the new car park was \"a costly mistake\".",
     "Several residents"),
    ("fr", "Plusieurs habitants ont estimé que le parking était « une erreur coûteuse ».",
     "Plusieurs habitants"),
    # "X reported that Y said ...": Y says the quoted words
    ("en", "The Valley Courier reported that someone close to the talks said the offer was "
           "\"a final one\".", "someone close to the talks"),
    ("fr", "Le Courrier du Nord a rapporté que quelqu'un de proche des négociations a jugé "
           "l'offre « définitive ».", "quelqu'un de proche des négociations"),
])
def test_a_quantifier_or_an_indefinite_pronoun_opens_the_subject(lang, text, speaker):
    assert _speakers(text + "\n", lang) == [speaker]


@pytest.mark.parametrize("lang, text", [
    ("en", "Several weeks later, the car park was \"a costly mistake\" in every newspaper."),
    ("fr", "Plusieurs semaines plus tard, le parking était « une erreur coûteuse » dans tous "
           "les journaux."),
])
def test_a_quantifier_opening_a_time_phrase_names_nobody(lang, text):
    assert _speakers(text + "\n", lang) == [""]


@pytest.mark.parametrize("lang, text, speaker", [
    # '..., suggesting': not "the index had not fallen", a clause and no noun phrase
    ("en", "Other analysts point out that the index had not fallen as fast as in May, "
           "suggesting a lack of \"real conviction\" among sellers.", "Other analysts"),
    ("fr", "Les syndicats notent que la production avait reculé depuis mai, estimant que la "
           "direction était « responsable de tout ».", "Les syndicats"),
    # "X ont, pour la première fois, demandé": X, without its auxiliary
    ("fr", "Les locataires de l'immeuble ont, pour la première fois, dénoncé une gestion "
           "« totalement opaque ».", "Les locataires de l'immeuble"),
    ("en", "Neighbours gathered outside the hall, with one resident saying the vote was "
           "\"a disgrace\".", "one resident"),
    ("en", "Residents gathered outside the hall on Monday night, calling the vote "
           "\"a disgrace\".", "Residents"),
])
def test_a_participle_takes_the_main_or_the_absolute_subject(lang, text, speaker):
    assert _speakers(text + "\n", lang) == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "Wendell Harcourt, chairperson of Local 12, Northern Steel Workers union said \"We "
           "are angry and we will not accept a single job cut at this site\".",
     "Wendell Harcourt"),
    ("fr", "Ana Ruiz, secrétaire de la section 12, Fédération des mineurs a déclaré que la "
           "fermeture était « inacceptable ».", "Ana Ruiz"),
    # no role opens a middle chunk: the last phrase before the verb is the subject
    ("en", "On Monday, in Leeds, the Northern Steel Workers union said the offer was "
           "\"an insult\".", "the Northern Steel Workers union"),
    ("fr", "Lundi, à Lille, la Fédération des mineurs a jugé l'offre « insultante ».",
     "la Fédération des mineurs"),
])
def test_the_name_before_a_chain_of_appositions_is_the_subject(lang, text, speaker):
    assert _speakers(text + "\n", lang) == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "Dana Whitfield took the stage at noon.\n\nShe talked about the new chips. Current "
           "Lumina phones will keep working, and current owners will get an update.\n\nShe "
           "said that the firm was \"getting ready\" for the change.", "Dana Whitfield"),
    ("fr", "Dana Whitfield est montée sur scène à midi.\n\nElle a parlé des nouvelles puces. "
           "Anciens Lumina et nouveaux modèles resteront compatibles, et les anciens appareils "
           "recevront une mise à jour.\n\nElle a affirmé que l'entreprise était « prête » pour "
           "le changement.", "Dana Whitfield"),
    # a name opening a sentence, never written in lower case, still stands for the pronoun
    ("en", "The board met on Monday.\n\nHarlan Brooks took the floor after lunch. Analysts "
           "listened.\n\nHe said that the bank was \"well prepared\" for the audit.",
     "Harlan Brooks"),
])
def test_a_common_word_capitalised_by_its_sentence_opens_no_name_for_a_pronoun(lang, text,
                                                                               speaker):
    assert _speakers(text + "\n", lang) == [speaker]


@pytest.mark.parametrize("lang, text", [
    # a quantifier before no group of people opens no subject: the clause's pronoun reports
    ("en", "Mayor Ana Ruiz spoke for an hour. She praised the plan and several times described "
           "it as \"overdue\"."),
    ("fr", "La maire Ana Ruiz a parlé une heure. Elle a salué le projet et plusieurs fois "
           "qualifié le chantier de « nécessaire »."),
])
def test_a_quantifier_before_no_group_of_people_is_no_subject(lang, text):
    assert _speakers(text + "\n", lang) == ["Ana Ruiz"]


@pytest.mark.parametrize("lang, text, speaker", [
    # a long quote after a clause closed by a comma is that clause subject's, lower case or not
    ("en", "On Monday, Ana Ruiz extended an invitation to the other side, \"we have always "
           "admired your work and we hope to work together now\".", "Ana Ruiz"),
    ("fr", "Après le jugement, Ana Ruiz a tendu la main à la partie adverse, « nous avons "
           "toujours admiré votre travail et nous espérons travailler ensemble ».", "Ana Ruiz"),
    # a short one is a title or a name, no speech
    ("en", "The museum opened a room for the collection, \"from the early years\".", ""),
    ("fr", "Le musée a ouvert une salle pour la collection, « des premières années ».", ""),
])
def test_a_long_quote_after_a_comma_is_the_clause_subject_s(lang, text, speaker):
    assert _speakers(text + "\n", lang) == [speaker]
