"""A speaker after a speech verb opened by a possessive ("said her neighbour, Paul
Hebert", « a déclaré son voisin, Paul Hébert »): in English "her" is a possessive
determiner as well as a pronoun, and before a role noun it is the determiner; the speaker
is the role's holder, or the name in apposition, not the one "her" stands for.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from test_quote_sources import _speakers

EN = "Nadia Orlov lost her barn in the storm. "
FR = "Nadia Orlov a perdu sa grange dans la tempête. "


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", EN + "\"We heard the roof go at three in the morning,\" said her neighbour, Paul "
                "Hebert.", "Paul Hebert"),
    ("en", EN + "\"We heard the roof go at three in the morning,\" said her next-door "
                "neighbour, Paul Hebert.", "Paul Hebert"),
    ("en", EN + "\"We heard the roof go at three in the morning,\" joked her brother, Tom "
                "Orlov.", "Tom Orlov"),
    ("en", EN + "\"We heard the roof go at three in the morning,\" said her neighbour.",
     "her neighbour"),
    ("fr", FR + "« On a entendu le toit partir à trois heures du matin », a déclaré son "
                "voisin, Paul Hébert.", "Paul Hébert"),
    ("fr", FR + "« On a entendu le toit partir à trois heures du matin », a déclaré sa "
                "voisine.", "sa voisine"),
])
def test_a_possessive_before_a_role_is_no_pronoun(lang, text, speaker):
    assert _speakers(text + "\n", lang) == [speaker]


@pytest.mark.parametrize("lang, text", [
    # the pronoun alone, or before punctuation, is still the pronoun
    ("en", EN + "\"We heard the roof go at three in the morning,\" she said."),
    ("en", EN + "\"We heard the roof go at three in the morning,\" said she, still shaken."),
    ("fr", FR + "« On a entendu le toit partir à trois heures du matin », a-t-elle déclaré."),
    ("fr", FR + "« On a entendu le toit partir à trois heures du matin », selon elle."),
])
def test_a_pronoun_alone_is_still_the_person(lang, text):
    assert _speakers(text + "\n", lang) == ["Nadia Orlov"]
