"""Ordering words across sentences (issue 15): a step told as coming next ("again",
"plus tard", "ensuite, à compter du") is held to the date told just before it, and a
shift counts from the date named right after it ("two years after the 2004 merger, in
2005"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story

SEQUELS = [
    # lang, body, fires
    ("en", "Ruth Vance sued the label in 2001. She returned to court again in 1997.", True),
    ("en", "Ruth Vance sued the label in 1995. She returned to court again in 1997.", False),
    ("en", "Ruth Vance sued the label in 2001. She had already sued it in 1997.", False),
    ("en", "Ruth Vance sued the label in 2001. Her father had done so again in 1997.", False),
    ("en", "The reduced fare applies until October 15. After that, the full fare applies "
           "from October 1.", True),
    ("en", "The reduced fare applies until October 15. After that, the full fare applies "
           "from October 16.", False),
    ("en", "The jet first flew in May 2008. It is due to enter service later this year, "
           "after a first test in April 2005.", False),
    ("en", "The first shots came at 18:55. Two more trains were then hit again at 18:00.", True),
    ("en", "The first shots came at 18:55. Two more trains were then hit again at 20:00.", False),
    ("fr", "Léa Morin a attaqué le label en 2001. Elle est à nouveau allée au tribunal en 1997.", True),
    ("fr", "Léa Morin a attaqué le label en 1995. Elle est à nouveau allée au tribunal en 1997.", False),
    ("fr", "Léa Morin a attaqué le label en 2001. Elle l'avait déjà fait en 1997.", False),
    ("fr", "Le tarif réduit s'applique jusqu'au 15 octobre. Le plein tarif s'appliquera "
           "ensuite, à compter du 1er octobre.", True),
    ("fr", "Le tarif réduit s'applique jusqu'au 15 octobre. Le plein tarif s'appliquera "
           "ensuite, à compter du 16 octobre.", False),
    # a step told by "Then," or by a verb of succession ("will follow", "suivra")
    ("en", "The first phase runs until October 15. The second will follow from October 1.", True),
    ("en", "The first phase runs until October 15. The second will follow from October 16.", False),
    ("en", "The first phase runs until October 15. Then, from October 1, the second starts.", True),
    ("en", "The first phase runs until October 15. Then, from October 16, the second starts.", False),
    ("en", "The mill shut on October 15. Until then, from October 1, it ran at half speed.", False),
    ("en", "Smoke was seen at about 15:30. Firefighters then arrived at 15:00.", True),
    ("en", "Smoke was seen at about 15:30. Firefighters then arrived at 16:00.", False),
    ("en", "She joined the paper in 2005. The then-editor hired her in 2001.", False),
    ("fr", "La première phase dure jusqu'au 15 octobre. La seconde suivra, à compter du 1er octobre.", True),
    ("fr", "La première phase dure jusqu'au 15 octobre. La seconde suivra, à compter du 16 octobre.", False),
    ("fr", "La première phase dure jusqu'au 15 octobre. La seconde lui succédera le 1er octobre.", True),
    ("fr", "La première phase dure jusqu'au 15 octobre. La seconde lui succédera le 16 octobre.", False),
    ("fr", "Les premiers tirs ont eu lieu vers 18 h 55. A 18 h, deux autres rames ont alors "
           "été visées.", True),
    ("fr", "Les premiers tirs ont eu lieu vers 18 h 55. A 20 h, deux autres rames ont alors "
           "été visées.", False),
    ("fr", "Le dossier a été déposé le 3 mai. Il doit être rendu au plus tard le 1er mai.", False),
    # a verb that presupposes an earlier event
    ("en", "The shop opened on May 4, 2003. It was renamed Corner Books in 2002.", True),
    ("en", "The shop opened on May 4, 2003. It was renamed Corner Books in 2006.", False),
    ("fr", "La salle a été inaugurée le 4 mai 2003. Elle a été rebaptisée Le Quai en 2002.", True),
    ("fr", "La salle a été inaugurée le 4 mai 2003. Elle a été rebaptisée Le Quai en 2006.", False),
]


@pytest.mark.parametrize("lang,body,fires", SEQUELS)
def test_a_next_step_does_not_come_before_the_last(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    # a since-clause tells what came first: taking over in 2011 precedes the 2012 harvest
    ("fr", "Le domaine a vendangé en septembre 2012. Anne Roy y dirige sa deuxième récolte depuis qu'elle a "
           "repris l'exploitation, en 2011.", False),
    ("en", "The estate harvested in September 2012. Ann Roy runs her second harvest since she took over "
           "again, in 2011.", False),
    # the same cue outside a since-clause still orders (with no object: a resumption,
    # « a repris l'exploitation » is a succession, test_timeline_succession.py)
    ("fr", "Le domaine a fermé en septembre 2012. Les vendanges ont repris en 2011.", True),
])
def test_a_cue_inside_a_since_clause_is_no_next_step(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


def test_the_dateline_is_not_a_step():
    body = "Paris, 5 mars 2012. - Le conseil avait voté en 2010. Il a ensuite revoté en 2011."
    assert fired(story("fr", body, "2012-03-05"), "timeline.order") == []


ANCHORED = [
    ("en", "The firms merged in 2004. Two years after the 2004 merger, in 2005, they split.", True),
    ("en", "Two years after the 2004 merger, in 2006, they split.", False),
    ("en", "Two years before the 2004 merger, in 2003, they signed a pact.", True),
    ("en", "Two years before the 2004 merger, in 2002, they signed a pact.", False),
    ("en", "The plant opened in 2004. Two years later, in 2005, it closed.", True),
    ("fr", "Deux ans après la fusion de 2004, en 2005, elles se sont séparées.", True),
    ("fr", "Deux ans après la fusion de 2004, en 2006, elles se sont séparées.", False),
    ("fr", "L'usine a ouvert en 2004. Deux ans plus tard, en 2005, elle a fermé.", True),
    ("fr", "L'usine a ouvert en 2004. Deux ans plus tard, en 2006, elle a fermé.", False),
    ("en", "The plant opened on March 2, 2012. Three days later on March 5 Smith resigned, in 2012.", False),
]


@pytest.mark.parametrize("lang,body,fires", ANCHORED)
def test_a_shift_counts_from_the_date_named_after_it(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body", [
    ("en", "The law passed in 2015. Later, historians compared it with the 1964 act."),
    ("en", "The law passed in 2015. Later, historians compared it with the act of 1964."),
    ("fr", "La loi a été votée en 2015. Plus tard, les historiens l'ont comparée à la loi de 1964."),
    ("en", "Sales fell in 2005. They have again been rising since 2001 in the north."),
    ("fr", "Les ventes ont chuté en 2005. Elles augmentent à nouveau depuis 2001 dans le nord."),
])
def test_a_date_that_names_a_thing_is_not_the_steps(lang, body):
    assert fired(story(lang, body, "2020-01-01"), "timeline.order") == []


REACTIONS = [
    ("en", "The riots began on June 30. They came in response to the ruling of July 1.", True),
    ("en", "The riots began on June 30. They came in response to the ruling of June 28.", False),
    ("en", "The riots began on June 30.\n\nMany shops closed.\n\nThese were reprisals, in "
           "retaliation for the ruling of July 1.", True),
    ("en", "The minister resigned on May 3. In response to the vote of May 5, the party split.", False),
    ("fr", "Les destructions ont commencé le 30 juin. Elles sont des représailles, suite à la "
           "décision de l'Unesco, le 1er juillet, de classer la ville.", True),
    ("fr", "Les destructions ont commencé le 30 juin. Elles sont des représailles, suite à la "
           "décision de l'Unesco, le 28 juin, de classer la ville.", False),
    ("fr", "Le ministre a démissionné le 3 mai. Suite au vote du 5 mai, le parti s'est divisé.", False),
    ("en", "The mayor was elected on May 3. He later resigned in response to a letter of June 5.", False),
    ("fr", "Le maire a été élu le 3 mai. Il a ensuite démissionné en réponse à la lettre du 5 juin.", False),
    ("fr", "Le maire a été élu le 3 mai. Ce matin, en réponse à la lettre du 5 juin, il a démissionné.", False),
]


@pytest.mark.parametrize("lang,body,fires", REACTIONS)
def test_a_reaction_does_not_come_before_its_cause(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-07-05"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    # two year-less dates joined by before/after in one sentence, read a few days apart
    # (the story is dated March 10: tense alone would put May 9 and May 3 in two years)
    ("en", "The bill passed on May 9, before the May 3 hearing.", True),
    ("en", "The bill passed on May 9, before the May 12 hearing.", False),
    ("en", "The bill passed on December 20, before the January 5 hearing.", False),
    ("fr", "Le texte a été adopté le 9 mai, avant l'audience du 3 mai.", True),
    ("fr", "Le texte a été adopté le 9 mai, avant l'audience du 12 mai.", False),
    ("fr", "Le texte a été adopté le 9 mai, après l'audience du 12 mai.", True),
    ("fr", "Le texte a été adopté le 20 décembre, avant l'audience du 5 janvier.", False),
])
def test_before_after_reads_year_less_dates_together(lang, body, fires):
    assert bool(fired(story(lang, body), "timeline.order")) is fires


@pytest.mark.parametrize("lang,body,fires", [
    # a shift whose written month lands before the anchor, both year-less, or the count vague
    ("en", "The plant shut in March. Two months after that, in January, it reopened.", True),
    ("en", "The plant shut on March 3. A few weeks later, in January, it reopened.", True),
    ("en", "The plant shut on March 3. A few weeks later, in April, it reopened.", False),
    ("fr", "L'usine a fermé en mars. Trois semaines plus tard, en janvier, elle a rouvert.", True),
    ("fr", "L'usine a fermé le 3 mars. Quelques semaines plus tard, en janvier, elle a rouvert.", True),
    ("fr", "L'usine a fermé le 3 mars. Quelques semaines plus tard, en avril, elle a rouvert.", False),
])
def test_a_shift_to_a_year_less_month_before_its_anchor(lang, body, fires):
    assert bool(fired(story(lang, body), "timeline.order")) is fires


START_END = [
    # lang, body, fires: an end told after its start in one sentence is not before it
    ("en", "The vote began at 14:00 and ended at 13:00.", True),
    ("en", "The vote began at 14:00 and ended at 16:00.", False),
    ("en", "The strike started in 2009 and ended in 2007.", True),
    ("en", "The festival began on December 28 and ended on January 3.", False),
    ("en", "The match, played on May 3, ended a run that began on May 1.", False),
    ("fr", "Le vote a commencé à 14 h et s'est terminé à 13 h.", True),
    ("fr", "Le vote a commencé à 14 h et s'est terminé à 16 h.", False),
    ("fr", "La grève a débuté en 2009 et a pris fin en 2007.", True),
    ("fr", "Le festival a débuté le 28 décembre et s'est achevé le 3 janvier.", False),
]


@pytest.mark.parametrize("lang,body,fires", START_END)
def test_an_end_is_not_before_its_start(lang, body, fires):
    assert bool(fired(story(lang, body, "2011-05-08"), "timeline.order")) == fires


CHAINS = [
    # lang, body, fires: two times of one sentence chained by "then", "puis", "later"
    ("fr", "Le feu a été maîtrisé vers 7 heures, puis les secours ont quitté les lieux vers 5 heures.", True),
    ("fr", "Le feu a été maîtrisé vers 7 heures, puis les secours ont quitté les lieux vers 9 heures.", False),
    ("en", "The fire was under control by 7 a.m., then crews left at 5 a.m.", True),
    ("en", "The fire was under control by 7 a.m., then crews left at 9 a.m.", False),
    ("en", "The alarm sounded at 14:30 and the crews later arrived at 14:10.", True),
    ("fr", "L'alerte a été donnée à 14 h 30 et les pompiers sont ensuite arrivés à 14 h 10.", True),
    ("fr", "L'alerte a été donnée à 14 h 30 et les pompiers sont ensuite arrivés à 14 h 50.", False),
    ("en", "The union struck in 2001, and it struck again in 1997.", True),
    ("fr", "Le syndicat a fait grève en 2001, puis à nouveau en 1997.", True),
    ("fr", "Le syndicat a fait grève en 1995, puis à nouveau en 1997.", False),
    # another day: a word says so, or an evening then a morning, or far back on the clock
    ("fr", "Le feu a été maîtrisé vers 23 heures, puis les secours sont repartis le lendemain "
           "vers 5 heures.", False),
    ("fr", "Le feu a été maîtrisé vers 6 heures et les secours sont restés toute la nuit, puis "
           "sont repartis vers 5 heures.", False),
    ("en", "The fire was under control by 6 a.m. and crews stayed overnight, then left at 5 a.m.", False),
    ("en", "The fire was under control by 7 a.m., then crews left at 5 a.m. the next day.", False),
    ("en", "The shop closes at 7 p.m., then reopens at 8 a.m.", False),
    ("fr", "Les tirs ont commencé vers 21 h 40, puis l'assaut a été donné vers 0 h 20.", False),
    # not a sequence of events: ranges, a time changed, a time reported
    ("fr", "Le bureau ouvre de 9 h à 12 h, puis de 14 h à 17 h.", False),
    ("en", "The office is open from 9 a.m. to noon, then from 2 p.m. to 5 p.m.", False),
    ("fr", "La séance, prévue à 17 h, a ensuite été avancée à 15 h.", False),
    ("en", "The meeting, set for 5 p.m., was then moved to 3 p.m.", False),
    ("en", "Police arrived at 10 p.m., then told reporters the man fled at 9 p.m.", False),
    ("en", "He said the vote was at 5 p.m., then corrected himself: it was at 3 p.m.", False),
]


@pytest.mark.parametrize("lang,body,fires", CHAINS)
def test_times_chained_in_one_sentence_run_forwards(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,text,value", [
    ("fr", "Les trains roulent jusqu'à 1 h du matin.", "1 h du matin", "T01:00"),
    ("fr", "La séance a repris à 9 h du soir.", "9 h du soir", "T21:00"),
    ("fr", "La séance a repris à 9 h.", "9 h", "T09:00"),
])
def test_an_hour_mark_takes_its_part_of_day(lang, body, text, value):
    from test_times import times
    found, _, _ = times(body, lang)
    assert found[text].value.endswith(value)
    assert fired(story(lang, body), "timeline.order") == []


NAMED = [
    # lang, body, fires: "after the merger" with the merger dated in another sentence
    ("en", "The merger closed in 2004. Two years after the merger, in 2005, the group split.", True),
    ("en", "The merger closed in 2004. Two years after the merger, in 2006, the group split.", False),
    ("fr", "La fusion a été conclue en 2004. Deux ans après la fusion, en 2005, le groupe s'est scindé.", True),
    ("fr", "La fusion a été conclue en 2004. Deux ans après la fusion, en 2006, le groupe s'est scindé.", False),
    ("fr", "Deux ans après la fusion, en 2005, le groupe s'est scindé. La fusion avait eu lieu en 2004.", True),
    ("en", "The debate began at 17:00. The vote came after the debate, at 14:00.", True),
    ("en", "The debate began at 17:00. The vote came after the debate, at 18:00.", False),
    ("fr", "Le débat a commencé à 17 h. Le vote a eu lieu après le débat, à 14 h.", True),
    ("fr", "Le débat a commencé à 17 h. Le vote a eu lieu après le débat, à 18 h.", False),
    ("en", "The election was held in 2004. Before the election, in 2005, he left.", True),
    ("fr", "L'élection a eu lieu en 2004. Avant l'élection, en 2003, il est parti.", False),
    ("fr", "En 2003, après la fusion, le groupe s'est scindé. La fusion a été conclue en 2004.", True),
    # the story dates the noun twice; the date is not the phrase's; a period, not an event
    ("en", "The first election was held in 2004. Another election followed in 2008. After the "
           "election, in 2006, he left.", False),
    ("fr", "Une première élection a eu lieu en 2004. Une autre élection a suivi en 2008. Après "
           "l'élection, en 2006, il est parti.", False),
    ("en", "The group, founded in 1990, split after the merger. The merger closed in 2004.", False),
    ("fr", "Le groupe, fondé en 1990, s'est scindé après la fusion. La fusion a été conclue en 2004.", False),
    ("en", "The year began in 2004. After the year, in 2003, he left.", False),
    # the event told by its verb where it is dated ("merged", « a fusionné »)
    ("en", "The two banks merged in 2004. Two years after the merger, in 2005, the group split.", True),
    ("en", "The two banks merged in 2004. Two years after the merger, in 2006, the group split.", False),
    ("fr", "Les deux banques ont fusionné en 2004. Deux ans après la fusion, en 2005, le groupe s'est scindé.",
     True),
    ("fr", "Les deux banques ont fusionné en 2004. Deux ans après la fusion, en 2006, le groupe s'est scindé.",
     False),
    # a short noun is only itself: "voted" dates no "vote"
    ("en", "The board voted in 2004 to sell. Two years after the vote, in 2005, the group split.", False),
]


@pytest.mark.parametrize("lang,body,fires", NAMED)
def test_an_event_named_after_an_ordering_word_keeps_its_date(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


RELAYS = [
    # lang, body, fires: a step that takes over from the one before starts no earlier
    # (English "take over" is no such word: "took over the shop in 2008" tells a succession
    # at its own date; test_timeline_succession.py)
    ("fr", "La première étape court jusqu'au 15 octobre. La deuxième prendra le relais à compter "
           "du 1er octobre.", True),
    ("fr", "La première étape court jusqu'au 15 octobre. La deuxième prendra le relais à compter "
           "du 16 octobre.", False),
    ("en", "The first stage runs until October 15. The second stage will follow from October 1.", True),
    ("en", "The first stage runs until October 15. The second stage will follow from October 16.", False),
    ("en", "The first stage runs until October 15, and then the second runs from October 1.", True),
    ("fr", "La première étape court jusqu'au 15 octobre ; la deuxième prendra le relais à compter "
           "du 1er octobre.", True),
    ("en", "The offer runs until October 15. Sales start from October 1.", False),
    ("fr", "L'offre court jusqu'au 15 octobre. Les ventes débutent à compter du 1er octobre.", False),
    # the date is an older thing's, named after the step's verb
    ("en", "The plant opened in 2015. It took over a mill built in 1920.", False),
    ("fr", "L'usine a ouvert en 2015. Elle a pris le relais d'un moulin construit en 1920.", False),
    ("en", "The plant opened in 2015, then took over a mill built in 1920.", False),
    ("fr", "L'usine a ouvert en 2015, puis a pris le relais d'un moulin construit en 1920.", False),
    ("en", "Smoke was seen at about 15:30. The crews then arrived at 15:00.", True),
    ("fr", "La fumée a été vue vers 15 h 30. Les pompiers sont ensuite arrivés à 15 h.", True),
]


@pytest.mark.parametrize("lang,body,fires", RELAYS)
def test_a_step_that_takes_over_starts_no_earlier(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


FOLLOWING = [
    # lang, body, fires: "the following year" is a shift of one unit from the date before
    ("en", "The firm was founded in 2004. The following year, in 2003, it listed.", True),
    ("en", "The firm was founded in 2004. The following year, in 2005, it listed.", False),
    ("fr", "L'entreprise a été fondée en 2004. L'année suivante, en 2003, elle est entrée en Bourse.", True),
    ("fr", "L'entreprise a été fondée en 2004. L'année suivante, en 2005, elle est entrée en Bourse.", False),
    ("en", "The plant opened in April. The following month, in March, it closed.", True),
    ("en", "The plant opened in April. The following month, in May, it closed.", False),
    ("fr", "L'usine a ouvert en avril. Le mois suivant, en mars, elle a fermé.", True),
    ("fr", "L'usine a ouvert en avril. Le mois suivant, en mai, elle a fermé.", False),
    ("en", "The firm was founded in 2004. In the following years, in 2007, it listed.", False),
    ("en", "The firm was founded in 2004. The next year, in 2003, it listed.", True),
    ("en", "The firm was founded in 2004. The next year, in 2005, it listed.", False),
    ("fr", "L'entreprise a été fondée en 2004. L'année d'après, en 2003, elle est entrée en Bourse.", True),
    ("fr", "L'entreprise a été fondée en 2004. L'année d'après, en 2005, elle est entrée en Bourse.", False),
    # "peu après" tells the next step; "peu après le 3 mai" bounds a date instead
    ("fr", "Le vote a eu lieu à 17 h. Peu de temps après, à 14 h, le résultat est tombé.", True),
    ("fr", "Le vote a eu lieu à 17 h. Peu de temps après, à 18 h, le résultat est tombé.", False),
    ("fr", "Le vote a eu lieu le 5 mai. Peu après le 3 mai, les bulletins ont été imprimés.", False),
]


@pytest.mark.parametrize("lang,body,fires", FOLLOWING)
def test_the_following_unit_counts_from_the_date_before(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,text,needle,value", [
    ("en", "The following year was calm.", "The following year", "P1Y"),
    ("fr", "La semaine suivante a été calme.", "La semaine suivante", "P1W"),
])
def test_the_following_unit_is_read(lang, text, needle, value):
    from test_times import times
    found, _, _ = times(text, lang)
    assert found[needle].value == value and found[needle].direction == "later"


CHAINED_OTHERWISE = [
    # lang, body, fires: "avant de", "before", "finally", and an opening "after" clause
    ("fr", "Les pompiers ont maîtrisé le feu vers 7 heures, avant de quitter les lieux vers 5 heures.", True),
    ("fr", "Les pompiers ont maîtrisé le feu vers 7 heures, avant de quitter les lieux vers 9 heures.", False),
    ("en", "Firefighters put out the fire at 7 a.m. before leaving the scene at 5 a.m.", True),
    ("en", "Firefighters put out the fire at 7 a.m. before leaving the scene at 9 a.m.", False),
    ("fr", "Après avoir maîtrisé le feu vers 7 heures, les pompiers ont quitté les lieux vers 5 heures.", True),
    ("fr", "Après avoir maîtrisé le feu vers 7 heures, les pompiers ont quitté les lieux vers 9 heures.", False),
    ("en", "After putting out the fire at 7 a.m., crews left the scene at 5 a.m.", True),
    ("en", "After putting out the fire at 7 a.m., crews left the scene at 9 a.m.", False),
    ("fr", "Le feu a pris vers 3 heures et a finalement été maîtrisé vers 2 heures.", True),
    ("en", "The fire broke out at 3 a.m. and was finally brought under control at 2 a.m.", True),
    ("en", "The fire broke out at 3 a.m. and was finally brought under control at 6 a.m.", False),
    ("en", "Prices peaked in 2010, two years before the 2008 crash.", True),
    ("en", "Prices peaked in 2006, two years before the 2008 crash.", False),
    # a count before "before" is a shift backwards; a date set off after a noun is the noun's
    ("en", "The vote was on May 10, and a week before, on May 3, talks failed.", False),
    ("fr", "Le vote a eu lieu le 10 mai, et une semaine avant, le 3 mai, les discussions ont échoué.", False),
    ("en", "Following a 2015 ruling, the law, passed in 2010, was amended.", False),
    ("fr", "Après une décision de 2015, la loi, votée en 2010, a été modifiée.", False),
    ("en", "He joined Acme in 2012, then a start-up founded in 2009.", False),
    ("en", "Sales rose in 2010 before the crisis that began in 2008.", False),
    ("fr", "Les ventes ont grimpé en 2010 avant de chuter avec la crise qui avait commencé en 2008.", False),
    ("fr", "Les ventes ont grimpé en 2010, puis la crise qui a commencé en 2008 les a fait chuter.", False),
    ("fr", "Il a rejoint Acme en 2012, puis une start-up créée en 2009.", False),
]


@pytest.mark.parametrize("lang,body,fires", CHAINED_OTHERWISE)
def test_events_chained_otherwise_in_one_sentence_run_forwards(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    # the step told in the paragraph after the one that dated the step before it
    ("en", "Dana Holt filed a second suit in 2001. The judge dismissed it within weeks.\n\n"
           "Holt returned to court again in 1997.", True),
    ("en", "Dana Holt filed a second suit in 2001. The judge dismissed it within weeks.\n\n"
           "Holt returned to court again in 2004.", False),
    ("fr", "Dana Holt a déposé une deuxième plainte en 2001. Le juge l'a rejetée en quelques "
           "semaines.\n\nHolt est retournée devant la justice à nouveau en 1997.", True),
    ("fr", "Dana Holt a déposé une deuxième plainte en 2001. Le juge l'a rejetée en quelques "
           "semaines.\n\nHolt était déjà allée devant la justice en 1997.", False),
    ("en", "Dana Holt filed a second suit in 2001. The judge dismissed it.\n\nMany shops closed.\n\n"
           "Holt returned to court again in 1997.", False),
])
def test_a_next_step_in_the_next_paragraph(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    # "preceded", "a précédé" order two times; "the hearing on May 3" names the hearing's date
    ("en", "The debate at 17:00 preceded the vote at 14:00.", True),
    ("en", "The debate at 17:00 preceded the vote at 18:00.", False),
    ("fr", "Le débat de 17 h a précédé le vote de 14 h.", True),
    ("fr", "Le débat de 17 h a précédé le vote de 18 h.", False),
    ("en", "The vote, at 14:00, came after the debate at 17:00.", True),
    ("en", "The vote, at 18:00, came after the debate at 17:00.", False),
    ("en", "The bill passed on May 9, before the hearing on May 3.", True),
    ("en", "The bill passed on May 9, before the hearing on May 12.", False),
    # the verb "a" is not the range's "à": "de 14 h a eu lieu" is not a range
    ("fr", "Le vote de 14 h a eu lieu après le débat de 17 h.", True),
    ("fr", "Le vote de 18 h a eu lieu après le débat de 17 h.", False),
    ("fr", "La foire, ouverte de 9 h à 17 h, a fermé après le concert de 18 h.", False),
])
def test_ordering_verbs_and_linked_event_dates(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    # "later that day", "plus tard ce jour-là": the same day, so an earlier clock is wrong
    ("en", "The dam failed at 3 p.m. Later that day, at 10 a.m., an inquiry opened.", True),
    ("en", "The dam failed at 3 p.m. Later in the day, at 6 p.m., an inquiry opened.", False),
    ("en", "The dam failed at 3 p.m. Later in the day, at 10 a.m., an inquiry opened.", True),
    ("fr", "Le barrage a cédé à 15 h. Plus tard ce jour-là, vers 10 h, une enquête a été ouverte.", True),
    ("fr", "Le barrage a cédé à 15 h. Plus tard dans la journée, vers 18 h, une enquête a été ouverte.", False),
    ("fr", "Le barrage a cédé à 15 h. Plus tard dans la journée, vers 10 h, une enquête a été ouverte.", True),
    # across a night: the small hours after an evening are the next day's
    ("en", "The fire started at 11 p.m. Later that night, at 2 a.m., crews put it out.", False),
    ("fr", "L'incendie a pris vers 23 h. Plus tard dans la nuit, vers 2 h, les pompiers l'ont maîtrisé.", False),
    ("fr", "Le barrage a cédé en 2019. Une enquête sera ouverte plus tard cette année, en février.", False),
])
def test_later_the_same_day(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-12-01"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    # a year-less month told "that year" is in the year told before
    ("en", "The dam failed in March 2019. Later that year, in February, an inquiry opened.", True),
    ("en", "The dam failed in March 2019. Later that year, in June, an inquiry opened.", False),
    ("fr", "Le barrage a cédé en mars 2019. Plus tard cette année-là, en février, une enquête a été ouverte.", True),
    ("fr", "Le barrage a cédé en mars 2019. Plus tard cette année-là, en juin, une enquête a été ouverte.", False),
    ("en", "The dam failed in March 2019. That year, in February, rains had been heavy.", False),
    ("fr", "Le barrage a cédé en mars 2019. Cette année-là, en février, les pluies avaient été fortes.", False),
])
def test_a_month_told_that_year_is_in_the_year_before(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-03-10"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,text,value", [
    ("en", "The dam failed in March 2009. The same year, in January, it rained.", "January", "2009-01"),
    ("fr", "Le barrage a cédé en mars 2009. La même année, en janvier, il a plu.", "janvier", "2009-01"),
    ("fr", "Le barrage a cédé en mars 2009. Cette année-là, il a plu.", "Cette année", "2009"),
    ("fr", "Le barrage a cédé en mars 2009. Cette année, il a plu.", "Cette année", "2024"),
    ("en", "The dam failed in March 2009. In January, it rained.", "January", "2024-01"),
])
def test_the_year_told_before(lang, body, text, value):
    from test_times import times
    found, _, _ = times(body, lang)
    assert found[text].value == value
