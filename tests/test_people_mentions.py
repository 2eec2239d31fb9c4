"""Every mention of a person (issue 13): a name wherever it stands, and what stays quiet.

Sentences are invented; each class is tried in English and French, positive and negative."""
from __future__ import annotations

import pytest

from checker.extractors.people._sounds import sound_alike
from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text

from test_speakers import findings, rule_ids


def people(text: str, lang: str) -> list:
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    return list(Facts(doc, load_locale(lang)).get("people"))


def variants(text: str, lang: str) -> list[str]:
    return [f.text for f in findings(text, lang) if f.rule == "speakers.variant"]


# "that" before a name opens a clause: the name is no thing's ("that company")

def test_en_name_after_that_is_a_clause_subject_not_a_thing():
    text = ("The firm confirmed that Nora Quillfeather had resigned. Quillfeather did not "
            "comment. Sources said that Quillfeather was pushed out.\n")
    found = people(text, "en")
    assert {m.person for m in found} == {"p1"}
    assert len(found) == 3


def test_en_that_as_a_determiner_still_marks_a_thing():
    assert people("The board liked that Quillfeather plan, and the Quillfeather brand.\n",
                  "en") == []


def test_fr_name_after_que_is_a_clause_subject():
    text = ("La société a confirmé que Nora Quillfeather avait démissionné. Quillfeather "
            "n'a pas commenté.\n")
    assert {m.person for m in people(text, "fr")} == {"p1"}


