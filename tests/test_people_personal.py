"""A surname the story never introduced, standing where a person stands: an age in
apposition, a pronoun that refers back to it (issue 13). Sentences invented for these tests."""
from __future__ import annotations

import pytest

from checker.engine import run_rules
from checker.readers import read_text
from checker.ruleset import load_rule_file
from pathlib import Path

RULES = tuple(load_rule_file(Path(__file__).resolve().parent.parent / "rules" / "speakers.yaml"))


def flagged(text: str, lang: str) -> set[str]:
    """The names ``speakers.unintroduced`` or ``speakers.variant`` report in ``text``."""
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    return {f.text for f in run_rules(doc, RULES, settings={}).findings
            if f.rule in ("speakers.unintroduced", "speakers.variant")}


def after_intro(text: str, lang: str) -> set[str]:
    """``flagged`` for ``text`` after the sentence introducing the story's person."""
    return flagged((EN_INTRO if lang == "en" else FR_INTRO) + text, lang)


EN_INTRO = "The port authority named Helen Marsden as its director on Monday.\n\n"
FR_INTRO = "Le conseil régional a nommé Hélène Marsaud à la tête du port lundi.\n\n"


@pytest.mark.parametrize("text", [
    "The board confirmed that Okonjo, 52, would take over in May.\n",
    "The board confirmed that Okonjo, aged 52, would take over in May.\n",
    "Okonjo has made the new quay one of his first priorities.\n",
    "Okonjo plans to step down in June. She told the board on Friday.\n",
    "Okonjo defended the budget on Tuesday. He called it fair.\n",
])
def test_en_a_lone_surname_with_an_age_or_a_pronoun_is_a_person(text):
    assert flagged(EN_INTRO + text, "en") == {"Okonjo"}


@pytest.mark.parametrize("text", [
    "Le conseil a confirmé que Okonjo, 52 ans, prendra la suite en mai.\n",
    "Le conseil a confirmé que Okonjo, âgé de 52 ans, prendra la suite en mai.\n",
])
def test_fr_a_lone_surname_with_an_age_is_a_person(text):
    assert flagged(FR_INTRO + text, "fr") == {"Okonjo"}


@pytest.mark.parametrize("text", [
    # things have neither an age nor "he": a product, a ship, a place, an organisation
    "Voyager has already been retired after its last mission.\n",
    "Brightline raised its fares. It expects demand to stay strong.\n",
    "Bramford has grown since the port opened, and its mayor said he was pleased.\n",
    "Meridian plans to hire 200 staff. Its chief executive said he expected more.\n",
    # the pronoun is someone else's: a person noun or another name between
    "Customs cannot check what a traveller has in his bag.\n",
    "Northgate dubbed the plan a failure, and Marsden said she disagreed.\n",
    # an object, not a subject: "told Okonjo his plan" is the speaker's plan
    "Marsden told Okonjo his plan would not work, she said.\n",
    # a minor named by first name, with an age
    "Lucas, 14, said the new quay had changed his neighbourhood.\n",
    # a private adult described on purpose by first name and age
    "Maria, 34, a nurse who asked that her surname not be used, said she was worried.\n",
    # a genuine second person, introduced in full
    "Daniel Okonjo, 52, a dock worker, said he was relieved. Okonjo has worked there since 1990.\n",
])
def test_en_things_minors_and_introduced_people_stay_quiet(text):
    assert flagged(EN_INTRO + text, "en") == set()


@pytest.mark.parametrize("text", [
    # French has no pronoun that only stands for a person: "il", "son" are also a thing's
    "Brightline augmente ses tarifs. Il prévoit une demande soutenue.\n",
    "Lucas, 14 ans, a raconté que le nouveau quai avait changé son quartier.\n",
    "Maria, 34 ans, une infirmière qui n'a pas voulu donner son nom, s'est dite inquiète.\n",
    "Daniel Okonjo, 52 ans, docker, s'est dit soulagé. Okonjo travaille sur le port depuis 1990.\n",
])
def test_fr_things_minors_and_introduced_people_stay_quiet(text):
    assert flagged(FR_INTRO + text, "fr") == set()


def unintroduced(text: str, lang: str) -> list:
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    return [f for f in run_rules(doc, RULES, settings={}).findings
            if f.rule == "speakers.unintroduced"]


