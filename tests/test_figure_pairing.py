"""numbers.conflict pairs what a reader would pair: the headline with the lede, one thing
stated twice whatever the sentence shape. Sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine import run_rules
from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text
from checker.ruleset import load_rule_file

ROOT = Path(__file__).resolve().parent.parent
RULE = next(r for r in load_rule_file(ROOT / "rules" / "numbers.yaml") if r.id == "numbers.conflict")


def conflicts(text: str, lang: str) -> list[str]:
    document = read_text(text, path="story.md", lang=lang)
    return [f.text for f in run_rules(document, [RULE]).findings]


def story(title: str, body: str) -> str:
    return f"---\ntitle: '{title}'\ndate: 2024-05-02\n---\n\n{body}\n"


@pytest.mark.parametrize("lang, title, body, flagged", [
    ("en", "Carmaker to close 1,100 dealerships",
     "The carmaker said on Friday it would shut about 1,300 of its dealerships by June.", "about 1,300"),
    ("en", "Ferry operator sales fall 45%",
     "The ferry operator reported a 48% drop in ticket sales for March.", "48%"),
    ("fr", "Le fabricant va supprimer 520 postes",
     "Environ 550 postes seront supprimés dans les usines du fabricant d'ici à 2026.", "Environ 550"),
    ("fr", "Le loyer des étudiants augmentera de 2 %",
     "Le conseil a décidé d'augmenter le loyer des étudiants de 2,5 % dès la rentrée.", "2,5 %"),
])
def test_the_headline_figure_must_match_the_lede(lang: str, title: str, body: str, flagged: str) -> None:
    assert conflicts(story(title, body), lang) == [flagged]


@pytest.mark.parametrize("lang, title, body, fires", [
    # the level a change reached, in the headline and in the lede, whatever the verb
    ("en", "Bakery profit jumps to £42m", "Pre-tax profit rose to £38.4 million, from £32.5 million a year "
     "earlier, the bakery said.", True),
    ("en", "Bakery profit jumps to £38m", "Pre-tax profit rose to £38.4 million, from £32.5 million a year "
     "earlier, the bakery said.", False),
    ("en", "Bakery profit up from £33m", "Pre-tax profit rose to £38.4 million, from £32.5 million a year "
     "earlier, the bakery said.", False),
    ("fr", "Le bénéfice de la boulangerie grimpe à 42 millions €", "Le bénéfice a progressé à 38,4 "
     "millions d'euros, contre 32,5 millions un an plus tôt, selon la boulangerie.", True),
    ("fr", "Le bénéfice de la boulangerie grimpe à 38 millions €", "Le bénéfice a progressé à 38,4 "
     "millions d'euros, contre 32,5 millions un an plus tôt, selon la boulangerie.", False),
])
def test_the_level_a_change_reached(lang: str, title: str, body: str, fires: bool) -> None:
    assert bool(conflicts(story(title, body), lang)) is fires


@pytest.mark.parametrize("lang, title, paragraphs, fires", [
    # a news story may open on a scene and a quote: the figure is in the third paragraph
    ("en", "Bakery profit jumps to £42m", ["The bakery reported on Tuesday.", "\"A record year,\" its chief said.",
                                         "Pre-tax profit rose to £38.4 million, the bakery said."], True),
    ("fr", "Le bénéfice de la boulangerie grimpe à 42 millions €", ["La boulangerie a publié ses comptes mardi.",
     "« Une année record », a dit son patron.", "Le bénéfice a progressé à 38,4 millions d'euros, selon elle."], True),
    ("en", "Bakery profit jumps to £42m", ["The bakery reported on Tuesday.", "\"A record year,\" its chief said.",
                                         "Its shops opened on Monday.", "Pre-tax profit rose to £38.4 million."], False),
])
def test_the_headline_is_read_against_the_first_three_paragraphs(lang, title, paragraphs, fires) -> None:
    assert bool(conflicts(story(title, "\n\n".join(paragraphs)), lang)) is fires


@pytest.mark.parametrize("lang, title, body", [
    ("en", "Carmaker to close 1,100 dealerships",
     "The carmaker said on Friday it would shut 1,100 of its 3,000 dealerships by June."),
    ("en", "Carmaker to close 1,100 dealerships",
     "The carmaker said on Friday it would shut dealerships.\n\nIts smaller rival has 1,300 dealerships."),
    ("fr", "Le fabricant va supprimer 520 postes",
     "Le fabricant supprimera 520 postes, soit 12 % de ses 4 300 postes en France."),
    ("fr", "Le projet coûtera 52,5 millions de dollars",
     "Le projet coûtera 52,5 millions de dollars (40,4 millions d'euros), selon la ville."),
])
def test_a_headline_the_lede_states_or_another_holder_is_quiet(lang: str, title: str, body: str) -> None:
    assert conflicts(story(title, body), lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The margin was 31 euros a tonne in 2011. It reached 39 euros a tonne in 2008."),
    ("fr", "La marge était de 31 euros la tonne en 2011. Elle atteignait 39 euros la tonne en 2008."),
])
def test_two_periods_are_two_things(lang: str, text: str) -> None:
    assert conflicts(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "---\ntitle: Flood closes 12 schools in the valley\n---\n\nThe flood closed 12 schools on Monday."),
    ("fr", "---\ntitle: 'La crue ferme 12 écoles'\n---\n\nLa crue a fermé 12 écoles lundi."),
])
def test_title_figures_are_read_and_exempt_from_sourcing(lang: str, text: str) -> None:
    document = read_text(text, path="story.md", lang=lang)
    figures = Facts(document, load_locale(lang)).get("quantities")
    title = [q for q in figures if q.exempt == "title"]
    assert len(title) == 1 and document.text[title[0].span.start:title[0].span.end] == "12"
    assert title[0].span.start < figures[-1].span.start


@pytest.mark.parametrize("lang, text", [
    ("en", "The club won 12 titles in 11 finals."),
    ("fr", "Le club a remporté 12 titres en 11 finales."),
])
def test_more_wins_than_events(lang: str, text: str) -> None:
    assert conflicts(text, lang) == ["12"]


@pytest.mark.parametrize("lang, text", [
    ("en", "The club won 9 titles in 11 finals."),
    ("fr", "Le club a remporté 9 titres en 11 finales."),
])
def test_wins_within_events_are_quiet(lang: str, text: str) -> None:
    assert conflicts(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The insurer will cut 4,000 jobs in Europe.\n\nIt will cut 2,500 office jobs in Spain, 1,200 jobs in Italy and 700 jobs in Greece."),
    ("en", "The insurer will cut 4,000 jobs in Europe. About 2,500 office jobs will go in Spain, 1,200 jobs in Italy, and 600 and 300 jobs in Greece and Malta."),
    ("fr", "L'agence a dégradé 20 villes.\n\n8 villes ont perdu deux crans, 9 autres un cran et les 5 dernières un demi-cran."),
    ("fr", "Le pays compte 27 centres : 12 à Nord, 9 à Sud, 4 à Est et 3 à Ouest."),
])
def test_parts_that_exceed_their_total(lang: str, text: str) -> None:
    assert len(conflicts(text, lang)) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "The insurer will cut 4,000 jobs in Europe.\n\nIt will cut 2,500 office jobs in Spain, 1,000 jobs in Italy and 500 jobs in Greece."),
    ("fr", "L'agence a dégradé 20 villes.\n\n8 villes ont perdu deux crans, 7 autres un cran et les 5 dernières un demi-cran."),
    ("fr", "Le pays compte 28 centres : 12 à Nord, 9 à Sud, 4 à Est et 3 à Ouest."),
    ("en", "The insurer will cut 4,000 jobs in Europe. Rates rose 2,500 points in Spain compared with 1,900 points last year."),
])
def test_parts_within_their_total_are_quiet(lang: str, text: str) -> None:
    assert conflicts(text, lang) == []


@pytest.mark.parametrize("lang, text, needle, exempt", [
    ("en", "Britain and Spain will see 1,600 and 400 jobs cut.", "1,600 and 400", None),
    ("en", "The home side won 3-1 on Sunday.", "3-1", "score"),
    ("en", "Cuts reach the U.S., 2,000 jobs in Canada.", "2,000", None),
    ("en", "Mr. Smith, 45, said so.", "45", "age"),
    ("fr", "Le Royaume-Uni et l'Espagne perdront 1 600 et 400 emplois.", "1 600 et 400", None),
])
def test_lists_are_not_scores_and_thousands_are_not_ages(lang: str, text: str, needle: str, exempt: str | None) -> None:
    document = read_text(text, path="story.md", lang=lang)
    figures = [q for q in Facts(document, load_locale(lang)).get("quantities")
               if document.text[q.span.start:q.span.end] == needle]
    assert figures and figures[0].exempt == exempt


@pytest.mark.parametrize("lang, text, flagged", [
    ("en", "The carmaker will cut 30,000 jobs and close 14 plants as part of a broad restructuring plan, after a "
           "heavy loss last year.\n\nTo do so, 30,000 jobs will be cut and 16 plants will be closed by Ford's managers.",
     "16"),
    ("en", "Ford will cut jobs and close 14 plants.\n\nFord's 16 plants to close employ 9,000 people.", "16"),
    ("fr", "Le traité a été signé en janvier 2024 par 22 des 27 gouvernements de l'Union.\n\n"
           "Signé en janvier par 23 des 27 gouvernements de l'Union, il a été rejeté.", "23"),
])
def test_one_thing_restated_with_a_slip(lang: str, text: str, flagged: str) -> None:
    assert conflicts(story("Le traité" if lang == "fr" else "The plan", text), lang) == [flagged]


@pytest.mark.parametrize("lang, text", [
    ("en", "Ford will close 14 plants this year.\n\nIn 2009 Ford closed 16 plants."),
    ("en", "Under the plan, Ford will close 14 plants.\n\nUnder its own plan, General Motors will close 16 plants."),
    ("fr", "Le traité a été signé par 22 des 27 gouvernements en 2012.\n\nEn 2014, 23 des 27 gouvernements l'ont ratifié."),
    ("fr", "Le sondage donne 58 % d'opinions favorables.\n\nPar ailleurs, 59 % se disent inquiets."),
])
def test_different_periods_holders_or_questions_are_quiet(lang: str, text: str) -> None:
    assert conflicts(story("Le traité" if lang == "fr" else "The plan", text), lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The carmaker will drop 789, or about a third, of its 3,200 dealers.", ["about a third"]),
    ("en", "The carmaker will drop 789, or about a quarter, of its 3,200 dealers.", []),
    ("en", "The carmaker will drop 800, or 30%, of its 3,200 dealers.", ["30%"]),
    ("en", "The carmaker will drop 800, or 25%, of its 3,200 dealers.", []),
    ("fr", "Le constructeur supprime 789, soit environ un tiers, de ses 3 200 concessions.", ["environ un tiers"]),
    ("fr", "Le constructeur supprime 789, soit environ un quart, de ses 3 200 concessions.", []),
])
def test_a_part_restated_as_a_share_of_its_whole(lang: str, text: str, expected: list[str]) -> None:
    assert conflicts(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("fr", "Il en reste un tiers."),
    ("fr", "Un appartement neuf, lumineux."),
])
def test_one_before_a_plural_is_no_count(lang: str, text: str) -> None:
    document = read_text(text, path="story.md", lang=lang)
    assert Facts(document, load_locale(lang)).get("quantities") == ()


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Nasdaq fell 244.65 points on Thursday.\n\nThe Nasdaq's 234.65-point fall was its worst this year.", ["234.65"]),
    ("fr", "Le CAC 40 a perdu 144,65 points jeudi.\n\nPour le CAC 40, cette chute de 134,65 points est la pire de l'année.", ["134,65"]),
    ("en", "The Nasdaq fell 244.65 points on Thursday.\n\nThe Dow's 234.65-point fall was its worst this year.", []),
    ("en", "The group lost $1.2 billion in the quarter.\n\nA further $1.3 billion was lost in restructuring charges.", []),
])
def test_precise_figures_a_digit_apart(lang: str, text: str, expected: list[str]) -> None:
    assert conflicts(story("Markets" if lang == "en" else "Bourse", text), lang) == expected


def test_a_possessive_before_a_figure_is_no_model_name() -> None:
    document = read_text("The Dow's 334.65-point fall was steep.", path="story.md", lang="en")
    assert [q.exempt for q in Facts(document, load_locale("en")).get("quantities")] == [None]


@pytest.mark.parametrize("lang, title, body, flagged", [
    # a headline count told with a noun modifying its head counts the head, as the body does
    ("en", "Town approves heat network for 60 downtown buildings",
     "The council voted on Monday to build a heat network under the historic downtown.\n\n"
     "The network will connect 46 buildings along Main Street, including the library.", ["46"]),
    ("en", "Town approves heat network for 46 downtown buildings",
     "The council voted on Monday to build a heat network under the historic downtown.\n\n"
     "The network will connect 46 buildings along Main Street, including the library.", []),
    ("fr", "Un réseau de chaleur pour 60 bâtiments du centre",
     "Le conseil a voté lundi un réseau de chaleur sous le centre historique.\n\n"
     "Le réseau desservira 46 bâtiments de la rue principale, dont la médiathèque.", ["46"]),
])
def test_a_headline_count_of_a_modified_noun(lang: str, title: str, body: str, flagged: list[str]) -> None:
    assert conflicts(story(title, body), lang) == flagged