FIRES = [
    # before introduction: a describing apposition or a relative clause introduces no one
    ("speakers.before-introduction", "en",
     "Pereira, the first woman to lead the dockers' union, spoke on Monday.\n\n"
     "\"We will not give in,\" said Ana Pereira.\n"),
    ("speakers.before-introduction", "en",
     "Tillbury, formerly an aide to the governor, has left.\n\n"
     "Mark Tillbury, 49, declined to comment.\n"),
    ("speakers.before-introduction", "en",
     "He succeeds Halvorsen, who retired in May.\n\nErik Halvorsen said he was glad.\n"),
    ("speakers.before-introduction", "fr",
     "Pereira, la première femme à diriger le syndicat, a pris la parole lundi.\n\n"
     "« Nous ne céderons pas », a déclaré Ana Pereira.\n"),
    ("speakers.before-introduction", "fr",
     "Il succède à Halvorsen, qui a pris sa retraite en mai.\n\n"
     "« Je pars content », a dit Erik Halvorsen.\n"),
    # the apposition names a person ("the first woman", "a councillor"): the full name
    # after it needs no cue of its own
    ("speakers.before-introduction", "en",
     "Pereira, the first woman to lead the dockers' union, praised the organisers.\n\n"
     "Ana Pereira has led the union since 2020.\n"),
    ("speakers.before-introduction", "fr",
     "Pereira, la première femme à diriger le syndicat, a salué les organisateurs.\n\n"
     "Ana Pereira dirige le syndicat depuis 2020.\n"),
    # the surname after a preposition, with an apposition opened by a participle and its
    # predicate; the full name later, with an age in apposition (« 47 ans »)
    ("speakers.before-introduction", "en",
     "The trial of eleven fishermen opened on Monday.\n\nAgainst Tregarth, described by the "
     "prosecution as the organiser of the ring, prosecutors sought two years in prison.\n\n"
     "The verdict is due in June.\n\nJack Tregarth, 47, a fisherman from Looe, admitted the sales.\n"),
    ("speakers.before-introduction", "en",
     "Prosecutors sought two years against Tregarth, seen by the police as the organiser of "
     "the ring.\n\nJack Tregarth, 47 years old, admitted the sales.\n"),
    ("speakers.before-introduction", "fr",
     "Le procès de onze pêcheurs s'est ouvert lundi.\n\nContre Kerbrat, présenté par "
     "l'accusation comme l'organisateur du réseau, le parquet a requis deux ans de prison.\n\n"
     "Le jugement sera rendu en juin.\n\nYannick Kerbrat, 47 ans, pêcheur professionnel, a "
     "reconnu les ventes.\n"),
    ("speakers.before-introduction", "fr",
     "Le parquet a requis deux ans avec sursis pour Kerbrat, considéré comme le chef du "
     "réseau.\n\nYannick Kerbrat, 47 ans, a reconnu les ventes.\n"),
    # a description before the surname ("the Dutch skater Ritsma") is no introduction
    ("speakers.before-introduction", "en",
     "On the way to the Games, the Dutch speed skater Vandermolen had a scare.\n\n"
     "\"I was lucky,\" said Rik Vandermolen.\n"),
    ("speakers.before-introduction", "fr",
     "Le patineur de vitesse néerlandais Vandermolen a eu peur.\n\n"
     "« J'ai eu de la chance », a dit Rik Vandermolen.\n"),
    # a full name no cue vouches for, reused once misspelt
    ("speakers.variant", "en",
     "Voters in Ohio chose Richard Mallock over his rival. The race drew attention after "
     "Malock made remarks about the budget.\n"),
    ("speakers.variant", "fr",
     "Dans l'Ohio, Jean Moulard a battu Richard Mallock. La course a attiré l'attention "
     "après que Malock a fait des remarques.\n"),
    ("speakers.variant", "en",
     "Secretary of the Navy James Rocheford: \"Save it.\"\n\nSecretary of the Navy James "
     "Rocheford: \"I agree.\"\n\nAn additional email by Rochefrod tells another story.\n"),
    ("speakers.variant", "fr",
     "Le secrétaire à la Marine James Rocheford : « Gardez-le. »\n\nLe secrétaire à la "
     "Marine James Rocheford : « D'accord. »\n\nUn autre courriel de Rochefrod dit "
     "autre chose.\n"),
    # a transliterated place
    ("names.variant", "en",
     "Flights to Kathmandu resumed on Monday. Kathmandu airport reopened. Hotels in "
     "Katmandou were full.\n"),
    ("names.variant", "fr",
     "Les vols vers Katmandou ont repris lundi. L'aéroport de Katmandou a rouvert. "
     "Les hôtels de Kathmandu étaient pleins.\n"),
    # one letter off, each spelling written once: the first is the story's
    ("names.variant", "en",
     "Flights from Heathrow were cancelled. Passengers at Heathow waited for hours.\n"),
    ("names.variant", "fr",
     "Les vols au départ de Heathrow ont été annulés. À Heathow, les passagers ont "
     "attendu.\n"),
    # a slip opening its sentence is a slip too
    ("names.variant", "en",
     "The shuttle Columbia flew in 1981. Crews loved Columbia.\n\nColubmia was lost in "
     "2003.\n"),
    ("names.variant", "fr",
     "La navette Columbia a volé en 1981. Les équipages aimaient Columbia.\n\nColubmia "
     "a été perdue en 2003.\n"),
    # "as a teenager" describes someone already named: the next lone name is no minor
    ("speakers.unintroduced", "en",
     "Vera Lindahl was sent to the ship as a teenager and stayed there. Holmquist "
     "also claims her passport was taken.\n"),
    ("speakers.unintroduced", "fr",
     "Vera Lindahl a été envoyée sur le navire comme adolescente et y est restée. "
     "Holmquist affirme aussi qu'on lui a pris son passeport.\n"),
    # an adult's lone name still asks for a full name
    ("speakers.unintroduced", "en",
     "The mayor was angry on Friday. Lucas told police he had been pushed.\n"),
    ("speakers.unintroduced", "fr",
     "Le maire était en colère vendredi. Lucas a raconté la scène à la police.\n"),
]

