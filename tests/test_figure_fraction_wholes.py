"""numbers.conflict: a fraction and a percentage of one whole must agree, when the fraction
is the headline's and the percentage the lede's, when the fraction is hedged ("almost a
quarter"), and when the whole is named by two nouns of one group ("the staff" / "the
employees"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_figure_pairing import conflicts, story


@pytest.mark.parametrize("lang, title, body, flagged", [
    ("en", "A third of paramedics plan to quit",
     "According to the survey, 19% of paramedics said they plan to leave the service.", "19%"),
    ("en", "Almost half of farmers expect a poor harvest",
     "The union's poll found 31% of farmers expect a poor harvest this year.", "31%"),
    ("fr", "Un tiers des retraités du canton vivent sous le seuil de pauvreté",
     "Selon l'office statistique, 21 % des plus de 65 ans du canton vivent sous le seuil de pauvreté.", "21 %"),
    ("fr", "La moitié des infirmières veulent quitter l’hôpital",
     "Selon l'enquête du syndicat, 28 % des infirmières disent vouloir quitter l'hôpital.", "28 %"),
])
def test_a_headline_fraction_against_the_lede_percentage(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == [flagged]


@pytest.mark.parametrize("lang, title, body, flagged", [
    # a share of another whole in the same sentence allows nothing ("40% of their income"),
    # and a long headline still says what the lede says
    ("en", "Housing: a third of young workers in the Brenton area spend over 40% of their income on rent",
     "Housing costs keep rising. According to the observatory's survey, 24% of working 18-30 year-olds "
     "spend over 40% of their income on rent.", "24%"),
    ("fr", "Logement : un tiers des jeunes actifs du bassin de Brenton consacrent plus de 40 % de "
           "leurs revenus au loyer",
     "Se loger coûte cher. Selon l'enquête de l'observatoire, 24 % des 18-30 ans qui travaillent "
     "consacrent plus de 40 % de leurs revenus à leur loyer.", "24 %"),
])
def test_a_headline_fraction_beside_a_share_of_another_whole(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == [flagged]


@pytest.mark.parametrize("lang, title, body", [
    # the lede gives a share the headline allows
    ("en", "A third of paramedics plan to quit", "According to the survey, 34% of paramedics plan to leave."),
    ("en", "Almost a third of paramedics plan to quit", "The survey found 29% of paramedics plan to leave."),
    ("fr", "Un tiers des retraités du canton vivent sous le seuil de pauvreté",
     "Selon l'office statistique, 32 % des retraités du canton vivent sous le seuil de pauvreté."),
    # another statement about the same whole
    ("en", "A third of paramedics plan to quit", "The union said 19% of paramedics are over 60."),
    ("fr", "La moitié des infirmières veulent quitter l’hôpital",
     "Selon le syndicat, 28 % des infirmières travaillent de nuit."),
    # the lede's own figure for the headline's group, after a figure for another group
    ("en", "A third of paramedics plan to quit",
     "The survey found 19% of doctors plan to leave, and 35% of paramedics."),
])
def test_a_headline_fraction_the_lede_allows_or_another_fact_is_quiet(lang, title, body) -> None:
    assert conflicts(story(title, body), lang) == []


@pytest.mark.parametrize("lang, text, flagged", [
    ("en", "Almost a quarter of the staff live in Harwick, the union said.\n\nThe plant opened in 1961.\n\n"
           "Harwick, home to 41% of the plant's employees, will lose its bus service.", "41%"),
    ("en", "A third of the workforce at the Harwick plant are women.\n\n"
           "At Harwick, about 12% of the employees are women, the report said.", "about 12%"),
    ("fr", "Près d'un quart de l'effectif habite à Varennes, selon le syndicat.\n\nL'usine a ouvert en 1961.\n\n"
           "Varennes, où vivent 41 % des salariés de l'usine, perdra sa ligne de bus.", "41 %"),
    ("fr", "La moitié du personnel vit à Varennes, selon le syndicat.\n\n"
           "Selon la direction, 20 % des salariés vivent à Varennes.", "20 %"),
])
def test_a_fraction_and_a_percentage_of_one_whole_named_twice(lang, text, flagged) -> None:
    assert conflicts(text, lang) == [flagged]


@pytest.mark.parametrize("lang, text", [
    # another place
    ("en", "Almost a quarter of the staff live in Harwick, the union said.\n\n"
           "Dunley, home to 41% of the plant's employees, will lose its bus service."),
    ("fr", "Près d'un quart de l'effectif habite à Varennes, selon le syndicat.\n\n"
           "Selon la direction, 41 % des salariés vivent à Sorbiers."),
    # another whole
    ("en", "A quarter of the housing stock is empty in Harwick.\n\nIn Harwick, 40% of households rent their home."),
    ("fr", "Un quart du parc de logements est vacant à Varennes.\n\nÀ Varennes, 40 % des ménages sont locataires."),
    # the same whole, another fact, or a share within the fraction's range
    ("en", "Almost a quarter of the staff live in Harwick.\n\nIn Harwick, 23% of the employees are women."),
    ("fr", "Près d'un quart de l'effectif habite à Varennes.\n\nSelon la direction, 23 % des salariés vivent à Varennes."),
    # the place alone is no tie: two facts about its people
    ("en", "A third of the residents of Harwick rent their homes.\n\nIn Harwick, 45% of residents are over 60."),
    ("fr", "Un tiers des habitants de Varennes sont locataires.\n\nÀ Varennes, 45 % des habitants ont plus de 60 ans."),
])
def test_other_places_wholes_and_facts_are_quiet(lang, text) -> None:
    assert conflicts(text, lang) == []


@pytest.mark.parametrize("lang, title, body, flagged", [
    ("en", "One in five paramedics plan to quit",
     "According to the survey, 41% of paramedics said they plan to leave the service.", "41%"),
    ("fr", "Un retraité sur trois vit sous le seuil de pauvreté",
     "Selon l'office statistique, 12 % des retraités vivent sous le seuil de pauvreté.", "12 %"),
])
def test_a_headline_ratio_is_a_share_of_what_it_counts(lang, title, body, flagged) -> None:
    assert conflicts(story(title, body), lang) == [flagged]


@pytest.mark.parametrize("lang, title, body", [
    ("en", "One in five paramedics plan to quit", "According to the survey, 21% of paramedics plan to leave."),
    ("fr", "Un retraité sur trois vit sous le seuil de pauvreté",
     "Selon l'office statistique, 32 % des retraités vivent sous le seuil de pauvreté."),
    # a ratio of another thing
    ("en", "One in five paramedics plan to quit", "The survey found 41% of paramedics work nights."),
])
def test_a_headline_ratio_the_lede_allows_is_quiet(lang, title, body) -> None:
    assert conflicts(story(title, body), lang) == []


@pytest.mark.parametrize("lang, text, fires", [
    ("en", "One in three of the drivers at the depot live in Harwick.\n\n"
           "In Harwick, home to 12% of the depot's drivers, the bus service will end.", True),
    ("en", "One in three drivers at the depot live in Harwick.\n\n"
           "In Harwick, home to 12% of the depot's drivers, the bus service will end.", True),
    ("fr", "Un chauffeur sur trois du dépôt habite à Varennes.\n\nÀ Varennes vivent 12 % des chauffeurs du dépôt.", True),
    ("fr", "Un chauffeur sur trois du dépôt habite à Varennes.\n\nÀ Varennes vivent 31 % des chauffeurs du dépôt.", False),
])
def test_a_ratio_in_the_body_against_a_percentage(lang, text, fires) -> None:
    assert bool(conflicts(text, lang)) is fires


@pytest.mark.parametrize("lang, title, paragraphs, fires", [
    # past the lede: the headline's own whole and two of its words
    ("en", "A third of paramedics plan to quit", ["The service published its staff survey on Monday.",
     "Ambulance crews answered it in March.", "Managers met the unions on Tuesday.",
     "In all, 19% of paramedics plan to quit the service within a year."], True),
    ("en", "A third of paramedics plan to quit", ["The service published its staff survey on Monday.",
     "Ambulance crews answered it in March.", "Managers met the unions on Tuesday.",
     "In all, 19% of the crews plan to quit the service within a year."], False),
    ("fr", "Un tiers des infirmières veulent quitter l’hôpital", ["Le syndicat a publié son enquête lundi.",
     "Les soignants y ont répondu en mars.", "La direction a reçu les syndicats mardi.",
     "Au total, 19 % des infirmières veulent quitter l'hôpital d'ici un an."], True),
    # the body gives the headline's fraction of its whole
    ("en", "A third of paramedics plan to quit", ["A third of paramedics plan to quit, the survey found, "
     "and 19% of paramedics plan to quit within a year."], False),
    ("fr", "La moitié des infirmières veulent quitter l’hôpital", ["La moitié des infirmières veulent partir, "
     "selon l'enquête, dont 28 % des infirmières veulent quitter l'hôpital d'ici un an."], False),
])
def test_a_headline_fraction_against_the_rest_of_the_story(lang, title, paragraphs, fires) -> None:
    assert bool(conflicts(story(title, "\n\n".join(paragraphs)), lang)) is fires


@pytest.mark.parametrize("lang, title, body, fires", [
    ("en", "A third of paramedics plan to quit", "Of the 900 paramedics surveyed, 19% said they plan to quit.", True),
    ("en", "A third of paramedics plan to quit", "Of the 900 paramedics surveyed, 19% were men.", False),
    ("fr", "Un tiers des infirmières veulent quitter l’hôpital",
     "Parmi les 900 infirmières interrogées, 19 % disent vouloir quitter l'hôpital.", True),
    ("fr", "Un tiers des infirmières veulent quitter l’hôpital",
     "Parmi les 900 infirmières interrogées, 19 % travaillent de nuit.", False),
])
def test_a_headline_fraction_against_a_percentage_of_the_whole_named_before_it(lang, title, body, fires) -> None:
    assert bool(conflicts(story(title, body), lang)) is fires


@pytest.mark.parametrize("lang, share, fires", [
    ("en", "24%", True), ("en", "31%", False), ("en", "36%", True),
    ("fr", "24 %", True), ("fr", "31 %", False), ("fr", "36 %", True),
])
def test_almost_a_third_stops_short_of_a_third(lang, share, fires) -> None:
    text = {"en": f"Almost a third of the staff at the depot work nights.\n\nThe firm says {share} of the staff "
                  "at the depot work nights.",
            "fr": f"Près d'un tiers du personnel du dépôt travaille de nuit.\n\nSelon l'entreprise, {share} du "
                  "personnel du dépôt travaille de nuit."}[lang]
    assert bool(conflicts(text, lang)) is fires


@pytest.mark.parametrize("lang, text", [
    ("en", "Nearly a quarter of the staff live in Harwick.\n\nNearly 41% of the employees live in Dunley."),
    ("fr", "Près d'un quart de l'effectif habite à Varennes.\n\nPrès de 41 % des salariés habitent à Sorbiers."),
])
def test_two_sentences_opening_on_one_word_name_no_common_place(lang, text) -> None:
    assert conflicts(text, lang) == []


@pytest.mark.parametrize("lang, text, flagged", [
    # a fraction of a count told again as a count after "soit" / "or"
    ("fr", "Depuis 2015, 20 animaux y sont nés, dont un quart chez les primates, soit huit petits.", ["huit"]),
    ("en", "Since 2015, 20 animals have been born there, a quarter of them primates, or eight young.", ["eight"]),
    # the count the fraction makes
    ("fr", "Depuis 2015, 20 animaux y sont nés, dont un quart chez les primates, soit cinq petits.", []),
    ("en", "Since 2015, 20 animals have been born there, a quarter of them primates, or five young.", []),
])
def test_a_fraction_told_again_as_a_count(lang, text, flagged) -> None:
    assert conflicts(text, lang) == flagged
