"""Quote speakers: the subject of the reporting clause, in English and French.

Every sentence here is invented for the test."""
from __future__ import annotations

from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def _quotes(text: str, lang: str):
    doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
    f = Facts(doc, load_locale(lang))
    names: dict[str, str] = {}
    for m in f.get("people"):   # each person's fullest name
        if len(m.name) > len(names.get(m.person, "")):
            names[m.person] = m.name
    return doc, f.get("quotes"), names


def _speakers(text: str, lang: str) -> list[str]:
    """Each quote's speaker: the person's name, else the source as written, else ""."""
    _, quotes, names = _quotes(text, lang)
    return [names.get(q.speaker, q.source) if q.speaker else q.source for q in quotes]


# -- the reporting clause after the quote -------------------------------------------

def test_en_subject_with_apposition_after_quote():
    text = ("\"The bridge will reopen in spring,\" Marta Vilnius, head of the county roads "
            "office, said on Tuesday.\n")
    assert _speakers(text, "en") == ["Marta Vilnius"]


def test_fr_inverted_subject_after_complement():
    text = ("« Le pont rouvrira au printemps », a expliqué à la presse Odile Ferrand, "
            "directrice des routes du département.\n")
    assert _speakers(text, "fr") == ["Odile Ferrand"]


def test_en_organisation_as_source():
    doc, quotes, _ = _quotes("\"We have no comment on the matter at this stage,\" the "
                             "Harbour Authority said in a statement.\n", "en")
    assert quotes[0].speaker == "" and quotes[0].source == "the Harbour Authority"
    assert doc.slice(quotes[0].source_span) == "the Harbour Authority"


def test_fr_common_noun_source_after_inverted_verb():
    _, quotes, _ = _quotes("« Nous ne commenterons pas cette décision », indique le "
                           "syndicat dans un communiqué.\n", "fr")
    assert quotes[0].source.startswith("le syndicat")


def test_en_subject_must_follow_the_quote():
    """A verb far into the next clause has another subject: no speaker."""
    text = ("The \"Gold Coast\" carriers, Ardent and Polymer, pleaded for help last year.\n")
    assert _speakers(text, "en") == [""]


# -- the reporting clause before the quote ----------------------------------------------

def test_en_partial_quote_takes_reporting_subject():
    text = ("Senator Hal Brightwater said the bill was \"dead on arrival\" and would not "
            "pass.\n")
    assert _speakers(text, "en") == ["Hal Brightwater"]


def test_fr_partial_quote_takes_reporting_subject():
    text = ("Le maire Gilles Auberlin a estimé que le projet était « mal ficelé » et "
            "coûteux.\n")
    assert _speakers(text, "fr") == ["Gilles Auberlin"]


def test_en_according_to_names_the_source():
    text = "According to the Port Authority, \"traffic fell by a third over the winter\".\n"
    assert _speakers(text, "en") == ["the Port Authority"]


def test_fr_selon_pronoun_resolves():
    text = ("Le ministre Paul Verdier a visité l'usine.\n\nSelon lui, « la production "
            "reprendra dès la semaine prochaine ».\n")
    assert _speakers(text, "fr") == ["Paul Verdier"]


def test_en_relative_pronoun_points_back_to_the_name():
    text = ("The view is shared by Dr. Ines Calloway, a historian at the museum, who said, "
            "\"Nothing of the sort has been found here before.\"\n")
    assert _speakers(text, "en")[0].endswith("Calloway")


# -- pronouns -------------------------------------------------------------------------------

def test_en_pronoun_skips_a_name_in_object_position():
    text = ("Mayor Rosa Delgado spoke on Monday. She met Mr. Tom Avery at the depot.\n\n"
            "\"We will rebuild the depot before the winter comes,\" she said.\n")
    assert _speakers(text, "en") == ["Rosa Delgado"]


def test_fr_pronoun_resolves_to_named_organisation_speaker():
    text = ("« Les ventes ont reculé de moitié cette année », a indiqué Norvalis.\n\n"
            "« Nous allons fermer deux usines l'an prochain », a-t-il ajouté.\n")
    assert _speakers(text, "fr") == ["Norvalis", "Norvalis"]


