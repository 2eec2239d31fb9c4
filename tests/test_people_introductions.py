"""Introductions by full name (issue 13): a person the story names in full wherever the
name stands, so that a later misspelt or changed surname is seen against it.

Sentences are invented; each class is tried in English and French, positive and negative."""
from __future__ import annotations

import pytest

from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text

from test_speakers import findings


def fulls(text: str, lang: str) -> set[str]:
    """The full names the story introduces as people."""
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    return {m.name for m in Facts(doc, load_locale(lang)).get("people")
            if m.form in ("full", "title+full")}


def variants(text: str, lang: str) -> list[str]:
    return [f.text for f in findings(text, lang) if f.rule == "speakers.variant"]


# a role noun heads the phrase before the name; an organisation noun in its complement
# (or before it, as its modifier) names the role's employer, not the name

ROLE_HEADED = [
    ("en", "The president of the association, Claire Audoin, praised the volunteers. "
           "According to Audouin, the festival brought in £2.4 million.\n",
     "Claire Audoin", "Audouin"),
    ("fr", "La présidente de l'association, Claire Audoin, a salué leur engagement. "
           "Selon Audouin, le festival a généré 2,4 millions d'euros.\n",
     "Claire Audoin", "Audouin"),
    ("en", "The charity's founder, Osric Pellham, thanked the donors. The gala raised "
           "money, and Pelham left early.\n", "Osric Pellham", "Pelham"),
    ("fr", "Le directeur général de la société, Osric Pellham, a remercié les donateurs. "
           "Le gala a rapporté gros, et Pelham est parti tôt.\n", "Osric Pellham", "Pelham"),
]


ORG_HEADED = [
    ("en", "Shares of the carmaker, Vellmoor Motors, fell. Vellmoor said sales were weak.\n",
     "Vellmoor Motors"),
    ("en", "The president's company, Vellmoor Dynamics, grew fast.\n", "Vellmoor Dynamics"),
    ("fr", "La fédération des directeurs d'école, Vellmoor Avenir, a protesté.\n",
     "Vellmoor Avenir"),
    ("fr", "Les actions du groupe, Vellmoor Dynamics, ont baissé.\n", "Vellmoor Dynamics"),
]


@pytest.mark.parametrize("lang,text,name", ORG_HEADED)
def test_organisation_heading_the_phrase_still_names_a_thing(lang, text, name):
    assert name not in fulls(text, lang)


# the story's own evidence, where no cue stands next to the name

EVIDENCED = [
    # a list shared with a person
    ("en", "Ana Ruiz, Lise Varkov and Tom Birch voted against. Birch said the plan was "
           "flawed. Later Varokv left the room.\n", "Lise Varkov", "Varokv"),
    ("fr", "Ana Ruiz, Lise Varkov et Tom Birch ont voté contre. Birch a dit que le projet "
           "était bancal. Plus tard, Varokv a quitté la salle.\n", "Lise Varkov", "Varokv"),
    # a role in the plural before the list
    ("en", "The physicists Robert Brault, Lise Varkov and Tom Birch won the prize. The jury "
           "praised Varokv.\n", "Lise Varkov", "Varokv"),
    ("fr", "Les physiciens Robert Brault, Lise Varkov et Tom Birch ont été primés. Le jury a "
           "salué Varokv.\n", "Lise Varkov", "Varokv"),
    # a verb only a person is the subject of
    ("en", "Imogen Thwaite resigned on Monday. The vote was close. Later Thwiate spoke.\n",
     "Imogen Thwaite", "Thwiate"),
    ("fr", "Imogen Thwaite a démissionné lundi. Le vote a été serré. Plus tard, Thwiate a "
           "parlé.\n", "Imogen Thwaite", "Thwiate"),
]


@pytest.mark.parametrize("lang,text,name,slip", ROLE_HEADED + EVIDENCED)
def test_the_name_is_introduced_and_its_slip_seen(lang, text, name, slip):
    """A role heading an organisation complement, or the story's evidence, introduces
    the name; a later misspelt surname is then a variant of it."""
    assert name in fulls(text, lang)
    assert slip in variants(text, lang)


def test_en_person_only_pronoun_after_the_name_opening_its_sentence():
    assert "Imogen Thwaite" in fulls(
        "Imogen Thwaite backed the plan on Monday. She said the vote was close.\n", "en")


def test_en_pronoun_after_a_sentence_opened_by_someone_else_vouches_for_no_place():
    assert fulls("At noon Birch was in Port Talbot for a talk. He left at six.\n", "en") \
        == set()


