"""numbers.conflict adds up a total's parts wherever the story lists them: in the sentence
after the total when it points back at it ("They include ...", "Parmi elles, ..."), and a
vote's tally against the members who could cast it. Sentences written for these tests."""
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


@pytest.mark.parametrize("lang, text", [
    ("en", "The bakery group will shut 30 of its 220 shops next year. They include 18 in the north, "
           "9 in the south and 6 in the west."),
    ("en", "The regional airline is retiring 12 aircraft this winter. Among them are 7 aircraft based in "
           "Leeds and 6 based in Belfast."),
    ("en", "The fund will hand out $40 million. It includes $25 million for roads and $20 million for schools."),
    ("fr", "Le groupe fermera 30 de ses 220 boulangeries l'an prochain. Parmi elles, 18 dans le nord, "
           "9 dans le sud et 6 dans l'ouest."),
    ("fr", "La compagnie retire 12 avions cet hiver. Il s'agit de 7 avions basés à Nantes et de 6 basés à Brest."),
    ("en", "The post office will shut 25 of its 600 counters in March. The closures include 14 in Kent, "
           "8 in Essex and 5 in Surrey."),
    ("fr", "La banque fermera 25 de ses 600 agences en mars. Ces fermetures concernent 14 agences en Bretagne, "
           "8 en Normandie et 5 en Anjou."),
    # A sentence that opens on a list of bare figures leaves out the noun counted before it.
    ("en", "The airline will cut 1,200 jobs. 800 will go in France, 300 in Germany and 200 in Spain."),
    ("fr", "Le groupe fermera 30 boulangeries. 18 se trouvent dans le nord, 9 dans le sud et 6 dans l'ouest."),
])
def test_parts_listed_in_the_next_sentence_cannot_exceed_the_total(lang: str, text: str) -> None:
    assert len(conflicts(text, lang)) == 1


