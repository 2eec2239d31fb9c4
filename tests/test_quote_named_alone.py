"""A quote after a narrative sentence that names one introduced person and no other
candidate, with no speech verb ("Back at Tom Hale's farm, the work goes on."), is that
person's: no ``speakers.unattributed-quote``. A sentence naming no one, or two people, or
whose clause has a group for subject, leaves the quote an orphan (issue 13). Every
sentence here is invented for the test."""
from __future__ import annotations

import pytest

from checker import check_text
from test_quote_sources import _speakers

_QUOTE_EN = "\"We'll prune and spray as usual. The trees don't know the crop is gone.\""
_QUOTE_FR = ("« On va tailler, traiter, entretenir comme d'habitude. Les arbres, eux, ne savent "
             "pas que la récolte est perdue. »")
_INTRO_EN = "Tom Hale, a fruit grower near Millbrook, lost half of his apricots to the frost.\n\n"
_INTRO_FR = ("Thierry Bousquet, arboriculteur à Saint-Jorry, a perdu la moitié de ses abricots "
             "dans le gel.\n\n")


def _unattributed(text: str, lang: str) -> list[str]:
    return [f.text[:12] for f in check_text(text + "\n", path="s.md", lang=lang,
                                            select=["speakers.unattributed-quote"])]


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", _INTRO_EN + f"Back at Tom Hale's farm, the work goes on. {_QUOTE_EN}", "Tom Hale"),
    ("en", _INTRO_EN + f"At Tom Hale's farm, the work goes on. {_QUOTE_EN}", "Tom Hale"),
    ("fr", _INTRO_FR + f"En attendant, chez Thierry Bousquet, on continue le travail. {_QUOTE_FR}",
     "Thierry Bousquet"),
    ("fr", _INTRO_FR + f"Chez Thierry Bousquet, on continue le travail. {_QUOTE_FR}",
     "Thierry Bousquet"),
    ("en", _INTRO_EN + f"In the orchard of Tom Hale, all is quiet now. {_QUOTE_EN}", "Tom Hale"),
    ("fr", _INTRO_FR + f"Dans le verger de Thierry Bousquet, le silence règne. {_QUOTE_FR}",
     "Thierry Bousquet"),
])
def test_the_one_person_the_sentence_names_speaks(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text + "\n", lang)[-1] == speaker
    assert _unattributed(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    # the sentence names no one
    ("en", _INTRO_EN + f"Back at the farm, the work goes on. {_QUOTE_EN}"),
    ("fr", _INTRO_FR + f"En attendant, au verger, on continue le travail. {_QUOTE_FR}"),
    # it names two people: the reader cannot tell which speaks
    ("en", _INTRO_EN + "Ann Cole, a farmer, lost her pears.\n\nAt the farms of Tom Hale and Ann "
                       f"Cole, the work goes on. {_QUOTE_EN}"),
    ("fr", _INTRO_FR + "Anne Roux, agricultrice, a perdu ses poires.\n\nChez Thierry Bousquet et "
                       f"Anne Roux, on continue le travail. {_QUOTE_FR}"),
    # the person is what another acts on, not where the scene is set
    ("en", _INTRO_EN + f"The frost ruined Tom Hale's crop. {_QUOTE_EN}"),
    ("fr", _INTRO_FR + f"Le gel a ruiné la récolte de Thierry Bousquet. {_QUOTE_FR}"),
    ("en", _INTRO_EN + f"The court fined Tom Hale in June. {_QUOTE_EN}"),
    # a group is the clause's subject: a crowd speaks no sentence in one voice
    ("en", _INTRO_EN + f"At Tom Hale's farm, the workers carry on. {_QUOTE_EN}"),
    ("fr", _INTRO_FR + f"Chez Thierry Bousquet, les ouvriers continuent le travail. {_QUOTE_FR}"),
])
def test_an_orphan_quote_stays_reported(lang: str, text: str) -> None:
    assert len(_unattributed(text, lang)) == 1


@pytest.mark.parametrize("lang, text", [
    # a surname no full name introduced is no one the reader knows
    ("en", f"Frost hit the valley.\n\nBack at Hale's farm, the work goes on. {_QUOTE_EN}"),
    ("fr", f"Le gel a frappé la vallée.\n\nChez Bousquet, on continue le travail. {_QUOTE_FR}"),
])
def test_a_name_never_introduced_speaks_for_no_one(lang: str, text: str) -> None:
    assert _speakers(text + "\n", lang)[-1] == ""
