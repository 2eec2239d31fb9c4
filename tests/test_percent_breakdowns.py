"""numbers.percent-sum reads breakdowns as a reader does: brackets, "versus", the rest of a
whole, shares held by each of several. Sentences written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine import run_rules
from checker.readers import read_text
from checker.ruleset import load_rule_file

ROOT = Path(__file__).resolve().parent.parent
RULE = next(r for r in load_rule_file(ROOT / "rules" / "numbers.yaml") if r.id == "numbers.percent-sum")


def sums(text: str, lang: str) -> list[str]:
    document = read_text(text, path="story.md", lang=lang)
    return [f.message for f in run_rules(document, [RULE]).findings]


@pytest.mark.parametrize("lang, text", [
    ("en", "The mayor won 56% of the vote against 48% for her rival."),
    ("fr", "La maire a obtenu 56 % des voix contre 48 % pour son rival."),
    ("en", "Fear was the word chosen by 40% of those asked (up 8 points since 2020), ahead of hope (35%) and anger (31%)."),
    ("fr", "La peur est le mot choisi par 40 % des sondés (en hausse de 8 points par rapport à 2020), devant l'espoir (35 %) et la colère (31 %)."),
    ("en", "Local firms will supply 60% of the parts and the remaining 45% will come from abroad."),
    ("fr", "Les entreprises locales fourniront 60 % des pièces et les 45 % restants viendront de l'étranger."),
    ("en", "The two largest chains hold 30% and 25% of the market.\n\nNorthway and Eastgate hold 10% each, and all other shops share the remaining 30%."),
    ("fr", "Les deux premières chaînes détiennent 30 % et 25 % du marché.\n\nNordis et Estal ont 10 % chacune, et les autres se partagent le reste, 30 %."),
])
def test_breakdowns_over_100_percent_are_found(lang: str, text: str) -> None:
    assert len(sums(text, lang)) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "The mayor won 52% of the vote against 48% for her rival."),
    ("fr", "La maire a obtenu 52 % des voix contre 48 % pour son rival."),
    ("en", "Turnout reached 65% against 95% last year."),
    ("fr", "La participation atteint 65 % contre 95 % l'an dernier."),
    ("en", "Local firms will supply 60% of the parts and the remaining 40% will come from abroad."),
    ("en", "The two largest chains hold 30% and 25% of the market.\n\nNorthway and Eastgate hold 10% each, and all other shops share the remaining 25%."),
    ("fr", "Les deux premières chaînes détiennent 30 % et 25 % du marché.\n\nNordis et Estal ont 10 % chacune, et les autres se partagent le reste, 25 %."),
])
def test_breakdowns_that_add_up_are_quiet(lang: str, text: str) -> None:
    assert sums(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "In the poll, 45% backed the mayor. His rival got 41%, and 20% had no opinion."),
    ("fr", "Dans le sondage, 45 % soutiennent le maire. Son rival obtient 41 %, et 20 % sont sans opinion."),
])
def test_a_breakdown_over_the_sentences_of_a_paragraph(lang: str, text: str) -> None:
    assert len(sums(text, lang)) == 1


@pytest.mark.parametrize("lang, text, found", [
    # the date of the vote, told first, dates the shares after it
    ("en", "The mayor's list won 44.2% of the votes cast in the ballot of Sunday 22 March. It beat the list led by "
           "Ann Roy, credited with 35.1%, and the Greens, who took 23.4%.", 1),
    ("fr", "La liste du maire a obtenu 44,2 % des suffrages exprimés lors du scrutin du dimanche 22 mars. Elle "
           "devance celle d'Anne Roy, créditée de 35,1 %, et la liste des Verts, qui recueille 23,4 %.", 1),
    # two dates: two periods
    ("en", "The mayor's list won 44.2% of the votes cast on 22 March 2020. On 15 March 2026 the list led by "
           "Ann Roy was credited with 35.1%, and the Greens took 23.4%.", 0),
])
def test_a_date_told_first_dates_the_run(lang: str, text: str, found: int) -> None:
    assert len(sums(text, lang)) == found


@pytest.mark.parametrize("lang, text", [
    ("en", "In the poll, 45% backed the mayor. In 2019, his rival got 61%, and 20% had no opinion."),
    ("fr", "Dans le sondage, 45 % soutiennent le maire. En 2019, son rival obtenait 61 %, et 20 % étaient sans "
           "opinion."),
    ("en", "The carmaker reported a 49% drop. Its rival, hardest hit among the older manufacturers of the region, "
           "saw 55% of its orders vanish."),
    ("fr", "En Bretagne, 45 % soutiennent le maire.\n\nSon rival obtient 61 % à Lyon, et 20 % sont sans opinion."),
    ("en", "In the poll, 45% support the plan. 60% say the economy is weak."),
    ("fr", "Dans le sondage, 45 % soutiennent le plan. 60 % jugent l'économie fragile."),
    # a sentence that is a whole breakdown already: the next share is of another whole
    ("en", "In the ballot, 62% voted for a strike, 31% against and 7% abstained. Turnout was 78%."),
    ("fr", "Lors du vote, 62 % ont voté pour la grève, 31 % contre et 7 % se sont abstenus. La participation "
           "a atteint 78 %."),
])
def test_shares_of_other_periods_paragraphs_or_far_apart_are_not_added(lang: str, text: str) -> None:
    assert sums(text, lang) == []


@pytest.mark.parametrize("lang, text, found", [
    # 13 + (13 + 14) + (13 + 19) + 34 = 106: the other holders' shares are given as gaps.
    ("en", "The survey puts Hale at 13 percent, 14 points behind Mayor Ann Ross of the Civic Union, "
           "and 19 points behind her rival, with 34 percent undecided.", True),
    ("fr", "Le sondage place M. Hale à 13 %, à 14 points derrière la maire, Anne Ross, et à 19 points "
           "de retard sur son rival, avec 34 % d'indécis.", True),
    # 48 + (48 - 6) + 15 = 105.
    ("en", "Ross leads with 48 percent, 6 points ahead of Hale, and 15 percent are undecided.", True),
    ("fr", "Anne Ross mène avec 48 %, 6 points devant M. Hale, et 15 % sont indécis.", True),
    # The same standings with shares that fit in one whole.
    ("en", "The survey puts Hale at 13 percent, 14 points behind Mayor Ann Ross of the Civic Union, "
           "and 19 points behind her rival, with 24 percent undecided.", False),
    ("fr", "Le sondage place M. Hale à 13 %, à 14 points derrière la maire, Anne Ross, et à 19 points "
           "de retard sur son rival, avec 24 % d'indécis.", False),
    ("en", "Ross leads with 48 percent, 6 points ahead of Hale, and 8 percent are undecided.", False),
    ("fr", "Anne Ross mène avec 48 %, 6 points devant M. Hale, et 8 % sont indécis.", False),
])
def test_shares_given_as_gaps_are_added(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text", [
    ("en", "The outgoing mayor's list won 47.5% of the votes cast in Sunday's first round. It finished well ahead of "
           "the list led by the former harbour master Tom Reeve, credited with 31.2%, and the green alliance headed "
           "by a retired teacher, which took 24.6%."),
    ("fr", "La liste du maire sortant a obtenu 47,5 % des suffrages exprimés au premier tour dimanche. Elle devance "
           "nettement celle de l'ancien capitaine du port Paul Revel, créditée de 31,2 %, et la liste écologiste "
           "menée par une enseignante retraitée, qui recueille 24,6 %."),
    ("en", "Ms Hale's list won 44.2% of the votes cast in the first round on Sunday. Mr Brand's list, backed by "
           "the outgoing council and most of the local shopkeepers, polled 35.1%, and the Greens took 23.4%."),
    ("fr", "La liste d'union a obtenu 44,2 % des suffrages exprimés. Elle devance largement la liste divers droite "
           "conduite par l'ancien adjoint aux finances Marc Brand, qui a été créditée de 35,1 %, et la liste "
           "écologiste d'Anne Hale, qui recueille 23,4 %."),
])
def test_shares_each_taken_by_a_holder_are_one_breakdown_however_long_the_holders(lang: str, text: str) -> None:
    assert len(sums(text, lang)) == 1


@pytest.mark.parametrize("lang, text", [
    # the same shape, adding up
    ("en", "The outgoing mayor's list won 44.2% of the votes cast in Sunday's first round. It finished well ahead of "
           "the list led by the former harbour master Tom Reeve, credited with 31.2%, and the green alliance headed "
           "by a retired teacher, which took 24.6%."),
    ("fr", "La liste du maire sortant a obtenu 44,2 % des suffrages exprimés au premier tour dimanche. Elle devance "
           "nettement celle de l'ancien capitaine du port Paul Revel, créditée de 31,2 %, et la liste écologiste "
           "menée par une enseignante retraitée, qui recueille 24,6 %."),
    # turnout, then shares: another whole
    ("en", "Turnout reached 61.3% in the city on Sunday, a little higher than at the last local elections held in the "
           "spring. The list led by the former harbour master, which took 52.4%, won the most seats."),
    ("fr", "La participation a atteint 61,3 % dimanche dans la ville, un peu plus qu'aux dernières élections locales "
           "du printemps. La liste menée par l'ancien capitaine du port, qui recueille 52,4 %, remporte le plus de sièges."),
])
def test_held_shares_that_add_up_or_of_other_wholes_are_quiet(lang: str, text: str) -> None:
    assert sums(text, lang) == []


@pytest.mark.parametrize("lang, text, found", [
    # a time word in a relative clause that tells who a holder is does not date the shares
    ("en", "The Labour candidate, a former nurse who only joined the party last year, finished first with 41.0% "
           "of the vote, ahead of the sitting MP on 38.2%, while the Liberal Democrats came third with 24.5%.", True),
    ("fr", "Arrivé en tête avec 41 % des suffrages, le candidat socialiste, qui n'a rejoint le parti que l'an "
           "dernier, devance le député sortant, qui obtient 38,2 %, tandis que l'écologiste recueille 24,5 %.", True),
    # a relative clause that holds a share of another time does
    ("en", "Labour, which won 45% last year, took 38% on Sunday, and the Greens took 20%.", False),
    ("fr", "Le parti, qui avait obtenu 45 % l'an dernier, recueille 38 % dimanche, et les écologistes 20 %.", False),
])
def test_time_words_that_tell_who_a_holder_is(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # turnout is a share of the registered voters, not of the votes the lists share
    ("en", "Turnout was 61.3%, and Ms Hale's list took 44.2%, ahead of Mr Brand's on 35.1%.", False),
    ("en", "With a turnout of 58%, the mayor's list won 52% of the votes cast.", False),
    ("fr", "La participation s'élève à 61,3 %, et la liste de Jeanne Hale obtient 44,2 %, devant celle de Marc "
           "Brand, créditée de 35,1 %.", False),
    ("fr", "Avec une participation de 58 %, la liste du maire recueille 52 % des suffrages exprimés.", False),
    # the lists' own shares still add up
    ("en", "Turnout was 61.3%, and Ms Hale's list took 54.2%, ahead of Mr Brand's on 48.1%.", True),
    ("fr", "La participation s'élève à 61,3 %, et la liste de Jeanne Hale obtient 54,2 %, devant celle de Marc "
           "Brand, créditée de 48,1 %.", True),
])
def test_turnout_is_not_part_of_the_vote(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # one holder's shares in two places or rounds are of two wholes
    ("en", "Ms Hale's list won 44.2% in the city centre and 61.5% in the suburbs.", False),
    ("en", "Ms Hale's list won 44.2% in the first round and 61.5% in the run-off.", False),
    ("fr", "La liste de Jeanne Hale a obtenu 44,2 % dans le centre-ville et 61,5 % en périphérie.", False),
    ("fr", "La liste de Jeanne Hale a obtenu 44,2 % au premier tour et 61,5 % au second.", False),
    # two holders' shares in one place are of one
    ("en", "Ms Hale's list won 54.2% in the city centre, and Mr Brand's took 48.5% in the city centre.", True),
    ("fr", "La liste de Jeanne Hale a obtenu 54,2 % au premier tour, et celle de Marc Brand 48,5 % au premier tour.",
     True),
])
def test_shares_taken_in_other_places_are_of_other_wholes(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    ("en", "Households recycled 42% of their rubbish last year, the council said, while 38% went to landfill and 27% was burnt.", True),
    ("fr", "Les ménages ont trié 42 % de leurs ordures l'an dernier, selon la mairie, tandis que 38 % ont été enfouis et 27 % brûlés.", True),
    ("en", "Last year 42% of household rubbish was recycled, the council said. Another 38% went to landfill and 27% was burnt.", True),
    ("fr", "L'an dernier, 42 % des ordures ont été triées, selon la mairie. Quelque 38 % ont été enfouis et 27 % brûlés.", True),
    # after the second share, the period sets another year against the shares before it
    ("en", "This spring 61% of members backed the merger and 39% opposed it, against 55% last year.", False),
    ("en", "This spring 61% of members backed the merger and 39% opposed it, up from 52% last year.", False),
    ("fr", "Ce printemps, 61 % des adhérents ont soutenu la fusion et 39 % s'y sont opposés, 55 % l'an dernier.", False),
])
def test_a_period_before_the_second_share_dates_the_breakdown(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # the verb written once, after the first share's whole: the later "de" phrases say
    # where each part came from, not of which other whole it is
    ("fr", "58 % des visiteurs venaient du département, 31 % d'autres régions françaises et 16 % de l'étranger.", True),
    ("fr", "58 % des visiteurs venaient du département, 31 % d'autres régions françaises et 11 % de l'étranger.", False),
    ("en", "58% of visitors came from the county, 31% from other regions and 16% from abroad.", True),
    # each share with its own whole and its own verb: two wholes
    ("fr", "52 % des hommes approuvaient le plan et 60 % des femmes le rejetaient.", False),
    ("en", "52% of men backed the plan and 60% of women opposed it.", False),
])
def test_a_breakdown_with_its_verb_written_once(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # an aside about a holder ("dont ...", "including ...") does not set the shares apart
    ("fr", "Sa répartition : 45 % apportés par la région, 30 % par des mécènes privés, dont un constructeur "
           "automobile japonais implanté dans le département, 20 % par la billetterie et 10 % par la ville.", True),
    ("en", "Its funding: 45% from the region, 30% from private donors, including a Japanese carmaker based in "
           "the county, 20% from ticket sales and 10% from the city.", True),
    ("fr", "Sa répartition : 45 % apportés par la région, 30 % par des mécènes privés, dont un constructeur "
           "automobile japonais implanté dans le département, 15 % par la billetterie et 10 % par la ville.", False),
])
def test_an_aside_about_a_holder_keeps_the_breakdown_together(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # French bare « de » names what each part is made of: one whole, split by content
    ("fr", "Selon l'étude, le bac gris contient 42 % de déchets résiduels, 31 % d'emballages et 34 % de biodéchets.", True),
    ("fr", "Selon l'étude, le bac gris contient 42 % de déchets résiduels, 31 % d'emballages et 27 % de biodéchets.", False),
    ("en", "According to the study, the grey bin holds 42% residual waste, 31% packaging and 34% food waste.", True),
    # with the article, « des » names the whole each share is taken of: two wholes
    ("fr", "Selon l'étude, 42 % des ménages trient leurs déchets et 71 % des commerces les trient.", False),
    # the same content in two places is two wholes
    ("fr", "Selon l'étude, le conseil compte 52 % de femmes au département et 60 % de femmes à la région.", False),
])
def test_a_share_told_by_its_content(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # a relative clause that describes a part keeps its shares one breakdown, however long
    ("fr", "Selon l'étude, le bac gris contient 42 % de déchets réellement résiduels, 31 % d'emballages et de "
           "papiers qui auraient dû rejoindre le bac jaune et 34 % de biodéchets.", True),
    ("en", "According to the study, the grey bin holds 42% truly residual waste, 31% packaging and paper that "
           "should have gone into the yellow recycling bin and 34% food waste.", True),
    ("fr", "Selon l'étude, le bac gris contient 42 % de déchets réellement résiduels, 31 % d'emballages et de "
           "papiers qui auraient dû rejoindre le bac jaune et 27 % de biodéchets.", False),
    # words between two shares that are no such clause still set them apart
    ("en", "According to the study, the grey bin holds 42% residual waste, and the council, after a long and "
           "difficult public consultation last spring, said 71% of homes now sort their glass.", False),
])
def test_a_part_described_by_a_relative_clause(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # a ceiling is the most some part reaches: no part of the breakdown
    ("fr", "Selon la chambre, les pertes atteindraient 60 % de la récolte dans la vallée, et jusqu'à 80 % dans "
           "les parcelles les plus basses.", False),
    ("en", "According to the chamber, losses could reach 60% of the crop in the valley, and up to 80% in the "
           "lowest plots.", False),
    # shares that are parts still add up
    ("en", "According to the chamber, the frost cost 60% of growers everything, 30% lost some fruit and 20% "
           "lost none.", True),
])
def test_a_ceiling_is_no_part(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # items told alike ("N % pour ...") are one list, however long a part's name runs
    ("fr", "Selon l'adjointe, les dépenses se répartissent ainsi : 46 % pour les charges de personnel, 28 % pour "
           "les charges à caractère général, 19 % pour les subventions aux associations et au centre communal "
           "d'action sociale, et 11 % pour les intérêts de la dette.", True),
    ("en", "According to the deputy, spending is split as follows: 46% for staff costs, 28% for general running "
           "costs, 19% for grants to local associations and to the social welfare centre run by the town, and "
           "11% for interest on the debt.", True),
    ("fr", "Selon l'adjointe, les dépenses se répartissent ainsi : 46 % pour les charges de personnel, 28 % pour "
           "les charges à caractère général, 19 % pour les subventions aux associations et au centre communal "
           "d'action sociale, et 7 % pour les intérêts de la dette.", False),
    # far apart and told differently: two questions
    ("en", "According to the survey, 46% of residents back the plan, while the council, in a consultation of "
           "businesses held separately over the winter months, found that 58% opposed it.", False),
])
def test_parts_told_alike_may_run_long(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found


@pytest.mark.parametrize("lang, text, found", [
    # a share set against a yardstick: the level it is measured against, no part of it
    ("en", "According to county data, crews reached rural calls on time 71% of the time last year, well short "
           "of the 90% required by the contract.", False),
    ("en", "According to the trust, 64% of patients were seen within four hours, below the 95% target.", False),
    ("fr", "Selon le département, les secours ont atteint les appels ruraux à temps dans 71 % des cas l'an "
           "dernier, bien loin des 90 % exigés par le contrat.", False),
    ("fr", "Selon l'hôpital, 64 % des patients ont été vus en moins de quatre heures, en deçà des 95 % visés.",
     False),
    # shares of one whole told side by side still add up
    ("en", "According to county data, 71% of calls were reached on time and 40% were late.", True),
    ("fr", "Selon le département, 71 % des appels ont été traités à temps, 40 % avec retard.", True),
])
def test_a_yardstick_is_no_part(lang: str, text: str, found: bool) -> None:
    assert bool(sums(text, lang)) is found
