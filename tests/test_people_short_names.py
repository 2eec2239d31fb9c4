"""Short surnames: a letter dropped from a four-letter name ("Voss" / "Vos"), and a
possessive of a variant ("Ebbs" / "Ebb's deputy"), in any position (issue 13). Every
sentence here is invented for the test."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine import run_rules
from checker.readers import read_text
from checker.ruleset import load_rule_file

RULES = tuple(load_rule_file(Path(__file__).resolve().parent.parent / "rules" / "speakers.yaml"))


def variants(text: str, lang: str) -> set[str]:
    """The names ``speakers.variant`` reports in ``text``."""
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    return {f.text for f in run_rules(doc, RULES, settings={}).findings
            if f.rule == "speakers.variant"}


EN_VOSS = "The harbour board appointed Helen Voss, a former engineer, as its chair on Monday. "
FR_KUSS = "« Le port rouvrira en mai », a déclaré lundi Hélène Kuss, présidente du conseil. "


@pytest.mark.parametrize("text, lang, name", [
    (EN_VOSS + "Vos added that the works would start in May.\n", "en", "Vos"),
    (EN_VOSS + "The board chose Vos to lead the port.\n", "en", "Vos"),
    (FR_KUSS + "Kus a ajouté que les travaux commenceraient en mai.\n", "fr", "Kus"),
    (FR_KUSS + "Le conseil a choisi Kus pour diriger le port.\n", "fr", "Kus"),
    # a possessive of the variant: the name less its final "s", owning something
    ("The harbour board appointed Helen Ebbs, a former engineer, as its chair on Monday. "
     "Ebb's deputy will run the port until then.\n", "en", "Ebb"),
    ("« Le port rouvrira en mai », a déclaré lundi Hélène Ebbs, présidente du conseil. "
     "L'adjoint d'Ebb a démissionné.\n", "fr", "Ebb"),
])
def test_a_short_surname_with_a_letter_dropped_is_a_variant(text, lang, name):
    assert variants(text, lang) == {name}


@pytest.mark.parametrize("text, lang", [
    # a real different short name, introduced by the story itself
    (EN_VOSS + "Pieter Vos, a docker, said he was pleased. Vos added that the works would "
     "start in May.\n", "en"),
    (FR_KUSS + "Pieter Kus, docker, s'est dit soulagé. Kus a ajouté que les travaux "
     "commenceraient en mai.\n", "fr"),
    # one letter changed, not dropped: as often another short name
    (EN_VOSS + "The board chose Vass to lead the port.\n", "en"),
    (FR_KUSS + "Le conseil a choisi Kess pour diriger le port.\n", "fr"),
    # the name less its "s" with no possessive: an adjective or a singular thing
    ("The harbour board appointed Helen Ebbs, a former engineer, as its chair on Monday. "
     "Ebbs said the port would reopen after the Ebb festival.\n", "en"),
])
def test_a_short_name_of_its_own_stays_quiet(text, lang):
    assert variants(text, lang) == set()