QUIET = [
    # two capitalised words make no introduced person: nothing to come "before"
    ("speakers.before-introduction", "en",
     "Lion, the new system, ships in July.\n\nUsers of X Lion can update.\n"),
    ("speakers.before-introduction", "fr",
     "Lion, le nouveau système, sort en juillet.\n\nLes usagers de X Lion pourront le "
     "mettre à jour.\n"),
    # the full name came first
    ("speakers.before-introduction", "en",
     "Ana Pereira said the strike would go on.\n\nPereira, the first woman to lead the "
     "union, spoke again on Monday.\n"),
    ("speakers.before-introduction", "fr",
     "« Nous ne céderons pas », a déclaré Ana Pereira.\n\nPereira, qui dirige le "
     "syndicat, a repris la parole lundi.\n"),
    # an apposition that names a thing, under a full name no cue vouches for
    ("speakers.before-introduction", "en",
     "Lion, the new system, ships in July.\n\nMax Lion has built it since 2020.\n"),
    ("speakers.before-introduction", "fr",
     "Lion, le nouveau système, sort en juillet.\n\nMax Lion le construit depuis 2020.\n"),
    # a participle clause after the name is about the sentence's subject, not a
    # description of the name; and a full name no cue vouches for may be a company's
    ("speakers.before-introduction", "en",
     "Our people live in Tregarth, guided by the old charter.\n\nJack Tregarth, 47, a "
     "fisherman, founded it.\n"),
    ("speakers.before-introduction", "en",
     "Against Tregarth, seen by analysts as the cheapest brand, rivals cut prices.\n\n"
     "Jack Tregarth built the company in 1990.\n"),
    ("speakers.before-introduction", "fr",
     "Contre Kerbrat, présenté par les analystes comme la marque la moins chère, les concurrents "
     "baissent leurs prix.\n\nYannick Kerbrat a fondé l'entreprise en 1990.\n"),
    ("speakers.before-introduction", "fr",
     "Nos gens vivent à Kerbrat, guidés par la vieille charte.\n\nYannick Kerbrat, 47 ans, "
     "l'a fondé.\n"),
    # a company or a place described before its name is no person
    ("speakers.before-introduction", "en",
     "Sales at the carmaker Holtford fell again.\n\n\"We will recover,\" said Anne "
     "Holtford, the founder's granddaughter.\n"),
    ("speakers.before-introduction", "fr",
     "Les ventes du constructeur Holtford ont encore baissé.\n\n« Nous allons "
     "rebondir », a dit Anne Holtford, petite-fille du fondateur.\n"),
    # common words, a letter replaced, an ending: no misspelt reuse
    ("speakers.variant", "en", "The Team Estonia bus left early. An Estonian flag flew.\n"),
    ("speakers.unintroduced", "en", "The Team Estonia bus left early. An Estonian flag flew.\n"),
    ("speakers.variant", "en", "Buy it on the App Store today. The store sells Spore for less.\n"),
    ("speakers.variant", "fr",
     "L'équipe Team Estonia est partie tôt. Un drapeau Estonien flottait.\n"),
    ("speakers.variant", "fr", "Le jeu est sur le Google Store. Le store propose aussi Spore.\n"),
    # places sharing a last word: another initial, a common word, one use of each
    ("speakers.variant", "en",
     "Storms hit North Carolina and North Carolina again; South Carolina was spared.\n"),
    ("speakers.variant", "en",
     "The Upper Valley and the Upper Valley fair drew crowds; the Union Valley did not. "
     "Farmers in the upper fields agreed.\n"),
    ("speakers.variant", "en", "Gordon Rathmore arrived early. Graham Rathmore left late.\n"),
    ("speakers.variant", "fr",
     "La Haute Vallée et la Haute Vallée ont voté ; la Hampe Vallée non. Les villages de "
     "la haute montagne aussi.\n"),
    # other places, another language's spelling
    ("names.variant", "en",
     "Troops left Canada in May. Kanata residents and Canada's leaders cheered.\n"),
    ("names.variant", "fr",
     "La Fondation a voté. La Fondation Wikimedia, ou Wikimedia Foundation, a payé.\n"),
    # two places written once each, other words than a slip makes
    ("names.variant", "en", "Troops left Austria in May and reached Australia in June.\n"),
    ("names.variant", "fr", "Les troupes ont quitté l'Autriche puis l'Australie.\n"),
    # a common word opening a sentence, written in lower case elsewhere
    ("names.variant", "en",
     "Ships sailed from Marinsa twice. Marinsa grew.\n\nMarinas were built; the marinas "
     "filled.\n"),
    # a minor named by first name on purpose
    ("speakers.unintroduced", "en",
     "A 14-year-old boy was hurt on Friday. Lucas told police he had been pushed.\n"),
    ("speakers.unintroduced", "fr",
     "Un adolescent de 14 ans a été blessé. Lucas a raconté la scène à la police.\n"),
    ("speakers.unintroduced", "fr",
     "Le ministre a exempté le chien d'un jeune Britannique de 15 ans. William a écrit "
     "une lettre au ministre.\n"),
]


