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


@pytest.mark.parametrize("lang,text,name,slip", ROLE_HEADED)
def test_role_heading_an_organisation_complement_introduces_the_name(lang, text, name, slip):
    assert name in fulls(text, lang)
    assert slip in variants(text, lang)


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