def test_en_an_office_held_by_an_introduced_person_names_no_one_else():
    found = unintroduced("Senator Ann Kellerman opposed the tanker deal in March.\n\n"
                         "The Pentagon dropped the deal in May. Senator Dubois has been its "
                         "most vocal critic.\n", "en")
    assert [f.text for f in found] == ["Dubois"]
    assert "Ann Kellerman" in found[0].suggestions


def test_fr_an_office_held_by_an_introduced_person_names_no_one_else():
    found = unintroduced("Le chancelier Gerd Vollmer a exclu toute participation.\n\n"
                         "Le chancelier Hartmann a réussi à redonner une chance à son camp.\n",
                         "fr")
    assert [f.text for f in found] == ["Hartmann"]


@pytest.mark.parametrize("text, lang", [
    # an office nobody introduced holds: it names its holder on its own
    ("Mayor Ann Kellerman opened the bridge. Last week, President Garland proposed a plan.\n", "en"),
    ("Le maire Gerd Vollmer a inauguré le pont. Le général Pinochet avait été protégé.\n", "fr"),
    # clergy: a story names several under one title
    ("Ayatollah Ali Rezaei spoke on Friday. In 1979, supporters of Ayatollah Kazemi "
     "stormed the embassy.\n", "en"),
    ("L'ayatollah Ali Rezaei a parlé vendredi. En 1979, des partisans de l'ayatollah Kazemi "
     "avaient envahi l'ambassade.\n", "fr"),
])
def test_an_office_nobody_introduced_holds_stays_quiet(text, lang):
    assert unintroduced(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ('According to Okonjo, "the quay will never pay for itself."\n', "en"),
    ("Selon Okonjo, « le quai ne sera jamais rentable ».\n", "fr"),
])
def test_the_named_source_of_a_quotation_is_a_person(text, lang):
    assert after_intro(text, lang) == {"Okonjo"}


@pytest.mark.parametrize("text, lang", [
    # no quotation: the source may be a newspaper, a poll, a firm
    ("According to Brightwater, the quay will never pay for itself.\n", "en"),
    ("Selon Brightwater, le quai ne sera jamais rentable.\n", "fr"),
    # "pour" names a capital for its government as often as a person
    ("Pour Bruxelles, « le budget du port doit être revu ».\n", "fr"),
])
def test_a_source_without_quotation_or_behind_a_weak_cue_stays_quiet(text, lang):
    assert after_intro(text, lang) == set()


@pytest.mark.parametrize("text, lang", [
    ("Marsden was arrested on Monday. Okonjo was charged with theft on Tuesday.\n", "en"),
    ("She was released on bail on Thursday. Okonjo defended the port's accounts.\n", "en"),
    ("Marsden was arrested on Monday. Okonjo held a press conference on Tuesday.\n", "en"),
    ("Marsaud a été arrêtée lundi. Okonjo a été inculpée de vol mardi.\n", "fr"),
])
def test_a_new_word_taking_up_a_persons_sentence_chain_is_a_person(text, lang):
    assert after_intro(text, lang) == {"Okonjo"}


@pytest.mark.parametrize("text, lang", [
    # someone else acting on the person of the sentence before
    ("Marsden was elected in May. Brightwater interviewed her for its June issue.\n", "en"),
    # a place, a firm, a group after a sentence about no one
    ("The quay opened in May. Tasmania was left out of the study.\n", "en"),
    ("Le quai a ouvert en mai. Brightwater a été exclue de l'étude.\n", "fr"),
    # a common noun the story also writes in lower case, a plural of a role noun
    ("Marsden spoke first. Auditors were asked to wait, and one auditor left.\n", "en"),
    ("Marsden praised the elites and Professors immersed in theory.\n", "en"),
    # a verb in the plural: a group
    ("Marsden spoke first. Brightwater were fined for the delay.\n", "en"),
    # a verb in the present with no pronoun: not enough
    ("Marsden spoke first. Brightwater runs the ferries.\n", "en"),
    # a new paragraph after a sentence about the person: a new topic as often
    ("Marsden was arrested on Monday.\n\nWork was halted on Tuesday.\n", "en"),
    ("Marsaud a été arrêtée lundi.\n\nTravaux a repris mardi.\n", "fr"),
    # an abstract noun opening its sentence: its ending says it is no one
    ("Marsden said the quay would reopen. Construction is due to start in May.\n", "en"),
    ("Marsden was arrested on Monday. Management has refused to comment.\n", "en"),
    ("Marsaud a été arrêtée lundi. Construction a été suspendue mardi.\n", "fr"),
    ("Marsaud a été arrêtée lundi. Croissance a ralenti depuis son départ.\n", "fr"),
])
def test_words_after_a_sentence_about_someone_that_are_no_one_stay_quiet(text, lang):
    assert after_intro(text, lang) == set()