@pytest.mark.parametrize("rule, lang, text", FIRES)
def test_fires(rule, lang, text):
    assert rule in rule_ids(text, lang)


@pytest.mark.parametrize("rule, lang, text", QUIET)
def test_quiet(rule, lang, text):
    assert rule not in rule_ids(text, lang)


# first names changed on an uncued full name

def test_fr_uncued_full_name_with_changed_first_name():
    assert variants("Pierre Dalmasso a effectué sa rentrée hier. Pierre Dalmasso veut un "
                    "nouveau projet.\n\nPaul Dalmasso veut prouver qu'il a un avenir.\n",
                    "fr") == ["Paul Dalmasso"]


def test_en_uncued_full_name_with_changed_first_name():
    assert variants("Critics mocked Gordon Rathmore for the delay. Gordon Rathmore promised "
                    "a fix.\n\nLater, Graham Rathmore blamed the suppliers.\n",
                    "en") == ["Graham Rathmore"]


# transliterations: one name heard the same way, spelt two ways

def test_sound_alike_keeps_consonant_sounds_and_rejects_other_words():
    assert sound_alike("gaddafi", "kadhafi") and sound_alike("kathmandu", "katmandou")
    assert not sound_alike("martin", "morton")      # vowels only: another name
    assert not sound_alike("america", "march")      # another first sound
    assert not sound_alike("france", "french")      # too few letters shared
    assert not sound_alike("slovenia", "slovenian")  # a derived word


@pytest.mark.parametrize("lang, text, odd", [
    # a four-letter spelling of a five-letter surname, a letter dropped
    ("en", "The carmaker named Mary Barra as its new chief executive. Bara, 51, will be "
           "the first woman to lead it.\n\nBarra holds a degree.\n", "Bara"),
    ("fr", "Le constructeur a nommé Mary Barra à sa tête. Bara, 51 ans, sera la première "
           "femme à le diriger.\n\nBarra est ingénieure.\n", "Bara"),
    ("en", "Muammar Gaddafi, the Libyan leader, ruled for decades.\n\n"
           "Rebels said Kadhafi had fled to the south.\n", "Kadhafi"),
    ("en", "Muammar Gaddafi, the Libyan leader, ruled for decades.\n\n"
           "The Kadhafi regime fell in August.\n", "Kadhafi"),
    ("fr", "Mouammar Kadhafi, le dirigeant libyen, a régné quarante ans.\n\n"
           "Les rebelles affirment que Gaddafi a fui.\n", "Gaddafi"),
])
def test_short_or_transliterated_surname_is_a_variant_of_the_person(lang, text, odd):
    assert variants(text, lang) == [odd]


# a description before a changed first name makes another person, even after an elided
# article ("l'ambassadeur de Serbie Sergej Mirkovic")

@pytest.mark.parametrize("lang, text, odd", [
    ("en", "President Slobodan Mirkovic refused to yield.\n\nIn Moscow, the ambassador of "
           "Serbia Sergej Mirkovic said his brother would hold out.\n", []),
    ("fr", "Le président Slobodan Mirkovic a refusé de céder.\n\nÀ Moscou, l'ambassadeur de "
           "Serbie Sergej Mirkovic a affirmé que son frère tiendrait.\n", []),
    ("fr", "Le président Slobodan Mirkovic a refusé de céder.\n\nÀ Moscou, Sergej Mirkovic "
           "a affirmé que rien ne changerait.\n", ["Sergej Mirkovic"]),
])
def test_described_changed_first_name_is_another_person(lang, text, odd):
    assert variants(text, lang) == odd