def test_fr_il_and_elle_take_things_too():
    assert fulls("Northway Terminals a agrandi son port lundi. Elle prévoit de recruter.\n",
                 "fr") == set()


def test_given_name_of_another_cued_person():
    text = "\"We lost,\" said Tom Birch. Tom Harlow, who chairs the club, agreed.\n"
    assert {"Tom Birch", "Tom Harlow"} <= fulls(text, "en")
    text = ("« Nous avons perdu », a dit Tom Birch. Tom Harlow a approuvé lundi, et "
            "Harlow a quitté la salle.\n")
    assert {"Tom Birch", "Tom Harlow"} <= fulls(text, "fr")


def test_a_shared_first_word_of_one_word_inflected_is_no_given_name():
    text = "\"We won,\" said New Zealand. Every New Zealander cheered.\n"
    assert "New Zealander" not in fulls(text, "en")


NOT_PEOPLE = [
    ("en", "Ana Ruiz said flights to New York and Los Angeles resumed. Ruiz was pleased.\n",
     {"Ana Ruiz"}),
    ("en", "Tom Birch said Northway Terminals and Crystal Spring signed. Birch was pleased.\n",
     {"Tom Birch"}),
    ("fr", "Tom Birch a dit que Northway Terminals et Crystal Spring avaient signé. Birch "
           "était satisfait.\n", {"Tom Birch"}),
    ("en", "Flights to New York resumed. Officials in Saint-Alban-sur-Arvèze agreed.\n", set()),
    ("fr", "Le Monde a publié l'enquête lundi. Air France a annulé des vols.\n", set()),
    ("en", "Chairman and Chief Operating Officer of the firm, Tom Birch, spoke.\n",
     {"Tom Birch"}),
    # a list of places around a person's name, closed by commas only: no list of people
    ("en", "Tom Birch, Port Talbot, was re-elected. Birch thanked voters.\n", {"Tom Birch"}),
]


@pytest.mark.parametrize("lang,text,expected", NOT_PEOPLE)
def test_places_organisations_and_titles_stay_things(lang, text, expected):
    assert fulls(text, lang) == expected


def test_fr_adjective_after_the_role_still_gives_the_role():
    doc = read_text("---\nlang: fr\n---\n\nLe président valdorien Osric Pellham a reçu les "
                    "délégués.\n", path="story.md")
    found = {m.name: m.cues for m in Facts(doc, load_locale("fr")).get("people")}
    assert "role" in found["Osric Pellham"]


def test_fr_auxiliary_or_preposition_after_the_role_gives_none():
    assert fulls("Le ministre a visité Port Talbot lundi. Le maire de Port Talbot a "
                 "applaudi.\n", "fr") == set()


def test_en_no_word_between_role_and_name():
    assert fulls("The president visited Port Talbot on Monday.\n", "en") == set()


# a particle opens the organisation after a name as well as a surname ("Jean de La Fontaine")

@pytest.mark.parametrize("lang,text,name", [
    ("fr", "Anne Brenning de la CGT a salué le projet. Plus tard, Brening est partie.\n",
     "Anne Brenning"),
    ("fr", "Paul Brenning du PS a salué le projet. Plus tard, Brening est parti.\n",
     "Paul Brenning"),
    ("fr", "Le poète Jean de La Fontaine a écrit ces fables. Plus tard, La Fontiane les a "
           "publiées.\n", "Jean de La Fontaine"),
    ("en", "Ana Brenning of the NAACP praised the plan. Later Brening left.\n", "Ana Brenning"),
])
def test_particle_before_an_acronym_ends_the_name(lang, text, name):
    assert name in fulls(text, lang)
    assert variants(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le président de Valdor Amérique du Nord examine le thème.\n"),
    ("en", "Shares of Valdor Bank of the West fell.\n"),
])
def test_a_thing_ending_in_a_place_word_is_not_cut_into_a_name(lang, text):
    assert fulls(text, lang) == set()


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Ana Brenning of the NAACP praised the plan.\n", {"Ana Brenning"}),
    ("fr", "Anne Brenning de la CGT a salué le projet.\n", {"Anne Brenning"}),
    ("en", "Northway Terminals of Ohio expanded its port.\n", set()),
    ("en", "The Wixom Assembly Plant of Wixom closed.\n", set()),
    ("fr", "Le Réseau Ferré de France a relevé ses tarifs.\n", set()),
])
def test_an_organisation_acronym_attached_to_a_name(lang, text, expected):
    assert fulls(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "She launched her novel Angel Catbird, with illustrator Johnnie Christmas.\n",
     {"Johnnie Christmas"}),
    ("fr", "Elle a lancé son roman Angel Catbird, avec l'illustrateur Johnnie Christmas.\n",
     {"Johnnie Christmas"}),
    ("en", "Imogen Thwaite, a spokeswoman for the council, backed the plan.\n",
     {"Imogen Thwaite"}),
    ("fr", "Imogen Thwaite, présidente de l'association Valdor, a soutenu le projet.\n",
     {"Imogen Thwaite"}),
    # a compound title is no role given to a name
    ("en", "He trailed Osric Pellham, the state's Attorney General, by 14 points.\n",
     {"Osric Pellham"}),
    ("fr", "Il devance Osric Pellham, le Secrétaire Général du parti, de 14 points.\n",
     {"Osric Pellham"}),
])
def test_a_role_followed_by_a_name_is_no_apposition_of_the_name_before(lang, text, expected):
    assert fulls(text, lang) == expected


