"""A subject noun phrase cut from its verb by an adverb that can open a clause ("The
mayor | then toured the farm", « La maire a | ensuite visité la ferme ») is still the
sentence's subject, not an adverbial phrase read past: the quote in the next paragraph is
the mayor's. A time phrase ("The next day,", « Le lendemain, ») is still read past, and
so is a role before a comma, the apposition of a name.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from test_quote_sources import _speakers

EN = "Mayor Ines Calder visited the flooded street on Monday.\n\n{}\n\n\"We will rebuild every fence before next winter, that is a promise.\"\n"
FR = ("La maire Ines Calder s'est rendue lundi dans la rue inondée.\n\n{}\n\n« Nous "
      "reconstruirons chaque clôture avant l'hiver prochain, c'est promis. »\n")


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", EN.format("The mayor then toured the farm."), "Ines Calder"),
    ("en", EN.format("The mayor has then toured the farm."), "Ines Calder"),
    ("fr", FR.format("La maire a ensuite visité la ferme."), "Ines Calder"),
    ("fr", FR.format("La maire puis ses adjoints ont visité la ferme."), "Ines Calder"),
    # a time phrase names nobody
    ("en", EN.format("The next day, the farm was empty."), ""),
    ("fr", FR.format("Le lendemain, la ferme était vide."), ""),
    # a role before a comma is a name's apposition
    ("en", EN.format("The town's treasurer, Owen Tully, then toured the farm."), "Owen Tully"),
    ("fr", FR.format("Le trésorier, Owen Tully, a ensuite visité la ferme."),
     "Owen Tully"),
])
def test_a_subject_cut_by_an_adverb_speaks(lang, text, speaker):
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize("lang, text, speaker", [
    # a long role phrase opening the sentence before, its name in apposition after a comma
    ("en", EN.format("The treasurer of the town council, Owen Tully, toured the farm."),
     "Owen Tully"),
    ("fr", FR.format("La présidente de l'association des riverains, Anne Tully, a visité la "
                     "ferme."), "Anne Tully"),
    # no name in apposition: the role is the speaker as written
    ("en", EN.format("The treasurer of the town council toured the farm."),
     "The treasurer of the town"),
    ("fr", FR.format("Le trésorier du club de rugby a visité la ferme."),
     "Le trésorier du club"),
])
def test_a_role_phrase_with_its_name_in_apposition(lang, text, speaker):
    assert _speakers(text, lang) == [speaker]
