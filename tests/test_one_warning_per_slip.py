"""One slip, one warning: a person's name respelt by its accents is reported by
speakers.variant, with the person, and not a second time by names.variant; a place's
name respelt the same way is still names.variant's."""
from __future__ import annotations

import pytest

from checker import check_text


@pytest.mark.parametrize("lang,text", [
    ("en", "Councillor Rosa Peñalver opened the session. \"We start now,\" Penalver said.\n"),
    ("fr", "La déléguée Hélène Lefébure a pris la parole. « Nous continuons », a déclaré Lefebure.\n"),
])
def test_an_accent_slip_in_a_persons_name_is_one_warning(lang, text):
    found = [f.rule for f in check_text(text, path="s.md", lang=lang, select=["speakers", "names"])]
    assert found == ["speakers.variant"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The convoy left Bogotá at dawn. By noon it was far from Bogota and its traffic.\n"),
    ("fr", "Le convoi a quitté Séville à l'aube. À midi, il était loin de Seville et de ses rues.\n"),
])
def test_an_accent_slip_in_a_place_name_is_still_reported(lang, text):
    found = [f.rule for f in check_text(text, path="s.md", lang=lang, select=["speakers", "names"])]
    assert found == ["names.variant"]


@pytest.mark.parametrize("lang,text,slip", [
    # one misspelt word inside names read several ways is one warning, on the shortest reading
    ("en", "The Friends of Carrow Lighthouse launched an appeal. The Friends of Carow Lighthouse hope to "
           "raise £80,000.\n", "Carow Lighthouse"),
    ("fr", "Les Amis du Phare de Kerrovan ont lancé un appel. Les Amis du Phare de Kerovan espèrent "
           "réunir 80 000 euros.\n", "Kerovan"),
])
def test_a_slip_read_in_several_names_is_one_warning(lang, text, slip):
    found = [f.text for f in check_text(text, path="s.md", lang=lang, select=["names"])]
    assert len(found) == 1 and slip in found[0]
