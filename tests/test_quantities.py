"""Quantity extraction in English and French: values, units, nouns, approximations, exemptions."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def quantities(text: str, lang: str) -> list[dict]:
    document = read_text(text, path="story.txt", lang=lang)
    facts = Facts(document, load_locale(lang))
    found = [q.to_json(document) for q in facts.get("quantities")]
    for q in found:
        assert document.text[q["offset"]:q["offset"] + q["length"]] == q["text"]
    return found


def one(text: str, lang: str, needle: str) -> dict:
    matches = [q for q in quantities(text, lang) if needle in q["text"]]
    assert matches, f"no quantity containing {needle!r} in {quantities(text, lang)}"
    return matches[0]


@pytest.mark.parametrize("text, needle, value, unit", [
    ("The plant employs 1,234.5 workers.", "1,234.5", 1234.5, None),
    ("Shares fell 14% on Monday.", "14%", 14, "%"),
    ("Turnout was 14 percent.", "14 percent", 14, "%"),
    ("The deal is worth $40bn.", "$40bn", 40e9, "USD"),
    ("They pumped 1.2 million barrels.", "1.2 million barrels", 1.2e6, "bbl"),
    ("The bill came to £3m.", "£3m", 3e6, "GBP"),
    ("He paid US$3.5m for it.", "US$3.5m", 3.5e6, "USD"),
    ("Two hundred and fifty troops arrived.", "Two hundred and fifty", 250, None),
    ("The fire burnt 40 square kilometres of forest.", "40 square kilometres", 40, "km²"),
    # a unit with a superscript after a letter that is also a scale ("m" for million)
    ("The fire destroyed a 6,000 m² warehouse.", "6,000 m²", 6000, "m²"),
    ("The flat measures 850 square feet.", "850 square feet", 850, "ft²"),
])
def test_english_values_and_units(text: str, needle: str, value: float, unit: str | None) -> None:
    q = one(text, "en", needle)
    assert q["value"] == pytest.approx(value)
    assert q["unit"] == unit


@pytest.mark.parametrize("text, needle, value, unit", [
    ("L'usine emploie 1 234 personnes.", "1 234", 1234, None),
    ("L'usine emploie 1\u202f234 personnes.", "1\u202f234", 1234, None),
    ("L'usine emploie 1\u00a0234 personnes.", "1\u00a0234", 1234, None),
    ("Le stock atteint 1 234,5 tonnes.", "1 234,5 tonnes", 1234.5, "t"),
    ("Le chômage touche 14 % des actifs.", "14 %", 14, "%"),
    ("Le taux est de 14 pour cent.", "14 pour cent", 14, "%"),
    ("Le projet coûte 2,5 milliards d'euros.", "2,5 milliards d'euros", 2.5e9, "EUR"),
    ("Le budget est de 3 M€.", "3 M€", 3e6, "EUR"),
    ("Quarante-cinq personnes ont été entendues.", "Quarante-cinq", 45, None),
    ("Deux cent mille manifestants ont défilé.", "Deux cent mille", 200000, None),
    ("Ils ont repris 87 kilomètres carrés de terres.", "87 kilomètres carrés", 87, "km²"),
    ("Un entrepôt de 6 000 m² a brûlé.", "6 000 m²", 6000, "m²"),
    ("Un entrepôt de 600 mètres carrés a brûlé.", "600 mètres carrés", 600, "m²"),
    ("Le marché pèse 1.234 tonnes.", "1.234 tonnes", 1234, "t"),
])
def test_french_values_and_units(text: str, needle: str, value: float, unit: str | None) -> None:
    q = one(text, "fr", needle)
    assert q["value"] == pytest.approx(value)
    assert q["unit"] == unit


@pytest.mark.parametrize("lang, text, needle, noun", [
    # a word that describes the counted noun before it: the noun is the word after
    ("en", "The charity runs 11 accessible minibuses in the district.", "11", "minibuses"),
    ("en", "The plant will create 40 new jobs next year.", "40", "jobs"),
    ("fr", "L'usine créera 40 nouveaux emplois l'an prochain.", "40", "emplois"),
    # a noun before the plural head it modifies (English puts the head last): the head
    ("en", "The district has 12 police officers on duty.", "12", "officers"),
    ("en", "The loop will heat 60 downtown buildings.", "60", "buildings"),
    ("en", "The service will cut 12 control-room posts.", "12", "posts"),
    ("en", "Customs seized 3 glass eels.", "3", "eels"),
    ("fr", "La commune compte 40 logements sociaux.", "40", "logements"),
    # a first word that ends as a plural does, or a second that is no plural: the first word
    ("en", "The paper ran 5 news stories on the fire.", "5", "news"),
    ("en", "The town has 46 buildings along Main Street.", "46", "buildings"),
    # a noun that is not described, or a description with nothing counted after it
    ("en", "Of the buses, 11 are new and accessible.", "11", None),
    ("fr", "Il y aura 300 jeunes sur le site.", "300", "jeunes"),
])
def test_a_described_counted_noun(lang: str, text: str, needle: str, noun: str | None) -> None:
    assert one(text, lang, needle).get("noun") == noun


@pytest.mark.parametrize("lang, text, needle, value, high", [
    # a hyphenated number word after a range word is one number, not a range
    ("fr", "Le projet prévoit la suppression de quarante-deux places.", "quarante", 42, None),
    ("fr", "Il a perdu de vingt-huit voix.", "vingt", 28, None),
    ("en", "Turnout rose from forty-two to fifty voters.", "forty", 42, 50),
    # a range of words stays a range
    ("fr", "De dix à douze personnes ont été blessées.", "dix", 10, 12),
])
def test_a_hyphenated_number_word_after_a_range_word(lang, text, needle, value, high) -> None:
    q = one(text, lang, needle)
    assert (q["value"], q.get("high")) == (value, high)


def test_approximations_ranges_and_nouns() -> None:
    q = one("Une cinquantaine de daechistes se sont rendus.", "fr", "cinquantaine")
    assert (q["value"], q["approximate"], q["noun"]) == (50, True, "daechistes")
    q = one("Il y a eu entre 10 et 12 morts.", "fr", "entre")
    assert (q["value"], q["high"], q["noun"]) == (10, 12, "morts")
    q = one("Plus de 300 personnes ont fui.", "fr", "300")
    assert q["approximate"] and q["noun"] == "personnes"
    q = one("About 12 people were killed.", "en", "12")
    assert q["approximate"] and q["noun"] == "people" and q["kind"] == "count"
    q = one("Dozens of protesters gathered.", "en", "Dozens")
    assert q["approximate"] and q["noun"] == "protesters"
    q = one("Between 10 and 12 soldiers died.", "en", "Between")
    assert (q["value"], q["high"]) == (10, 12)
    q = one("Des centaines de blessés ont été soignés.", "fr", "centaines")
    assert q["approximate"] and q["noun"] == "blessés"


@pytest.mark.parametrize("text, needle, reason", [
    ("The war ended in 1945 after years of fighting.", "1945", "year"),
    ("The vote was held on May 5, 2011 in the capital.", "5", "date"),
    ("The meeting starts at 10:30 tomorrow.", "10", "time"),
    ("A 45-year-old man was arrested.", "45", "age"),
    ("He finished 3rd in the race.", "3", "ordinal"),
    ("The Boeing 737 landed safely.", "737", "model"),
    ("They won the final 3-1 after extra time.", "3-1", "score"),
    ("The rule is set out on page 12 of the report.", "12", "page"),
    ('"We counted 40 bodies," the officer said.', "40", "quote"),
])
def test_english_exemptions(text: str, needle: str, reason: str) -> None:
    assert one(text, "en", needle).get("exempt") == reason


@pytest.mark.parametrize("text, needle, reason", [
    ("Il est né en 1962 à Lyon.", "1962", "year"),
    ("Elle est décédée le 13 février à Nancy.", "13", "date"),
    ("La fusée a décollé à 7h44 ce matin.", "7", "time"),
    ("Un homme âgé de 45 ans a été interpellé.", "45", "age"),
    ("Il est arrivé 2e de la course.", "2", "ordinal"),
    ("L'article 5 du traité a été invoqué.", "5", "page"),
    ("« Nous avons compté 40 corps », a dit l'officier.", "40", "quote"),
    ("Sochaux a fait match nul face à Bastia (1-1) samedi.", "1-1", "score"),
])
def test_french_exemptions(text: str, needle: str, reason: str) -> None:
    assert one(text, "fr", needle).get("exempt") == reason


def test_claims_are_not_exempt() -> None:
    assert "exempt" not in one("Twelve people were killed in the blast.", "en", "Twelve")
    assert "exempt" not in one("Il y a eu 2 000 manifestants.", "fr", "2 000")


def test_article_and_lone_one_are_not_quantities() -> None:
    assert quantities("One of them left, une femme est venue.", "en") == []
    assert quantities("Une femme est venue avec un ami.", "fr") == []


def test_headline_figure_repeated_in_body_is_exempt_and_sourced() -> None:
    text = ("---\ntitle: Flood\nlang: en\n---\n\n# 12 killed in flood\n\n"
            "Twelve people were killed in the flood, police said.\n")
    document = read_text(text, path="story.md")
    facts = Facts(document, load_locale("en"))
    heads = [q for q in facts.get("quantities") if q.exempt == "headline"]
    assert len(heads) == 1 and heads[0].sourced
    assert document.text[heads[0].source.start:heads[0].source.end] == "police"


def test_odd_input_never_raises() -> None:
    for text in ("", "%%%", "1,,,,2", "$", "12e", "—" * 50, "deux et trois et quatre personnes",
                 "1 2 3 4 5 6 7 8 9 0", "€€€ 1", "½ of 3/4"):
        quantities(text or " ", "en")
        quantities(text or " ", "fr")


# The exemption scan starts each pattern at (first digit - its digit lead): it must find
# exactly what a scan from the stretch's start finds.

@pytest.mark.parametrize("pattern, lead", [
    (r"(?P<n>\d+)(?:st|nd|rd|th)\b", 0),
    (r"\baged? (?P<n>\d+)", 5),
    (r"(?:ab|c)\d", 2),
    (r"[^0-9]\d", 1),
    (r"x*\d", -1),          # needs a digit, unbounded before it
    (r"(?i)ab\d", -1),      # case-insensitive: no bound taken
    (r"\d|x", None),        # a match may hold no digit
    (r"(?P<n>[\w-]+?)[- ]years? old", None),
    (r"\p{Lu}\d", None),    # regex-only syntax: no shortcut
])
def test_digit_lead_values(pattern: str, lead: int | None) -> None:
    from checker.speedups.digit_lead import digit_lead
    assert digit_lead(pattern) == lead


def test_digit_lead_scan_equals_full_scan() -> None:
    pytest.importorskip("hypothesis")
    from hypothesis import given, settings, strategies as st
    import regex
    from checker.speedups.digit_lead import ANY, digit_lead
    from checker.extractors.quantities._grammar import grammar
    patterns = [p for lang in ("en", "fr") for _, p in grammar(load_locale(lang)).exempt]
    patterns += [grammar(load_locale(lang)).date for lang in ("en", "fr")]
    alphabet = st.sampled_from(list("0123456789 ,.:-/()'aAgedPpStThnrdoqlVv") + ["aged ", "page ", "Page ",
                               "March ", "mars ", " ans", "Street", "won ", "rue ", "2024", "12:30"])
    texts = st.lists(alphabet, max_size=12).map("".join)

    def check(text: str, cut_start: int, cut_end: int) -> None:
        start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
        digit = regex.search(r"\d", text[start:end])
        for pattern in patterns:
            full = [m.span() for m in pattern.finditer(text, start, end)]
            lead = digit_lead(pattern.pattern)
            if lead is None:
                continue
            if digit is None:
                assert full == []
                continue
            scan_from = start if lead == ANY else max(start, start + digit.start() - lead)
            assert [m.span() for m in pattern.finditer(text, scan_from, end)] == full, (pattern.pattern, text)

    # Matches that start well before their digit, then random stretches.
    for text in ("She was aged 5 then.", "See page 12, Resolution 2334.", "le 3 mars, l'âge de 40 ans",
                 "born March 3, 2024 here", "Smith (41), who won 3-1", "un homme de 41 ans", "rue 12"):
        for cut in range(4):
            check(text, cut, 0)
    settings(max_examples=300, deadline=None)(given(texts, st.integers(0, 12), st.integers(0, 12))(check))()


def _flat_stems(entries):
    """The stem pattern as a flat longest-first alternation (the reference)."""
    import regex
    from checker.locales import fold
    parts = []
    for entry in entries:
        entry = fold(entry.strip())
        if entry:
            parts.append(regex.escape(entry[:-1]).replace("\\ ", r"\s+") + r"\w*" if entry.endswith("*")
                         else regex.escape(entry).replace("\\ ", r"\s+"))
    return regex.compile(rf"(?<![\w])(?:{'|'.join(sorted(parts, key=len, reverse=True))})(?![\w])")


_CUE_PIECES = ["kill*", "killed", "dead", "death*", "rose to", "up from", "a year earlier", "vs",
               "now", "toll", "tués", "blessé*", "près de", "jusqu'à", "j", "k*", "ki", "a"]
_TEXT_PIECES = ["killed", "kills", "skill", "dead", "deadline", "Death", "rose  to", "rose\tto",
                "up from", "now", "snow", "vs.", "TOLL", "tués", "blessés", "près de", "ki", "k",
                " ", ",", "-", "'", "é", "\n", "2"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from(_TEXT_PIECES), max_size=12))
def test_cue_trees_find_a_cue_exactly_where_flat_alternations_do(cues, pieces):
    import regex
    from checker.extractors.quantities._grammar import (_alternation, _phrase_pattern, stem_pattern, fold_fast)
    text = "".join(pieces)
    assert (stem_pattern(cues).search(fold_fast(text)) is None) == \
        (_flat_stems(cues).search(fold_fast(text)) is None)
    phrases = [c.rstrip("*") for c in cues]
    flat = regex.compile(rf"(?<![\w])(?:{_alternation(phrases)})(?!\w)", regex.IGNORECASE)
    assert (_phrase_pattern(phrases).search(text) is None) == (flat.search(text) is None)


@pytest.mark.parametrize("lang, text, needle", [
    ("en", "The comet passed some six light-years from the star.", "six light-years"),
    ("en", "A planet found 4.2 light years away.", "4.2 light years"),
    ("fr", "Une planète située à six années-lumière du Soleil.", "six années-lumière"),
    ("fr", "L'étoile est à 4,2 a.l. de la Terre.", "4,2 a.l."),
])
def test_light_years_are_a_distance_not_a_duration(lang: str, text: str, needle: str) -> None:
    # "années-lumière" is no count of years: read as a duration it would meet the time line.
    q = one(text, lang, needle)
    assert q["kind"] == "measure" and q["unit"] in ("ly", "al"), q


@pytest.mark.parametrize("lang, text, needle, reason", [
    ("en", "The band's #2 single sold well.", "2", "page"),
    ("en", "The prototype, coded 003, flew on Monday.", "003", "model"),
    ("fr", "La tête de série n°3 a perdu en finale.", "3", "page"),
    ("fr", "Le n° 2 du syndicat a démissionné.", "2", "page"),
    ("fr", "Le prototype, baptisé 004, a volé lundi.", "004", "model"),
])
def test_ranks_and_codes_are_not_counts(lang: str, text: str, needle: str, reason: str) -> None:
    # "n°3", "#2" rank something; a leading zero writes a code: neither counts anything.
    q = one(text, lang, needle)
    assert q.get("exempt") == reason, q


@pytest.mark.parametrize("lang, text, needle", [
    ("en", "Only 2 of the 0.5 litre bottles were sold.", "0.5"),
    ("fr", "Seules 2 bouteilles de 0,5 litre ont été vendues.", "0,5"),
])
def test_a_decimal_below_one_is_still_a_figure(lang: str, text: str, needle: str) -> None:
    assert "exempt" not in one(text, lang, needle)


@pytest.mark.parametrize("lang, text, needles", [
    # a year then a smaller figure after "to" / « à » is no range: a level, dated, and the next level
    ("en", "Farm shops rose from 310 in 2017 to 402 in 2022.", ["310", "2017", "402", "2022"]),
    ("fr", "Les magasins à la ferme sont passés de 310 en 2017 à 402 en 2022.", ["310", "2017", "402", "2022"]),
    # a range of years stays one
    ("en", "From 2010 to 2020 the farm grew.", ["From 2010 to 2020"]),
    ("fr", "Entre 2010 et 2020, la ferme a grandi.", ["Entre 2010 et 2020"]),
])
def test_a_year_then_a_smaller_figure_is_no_range(lang, text, needles) -> None:
    assert [q["text"] for q in quantities(text, lang)] == needles


@pytest.mark.parametrize("lang, text, needles", [
    # digits, a dash, then words: two figures, both read
    ("en", "Of those, 690 – three in five, or 60 per cent – agreed.", ["690", "three", "five", "60 per cent"]),
    ("fr", "Parmi eux, 690 – trois sur cinq, soit 60 % – approuvent.", ["690", "trois", "cinq", "60 %"]),
])
def test_digits_then_words_after_a_dash_are_two_figures(lang, text, needles) -> None:
    assert [q["text"] for q in quantities(text, lang)] == needles