# -- a word standing where the story's people stand (issue 13) ---------------------------

@pytest.mark.parametrize("text, lang", [
    # inside its sentence, the subject of a verb in the past, as the story's person is
    ("On Monday, Marsden said the quay would reopen. Two days later, Okonjo defended "
     "the budget.\n", "en"),
    ("Lundi, Marsaud a promis des travaux. Deux jours plus tard, Okonjo a défendu le "
     "budget.\n", "fr"),
    # opening its sentence, in a story that opens sentences with its people's surnames
    ("Marsden said the quay would reopen. Marsden promised new cranes. The cranes will "
     "arrive in May. Okonjo defended the budget on Tuesday.\n", "en"),
    ("Marsaud a promis des travaux. Marsaud a rencontré les dockers. Les grues arriveront "
     "en mai. Okonjo a défendu le budget mardi.\n", "fr"),
])
def test_a_new_word_standing_where_the_storys_people_stand_is_a_person(text, lang):
    assert after_intro(text, lang) == {"Okonjo"}


@pytest.mark.parametrize("text, lang", [
    # someone acting on the person: a pronoun for a person right after the verb
    ("On Monday, Marsden said the quay would reopen. Two days later, Brightwater "
     "interviewed her.\n", "en"),
    # opening its sentence once is no habit: the capital proves nothing there
    ("Marsden said the quay would reopen. The cranes will arrive in May. Brightwater "
     "defended the budget on Tuesday.\n", "en"),
    ("Marsaud a promis des travaux. Les grues arriveront en mai. Brightwater a défendu "
     "le budget mardi.\n", "fr"),
    # the story never names its person bare inside a sentence: no such place to stand in
    ("Two days later, Brightwater defended the budget.\n", "en"),
    ("Deux jours plus tard, Brightwater a défendu le budget.\n", "fr"),
    # a verb in the present is spelt like a plural noun ("Later, Brightwater runs ...")
    ("On Monday, Marsden said the quay would reopen. Later, Brightwater runs the "
     "ferries.\n", "en"),
    # a word the story also writes in lower case is a common word
    ("On Monday, Marsden said the quay would reopen. In May, Harbour was renamed; the "
     "harbour had been closed.\n", "en"),
    ("Lundi, Marsaud a promis des travaux. En mai, Port a été rebaptisé ; le port était "
     "fermé.\n", "fr"),
])
def test_a_word_not_standing_where_the_storys_people_stand_stays_quiet(text, lang):
    assert after_intro(text, lang) == set()


# -- a capitalised title is how the name is written, not a role given (issue 13) ---------

@pytest.mark.parametrize("text, lang", [
    # after a capitalised chain, the title is still the name's, not an apposition's role
    ("According to the Harbour Quality Index Professor Hale is the most cited "
     "economist.\n", "en"),
    ("Selon Harbour Index, Professeur Hale est l'économiste le plus cité.\n", "fr"),
])
def test_a_title_of_address_introduces_no_one(text, lang):
    assert after_intro(text, lang) == {"Hale"}


@pytest.mark.parametrize("text, lang", [
    # a role the story gives in lower case describes the person on purpose
    ('"The quay will pay for itself," said American president Garland.\n', "en"),
    ("« Le quai sera rentable », a déclaré le professeur Hale, économiste.\n", "fr"),
])
def test_a_role_given_in_lower_case_still_introduces(text, lang):
    assert after_intro(text, lang) == set()