# -- continued quotes ------------------------------------------------------------------

def test_en_next_sentence_continues_the_speaker():
    text = ("\"The road is closed,\" said Ana Kessler, a police officer. \"Nobody can "
            "get through before the morning comes.\"\n\n\"We ask drivers to stay at "
            "home until the storm is over,\" Kessler added.\n")
    assert _speakers(text, "en")[:2] == ["Ana Kessler", "Ana Kessler"]


def test_fr_next_paragraph_continues_the_speaker():
    text = ("« La route est coupée », a déclaré Anne Kessler, officier de police.\n\n"
            "« Personne ne peut passer avant demain matin, nous demandons aux "
            "automobilistes de rester chez eux. »\n")
    assert _speakers(text, "fr") == ["Anne Kessler", "Anne Kessler"]


def test_en_sentence_before_introduces_the_quote():
    text = ("Lena Marsh, a teacher, said the closure came as a shock. \"We were never "
            "told why the school had to close its doors.\"\n")
    assert _speakers(text, "en") == ["Lena Marsh"]


# -- scare quotes stay without a speaker -----------------------------------------------------

def test_en_scare_quote_after_naming_participle_has_no_speaker():
    text = "Director Ana Ruiz said the plan, called \"Bright Path\", was ready.\n"
    assert _speakers(text, "en") == [""]


def test_fr_scare_quote_in_the_speaker_apposition_has_no_speaker():
    text = ("« Tout allait bien ce matin », explique cette habitante, bénévole aux "
            "« Restos » du quartier.\n")
    assert _speakers(text, "fr")[1] == ""


def test_en_capitalised_verb_form_is_no_verb():
    text = "Officials across the United States weighed the \"three strikes\" rule.\n"
    assert _speakers(text, "en") == [""]


def test_en_passive_participle_reports_nothing():
    text = "The phone is claimed to be \"a revolution in a pocket\" by its makers.\n"
    assert _speakers(text, "en") == [""]


# -- French inverted clauses ------------------------------------------------------------

def test_fr_inverted_subject_after_an_incidental_clause():
    text = ("Le feu a pris « vers deux heures du matin » dans la remise, a indiqué un "
            "porte-parole des pompiers.\n")
    assert _speakers(text, "fr")[0].startswith("un porte-parole")


def test_fr_gerund_reports_for_the_main_subject():
    text = ("Le quotidien Le Matin annonce que le ministre partira, en évoquant une « source "
            "proche du dossier ».\n")
    assert _speakers(text, "fr")[0].endswith("Le Matin")


def test_en_colon_after_the_reporting_verb():
    text = ("\"Nobody saw the fire start in the night,\": the caretaker Lise Armand said "
            "so on Monday.\n")
    assert _speakers(text, "en")[0].endswith("Armand")


def test_fr_elided_pronoun_is_no_subject():
    text = ("Le général Marc Olivet, chef des armées, l'a rappelé hier : « Nous resterons "
            "ici tant que la paix ne sera pas revenue. »\n")
    assert _speakers(text, "fr") == ["Marc Olivet"]


def test_fr_pronoun_after_inverted_name():
    text = ("Les travaux ont été faits l'an dernier, confirme Paul Arnaud, adjoint au maire : "
            "« La toiture a été entièrement refaite à la fin de l'hiver », souligne-t-il.\n")
    assert _speakers(text, "fr") == ["Paul Arnaud"]


# -- names with complements, subordinate clauses, short continued quotes ---------------

def test_en_name_of_organisation_keeps_the_name_as_speaker():
    text = ("Tomas Ferreira of the Harbour Gazette described the deal as \"a quiet "
            "surrender\".\n")
    assert _speakers(text, "en") == ["Tomas Ferreira"]


