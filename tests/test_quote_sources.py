"""Quotes of political news and their sources (issue 13): partial quotes inside reported
speech, organisations as sources, names before an apposition, "for"/"pour" with a role.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def _speakers(text: str, lang: str) -> list[str]:
    """Each quote's speaker: the person's fullest name, else the source as written."""
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    facts = Facts(doc, load_locale(lang))
    names: dict[str, str] = {}
    for m in facts.get("people"):
        if len(m.name) > len(names.get(m.person, "")):
            names[m.person] = m.name
    return [names.get(q.speaker, q.source) if q.speaker else q.source
            for q in facts.get("quotes")]


@pytest.mark.parametrize("text", [
    "Senator Hal Brightwater accused the governor of \"playing games with the budget\".",
    "Senator Hal Brightwater condemned the attack as \"cowardly and senseless\".",
    "Senator Hal Brightwater hailed the vote as \"a victory for working families\".",
    "Senator Hal Brightwater dismissed the report as \"a work of fiction\".",
])
def test_en_verbs_of_political_speech_report_a_partial_quote(text):
    assert _speakers(text + "\n", "en") == ["Hal Brightwater"]


@pytest.mark.parametrize("text", [
    "Le ministre Paul Verdier a salué « une étape historique » pour le pays.",
    "Le ministre Paul Verdier a appelé le gouvernement à « cesser de jouer avec le budget ».",
    "Le ministre Paul Verdier a fustigé « une attaque lâche et insensée ».",
])
def test_fr_verbs_of_political_speech_report_a_partial_quote(text):
    assert _speakers(text + "\n", "fr") == ["Paul Verdier"]


def test_en_organisation_denounces():
    text = "The State Department denounced the arrests as \"politically motivated\".\n"
    assert _speakers(text, "en") == ["The State Department"]


def test_fr_organisation_rejects():
    text = "Le Kremlin a balayé ces accusations, jugées « absurdes et sans fondement ».\n"
    assert _speakers(text, "fr") == ["Le Kremlin"]


def test_en_name_and_apposition_after_the_quote_is_the_subject():
    text = ("\"This is a historic step for the state and for every family in it,\" "
            "Brightwater, a Democrat, told the local radio.\n")
    assert _speakers(text, "en") == ["Brightwater"]


def test_fr_inverted_subject_after_a_complement_still_read():
    text = ("« C'est une étape historique », l'accord, dans sa forme actuelle, a estimé "
            "jeudi la ministre.\n")
    assert _speakers(text, "fr")[0].startswith("la ministre")


def test_fr_pour_with_a_role_before_the_name():
    text = "Pour le ministre Paul Verdier, le texte est « équilibré et attendu ».\n"
    assert _speakers(text, "fr") == ["Paul Verdier"]


def test_en_for_with_a_role_before_the_name():
    text = "For Labour leader Ana Ruiz, the budget is \"a missed chance\".\n"
    assert _speakers(text, "en") == ["Ana Ruiz"]


def test_fr_pour_with_a_common_noun_names_nobody():
    text = "Pour les familles du quartier, ce parc est « un poumon » depuis des années.\n"
    assert _speakers(text, "fr") == [""]


# -- straight single quotes -------------------------------------------------------------

def test_en_single_straight_quotes_inside_reported_speech():
    text = "Senator Hal Brightwater said the bill was 'dead on arrival' and would not pass.\n"
    assert _speakers(text, "en") == ["Hal Brightwater"]


def test_en_single_quote_holding_an_apostrophe():
    text = "'We don't know yet,' Senator Hal Brightwater said after the vote.\n"
    assert _speakers(text, "en") == ["Hal Brightwater"]


@pytest.mark.parametrize("text, lang", [
    ("The players' union said it wasn't ready for a '90s revival tour.\n", "en"),
    ("Rock 'n' roll bands filled the town's halls.\n", "en"),
    ("L'armée d'Ana n'a pas dit qu'elle partirait aujourd'hui.\n", "fr"),
])
def test_apostrophes_open_no_quote(text, lang):
    assert _speakers(text, lang) == []


# -- a name right after a verb in a compound tense is its object --------------------------

def test_en_name_after_has_confirmed_is_no_speaker_for_a_pronoun():
    text = ("Marc Ruiz, the club's president, met the press on Monday. The club has also "
            "confirmed Paul Verdier as coach for next season.\n\n\"We are building for the "
            "long term,\" he said.\n")
    assert _speakers(text, "en") == ["Marc Ruiz"]


def test_fr_name_after_a_confirme_is_no_speaker_for_a_pronoun():
    text = ("Marc Ruiz, président du club, a rencontré la presse lundi. Le club a aussi "
            "confirmé Paul Verdier comme entraîneur la saison prochaine.\n\n« Nous "
            "construisons pour le long terme », a-t-il dit.\n")
    assert _speakers(text, "fr") == ["Marc Ruiz"]


# -- a pronoun resolves to the last speaker of its gender, from the story's wording ------

def test_fr_determiner_of_an_epicene_title_gives_the_gender():
    text = ("La maire Odile Vasseur et le préfet Paul Verdier ont visité le chantier.\n\n"
            "« Les travaux seront finis en mai », a-t-elle assuré.\n\n« Nous avons débloqué "
            "les fonds », a-t-il ajouté.\n")
    assert _speakers(text, "fr") == ["Odile Vasseur", "Paul Verdier"]


def test_fr_gendered_role_in_the_apposition_gives_the_gender():
    text = ("Claude Roussel, directrice de l'école, a reçu Dominique Faure, le maire, lundi.\n\n"
            "« Nous manquons de classes depuis trois ans », a-t-elle expliqué.\n")
    assert _speakers(text, "fr") == ["Claude Roussel"]


def test_en_gendered_role_before_the_name_gives_the_gender():
    text = ("At the briefing, spokeswoman Robin Hale stood next to Jordan Pike, the mayor, "
            "who spoke first.\n\n\"The pool will reopen in May,\" she said.\n")
    assert _speakers(text, "en")[0].endswith("Robin Hale")


def test_en_gendered_role_in_the_apposition_gives_the_gender():
    text = ("Robin Hale, a mother of three, met Jordan Pike, the council's spokesman, on "
            "Monday.\n\n\"The pool will reopen in May,\" he said.\n")
    assert _speakers(text, "en") == ["Jordan Pike"]


def test_en_no_evidence_of_gender_keeps_the_last_speaker():
    text = ("Robin Hale met the press on Monday. Jordan Pike spoke after the vote.\n\n\"The "
            "pool will reopen in May,\" she said.\n")
    assert _speakers(text, "en") == ["Jordan Pike"]


# -- a role phrase is the person the story gave that role; a possessor is no subject -----

def test_en_the_senator_is_the_person_called_senator():
    text = ("Senator Hal Brightwater spoke on Monday.\n\n\"We will fight this ruling in every "
            "court in the land,\" the senator said.\n")
    assert _speakers(text, "en") == ["Hal Brightwater"]


def test_fr_le_ministre_is_the_person_called_ministre():
    text = ("Le ministre Paul Verdier s'est exprimé lundi.\n\n« Nous contesterons cette "
            "décision devant toutes les juridictions », a déclaré le ministre.\n")
    assert _speakers(text, "fr") == ["Paul Verdier"]


def test_en_an_unnamed_role_stays_unnamed():
    text = ("Senator Hal Brightwater spoke on Monday.\n\n\"We will fight this ruling in every "
            "court in the land,\" a spokesman said.\n")
    assert _speakers(text, "en") == ["a spokesman"]


def test_fr_a_role_nobody_held_stays_as_written():
    text = ("Le ministre Paul Verdier s'est exprimé lundi.\n\n« Nous contesterons cette "
            "décision », a déclaré le maire.\n")
    assert _speakers(text, "fr") == ["le maire"]


def test_en_possessor_is_not_the_subject():
    text = ("Senator Hal Brightwater's spokeswoman, Ana Ruiz, said the ruling was \"a "
            "disgrace\".\n")
    assert _speakers(text, "en") == ["Ana Ruiz"]


def test_fr_reagir_reports_a_quote():
    text = "« C'est une honte », a réagi Paul Verdier sur une radio nationale.\n"
    assert _speakers(text, "fr") == ["Paul Verdier"]


def test_en_pronoun_takes_the_latest_of_a_speaker_and_a_name_opening_a_sentence():
    text = ("A contrary view comes from Ana Ruiz, a historian, who said, \"Great towns rarely "
            "grow twice\". Tomas Gerrit credits the mayor with the revival of the port.\n\n"
            "He states \"A lot of towns could have done it sooner, but nobody wanted it.\"\n")
    assert _speakers(text, "en")[1] == "Tomas Gerrit"


def test_fr_pronoun_takes_the_latest_of_a_speaker_and_a_name_opening_a_sentence():
    text = ("Un autre avis vient d'Ana Ruiz, historienne, qui a déclaré : « Les villes "
            "grandissent rarement deux fois. » Tomas Gerrit attribue au maire le renouveau du "
            "port.\n\nIl ajoute « Beaucoup de villes auraient pu le faire plus tôt. »\n")
    assert _speakers(text, "fr")[1] == "Tomas Gerrit"


def test_en_quoted_words_opening_a_sentence_are_no_speaker_for_a_pronoun():
    text = ("\"We will build where we sell,\" said Ana Ruiz, the chief executive.\n\nThe "
            "\"New Mill\" she expected to focus on four brands. She stated that the firm would "
            "offer a \"managed exit\" to dealers.\n")
    assert _speakers(text, "en")[-1] == "Ana Ruiz"


def test_en_possessor_of_a_statement_is_its_source():
    text = ("Senator Hal Brightwater issued a statement on Monday.\n\nBrightwater's statement "
            "added, \"There is no question the port should have been chosen.\"\n")
    assert _speakers(text, "en")[-1] == "Hal Brightwater"


def test_fr_il_far_from_any_man_stays_unresolved():
    text = ("Athènes a reçu le ministre Paul Verdier lundi.\n\nLe nouveau gouvernement s'est "
            "donné un objectif. La dette reste lourde. Les banques attendent. Il a cependant "
            "déclaré que « cette révision ne doit pas mettre en danger le pays ».\n")
    assert _speakers(text, "fr") == ["Il"]


# -- organisations' statements and unnamed sources after a complement --------------------

def test_en_read_a_statement_reports_the_quote():
    text = ("\"The ministry will not tolerate any delay in the payment of salaries,\" read a "
            "statement from the ministry.\n")
    assert _speakers(text, "en")[0].startswith("a statement")


def test_fr_peut_on_lire_dans_names_the_source():
    text = ("« Le ministère ne tolérera aucun retard dans le paiement des salaires », peut-on "
            "lire dans un communiqué du ministère.\n")
    assert "ministère" in _speakers(text, "fr")[0]


def test_fr_inverted_subject_after_a_complement_with_an_agency():
    text = "« Nous ne tolérerons aucun retard », a indiqué à la presse une source au ministère.\n"
    assert _speakers(text, "fr")[0].startswith("une source")


def test_fr_complement_alone_after_the_verb_gives_no_subject():
    text = "Le texte prévoit, comme l'a indiqué à la presse le mois dernier, un « délai »."
    assert _speakers(text + "\n", "fr")[0] != "le mois dernier"


# -- a relative pronoun with no comma: the noun phrase right before it ---------------------

def test_fr_relative_pronoun_takes_the_noun_phrase_right_before_it():
    text = ("La baisse a été critiquée par la Commission des finances qui regrette le "
            "« moment » choisi.\n")
    assert _speakers(text, "fr") == ["la Commission des finances"]


def test_en_relative_pronoun_takes_the_noun_phrase_right_before_it():
    text = "The plan was backed by the Harbour Board who called it \"a fair deal\".\n"
    assert _speakers(text, "en") == ["the Harbour Board"]


def test_fr_relative_pronoun_after_a_comma_still_takes_the_name():
    text = ("Le plan a été présenté par Ana Ruiz, directrice du port, qui regrette le "
            "« moment » choisi.\n")
    assert _speakers(text, "fr") == ["Ana Ruiz"]