@pytest.mark.parametrize("text, lang", [
    # the story's person named in full in that place is as good as named bare
    ("On Monday, Helen Marsden said the quay would reopen. Two days later, Okonjo "
     "defended the budget.\n", "en"),
    # an object pronoun, an adverb or an elided pronoun between the subject and its verb
    ("Lundi, Marsaud a promis des travaux. Mardi, Okonjo l'avait annoncé aux dockers.\n",
     "fr"),
    ("Lundi, Marsaud a promis des travaux. Mardi, Okonjo leur a présenté le budget.\n",
     "fr"),
    ("On Monday, Marsden said the quay would reopen. Later, Okonjo then defended the "
     "budget.\n", "en"),
])
def test_the_place_is_read_past_pronouns_and_full_names(text, lang):
    intro = {"en": EN_INTRO, "fr": FR_INTRO}[lang] if "Helen" not in text else ""
    assert flagged(intro + text, lang) == {"Okonjo"}


@pytest.mark.parametrize("text, lang", [
    # a pronoun that never stands for a person refers back to it: a thing
    ("On Monday, Marsden said the quay would reopen. It was announced that Brightline "
     "would open a station in its network.\n", "en"),
])
def test_a_word_a_things_pronoun_refers_to_stays_quiet(text, lang):
    assert after_intro(text, lang) == set()


@pytest.mark.parametrize("lang, text", [
    ("en", "On Monday, Marsden said the quay would reopen. Of the dockers, Courier "
           "spoke with three.\n"),
    ("fr", "Lundi, Marsaud a promis des travaux. Parmi les dockers, Courrier a "
           "interrogé trois hommes.\n"),
])
def test_the_outlet_publishing_the_story_is_no_one_to_introduce(lang, text):
    outlet = "Harbour Courier" if lang == "en" else "Le Courrier du Port"
    intro = EN_INTRO if lang == "en" else FR_INTRO
    doc = read_text(f"---\nlang: {lang}\nsource: {outlet}\n---\n\n{intro}{text}", path="story.md")
    assert not [f for f in run_rules(doc, RULES, settings={}).findings
                if f.rule == "speakers.unintroduced"]
    # without the outlet named in the front matter, the same word is a stranger
    assert after_intro(text, lang) == {"Courier" if lang == "en" else "Courrier"}


@pytest.mark.parametrize("text, lang, expected", [
    # the owner of a possessive, where the story's person stands too
    ("Marsden's deputy will run the port. Critics questioned Okonjo's tenure on "
     "Tuesday.\n", "en", {"Okonjo"}),
    # no possessive of the story's person: no such place to stand in
    ("Critics questioned Okonjo's tenure on Tuesday.\n", "en", set()),
    # a possessive before a name's article is a place's or a firm's ("Italy's la Stampa")
    ("Marsden's deputy will run the port. The report was printed by Okonjo's la "
     "Gazette.\n", "en", set()),
    # French writes the owner after "de": an object, not the owner's place
    ("L'adjoint de Marsaud dirigera le port. Les critiques visent le budget d'Okonjo.\n",
     "fr", set()),
])
def test_the_owner_of_a_possessive_stands_where_the_storys_person_does(text, lang, expected):
    assert after_intro(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a story that names its people as subjects, inside sentences or opening them
    ("Marsden said the quay would reopen. On Tuesday, Marsden met the dockers. The "
     "cranes will arrive in May. Okonjo defended the budget on Friday.\n", "en", {"Okonjo"}),
    ("Marsaud a promis des travaux. Mardi, Marsaud a rencontré les dockers. Les grues "
     "arriveront en mai. Okonjo a défendu le budget vendredi.\n", "fr", {"Okonjo"}),
    # once is no habit
    ("On Tuesday, Marsden met the dockers. The cranes will arrive in May. Okonjo "
     "defended the budget on Friday.\n", "en", set()),
    ("Mardi, Marsaud a rencontré les dockers. Les grues arriveront en mai. Okonjo a "
     "défendu le budget vendredi.\n", "fr", set()),
])
def test_a_word_opening_its_sentence_needs_a_habit_of_naming_people_as_subjects(
        text, lang, expected):
    assert after_intro(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    # an aside about the name itself: the rest is withheld on purpose, whatever the role,
    # even for someone who speaks
    ("en", "Tariq, 41, who asked that his surname be withheld, keeps two jobs. \"I have not had a day "
           "off since March,\" Tariq said.\n"),
    ("en", "Ines, who did not want to be identified, keeps two jobs. \"I have not had a day off since "
           "March,\" Ines said.\n"),
    ("fr", "Yanis, 41 ans, cariste sur le port, qui préfère taire son nom, cumule deux emplois. « Je n'ai "
           "pas eu un jour de repos depuis mars », raconte Yanis.\n"),
    ("fr", "Inès, qui a requis l'anonymat, cumule deux emplois. « Je n'ai pas eu un jour de repos depuis "
           "mars », raconte Inès.\n"),
])
def test_a_name_withheld_on_purpose_is_introduced(lang, text):
    assert after_intro(text, lang) == set()