def test_fr_name_of_organisation_keeps_the_name_as_speaker():
    text = "Lucie Brenot de la Gazette du Port a qualifié l'accord de « reddition ».\n"
    assert _speakers(text, "fr")[0] in ("Lucie Brenot", "")   # a naming verb: no speaker


def test_en_verb_then_that_is_not_inverted():
    text = ("According to the Valley Courier, a witness \"with a clear view\" claimed that "
            "the driver had fled.\n")
    assert _speakers(text, "en") == ["the Valley Courier"]


def test_en_subject_of_a_coordinated_verb_is_the_sentence_subject():
    text = ("Mayor Ines Parrow spoke of the flood. She pointed to the dam as an example of what "
            "went wrong, but stated that the town was \"better prepared\" now.\n")
    assert _speakers(text, "en") == ["Ines Parrow"]


def test_en_short_sentence_continues_the_quote_before():
    text = ("\"It was a long night for all of us,\" Marek Olsen, a firefighter, said. "
            "\"We held on.\"\n")
    assert _speakers(text, "en") == ["Marek Olsen", "Marek Olsen"]


def test_fr_capitalised_name_mid_sentence_does_not_continue():
    text = ("« Nous n'avons rien vu venir », a déclaré Marc Olsen, un pompier. Cette semaine, "
            "les « Trois Grands » ont demandé de l'aide.\n")
    assert _speakers(text, "fr") == ["Marc Olsen", ""]


# -- one clause for several quotes, unnamed speakers for pronouns ------------------------

def test_fr_two_quotes_share_the_clause_after_them():
    text = ("Le ministre Paul Verdier était à Lyon.\n\nLa réforme « est un test » et « les "
            "enjeux sont énormes », a-t-il déclaré.\n")
    assert _speakers(text, "fr") == ["Paul Verdier", "Paul Verdier"]


def test_en_two_quotes_share_the_clause_after_them():
    text = ("Senator Ada Quill spoke on Friday.\n\nThe vote was \"a test\" and \"a warning\", "
            "she said.\n")
    assert _speakers(text, "en") == ["Ada Quill", "Ada Quill"]


def test_fr_pronoun_resolves_to_an_unnamed_spokesman():
    text = ("« Trois blessés ont été évacués », a indiqué un porte-parole des pompiers. Le feu "
            "aurait pris « dans la cuisine » a-t-il précisé.\n")
    assert _speakers(text, "fr")[1].startswith("un porte-parole")


def test_en_pronoun_resolves_to_an_unnamed_spokesman():
    text = ("\"Three people were taken to hospital,\" a fire service spokesman said. The fire "
            "began \"in the kitchen\", he added.\n")
    assert "spokesman" in _speakers(text, "en")[1]


def test_en_scare_quote_in_a_relative_clause_has_no_speaker():
    text = ("Ardent Records claims that Polymer broke a deal, which barred it from using the "
            "\"Ardent\" name.\n")
    assert _speakers(text, "en") == [""]


def test_fr_scare_quote_heading_after_a_quote_has_no_speaker():
    text = ("« Nous partirons demain matin avec toute la section », a déclaré le général Luc "
            "Amand.\n\n« Profil bas ».\n")
    assert _speakers(text, "fr")[1] == ""


def test_fr_long_clause_opens_with_the_organisation():
    text = ("Norvalis a publié hier soir un long communiqué de presse affirmant que le site "
            "restera « ouvert jusqu'en mai ».\n")
    assert _speakers(text, "fr") == ["Norvalis"]


# -- attributed quotes in house forms (speakers.unattributed-quote stays quiet) -----------

def _attributed(text: str, lang: str) -> list[bool]:
    return [q.attributed for q in _quotes(text, lang)[1]]


def test_en_signature_after_quote_attributes_it():
    text = ("\"Car makers are pulling every lever they have to bring buyers back this spring,\" "
            "Jonas Pike, an analyst at Edmunds.\n")
    assert _speakers(text, "en") == ["Jonas Pike"]


