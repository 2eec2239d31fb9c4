"""Every mention of a person (issue 13): a name wherever it stands, and what stays quiet.

Sentences are invented; each class is tried in English and French, positive and negative."""
from __future__ import annotations

from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text

from test_speakers import findings, rule_ids


def people(text: str, lang: str) -> list:
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    return list(Facts(doc, load_locale(lang)).get("people"))


def variants(text: str, lang: str) -> list[str]:
    return [f.text for f in findings(text, lang) if f.rule == "speakers.variant"]


# "that" before a name opens a clause: the name is no thing's ("that company")

def test_en_name_after_that_is_a_clause_subject_not_a_thing():
    text = ("The firm confirmed that Nora Quillfeather had resigned. Quillfeather did not "
            "comment. Sources said that Quillfeather was pushed out.\n")
    found = people(text, "en")
    assert {m.person for m in found} == {"p1"}
    assert len(found) == 3


def test_en_that_as_a_determiner_still_marks_a_thing():
    # a name in a thing's position stays no person, whatever "that" does
    assert people("The board liked that Quillfeather plan, and the Quillfeather brand.\n",
                  "en") == []


def test_fr_name_after_que_is_a_clause_subject():
    text = ("La société a confirmé que Nora Quillfeather avait démissionné. Quillfeather "
            "n'a pas commenté.\n")
    assert {m.person for m in people(text, "fr")} == {"p1"}


# before introduction: a describing apposition or a relative clause is no introduction

def test_en_surname_with_describing_apposition_before_full_name():
    assert "speakers.before-introduction" in rule_ids(
        "Pereira, the first woman to lead the dockers' union, spoke on Monday.\n\n"
        "\"We will not give in,\" said Ana Pereira.\n", "en")
    assert "speakers.before-introduction" in rule_ids(
        "Tillbury, formerly an aide to the governor, has left.\n\n"
        "Mark Tillbury, 49, declined to comment.\n", "en")


def test_en_object_with_relative_clause_before_full_name():
    assert "speakers.before-introduction" in rule_ids(
        "He succeeds Halvorsen, who retired in May.\n\nErik Halvorsen said he was glad.\n",
        "en")


def test_fr_surname_with_describing_apposition_before_full_name():
    assert "speakers.before-introduction" in rule_ids(
        "Pereira, la première femme à diriger le syndicat, a pris la parole lundi.\n\n"
        "« Nous ne céderons pas », a déclaré Ana Pereira.\n", "fr")
    assert "speakers.before-introduction" in rule_ids(
        "Il succède à Halvorsen, qui a pris sa retraite en mai.\n\n"
        "« Je pars content », a dit Erik Halvorsen.\n", "fr")


def test_describing_apposition_needs_a_cued_full_name_later():
    # two capitalised words make no introduced person: nothing to come "before"
    assert "speakers.before-introduction" not in rule_ids(
        "Lion, the new system, ships in July.\n\nUsers of X Lion can update.\n", "en")
    assert "speakers.before-introduction" not in rule_ids(
        "Lion, le nouveau système, sort en juillet.\n\nLes usagers de X Lion pourront "
        "le mettre à jour.\n", "fr")


def test_full_name_first_then_described_surname_is_fine():
    assert "speakers.before-introduction" not in rule_ids(
        "Ana Pereira said the strike would go on.\n\nPereira, the first woman to lead "
        "the union, spoke again on Monday.\n", "en")
    assert "speakers.before-introduction" not in rule_ids(
        "« Nous ne céderons pas », a déclaré Ana Pereira.\n\nPereira, qui dirige le "
        "syndicat, a repris la parole lundi.\n", "fr")


# a full name no cue vouches for, reused once misspelt: the slip makes it a person's

def test_en_uncued_full_name_reused_misspelt_is_a_variant():
    found = rule_ids("Voters in Ohio chose Richard Mallock over his rival. The race drew "
                     "attention after Malock made remarks about the budget.\n", "en")
    assert "speakers.variant" in found


def test_fr_uncued_full_name_reused_misspelt_is_a_variant():
    found = rule_ids("Dans l'Ohio, Jean Moulard a battu Richard Mallock. La course a attiré "
                     "l'attention après que Malock a fait des remarques.\n", "fr")
    assert "speakers.variant" in found


def test_common_words_and_derived_words_are_no_misspelt_reuse():
    # a word the story writes in lower case, a letter replaced, letters added at the end
    assert not rule_ids("The Team Estonia bus left early. An Estonian flag flew.\n", "en") \
        & {"speakers.variant", "speakers.unintroduced"}
    assert "speakers.variant" not in rule_ids(
        "Buy it on the App Store today. The store sells Spore for less.\n", "en")
    assert "speakers.variant" not in rule_ids(
        "L'équipe Team Estonia est partie tôt. Un drapeau Estonien flottait.\n", "fr")
    assert "speakers.variant" not in rule_ids(
        "Le jeu est sur le Google Store. Le store propose aussi Spore.\n", "fr")


# first names changed on an uncued full name

def test_fr_uncued_full_name_with_changed_first_name():
    assert variants("Pierre Dalmasso a effectué sa rentrée hier. Pierre Dalmasso veut un "
                    "nouveau projet.\n\nPaul Dalmasso veut prouver qu'il a un avenir.\n",
                    "fr") == ["Paul Dalmasso"]


def test_en_uncued_full_name_with_changed_first_name():
    assert variants("Critics mocked Gordon Rathmore for the delay. Gordon Rathmore promised "
                    "a fix.\n\nLater, Graham Rathmore blamed the suppliers.\n",
                    "en") == ["Graham Rathmore"]


def test_places_sharing_a_last_word_are_no_changed_first_name():
    # another initial, a common word in lower case, an ending, one use of each
    assert "speakers.variant" not in rule_ids(
        "Storms hit North Carolina and North Carolina again; South Carolina was spared.\n",
        "en")
    assert "speakers.variant" not in rule_ids(
        "The Upper Valley and the Upper Valley fair drew crowds; the Union Valley did not. "
        "Farmers in the upper fields agreed.\n", "en")
    assert "speakers.variant" not in rule_ids(
        "Gordon Rathmore arrived early. Graham Rathmore left late.\n", "en")
    assert "speakers.variant" not in rule_ids(
        "La Haute Vallée et la Haute Vallée ont voté ; la Hampe Vallée non. "
        "Les villages de la haute montagne aussi.\n", "fr")
