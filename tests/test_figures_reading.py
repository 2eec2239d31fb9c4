"""How figures are read and sourced: scale words, attributions' reach, quotations, transcripts.

Each case is a sentence written for this test, in English and in French.
"""
from __future__ import annotations

import pytest

from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def _facts(text: str, lang: str):
    document = read_text(text, path="story.txt", lang=lang)
    return document, Facts(document, load_locale(lang))


def figure(text: str, lang: str, needle: str):
    document, facts = _facts(text, lang)
    for q in facts.get("quantities"):
        if needle in document.text[q.span.start:q.span.end]:
            return q
    raise AssertionError(f"no figure {needle!r}")


def sources(text: str, lang: str) -> list[str]:
    document, facts = _facts(text, lang)
    return [a.source_text(document) for a in facts.get("attributions")]


@pytest.mark.parametrize("text, needle, value, approximate", [
    ("La liste a recueilli 13 millions de voix au premier tour.", "13 millions", 13e6, False),
    ("Le club a dépensé près de 3 millions d'euros pour l'attaquant.", "3 millions", 3e6, True),
    ("Des millions de spectateurs ont suivi la finale.", "millions", 2e6, True),
    ("The list won 13 million votes in the first round.", "13 million", 13e6, False),
    ("Three dozen eggs were broken.", "Three dozen", 36, True),
    ("Trois dizaines de maisons ont brûlé.", "Trois dizaines", 30, True),
])
def test_a_scale_word_after_a_number_is_applied_once(text: str, needle: str, value: float,
                                                      approximate: bool) -> None:
    q = figure(text, "fr" if "é" in text or " de " in text else "en", needle)
    assert q.value == pytest.approx(value)
    assert q.approximate is approximate


@pytest.mark.parametrize("lang, text", [
    ("fr", "Avec ses 4 000 adhérents, le club devance son voisin.\n\nLa mairie a déclaré que la salle ouvrirait."),
    ("en", "With its 4,000 members, the club leads its rival.\n\nThey said the hall would open in May."),
])
def test_an_attribution_in_the_next_paragraph_does_not_source_a_figure(lang: str, text: str) -> None:
    assert not figure(text, lang, "4").sourced


@pytest.mark.parametrize("lang, text", [
    ("fr", "Avec ses 4 000 adhérents, le club devance son voisin. Il l'a déclaré lundi au maire."),
    ("en", "With its 4,000 members, the club leads its rival. It said so on Monday."),
])
def test_a_continuation_in_the_same_paragraph_still_sources_it(lang: str, text: str) -> None:
    assert figure(text, lang, "4").sourced


@pytest.mark.parametrize("lang, text, source", [
    ("fr", "Le chantier a coûté 8 millions d'euros, a déclaré M. Perrin.", "M. Perrin"),
    ("fr", "Le chantier a coûté 8 millions d'euros, selon le Dr. Perrin.", "le Dr. Perrin"),
    ("en", "The work cost $8 million, said Mr. Perrin.", "Mr. Perrin"),
    ("en", "The work cost $8 million, said J. Perrin.", "J. Perrin"),
])
def test_a_title_abbreviation_does_not_end_the_source(lang: str, text: str, source: str) -> None:
    assert source in sources(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "« Le danger est « réel » et 40 maisons sont menacées », a dit le préfet."),
    ("en", "“The danger is “real” and 40 homes are at risk,” the prefect said."),
])
def test_an_inner_pair_of_quote_marks_does_not_end_the_quotation(lang: str, text: str) -> None:
    assert figure(text, lang, "40").exempt == "quote"


@pytest.mark.parametrize("lang, text, source", [
    ("fr", "Pour le procureur fédéral, 30 personnes ont participé à la fraude.", "le procureur fédéral"),
    ("fr", "Pour Mme Lenoir, 30 personnes ont participé à la fraude.", "Mme Lenoir"),
    ("en", "For the prosecutor, 30 people took part in the fraud.", "the prosecutor"),
    ("en", "In the view of Ms. Black, 30 people took part in the fraud.", "Ms. Black"),
])
def test_a_viewpoint_opening_is_an_attribution(lang: str, text: str, source: str) -> None:
    assert figure(text, lang, "30").sourced
    assert source in sources(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Pour la première fois, 30 personnes ont participé au concours."),
    ("en", "For the first time, 30 people took part in the contest."),
])
def test_a_time_or_purpose_opening_is_not_an_attribution(lang: str, text: str) -> None:
    assert not figure(text, lang, "30").sourced


@pytest.mark.parametrize("lang, text", [
    ("en", "Question: How many boats sank?\n\nHarbour Master: About 40 boats sank. Another 12 were damaged.\n\n"
           "Question: When?"),
    ("fr", "Question : Combien de bateaux ont coulé ?\n\nCapitaine Morel : Une quarantaine. Et 12 ont été "
           "endommagés.\n\nQuestion : Quand ?"),
])
def test_a_transcript_answer_is_attributed_to_its_label(lang: str, text: str) -> None:
    assert figure(text, lang, "12").sourced


@pytest.mark.parametrize("lang, text", [
    ("en", "Update: 12 boats were damaged in the storm."),
    ("fr", "Mise à jour : 12 bateaux ont été endommagés."),
])
def test_a_single_label_is_not_a_transcript(lang: str, text: str) -> None:
    assert not figure(text, lang, "12").sourced