def test_fr_sentence_before_with_a_role_attributes_the_quote():
    text = ("Pour terminer, la porte-parole de la fédération a nuancé les chiffres. « On a "
            "constaté depuis janvier deux cents cas de fraude réelle, pas davantage. »\n")
    assert _speakers(text, "fr")[0].startswith("la porte-parole")


def test_en_statement_before_the_quote_attributes_it():
    text = ("Senator Ruth Calder issued a statement on Monday. \"Like many people here, I am "
            "disappointed with the decision to close the yard.\"\n")
    assert _speakers(text, "en") == ["Ruth Calder"]


def test_fr_quote_continues_across_a_subheading():
    text = ("L'adjoint Paul Ravel précisa : « Le projet sera prêt à la rentrée. »\n\n"
            "Programme de travaux.\n\n« De plus, dès l'an prochain, la commune engagera un lourd "
            "programme de rénovation des écoles. »\n")
    assert all(_attributed(text, "fr"))
    assert _speakers(text, "fr")[1].endswith("Ravel")


def test_en_quote_far_from_any_speaker_is_unattributed():
    """A speech verb two paragraphs away does not attribute a quote."""
    text = ("Officials said the road would reopen.\n\nThe bridge was built in 1902 and repaired "
            "twice since then by the county.\n\n\"The next target for the repair crews is the "
            "old mill road and it would be no surprise to see it done this week.\"\n")
    assert _attributed(text, "en") == [False]


def test_fr_quote_far_from_any_speaker_is_unattributed():
    text = ("Le maire a parlé lundi.\n\nLe pont a été construit en 1902 et réparé deux fois "
            "depuis par le département.\n\n« La prochaine cible des équipes est la vieille route "
            "du moulin et ce ne serait pas une surprise de la voir finie cette semaine. »\n")
    assert _attributed(text, "fr") == [False]


def test_en_dash_signature_names_the_speaker():
    text = ("\"I was grabbed from every side and could not see where my colleagues had gone.\" "
            "— Nadia Ferrier, reporter\n")
    assert _speakers(text, "en")[0].startswith("Nadia Ferrier")


def test_fr_dash_signature_names_the_speaker():
    text = ("« J'ai été agrippée de partout et je ne voyais plus mes collègues autour de moi. » "
            "—Nadia Ferrier, journaliste\n")
    assert _speakers(text, "fr")[0].startswith("Nadia Ferrier")


def test_en_block_quote_after_wrote_colon():
    text = ("Mayor Hana Lindqvist wrote to the council on Friday:\n\n\"We cannot keep the pool "
            "open through another winter without new money from the region.\"\n")
    assert _speakers(text, "en") == ["Hana Lindqvist"]


def test_fr_block_quote_after_ecrit_colon():
    text = ("La maire Hana Lindqvist a écrit au conseil vendredi :\n\n« Nous ne pouvons pas "
            "garder la piscine ouverte un hiver de plus sans argent de la région. »\n")
    assert _speakers(text, "fr") == ["Hana Lindqvist"]


def test_en_organisation_said_attributes_the_quote():
    text = ("\"The president will not take part in the talks planned for next week,\" the "
            "White House said.\n")
    assert _speakers(text, "en") == ["the White House"] and all(_attributed(text, "en"))


def test_en_interview_labels_attribute_quotes():
    text = ("Q: What did the old sign say about the shop?\n\nAna Ruiz: It said \"Fresh bread "
            "every morning from six until the last loaf is sold\", and people loved it.\n\n"
            "Q: And now?\n\nAna Ruiz: Now it is gone.\n")
    assert all(_attributed(text, "en"))


# -- pronouns with no person mention: the name opening a sentence before -----------------

def test_en_pronoun_resolves_to_a_name_opening_an_earlier_sentence():
    text = ("Harbour chief executive Olaf Brenning unveiled the ferry on Monday by sailing it "
            "into port.\n\nDuring the ceremony he stated that \"the new ferry will carry twice "
            "as many cars as the old one\".\n")
    assert _speakers(text, "en")[0].endswith("Brenning")