# the facts sheet lists another spelling under the person it resembles

@pytest.mark.parametrize("lang, text, line", [
    ("en", "Helen Marsden, the bank's chief executive, said profits rose.\n\n"
           "The board chose Marsdon to lead the bank.\n", "other spellings: line 7 (Marsdon)"),
    ("fr", "Hélène Marsand, directrice de la banque, a parlé lundi.\n\n"
           "Le conseil a choisi Marsant pour diriger la banque.\n",
     "other spellings: line 7 (Marsant)"),
])
def test_facts_sheet_lists_variants_under_their_person(lang, text, line):
    from checker.facts_command import document_facts
    from checker.facts_sheet import render_sheet
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    entry = {"path": "story.md", "language": lang, "date": None, "date_source": None,
             "facts": document_facts(doc)}
    sheet = render_sheet(entry, doc)
    assert line in sheet
    assert "another spelling of" in sheet


# an initial stands for the given name it opens

@pytest.mark.parametrize("lang, text, odd", [
    ("en", "President Barack Holloway spoke on Monday. Voters may remove B. Hollowya from "
           "office.\n", ["B. Hollowya"]),
    ("fr", "Le président Barack Holloway a parlé lundi. Les électeurs veulent déloger "
           "B. Hollowya lors du scrutin.\n", ["B. Hollowya"]),
    ("en", "President Barack Holloway spoke on Monday. Voters may remove J. Hollowya from "
           "office.\n", []),
    ("fr", "Le président Barack Holloway a parlé lundi. Les électeurs veulent déloger "
           "J. Hollowya lors du scrutin.\n", []),
])
def test_initial_with_a_misspelt_surname(lang, text, odd):
    assert variants(text, lang) == odd



# a surname that speaks alone ("Marsden said") vouches for its person as a cue by the full
# name would: one letter for another is then a slip wherever it stands

@pytest.mark.parametrize("lang, text, odd", [
    ("en", "The board named Helen Marsden as chief executive. \"We need calm,\" Marsden said.\n\n"
           "The board chose Marsdon to lead the bank.\n", ["Marsdon"]),
    ("fr", "Le conseil a nommé Hélène Marsand à la direction. Marsand a affirmé qu'il fallait "
           "du calme.\n\nLe conseil a choisi Marsant pour diriger la banque.\n", ["Marsant"]),
    # the surname never speaks alone: repetition only, a letter changed may be another name
    ("en", "The board named Helen Marsden as chief executive. Marsden starts in May.\n\n"
           "The board chose Marsdon to lead the bank.\n", []),
    ("fr", "Le conseil a nommé Hélène Marsand à la direction. Marsand arrive en mai.\n\n"
           "Le conseil a choisi Marsant pour diriger la banque.\n", []),
])
def test_a_surname_that_speaks_alone_vouches_for_its_slips(lang, text, odd):
    assert variants(text, lang) == odd


# one surname, another first name: the same office in apposition is the story's person
# under a wrong first name (another initial alone stays a namesake: test_speakers)

@pytest.mark.parametrize("lang, text, odd", [
    ("en", "Alison Pryce, the firm's managing director, said the deal was done.\n\n"
           "\"We are proud,\" said Amanda Pryce, the managing director.\n", ["Amanda Pryce"]),
    ("fr", "Alison Pryce, directrice générale de l'entreprise, a confirmé l'accord.\n\n"
           "« Nous sommes fiers », a déclaré Amanda Pryce, directrice générale.\n", ["Amanda Pryce"]),
    # another office, a relationship: another person
    ("en", "Alison Pryce, the firm's managing director, said the deal was done.\n\n"
           "\"We are proud,\" said Amanda Pryce, her sister and a local councillor.\n", []),
    ("fr", "Alison Pryce, directrice générale de l'entreprise, a confirmé l'accord.\n\n"
           "« Nous sommes fiers », a déclaré Amanda Pryce, sa sœur, conseillère municipale.\n", []),
])
def test_a_changed_first_name_by_office_or_by_speech(lang, text, odd):
    assert variants(text, lang) == odd