@pytest.mark.parametrize("lang, text", [
    # The parts fit in the total.
    ("en", "The bakery group will shut 30 of its 220 shops next year. They include 18 in the north, "
           "9 in the south and 3 in the west."),
    ("fr", "Le groupe fermera 30 de ses 220 boulangeries l'an prochain. Parmi elles, 18 dans le nord, "
           "9 dans le sud et 3 dans l'ouest."),
    # Another counted noun: staff of the shops are not shops.
    ("en", "The bakery group will shut 30 of its 220 shops next year. They employ 400 bakers and 150 drivers."),
    ("fr", "Le groupe fermera 30 de ses 220 boulangeries. Elles emploient 400 boulangers et 150 livreurs."),
    # Parts of another whole, stated in their own sentence.
    ("en", "The bakery group will shut 30 of its 220 shops next year. Its rival has 140 shops, "
           "including 80 in the north and 50 in the south."),
    ("fr", "Le groupe fermera 30 de ses 220 boulangeries. Son concurrent en compte 140, dont 80 dans le nord "
           "et 50 dans le sud."),
    # Examples that are not exhaustive, and stay within the total.
    ("en", "The regional airline is retiring 12 aircraft this winter. Among them are 5 aircraft based in "
           "Leeds and 4 based in Belfast."),
    ("en", "The post office will shut 25 of its 600 counters in March. The closures include 14 in Kent, "
           "8 in Essex and 3 in Surrey."),
    ("fr", "La banque fermera 25 de ses 600 agences en mars. Ces fermetures concernent 14 agences en Bretagne, "
           "8 en Normandie et 3 en Anjou."),
    ("en", "The post office will shut 25 of its 600 counters in March. The savings include 14 jobs in Kent "
           "and 18 jobs in Essex."),
    ("en", "The airline will cut 1,200 jobs. 700 will go in France, 300 in Germany and 200 in Spain."),
    ("fr", "Le groupe fermera 30 boulangeries. 15 se trouvent dans le nord, 9 dans le sud et 6 dans l'ouest."),
    # A list that names its own noun, or figures that are no list.
    ("en", "The airline will cut 1,200 jobs. 800 pilots are in France, 300 in Germany and 200 in Spain."),
    ("en", "The airline will cut 1,200 jobs. 800 will go by June, and 900 flights a week will remain."),
    ("fr", "Le groupe fermera 30 boulangeries. 18 salariés travaillent dans le nord, 9 dans le sud et 6 dans l'ouest."),
    # Two ways of counting that may overlap, not one list.
    ("en", "The chain will close 40 branches. They include 25 in England and 20 that opened after 2010."),
    ("fr", "Le groupe fermera 30 boulangeries. Parmi elles, 18 dans le nord et 15 qui ont ouvert après 2010."),
    # No pointing back: a new sentence about other figures.
    ("en", "The bakery group will shut 30 of its 220 shops next year. Sales fell in 18 regions and 19 towns."),
    ("fr", "Le groupe fermera 30 de ses 220 boulangeries. Les ventes ont baissé dans 18 régions et 19 villes."),
])
def test_parts_that_fit_or_count_something_else_are_quiet(lang: str, text: str) -> None:
    assert conflicts(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The council approved the budget by 27 votes to 12, with 4 abstentions, among the 41 councillors present."),
    ("en", "The motion passed with 27 votes in favour and 12 against, with 4 abstentions, of the 41 members present."),
    ("fr", "Le budget a été adopté par 27 voix contre 12, avec 4 abstentions, sur les 41 conseillers présents."),
    ("fr", "Le texte a été adopté par 27 voix pour, 12 contre et 4 abstentions, sur 41 votants."),
    ("en", "Of the 46 members present, 31 voted in favour, 14 against and 3 abstained."),
    ("fr", "Sur les 46 élus présents, 31 ont voté pour, 14 contre et 3 se sont abstenus."),
    ("en", "Forty-six councillors were present on Tuesday. The budget passed by 31 votes to 14, with 3 abstentions."),
    ("fr", "Quarante-six élus étaient présents mardi. Le budget a été adopté par 31 voix contre 14 et 3 abstentions."),
    ("en", "The budget passed by 31 votes to 14 and 3 abstentions among the 46 members present."),
    ("en", "The resolution was adopted with 31 votes for, 14 against and 3 abstentions out of 46 members."),
    ("fr", "La résolution a été adoptée par 31 voix pour, 14 contre et 3 abstentions sur les 46 membres du conseil."),
    ("en", "The resolution was adopted by 31 votes to 16, with 3 abstentions, out of 46 votes cast."),
    ("fr", "La résolution a été adoptée par 31 voix contre 16 et 3 abstentions, sur 46 suffrages exprimés."),
    ("en", "The motion was carried 31-14, with 3 abstentions, among the 46 members present."),
    ("fr", "La motion a été adoptée 31-14, avec 3 abstentions, sur les 46 élus présents."),
])
def test_a_vote_tally_cannot_exceed_the_members_present(lang: str, text: str) -> None:
    assert len(conflicts(text, lang)) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "The council approved the budget by 27 votes to 12, with 2 abstentions, among the 41 councillors present."),
    ("en", "The council approved the budget by 27 votes to 12, with 4 abstentions; 20 councillors were absent."),
    ("en", "The bill passed by 310 votes to 250 in a chamber of 650 members."),
    ("fr", "Le budget a été adopté par 27 voix contre 12 et 2 abstentions, sur les 41 conseillers présents."),
    ("fr", "Le texte a été adopté par 300 voix contre 200 ; 77 députés étaient absents."),
    ("en", "Of the 46 members present, 31 voted in favour, 12 against and 3 abstained."),
    ("fr", "Sur les 46 élus présents, 31 ont voté pour, 12 contre et 3 se sont abstenus."),
    ("en", "Of the 46 members, 31 voted in favour in 2019 and 14 voted against a second plan in 2021."),
    ("en", "Forty-eight councillors were present on Tuesday. The budget passed by 31 votes to 14, with 3 abstentions."),
    ("fr", "Quarante-huit élus étaient présents mardi. Le budget a été adopté par 31 voix contre 14 et 3 abstentions."),
    ("en", "The budget passed by 31 votes to 14 and 1 abstention among the 46 members present."),
    ("en", "The resolution was adopted by 31 votes to 14, with 3 abstentions, out of 46 votes cast."),
    ("fr", "La résolution a été adoptée par 31 voix contre 14 et 3 abstentions, sur 46 suffrages exprimés."),
    ("en", "The motion was carried 31-14, with 1 abstention, among the 46 members present."),
    ("fr", "La motion a été adoptée 31-14, avec 1 abstention, sur les 46 élus présents."),
    ("en", "The home side won 31-14 in front of 46,000 fans present."),
    # A threshold is no body of voters.
    ("en", "The final tally was 52 votes to 35, eight short of the 60 needed to pass."),
    ("en", "The final vote count in the chamber was 52-35, eight short of the 60 needed to pass."),
    ("fr", "Le vote final a été de 52 voix contre 35, loin des 60 nécessaires."),
    ("en", "The 747-400 will be the basis for a freighter; the 747 fleet has 300 aircraft present in Asia."),
    # Who voted how, not who could vote.
    ("en", "Only nine senators joined thirty Democrats and two independents in voting for the bill. "
           "Four Democrats voted with thirty-one Republicans against it."),
    ("fr", "Neuf sénateurs ont rejoint trente socialistes et deux indépendants votants du texte. "
           "Quatre socialistes ont voté avec trente et un élus de droite contre."),
    ("fr", "La liste a obtenu 27 voix contre 12 pour celle du maire ; 35 élus siègent au conseil."),
])
def test_a_tally_within_the_members_or_without_them_is_quiet(lang: str, text: str) -> None:
    assert conflicts(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The carmaker will cut 2,500 jobs, 1,400 of them in France, 700 in Germany and 500 in Spain."),
    ("en", "Of the 2,500 jobs to go, 1,400 are in France, 700 in Germany and 500 in Spain."),
    ("fr", "Le constructeur supprimera 2 500 emplois, 1 400 en France, 700 en Allemagne et 500 en Espagne."),
    ("fr", "Sur les 2 500 emplois supprimés, 1 400 le seront en France, 700 en Allemagne et 500 en Espagne."),
    ("fr", "Le constructeur supprimera 2 500 emplois. 1 400 seront supprimés en France, 700 en Allemagne "
           "et 500 en Espagne."),
])
def test_bare_parts_after_their_total_cannot_exceed_it(lang: str, text: str) -> None:
    assert len(conflicts(text, lang)) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "The carmaker will cut 2,500 jobs, 1,400 of them in France, 700 in Germany and 400 in Spain."),
    ("fr", "Le constructeur supprimera 2 500 emplois, 1 400 en France, 700 en Allemagne et 400 en Espagne."),
    # Periods, a comparison, or parts that name their own noun.
    ("en", "The club has 2,500 members, 1,400 in 2010 and 1,200 in 2005."),
    ("en", "The club has 2,500 members, up from 1,400 in May and 1,200 in June."),
    ("en", "The carmaker will cut 2,500 jobs, 1,400 workers in France, 700 in Germany and 500 in Spain."),
    ("fr", "Le club compte 2 500 membres, contre 1 400 en mai et 1 200 en juin."),
])
def test_bare_parts_within_their_total_or_no_parts_are_quiet(lang: str, text: str) -> None:
    assert conflicts(text, lang) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The chain will close 40 branches across the north (25), the south (11) and the west (8).", 1),
    ("en", "The chain will close 40 of its 310 branches. The closures hit the north (25), the south (11) "
           "and the west (8).", 1),
    ("en", "The chain will close 40 of its 310 branches, including 25 in the north, 11 in the south and "
           "8 in the west.", 1),
    ("fr", "Le groupe fermera 30 boulangeries, dans le nord (18), le sud (9) et l'ouest (6).", 1),
    ("fr", "Le groupe fermera 30 de ses 220 boulangeries, dont 18 dans le nord, 9 dans le sud et 6 dans l'ouest.", 1),
    ("en", "The chain will close 40 branches across the north (25), the south (11) and the west (4).", 0),
    ("en", "The chain will close 40 of its 310 branches, including 25 in the north and 11 in the south.", 0),
    ("en", "The crash killed 40 people, among them John Smith (25) and Jane Doe (31).", 0),
    ("fr", "Le groupe fermera 30 boulangeries, dans le nord (18), le sud (9) et l'ouest (3).", 0),
    ("fr", "Le groupe fermera 30 de ses 220 boulangeries, dont 18 dans le nord, 9 dans le sud et 3 dans l'ouest.", 0),
])
def test_parts_in_brackets_or_of_a_part_of_a_whole(lang: str, text: str, expected: int) -> None:
    assert len(conflicts(text, lang)) == expected