def test_fr_pronoun_resolves_to_a_name_after_a_dateline():
    text = ("12 mars 2021. - Odile Vasseur (Ariane), qui menait la course, a préféré rentrer "
            "au port. Il a fallu réparer. Elle a précisé : « La quille était fendue sur toute "
            "sa longueur, je ne pouvais pas continuer. »\n")
    assert _speakers(text, "fr")[0].endswith("Vasseur")


# -- "for X," and a clause ending in a comma ---------------------------------------------

def test_fr_pour_names_a_person_source():
    text = ("Le candidat Paul Verdier était à Lyon. Pour Paul Verdier, les électeurs « ne "
            "croient plus aux promesses ».\n")
    assert _speakers(text, "fr") == ["Paul Verdier"]


def test_fr_pour_before_a_time_phrase_names_nobody():
    text = "Pour la première fois, la commune a voté un budget « de combat ».\n"
    assert _speakers(text, "fr") == [""]


def test_en_for_names_a_person_source():
    text = ("Senator Ida Strand watched the vote. For Ida Strand, the party \"played its best "
            "hand of the season\".\n")
    assert _speakers(text, "en") == ["Ida Strand"]


def test_en_clause_ending_in_a_comma_introduces_a_full_quote():
    text = ("In her resignation letter, Mayor Ada Lund left this farewell, \"I have made some "
            "of the best friends of my life in this town.\"\n")
    assert _speakers(text, "en") == ["Ada Lund"]


# -- later speakers, inverted subjects after an adverb, names after a role ---------------

def test_en_pronoun_prefers_a_later_name_over_an_earlier_mention():
    text = ("\"We lost the vote,\" Senator Hal Brightwater said.\n\nRepublican leader Ida "
            "Morrow was also unhappy about the result.\n\n\"We were three votes away from a "
            "deal,\" she said.\n")
    assert _speakers(text, "en")[1].endswith("Morrow")


def test_fr_inverted_subject_after_an_adverb():
    text = ("Les Jeux doivent montrer une vitrine pour « relancer » le tourisme, dans l'ouest, "
            "a indiqué jeudi la ministre de l'Intérieur.\n")
    assert _speakers(text, "fr")[0].startswith("la ministre")


def test_en_said_then_a_time_is_no_inverted_subject():
    text = ("\"The bridge will reopen in spring,\" Marta Vilnius, head of the roads office, "
            "said on Tuesday.\n")
    assert _speakers(text, "en") == ["Marta Vilnius"]


def test_fr_pronoun_resolves_to_the_name_after_a_role():
    text = ("En effet, le ministre de la Justice Pablo Ruiz-Ortega voudrait changer la loi. "
            "Selon lui, « on ne peut pas laisser la loi en l'état une année de plus ».\n")
    assert _speakers(text, "fr")[0].endswith("Ruiz-Ortega")


def test_en_naming_participle_after_according_gives_no_speaker():
    text = ("According to the coach, Ada Lund, the team's robot, named \"Bright Idea\", scored "
            "twice.\n")
    assert _speakers(text, "en") == [""]


def test_fr_naming_participle_gives_no_speaker():
    text = "Selon l'entraîneur, le robot de l'équipe, baptisé « Idée Claire », a marqué.\n"
    assert _speakers(text, "fr") == [""]


def test_fr_said_before_a_fragment_still_reports():
    text = "La ministre Pauline Marin a dit « espérer » un accord rapide.\n"
    assert _speakers(text, "fr") == ["Pauline Marin"]


def test_en_role_words_between_quote_and_speaker():
    text = ("\"We came to show what we can build in a single season,\" team member Ana Ruiz "
            "told the press.\n")
    assert _speakers(text, "en") == ["Ana Ruiz"]


# -- coordinated verbs, inverted subjects before the quote, sources that hold the quote ---

def test_fr_coordinated_verb_takes_the_clause_subject():
    text = ("L'Association des maires du Jura a condamné le vote de Dole et estimé que « la "
            "commune devra payer ».\n")
    assert _speakers(text, "fr")[0].startswith("L'Association des maires du Jura")