@pytest.mark.parametrize("lang, text, name", [
    # the name is talked of, but not withheld as an aside right after it
    ("en", "Okonjo, 52, said on Monday that the board would vote on the name of the new quay.\n", "Okonjo"),
    ("fr", "Okonjo, 52 ans, a annoncé lundi que le conseil voterait sur le nom du nouveau quai.\n", "Okonjo"),
])
def test_a_name_talked_of_later_in_the_sentence_still_needs_an_introduction(lang, text, name):
    assert after_intro(text, lang) == {name}


@pytest.mark.parametrize("lang, text, names", [
    # a common word of the language opening a sentence, where the story's people stood: a noun
    ("en", "Marsden has led the port since May. Demand has never eased since then.\n", set()),
    ("en", "Marsden has led the port since May. Traffic has never been heavier.\n", set()),
    ("fr", "Marsaud dirige le port depuis mai. Demande a toujours dépassé l'offre depuis.\n", set()),
    # a rare word there stands where a person stood: someone the story never introduced
    ("en", "Marsden has led the port since May. Okonjo has never agreed with her.\n", {"Okonjo"}),
])
def test_a_common_word_opening_a_sentence_is_no_person(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, names", [
    # the first name closes an aside about the name: all the story may give
    ("en", "Two walkers were found on Sunday. The woman, who asked to be identified only by her first "
           "name, Priya, said they had lost the path.\n", set()),
    ("fr", "Deux randonneurs ont été retrouvés dimanche. La femme, qui a demandé à n'être identifiée que "
           "par son prénom, Priya, a raconté qu'ils avaient perdu le sentier.\n", set()),
    # an aside about something else before the name withholds nothing
    ("en", "Two walkers were found on Sunday. After the search, which lasted all night, Okonjo said "
           "they had lost the path.\n", {"Okonjo"}),
    ("fr", "Deux randonneurs ont été retrouvés dimanche. Après les recherches, qui ont duré toute la "
           "nuit, Okonjo a raconté qu'ils avaient perdu le sentier.\n", {"Okonjo"}),
])
def test_a_name_given_after_an_aside_that_withholds_the_rest(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, names", [
    # someone not yet named, described by a clause about their name: the name the paragraph
    # then gives, title and surname, is all the story may give
    ("en", "A nurse from the night shift, who asked that her first name be withheld because she fears "
           "for her job, said the ward was full. \"We turn people away,\" said Ms Okonjo.\n", set()),
    ("fr", "Une infirmière, qui a souhaité que seul son nom de famille soit publié parce qu'elle craint "
           "pour son poste, parle d'un service saturé. « On refuse du monde », explique Mme Okonjo.\n", set()),
    # a clause about something else, or about a named person's name, excuses no one
    ("en", "A nurse from the night shift, who has worked there for years, said the ward was full. "
           "\"We turn people away,\" said Ms Okonjo.\n", {"Okonjo"}),
    ("en", "Marsden, who asked that her first name be withheld, said the ward was full. \"We turn "
           "people away,\" said Ms Okonjo.\n", {"Okonjo"}),
    ("fr", "Une infirmière, qui a souhaité que le service soit rebaptisé, parle d'un service saturé. "
           "« On refuse du monde », explique Mme Okonjo.\n", {"Okonjo"}),
    # an unnamed someone whose phrase ends on a place's capital
    ("fr", "Un habitant de l'avenue de la Gare, qui a préféré ne donner que son nom, M. Okonjo, a regretté "
           "le bruit.\n", set()),
    ("en", "A resident of Station Road, who asked that his first name be withheld, said the noise was "
           "awful. \"We cannot sleep,\" said Mr Okonjo.\n", set()),
    # the clause is in another paragraph
    ("en", "A nurse, who asked that her first name be withheld, said the ward was full.\n\n"
           "\"We turn people away,\" said Ms Okonjo.\n", {"Okonjo"}),
])
def test_a_title_and_surname_after_an_unnamed_person_whose_name_is_withheld(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, names", [
    # a pronoun in a reporting tag stands for whoever speaks, not for the sentence's subject
    ("en", "Marsden said 40 walkers were treated. None was badly hurt, she said.\n", set()),
    ("en", "Marsden said 40 walkers were treated. Neither was badly hurt, she added.\n", set()),
    # a pronoun that takes the subject up still makes a person of it
    ("en", "Marsden said 40 walkers were treated. Okonjo was badly hurt, and she is still in hospital.\n",
     {"Okonjo"}),
])
def test_a_reporting_tags_pronoun_makes_no_person_of_the_subject(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, names", [
    # the last word of a relative clause, then ", said": the verb is the clause's head's
    ("en", "The operator, which runs depots in Newark, Grantham and Okonjo, said the deal was done.\n", set()),
    ("fr", "L'exploitant, qui gère des dépôts à Newark, Grantham et Okonjo, a déclaré que l'accord était conclu.\n",
     set()),
    # a name that speaks outside any relative clause still needs its introduction
    ("en", "The deal was done, Okonjo said on Monday.\n", {"Okonjo"}),
    ("fr", "L'accord est conclu, a déclaré Okonjo lundi.\n", {"Okonjo"}),
])
def test_a_name_closing_a_relative_clause_does_not_speak(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, names", [
    # an elided object pronoun between the name and its speech verb (« Okonjo l'avait annoncé »)
    ("fr", "Okonjo l'avait annoncé sur les réseaux sociaux : « J'ai été renvoyée. »\n", {"Okonjo"}),
    ("fr", "Okonjo le confirme : « J'ai été renvoyée. »\n", {"Okonjo"}),
    # no speech verb after the pronoun: nothing said
    ("fr", "Okonjo l'avait vendue en mars.\n", set()),
])
def test_fr_an_elided_pronoun_before_the_speech_verb(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, names", [
    # the one holder of a post, named by a definite article, is named in full
    ("en", "\"We have waited ten years for this,\" said Okonjo, the head brewer.\n", {"Okonjo"}),
    ("fr", "« Nous attendions cela depuis dix ans », a confié Okonjo, le directeur technique.\n", {"Okonjo"}),
    # a private person described as one of many is introduced on purpose
    ("en", "\"We have waited ten years for this,\" said Hassan, a fellow protester.\n", set()),
    ("fr", "« Nous attendions cela depuis dix ans », a confié Hassan, un autre manifestant.\n", set()),
])
def test_the_holder_of_a_post_needs_a_full_name(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, names", [
    # speaking out is speaking: the name that does it is a person to introduce
    ("en", "Okonjo spoke out on Tuesday against the plan.\n", {"Okonjo"}),
    ("fr", "Okonjo s'est exprimé mardi contre le projet.\n", {"Okonjo"}),
    # an institution that speaks out, named with its article, is no person
    ("en", "The Vatican spoke out on Tuesday against the plan.\n", set()),
])
def test_speaking_out_is_speaking(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, names", [
    # an organisation noun ends the chain, or heads the name that follows it
    ("en", "The local branch of the Farmers' Alliance said in a statement that it welcomed the plan.\n", set()),
    ("en", "Researchers at the laboratory Geosciences Norland said the prints were rare. Norland lies "
           "north of the quarry.\n", set()),
    ("fr", "Les chercheurs du laboratoire Géosciences Norland ont annoncé la découverte au nord de Norland.\n",
     set()),
    ("fr", "La section locale de l'Alliance paysanne a salué le projet dans un communiqué.\n", set()),
    # a surname that speaks is still a person
    ("en", "The local branch of the farmers' union backed the plan. \"It is welcome,\" Okonjo said.\n",
     {"Okonjo"}),
])
def test_organisation_nouns_make_no_person(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, name, flagged", [
    # what rises or falls by a percentage is a measure, wherever the story's people stand
    ("en", "Marsden said the line was new.\n\nOutput rose 25% last year, according to company figures. "
           "Marsden said the new line would add more.\n", "Output", False),
    ("fr", "Marsaud a dit que la ligne était neuve.\n\nProduction a progressé de 25 % l'an dernier, selon "
           "l'entreprise. Marsaud a dit que la ligne ajouterait du volume.\n", "Production", False),
    # a forum speaks as an organisation
    ("en", "The Fenwold Parents' Forum said in a statement that it would watch take-up.\n", "Forum", False),
    # a surname that speaks of a share is still a person
    ("en", "Marsden said the line was new.\n\nPruitt said 25% of the staff were new. Marsden said the "
           "new line would add more.\n", "Pruitt", True),
])
def test_a_measure_that_rises_by_a_percentage_is_no_person(lang, text, name, flagged):
    assert (name in after_intro(text, lang)) is flagged