def test_a_locale_without_parts_openers_still_reads_bare_lists() -> None:
    """A user locale may leave numbers.parts_openers out: the check goes on without them."""
    from checker.checks import _parts_after
    from checker.facts import Facts
    from checker.locales import load_locale
    document = read_text("The chain will close 40 branches. 25 are in England, 11 in Scotland and 8 in Wales.",
                         path="story.md", lang="en")
    quantities = list(Facts(document, load_locale("en")).get("quantities"))
    found = _parts_after.parts_after(quantities, document, None, lambda q: "branch" if q.noun else None,
                                     lambda q: False, frozenset({"in", "are"}), frozenset())
    assert [part.value for part, _, _ in found] == [25]


@pytest.mark.parametrize("lang, text, fires", [
    # the verb written once, for the first part only ("710 lived in ... and 590 in ...")
    ("en", "Of the 1,200 pupils who missed the test, 700 lived in the town and 600 in the villages.", True),
    ("en", "In all, 210 firefighters were sent, backed by two planes. Among them, 150 came from the county "
           "and 80 from neighbouring counties.", True),
    ("fr", "Sur les 1 200 élèves absents, 700 habitaient en ville et 600 dans les villages.", True),
    ("fr", "Au total, 210 pompiers ont été mobilisés, appuyés par deux avions. Parmi eux, 150 venaient "
           "des casernes du département et 80 des départements voisins.", True),
    # the same lists when they fit
    ("en", "Of the 1,200 pupils who missed the test, 700 lived in the town and 500 in the villages.", False),
    ("en", "In all, 210 firefighters were sent, backed by two planes. Among them, 150 came from the county "
           "and 60 from neighbouring counties.", False),
    ("fr", "Sur les 1 200 élèves absents, 700 habitaient en ville et 500 dans les villages.", False),
    ("fr", "Au total, 210 pompiers ont été mobilisés, appuyés par deux avions. Parmi eux, 150 venaient "
           "des casernes du département et 60 des départements voisins.", False),
    # two periods, no total
    ("en", "The dealer sold 700 cars in May and 600 in June.", False),
    ("fr", "Le concessionnaire a vendu 700 voitures en mai et 600 en juin.", False),
])
def test_parts_whose_verb_is_written_once(lang: str, text: str, fires: bool) -> None:
    assert bool(conflicts(text, lang)) is fires