def test_en_coordinated_verb_takes_the_pronoun_subject():
    text = ("Mayor Ana Ruiz spoke. She condemned the closure of the depot and said it was "
            "\"a betrayal\".\n")
    assert _speakers(text, "en") == ["Ana Ruiz"]


def test_fr_inverted_subject_before_a_colon():
    text = ("Le retrait est achevé, comme le précise l'ambassadeur de France, Paul Verdier : « Les "
            "forces françaises tournent une page importante de leur histoire. »\n")
    assert _speakers(text, "fr")[0].endswith("Verdier")


def test_en_that_after_the_verb_is_no_inverted_subject():
    """The phrase after "that" is no subject; "Other" opens the one before the verb."""
    text = "Other economists suggested that the largest lenders \"froze\" their credit lines.\n"
    assert _speakers(text, "en") == ["Other economists"]


def test_fr_title_inside_the_source_phrase_has_no_speaker():
    text = ("Selon un rapport de l'Insee sur « Les revenus des ménages », la crise a touché "
            "d'abord les plus modestes.\n")
    assert _speakers(text, "fr") == [""]


def test_fr_pour_with_a_full_name_names_the_source():
    text = "Pour Jérôme Vallier, « ce vote est une immense victoire pour tout le pays ! »\n"
    assert _speakers(text, "fr") == ["Jérôme Vallier"]


def test_fr_role_phrase_after_inverted_verb_stops_at_a_complement():
    text = ("« Non, il ne faut pas être inquiet », a répondu la porte-parole de la fédération à "
            "une question de la radio.\n")
    assert _speakers(text, "fr") == ["la porte-parole de la fédération"]


def test_facts_json_gives_where_the_source_is_written():
    doc, quotes, _ = _quotes("\"We have nothing to add to the statement at this time,\" the "
                             "Harbour Authority said.\n", "en")
    data = quotes[0].to_json(doc)
    where = data["source_span"]
    assert doc.text[where["offset"]:where["offset"] + where["length"]] == "the Harbour Authority"
    assert data["source"] == "the Harbour Authority" and data["speaker"] is None


# -- appositions with roles, a clause in the next paragraph --------------------------------

def test_en_name_before_a_role_apposition_without_comma():
    text = ("Lena Ostrova, president and chief executive of Harbour Lines said, \"This has been "
            "a wonderful day for everyone who built this ship.\"\n")
    assert _speakers(text, "en")[0].endswith("Ostrova")


def test_en_inverted_role_then_name():
    text = ("\"The market is starting to show small signs of life,\" said the vice president "
            "and chairman of Harbour Lines Jan Ostrow.\n")
    assert _speakers(text, "en")[0].endswith("Jan Ostrow")


def test_en_reporting_clause_in_the_next_paragraph():
    text = ("\"This is a regrettable but necessary step to protect the whole economy.\"\n\n"
            "said Dana Whitlock, Prime Minister of the province.\n")
    assert _speakers(text, "en")[0].endswith("Whitlock")


def test_en_subject_then_verb_phrase_keeps_the_name():
    text = ("At the conference, Ostrow started by hinting at the incident, saying, \"Stop me if "
            "you have already seen this one before.\"\n")
    assert _speakers(text, "en") == ["Ostrow"]


def test_fr_she_does_not_resolve_to_an_organisation():
    text = ("« Nous fermerons deux usines », a indiqué General Motors.\n\nLa présidente Marie "
            "Barra a parlé aux salariés. Elle a déclaré : « Nous garderons tous les emplois "
            "possibles dans la région. »\n")
    assert _speakers(text, "fr")[1].endswith("Barra")


def test_fr_quoted_rating_codes_have_no_speaker():
    text = ("Selon l'agence, la note du pays passe de « A3 » à « Baa3 » après trois mois de "
            "revue.\n")
    assert _speakers(text, "fr") == ["", ""]


def test_en_quoted_code_has_no_speaker():
    text = "The ministry said the jet, known to pilots as \"F-16C\", would stay in service.\n"
    assert _speakers(text, "en") == [""]
