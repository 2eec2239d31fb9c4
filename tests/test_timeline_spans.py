"""What the story measures or counts against the publication date (issue 15): a state
reported "as of" a date after the story ran; a record's span ("the best week in eight
months") against the date that bounds it ("since November"). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

RULE = "timeline.after-publication"

AS_OF = [
    # lang, body, fires
    ("en", "The agency has said that as of June 14, 2023, the register lists 412 wells.", True),
    ("en", "The agency has said that as of June 4, 2023, the register lists 412 wells.", False),
    ("en", "According to the agency, as of June 14, 2023, the register lists 412 wells.", True),
    ("en", "As of June 14, 2023, the register lists 412 wells, the agency said.", True),
    ("en", "As of June 14, 2023, smoking is banned on the ferries.", False),    # a rule to come
    ("en", "The agency said that as of June 14, 2023, the register will list 412 wells.", False),
    ("fr", "L'agence a indiqué qu'à la date du 14 juin 2023, le registre compte 412 puits.", True),
    ("fr", "L'agence a indiqué qu'à la date du 4 juin 2023, le registre compte 412 puits.", False),
    ("fr", "Selon l'agence, à la date du 14 juin 2023, le registre compte 412 puits.", True),
    ("fr", "En date du 14 juin 2023, la baignade est interdite sur la plage.", False),
    ("fr", "Selon l'agence, à la date du 14 juin 2023, le registre devrait compter 412 puits.", False),
]


@pytest.mark.parametrize("lang,body,fires", AS_OF)
def test_a_state_reported_as_of_a_date_is_not_after_publication(lang, body, fires):
    assert bool(fired(story(lang, body, "2023-06-08"), RULE)) == fires


SPANS = [
    # lang, body, fires
    ("en", "The index had its best close since November 2008 and its best week in nearly eight months.", True),
    ("en", "The index had its best close since November 2008 and its best week in nearly five months.", False),
    ("en", "It was the highest level in 25 years, since 1989.", True),
    ("en", "It was the highest level in 20 years, since 1989.", False),
    ("en", "Rents rose faster than at any time since 2001 and are expected to double in two years.", False),
    ("en", "The index fell to its lowest since November 2008; the firm was founded in 1990.", False),
    ("fr", "L'indice a connu sa meilleure clôture depuis novembre 2008 et sa plus forte hausse en près de huit mois.", True),
    ("fr", "L'indice a connu sa meilleure clôture depuis novembre 2008 et sa plus forte hausse en près de cinq mois.", False),
    ("fr", "C'est le plus haut niveau depuis 25 ans, depuis 1989.", True),
    ("fr", "C'est le plus haut niveau depuis 20 ans, depuis 1989.", False),
    ("fr", "Les loyers n'avaient jamais autant augmenté depuis 2001 et devraient doubler en deux ans.", False),
    ("en", "Unemployment hit a 25-year high, its highest level since 1989.", True),
    ("en", "Unemployment hit a 20-year high, its highest level since 1989.", False),
    ("en", "Unemployment hit a 25-year high; the firm has grown since 1989.", False),
    ("en", "The club won the cup for the first time since 1989, its first title in 25 years.", True),
    ("en", "The club won the cup for the first time since 1989, its first title in 20 years.", False),
    ("fr", "L'euro est au plus haut depuis huit mois, depuis novembre 2008.", True),
    ("fr", "L'euro est au plus haut depuis quatre mois, depuis novembre 2008.", False),
    ("fr", "Le club a gagné la coupe pour la première fois depuis 1989, son premier titre en 25 ans.", True),
    ("fr", "Le club a gagné la coupe pour la première fois depuis 1989, son premier titre en 20 ans.", False),
    ("fr", "Le chômage baisse depuis huit mois, et la firme grandit depuis 2008.", False),
]


@pytest.mark.parametrize("lang,body,fires", SPANS)
def test_a_record_span_reaches_the_date_that_bounds_it(lang, body, fires):
    assert bool(fired(story(lang, body, "2009-03-13"), RULE)) == fires


AGO_EVENTS = [
    # lang, body, fires
    ("en", "Twenty-five years ago, the exchange crashed. Traders still talk of the October 1987 crash.", True),
    ("en", "Twenty years ago, the exchange crashed. Traders still talk of the October 1987 crash.", False),
    ("en", "Ten years ago, the two banks merged. The merger of 1990 cost them dearly.", True),
    ("en", "Ten years ago, the two banks merged. The merger of 1997 cost them dearly.", False),
    ("en", "Ten years ago, the mill closed. The 1990 election and the 1994 election were close.", False),
    ("en", "Ten years ago, the mill closed. By the end of 1990 the valley was empty.", False),
    ("fr", "Il y a vingt-cinq ans, la Bourse a connu un krach. Le krach d'octobre 1987 reste dans les mémoires.", True),
    ("fr", "Il y a vingt ans, la Bourse a connu un krach. Le krach d'octobre 1987 reste dans les mémoires.", False),
    ("fr", "Il y a dix ans, les deux banques ont fusionné. La fusion de 1990 a coûté cher.", True),
    ("fr", "Il y a dix ans, les deux banques ont fusionné. La fusion de 1997 a coûté cher.", False),
    ("fr", "Il y a dix ans, la saison a débuté tôt. Au début de 1990, il neigeait déjà.", False),
]


@pytest.mark.parametrize("lang,body,fires", AGO_EVENTS)
def test_years_ago_agree_with_the_year_of_the_same_event(lang, body, fires):
    assert bool(fired(story(lang, body, "2007-10-20"), RULE)) == fires


BIRTHDAYS = [
    # lang, body, fires: a birthday dated by a day counted from publication (2012-05-08)
    ("en", "Jane Orr, born on 2 May 1920, celebrated her 90th birthday on Sunday.", True),
    ("en", "Jane Orr, born on 2 May 1922, celebrated her 90th birthday on Sunday.", False),
    ("en", "Jane Orr was born on 2 May 1920. Orr celebrated her 90th birthday on Sunday.", True),
    ("en", "Jane Orr was born on 2 May 1922. Orr celebrated her 90th birthday on Sunday.", False),
    ("fr", "Jeanne Orsini, née le 2 mai 1920, a fêté dimanche son 90e anniversaire.", True),
    ("fr", "Jeanne Orsini, née le 2 mai 1922, a fêté dimanche son 90e anniversaire.", False),
    ("fr", "Jeanne Orsini, née en 1920, a fêté hier son 90e anniversaire.", True),
    ("fr", "Jeanne Orsini, née en 1922, a fêté hier son 90e anniversaire.", False),
    # « a fêté ses 90 ans »: the age the party celebrates
    ("fr", "Jeanne Orsini, née le 2 mai 1920, a fêté ses 90 ans dimanche en famille.", True),
    ("fr", "Jeanne Orsini, née le 2 mai 1922, a fêté ses 90 ans dimanche en famille.", False),
    ("fr", "Jeanne Orsini, née le 2 mai 1920, a célébré ses 90 ans dimanche.", True),
]


@pytest.mark.parametrize("lang,body,fires", BIRTHDAYS)
def test_a_birthday_dated_from_publication_counts_from_the_birth(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-05-08"), "timeline.age-mismatch")) == fires


SPANS_MORE = [
    # lang, body, fires (story of 2011-03-08): a span held since a date, a span ahead
    ("en", "She has run the shop for 27 years, since 1989.", True),
    ("en", "She has run the shop for 22 years, since 1989.", False),
    ("en", "She had run the shop for 27 years, since 1969, when it burned.", False),
    ("en", "The bridge, which will open in two years, in 2015, cost $3m.", True),
    ("en", "The bridge, which will open in four years, in 2015, cost $3m.", False),
    ("en", "The mine will close in two months, in September.", True),
    ("en", "The mine will close in six months, in September.", False),
    ("en", "Prices doubled in two years, in 2015 and 2016, the report said.", False),
    ("fr", "Le pont, qui ouvrira dans deux ans, en 2015, a coûté cher.", True),
    ("fr", "Le pont, qui ouvrira dans quatre ans, en 2015, a coûté cher.", False),
    ("fr", "La mine fermera d'ici deux mois, en septembre.", True),
    ("fr", "La mine devrait fermer dans six mois, en septembre.", False),
    ("fr", "Elle tient la boutique depuis 27 ans, depuis 1989.", True),
    ("fr", "Elle tient la boutique depuis 22 ans, depuis 1989.", False),
]


@pytest.mark.parametrize("lang,body,fires", SPANS_MORE)
def test_a_span_from_publication_reaches_the_date_beside_it(lang, body, fires):
    assert bool(fired(story(lang, body, "2011-03-08"), RULE)) == fires


THIS_PERIOD = [
    ("fr", "Plus tôt ce mois-ci, le 28 février, l'usine a fermé.", True),
    ("fr", "Plus tôt ce mois-ci, le 2 mars, l'usine a fermé.", False),
    ("en", "Earlier this month, on February 28, the plant closed.", True),
    ("en", "Earlier this month, on March 2, the plant closed.", False),
]


@pytest.mark.parametrize("lang,body,fires", THIS_PERIOD)
def test_this_period_with_a_demonstrative_suffix_holds_its_date(lang, body, fires):
    assert bool(fired(story(lang, body, "2011-03-08"), RULE)) == fires


PARTICIPLES = [
    # a past participle right before a date, without its auxiliary (story of 2011-03-08)
    ("fr", "Le rapport, publié le 14 mars, accuse la mairie.", True),
    ("fr", "Le rapport, publié le 4 mars, accuse la mairie.", False),
    ("fr", "Le vote, programmé le 14 mars, divise la mairie.", False),
    ("fr", "Le marché de l'été le 14 mars attire du monde.", False),
    ("fr", "Il annonce son départ en début de matinée le 14 mars.", False),   # a noun in -ée
    ("fr", "La parade des nations celtes le 14 mars attire du monde.", False),
    ("en", "The report, published on March 14, blames the council.", True),
    ("en", "The report, published on March 4, blames the council.", False),
    ("en", "The vote, scheduled on March 14, divides the council.", False),
    # the participle opens the apposition, its complement before the date
    ("fr", "Selon l'étude du cabinet, présentée en conseil municipal le 14 mars, le nombre de "
           "commerces vides a baissé.", True),
    ("fr", "Selon l'étude du cabinet, présentée en conseil municipal le 4 mars, le nombre de "
           "commerces vides a baissé.", False),
    ("fr", "L'étude du cabinet sera présentée en conseil municipal le 14 mars.", False),
    ("fr", "L'étude du cabinet, qui sera présentée en conseil le 14 mars, compte 39 commerces vides.", False),
    ("fr", "Pour les marcheurs, randonnée en forêt le 14 mars.", False),   # a noun in -ée, no apposition
    ("en", "According to the study, presented to the council on March 14, empty shops fell from "
           "48 to 39.", True),
    ("en", "The study will be presented to the council on March 14.", False),
    ("en", "According to the study, to be presented to the council on March 14, empty shops fell "
           "from 48 to 39.", False),
]


@pytest.mark.parametrize("lang,body,fires", PARTICIPLES)
def test_a_participle_dates_a_past_event(lang, body, fires):
    assert bool(fired(story(lang, body, "2011-03-08"), RULE)) == fires