@pytest.mark.parametrize("lang, text, fires", [
    # the same digits with two neighbours swapped: a typing slip, however each is worded
    ("en", "A former treasurer, Ivo Strand, was jailed for stealing £186,000 from the club. Judge Mara "
           "Quell said Strand's house could be sold to repay the £168,000 he had taken.", True),
    ("fr", "L'ancien trésorier Ivo Strand a été condamné pour avoir détourné 186 000 euros. Selon la juge "
           "Mara Quell, la vente de sa maison pourrait rembourser les 168 000 euros qu'il a pris.", True),
    # small shares with decimals of two holders
    ("fr", "Le fonds détient 51,3 % de Nordline. Un autre fonds détient 53,1 % de Sudline.", False),
    # a change in one sentence, a sentence that says it changed, another unit, two digits
    ("en", "Membership rose from 1,230 to 1,320 this year.", False),
    ("en", "The club had 1,230 members. It now has 1,320, up from last year.", False),
    ("en", "A treasurer stole £186,000. The club has 168,000 visitors a year.", False),
    ("fr", "Le trésorier a volé 186 000 euros. Le club reçoit 168 000 visiteurs par an.", False),
    ("fr", "Le nombre d'adhérents est passé de 1 230 à 1 320 cette année.", False),
])
def test_figures_with_two_digits_swapped(lang: str, text: str, fires: bool) -> None:
    assert bool(conflicts(text, lang)) is fires


@pytest.mark.parametrize("lang, text, found", [
    # one workforce counted with two nouns, two digits swapped: a slip, reported once
    ("en", "The bakery will close in June with the loss of 560 jobs, the owners said. All 650 employees "
           "will be offered a transfer. The union said the 560 jobs were the town's largest.", ["650"]),
    ("fr", "La laiterie fermera en juin, avec la suppression de 560 emplois, selon la direction. Les 650 "
           "salariés se verront proposer un reclassement.", ["650"]),
    # two counts of the story that are no swap of each other, or a change
    ("en", "The bakery will close in June with the loss of 560 jobs. All 620 employees will be offered a "
           "transfer.", []),
    ("fr", "Le nombre de salariés est passé de 560 à 650 en deux ans.", []),
])
def test_counts_of_two_nouns_with_two_digits_swapped(lang: str, text: str, found: list[str]) -> None:
    assert conflicts(text, lang) == found


@pytest.mark.parametrize("lang, text, found", [
    # two digits and a scale word: as deliberate as three digits in a count
    ("en", "The council approved a $48 million stadium on Tuesday. Critics said the $84 million project "
           "would strain the budget.", ["$84 million"]),
    ("fr", "Le conseil a adopté lundi un budget de 86 millions d'euros. L'opposition a dénoncé ce budget "
           "de 68 millions d'euros, jugé trop dépensier.", ["68 millions d'euros"]),
    # two years, two true figures; two digits with no scale word
    ("en", "Sales reached $12 million in 2024. In 2025 they reached $21 million.", []),
    ("fr", "Les ventes ont atteint 12 millions d'euros en 2024. En 2025, elles ont atteint 21 millions "
           "d'euros.", []),
    ("en", "The club signed 48 players in May. Its rival signed 84 in the same window.", []),
])
def test_scaled_figures_with_two_digits_swapped(lang: str, text: str, found: list[str]) -> None:
    assert conflicts(text, lang) == found