@pytest.mark.parametrize("lang, text, names", [
    # the reason for the single name comes in the next sentence, whose pronoun takes it up
    ("en", "Tariq, 41, sleeps in his van near the docks. He asked that his surname not be used because "
           "his children do not know. \"I ask for nothing,\" said Tariq.\n", set()),
    ("fr", "Yanis, 41 ans, dort dans sa camionnette près des quais. Il a souhaité ne donner que son "
           "prénom, car ses enfants ignorent sa situation. « Je ne demande rien », explique Yanis.\n", set()),
    # no reason anywhere: the single name still needs its surname
    ("en", "Tariq, 41, sleeps in his van near the docks. He says his children do not know. \"I ask for "
           "nothing,\" said Tariq.\n", {"Tariq"}),
    ("fr", "Yanis, 41 ans, dort dans sa camionnette près des quais. Il dit que ses enfants l'ignorent. "
           "« Je ne demande rien », explique Yanis.\n", {"Yanis"}),
    # another person named between: the pronoun is theirs
    ("en", "Tariq, 41, sleeps in his van next to Dr Paul Okafor. He asked that his surname not be used. "
           "\"I ask for nothing,\" said Tariq.\n", {"Tariq"}),
    ("fr", "Yanis, 41 ans, dort dans sa camionnette à côté du docteur Paul Okafor. Il a souhaité ne donner que "
           "son prénom. « Je ne demande rien », explique Yanis.\n", {"Yanis"}),
    # the next sentence speaks of a name, but no pronoun takes the person up
    ("en", "Tariq, 41, sleeps in his van near the docks. The van has no name. \"I ask for nothing,\" "
           "said Tariq.\n", {"Tariq"}),
    # the reason in the next paragraph is no aside about this mention
    ("fr", "Yanis, 41 ans, dort dans sa camionnette près des quais.\n\nIl a souhaité ne donner que son "
           "prénom. « Je ne demande rien », explique Yanis.\n", {"Yanis"}),
])
def test_a_name_withheld_in_the_next_sentence(lang, text, names):
    assert after_intro(text, lang) == names


@pytest.mark.parametrize("lang, text, expected", [
    # the first word of a longer name the story writes is that name made short, not a person
    ("en", "Holbrook Packaging, the family-owned box maker, has been sold to Nordvale.\n\n"
           "Its chief executive, Anders Lund, said Holbrook's order book made it a natural fit.", []),
    ("fr", "Le bailleur Orbel Habitat a livré la résidence en retard.\n\n"
           "Son directeur, Paul Lemaire, a assuré qu'Orbel reste solide.", []),
    # a surname acting with no such name in the story is still a stranger
    ("en", "Holbrook Packaging, the family-owned box maker, has been sold to Nordvale.\n\n"
           "Its chief executive, Anders Lund, said Lindqvist would run the plant.", ["Lindqvist"]),
    ("fr", "Le bailleur Orbel Habitat a livré la résidence en retard.\n\n"
           "« Orbel reste solide », a assuré Vasseur.", ["Vasseur"]),
])
def test_the_first_word_of_a_longer_name_is_that_name(lang, text, expected):
    assert [f.text for f in unintroduced(text, lang)] == expected