@pytest.mark.parametrize("text, early", [
    # a pronoun only a person takes right after the early surname: the person, named too soon
    ("Reid and his four-strong crew won the race on Saturday.\n\n"
     "Callum Reid, 29, a boatbuilder from the town, said he was delighted.\n", ["Reid"]),
    # a company named after its founder takes "its"; a bare surname proves nothing
    ("Ford and its dealers announced a recall on Monday.\n\n"
     "Henry Ford, 52, the firm's founder, said he was sorry.\n", []),
    ("Reid won the race on Saturday.\n\n"
     "Callum Reid, 29, a boatbuilder from the town, said he was delighted.\n", []),
])
def test_en_a_person_pronoun_after_an_early_surname(text, early):
    assert [f.text for f in findings(text, "en") if f.rule == "speakers.before-introduction"] == early


@pytest.mark.parametrize("lang, text, expected", [
    # a verb or an adverb opening the sentence takes its capital from its place: with a
    # company's name after it, it makes no full name ("Losing Holbrook", « Perdre Holbrook »)
    ("en", "Holbrook said on Monday that no jobs would go. \"Losing Holbrook would have been a "
           "hammer blow,\" said Alan Pierce, the mayor.\n", {"Alan Pierce"}),
    ("en", "Keeping Holbrook in town was the council's priority, said Alan Pierce, the mayor.\n",
     {"Alan Pierce"}),
    ("en", "Clearly Holbrook had no plan to leave, said Alan Pierce, the mayor.\n", {"Alan Pierce"}),
    ("fr", "Holbrook a déclaré lundi qu'aucun emploi ne serait supprimé. « Perdre Holbrook aurait été "
           "un coup de massue », a déclaré Alain Pierret, le maire.\n", {"Alain Pierret"}),
    ("fr", "Sauver Holbrook était la priorité du conseil, a déclaré Alain Pierret, le maire.\n",
     {"Alain Pierret"}),
    ("fr", "Heureusement Holbrook n'a pas quitté la ville, a déclaré Alain Pierret, le maire.\n",
     {"Alain Pierret"}),
    ("fr", "Maintenir Holbrook à Dunmore était la priorité, a déclaré Alain Pierret, le maire.\n",
     {"Alain Pierret"}),
    ("fr", "Construire Holbrook Park coûtera cher, a déclaré Alain Pierret, le maire.\n",
     {"Alain Pierret"}),
    # a given name opening the sentence is no form of another word: still a person
    ("en", "Irving Holbrook, the firm's founder, said no jobs would go.\n", {"Irving Holbrook"}),
    ("en", "Emily Holbrook, the firm's founder, said no jobs would go.\n", {"Emily Holbrook"}),
    ("fr", "Olivier Holbrook, le fondateur de l'entreprise, a déclaré qu'aucun emploi ne serait "
           "supprimé.\n", {"Olivier Holbrook"}),
    ("fr", "Pierre Holbrook, le fondateur de l'entreprise, a déclaré qu'aucun emploi ne serait "
           "supprimé.\n", {"Pierre Holbrook"}),
])
def test_a_verb_or_adverb_opening_the_sentence_is_no_given_name(lang, text, expected):
    assert fulls(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Holbrook said on Monday that no jobs would go.\n\n\"Losing Holbrook would have been a "
           "hammer blow,\" said Alan Pierce, the mayor.\n"),
    ("fr", "Holbrook a déclaré lundi qu'aucun emploi ne serait supprimé.\n\n« Perdre Holbrook aurait été "
           "un coup de massue », a déclaré Alain Pierret, le maire.\n"),
])
def test_a_company_named_in_a_quote_after_a_verb_is_used_after_no_introduction(lang, text):
    assert not [f for f in findings(text, lang) if f.rule == "speakers.before-introduction"]
