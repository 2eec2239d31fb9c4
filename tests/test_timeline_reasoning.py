"""The timeline reasoned over the story's own dates (issue 15): relative expressions
against the date written beside them, past events after publication, year-less dates in
ranges, ages against birth years and anniversaries. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_timeline import fired, story


RELATIVE = [
    # lang, body, date, fires
    ("en", "Yesterday, May 9, the harbour board met to set the fees.", "2023-05-12", True),
    ("en", "Yesterday, May 11, the harbour board met to set the fees.", "2023-05-12", False),
    ("en", "The ferry sails tomorrow (May 20) from the north quay.", "2023-05-12", True),
    ("en", "The ferry sails tomorrow (May 13) from the north quay.", "2023-05-12", False),
    ("en", "Thirty years ago, in 1975, the mill closed its doors.", "2012-06-01", True),
    ("en", "Thirty years ago, in 1982, the mill closed its doors.", "2012-06-01", False),
    ("fr", "Le marché a rouvert hier, le 3 mars, après les travaux.", "2024-03-06", True),
    ("fr", "Le marché a rouvert hier, le 5 mars, après les travaux.", "2024-03-06", False),
    ("fr", "La course partira demain (22 août) du vieux port.", "2024-08-20", True),
    ("fr", "La course partira demain (21 août) du vieux port.", "2024-08-20", False),
    ("fr", "Il y a trente ans, en 1975, la filature fermait.", "2012-06-01", True),
    ("fr", "Il y a trente ans, en 1982, la filature fermait.", "2012-06-01", False),
    # the year first, then the count that restates it
    ("en", "The mill closed in 1975, thirty years ago, after a long strike.", "2012-06-01", True),
    ("en", "The mill closed in 1982, thirty years ago, after a long strike.", "2012-06-01", False),
    ("fr", "La filature a fermé en 1975, il y a trente ans, après une longue grève.", "2012-06-01", True),
    ("fr", "La filature a fermé en 1982, il y a trente ans, après une longue grève.", "2012-06-01", False),
    # a year and a count that do not restate each other: no comma between them
    ("en", "The mill closed in 1975 and reopened thirty years ago.", "2012-06-01", False),
]


@pytest.mark.parametrize("lang,body,date,fires", RELATIVE)
def test_relative_against_the_date_beside_it(lang, body, date, fires):
    assert bool(fired(story(lang, body, date), "timeline.after-publication")) == fires


PAST_AFTER = [
    ("en", "The suspect was arrested on April 14, 2024, near the port.", "2024-04-11", True),
    ("en", "The suspect was arrested on April 14 near the port.", "2024-04-11", True),
    ("en", "The suspect was arrested on April 9 near the port.", "2024-04-11", False),
    ("en", "The suspect will appear in court on April 14.", "2024-04-11", False),
    ("en", "Lawyers said the deal could be signed on April 14.", "2024-04-11", False),
    ("en", "The deadline was extended until April 14.", "2024-04-11", False),
    ("en", "The hearing has been scheduled for April 14.", "2024-04-11", False),
    ("fr", "Le suspect a été arrêté le 14 avril près du port.", "2024-04-11", True),
    ("fr", "L'accord avait été signé le 14 avril 2024 à Lyon.", "2024-04-11", True),
    ("fr", "L'accord avait été signé le 9 avril à Lyon.", "2024-04-11", False),
    ("fr", "Le ministre est attendu à Lyon le 14 avril prochain.", "2024-04-11", False),
    ("fr", "L'accord pourrait être signé le 14 avril.", "2024-04-11", False),
    ("fr", "La réunion a lieu le 14 avril à Lyon.", "2024-04-11", False),
]


@pytest.mark.parametrize("lang,body,date,fires", PAST_AFTER)
def test_past_event_after_publication(lang, body, date, fires):
    assert bool(fired(story(lang, body, date), "timeline.after-publication")) == fires


def time_facts(lang: str, body: str, date: str | None) -> list:
    from checker.facts import Facts
    from checker.locales import load_locale
    from checker.readers import read_text
    document = read_text(story(lang, body, date), path="story.md")
    return list(Facts(document, load_locale(lang)).get("times"))


YEARS = [
    # lang, body, date, text, expected value, basis
    ("en", "Figures cover the period between February 1 and November 20.", "2016-11-25",
     "February 1", "2016-02-01", "range"),
    ("en", "The exhibition runs from December 12, 2016 to January 6.", "2016-06-01",
     "January 6", "2017-01-06", "range"),
    ("en", "The trial opens on Tuesday, and the verdict is due on April 2.", "2024-03-20",
     "April 2", "2024-04-02", "publication date"),
    ("en", "The plant was closed on December 28.", "2024-12-20",
     "December 28", "2023-12-28", "past tense"),
    ("fr", "Les chiffres couvrent la période du 1er février au 20 novembre.", "2016-11-25",
     "1er février", "2016-02-01", "range"),
    ("fr", "L'usine avait fermé le 28 décembre.", "2024-12-20",
     "le 28 décembre", "2023-12-28", "past tense"),
    ("fr", "Il a donné jusqu'au 30 décembre aux syndicats pour répondre.", "2024-12-20",
     "30 décembre", "2024-12-30", "publication date"),
    ("fr", "La séance a été fixée au jeudi 26 décembre.", "2024-12-20",
     "jeudi 26 décembre", "2024-12-26", "publication date"),
]


@pytest.mark.parametrize("lang,body,date,text,value,basis", YEARS)
def test_year_less_dates_take_a_coherent_year(lang, body, date, text, value, basis):
    (fact,) = [f for f in time_facts(lang, body, date) if text in story(lang, body, date)[
        f.span.start:f.span.end]]
    assert (fact.value, fact.year_basis) == (value, basis)


@pytest.mark.parametrize("lang,body", [
    ("en", "Figures cover the period between February 1 and November 20."),
    ("fr", "Les chiffres couvrent la période du 1er février au 20 novembre."),
])
def test_a_range_across_publication_is_not_out_of_order(lang, body):
    assert fired(story(lang, body, "2016-11-25"), "timeline.order") == []


@pytest.mark.parametrize("lang,body", [
    ("en", "The show runs from March 9 to March 4."),
    ("fr", "Le salon se tient du 9 mars au 4 mars."),
])
def test_a_backwards_range_stays_backwards(lang, body):
    assert fired(story(lang, body, "2024-02-01"), "timeline.order")


@pytest.mark.parametrize("lang,body,fires", [
    ("fr", "Le conseil a voté en avril dernier la fermeture du pont.", True),
    ("fr", "En avril, le conseil vote le budget.", False),
    ("en", "The council voted last April to close the bridge.", True),
    ("en", "In April, the council votes on the budget.", False),
])
def test_last_month_without_publication_date(lang, body, fires):
    assert bool(fired(story(lang, body, None), "timeline.relative-unanchored")) == fires


AGES = [
    # lang, body, date, fires
    ("en", "Maria Lopez, born in 1948, ran the bakery for decades. Lopez died on Monday at "
           "the age of 64.", "2024-03-10", True),
    ("en", "Maria Lopez, born in 1948, ran the bakery for decades. Lopez died on Monday at "
           "the age of 75.", "2024-03-10", False),
    ("en", "Tom Reed, born in 1950, studied law. At the age of 30 he was hired by a bank.",
     "2024-03-10", False),
    ("en", "Tom Reed, born in 1950, chairs the board.\n\nHis deputy, Ann Ray, 40, spoke.",
     "2024-03-10", False),
    ("en", "Tom Reed, born on May 2, 1950, chairs the board. At 71, he still rides to work.",
     "2024-03-10", False),
    ("en", "Tom Reed chairs the board. At age 71 he still rides to work. Reed was born on "
           "May 2, 1950.", "2024-03-10", True),
    ("fr", "Paul Girard, né en 1939, dirige la chorale. Il est âgé de 71 ans.", "2024-03-10", True),
    ("fr", "Paul Girard, né en 1939, dirige la chorale. Il est âgé de 84 ans.", "2024-03-10", False),
    ("fr", "Née en 1901, elle chante à Paris et meurt en 1950 à l'âge de 60 ans.", "2024-03-10", True),
    ("fr", "Née en 1901, elle chante à Paris et meurt en 1950 à l'âge de 49 ans.", "2024-03-10", False),
    ("fr", "Ana Costa est morte hier à Lyon. Née en 1950, elle avait fondé un théâtre. "
           "Elle avait 47 ans.", "2024-03-10", True),
    ("fr", "Ana Costa est morte hier à Lyon. Née en 1950, elle avait fondé un théâtre. "
           "Elle avait 73 ans.", "2024-03-10", False),
    ("fr", "Ana Costa, née en 1950, a fondé un théâtre. Il y avait 47 ans qu'il existait.",
     "2024-03-10", False),
    # an age told by a noun phrase in apposition to the name ("Name, a 16-year-old pupil,")
    ("en", "Ravi Lund, a 16-year-old pupil from Hull, won the title on Sunday. Lund, who was born in 2006, "
           "learned the game at school.", "2024-08-26", True),
    ("en", "Ravi Lund, a 17-year-old pupil from Hull, won the title on Sunday. Lund, who was born in 2006, "
           "learned the game at school.", "2024-08-26", False),
    ("en", "Ravi Lund, a 16-year-old pupil from Hull, won the title on Sunday. His coach, Paul Roux, "
           "who was born in 1970, praised him.", "2024-08-26", False),
    # « un lycéen de 16 ans », « un homme de 34 ans »: a noun for a person, then the age
    ("fr", "Ravi Lund, un lycéen de 16 ans, a gagné dimanche. Lund, né en 2006, a appris le jeu à l'école.",
     "2024-08-26", True),
    ("fr", "Ravi Lund, un lycéen de 17 ans, a gagné dimanche. Lund, né en 2006, a appris le jeu à l'école.",
     "2024-08-26", False),
    ("fr", "Un homme de 34 ans a été interpellé mardi. L'homme, né en 1984, était recherché.",
     "2024-08-26", True),
    ("fr", "Un homme de 40 ans a été interpellé mardi. L'homme, né en 1984, était recherché.",
     "2024-08-26", False),
    # a subject's age now and the age it had at a date the sentence writes: one person's
    ("en", "Ana Ruiz, 34, took over the farm in 2001, at the age of 15.", "2025-06-12", True),
    ("en", "Ana Ruiz, 39, took over the farm in 2001, at the age of 15.", "2025-06-12", False),
    ("fr", "Ana Ruiz, 34 ans, a repris la ferme en 2001, à l'âge de 15 ans.", "2025-06-12", True),
    ("fr", "Ana Ruiz, 39 ans, a repris la ferme en 2001, à l'âge de 15 ans.", "2025-06-12", False),
    # an age in words, set off after the name
    ("en", "Bernard Cole, thirty-four, has tended his plot since 2015. Born in 1956, he is its oldest member.",
     "2025-05-20", True),
    ("en", "Bernard Cole, sixty-eight, has tended his plot since 2015. Born in 1956, he is its oldest member.",
     "2025-05-20", False),
    ("fr", "Bernard Cole, trente-quatre ans, cultive sa parcelle depuis 2015. Né en 1956, il en est le doyen.",
     "2025-05-20", True),
    ("fr", "Bernard Cole, soixante-huit ans, cultive sa parcelle depuis 2015. Né en 1956, il en est le doyen.",
     "2025-05-20", False),
    # a birth told in the first person in a quote is the speaker's
    ("en", "Margaret Ives, 78, was the oldest skipper.\n\n\"I was born in 1951 and I have sailed this race every "
           "year,\" Ms Ives said.", "2025-08-04", True),
    ("en", "Margaret Ives, 74, was the oldest skipper.\n\n\"I was born in 1951 and I have sailed this race every "
           "year,\" Ms Ives said.", "2025-08-04", False),
    ("fr", "Margaret Ives, 78 ans, était la doyenne de la flotte.\n\n« Je suis née en 1951 et j'ai couru cette "
           "course chaque année », a raconté Mme Ives.", "2025-08-04", True),
    ("en", "Margaret Ives, 78, was the oldest skipper.\n\n\"My father was born in 1951 and he sailed this race,\" "
           "Ms Ives said.", "2025-08-04", False),
    # a term or a duration is no age
    ("fr", "Lund, né en 1984, a signé un contrat de 10 ans et purge une peine de 12 ans.", "2024-08-26", False),
]


@pytest.mark.parametrize("lang,body,date,fires", AGES)
def test_age_against_birth_year_anywhere(lang, body, date, fires):
    assert bool(fired(story(lang, body, date), "timeline.age-mismatch")) == fires


ANNIVERSARIES = [
    ("en", "In 2010 the town marked the 25th anniversary of the flood of 1990.", "2012-01-05", True),
    ("en", "In 2015 the town marked the 25th anniversary of the flood of 1990.", "2016-01-05", False),
    ("en", "The club celebrates its centenary this week; it was founded in 1922.", "2012-01-05", True),
    ("en", "The club will celebrate its centenary in 2014 with a parade.", "2012-01-05", False),
    ("fr", "La ville fête aujourd'hui le centenaire de Jean Roux, né en 1914.", "2012-06-01", True),
    ("fr", "La ville fête aujourd'hui le centenaire de Jean Roux, né en 1912.", "2012-06-01", False),
    ("fr", "Le club prépare son 40e anniversaire, fondé en 1962, pour la rentrée.", "2012-06-01", True),
    ("fr", "Le musée prépare le centenaire du naufrage en 2014.", "2012-06-01", False),
    # an ordinal written as a word
    ("en", "Founded in 2014, the festival celebrates its tenth anniversary this year.", "2026-07-27", True),
    ("en", "Founded in 2016, the festival celebrates its tenth anniversary this year.", "2026-07-27", False),
    ("fr", "Créé en 2014, le festival fête cette année son dixième anniversaire.", "2026-07-27", True),
    ("fr", "Créé en 2016, le festival fête cette année son dixième anniversaire.", "2026-07-27", False),
    # the founding year before, the celebration's year after: the earlier one is the event
    # a celebration dated from the publication date: "last year", "l'an dernier"
    ("en", "The choir, founded in 1985, celebrated its 40th anniversary last year.", "2019-03-13", True),
    ("en", "The choir, founded in 1985, celebrated its 33rd anniversary last year.", "2019-03-13", False),
    ("fr", "La chorale, fondée en 1985, a fêté son 40e anniversaire l'an dernier.", "2019-03-13", True),
    ("fr", "La chorale, fondée en 1985, a fêté son 33e anniversaire l'an dernier.", "2019-03-13", False),
    # an anniversary counts whole years: one year off is off ("opened in 1925", a centenary
    # next year is its 101st)
    ("en", "The hotel, which opened in 1925, will mark its centenary next year, its owner said.", "2025-06-12", True),
    ("en", "The hotel, which opened in 1926, will mark its centenary next year, its owner said.", "2025-06-12", False),
    ("fr", "L'hôtel, ouvert en 1925, fêtera l'an prochain son centenaire, a indiqué sa propriétaire.",
     "2025-06-12", True),
    ("fr", "L'hôtel, ouvert en 1926, fêtera l'an prochain son centenaire, a indiqué sa propriétaire.",
     "2025-06-12", False),
    # years celebrated, in figures or words, count from the founding the story gives,
    # in the sentence or, when it gives only one, anywhere
    ("fr", "Le festival, créé en 1992, célébrait cette année ses 30 ans.", "2025-07-21", True),
    ("fr", "Le festival, créé en 1995, célébrait cette année ses 30 ans.", "2025-07-21", False),
    ("fr", "« Fêter nos cinquante ans avec une saison pareille, c'est un rêve », dit le directeur. "
           "Créée en 1965, la station compte 34 remontées.", "2025-04-22", True),
    ("fr", "« Fêter nos soixante ans avec une saison pareille, c'est un rêve », dit le directeur. "
           "Créée en 1965, la station compte 34 remontées.", "2025-04-22", False),
    ("en", "\"Celebrating our 50 years with a season like this is a dream,\" the director said. "
           "Founded in 1965, the resort has 34 lifts.", "2025-04-22", True),
    ("en", "\"Celebrating our 60 years with a season like this is a dream,\" the director said. "
           "Founded in 1965, the resort has 34 lifts.", "2025-04-22", False),
    # a preposition and a possessive say the years celebrated too; in a quote, as the speaker speaks
    ("fr", "Fondé en 1977, l'orchestre part en tournée. « Pour nos cinquante ans, nous voulions offrir aux "
           "musiciens quelque chose d'exceptionnel », a expliqué son directeur.", "2025-05-22", True),
    ("fr", "Fondé en 1975, l'orchestre part en tournée. « Pour nos cinquante ans, nous voulions offrir aux "
           "musiciens quelque chose d'exceptionnel », a expliqué son directeur.", "2025-05-22", False),
    ("en", "Founded in 1977, the orchestra is going on tour. \"For our 50 years, we wanted to give the players "
           "something special,\" its director said.", "2025-05-22", True),
    ("en", "Founded in 1975, the orchestra is going on tour. \"For our 50 years, we wanted to give the players "
           "something special,\" its director said.", "2025-05-22", False),
    # the reporting verb tells when it was said, not the tense of the celebration
    ("en", "The resort, founded in 1975, is celebrating its 40th anniversary this season, its director said.",
     "2025-04-22", True),
    ("en", "The resort, founded in 1985, is celebrating its 40th anniversary this season, its director said.",
     "2025-04-22", False),
    ("fr", "La station, fondée en 1975, célèbre son 40e anniversaire cette saison, a indiqué son directeur.",
     "2025-04-22", True),
    ("fr", "La station, fondée en 1985, célèbre son 40e anniversaire cette saison, a indiqué son directeur.",
     "2025-04-22", False),
    ("en", "Founded in 2010, the club celebrated its 20th anniversary in 2020.", "2026-07-27", True),
    ("en", "Founded in 2000, the club celebrated its 20th anniversary in 2020.", "2026-07-27", False),
]


@pytest.mark.parametrize("lang,body,date,fires", ANNIVERSARIES)
def test_anniversary_against_its_years(lang, body, date, fires):
    assert bool(fired(story(lang, body, date), "timeline.age-mismatch")) == fires


@pytest.mark.parametrize("lang,dateline,fires", [
    ("en", "March 10, 2024. - The council met yesterday.", True),
    ("en", "March 12, 2024. - The council met yesterday.", False),
    ("fr", "10 mars 2024. - Le conseil s'est réuni hier.", True),
    ("fr", "12 mars 2024. - Le conseil s'est réuni hier.", False),
])
def test_dateline_against_front_matter(lang, dateline, fires):
    findings = fired(story(lang, dateline, "2024-03-12"), "timeline.dateline-mismatch")
    assert len(findings) == (1 if fires else 0)
    if fires:
        assert "2024" in findings[0].message and findings[0].severity == "warning"


@pytest.mark.parametrize("lang,body,fires", [
    ("en", "A storm on Sunday night (March 4) flooded the station.", True),
    ("en", "A storm on Sunday night (March 10) flooded the station.", False),
    ("en", "The market reopens on Tuesday, on March 12.", False),
    ("fr", "Un orage a éclaté dimanche soir (4 mars) sur la gare.", True),
    ("fr", "Un orage a éclaté dimanche soir (10 mars) sur la gare.", False),
])
def test_weekday_beside_the_date_it_names(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-03-14"), "timeline.weekday-mismatch")) == fires


ORDER = [
    # lang, body, date, fires
    ("en", "The plant opened on March 12, 2024. Three weeks later, in January, it closed.",
     "2024-05-01", True),
    ("en", "The plant opened on March 12, 2024. Three weeks later, in April, it closed.",
     "2024-05-01", False),
    ("en", "The plant opened in 2004. Two years later, in 2001, it closed.", "2024-05-01", True),
    ("en", "The plant opened in 2004. Two years later, in 2006, it closed.", "2024-05-01", False),
    ("en", "The vote at 14:00 came after the 17:00 debate.", "2024-05-01", True),
    ("en", "The vote at 18:00 came after the 17:00 debate.", "2024-05-01", False),
    ("en", "This morning, at 15:30, the ferry left.", "2024-05-01", True),
    ("en", "This morning, at 9:30, the ferry left.", "2024-05-01", False),
    ("fr", "Le chantier a commencé le 12 mars 2024. Trois semaines plus tard, en janvier, il a "
           "été suspendu.", "2024-05-01", True),
    ("fr", "Le chantier a commencé le 12 mars 2024. Trois semaines plus tard, en avril, il a "
           "été suspendu.", "2024-05-01", False),
    ("fr", "Le club est né en 2004. Deux ans plus tard, en 2001, il a fermé.", "2024-05-01", True),
    ("fr", "Le vote, à 14 h, a eu lieu après le débat de 17 h.", "2024-05-01", True),
    ("fr", "Le vote, à 18 h, a eu lieu après le débat de 17 h.", "2024-05-01", False),
    ("fr", "Ce matin, vers 15 h 30, le bac est parti.", "2024-05-01", True),
    ("fr", "Ce matin, vers 9 h 30, le bac est parti.", "2024-05-01", False),
    ("fr", "Ce matin, vers 5 h 30 UTC, le bac est parti.", "2024-05-01", False),
    # a count of days is that many days, one either way: "two days after 8 June" is not the 12th
    ("en", "Two days after the storm of 8 June, on 12 June, insurers opened a helpline.", "2024-06-20", True),
    ("en", "Two days after the storm of 8 June, on 11 June, insurers opened a helpline.", "2024-06-20", False),
    ("fr", "Deux jours après l'orage du 8 juin, le 12 juin, les assureurs ont ouvert une ligne.", "2024-06-20", True),
    ("fr", "Deux jours après l'orage du 8 juin, le 10 juin, les assureurs ont ouvert une ligne.", "2024-06-20", False),
    ("en", "The storm struck on 8 June. Two days later, on 12 June, insurers opened a helpline.", "2024-06-20", True),
    ("fr", "L'orage a frappé le 8 juin. Deux jours plus tard, le 10 juin, les assureurs ont ouvert une ligne.",
     "2024-06-20", False),
    # a count before or after a demonstrative counts from the event just told
    ("fr", "Le comptage a eu lieu les 25 et 26 janvier. Deux semaines avant ce week-end de comptage, le 8 février, "
           "l'association avait organisé des ateliers.", "2025-02-20", True),
    ("fr", "Le comptage a eu lieu les 25 et 26 janvier. Deux semaines avant ce week-end de comptage, le 11 janvier, "
           "l'association avait organisé des ateliers.", "2025-02-20", False),
    ("en", "The count took place on 25 January. Two weeks before this count, on 8 February, the society ran "
           "workshops.", "2025-02-20", True),
    ("en", "The count took place on 25 January. Two weeks before this count, on 11 January, the society ran "
           "workshops.", "2025-02-20", False),
]


@pytest.mark.parametrize("lang,body,date,fires", ORDER)
def test_order_words_against_dates_of_any_precision(lang, body, date, fires):
    assert bool(fired(story(lang, body, date), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    ("en", "In the late 1990s the firm cut prices, prompting a rival to sue in 1988.", True),
    ("en", "In the late 1990s the firm cut prices, prompting a rival to sue in 2001.", False),
    ("en", "He won in 2010, as he had in 2005.", False),
    ("fr", "En 2008, la crise a frappé, provoquant en 2003 la fermeture de l'usine.", True),
    ("fr", "En 2008, la crise a frappé, provoquant en 2009 la fermeture de l'usine.", False),
])
def test_a_consequence_does_not_come_before_its_cause(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-05-01"), "timeline.order")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    ("en", "The ban, approved last week, takes effect on April 20.", False),
    ("en", "On April 20, 2024, the police arrested the suspect.", True),
    ("fr", "L'interdiction, votée la semaine dernière, entre en vigueur le 20 avril.", False),
    ("fr", "Le 20 avril 2024, la police a arrêté le suspect.", True),
])
def test_a_participle_set_off_by_commas_is_not_the_tense(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-04-11"), "timeline.after-publication")) == fires


@pytest.mark.parametrize("lang,body", [
    ("en", "John Smith, born in 1950, founded the firm. His son, Tom Smith, 40, runs it."),
    ("fr", "Jean Martin, né en 1950, a fondé l'entreprise. Son fils, Paul Martin, 40 ans, la dirige."),
])
def test_two_people_who_share_a_surname(lang, body):
    assert fired(story(lang, body, "2024-03-10"), "timeline.age-mismatch") == []


@pytest.mark.parametrize("lang,body,fires", [
    ("en", "Ann Lee was born on May 2, 1920. In 2012 the village held a party for the 90th "
           "birthday of Ann Lee.", True),
    ("en", "Ann Lee was born on May 2, 1922. In 2012 the village held a party for the 90th "
           "birthday of Ann Lee.", False),
    ("fr", "Marie Roux est née le 2 mai 1920. En 2012, le village a fêté le 90e anniversaire "
           "de Marie Roux.", True),
    ("fr", "Marie Roux est née le 2 mai 1922. En 2012, le village a fêté le 90e anniversaire "
           "de Marie Roux.", False),
])
def test_a_birthday_against_the_birth_year_told_elsewhere(lang, body, fires):
    assert bool(fired(story(lang, body, "2012-06-01"), "timeline.age-mismatch")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    ("en", "The company said on Monday that the store opens on April 20.", False),
    ("en", "The company said that the store closed on April 20.", True),
    ("fr", "L'entreprise a annoncé lundi que le magasin ouvre le 20 avril.", False),
    ("fr", "L'entreprise a annoncé que le magasin a fermé le 20 avril.", True),
])
def test_the_tense_of_the_dates_own_clause(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-04-11"), "timeline.after-publication")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    ("en", "Tom Reed, 45, who joined the firm in 2001, was born in 1979.", False),
    ("en", "In 1990 the then 45-year-old Tom Reed, born in 1945, was elected.", False),
    ("en", "In 1990 the then 45-year-old Tom Reed, born in 1935, was elected.", True),
    ("fr", "Paul Roux, âgé de 45 ans, entré dans l'entreprise en 2001, est né en 1979.", False),
    ("fr", "En 1990, Paul Roux, alors âgé de 45 ans, né en 1945, a été élu.", False),
    ("fr", "En 1990, Paul Roux, alors âgé de 45 ans, né en 1935, a été élu.", True),
])
def test_an_apposed_age_is_as_of_publication_unless_then(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-03-10"), "timeline.age-mismatch")) == fires


@pytest.mark.parametrize("lang,body,fires", [
    ("en", "The parade is this coming Sunday, March first.", True),
    ("en", "The parade is this coming Friday, March first.", False),
    ("en", "The parade is this coming Sunday, March 1.", True),
    ("fr", "Le défilé aura lieu dimanche prochain, le premier mars.", True),
    ("fr", "Le défilé aura lieu vendredi prochain, le premier mars.", False),
])
def test_a_day_in_words_after_a_weekday(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-02-20"), "timeline.weekday-mismatch")) == fires


def test_day_ordinal_words_are_dates():
    (fact,) = time_facts("en", "The vote is on March ninth.", "2024-02-20")
    assert (fact.value, fact.form) == ("2024-03-09", "date")
    (fact,) = time_facts("fr", "Le vote a lieu le premier mars.", "2024-02-20")
    assert (fact.value, fact.form) == ("2024-03-01", "date")


@pytest.mark.parametrize("lang, body, fires", [
    # a wire dateline without its year, under a front matter of another day
    ("en", "DOVER, March 5 — The port closed after a storm.", True),
    ("en", "DOVER (Reuters), March 5 — The port closed after a storm.", True),
    ("fr", "CALAIS, 3 mars (AFP) - Le port a fermé après une tempête.", True),
    # a place whose name holds hyphens, and its region in brackets
    ("fr", "SAINT-AUBIN-LES-FORGES (Drôme), 3 mars — Le port a fermé après une tempête.", True),
    ("en", "STRATFORD-UPON-AVON, March 5 — The port closed after a storm.", True),
    ("fr", "SAINT-AUBIN-LES-FORGES (Drôme), 6 mars — Le port a fermé après une tempête.", False),
    # the same day, no dash (a date the story opens on), or no place
    ("en", "DOVER, March 6 — The port closed after a storm.", False),
    ("en", "DOVER — On March 5, the port closed after a storm.", False),
    ("en", "March 5 was the day the port closed.", False),
    ("fr", "CALAIS, 6 mars (AFP) - Le port a fermé après une tempête.", False),
    ("fr", "CALAIS - Le 3 mars, le port a fermé après une tempête.", False),
])
def test_a_yearless_dateline_against_the_front_matter(lang, body, fires):
    assert bool(fired(story(lang, body, "2024-03-06"), "timeline.dateline-mismatch")) is fires


@pytest.mark.parametrize("lang, body, fires", [
    # a plan reported in the past tense is still a plan: its date may follow publication
    ("en", "She said work was due to begin on Monday 4 May.", False),
    ("en", "The mayor said the works were due to start on 4 May.", False),
    ("fr", "Elle a indiqué que les travaux devaient commencer le lundi 4 mai.", False),
    ("fr", "Le maire a affirmé que le chantier allait débuter le 4 mai.", False),
    # an event told as done, dated after publication
    ("en", "Work began on Monday 4 May, she said.", True),
    ("fr", "Les travaux ont commencé le lundi 4 mai, a-t-elle indiqué.", True),
])
def test_a_plan_reported_in_the_past_is_not_a_past_event(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-03-12"), "timeline.after-publication")) is fires


@pytest.mark.parametrize("lang, body, fires", [
    # a round count of weeks is not off by more than a week
    ("en", "The first case was confirmed on 6 August. Three weeks later, on 17 August, the ward closed.", True),
    ("en", "The first case was confirmed on 6 August. Three weeks later, on 29 August, the ward closed.", False),
    ("en", "The first case was confirmed on 6 August. Ten days later, on 17 August, the ward closed.", False),
    ("fr", "Le premier cas a été confirmé le 6 août. Trois semaines plus tard, le 17 août, le service a fermé.", True),
    ("fr", "Le premier cas a été confirmé le 6 août. Trois semaines plus tard, le 29 août, le service a fermé.", False),
    ("fr", "Le premier cas a été confirmé le 6 août. Dix jours plus tard, le 17 août, le service a fermé.", False),
    # a count of several units is within half a unit: fourteen days are two weeks, not three
    ("en", "The first case was confirmed on 4 August. Three weeks later, on 18 August, the ward closed.", True),
    ("fr", "Le premier cas a été confirmé le 4 août. Trois semaines plus tard, le 18 août, le service a fermé.", True),
    ("en", "The first case was confirmed on 4 August. Three weeks later, on 23 August, the ward closed.", False),
    ("en", "The first case was confirmed on 4 August. Two weeks later, on 18 August, the ward closed.", False),
    ("fr", "Le premier cas a été confirmé le 4 août. Deux semaines plus tard, le 20 août, le service a fermé.", False),
])
def test_a_count_of_units_later_is_held_to_its_unit(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-09-01"), "timeline.order")) is fires


@pytest.mark.parametrize("lang, body, fires", [
    # an obituary's age ("She was 91.", "est morte à 91 ans") against a birth told in a
    # clause that opens its sentence ("Born in Leeds on 4 March 1937, Mrs Hale ...")
    ("en", "Rosa Hale, the potter, has died. She was 91.\n\nBorn in Leeds on 4 March 1937, Mrs Hale "
           "trained at an art college.", True),
    ("en", "Rosa Hale, the potter, has died. She was 88.\n\nBorn in Leeds on 4 March 1937, Mrs Hale "
           "trained at an art college.", False),
    ("fr", "Rosa Hale, potière, est morte à 91 ans.\n\nNée à Lille le 4 mars 1937, Mme Hale a étudié "
           "les arts.", True),
    ("fr", "Rosa Hale, potière, est morte à 88 ans.\n\nNée à Lille le 4 mars 1937, Mme Hale a étudié "
           "les arts.", False),
    # someone else's birth, opening the sentence
    ("en", "Rosa Hale, the potter, has died. She was 91.\n\nBorn in Leeds on 4 March 1937, her brother "
           "Tom Wade trained as a baker.", False),
])
def test_an_obituary_age_against_a_birth_told_first(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-01-20"), "timeline.age-mismatch")) is fires


@pytest.mark.parametrize("lang, body, fires", [
    # an age that modifies an object is that noun's, not the subject's
    ("en", "Rosa Hale, the potter, has died. She was 91.\n\nIn 1988 Mrs Hale took on a 17-year-old "
           "apprentice, Tom Wade, who still runs the workshop.", False),
    ("fr", "Rosa Hale, potière, est morte à 91 ans.\n\nEn 1988, Mme Hale a engagé un apprenti âgé de "
           "17 ans, Tom Wade, qui dirige toujours l'atelier.", False),
    # a birth clause, an apposition, then the name
    ("en", "Rosa Hale, the potter, has died. She was 91.\n\nBorn in Leeds on 4 March 1937, the daughter "
           "of a baker, Mrs Hale trained at an art college.", True),
    ("fr", "Rosa Hale, potière, est morte à 91 ans.\n\nNée à Lille le 4 mars 1937, fille d'un boulanger, "
           "Mme Hale a étudié les arts.", True),
])
def test_whose_age_and_whose_birth(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-01-20"), "timeline.age-mismatch")) is fires


@pytest.mark.parametrize("lang, body, fires", [
    # a death, a few words, then the age at it
    ("fr", "Rosa Hale est morte chez elle à 91 ans.\n\nNée à Lille le 4 mars 1937, Mme Hale a étudié les arts.",
     True),
    ("fr", "Rosa Hale est morte chez elle à 88 ans.\n\nNée à Lille le 4 mars 1937, Mme Hale a étudié les arts.",
     False),
    # no death before it: a loan's term is no age
    ("fr", "Rosa Hale a souscrit un prêt à 30 ans.\n\nNée à Lille le 4 mars 1937, Mme Hale a étudié les arts.",
     False),
])
def test_the_age_at_a_death_a_few_words_after_it(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-01-20"), "timeline.age-mismatch")) is fires


@pytest.mark.parametrize("lang, body, fires", [
    # an announcement of a thing to come: the past tense is the announcing's
    ("fr", "L'intersyndicale a annoncé une assemblée générale vendredi 22 mai.", False),
    ("en", "The union announced a meeting on Friday, May 22.", False),
    # the report of a past event, and an announcement dated after publication
    ("fr", "La police a indiqué qu'il avait été arrêté le 24 mai.", True),
    ("fr", "La guérilla a reconnu avoir abattu un avion le 24 mai.", True),
    ("en", "Police said he was arrested on May 24.", True),
    ("en", "The club announced on May 24 that it would close.", True),
])
def test_an_announced_event_is_not_a_past_one(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-05-21"), "timeline.after-publication")) is fires


@pytest.mark.parametrize("lang, body, fires", [
    # days counted from the day, not from the clock time told with it
    ("fr", "L'accident s'est produit le lundi 2 mars 2026, peu après 8 heures. Dix jours plus tard, le 30 mars, "
           "l'inspection a rendu son rapport.", True),
    ("fr", "L'accident s'est produit le lundi 2 mars 2026, peu après 8 heures. Dix jours plus tard, le 12 mars, "
           "l'inspection a rendu son rapport.", False),
    ("en", "The crash happened on Monday, March 2, 2026, shortly after 8 a.m. Ten days later, on March 30, "
           "inspectors filed their report.", True),
    ("en", "The crash happened on Monday, March 2, 2026, shortly after 8 a.m. Ten days later, on March 12, "
           "inspectors filed their report.", False),
])
def test_days_later_count_from_the_day_not_its_clock_time(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-04-09"), "timeline.order")) is fires


UNNAMED = [
    # one unnamed person told twice by one noun: "a 34-year-old man" ... "The man, who was born"
    ("en", "Police arrested a 34-year-old man on Monday. The man, who was born in 1984, was released on bail.", True),
    ("en", "Police arrested a 34-year-old man on Monday. The man, who was born in 1991, was released on bail.", False),
    ("en", "Police arrested a 34-year-old man on Monday. His lawyer, who was born in 1975, criticised the arrest.",
     False),
    ("fr", "Les gendarmes ont interpellé lundi un suspect âgé de 34 ans. Le suspect, né en 1984, a été relâché.", True),
    ("fr", "Les gendarmes ont interpellé lundi un suspect âgé de 34 ans. Le suspect, né en 1991, a été relâché.", False),
    ("fr", "Les gendarmes ont interpellé lundi un suspect âgé de 34 ans. Son avocat, né en 1975, a dénoncé une "
           "erreur.", False),
]


@pytest.mark.parametrize("lang,body,fires", UNNAMED)
def test_an_unnamed_person_told_twice_by_one_noun(lang, body, fires):
    assert bool(fired(story(lang, body, "2026-01-22"), "timeline.age-mismatch")) == fires


@pytest.mark.parametrize("lang,body,message", [
    # a birth told with a full name, a place and a date before its year; the birth date is
    # the reading the finding gives, not another age
    ("en", "Ruth Carrow has died at the age of 88. Born Ruth Mary Lowther in Wexley on March 3, 1937, she left "
           "school at 15. She married Tom Carrow, a signalman, in 1961, aged 21, and had three children.",
     "born in 1937"),
    ("fr", "Ruth Carrow est morte à l'âge de 88 ans. Née Ruth Marie Lowther à Wexley le 3 mars 1937, elle quitte "
           "l'école à 15 ans. Elle épouse Tom Carrow, cheminot, en 1961, à 21 ans, et a trois enfants.",
     "1937"),
])
def test_a_birth_told_in_full_dates_the_age(lang, body, message):
    found = [f for f in fired(story(lang, body, "2026-01-09"), "timeline.age-mismatch")]
    assert found and message in found[0].message


@pytest.mark.parametrize("lang, body, fires", [
    # "as a 14-year-old" is the age at a past moment, not the age now
    ("en", "Harold Pennock, the club's president, was born in the village in March 1944 and first played "
           "for the second XI as a 14-year-old in 1958.", False),
    ("en", "Harold Pennock, the club's president, was born in the village in March 1944 and first played "
           "for the second XI as a 14-year-old.", False),
    # news style's age now still holds
    ("en", "Harold Pennock, 71, was born in the village in March 1944 and first played as a boy.", True),
    ("fr", "Harold Pennock, 71 ans, est né au village en mars 1944.", True),
])
def test_an_age_as_a_past_predicate(lang, body, fires):
    assert bool(fired(story(lang, body, "2025-05-24"), "timeline.age-mismatch")) is fires
