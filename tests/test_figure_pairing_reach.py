"""numbers.conflict pairs one figure stated twice however far apart its two values are
when the story refers back to it, and reads an attribution as who gives a figure, not
whose it is. Sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine import run_rules
from checker.readers import read_text
from checker.ruleset import load_rule_file

ROOT = Path(__file__).resolve().parent.parent
RULE = next(r for r in load_rule_file(ROOT / "rules" / "numbers.yaml") if r.id == "numbers.conflict")


def conflicts(text: str, lang: str) -> list[str]:
    document = read_text(text, path="story.md", lang=lang)
    return [f.text for f in run_rules(document, [RULE]).findings]


def story(body: str) -> str:
    return f"---\ntitle: 'Town hall'\ndate: 2024-05-02\n---\n\n{body}\n"


@pytest.mark.parametrize("lang, text, flagged", [
    ("en", "The council must find $7.2 million to repair the harbour wall this year.\n\n"
           "To raise the $11.2 million, the council will sell two car parks.", "$11.2 million"),
    ("en", "The hospital trust will cut 3,000 posts over two years.\n\n"
           "Unions say these 5,000 posts include many nurses.", "5,000"),
    ("fr", "La commune doit trouver 7,2 millions d'euros pour réparer la digue cette année.\n\n"
           "Pour trouver les 11,2 millions d'euros, elle vendra deux parkings.", "11,2 millions d'euros"),
    ("fr", "L'hôpital supprimera 3 000 postes en deux ans.\n\n"
           "Selon les syndicats, ces 5 000 postes touchent surtout des infirmières.", "5 000"),
])
def test_a_figure_referred_back_to_is_one_figure_however_far_its_value(lang: str, text: str, flagged: str) -> None:
    assert conflicts(story(text), lang) == [flagged]


@pytest.mark.parametrize("lang, text", [
    # The reference picks one of several figures of its thing: it restates that one.
    ("en", "The shop sells a 30GB player and a 60GB player.\n\nOn the 30GB player, ten films fit."),
    ("fr", "La ville a construit un parking de 300 places et un parking de 600 places.\n\n"
           "Les 300 places du premier sont gratuites le dimanche."),
    # Too far apart to be one figure misstated: another thing.
    ("en", "The council must find $2 million to repair the harbour wall.\n\n"
           "To raise the $9 million, the council will sell two car parks."),
    ("fr", "La commune doit trouver 2 millions d'euros pour la digue.\n\n"
           "Pour trouver les 9 millions d'euros, elle vendra deux parkings."),
])
def test_a_reference_to_another_figure_is_quiet(lang: str, text: str) -> None:
    assert conflicts(story(text), lang) == []


@pytest.mark.parametrize("lang, text, flagged", [
    ("en", "The Harbour Police said on Monday that thieves had stolen 2.4 million dollars from the port's safes.\n\n"
           "Over six months, 2.9 million dollars were stolen from the port's safes, the insurer added.",
     "2.9 million dollars"),
    ("fr", "Le Parquet régional annonce que des voleurs ont dérobé 2,4 millions d'euros dans les coffres du port.\n\n"
           "En six mois, 2,9 millions d'euros ont été dérobés dans les coffres du port, selon l'assureur.",
     "2,9 millions d'euros"),
])
def test_who_gives_a_figure_does_not_make_it_another_thing(lang: str, text: str, flagged: str) -> None:
    assert conflicts(story(text), lang) == [flagged]


@pytest.mark.parametrize("lang, text", [
    ("en", "According to the maker, the Lumo update adds 250 new features to the phone.\n\n"
           "The older version (eLumo 4) brought 200 new features to the phone."),
    ("en", "The Harbour Police said Nordline had stolen goods worth 2.4 million dollars from the port.\n\n"
           "Baltica took 2.9 million dollars of goods from the port, the insurer added."),
    ("fr", "Selon la police, Nordline a dérobé 2,4 millions d'euros dans les coffres du port.\n\n"
           "Baltica a dérobé 2,9 millions d'euros dans les coffres du port, selon l'assureur."),
])
def test_named_holders_still_set_figures_apart(lang: str, text: str) -> None:
    assert conflicts(story(text), lang) == []


@pytest.mark.parametrize("lang, text, flagged", [
    ("en", "The bank plans to cut 2,000 jobs.\n\nIt had 40,000 jobs at the end of last year, so the cuts will "
           "equal about a third of its workforce.", "a third"),
    ("en", "The bank plans to cut 2,000 jobs.\n\nIt had 40,000 jobs at the end of last year, so the cuts will "
           "equal 12 percent of its workforce.", "12 percent"),
    ("fr", "La banque va supprimer 2 000 emplois.\n\nElle comptait 40 000 emplois fin 2023 : ces suppressions "
           "représentent environ un tiers de ses effectifs.", "un tiers"),
    ("fr", "La banque va supprimer 2 000 emplois.\n\nElle comptait 40 000 emplois fin 2023 : ces suppressions "
           "représentent 12 % de ses effectifs.", "12 %"),
])
def test_a_share_the_story_computes_must_match_its_figures(lang: str, text: str, flagged: str) -> None:
    assert conflicts(story(text), lang) == [flagged]


@pytest.mark.parametrize("lang, text", [
    ("en", "The bank plans to cut 2,000 jobs.\n\nIt had 40,000 jobs at the end of last year, so the cuts will "
           "equal about 5 percent of its workforce."),
    ("en", "The bank plans to cut 2,000 jobs.\n\nIt had 40,000 jobs at the end of last year, so the cuts will "
           "equal about a twentieth of its workforce."),
    # Not the subject the earlier count is about: "women make up" names its own part.
    ("en", "The bank will hire 2,000 staff.\n\nIt has 40,000 staff, and women make up about a third of its workforce."),
    ("fr", "La banque va supprimer 2 000 emplois.\n\nElle comptait 40 000 emplois fin 2023 : ces suppressions "
           "représentent environ 5 % de ses effectifs."),
    ("fr", "La banque va recruter 2 000 salariés.\n\nElle compte 40 000 salariés, et les femmes représentent "
           "un tiers de ses effectifs."),
])
def test_a_share_that_matches_or_names_its_own_part_is_quiet(lang: str, text: str) -> None:
    assert conflicts(story(text), lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The city must borrow $4 million more to finish the stadium.\n\n"
           "These $6 million missing from the budget will come from a new tax.", ["$6 million"]),
    ("fr", "La ville doit emprunter 4 millions d'euros de plus pour finir le stade.\n\n"
           "Ces 6 millions d'euros manquant au budget viendront d'une nouvelle taxe.", ["6 millions d'euros"]),
    # A definite article with its own qualifier may name another figure of the thing.
    ("en", "The city must borrow $4 million more to finish the stadium.\n\n"
           "The $6 million annual subsidy to the club will continue.", []),
    ("fr", "La ville doit emprunter 4 millions d'euros de plus pour finir le stade.\n\n"
           "Les 6 millions d'euros annuels versés au club continueront.", []),
])
def test_a_demonstrative_points_back_whatever_it_adds(lang: str, text: str, expected: list[str]) -> None:
    assert conflicts(story(text), lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The union says six percent of the staff at the plant are on strike.\n\n"
           "About 9% of the staff at the plant are on strike, the union says.", ["About 9%"]),
    ("fr", "Selon le syndicat, 6 % des salariés de l'usine sont en grève.\n\n"
           "Environ 9 % des salariés de l'usine sont en grève, selon le syndicat.", ["Environ 9 %"]),
    # Two shares of one whole that say different things of it.
    ("en", "The survey found 52% of voters back the tax plan.\n\nIt found 48% of voters oppose the tax plan.", []),
    ("fr", "Selon le sondage, 52 % des électeurs soutiennent le plan fiscal.\n\n"
           "Selon le sondage, 48 % des électeurs rejettent le plan fiscal.", []),
    ("en", "Six percent of the staff at the plant are women.\n\nAbout 9% of the staff at the plant are on strike.", []),
    ("fr", "Les femmes font 6 % des salariés de l'usine.\n\nEnviron 9 % des salariés de l'usine sont en grève.", []),
])
def test_one_share_of_one_whole_stated_twice(lang: str, text: str, expected: list[str]) -> None:
    assert conflicts(story(text), lang) == expected


@pytest.mark.parametrize("lang, first, second, expected", [
    ("en", "nearly $2 million", "more than $2 million", ["more than $2 million"]),
    ("en", "almost US$2 million", "at least US$2 million", ["at least US$2 million"]),
    ("en", "nearly $2 million", "about $2 million", []),
    ("en", "more than $2 million", "$2.3 million", []),
    ("fr", "près de 2 millions d'euros", "plus de 2 millions d'euros", ["plus de 2 millions d'euros"]),
    ("fr", "près de 2 millions d'euros", "environ 2 millions d'euros", []),
])
def test_a_ceiling_and_a_floor_of_one_sum_cannot_both_hold(lang: str, first: str, second: str,
                                                          expected: list[str]) -> None:
    text = (f"Hackers stole {first} from the country's banks.\n\nIn all, {second} was stolen from the "
            f"country's banks, police said." if lang == "en" else
            f"Des pirates ont volé {first} aux banques du pays.\n\nAu total, {second} ont été volés aux "
            f"banques du pays, selon la police.")
    assert conflicts(story(text), lang) == expected


@pytest.mark.parametrize("lang, first, second, expected", [
    ("en", "1,640", "nearly 2,000", ["nearly 2,000"]),
    ("en", "1,930", "nearly 2,000", []),
    ("en", "1,760", "nearly 2,000", ["nearly 2,000"]),
    ("en", "1,640", "less than 2,000", []),
    ("fr", "1 640", "près de 2 000", ["près de 2 000"]),
    ("fr", "1 930", "près de 2 000", []),
    ("fr", "1 760", "près de 2 000", ["près de 2 000"]),
    ("fr", "1 640", "moins de 2 000", []),
])
def test_a_near_ceiling_stops_close_below_its_value(lang: str, first: str, second: str,
                                                   expected: list[str]) -> None:
    """"Nearly 2,000" is not 1,760 (a tenth below is as far as "nearly" reaches); "less than
    2,000" may be."""
    text = (f"The fair drew {first} exhibitors to Carlow on Saturday.\n\nThe fair drew {second} "
            f"exhibitors to Carlow on Saturday, the organisers said." if lang == "en" else
            f"La foire a attiré {first} exposants à Carlow samedi.\n\nLa foire a attiré {second} "
            f"exposants à Carlow samedi, selon les organisateurs.")
    assert conflicts(story(text), lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # the phrase after a count names the holder the earlier count was told of: the whole set again
    ("fr", "Le Kayak Club de Vernay fête ses 50 ans. Il compte 212 licenciés, selon la fédération.\n\n"
           "Pour les quelque 150 licenciés du club, l'aventure est déjà une fête.", ["quelque 150"]),
    ("en", "The Vernay Rowing Club turns 50 this year. The club has 212 members, the federation said.\n\n"
           "For the 150 members of the club, the regatta is already a celebration.", ["150"]),
    # the same count again, or a set far smaller
    ("fr", "Le Kayak Club de Vernay fête ses 50 ans. Il compte 212 licenciés, selon la fédération.\n\n"
           "Pour les 212 licenciés du club, l'aventure est déjà une fête.", []),
    ("en", "The Vernay Rowing Club turns 50 this year. The club has 212 members, the federation said.\n\n"
           "For the 40 members of the junior squad, the regatta is already a celebration.", []),
])
def test_a_count_of_the_same_holder_is_the_whole_set(lang: str, text: str, expected: list[str]) -> None:
    assert conflicts(story(text), lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a phrase opened by a preposition narrows a count referred back to: a part, not the whole
    ("en", "The Vernay Rowing Club turns 50 this year. It has 212 members, the federation said.\n\n"
           "For the 150 members of the junior section, the regatta is already a celebration.", []),
    ("fr", "Le Kayak Club de Vernay fête ses 50 ans. Il compte 212 licenciés, selon la fédération.\n\n"
           "Pour les 150 licenciés de la section jeunes, l'aventure est déjà une fête.", []),
    # the same phrase naming the whole's holder is the whole again
    ("en", "The Vernay Rowing Club turns 50 this year. The club has 212 members, the federation said.\n\n"
           "For the 150 members of the club, the regatta is already a celebration.", ["150"]),
])
def test_a_preposition_after_a_count_opens_a_narrowing_phrase(lang: str, text: str, expected: list[str]) -> None:
    assert conflicts(story(text), lang) == expected
