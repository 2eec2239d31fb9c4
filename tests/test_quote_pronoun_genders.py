"""A pronoun in a reporting clause skips a speaker the story has already called by the
other pronoun ('"...," he said' for Tom Avery: no "she" is his next), and past that
speaker it takes a person named since, of no other gender, before someone further back
whom the story never gave a gender; with no one named since, that one is still the
only candidate.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from test_quote_sources import _speakers

EN_START = ("Jordan Pike, who owns the building, spoke first. \"The rent has not changed since "
            "2019,\" Pike said.\n\nMayor Tom Avery backed the plan. \"We need the shops on "
            "this street,\" he said.\n\n")
FR_START = ("Jordan Pike, propriétaire de l'immeuble, a parlé le premier. « Le loyer n'a pas "
            "changé depuis 2019 », a dit Pike.\n\nLe maire Tom Avery soutient le projet. « Nous "
            "avons besoin des commerces de cette rue », a-t-il dit.\n\n")


@pytest.mark.parametrize("lang, text, speakers", [
    # a person named since the speaker called "he"
    ("en", EN_START + "The council then heard from Claire Morel, a local shopkeeper.\n\n"
                      "\"I cannot keep going like this,\" she sighed.\n",
     ["Jordan Pike", "Tom Avery", "Claire Morel"]),
    ("fr", FR_START + "Le conseil a ensuite entendu Claire Morel, commerçante de la rue.\n\n"
                      "« Je ne peux plus continuer comme ça », a-t-elle soupiré.\n",
     ["Jordan Pike", "Tom Avery", "Claire Morel"]),
    # no one named since: the speaker of no known gender is the only one left
    ("en", EN_START + "\"I cannot keep going like this,\" she sighed.\n",
     ["Jordan Pike", "Tom Avery", "Jordan Pike"]),
    ("fr", FR_START + "« Je ne peux plus continuer comme ça », a-t-elle soupiré.\n",
     ["Jordan Pike", "Tom Avery", "Jordan Pike"]),
    # the same pronoun again is the same speaker
    ("en", EN_START + "The council then heard from Claire Morel, a local shopkeeper.\n\n"
                      "\"We will find the money,\" he added.\n",
     ["Jordan Pike", "Tom Avery", "Tom Avery"]),
    ("fr", FR_START + "Le conseil a ensuite entendu Claire Morel, commerçante de la rue.\n\n"
                      "« Nous trouverons l'argent », a-t-il ajouté.\n",
     ["Jordan Pike", "Tom Avery", "Tom Avery"]),
])
def test_a_pronoun_skips_a_speaker_called_by_the_other(lang, text, speakers):
    assert _speakers(text, lang) == speakers
