"""numbers.conflict: a ratio ("one in four", « un sur quatre ») restated as a percentage in
its clause must be that share. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_figure_pairing import conflicts, story


@pytest.mark.parametrize("lang, body, flagged", [
    ("en", "According to the health board, one resident in four has no family doctor, or 40% of the population.",
     ["40%"]),
    ("fr", "Selon la caisse, un habitant sur quatre n'a plus de médecin traitant, soit 40 % de la population.",
     ["40 %"]),
    ("fr", "Selon la caisse, deux habitants sur cinq n'ont plus de médecin traitant, soit 25 % de la population.",
     ["25 %"]),
    # the share the ratio makes, or near it
    ("en", "According to the health board, one resident in four has no family doctor, or 25% of the population.",
     []),
    ("fr", "Selon la caisse, un habitant sur quatre n'a plus de médecin traitant, soit 26 % de la population.",
     []),
    ("fr", "Selon la caisse, deux habitants sur cinq n'ont plus de médecin traitant, soit 40 % de la population.",
     []),
    # a percentage of something else, not joined as a restatement
    ("en", "According to the health board, one resident in four has no family doctor and 40% wait a month.",
     []),
])
def test_a_ratio_restated_as_a_percentage(lang, body, flagged) -> None:
    assert conflicts(story("Doctors", body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a figure said to be the present one, then a later reference back to it
    ("en", "The charity now runs eleven minibuses across the district, the council said.\n\n"
           "Drivers for the 12 minibuses are employed by the charity.", ["12"]),
    ("fr", "L'association exploite désormais onze minibus dans le district, selon la mairie.\n\n"
           "Les chauffeurs des 12 minibus sont employés par l'association.", ["12"]),
    ("en", "The charity now runs eleven minibuses across the district, the council said.\n\n"
           "Drivers for the eleven minibuses are employed by the charity.", []),
    # a change told as one: the figure before it may differ
    ("en", "The charity's fleet rose to eleven minibuses this year, the council said.\n\n"
           "Drivers for the 12 minibuses were laid off in 2019.", []),
    ("fr", "La flotte de l'association est passée à onze minibus cette année, selon la mairie.\n\n"
           "Les chauffeurs des 12 minibus avaient été licenciés en 2019.", []),
])
def test_a_present_figure_and_a_later_reference_back(lang, body, flagged) -> None:
    assert conflicts(story("Minibus", body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a count told with a word that describes its noun, then the noun alone
    ("en", "The charity runs 11 accessible minibuses across the district, the council said.\n\n"
           "Drivers for the 12 minibuses are employed by the charity.", ["12"]),
    ("fr", "L'usine a créé 28 nouveaux emplois cette année, selon la mairie.\n\n"
           "Les 26 emplois ont tous été pourvus par des habitants.", ["26"]),
    ("en", "The charity runs 11 accessible minibuses across the district, the council said.\n\n"
           "Drivers for the 11 minibuses are employed by the charity.", []),
    # two nouns described alike are two things
    ("en", "The charity runs 11 accessible minibuses across the district, the council said.\n\n"
           "It also runs 12 accessible taxis in the town.", []),
])
def test_a_described_count_and_its_noun_alone(lang, body, flagged) -> None:
    assert conflicts(story("Fleet", body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a part's share in brackets, told again as the share of a subject naming that part
    ("en", "The scheme will have 320 homes, including 112 social homes (35%), the council said.\n\n"
           "The social homes will represent a quarter of the scheme, the deputy mayor said.", ["a quarter"]),
    ("fr", "Le programme comptera 320 logements, dont 112 logements sociaux (35 %), selon la mairie.\n\n"
           "Les logements sociaux représenteront un quart du programme, a rappelé l'adjointe.", ["un quart"]),
    # the same share, near enough, or a subject naming another part
    ("en", "The scheme will have 320 homes, including 112 social homes (35%), the council said.\n\n"
           "The social homes will represent about a third of the scheme, the deputy mayor said.", []),
    ("fr", "Le programme comptera 320 logements, dont 112 logements sociaux (35 %), selon la mairie.\n\n"
           "Les logements neufs représenteront un quart du programme, a rappelé l'adjointe.", []),
])
def test_a_bracketed_share_told_again_as_a_subjects_share(lang, body, flagged) -> None:
    assert conflicts(story("Homes", body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a part restated as its share of the total told just before it
    ("en", "Customs officers seized 320 kilos of glass eels. Of that total, 80 kilos, or nearly a third, "
           "were released alive.", ["a third"]),
    ("fr", "Les douaniers ont saisi 320 kilos de civelles. Sur ce total, 80 kilos, soit près d'un tiers, "
           "ont été relâchés vivants.", ["un tiers"]),
    ("fr", "Les douaniers ont saisi 320 kilos de civelles, dont 80 kilos, soit 40 %, encore vivants.", ["40 %"]),
    # the share the part makes; no cue naming the total; another unit
    ("en", "Customs officers seized 320 kilos of glass eels. Of that total, 80 kilos, or a quarter, "
           "were released alive.", []),
    ("fr", "Les douaniers ont saisi 320 kilos de civelles. Le lendemain, 80 kilos, soit près d'un tiers "
           "de la pêche du jour, ont été relâchés.", []),
    ("fr", "Les douaniers ont saisi 320 kilos de civelles. Sur ce total, 80 litres, soit près d'un tiers, "
           "étaient de l'eau.", []),
])
def test_a_part_restated_as_its_share_of_the_total_before(lang, body, flagged) -> None:
    assert conflicts(story("Eels", body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a partitive that names its whole: the share is of that whole, not of an earlier figure
    ("en", "The order led to 2,400 fines: 1,640 in 2023 and 760 in 2024. Of those 2,400 fines, 800, "
           "or a third, were never paid.", []),
    ("en", "The order led to 2,400 fines: 1,640 in 2023 and 760 in 2024. Of those 2,400 fines, 1,200, "
           "or a third, were never paid.", ["a third"]),
    ("fr", "L'arrêté a donné lieu à 57 amendes : 41 en 2023 et 16 en 2024. Sur ces 57 amendes, 19, "
           "soit un tiers, n'ont jamais été réglées.", []),
    ("fr", "L'arrêté a donné lieu à 57 amendes : 41 en 2023 et 16 en 2024. Sur ces 57 amendes, 29, "
           "soit un tiers, n'ont jamais été réglées.", ["un tiers"]),
    # a ratio's second number is no part of the whole: "three in five, or 60 per cent"
    ("en", "The survey drew 1,150 replies from pupils. Of those, 690 – three in five, or 60 per cent – said "
           "they concentrate better.", []),
    ("fr", "L'enquête a recueilli 1 150 réponses d'élèves. Parmi elles, 690 – trois sur cinq, soit 60 % – "
           "disent mieux se concentrer.", []),
])
def test_a_partitive_names_the_whole_of_the_share_after_it(lang, body, flagged) -> None:
    assert conflicts(story("Fines", body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a count of instances counts what its complement names
    ("en", "Kessler pleaded guilty in June to seven counts of felony theft, the court heard.\n\n"
           "The prosecutor told the court that the eight thefts caused $410,000 in damage.", ["eight"]),
    ("fr", "Le prévenu a reconnu en juin sept chefs de vol aggravé, selon le tribunal.\n\n"
           "La procureure a indiqué que les huit vols avaient causé 410 000 euros de dégâts.", ["huit"]),
    ("en", "Kessler pleaded guilty in June to seven counts of felony theft, the court heard.\n\n"
           "The prosecutor told the court that the seven thefts caused $410,000 in damage.", []),
    # a count of something else is no count of instances
    ("en", "Kessler stole seven rolls of copper cable, the court heard.\n\n"
           "The prosecutor told the court that the eight thefts caused $410,000 in damage.", []),
])
def test_a_count_of_instances_and_the_thing_it_counts(lang, body, flagged) -> None:
    assert conflicts(story("Theft", body), lang) == flagged


def dated_story(lang: str, body: str) -> str:
    return f"---\ntitle: Nests\ndate: 2024-04-23\nlang: {lang}\n---\n\n{body}\n"


@pytest.mark.parametrize("lang, body, flagged", [
    # "last year" only dates a figure: against the same year's count, a bound must hold;
    # a determiner before the bound refers back ("the more than 1,200 nests")
    ("en", "According to the council, 1,148 nests were destroyed in 2023.\n\n"
           "The more than 1,200 nests destroyed last year cost a lot, Ms Roy said.", ["more than 1,200"]),
    ("fr", "Selon la communauté de communes, 1 148 nids ont été détruits en 2023.\n\n"
           "Les plus de 1 200 nids détruits l'an dernier ont coûté cher, estime Mme Roy.", ["plus de 1 200"]),
    ("fr", "Selon la communauté de communes, 1 148 nids ont été détruits en 2023.\n\n"
           "Les plus de 1 100 nids détruits l'an dernier ont coûté cher, estime Mme Roy.", []),
    # another year, another count
    ("en", "According to the council, 1,148 nests were destroyed in 2022.\n\n"
           "The more than 1,200 nests destroyed last year cost a lot, Ms Roy said.", []),
])
def test_a_figure_dated_by_last_year(lang, body, flagged) -> None:
    assert conflicts(dated_story(lang, body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a change whose new level is the one its subject was told with before
    ("en", "The City Council has approved a $2.4 million road repair program.\n\n"
           "The program is up 20% from the $2.1 million the city spent last year, according to budget documents.",
     ["20%"]),
    ("fr", "Le conseil a approuvé un budget de 2,4 millions d'euros pour la voirie.\n\n"
           "Le budget est en hausse de 20 % par rapport aux 2,1 millions d'euros dépensés l'an dernier, selon la mairie.",
     ["20 %"]),
    ("en", "The City Council has approved a $2.4 million road repair program.\n\n"
           "The program is up 14% from the $2.1 million the city spent last year, according to budget documents.",
     []),
    # a subject that names no sum told before
    ("en", "The City Council has approved a $2.4 million road repair program.\n\n"
           "Spending on parks is up 20% from the $2.1 million the city spent last year, according to budget documents.",
     []),
])
def test_a_change_from_an_old_level_to_the_subjects_level(lang, body, flagged) -> None:
    assert conflicts(story("Roads", body), lang) == flagged


def titled(title: str, body: str) -> str:
    return f'---\ntitle: "{title}"\ndate: 2024-05-02\n---\n\n{body}\n'


LEDE = ("The crew gathered on Saturday to name the boat.\n\nThe volunteers have trained for months.\n\n"
        "Children from the school sang.\n\n")
LEDE_FR = ("L'équipage s'est réuni samedi pour baptiser le canot.\n\nLes bénévoles s'entraînent depuis des "
           "mois.\n\nLes enfants de l'école ont chanté.\n\n")


@pytest.mark.parametrize("lang, title, body, flagged", [
    # the headline's sum, told otherwise where the body tells its one sum of that money
    ("en", "New £2.4m lifeboat named at Porthmor", LEDE + "The trust that runs the station said the boat "
     "cost £2.1 million.", ["£2.1 million"]),
    ("fr", "Un nouveau canot de 2,4 millions d'euros baptisé à Porthmor", LEDE_FR + "Selon l'association, le "
     "canot a coûté 2,1 millions d'euros.", ["2,1 millions d'euros"]),
    # the same sum, or a sum too far from it to be it
    ("en", "New £2.4m lifeboat named at Porthmor", LEDE + "The trust said the boat cost £2.4 million.", []),
    ("en", "New £2.4m lifeboat named at Porthmor", LEDE + "The trust said the slipway cost £900,000.", []),
])
def test_a_headline_sum_told_otherwise_later_in_the_body(lang, title, body, flagged) -> None:
    assert conflicts(titled(title, body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a count in words after « de », restated in digits
    ("fr", "Le projet prévoit la suppression de quarante-deux places de stationnement sur la place.\n\n"
           "Supprimer les 46 places du centre condamnerait les commerces, selon Gilles Fauriel.", ["46"]),
    ("fr", "Le projet prévoit la suppression de quarante-deux places de stationnement sur la place.\n\n"
           "Supprimer les 42 places du centre condamnerait les commerces, selon Gilles Fauriel.", []),
])
def test_a_hyphenated_count_in_words_restated_in_digits(lang, body, flagged) -> None:
    assert conflicts(story("Parking", body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a later share after a demonstrative points back at the share of its whole told before
    ("en", "A survey found that two in five adults in the district had not seen a dentist in two years.\n\n"
           "Those 25 per cent of adults are not careless, Martin Colebrook said.", ["25 per cent"]),
    ("fr", "Selon l'enquête, deux adultes sur cinq du district n'ont pas vu de dentiste depuis deux ans.\n\n"
           "Ces 25 % des adultes ne sont pas négligents, a dit Martin Colebrook.", ["25 %"]),
    ("en", "A survey found that two in five adults in the district had not seen a dentist in two years.\n\n"
           "Those 40 per cent of adults are not careless, Martin Colebrook said.", []),
    # without the demonstrative, a share of adults said of something else is another fact
    ("en", "A survey found that two in five adults in the district had not seen a dentist in two years.\n\n"
           "Some 25 per cent of adults smoke, Martin Colebrook said.", []),
])
def test_a_demonstrative_share_points_back(lang, body, flagged) -> None:
    assert conflicts(story("Dentists", body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # the levels of a change, each dated: the rate must be their change
    ("en", "The number of farm shops in the county rose 20%, from 310 in 2017 to 402 in 2022, according "
           "to the census.", ["20%"]),
    ("en", "The number of farm shops in the county rose 30%, from 310 in 2017 to 402 in 2022, according "
           "to the census.", []),
    ("fr", "Le nombre de magasins à la ferme a augmenté de 20 %, passant de 310 en 2017 à 402 en 2022, "
           "selon le recensement.", ["20 %"]),
    ("fr", "Le nombre de magasins à la ferme a augmenté de 30 %, passant de 310 en 2017 à 402 en 2022, "
           "selon le recensement.", []),
])
def test_a_change_between_two_dated_levels(lang, body, flagged) -> None:
    assert conflicts(story("Farms", body), lang) == flagged


@pytest.mark.parametrize("lang, body, flagged", [
    # a large share restated is off by a few points at most, whatever its size
    ("en", "The consultation drew 2,410 responses, and two in three respondents, or 58 per cent, opposed "
           "the levy, the report said.", ["58 per cent"]),
    ("en", "The consultation drew 2,410 responses, and two-thirds of respondents, or 58 per cent, opposed "
           "the levy, the report said.", ["58 per cent"]),
    ("fr", "La consultation a recueilli 2 410 réponses, et deux répondants sur trois, soit 58 %, s'opposent "
           "à la taxe, selon le rapport.", ["58 %"]),
    ("fr", "La consultation a recueilli 2 410 réponses, et les deux tiers des répondants, soit 58 %, "
           "s'opposent à la taxe, selon le rapport.", ["58 %"]),
    # a ratio after a dash and a figure
    ("en", "The survey drew 1,150 replies from pupils. Of those, 690 – three in five, or 50 per cent – said "
           "they concentrate better.", ["50 per cent"]),
    ("fr", "L'enquête a recueilli 1 150 réponses d'élèves. Parmi elles, 690 – trois sur cinq, soit 50 % – "
           "disent mieux se concentrer.", ["50 %"]),
    # within rounding, or hedged and within a few more points
    ("en", "The consultation drew 2,410 responses, and two in three respondents, or 64 per cent, opposed "
           "the levy, the report said.", []),
    ("fr", "La consultation a recueilli 2 410 réponses, et environ deux tiers des répondants, soit 60 %, "
           "s'opposent à la taxe, selon le rapport.", []),
])
def test_a_large_share_restated_is_off_by_a_few_points_at_most(lang, body, flagged) -> None:
    assert conflicts(story("Levy", body), lang) == flagged