@pytest.mark.parametrize("lang, text", [
    # the parts in the next paragraph, the first a partitive pointing back, the others without a noun
    ("en", "The operator will add 12 extra buses a day from June.\n\nIt said seven of the additional services "
           "would run between the two hospitals, four would serve the airport, and three would be night buses."),
    ("fr", "L'exploitant ajoutera 12 bus supplémentaires par jour à partir de juin.\n\nSelon lui, sept de ces "
           "services relieront les deux hôpitaux, quatre desserviront l'aéroport et trois circuleront la nuit."),
    ("en", "The school will hire 20 teachers in the autumn. Twelve of these teachers will work in the junior "
           "years, six will teach sciences and five will run the new library."),
    ("fr", "Le collège recrutera 20 enseignants à l'automne. Douze de ces enseignants travailleront en sixième, "
           "six enseigneront les sciences et cinq animeront la nouvelle bibliothèque."),
    # the set named first, then the parts; a total with no noun of its own ("15 more")
    ("en", "The operator will add 12 extra buses a day from June.\n\nOf the additional services, seven will "
           "link the two hospitals, four will serve the airport and three will run at night."),
    ("fr", "L'exploitant ajoutera 12 bus supplémentaires par jour dès juin.\n\nParmi ces services, huit "
           "relieront les deux hôpitaux, trois desserviront l'aéroport et deux circuleront la nuit."),
    ("en", "The health board said 15 more nurses would be hired this year.\n\nEight of the new nurses will "
           "work in the emergency department, five in maternity and four in the care homes."),
])
def test_parts_told_as_a_partitive_of_the_total_cannot_exceed_it(lang: str, text: str) -> None:
    assert len(conflicts(text, lang)) == 1


@pytest.mark.parametrize("lang, text", [
    # parts that fit in the total
    ("en", "The operator will add 12 extra buses a day from June.\n\nIt said seven of the additional services "
           "would run between the two hospitals, three would serve the airport, and two would be night buses."),
    ("fr", "L'exploitant ajoutera 12 bus supplémentaires par jour à partir de juin.\n\nSelon lui, sept de ces "
           "services relieront les deux hôpitaux, trois desserviront l'aéroport et deux circuleront la nuit."),
    # counts of another set in the next paragraph
    ("en", "The operator will add 12 extra buses a day from June.\n\nIt said seven of the drivers were hired "
           "last year, four would retire soon, and three were trainees."),
    ("fr", "L'exploitant ajoutera 12 bus supplémentaires par jour à partir de juin.\n\nSelon lui, sept des "
           "chauffeurs ont été embauchés l'an dernier, quatre partiront bientôt à la retraite et trois sont "
           "stagiaires."),
    # a whole of its own inside the partitive
    ("en", "The operator will add 12 extra buses a day from June.\n\nIt said seven of its 40 depots would close, "
           "four would be sold, and three would be rebuilt."),
    ("en", "The operator will add 12 extra buses a day from June.\n\nOf the drivers, seven will "
           "work days, four will work nights and three are trainees."),
    ("fr", "L'exploitant ajoutera 12 bus supplémentaires par jour dès juin.\n\nParmi les chauffeurs, huit "
           "travailleront le jour, trois la nuit et deux sont stagiaires."),
])
def test_partitive_parts_that_fit_or_count_another_set_are_quiet(lang: str, text: str) -> None:
    assert conflicts(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The chain will shut 30 shops. Of these, 18 are in the north, 9 in the south and 6 in the west."),
    ("fr", "La chaîne fermera 30 magasins. Parmi ceux-ci, 18 sont dans le nord, 9 dans le sud et 6 dans l'ouest."),
])
def test_parts_found_by_two_readings_are_one_finding(lang: str, text: str) -> None:
    assert len(conflicts(text, lang)) == 1


@pytest.mark.parametrize("lang, text, found", [
    # the level a change states beside its old value is a figure the story may restate
    ("en", "The bank made a profit of £412 million in the quarter, up from £365 million a year earlier. Analysts "
           "said the £421 million profit beat forecasts.", ["£421 million"]),
    ("fr", "La banque a dégagé un bénéfice de 412 millions d'euros au trimestre, contre 365 millions d'euros un an "
           "plus tôt. Selon les analystes, ce bénéfice de 421 millions d'euros dépasse les prévisions.",
     ["421 millions d'euros"]),
    # the old value, and a level told again correctly
    ("en", "The bank made a profit of £412 million in the quarter, up from £365 million a year earlier. Analysts "
           "recalled the £356 million of the year before and the £412 million now.", []),
])
def test_the_level_of_a_change_with_two_digits_swapped(lang: str, text: str, found: list[str]) -> None:
    assert conflicts(text, lang) == found


@pytest.mark.parametrize("lang, text, found", [
    # a sentence opening on its total: outcomes after the comma cannot add up to more
    ("en", "Of the 1,200 appointments booked this week, 780 were postponed and 510 cancelled outright.", ["780"]),
    ("fr", "Sur les 1 200 rendez-vous programmés cette semaine, 780 ont été reportés et 510 purement annulés.",
     ["780"]),
    # outcomes that fit; counts told by a noun or an adjective may overlap
    ("en", "Of the 1,200 appointments booked this week, 780 were postponed and 410 cancelled outright.", []),
    ("en", "Of the 300 workers at the plant, 200 are women and 150 are over 50.", []),
    ("fr", "Sur les 300 salariés de l'usine, 200 sont des femmes et 150 ont plus de 50 ans.", []),
])
def test_outcomes_of_a_total_the_sentence_opens_on(lang: str, text: str, found: list[str]) -> None:
    assert conflicts(text, lang) == found


