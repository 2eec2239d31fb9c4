"""Attributed quotes in every house form (issue 13): a quote over several paragraphs, a
signature "— Name" on the line after the quote, interview labels, a block quote after
"X reports:", a quote whose speaker the paragraph before names, an organisation.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def _story(text: str, lang: str) -> str:
    return f"---\nlang: {lang}\n---\n\n{text}"


def _quotes(text: str, lang: str):
    doc = read_text(_story(text, lang), path="story.md")
    facts = Facts(doc, load_locale(lang))
    names: dict[str, str] = {}
    for m in facts.get("people"):
        if len(m.name) > len(names.get(m.person, "")):
            names[m.person] = m.name
    return doc, facts.get("quotes"), names


def _speakers(text: str, lang: str) -> list[str]:
    _, quotes, names = _quotes(text, lang)
    return [names.get(q.speaker, q.source) if q.speaker else q.source for q in quotes]


def _unattributed(text: str, lang: str) -> int:
    return sum(f.rule == "speakers.unattributed-quote"
               for f in check_text(_story(text, lang), path="story.md"))


# -- one quote over several paragraphs: one quote per paragraph, one speaker -------------

def test_en_quote_over_two_paragraphs_is_two_quotes_of_one_speaker():
    text = ("\"The council voted to close the pool,\" said Ana Ruiz, who chairs the club. "
            "\"After four hours of debate, they chose the cheapest way out.\n\n\"The "
            "children will pay for it, and so will the town next summer.\"\n")
    doc, quotes, _ = _quotes(text, "en")
    assert [doc.slice(q.span)[:4] for q in quotes] == ["\"The", "\"Aft", "\"The"]
    assert _speakers(text, "en") == ["Ana Ruiz"] * 3


def test_fr_quote_over_two_paragraphs_is_two_quotes_of_one_speaker():
    text = ("« Le conseil a voté la fermeture de la piscine, explique Ana Ruiz, présidente "
            "du club. Après quatre heures de débat, ils ont choisi le moins cher.\n\n« Les "
            "enfants vont payer, et la ville aussi l'été prochain. »\n")
    doc, quotes, _ = _quotes(text, "fr")
    assert [doc.slice(q.span)[:4] for q in quotes] == ["« Le", "« Le"]
    assert _speakers(text, "fr") == ["Ana Ruiz"] * 2


def test_en_unattributed_quote_over_two_paragraphs_is_reported_once():
    text = ("The plant closed in March.\n\n\"We will never reopen this site, whatever the "
            "market does next year.\n\n\"The workers know it and the town knows it, so "
            "there is nothing more to say.\"\n")
    assert _unattributed(text, "en") == 1


def test_fr_unattributed_quote_over_two_paragraphs_is_reported_once():
    text = ("L'usine a fermé en mars.\n\n« Nous ne rouvrirons jamais ce site, quoi que "
            "fasse le marché l'an prochain.\n\n« Les ouvriers le savent et la ville le "
            "sait, il n'y a rien à ajouter. »\n")
    assert _unattributed(text, "fr") == 1


# -- a signature on the line under the quote ---------------------------------------------

def test_en_dash_signature_on_the_next_line_names_the_speaker():
    text = ("\"We were not warned about the flood and nobody came to help us for three "
            "days.\"\n\n— Maria Kessler, resident\n")
    assert _speakers(text, "en") == ["Maria Kessler"] and _unattributed(text, "en") == 0


def test_fr_dash_signature_on_the_next_line_names_the_speaker():
    text = ("« Nous n'avons pas été prévenus et personne n'est venu nous aider pendant "
            "trois jours. »\n\n― Maria Kessler\n")
    assert _speakers(text, "fr") == ["Maria Kessler"] and _unattributed(text, "fr") == 0


def test_fr_dialogue_line_after_a_quote_stays_a_quote():
    text = ("« Vous viendrez demain matin avec les papiers de la maison ? » demanda le "
            "notaire.\n\n— Oui Monsieur, répondit la veuve, je les apporterai.\n")
    _, quotes, _ = _quotes(text, "fr")
    assert len(quotes) == 2


def test_en_dash_line_holding_a_sentence_is_no_signature():
    text = ("\"Will you come tomorrow with the papers of the house?\" the notary asked.\n\n"
            "— Ana Ruiz, the widow, said she would. She left at noon.\n")
    _, quotes, _ = _quotes(text, "en")
    assert len(quotes) == 2


# -- the sentence before names the speaker, with no speech verb --------------------------

def test_en_organisation_opening_the_sentence_before_is_the_source():
    text = ("The health ministry issued a statement on Monday.\n\n\"Hospitals across the "
            "country will receive extra staff before the winter season begins.\"\n")
    assert _speakers(text, "en") == ["The health ministry"] and _unattributed(text, "en") == 0


def test_fr_organisation_opening_the_sentence_before_is_the_source():
    text = ("Le ministère de la Santé a publié un communiqué lundi.\n\n« Les hôpitaux de tout "
            "le pays recevront du personnel supplémentaire avant l'hiver. »\n")
    assert _speakers(text, "fr") == ["Le ministère de la Santé"]
    assert _unattributed(text, "fr") == 0


def test_en_name_opening_the_sentence_before_is_the_speaker():
    text = ("Ana Ruiz was furious after the vote.\n\n\"After four hours of debate they chose "
            "the cheapest way out and the children will pay for it.\"\n")
    assert _speakers(text, "en") == ["Ana Ruiz"]


def test_fr_name_and_relative_clause_opening_the_sentence_before_is_the_speaker():
    text = ("Ana Ruiz, qui préside le club de natation, était furieuse après le vote.\n\n"
            "« Après quatre heures de débat, ils ont choisi la solution la moins chère et "
            "les enfants vont payer. »\n")
    assert _speakers(text, "fr") == ["Ana Ruiz"] and _unattributed(text, "fr") == 0


def test_en_name_then_colon_introduces_the_quote():
    text = "Ana Ruiz on the vote: \"The council voted late on Tuesday to close the pool.\"\n"
    assert _speakers(text, "en") == ["Ana Ruiz"]


def test_fr_name_then_colon_introduces_the_quote():
    text = "Ana Ruiz sur le vote : « Le conseil a voté mardi soir la fermeture de la piscine. »\n"
    assert _speakers(text, "fr") == ["Ana Ruiz"]


def test_en_thing_opening_the_sentence_before_names_nobody():
    text = ("The old bridge was closed again on Monday.\n\n\"Hospitals across the country "
            "will receive extra staff before the winter season begins.\"\n")
    assert _speakers(text, "en") == [""] and _unattributed(text, "en") == 1


def test_fr_thing_opening_the_sentence_before_names_nobody():
    text = ("Les prix de l'énergie ont encore augmenté lundi.\n\n« Les hôpitaux de tout le "
            "pays recevront du personnel supplémentaire avant l'hiver. »\n")
    assert _speakers(text, "fr") == [""] and _unattributed(text, "fr") == 1


# -- interview turns, groups and "for the mayor," ----------------------------------------

def test_en_quote_inside_an_answer_turn_is_attributed():
    text = ("Q: What did the sign on the old bakery say?\n\nA: It read \"Fresh bread every "
            "morning from six until the last loaf is sold out.\"\n")
    assert _unattributed(text, "en") == 0


def test_fr_quote_inside_an_answer_turn_is_attributed():
    text = ("Q : Que disait l'enseigne de la vieille boulangerie ?\n\nR : Elle disait « Du "
            "pain frais chaque matin dès six heures jusqu'à la dernière miche vendue. »\n")
    assert _unattributed(text, "fr") == 0


def test_en_colon_inside_a_sentence_is_no_turn():
    text = ("The plant closed in March.\n\nWorkers gathered outside.\n\nThe town was sure "
            "of one thing: the plant is gone. \"We will never reopen this site, whatever the "
            "market does next year.\"\n")
    assert _unattributed(text, "en") == 1


def test_en_group_opening_the_sentence_before_is_the_source():
    text = ("The nurses remember the night.\n\n\"The water came in through the doors and we "
            "carried the patients upstairs one by one.\"\n")
    assert _speakers(text, "en") == ["The nurses"] and _unattributed(text, "en") == 0


def test_fr_group_opening_the_sentence_before_is_the_source():
    text = ("Les habitants racontent une nuit de chaos.\n\n« L'eau est entrée par les portes "
            "et nous avons porté les patients un par un à l'étage. »\n")
    assert _speakers(text, "fr") == ["Les habitants"] and _unattributed(text, "fr") == 0


def test_en_for_the_mayor_opening_the_sentence_before_is_the_source():
    text = ("Mayor Jordan Pike toured the site.\n\nFor the mayor, the answer is simple.\n\n"
            "\"We will rebuild the clinic on higher ground, and we will do it before the "
            "next winter.\"\n")
    assert _speakers(text, "en") == ["Jordan Pike"] and _unattributed(text, "en") == 0


def test_fr_pour_le_maire_opening_the_sentence_before_is_the_source():
    text = ("Pour le maire, la réponse est simple.\n\n« Nous reconstruirons la clinique plus "
            "haut, et nous le ferons avant l'hiver prochain. »\n")
    assert _speakers(text, "fr") == ["le maire"] and _unattributed(text, "fr") == 0


def test_fr_pour_a_time_phrase_names_nobody():
    text = ("Pour la première fois, la commune a voté un budget.\n\n« Nous reconstruirons la "
            "clinique plus haut, et nous le ferons avant l'hiver prochain. »\n")
    assert _speakers(text, "fr") == [""] and _unattributed(text, "fr") == 1


# -- the paragraph before is about the speaker --------------------------------------------

def test_en_quote_opening_a_paragraph_is_said_by_whom_the_paragraph_before_is_about():
    text = ("Ana Ruiz runs the shelter on Mill Street. The town was slow to respond, and many "
            "families lost everything.\n\n\"Nobody came until the river broke its banks, and "
            "by then it was far too late for the lower streets.\"\n")
    assert _speakers(text, "en") == ["Ana Ruiz"] and _unattributed(text, "en") == 0


def test_fr_quote_opening_a_paragraph_is_said_by_whom_the_paragraph_before_is_about():
    text = ("Ana Ruiz dirige le refuge de la rue du Moulin. La commune a tardé à réagir, et "
            "beaucoup de familles ont tout perdu.\n\n« Personne n'est venu avant que la "
            "rivière ne déborde, et il était alors bien trop tard pour les rues basses. »\n")
    assert _speakers(text, "fr") == ["Ana Ruiz"] and _unattributed(text, "fr") == 0


def test_en_paragraph_before_about_things_names_nobody():
    text = ("The shelter on Mill Street opened in May. The river rose for three days.\n\n"
            "\"Nobody came until the river broke its banks, and by then it was far too late "
            "for the lower streets.\"\n")
    assert _speakers(text, "en") == [""] and _unattributed(text, "en") == 1


def test_fr_paragraph_before_about_things_names_nobody():
    text = ("Le refuge de la rue du Moulin a ouvert en mai. La rivière a monté trois jours.\n\n"
            "« Personne n'est venu avant que la rivière ne déborde, et il était alors bien "
            "trop tard pour les rues basses. »\n")
    assert _speakers(text, "fr") == [""] and _unattributed(text, "fr") == 1


# -- the next paragraph owns the quote; a signature in brackets --------------------------

def test_en_next_paragraph_that_reports_and_names_owns_the_quote():
    text = ("\"We cannot keep the pool open through another winter without new money from the "
            "region.\"\n\nThat was how Mayor Ana Ruiz put it on Monday.\n")
    assert _unattributed(text, "en") == 0


def test_fr_next_paragraph_that_reports_and_names_owns_the_quote():
    text = ("« Nous ne pouvons pas garder la piscine ouverte un hiver de plus sans argent de la "
            "région. »\n\nC'est ainsi que la maire Ana Ruiz a résumé la situation lundi.\n")
    assert _unattributed(text, "fr") == 0


def test_en_next_paragraph_that_names_nobody_owns_nothing():
    text = ("\"The next target traders are eyeing is the high hit in September and it would "
            "be no surprise to see it this week.\"\n\nOther markets also posted gains on "
            "Monday.\n")
    assert _unattributed(text, "en") == 1


def test_en_signature_in_brackets_names_the_speaker():
    text = ("\"We cannot keep the pool open through another winter without new money from the "
            "region.\" (Ana Ruiz, mayor)\n")
    assert _speakers(text, "en") == ["Ana Ruiz"]


def test_fr_signature_in_brackets_names_the_speaker():
    text = ("« Nous ne pouvons pas garder la piscine ouverte un hiver de plus sans argent de la "
            "région. » (Ana Ruiz, maire)\n")
    assert _speakers(text, "fr") == ["Ana Ruiz"]


# -- a quote in a paragraph of its own, between a sourced fact and a new speaker -----------

@pytest.mark.parametrize("lang, text, count", [
    # "according to" sources its own sentence; the next paragraph's speaker reports words of
    # her own: nobody says the quote
    ("en", "Rain fell all morning, according to the weather service, twice the usual amount.\n\n"
           "\"It was miserable after the bridge. Strangers were handing out umbrellas from their doorsteps.\"\n\n"
           "Dr Ana Ruiz, the race doctor, said her team had treated 40 runners.", 1),
    ("fr", "La pluie est tombée toute la matinée, selon le service météo, deux fois plus que d'habitude.\n\n"
           "« C'était pénible après le pont. Des inconnus nous tendaient des parapluies depuis leur porte. »\n\n"
           "Le Dr Ana Ruiz, médecin de la course, a indiqué que son équipe avait soigné 40 coureurs.", 1),
    # a sentence that introduces the quote, or one after it that reports it, attributes it
    ("en", "Rain fell all morning. The race doctor, Ana Ruiz, put it this way:\n\n"
           "\"It was miserable after the bridge. Strangers were handing out umbrellas from their doorsteps.\"", 0),
    ("en", "Rain fell all morning.\n\n"
           "\"It was miserable after the bridge. Strangers were handing out umbrellas from their doorsteps.\"\n\n"
           "So says Dr Ana Ruiz, the race doctor.", 0),
    ("fr", "Il a plu toute la matinée.\n\n"
           "« C'était pénible après le pont. Des inconnus nous tendaient des parapluies depuis leur porte. »\n\n"
           "C'est ainsi que le Dr Ana Ruiz, médecin de la course, a résumé la matinée.", 0),
])
def test_a_sourced_fact_or_a_new_speakers_own_words_attribute_no_quote(lang, text, count):
    assert _unattributed(text, lang) == count


@pytest.mark.parametrize("lang, text, count", [
    # an impersonal pronoun names no one: the quote after its paragraph has no speaker
    ("fr", "Il a plu toute la matinée sur le parcours.\n\n"
           "« C'était pénible après le pont. Des inconnus nous tendaient des parapluies depuis leur porte. »", 1),
    ("en", "It rained all morning on the course.\n\n"
           "\"It was miserable after the bridge. Strangers were handing out umbrellas from their doorsteps.\"", 1),
    # a pronoun that stands for a person the paragraph names still gives the speaker
    ("fr", "Ana Ruiz dirige le refuge depuis 2010. Elle a vu passer des milliers de randonneurs.\n\n"
           "« C'était pénible après le pont. Des inconnus nous tendaient des parapluies depuis leur porte. »", 0),
    ("en", "Ana Ruiz has run the shelter since 2010. She has seen thousands of walkers.\n\n"
           "\"It was miserable after the bridge. Strangers were handing out umbrellas from their doorsteps.\"", 0),
])
def test_a_pronoun_that_names_no_one_gives_no_speaker(lang, text, count):
    assert _unattributed(text, lang) == count


@pytest.mark.parametrize("text, speaker", [
    # a reflexive speech verb agrees with its subject: feminine and plural forms report too
    ("« Le public a répondu présent », s'est félicitée Hélène Ruiz, directrice du festival.", "Hélène Ruiz"),
    ("« Le public a répondu présent », se sont réjouis les organisateurs.", "les organisateurs"),
    ("« Nous manquons de bénévoles », s'est inquiétée Hélène Ruiz.", "Hélène Ruiz"),
])
def test_fr_reflexive_speech_verbs_agree_with_their_subject(text, speaker):
    assert _speakers(text, "fr") == [speaker]


# -- a quote alone after a paragraph about a place: nobody said it ----------------------

_EARLIER_EN = ("\"The bones are very old, perhaps a thousand years or more,\" said Dr Lina Sorel, "
               "an archaeologist.\n\n\"We have asked a team to take them away for study,\" said Mr "
               "Piet Varga, the warden.\n\n")
_EARLIER_FR = ("« Les ossements sont très anciens, peut-être plus de mille ans », a déclaré Lina "
               "Sorel, archéologue.\n\n« Nous avons demandé à une équipe de les emporter », a "
               "expliqué Piet Varga, le gardien.\n\n")
_ORPHAN_EN = ("\n\n\"It is the kind of find you hope for once in a career, and we nearly walked "
              "past it.\"\n")
_ORPHAN_FR = ("\n\n« C'est le genre de trouvaille qu'on espère une fois dans une vie, et nous "
              "avons failli passer à côté. »\n")


@pytest.mark.parametrize("lang, about, count", [
    # a place's name (a noun of places in it) opens sentences that report nothing
    ("en", "Brackley Mine was worked for tin until 1985 and has since flooded. Ferns cover "
           "its spoil heaps.", 1),
    ("fr", "Le Pont Carré a été bâti en 1820 et n'a plus connu de travaux depuis. Le courant "
           "a creusé ses piles.", 1),
    # a name whose word the story also writes in lower case, as a common noun
    ("en", "Tarrow Ridge was grazed by sheep until 1985. Rain has filled its hollows. Walkers "
           "crossing the ridge found the bones.", 1),
    ("fr", "La Combe Sauvage a servi de pâture jusqu'en 1985. Des randonneurs traversant la "
           "combe ont trouvé les ossements.", 1),
    ("en", "The Hollin Stone was found in 1902. Rain has worn the stone smooth.", 1),
    # a person's name opening the paragraph before is still whom it is about
    ("en", "Mara Quist runs the dig on weekends. Rain has filled the trenches.", 0),
    ("fr", "Mara Quist dirige les fouilles le week-end. La pluie a rempli les tranchées.", 0),
    # even when her given name is a common word the story writes in lower case
    ("en", "Rose Quist runs the dig on weekends. Prices rose all year.", 0),
    ("fr", "Pierre Quist dirige les fouilles. La pierre est friable ici.", 0),
])
def test_a_place_opening_the_paragraph_before_is_no_speaker(lang, about, count):
    earlier = _EARLIER_EN if lang == "en" else _EARLIER_FR
    orphan = _ORPHAN_EN if lang == "en" else _ORPHAN_FR
    text = earlier + about + orphan
    assert _unattributed(text, lang) == count
    assert (_speakers(text, lang)[-1] == "") == bool(count)


@pytest.mark.parametrize("lang, text", [
    # a sentence that reports words makes even a place's name (a school, a venue) a source
    ("en", "Snow closed roads across the county.\n\nMill Road School said in a letter that it "
           "would shut at noon.\n\n\"The safety of our pupils comes first, and buses cannot "
           "reach the upper villages in this weather.\"\n"),
    ("fr", "La neige a coupé les routes du département.\n\nLe Collège du Pont a annoncé dans "
           "un courrier qu'il fermerait à midi.\n\n« La sécurité des élèves passe avant tout, "
           "et les cars ne peuvent pas monter jusqu'aux villages. »\n"),
])
def test_a_place_that_reports_words_still_speaks(lang, text):
    assert _unattributed(text, lang) == 0


# -- the next paragraph opens a new speaker's own turn: the quote before stays an orphan --

@pytest.mark.parametrize("lang, text, count", [
    ("en", "The inquiry found 26 tractors were stripped. The parts were sold online.\n\n\"A tractor "
           "standing idle at harvest is a farm losing money. You never get those days "
           "back.\"\n\nIn court, prosecutor Ines Varro described the defendants as \"a "
           "well-drilled team\". \"They knew exactly what to take,\" she said.\n", 1),
    ("fr", "Selon l'enquête, 26 tracteurs ont été visités. Les pièces étaient revendues en "
           "ligne.\n\n« Un tracteur à l'arrêt en pleine moisson, c'est une ferme qui perd de "
           "l'argent. On ne rattrape jamais ces jours-là. »\n\nÀ l'audience, la procureure Ines "
           "Varro a insisté sur « le sérieux » des prévenus. « Ils savaient quoi prendre », "
           "a-t-elle dit.\n", 1),
    # with no quote of her own there, the next paragraph owns the lead-in quote
    ("en", "The inquiry found 26 tractors were stripped.\n\n\"A tractor standing idle at harvest is "
           "a farm losing money. You never get those days back.\"\n\nSo said prosecutor Ines "
           "Varro in court on Tuesday.\n", 0),
    ("fr", "Selon l'enquête, 26 tracteurs ont été visités.\n\n« Un tracteur à l'arrêt en "
           "pleine moisson, c'est une ferme qui perd de l'argent. On ne rattrape jamais ces "
           "jours-là. »\n\nC'est ainsi que la procureure Ines Varro a résumé l'affaire mardi.\n", 0),
    # a quote continued from the previous paragraph's speaker, then her own turn
    ("en", "\"We found the parts on three websites,\" said Captain Ines Varro.\n\n\"A tractor "
           "standing idle at harvest is a farm losing money. You never get those days "
           "back.\"\n\nIn court, prosecutor Tom Reyes described the defendants as \"a "
           "well-drilled team\". \"They knew exactly what to take,\" he said.\n", 0),
    ("fr", "« Nous avons retrouvé les pièces sur trois sites », a déclaré la capitaine Ines "
           "Varro.\n\n« Un tracteur à l'arrêt en pleine moisson, c'est une ferme qui perd de "
           "l'argent. On ne rattrape jamais ces jours-là. »\n\nÀ l'audience, le procureur Tom "
           "Reyes a insisté sur « le sérieux » des prévenus. « Ils savaient quoi prendre », "
           "a-t-il dit.\n", 0),
])
def test_a_new_speakers_own_turn_owns_no_quote_before(lang, text, count):
    assert _unattributed(text, lang) == count


@pytest.mark.parametrize("lang, text, speaker", [
    # a feminine role noun before a name links the quote to the person, as the masculine does
    ("fr", "À l'audience, la procureure Ines Varro a insisté sur « le sérieux » des prévenus.",
     "Ines Varro"),
    ("fr", "La professeure Ines Varro a évoqué « une découverte majeure » pour la région.",
     "Ines Varro"),
    ("fr", "La magistrate Ines Varro a dénoncé « une dérive grave » du dossier.", "Ines Varro"),
    ("en", "In court, prosecutor Ines Varro described the defendants as \"a well-drilled team\".",
     "Ines Varro"),
])
def test_a_feminine_role_before_a_name_gives_the_person(lang, text, speaker):
    assert _speakers(text, lang) == [speaker]


_LEAD_EN = ("\"We cannot keep the pool open through another winter without new money from the "
            "region.\"\n\n")
_LEAD_FR = ("« Nous ne pouvons pas garder la piscine ouverte un hiver de plus sans argent de la "
            "région. »\n\n")


@pytest.mark.parametrize("lang, after, count", [
    # a noun of words said names whose words the quote before was
    ("en", "That was the message from Mayor Ines Varro on Monday.", 0),
    ("fr", "Tel était le message de la maire Ines Varro lundi.", 0),
    ("en", "Such was the warning of the mayor, Ines Varro, to the council.", 0),
    ("fr", "C'est l'avertissement lancé par la maire, Ines Varro, au conseil.", 0),
    # a person named with no word said owns nothing
    ("en", "Mayor Ines Varro visited the pool on Monday.", 1),
    ("fr", "La maire Ines Varro a visité la piscine lundi.", 1),
    # nor does a noun of words said that quotes its own words
    ("en", "The message from Mayor Ines Varro was \"patience\". \"We will find the money,\" she said.", 1),
    ("fr", "Le message de la maire Ines Varro tenait en un mot, « patience ». « Nous trouverons "
           "l'argent », a-t-elle dit.", 1),
])
def test_a_noun_of_words_said_in_the_next_paragraph_owns_the_quote(lang, after, count):
    text = (_LEAD_EN if lang == "en" else _LEAD_FR) + after + "\n"
    assert _unattributed(text, lang) == count


# -- a verb of manner used as a speech verb after a quote attributes it ------------------

@pytest.mark.parametrize("lang, text, speakers", [
    ("fr", "Les prix du lin ont doublé cette année.\n\n« Le lin reste la culture qui rapporte le plus "
           "ici », a souri Jeanne Morvan, agricultrice.\n\n« Rien n'est jamais acquis dans ce métier, "
           "vous savez », a soupiré Mme Morvan.\n\n« Il faudra voir l'an prochain avec la météo », a "
           "plaisanté Mme Morvan.\n",
     ["Jeanne Morvan", "Jeanne Morvan", "Jeanne Morvan"]),
    ("fr", "Les prix du lin ont doublé cette année.\n\n« On ne s'en plaint pas du tout cette année », "
           "s'est amusé Paul Hébert, agriculteur.\n", ["Paul Hébert"]),
    ("en", "Flax prices doubled this year.\n\n\"Flax is still the crop that pays best around here,\" "
           "grinned Jeanne Morvan, a farmer.\n\n\"Nothing is ever certain in this trade, you know,\" "
           "Ms Morvan chuckled.\n", ["Jeanne Morvan", "Jeanne Morvan"]),
    ("en", "Flax prices doubled this year.\n\n\"We are not complaining about it at all this year,\" "
           "Paul Hebert, a farmer, joked.\n\n\"We will have to see next year with the weather,\" he "
           "sighed.\n", ["Paul Hebert", "Paul Hebert"]),
])
def test_a_verb_of_manner_after_a_quote_names_its_speaker(lang, text, speakers):
    assert _speakers(text, lang) == speakers
    assert _unattributed(text, lang) == 0


@pytest.mark.parametrize("lang, text", [
    # a smile with no quote before it reports nothing: the full quote still has no speaker
    ("fr", "Les prix du lin ont doublé cette année.\n\n« Le lin reste la culture qui rapporte le plus "
           "ici, et de loin. »\n\nLes voisins ont souri en apprenant la nouvelle.\n"),
    ("en", "Flax prices doubled this year.\n\n\"Flax is still the crop that pays best around here, by "
           "far.\"\n\nThe neighbours smiled at the news.\n"),
])
def test_a_verb_of_manner_away_from_a_quote_attributes_nothing(lang, text):
    assert _unattributed(text, lang) == 1


@pytest.mark.parametrize("lang, text, speakers", [
    # a relation or a passer-by set before the name by a comma describes its speaker
    ("fr", "Claire Morvan cultive du lin.\n\n« On ne s'en plaint pas du tout cette année », a déclaré son "
           "voisin, Paul Hébert.\n", ["Paul Hébert"]),
    ("fr", "Claire Morvan cultive du lin.\n\n« On ne s'en plaint pas du tout cette année », a souri une "
           "bénévole, Pauline Hébert.\n", ["Pauline Hébert"]),
    ("en", "Claire Morvan grows flax.\n\n\"We are not complaining about it at all this year,\" her "
           "neighbour, Paul Hebert, said.\n", ["Paul Hebert"]),
])
def test_a_relation_before_the_speakers_name(lang, text, speakers):
    assert _speakers(text, lang) == speakers
