"""A stand-alone quote after a sentence whose subject is a group, an organisation or a
role, that reports no speech and names an individual besides that subject (a person of
the story, or "one of the defendants", « l'un des prévenus »): the reader cannot tell
which of the two speaks, so the quote has no speaker and ``speakers.unattributed-quote``
asks for one. A sentence about the group alone, a reporting sentence, or a person named
as subject in the paragraph before still gives the quote its speaker.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from checker import check_text
from test_quote_sources import _speakers

EN_CAST = ("Three men were fined on Monday for netting salmon out of season near Dunmore.\n\n"
           "Owen Tully, 52, Rhys Garner, 38, and Neil Ashby, 44, admitted fishing without a "
           "licence.\n\n")
FR_CAST = ("Trois hommes ont été condamnés lundi pour avoir pêché du saumon hors saison près "
           "de Dunmore.\n\nOwen Tully, 52 ans, Rhys Garner, 38 ans, et Neil Ashby, 44 ans, "
           "ont reconnu avoir pêché sans permis.\n\n")
EN_QUOTE = "\n\n\"We only wanted a few fish for the family. Nobody was ever harmed.\"\n"
FR_QUOTE = "\n\n« On voulait juste quelques poissons pour la famille, personne n'a été lésé. »\n"


def _unattributed(text: str, lang: str) -> int:
    return len(check_text(text, path="s.md", lang=lang, select=["speakers.unattributed-quote"]))


@pytest.mark.parametrize("lang, text", [
    ("en", EN_CAST + "Investigators found two more nets in one of the defendants' vans." + EN_QUOTE),
    ("en", EN_CAST + "The investigators found two more nets in the van of one of the defendants."
     + EN_QUOTE),
    ("en", EN_CAST + "The investigators later searched Tully's van and found two more nets." + EN_QUOTE),
    ("fr", FR_CAST + "Les gendarmes ont découvert dans la camionnette de l'un des prévenus deux "
                     "autres filets." + FR_QUOTE),
    ("fr", FR_CAST + "Les enquêteurs ont ensuite fouillé la camionnette de Tully et trouvé deux "
                     "autres filets." + FR_QUOTE),
])
def test_a_group_acting_on_another_party_does_not_speak_the_next_quote(lang, text):
    assert _unattributed(text, lang) == 1
    assert _speakers(text, lang) == [""]


@pytest.mark.parametrize("lang, text, speaker", [
    # the member of the group named and reporting: the quote is his
    ("en", EN_CAST + "One of the defendants, Owen Tully, told the court:" + EN_QUOTE, "Owen Tully"),
    ("fr", FR_CAST + "L'un des prévenus, Owen Tully, a déclaré au tribunal :" + FR_QUOTE,
     "Owen Tully"),
    # a person named as the subject of the paragraph before
    ("en", EN_CAST + "Tully wept as the fine was read out in the court." + EN_QUOTE, "Owen Tully"),
    ("fr", FR_CAST + "Tully a pleuré à l'énoncé de l'amende." + FR_QUOTE, "Owen Tully"),
    # a group alone in its sentence
    ("en", EN_CAST + "The investigators remember the night well." + EN_QUOTE,
     "The investigators"),
    ("fr", FR_CAST + "Les enquêteurs se souviennent bien de cette nuit." + FR_QUOTE, "Les enquêteurs"),
])
def test_a_reporting_sentence_or_a_lone_subject_still_speaks(lang, text, speaker):
    assert _unattributed(text, lang) == 0
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize("lang, text", [
    # one person's role as subject stands out: the quote is the mayor's
    ("en", "Mayor Ines Calder visited the flooded street on Monday. The farmer Owen Tully "
           "lost his barn.\n\nThe mayor later toured "
           "Owen Tully's farm.\n\n\"We will rebuild every fence before next winter, that is a promise.\"\n"),
    ("fr", "La maire Ines Calder s'est rendue lundi dans la rue inondée. L'agriculteur Owen "
           "Tully a perdu sa grange.\n\nLa maire a "
           "visité la ferme d'Owen Tully.\n\n« Nous reconstruirons chaque clôture avant "
           "l'hiver prochain, c'est promis. »\n"),
])
def test_a_role_acting_on_a_person_still_speaks(lang, text):
    assert _unattributed(text, lang) == 0
    assert _speakers(text, lang) == ["Ines Calder"]