@pytest.mark.parametrize("lang, text, found", [
    ("en", "The district will spend £3.4 million on its parks, the council said. Of that, 2.1 million goes to "
           "new paths and 1.6 million to play areas.", True),
    ("fr", "Le département consacrera 3,4 millions d'euros à ses parcs, selon le conseil. Sur ce montant, "
           "2,1 millions iront aux allées et 1,6 million aux aires de jeux.", True),
    ("en", "The district will spend £3.4 million on its parks, the council said. Of that, 2.1 million goes to "
           "new paths and 1.1 million to play areas.", False),
    ("fr", "Le département consacrera 3,4 millions d'euros à ses parcs, selon le conseil. Sur ce montant, "
           "2,1 millions iront aux allées et 1,1 million aux aires de jeux.", False),
])
def test_parts_of_a_sum_told_by_their_scale_alone(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


def test_a_large_sum_of_parts_is_written_out() -> None:
    document = read_text("The fund will hand out $40 million. It includes $25 million for roads and $20 million "
                         "for schools.", path="story.md", lang="en")
    (finding,) = run_rules(document, [RULE]).findings
    assert "45,000,000" in finding.message and "e+" not in finding.message


@pytest.mark.parametrize("lang, text, found", [
    # the parts of a sum listed in its sentence, the currency perhaps left out
    ("fr", "Le chantier a coûté 14 millions d'euros, dont 9 millions apportés par l'État, 4 millions par "
           "la région et 3 millions par la commune.", True),
    ("en", "The works cost £14 million, including £9 million from the government, £4 million from the county "
           "and £3 million from the town.", True),
    ("fr", "Le chantier a coûté 14 millions d'euros, dont 8 millions apportés par l'État, 4 millions par "
           "la région et 2 millions par la commune.", False),
    ("en", "The works cost £14 million, including £8 million from the government, £4 million from the county "
           "and £2 million from the town.", False),
])
def test_parts_of_a_sum_in_its_sentence(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # a fraction of a whole told again as a count: of the whole it names, or of the sentence
    # before's count when it opens its sentence
    ("en", "Half of its 1,200 staff, or 700 people, work in Leeds, the company said.", True),
    ("fr", "La moitié de ses 1 200 salariés, soit 700 personnes, travaillent à Lyon, selon l'entreprise.", True),
    ("en", "The firm employs 1,200 people, its chief executive said. Half of them, or 700 people, work in Leeds.", True),
    ("fr", "L'entreprise emploie 1 200 salariés, selon sa directrice. La moitié d'entre eux, soit 700 personnes, "
           "travaillent à Lyon.", True),
    # the count agrees with the fraction, within rounding
    ("en", "Half of its 1,200 staff, or 610 people, work in Leeds, the company said.", False),
    ("fr", "L'entreprise emploie 1 200 salariés, selon sa directrice. Environ un tiers d'entre eux, soit 450 "
           "personnes, travaillent à Lyon.", False),
])
def test_a_fraction_told_again_as_a_count(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # after an opener that says so, counts of several nouns are the kinds the total comes in
    ("en", "Twelve players from eight countries took part, the federation said. The field included five "
           "grandmasters, four international masters and four juniors.", True),
    ("fr", "Douze joueurs venus de huit pays ont pris part au tournoi, selon la fédération. Parmi eux, cinq "
           "grands maîtres, quatre maîtres internationaux et quatre juniors.", True),
    # the list fits the total
    ("en", "Twelve players from eight countries took part, the federation said. The field included five "
           "grandmasters, four international masters and three juniors.", False),
    ("fr", "Douze joueurs venus de huit pays ont pris part au tournoi, selon la fédération. Parmi eux, cinq "
           "grands maîtres, quatre maîtres internationaux et trois juniors.", False),
    # no opener: counts of different things side by side
    ("en", "Twelve players from eight countries took part. Organisers hired five referees, four drivers and "
           "four cooks.", False),
])
def test_kinds_of_one_total_listed_after_an_opener(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # the count of the parts announces the list after the colon ("in three groups:")
    ("fr", "Le concours a réuni 412 chiens, répartis en trois groupes : 187 chiens de berger, 96 terriers et "
           "143 chiens de compagnie.", True),
    ("en", "The show drew 412 dogs in three groups: 187 herding dogs, 96 terriers and 143 toy dogs.", True),
    ("fr", "Le concours a réuni 412 chiens, répartis en trois groupes : 187 chiens de berger, 96 terriers et "
           "129 chiens de compagnie.", False),
    ("en", "The show drew 412 dogs in three groups: 187 herding dogs, 96 terriers and 129 toy dogs.", False),
    # a count followed by a colon whose list adds up to it is that list's total, not its count
    ("fr", "Le club compte 14 points après dix journées : sept victoires et trois défaites.", False),
    ("en", "The club has 14 points after ten games: seven wins and three defeats.", False),
])
def test_a_list_announced_by_the_count_of_its_parts(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # a total, one part of it, then "the rest" split: the part and the rest's parts make it
    ("en", "The council will take £410,000 out of the library service. Most of the saving, £180,000, will come "
           "from shorter hours. The rest is split between the book fund, which loses £150,000, and staffing "
           "cuts worth £120,000.", True),
    ("fr", "La mairie retirera 410 000 euros au budget des bibliothèques. L'essentiel de l'économie, 180 000 "
           "euros, viendra des horaires. Le reste se répartit entre le fonds d'achat, qui perd 150 000 euros, "
           "et les postes, pour 120 000 euros.", True),
    ("en", "The council will take £410,000 out of the library service. Most of the saving, £180,000, will come "
           "from shorter hours. The rest is split between the book fund, which loses £110,000, and staffing "
           "cuts worth £120,000.", False),
    ("fr", "La mairie retirera 410 000 euros au budget des bibliothèques. L'essentiel de l'économie, 180 000 "
           "euros, viendra des horaires. Le reste se répartit entre le fonds d'achat, qui perd 110 000 euros, "
           "et les postes, pour 120 000 euros.", False),
])
def test_a_part_then_the_rest_split_in_parts(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # far from its total, a list of bare figures right after its cue counts the total's noun
    ("fr", "Selon l'ARS, 23 personnes ont été hospitalisées depuis le 1er octobre après avoir consommé des "
           "champignons cueillis en forêt, dont 14 en Sarthe, 6 en Maine-et-Loire et 5 en Mayenne.", True),
    ("en", "According to the health agency, 23 people have been taken to hospital since October 1 after eating "
           "wild mushrooms picked in the woods, including 14 in Sarthe, 6 in Anjou and 5 in Mayenne.", True),
    ("fr", "Selon l'ARS, 23 personnes ont été hospitalisées depuis le 1er octobre après avoir consommé des "
           "champignons cueillis en forêt, dont 12 en Sarthe, 6 en Maine-et-Loire et 5 en Mayenne.", False),
])
def test_a_list_of_parts_far_from_its_total(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # a verb that says the list covers the whole: parts that fall short are wrong too
    ("en", "The trust says the £480,000 project is funded by £250,000 from the county, £150,000 from its "
           "reserves and £60,000 from members.", True),
    ("en", "The trust says the £480,000 project is being paid for with £250,000 from the county, £150,000 "
           "from its reserves and £60,000 from members.", True),
    ("fr", "Selon l'association, le projet de 480 000 euros est financé par 250 000 euros du département, "
           "150 000 euros de la région et 60 000 euros des adhérents.", True),
    ("en", "The trust says the £480,000 project is funded by £250,000 from the county, £150,000 from its "
           "reserves and £80,000 from members.", False),
    ("fr", "Selon l'association, le projet de 480 000 euros est financé par 250 000 euros du département, "
           "150 000 euros de la région et 80 000 euros des adhérents.", False),
    # the list ends on something unfigured, or names a rest: the figures need not cover it
    ("en", "The trust says the £480,000 project is funded by £250,000 from the county, £150,000 from its "
           "reserves and a bank loan.", False),
    ("en", "The trust says the £480,000 project is funded by £250,000 from the county and £150,000 from its "
           "reserves, with the rest raised from members.", False),
    ("fr", "Selon l'association, le projet de 480 000 euros est financé par 250 000 euros du département, "
           "150 000 euros de la région et un emprunt.", False),
    # no such verb: the examples may be a few of many
    ("en", "The trust says the £480,000 project has backers, with £250,000 from the county, £150,000 from its "
           "reserves and £60,000 from members.", False),
])
def test_a_list_a_verb_says_covers_its_total(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # a total, then a sentence that splits it (a fronted clause may come first), each part
    # in brackets after what it pays for: short or over, the parts are wrong
    ("en", "The charges will raise £1.2 million a year. According to the report, that money will be split "
           "between road maintenance (£650,000), bus routes (£300,000) and cycle parking (£150,000).", True),
    ("en", "The charges will raise £1.2 million a year. The money will be split between road maintenance "
           "(£650,000), bus routes (£300,000) and cycle parking (£350,000).", True),
    ("fr", "La redevance rapportera 1,2 million d'euros par an. Cette somme sera répartie entre la voirie "
           "(650 000 euros), les bus (300 000 euros) et le stationnement vélo (150 000 euros).", True),
    ("en", "The charges will raise £1.2 million a year. The money will be split between road maintenance "
           "(£650,000), bus routes (£300,000) and cycle parking (£250,000).", False),
    ("en", "The charges will raise £1.2 million a year. The money will be split between road maintenance "
           "(£650,000), support for loss-making bus routes (£300,000) and new secure cycle parking in "
           "the town centre (£150,000).", True),
    # the list names more than its figures: it need not cover the total
    ("en", "The charges will raise £1.2 million a year. The money will be split between road maintenance "
           "(£650,000), bus routes (£300,000) and other schemes.", False),
])
def test_a_total_split_in_the_next_sentence(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # a figure that describes an item, after a preposition in it, is no item of the list
    ("en", "In total, 46 posts will go: 18 firefighter roles at the two stations, 12 control posts and "
           "14 support jobs, according to the business case.", True),
    ("en", "In total, 44 posts will go: 18 firefighter roles at the two stations, 12 control posts and "
           "14 support jobs, according to the business case.", False),
    ("fr", "Au total, 46 postes seront supprimés : 18 postes de pompiers dans les deux casernes, 12 postes "
           "d'opérateurs et 14 emplois administratifs, selon le projet.", True),
    ("fr", "Au total, 44 postes seront supprimés : 18 postes de pompiers dans les deux casernes, 12 postes "
           "d'opérateurs et 14 emplois administratifs, selon le projet.", False),
])
def test_a_figure_inside_an_item_is_no_part(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # a definite subject naming the total's thing points back at it, however far, and each
    # item counts that thing, however described; a verb that covers the total makes a
    # shortfall wrong too
    ("en", "Families have moved into a development of 34 homes in Ashcombe. The trust was set up in 2016.\n\n"
           "The homes comprise 18 for social rent, 10 shared-ownership homes and 8 sold at a discount.", True),
    ("en", "Families have moved into a development of 34 homes in Ashcombe. The trust was set up in 2016.\n\n"
           "The homes comprise 18 for social rent, 10 shared-ownership homes and 4 sold at a discount.", True),
    ("en", "Families have moved into a development of 34 homes in Ashcombe. The trust was set up in 2016.\n\n"
           "The homes comprise 18 for social rent, 10 shared-ownership homes and 6 sold at a discount.", False),
    ("en", "Families have moved into a development of 34 homes in Ashcombe. The trust was set up in 2016.\n\n"
           "The homes include 18 for social rent and 10 shared-ownership homes.", False),
    ("fr", "Les familles ont emménagé dans un ensemble de 34 logements à Vernay. La coopérative est née en "
           "2016.\n\nLes logements se composent de 18 logements locatifs, 10 en accession et 4 vendus à prix "
           "réduit.", True),
    ("fr", "Les familles ont emménagé dans un ensemble de 34 logements à Vernay. La coopérative est née en "
           "2016.\n\nLes logements se composent de 18 logements locatifs, 10 en accession et 6 vendus à prix "
           "réduit.", False),
])
def test_a_definite_subject_points_back_at_its_total(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # how the story's sum is paid for, paragraphs later: the amounts are all of it
    ("en", "The council voted on Monday to build a $12.4 million heating network.\n\nThe network will serve "
           "46 buildings.\n\nFunding will come from a $6.2 million federal grant, a $3.5 million loan from the "
           "state, $2.1 million in town bonds and $900,000 from the cooperative.", True),
    ("en", "The council voted on Monday to build a $12.4 million heating network.\n\nThe network will serve "
           "46 buildings.\n\nFunding will come from a $6.2 million federal grant, a $3.5 million loan from the "
           "state, $1.8 million in town bonds and $900,000 from the cooperative.", False),
    ("fr", "Le conseil a voté lundi un réseau de chaleur de 12,4 millions d'euros.\n\nIl desservira 46 "
           "bâtiments.\n\nSelon le plan de financement, l'État apportera 6,2 millions d'euros, la région 3,5 "
           "millions d'euros, la commune 2,1 millions d'euros et la coopérative 900 000 euros.", True),
    ("fr", "Le conseil a voté lundi un réseau de chaleur de 12,4 millions d'euros.\n\nIl desservira 46 "
           "bâtiments.\n\nSelon le plan de financement, l'État apportera 6,2 millions d'euros, la région 3,5 "
           "millions d'euros, la commune 1,8 million d'euros et la coopérative 900 000 euros.", False),
    # a list that leaves some of the sum unfigured
    ("en", "The council voted on Monday to build a $12.4 million heating network.\n\nFunding will come from a "
           "$6.2 million federal grant, a $3.5 million loan and the town's reserves.", False),
])
def test_how_the_storys_sum_is_paid_for(lang: str, text: str, found: bool) -> None:
    assert bool(conflicts(text, lang)) is found
