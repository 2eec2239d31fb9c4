"""numbers.conflict: a headline amount one digit off the lede's, told with the same word
("fined £150,000" / "fined £450,000"), is one figure misprinted however far apart the values
are. Sentences written for these tests."""
from __future__ import annotations

import pytest

from checker.checks.figure_conflict import _stem
from test_figure_pairing import conflicts, story


@pytest.mark.parametrize("lang, title, body, flagged", [
    ("en", "Haulier fined £150,000 over depot fire",
     "The owner of a haulage firm has been fined £450,000 after a blaze at its depot in Dunmore.\n\n"
     "In addition to the £450,000 fine, the firm must pay costs.", "£450,000"),
    ("en", "Quarry fined £15,000 for dust", "A quarry operator was fined £75,000 on Tuesday for letting dust "
     "drift over the village school.", "£75,000"),
    ("fr", "Amende de 240 000 euros pour le transporteur",
     "Le transporteur a été condamné à une amende de 840 000 euros après l'incendie de son dépôt.", "840 000 euros"),
    ("fr", "Amende de 240 000 euros pour le transporteur",
     "Le transporteur devra payer 840 000 euros d’amende après l'incendie de son dépôt.", "840 000 euros"),
])
def test_a_headline_amount_a_digit_off_the_lede_is_a_misprint(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == [flagged]


@pytest.mark.parametrize("lang, title, body", [
    # told with another word: the lede's figure is another sum
    ("en", "Haulier to invest £150,000 in depot", "The haulier, fined £450,000 last year, will invest in its depot."),
    ("fr", "Amende de 240 000 euros pour le transporteur", "Le transporteur, dont le chiffre d'affaires atteint "
     "840 000 euros, a été condamné après l'incendie de son dépôt."),
    # the body gives the headline's value
    ("en", "Haulier fined £150,000 over depot fire", "The haulier was fined £150,000 and must pay £450,000 in costs."),
    ("fr", "Amende de 240 000 euros pour le transporteur", "Le transporteur a été condamné à une amende de "
     "840 000 euros, dont 240 000 euros d'amende ferme."),
    # two digits differ: no slip of the pen, and too far apart to be one figure
    ("en", "Haulier fined £150,000 over depot fire", "The owner of a haulage firm has been fined £470,000."),
    # a headline count may add up the lede's parts
    ("fr", "Le constructeur va supprimer 8 000 emplois", "Le constructeur va supprimer 3 000 emplois en France."),
])
def test_other_sums_and_other_slips_are_quiet(lang, title, body) -> None:
    assert conflicts(story(title, body), lang) == []


@pytest.mark.parametrize("word, bare", [("d'amende", "amende"), ("l’entreprise", "entreprise"),
                                        ("qu'il", "qu'il")])
def test_an_elided_article_is_no_part_of_a_word(word: str, bare: str) -> None:
    assert _stem(word) == _stem(bare)


@pytest.mark.parametrize("lang, title, body, flagged", [
    ("en", "Haulier fined £150k over depot fire", "The haulier was fined £450,000 after the blaze.", "£450,000"),
    ("fr", "Amende de 2,4 millions d’euros pour le transporteur",
     "Le transporteur a été condamné à une amende de 8,4 millions d'euros.", "8,4 millions d'euros"),
])
def test_a_slip_is_read_from_the_values_however_they_are_written(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == [flagged]


@pytest.mark.parametrize("lang, title, body, flagged", [
    # "fell to his death", « porté à l'hôpital »: a change word with no figure after it says
    # nothing of the sum beside it
    ("en", "Builder fined £120,000 over roof fall", "A building firm has been fined £180,000 after a "
     "roofer fell to his death from an unguarded edge.", "£180,000"),
    ("fr", "Le couvreur condamné à 120 000 euros", "Le couvreur a été condamné à 180 000 euros d'amende "
     "après la chute d'un ouvrier, porté à l'hôpital dans un état grave.", "180 000 euros"),
])
def test_a_change_word_before_no_figure_does_not_hide_a_misprint(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == [flagged]


@pytest.mark.parametrize("lang, title, body", [
    # the figure the change reached: the headline's is the old one, no misprint
    ("en", "Profit falls from £180,000", "The firm's profit fell to £120,000 last year from £180,000."),
    ("fr", "Le bénéfice tombe de 180 000 euros", "Le bénéfice est passé à 120 000 euros l'an dernier, contre "
     "180 000 euros un an plus tôt."),
])
def test_a_change_word_before_a_figure_still_marks_a_change(lang, title, body) -> None:
    assert conflicts(story(title, body), lang) == []


@pytest.mark.parametrize("lang, title, body, flagged", [
    # the headline sums up the lede's opening sentence; the count told in two parts follows it
    ("en", "All 38 aboard rescued after ferry runs aground",
     "All passengers and crew were brought ashore after the ferry ran aground on Tuesday, the coastguard said.\n\n"
     "The vessel was carrying 33 passengers and four crew, the coastguard said.", "33 passengers and four crew"),
    ("fr", "Les 38 occupants du ferry secourus après son échouement",
     "Tous les passagers et l'équipage du ferry ont été secourus mardi après son échouement, selon les secours.\n\n"
     "Le navire transportait 33 passagers et quatre membres d'équipage, selon les secours.",
     "33 passagers et quatre membres"),
])
def test_a_headline_count_against_the_parts_after_the_opening(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == [flagged]


@pytest.mark.parametrize("lang, title, body", [
    ("en", "All 37 aboard rescued after ferry runs aground",
     "All passengers and crew were brought ashore after the ferry ran aground on Tuesday, the coastguard said.\n\n"
     "The vessel was carrying 33 passengers and four crew, the coastguard said."),
])
def test_a_headline_count_its_parts_add_up_to_is_quiet(lang, title, body) -> None:
    assert conflicts(story(title, body), lang) == []


@pytest.mark.parametrize("lang, title, body, flagged", [
    # the headline's toll against the lede's first count of the dead
    ("en", "Three killed in crash on ring road", "Two people died when a lorry hit a bus on the ring road on "
     "Monday, police said.", ["Two"]),
    ("fr", "Trois morts dans un accident sur la rocade", "Deux personnes sont mortes lundi dans la collision "
     "entre un camion et un car sur la rocade, selon la gendarmerie.", ["Deux"]),
    # the body gives the headline's toll later; the lede agrees
    ("en", "Three killed in crash on ring road", "Two people died when a lorry hit a bus on the ring road on "
     "Monday, police said.\n\nA third victim died in hospital overnight, bringing the toll to three.", []),
    ("en", "Three killed in crash on ring road", "Three people died when a lorry hit a bus on the ring road on "
     "Monday, police said.", []),
])
def test_a_headline_toll_against_the_lede(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == flagged


@pytest.mark.parametrize("lang, title, body, flagged", [
    # the headline leaves the noun out ("finish" is its verb): the lede's first count is its figure
    ("en", "More than 5,000 finish Harwick half-marathon in the rain",
     "A total of 4,180 runners completed the Harwick half-marathon on Sunday in the rain.", ["4,180"]),
    ("fr", "Plus de 5 000 au départ du semi-marathon de Harwick sous la pluie",
     "Au total, 4 180 coureurs ont pris le départ du semi-marathon de Harwick dimanche, sous la pluie.", ["4 180"]),
    # the body gives the headline's figure, or the lede is about something else
    ("en", "More than 5,000 finish Harwick half-marathon in the rain",
     "A total of 5,180 runners completed the Harwick half-marathon on Sunday in the rain.", []),
    ("en", "More than 5,000 finish Harwick half-marathon in the rain",
     "Volunteers handed out 4,180 bottles of water on a wet Sunday. The Harwick half-marathon drew 5,300 runners.", []),
    ("fr", "Plus de 5 000 au départ du semi-marathon de Harwick sous la pluie",
     "Au total, 5 180 coureurs ont pris le départ du semi-marathon de Harwick dimanche, sous la pluie.", []),
])
def test_a_headline_count_without_its_noun_against_the_ledes_first_count(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == flagged


@pytest.mark.parametrize("lang, title, body, flagged", [
    # a headline's change against the lede's change of the same thing
    ("en", "Visits up 20%", "Visits to the garden rose 12% in a year, the association said.", ["12%"]),
    ("fr", "La fréquentation en hausse de 20 %",
     "La fréquentation du jardin a augmenté de 12 % en un an, selon l'association.", ["12 %"]),
    ("en", "Visits up 20%", "Visits to the garden rose 20% in a year, the association said.", []),
    ("fr", "La fréquentation en hausse de 20 %",
     "La fréquentation du jardin a augmenté de 20 % en un an, selon l'association.", []),
    # the body states the headline's figure elsewhere
    ("en", "Visits up 20%", "Visits to the garden rose 12% in a year, the association said. Sales rose 20%.", []),
])
def test_a_headline_change_against_the_ledes_change(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == flagged


@pytest.mark.parametrize("lang, title, body, flagged", [
    # a headline count that adds up the lede's counts of its thing is no other figure
    ("fr", "Le Quatuor de Brévines part pour douze concerts en Asie",
     "Le Quatuor de Brévines s'envolera le 3 juin pour une tournée au Japon et en Corée, avec huit concerts "
     "prévus à Tokyo et Osaka, puis quatre à Séoul.", []),
    ("en", "Brevine Ensemble leaves for twelve concerts in Asia",
     "The Brevine Ensemble will fly out on June 3 for a tour of Japan and Korea, with eight concerts planned "
     "in Tokyo and Osaka, then four in Seoul.", []),
])
def test_a_headline_count_that_sums_the_ledes_parts(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == flagged