@pytest.mark.parametrize("lang, text, needle, reason", [
    ("fr", "Le jury applique deux poids deux mesures aux candidats.", "deux", "idiom"),
    ("fr", "Ils sont tous deux repartis vers la gare.", "deux", "idiom"),
    ("fr", "Le festival aura lieu les 3 et 4 août sur la plage.", "3 et 4", "date"),
    ("fr", "Le groupe « 40 Voleurs » a joué samedi.", "40", "name"),
    ("en", "The tour takes in the seven wonders of the world.", "seven", "idiom"),
    ("en", "The two of them left before dawn.", "two", "idiom"),
    ("en", "The band 40 Thieves played on Saturday.", "40", "name"),
    ("en", "The fair takes place on June 16 and 17 on the beach.", "16 and 17", "date"),
    ("en", "The band 10,000 Lanterns played on Saturday.", "10,000", "name"),
])
def test_set_phrases_names_and_days_are_not_figures(lang: str, text: str, needle: str, reason: str) -> None:
    assert figure(text, lang, needle).exempt == reason


@pytest.mark.parametrize("lang, text, needle", [
    ("fr", "Deux bateaux ont coulé et trois ont été endommagés.", "Deux"),
    ("fr", "Le groupe de 40 randonneurs est rentré.", "40"),
    ("en", "Two boats sank and three were damaged.", "Two"),
    ("en", "The group of 40 hikers came back.", "40"),
])
def test_ordinary_counts_stay_figures(lang: str, text: str, needle: str) -> None:
    assert figure(text, lang, needle).exempt is None


def test_every_number_of_a_set_phrase_is_exempt() -> None:
    document, facts = _facts("Le jury applique deux poids deux mesures aux candidats.", "fr")
    assert [q.exempt for q in facts.get("quantities")] == ["idiom", "idiom"]


@pytest.mark.parametrize("lang, text, needle", [
    ("en", "The Tarvik 717 sold poorly. The firm ended the 717 program in May.", "717 program"),
    ("fr", "Le Tarvik 717 s'est mal vendu. Le groupe a arrêté le programme du 717 en mai.", "717 en"),
    ("en", "The 787 Dreamliner will fly in May.", "787"),
    ("fr", "Le A380-800 vole depuis mai.", "800"),
])
def test_a_model_number_is_a_name_wherever_it_stands(lang: str, text: str, needle: str) -> None:
    document, facts = _facts(text, lang)
    start = text.index(needle)
    figures = [q for q in facts.get("quantities") if q.span.start == start]
    assert figures and figures[0].exempt == "model"


@pytest.mark.parametrize("lang, text, needle", [
    ("en", "Three Americans were held. Later 717 people were freed.", "717"),
    ("fr", "Trois Américains sont détenus. Puis 717 personnes ont été libérées.", "717"),
    ("fr", "Les 3 Français sont rentrés.", "3"),
])
def test_counts_of_people_named_by_a_capitalised_plural_stay_figures(lang: str, text: str, needle: str) -> None:
    assert figure(text, lang, needle).exempt is None


@pytest.mark.parametrize("lang, text, needle, sourced", [
    # A speech verb's participle after a determiner or a figure qualifies a noun: no source.
    ("en", "An estimated 300 people fled the valley.", "300", False),
    ("en", "In the poll, 42% of registered voters back the mayor.", "42%", False),
    ("en", "The region had 300 confirmed cases in May.", "300", False),
    ("en", "Reported burglaries rose 38% in May.", "38%", False),
    ("fr", "Cette annonce concerne 300 postes dans la région.", "300", False),
    # The verb itself still gives the source, inverted or not.
    ("en", "Said the mayor: 300 homes are flooded.", "300", True),
    ("en", "The ministry said 300 homes are flooded.", "300", True),
    ("fr", "Le ministère annonce 300 suppressions de postes.", "300", True),
    ("fr", "Il l'a annoncé lundi : 300 postes seront supprimés.", "300", True),
    ("en", "Figures published on Monday show 4,000 migrants crossed the strait.", "4,000", True),
    ("fr", "Les chiffres publiés lundi montrent que 4 000 migrants ont traversé le détroit.", "4 000", True),
])
def test_a_participle_or_noun_of_a_speech_verb_is_no_attribution(lang: str, text: str, needle: str,
                                                                 sourced: bool) -> None:
    assert figure(text, lang, needle).sourced is sourced


@pytest.mark.parametrize("lang, text, sourced", [
    # The -ing form of a speech verb names its subject as the source.
    ("en", "Carmakers suffered, with the Tarvel group announcing a $14.6 billion loss.", True),
    ("fr", "Les constructeurs ont souffert, le groupe Tarvel annonçant une perte de 14,6 milliards d'euros.", True),
    # A verb that only adds to something says nothing.
    ("en", "The shelter needs 300 beds, adding to the strain on the city.", False),
    ("fr", "Le refuge manque de 300 lits, ajoutant à la pression sur la ville.", False),
])
def test_the_ing_form_of_a_speech_verb_is_an_attribution(lang: str, text: str, sourced: bool) -> None:
    needle = "14,6" if lang == "fr" and "14,6" in text else ("$14.6" if "$14.6" in text else "300")
    assert figure(text, lang, needle).sourced is sourced
