"""numbers.unsourced judges the claim: which figures need a source, and where the finding points.

Sentences written for these tests, in English and French.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine import run_rules
from checker.readers import read_text
from checker.ruleset import load_rule_file

ROOT = Path(__file__).resolve().parent.parent
RULE = next(r for r in load_rule_file(ROOT / "rules" / "numbers.yaml") if r.id == "numbers.unsourced")


def found(text: str, lang: str) -> list[tuple[str, str]]:
    document = read_text(text, path="story.md", lang=lang)
    return [(f.severity, f.text) for f in run_rules(document, [RULE]).findings]


@pytest.mark.parametrize("lang, text, claim", [
    ("en", "Eleven hikers died in the avalanche on Tuesday.", "casualty"),
    ("en", "In a survey of the town, 62% of residents oppose the new tower.", "poll"),
    ("en", "The campaign raised $3 million in its first week.", "money"),
    ("en", "Unemployment reached 9.4% of the workforce in June, a rate not seen since 1996.", "statistic"),
    ("fr", "Onze randonneurs sont morts dans l'avalanche mardi.", "casualty"),
    ("fr", "Par ailleurs, 62 % se disent opposés à la nouvelle tour.", "poll"),
    ("fr", "Le parti a levé 3 millions d'euros en une semaine.", "money"),
    ("fr", "Le taux de chômage atteint 9,4 % en juin.", "statistic"),
    # a share of people who think, want or back something: a poll's finding, however put
    ("en", "More than 40% of nurses think the new rota is unsafe.", "poll"),
    ("en", "Some 55% of tenants would vote for the new landlord.", "poll"),
    ("fr", "Plus de 40 % des infirmières jugent le nouveau planning dangereux.", "poll"),
    ("fr", "Quelque 55 % des locataires souhaitent un nouveau bailleur.", "poll"),
    # a crowd told by what it did: marched, « ont défilé »
    ("en", "Some 4,000 people marched through the old town on Sunday.", "crowd"),
    ("fr", "Quelque 4 000 personnes ont défilé dimanche dans la vieille ville.", "crowd"),
    ("en", "More than 6,000 visitors flocked to the new enclosure on Sunday.", "crowd"),
    ("fr", "Plus de 6 000 visiteurs se sont pressés dimanche devant le nouvel enclos.", "crowd"),
])
def test_claims_that_need_a_source_warn(lang: str, text: str, claim: str) -> None:
    findings = found(text, lang)
    assert [severity for severity, _ in findings] == ["warning"], (claim, findings)


@pytest.mark.parametrize("lang, text", [
    ("en", "About 300 volunteers cleaned the beach on Saturday."),
    ("en", "The mayor expects 4,000 visitors at the fair."),
    ("fr", "Une cinquantaine de bénévoles ont nettoyé la plage samedi."),
    ("fr", "La mairie prévoit 4 000 visiteurs à la foire."),
])
def test_hedged_figures_and_estimates_are_infos(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang)] == ["info"]


@pytest.mark.parametrize("lang, text", [
    ("en", "The new tablet has a 13.3-inch screen and sells for $799."),
    ("en", "The bridge is 1,200 metres long and carries four lanes."),
    ("en", "The team scored three goals in the second half."),
    ("en", "More than 40 stalls lined the square."),
    ("fr", "La tablette a un écran de 13,3 pouces et coûte 799 euros."),
    ("fr", "Le pont mesure 1 200 mètres et compte quatre voies."),
    ("fr", "L'équipe a marqué trois buts en seconde période."),
    # an opinion verb with no share of people beside it
    ("en", "The coaches think the team scored three goals too late."),
    ("fr", "Les entraîneurs jugent que l'équipe a marqué trois buts trop tard."),
])
def test_sizes_prices_and_counts_the_story_establishes_say_nothing(lang: str, text: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The storm destroyed the harbour. The 14 people killed were named on Monday."),
    ("en", "The 1998 flood left 300 people dead in the valley."),
    ("fr", "La tempête a détruit le port. Les 14 personnes tuées ont été identifiées lundi."),
    ("fr", "La crue de 1998 avait fait 300 morts dans la vallée."),
])
def test_given_and_historical_figures_are_not_new_claims(lang: str, text: str) -> None:
    document = read_text("---\ndate: 2024-05-02\n---\n\n" + text, path="story.md", lang=lang)
    assert [f for f in run_rules(document, [RULE]).findings if f.severity == "warning"] == []


@pytest.mark.parametrize("lang, text, flagged", [
    ("en", "The museum has 12 rooms, and 30 people were killed in the fire.", "30 people were killed"),
    ("fr", "Le musée compte 12 salles, et 30 personnes ont été tuées dans l'incendie.", "30 personnes ont été tuées"),
])
def test_the_finding_points_at_the_claim_not_the_first_figure(lang: str, text: str, flagged: str) -> None:
    assert found(text, lang) == [("warning", flagged)]


@pytest.mark.parametrize("lang, text, flagged", [
    ("fr", "Une avalanche a causé la mort de neuf personnes.", "neuf"),
    ("fr", "Dimanche, trois jeunes gens âgés de 18 à 20 ans sont morts sur la route.",
     "trois jeunes gens âgés de 18 à 20 ans sont morts"),
    ("en", "Three young men aged between 18 and 20 from the village died on the road.",
     "Three young men aged between 18 and 20 from the village died"),
])
def test_a_toll_is_found_after_a_long_subject(lang: str, text: str, flagged: str) -> None:
    assert found(text, lang) == [("warning", flagged)]


def test_claim_classes_are_configurable() -> None:
    from dataclasses import replace
    loud = replace(RULE, params=replace(RULE.params, claims=RULE.params.claims + ("hedged",), info_claims=()))
    document = read_text("About 300 volunteers cleaned the beach on Saturday.", path="story.md", lang="en")
    assert [f.severity for f in run_rules(document, [loud]).findings] == ["warning"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Six climbers were killed on the ridge. Rescuers said the storm came fast. The six deaths were the first this year."),
    ("fr", "Six alpinistes ont été tués sur l'arête. Les secours ont parlé d'une tempête soudaine. Ces six morts sont les premières de l'année."),
])
def test_a_toll_restated_is_asked_about_once(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang)] == ["warning"]


def test_ground_taken_in_fighting_is_not_called_a_casualty_count():
    from checker import check_text
    for lang, story in (("en", "Rebels seized 120 square kilometres of farmland near the border.\n"),
                        ("fr", "L'armée a repris 40 kilomètres carrés au nord de la ville.\n")):
        found = [f for f in check_text(story, lang=lang, select="numbers.unsourced", date="2024-03-08")]
        assert found, lang
        assert all("casualty or crowd count" not in f.message for f in found)
        assert any("fighting" in f.message for f in found if f.severity == "warning"), [f.message for f in found]


@pytest.mark.parametrize("lang, text", [
    # The toll is attributed where it is restated, in other words.
    ("en", "Three people were killed in an attack near the border. According to the rescue services, gunmen "
           "opened fire on a car, killing its three passengers."),
    ("fr", "Trois personnes ont été tuées dans une attaque près de la frontière. Selon les secours, des tireurs "
           "ont ouvert le feu sur une voiture, tuant ses trois occupants."),
    # The findings of a poll the story has attributed go on without repeating its source.
    ("en", "In a survey by the Civic Institute, 65% of residents say they are optimistic.\n\n"
           "Confidence is high: 56% of those polled trust the council."),
    ("fr", "Selon un sondage de l'Institut civique, 65 % des habitants se disent optimistes.\n\n"
           "La confiance domine : 56 % des personnes interrogées font confiance au conseil."),
])
def test_a_claim_the_story_sources_elsewhere_is_not_asked_again(lang: str, text: str) -> None:
    assert [f for f in found(text, lang) if f[0] == "warning"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Three people were killed in an attack near the border. According to the rescue services, gunmen "
           "opened fire on a car, killing its four passengers."),
    ("fr", "Trois personnes ont été tuées dans une attaque près de la frontière. Selon les secours, des tireurs "
           "ont ouvert le feu sur une voiture, tuant ses quatre occupants."),
])
def test_another_toll_sourced_elsewhere_does_not_source_this_one(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang)] == ["warning"]


@pytest.mark.parametrize("lang, text", [
    ("en", "The census by the statistics office is clear: the population grew by more than 2 million people."),
    ("fr", "Le recensement de l'Institut national est formel : la population a augmenté de plus de 2 millions "
           "d'habitants."),
    ("en", "This survey, based on 400 replies, showed that 59% of the population fear an attack."),
    ("fr", "Cette enquête, basée sur 400 réponses, montre que 59 % de la population craignent une attaque."),
])
def test_a_study_that_shows_or_names_its_author_is_a_source(lang: str, text: str) -> None:
    assert [f for f in found(text, lang) if f[0] == "warning"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The report rests on 200 letters of former prisoners gathered since March."),
    ("fr", "Le rapport s'appuie sur 200 témoignages d'anciens détenus recueillis depuis mars."),
])
def test_a_class_word_in_the_complement_of_the_counted_noun_is_no_toll(lang: str, text: str) -> None:
    assert [f for f in found(text, lang) if f[0] == "warning"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "The police arrested 200 supporters of the rebels on Sunday."),
    ("fr", "La police a arrêté 200 partisans des rebelles dimanche."),
    ("fr", "Neuf civils de la ville ont été tués."),
])
def test_a_toll_with_a_complement_still_warns(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang)] == ["warning"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Fund manager Lena Hart said the merger made sense. She expects the savings to reach about 80 million "
           "pounds a year."),
    ("en", "The bank's chief economist, Omar Price, told reporters the bank was ready. He predicts some 40,000 job losses by spring."),
    ("en", "Two union leaders said the plan was rushed. They believe around 3,000 posts will go."),
    ("fr", "L'économiste Lina Morel a affirmé que la fusion était logique. Elle prévoit environ 80 millions d'euros "
           "d'économies par an."),
    ("fr", "Le syndicaliste Paul Vidal a déclaré que le plan était bâclé. Il table sur quelque 3 000 suppressions de postes."),
    ("fr", "Le syndicaliste Paul Vidal a déclaré que le plan était bâclé. On sait qu'il prévoit quelque "
           "3 000 suppressions de postes."),
    ("fr", "Deux analystes ont commenté les résultats. Ils estiment la perte à près de 40 millions d'euros."),
])
def test_a_pronoun_that_forecasts_gives_the_figure_its_named_source(lang: str, text: str) -> None:
    # "He expects ...", "Elle prévoit ...": a verb of forecast or opinion whose subject is a
    # pronoun standing for the person the story just named attributes the figure to them.
    assert found(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    # No one named before: the pronoun stands for nobody the reader can check.
    ("en", "She expects the savings to reach about 80 million pounds a year."),
    ("fr", "Il table sur quelque 3 000 suppressions de postes."),
    # A forecast verb without a pronoun subject is no attribution ("is expected").
    ("en", "Fund manager Lena Hart said the merger made sense. The merger is expected to save about 80 million "
           "pounds a year."),
    ("fr", "L'économiste Lina Morel a jugé la fusion logique. La fusion prévoit environ 3 000 suppressions de postes."),
])
def test_a_forecast_with_no_named_person_behind_it_stays_unsourced(lang: str, text: str) -> None:
    assert found(text, lang) != []


@pytest.mark.parametrize("lang, text", [
    ("en", 'The coach spoke after the match. He said, "The first half went well.\n\n'
           'We could have scored about four goals before the break."'),
    ("fr", "L'entraîneur s'est exprimé après le match. Il a dit : « La première mi-temps était bonne.\n\n"
           "Nous aurions pu marquer environ quatre buts avant la pause. »"),
])
def test_a_quotation_running_on_into_the_next_paragraph_covers_its_figures(lang: str, text: str) -> None:
    # The closing mark in the next paragraph ends the quotation the paragraph before opened.
    assert found(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", 'The coach said he was "happy".\n\nThe club sold about 4,000 tickets, the "best" gate of the year.'),
    ("fr", "L'entraîneur s'est dit « ravi ».\n\nLe club a vendu environ 4 000 billets, un record « absolu »."),
])
def test_a_closed_quotation_does_not_run_on(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang)] == ["info"]


@pytest.mark.parametrize("lang, text, warns", [
    # A change set against an earlier period: someone counted both periods.
    ("en", "Reported burglaries rose 38% between March and June compared with last year.", True),
    ("en", "Bus ridership is down 12% from a year earlier.", True),
    ("fr", "Les cambriolages signalés ont augmenté de 38 % entre mars et juin par rapport à l'an dernier.", True),
    ("fr", "La fréquentation des bus est en baisse de 12 % sur un an.", True),
    # Sourced, or a change with no earlier period to count against.
    ("en", "Reported burglaries rose 38% compared with last year, the police said.", False),
    ("en", "The company's shares rose 5% on Monday.", False),
    ("fr", "Les cambriolages signalés ont augmenté de 38 % par rapport à l'an dernier, selon la police.", False),
    ("fr", "L'action du groupe a gagné 5 % lundi.", False),
])
def test_a_change_against_an_earlier_period_is_a_statistic(lang: str, text: str, warns: bool) -> None:
    assert ("warning" in [severity for severity, _ in found(text, lang)]) is warns


def warnings(text: str, lang: str) -> list[str]:
    document = read_text("---\ndate: 2024-05-02\n---\n\n" + text, path="story.md", lang=lang)
    return [f.text for f in run_rules(document, [RULE]).findings if f.severity == "warning"]


@pytest.mark.parametrize("lang, text, warns", [
    # A speaker's own voice, outside quote marks (an interview's answer): the speaker's claim.
    ("en", "Our volunteers raised $40,000 for the shelter last winter.", False),
    ("en", "We spent $2 million on the new wing.", False),
    ("fr", "Nos bénévoles ont levé 40 000 euros pour le refuge l'hiver dernier.", False),
    ("fr", "J'ai dépensé 2 millions d'euros pour la nouvelle aile.", False),
    # The paper's voice, and a country called US.
    ("en", "The charity raised $40,000 for the shelter last winter.", True),
    ("en", "US donors raised $40,000 for the shelter last winter.", True),
    ("fr", "L'association a levé 40 000 euros pour le refuge l'hiver dernier.", True),
])
def test_a_figure_in_the_first_person_is_the_speakers_claim(lang: str, text: str, warns: bool) -> None:
    assert bool(warnings(text, lang)) is warns


@pytest.mark.parametrize("lang, text, warns", [
    # The paragraph dates the past it tells; the next sentence goes on in that time.
    ("en", "On 3 May 1961 the river burst its banks near the mill. In the town, the flood left about 200 dead.", False),
    ("fr", "Le 3 mai 1961, la rivière a débordé près du moulin. Dans la ville, la crue a fait environ 200 morts.", False),
    # A sentence that names its own time is not the past's.
    ("en", "On 3 May 1961 the river burst its banks near the mill. Yesterday the dam broke and 200 people died.", True),
    ("fr", "Le 3 mai 1961, la rivière a débordé près du moulin. Hier, la digue a cédé et 200 personnes sont mortes.", True),
])
def test_a_sentence_that_goes_on_telling_a_dated_past_is_of_record(lang: str, text: str, warns: bool) -> None:
    assert bool(warnings(text, lang)) is warns


@pytest.mark.parametrize("lang, text, warns", [
    # A run of statistics from one source is attributed at its first.
    ("en", "Bike sales fell 30% in March from a year earlier, the trade body said. Sales of scooters dropped "
           "12% from a year earlier.", False),
    ("fr", "Les ventes de vélos ont baissé de 30 % en mars sur un an, selon la fédération. Celles de "
           "trottinettes ont reculé de 12 % sur un an.", False),
    # Not across paragraphs.
    ("en", "Bike sales fell 30% in March from a year earlier, the trade body said.\n\nSales of scooters dropped "
           "12% from a year earlier.", True),
    ("fr", "Les ventes de vélos ont baissé de 30 % en mars sur un an, selon la fédération.\n\nCelles de "
           "trottinettes ont reculé de 12 % sur un an.", True),
])
def test_a_run_of_statistics_is_sourced_at_its_first(lang: str, text: str, warns: bool) -> None:
    assert bool(warnings(text, lang)) is warns


@pytest.mark.parametrize("lang, text, warns", [
    # A rate that is a price or a decision, and a magnitude, are no statistics.
    ("en", "The central bank kept its interest rate at 5.25% on Monday.", False),
    ("en", "Millions of people in the region live in poverty.", False),
    ("fr", "La banque centrale a maintenu son taux directeur à 4 % lundi.", False),
    ("fr", "Des millions d'habitants de la région vivent dans la pauvreté.", False),
    # A rate that measures a population, and a measured count of it, are.
    ("en", "The jobless rate fell to 5.2% in May.", True),
    ("en", "About 2 million people in the region live in poverty.", True),
    ("fr", "Le taux de pauvreté atteint 14 % en mai.", True),
    ("fr", "Environ 2 millions d'habitants de la région vivent dans la pauvreté.", True),
])
def test_prices_and_magnitudes_are_not_statistics(lang: str, text: str, warns: bool) -> None:
    assert bool(warnings(text, lang)) is warns


@pytest.mark.parametrize("lang, text, severities", [
    # A class word after the figure's clause speaks of something else.
    ("en", "Tarvel, the second of the big three carmakers, beat forecasts this week.", []),
    ("fr", "Tarvel, l'un des trois grands constructeurs, a dépassé les prévisions cette semaine.", []),
    # In the figure's clause it makes the figure a claim.
    ("en", "Sales are expected to reach 3 million cars this year.", ["info"]),
    ("fr", "Les ventes devraient atteindre 3 millions de voitures cette année.", ["info"]),
])
def test_a_class_word_beyond_the_figures_clause_does_not_make_it_a_claim(lang: str, text: str,
                                                                         severities: list[str]) -> None:
    assert [severity for severity, _ in found(text, lang)] == severities


@pytest.mark.parametrize("lang, text, warns", [
    # A poll's finding written as a fraction of a group, no one named: says who?
    ("en", "Two thirds of teachers think the new timetable is unworkable.", True),
    ("en", "More than half of the drivers believe a toll would be fair.", True),
    ("fr", "La moitié des infirmiers jugent les nouveaux horaires intenables.", True),
    ("fr", "Plus d'un tiers des commerçants se disent prêts à fermer le dimanche.", True),
    # Sourced in its sentence, or by a poll the story has sourced before.
    ("en", "Two thirds of teachers think the new timetable is unworkable, according to a union survey.", False),
    ("fr", "Selon un sondage du syndicat, la moitié des infirmiers jugent les horaires intenables.", False),
    ("en", "According to a union poll, 58% of teachers back the strike. Two thirds of teachers think the "
           "timetable is unworkable.", False),
    ("fr", "Selon un sondage du syndicat, 58 % des infirmiers soutiennent la grève. La moitié des infirmiers "
           "jugent les horaires intenables.", False),
    # A fraction of a thing, or of a group that does something other than answer a poll.
    ("en", "Half of the budget will go to the new bridge.", False),
    ("en", "A third of the workers left the plant before noon.", False),
    ("fr", "La moitié du budget ira au nouveau pont.", False),
    ("fr", "Un tiers des ouvriers ont quitté l'usine avant midi.", False),
    # Inside a quotation: the speaker's words.
    ("en", "\"Half of my patients think the rules are absurd,\" said Dr Lena Moss.", False),
    ("fr", "« La moitié de mes patients jugent ces règles absurdes », a déclaré Léna Moss.", False),
])
def test_a_poll_finding_written_as_a_fraction_needs_a_source(lang: str, text: str, warns: bool) -> None:
    assert bool(warnings(text, lang)) is warns


@pytest.mark.parametrize("lang, text, sourced", [
    # a speech verb made passive names no one who speaks, unless its agent follows
    ("en", "Fraud costs charities about £2 billion a year, and most cases are never reported to the police.",
     False),
    ("en", "Fraud costs charities about £2 billion a year, as reported by the charity commission.", True),
    ("fr", "La fraude coûte environ 2 milliards d'euros par an, et la plupart des cas ne sont jamais "
           "déclarés à la police.", False),
    ("fr", "La fraude coûte environ 2 milliards d'euros par an, comme l'a déclaré la commission.", True),
])
def test_a_passive_speech_verb_is_no_source(lang: str, text: str, sourced: bool) -> None:
    assert (found(text, lang) == []) is sourced


@pytest.mark.parametrize("lang, text, flagged", [
    # a change told as a multiple of an earlier period: a statistic with no digit
    ("en", "Rents in the old town have tripled since 2012.", "tripled since 2012"),
    ("en", "Car thefts halved in 2025 compared with a year earlier.", "halved in 2025"),
    ("fr", "Les loyers de la vieille ville ont triplé depuis 2012.", "triplé depuis 2012"),
    ("fr", "Les vols de voitures ont été divisés par deux en 2025 par rapport à l'an dernier.",
     "divisés par deux en 2025"),
])
def test_a_change_told_as_a_multiple_needs_a_source(lang: str, text: str, flagged: str) -> None:
    assert found(text, lang) == [("warning", flagged)]


@pytest.mark.parametrize("lang, text", [
    # sourced, quoted, or no earlier period: a goal, an overtaking, a recipe
    ("en", "Rents in the old town have tripled since 2012, according to the housing agency."),
    ("en", "\"Rents in the old town have tripled since 2012,\" the agency's director said."),
    ("en", "Okafor doubled the lead for the visitors ten minutes later."),
    ("fr", "Les loyers de la vieille ville ont triplé depuis 2012, selon l'agence du logement."),
    ("fr", "Le skipper a doublé son rival au large des Açores."),
    ("fr", "La recette a été multipliée par deux pour la fête du village."),
])
def test_a_multiple_sourced_quoted_or_without_a_period_is_quiet(lang: str, text: str) -> None:
    assert found(text, lang) == []
@pytest.mark.parametrize("lang, text", [
    # an estimate told as such, with no one who made it
    ("en", "An estimated one in four tenants will face eviction next year."),
    ("en", "An estimated 40,000 tenants will face eviction next year."),
    ("en", "The number of homeless families is estimated at 3,500 this winter."),
    ("fr", "On estime qu'un locataire sur quatre sera expulsé l'an prochain."),
    ("fr", "On estime que 40 000 locataires seront expulsés l'an prochain."),
    ("fr", "Selon les estimations, un locataire sur quatre sera expulsé l'an prochain."),
    ("fr", "Le nombre de familles sans abri est estimé à 3 500 cet hiver."),
    ("en", "By some estimates, one in four tenants will be evicted next year."),
    ("en", "It is estimated that one in five households is behind on rent."),
    ("fr", "Selon certaines estimations, un ménage sur cinq est en retard de loyer."),
    # a toll told as a ratio
    ("en", "The fever killed one in ten patients admitted to the ward."),
    ("fr", "La fièvre a tué un patient sur dix admis dans le service."),
    # a ratio of people who think something is a poll's finding, and they are no source
    ("en", "Two in three renters say rents are too high."),
    ("fr", "Deux locataires sur trois jugent les loyers trop élevés."),
])
def test_estimates_and_ratios_with_no_one_behind_them_warn(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang)] == ["warning"]


@pytest.mark.parametrize("lang, text", [
    ("en", "An estimated one in four tenants will face eviction next year, according to the housing charity."),
    ("en", "An estimated 40,000 tenants will face eviction next year, the housing minister said."),
    ("fr", "Selon l'association des locataires, un locataire sur quatre sera expulsé l'an prochain."),
    ("fr", "On estime que 40 000 locataires seront expulsés l'an prochain, a indiqué la ministre."),
    # a ratio that is a schedule, not a claim
    ("en", "The shop now opens one Sunday in two."),
    ("fr", "Le magasin ouvre désormais un dimanche sur deux."),
])
def test_sourced_estimates_and_plain_ratios_do_not_warn(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang) if severity != "info"] == []


@pytest.mark.parametrize("lang, text", [
    ("en", "About 300 volunteers cleaned the beach on Saturday."),
    ("fr", "Une cinquantaine de bénévoles ont nettoyé la plage samedi."),
])
def test_a_hedged_figure_stays_an_info(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang)] == ["info"]


@pytest.mark.parametrize("lang, text", [
    ("en", "At the height of the blaze, 90 firefighters were on site, the fire chief said. Nobody was seriously "
           "hurt, although three firefighters were slightly injured."),
    ("en", "In all, 240 residents were evacuated from three hamlets. They went home on Sunday once the "
           "road had been cleared, the prefecture said on Monday."),
    ("fr", "Au plus fort de l'incendie, 90 pompiers étaient sur place, a indiqué le chef des secours. Personne "
           "n'a été grièvement blessé, mais trois pompiers ont été légèrement blessés."),
    ("fr", "Au total, 240 habitants ont été évacués de trois hameaux. Ils ont regagné leur domicile dimanche, "
           "une fois la route dégagée, a précisé la préfecture lundi."),
    # the next sentence goes on about the people counted ("Most", "La plupart") in its source's voice
    ("en", "In all, 240 residents were evacuated from three hamlets. Most went home on Sunday once the road "
           "had been cleared, the prefecture said."),
    ("fr", "Au total, 240 habitants ont été évacués de trois hameaux. La plupart ont regagné leur domicile "
           "dimanche, a précisé la préfecture."),
])
def test_a_toll_in_a_paragraph_with_one_source_is_that_source_s(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang) if severity != "info"] == []


@pytest.mark.parametrize("lang, text", [
    # two sources in the paragraph: which one gives the toll?
    ("en", "At the height of the blaze, 90 firefighters were on site, the fire chief said. Three firefighters "
           "were slightly injured. The mayor said the plant would reopen."),
    ("fr", "Au plus fort de l'incendie, 90 pompiers étaient sur place, a indiqué le chef des secours. Trois "
           "pompiers ont été légèrement blessés. Le maire a dit que l'usine rouvrirait."),
    # the source in another paragraph
    ("en", "The fire chief said the blaze was under control.\n\nThree firefighters were slightly injured."),
    ("fr", "Le chef des secours a indiqué que l'incendie était maîtrisé.\n\nTrois pompiers ont été "
           "légèrement blessés."),
    # a quantifier of another set after the toll takes nothing up
    ("en", "Twelve people were killed in the blast. All flights were cancelled, the airline said."),
    ("fr", "Douze personnes ont été tuées dans l'explosion. Tous les vols ont été annulés, a indiqué la compagnie."),
])
def test_a_toll_with_no_single_source_in_its_paragraph_warns(lang: str, text: str) -> None:
    assert [severity for severity, _ in found(text, lang)] == ["warning"]


@pytest.mark.parametrize("lang, text", [
    # a source that observes or notes what it measured
    ("fr", "Le courtier Paul Rey observe que le vin s'échangeait à 180 euros, soit une hausse d'environ 9 %."),
    ("fr", "L'économiste Anne Roy constate que les loyers ont augmenté de 12 % en un an."),
    ("en", "The broker Paul Rey observes that wine traded at 180 euros, a rise of about 9% on a year earlier."),
    ("en", "The economist Ann Roy points out that rents rose 12% in a year."),
])
def test_a_source_that_observes_is_a_source(lang: str, text: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize("lang, text, warned", [
    # the next sentence breaks the toll down and names its source: the toll is in its voice
    ("en", "Twelve people were taken to hospital with minor injuries. Nine were discharged and three remained "
           "overnight, a hospital spokeswoman said.", False),
    ("fr", "Douze personnes ont été hospitalisées pour des blessures légères. Neuf d'entre elles sont ressorties "
           "le soir même et trois restaient en observation, selon une porte-parole de l'hôpital.", False),
    # no source for the breakdown, or a sentence about something else
    ("en", "Twelve people were taken to hospital with minor injuries. Nine were discharged and three remained "
           "overnight.", True),
    ("en", "Twelve people were taken to hospital with minor injuries. The ferry will be towed on Friday, the "
           "operator said.", True),
])
def test_a_toll_broken_down_by_a_sourced_sentence(lang: str, text: str, warned: bool) -> None:
    assert any(severity == "warning" for severity, _ in found(text, lang)) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # a run of continuations ("Most ...", "They ...") goes back to the count it continues
    ("en", "In all, 180 residents were evacuated from two villages. Most spent two nights at the village hall. "
           "They were allowed home on Friday, the council said.", False),
    ("fr", "Au total, 180 habitants ont été évacués de deux villages. La plupart ont passé deux nuits à la salle "
           "des fêtes. Ils ont pu rentrer chez eux vendredi, selon la mairie.", False),
    # a sentence in between that is not a continuation breaks the run
    ("en", "In all, 180 residents were evacuated from two villages. The hall stayed open all night. "
           "They were allowed home on Friday, the council said.", True),
])
def test_a_run_of_continuations_reaches_back_to_its_count(lang: str, text: str, warned: bool) -> None:
    assert any(severity == "warning" for severity, _ in found(text, lang)) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # a word that only begins like a word of casualties, arrests or fighting is another word
    ("fr", "Au total, 300 injections ont été faites à domicile par des infirmiers libéraux.", False),
    ("fr", "Le conseil exécutif a voté 12 délibérations mardi.", False),
    ("fr", "Le tirage au sort a désigné 16 équipes pour le tour suivant.", False),
    ("en", "The factory recalled 300 defective heaters in March.", False),
    # the words themselves still make a claim
    ("fr", "Les rebelles ont libéré 40 otages mardi.", True),
    ("fr", "Quelque 30 tirs ont été entendus dans la nuit.", True),
    ("en", "Some 40 soldiers defected to the rebels in March.", True),
])
def test_contested_words_are_whole_words_not_beginnings(lang: str, text: str, warned: bool) -> None:
    assert any(severity == "warning" for severity, _ in found(text, lang)) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # an audience is a crowd: someone counted or guessed it
    ("en", "The final was watched online by more than 90,000 people, a record for the event.", True),
    ("en", "The launch was attended by 6,000 people from across the region.", True),
    ("fr", "Plus de 90 000 téléspectateurs ont suivi la finale en direct, un record.", True),
    ("fr", "Quelque 6 000 personnes ont assisté au lancement samedi.", True),
    # told with its source, it is sourced
    ("en", "The final was watched online by more than 90,000 people, the organisers said.", False),
    ("fr", "Plus de 90 000 téléspectateurs ont suivi la finale en direct, selon la chaîne.", False),
])
def test_an_audience_is_a_crowd(lang: str, text: str, warned: bool) -> None:
    assert any(severity == "warning" for severity, _ in found(text, lang)) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # a share of people who say or think something is a poll's finding
    ("fr", "L'engouement n'a rien d'étonnant : 64 % des Français déclarent nourrir les oiseaux en hiver.", True),
    ("fr", "Au total, 58 % des habitants estiment que le quartier est mal desservi.", True),
    ("fr", "Selon un sondage Ifop, 64 % des Français déclarent nourrir les oiseaux en hiver.", False),
    # a match's attendance is an official count, not a crowd someone guessed
    ("fr", "Le club s'est imposé 3-2 samedi soir devant 8 400 spectateurs.", False),
    ("en", "The club won 3-2 on Saturday in front of 8,400 spectators.", False),
])
def test_shares_of_people_who_say_and_match_attendances(lang: str, text: str, warned: bool) -> None:
    assert any(severity == "warning" for severity, _ in found(text, lang)) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # a change over months or years: both ends were measured, a statistic
    ("en", "Prices of garden plots in the region have risen 35% in five years.", True),
    ("fr", "Le prix des parcelles dans la région a bondi de 35 % en cinq ans.", True),
    ("en", "Prices of garden plots in the region have risen 35% in five years, the land registry said.", False),
    # a record's span, or a change over hours, is no compiled statistic
    ("en", "The index dropped 9% to reach a 20 year low.", False),
    ("en", "The index fell 6% in just two hours.", False),
])
def test_a_change_over_a_span_of_years(lang: str, text: str, warned: bool) -> None:
    assert any(severity == "warning" for severity, _ in found(text, lang)) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # the parts of a sum the story gives tell where it came from: no claim of their own
    ("en", "The lighthouse reopened after a £1.2 million restoration.\n\nIt was paid for with £750,000 from a "
           "heritage fund, £300,000 from the council and £150,000 raised by a public appeal.", False),
    ("fr", "Le phare a rouvert après une restauration de 1,2 million d'euros.\n\nElle a été financée par 750 000 "
           "euros d'un fonds, 300 000 euros du département et 150 000 euros collectés par une souscription.", False),
    # money raised with no such total is still a claim
    ("en", "The lighthouse reopened after a restoration.\n\nIt was paid for with £750,000 from a heritage fund, "
           "£300,000 from the council and £150,000 raised by a public appeal.", True),
])
def test_the_parts_of_a_sum_the_story_gives(lang: str, text: str, warned: bool) -> None:
    assert any(severity == "warning" for severity, _ in found(text, lang)) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # a crowd told by the verb of gathering, and a share of people who oppose or back something
    ("fr", "Plus de 2 000 personnes se sont rassemblées samedi devant la mairie.", True),
    ("en", "Three in four residents oppose the closure of the pool.", True),
    ("fr", "Trois habitants sur quatre s'opposent à la fermeture de la piscine.", True),
    ("en", "Three in four residents oppose the closure of the pool, according to a council survey.", False),
    ("fr", "Trois habitants sur quatre s'opposent à la fermeture, selon un sondage de la mairie.", False),
])
def test_gatherings_and_what_people_oppose_or_back(lang: str, text: str, warned: bool) -> None:
    assert any(severity == "warning" for severity, _ in found(text, lang)) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # a share the story's own counts make, in its sentence or the one before: checkable
    ("en", "Of the co-operative's 62 member farms, 47 voted in favour and nine against. The 47 votes in "
           "favour represent about 76 per cent of the membership.", False),
    ("fr", "Dans la résidence, 62 ménages vivent sur place et 47 vivent sous le seuil de pauvreté. Ces 47 "
           "foyers représentent environ 76 % des ménages de la résidence.", False),
    # a share no count of the story makes is a claim
    ("en", "Of the co-operative's 62 member farms, 47 voted in favour and nine against. A poll found "
           "about 88 per cent of the membership backs the plan.", True),
    ("fr", "Dans la résidence, 62 ménages vivent sur place. Environ 76 % des ménages du canton vivent "
           "sous le seuil de pauvreté.", True),
])
def test_a_share_the_storys_own_counts_make(lang, text, warned):
    assert bool([f for f in found(text, lang) if f[0] == "warning"]) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # what a plan will do, told as fact: someone forecast it
    ("en", "The new weirs will cut the cost of flood damage in the town by around £2 million a year.", True),
    ("en", "The bypass would save drivers some £40 million over ten years.", True),
    ("fr", "La maison de santé permettra d'éviter quelque 3 000 passages aux urgences chaque année.", True),
    ("fr", "Le tournage devrait générer près de 1,2 million d'euros de retombées pour la commune.", True),
    # the same forecast with its source, or a decision rather than a forecast
    ("en", "The new weirs will cut the cost of flood damage in the town by around £2 million a year, "
           "the agency said.", False),
    ("fr", "Selon l'ARS, la maison de santé permettra d'éviter quelque 3 000 passages aux urgences chaque année.",
     False),
    ("en", "The carmaker will cut 3,000 jobs and close four plants next year.", False),
    # an exact count is a plan's; a round one is a guess
    ("en", "The plant is expected to create 28 jobs.", False),
    ("en", "The plant is expected to create 300 jobs.", True),
    ("fr", "L'usine devrait créer 28 emplois.", False),
    ("fr", "L'usine devrait créer 300 emplois.", True),
    # a projected loss, told as fact
    ("fr", "D'ici 2030, le département devrait perdre encore 400 volontaires si rien ne change.", True),
    ("en", "By 2030 the county could lose another 400 volunteer firefighters if nothing changes.", True),
    ("fr", "Selon le service, le département devrait perdre encore 400 volontaires d'ici 2030.", False),
])
def test_a_forecast_of_what_a_plan_will_do(lang, text, warned):
    assert bool([f for f in found(text, lang) if f[0] == "warning"]) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # the French reporting conditional tells an unconfirmed figure: says who?
    ("fr", "Les pertes atteindraient 60 % de la récolte d'abricots dans la vallée.", True),
    ("fr", "En tout, ils auraient piraté plus de 4 000 comptes bancaires.", True),
    # with its source; an imperfect that ends alike; a noun that ends alike
    ("fr", "Selon la chambre d'agriculture, les pertes atteindraient 60 % de la récolte d'abricots.", False),
    ("fr", "Le syndicat espérait une hausse de 5 % des salaires cette année.", False),
    ("fr", "Le portrait de 1 200 familles ouvre l'exposition.", False),
    # the conditional that carries on the source of the sentence before, in its paragraph
    ("fr", "Selon le président, le budget passera à 180 000 euros. Il serait financé à hauteur de "
           "95 000 euros par les collectivités.", False),
    # English has no such mood: a plain past tells nothing unconfirmed
    ("en", "The orchards lost 60 tonnes of apricots in the valley.", False),
])
def test_a_figure_in_the_reporting_conditional(lang, text, warned):
    assert bool([f for f in found(text, lang) if f[0] == "warning"]) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # a report, an audit or an inquiry sets out the figure: it is its source
    ("en", "The inspectors published their report on Monday. The report also points to an absence rate of 14%, "
           "nearly double the regional average.", False),
    ("en", "The auditors released their findings on Monday. The audit found a vacancy rate of 14% among nurses.",
     False),
    ("fr", "L'inspection a rendu son rapport lundi. Le rapport pointe également un taux d'absentéisme de 14 %, "
           "près du double de la moyenne régionale.", False),
    ("fr", "Les auditeurs ont rendu leurs conclusions lundi. L'audit met en évidence un taux de vacance de 14 % "
           "chez les infirmiers.", False),
    # an indefinite document names no source: which poll, which study?
    ("en", "A poll found that 62% of residents oppose the new tower.", True),
    ("fr", "Une étude montre que 62 % des habitants s'opposent à la tour.", True),
    ("en", "A poll by the Harwick Institute found that 62% of residents oppose the new tower.", False),
    ("fr", "Une étude de l'institut Harwick montre que 62 % des habitants s'opposent à la tour.", False),
    # the same statistic with nothing that sets it out
    ("en", "The home is short of staff. Its absence rate is 14%, nearly double the regional average.", True),
    ("fr", "L'établissement manque de personnel. Son taux d'absentéisme atteint 14 %, près du double de la "
           "moyenne régionale.", True),
])
def test_what_a_report_sets_out_is_sourced(lang, text, warned):
    assert bool([f for f in found(text, lang) if f[0] == "warning"]) is warned


@pytest.mark.parametrize("lang, text, warned", [
    # a singular demonstrative cannot determine a plural count or a share of a group: the
    # word opens a clause, and the figure is a new claim
    ("en", "The fire spread overnight. Neighbours fear that 40 people died in the blaze.", True),
    ("en", "The council met on Monday. It is no secret that 62% of residents oppose the tower.", True),
    # a demonstrative that agrees with its figure still refers back
    ("en", "The fire spread overnight and 40 people died, the fire service said. That 40 was the town's "
           "worst toll in a century.", False),
    ("fr", "L'incendie s'est propagé dans la nuit. Les voisins craignent que 40 personnes soient mortes.", True),
])
def test_that_before_a_plural_figure_opens_a_clause(lang, text, warned):
    assert bool([f for f in found(text, lang) if f[0] == "warning"]) is warned


@pytest.mark.parametrize("lang, text, warns", [
    # money a party says it collected, in the words of an appeal
    ("en", "An online appeal launched by the workers in December collected £180,000 from residents.", True),
    ("fr", "La cagnotte lancée par les salariés en décembre a permis de réunir 180 000 euros auprès des "
           "habitants.", True),
    ("fr", "Les salariés ont collecté 180 000 euros auprès des habitants.", True),
    # the same, attributed; a count gathered is no money
    ("en", "An online appeal launched by the workers in December collected £180,000, the union said.", False),
    ("fr", "Selon le syndicat, la cagnotte a permis de réunir 180 000 euros auprès des habitants.", False),
    ("fr", "Le concours a réuni 186 triplettes samedi sur les terrains du stade.", False),
])
def test_money_an_appeal_collected(lang: str, text: str, warns: bool) -> None:
    assert bool(warnings(text, lang)) is warns


@pytest.mark.parametrize("lang, text, warns", [
    # a hedged time a plan will cut: someone projected it
    ("en", "The county picked a new ambulance firm on Tuesday. The switch will cut rural response times "
           "by about four minutes.", True),
    ("fr", "Le département a choisi un nouveau prestataire mardi. Le contournement réduira le trajet "
           "d'environ dix minutes.", True),
    # with its source; an exact time is a decision; a time told as a fact
    ("en", "The switch will cut rural response times by about four minutes, the county said.", False),
    ("en", "The council will shorten the public session by ten minutes.", False),
    ("fr", "Selon le département, le contournement réduira le trajet d'environ dix minutes.", False),
    ("fr", "La réunion a duré environ quatre heures.", False),
])
def test_a_time_a_plan_will_save(lang: str, text: str, warns: bool) -> None:
    assert bool(warnings(text, lang)) is warns
