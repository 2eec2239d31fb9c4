"""The numbers rules end to end: rules/numbers.yaml run through the engine on small articles."""
from __future__ import annotations

from pathlib import Path


from checker.engine import run_rules
from checker.readers import read_path, read_text
from checker.ruleset import load_rule_file

ROOT = Path(__file__).resolve().parent.parent
RULES = {rule.id: rule for rule in load_rule_file(ROOT / "rules" / "numbers.yaml")}


def findings(text: str, lang: str, rule_id: str, *, path: str = "story.txt") -> list:
    document = read_text(text, path=path, lang=lang)
    result = run_rules(document, [RULES[rule_id]])
    assert not result.warnings, result.warnings
    return [f for f in result.findings if f.rule == rule_id]


def warnings(text: str, lang: str, rule_id: str) -> list[str]:
    return [f.text for f in findings(text, lang, rule_id) if f.severity == "warning"]


def test_rule_examples_fire_and_stay_quiet() -> None:
    for rule in RULES.values():
        for lang, block in rule.examples.items():
            for bad in block.get("bad", ()):
                assert findings(bad, lang, rule.id), f"{rule.id} {lang} bad example did not fire: {bad}"
            for good in block.get("good", ()):
                assert not findings(good, lang, rule.id), f"{rule.id} {lang} good example fired: {good}"


def test_seed_flags_the_square_kilometres_and_not_the_sourced_fighters(seed: Path) -> None:
    document = read_path(seed)
    result = run_rules(document, [RULES["numbers.unsourced"]])
    flagged = {f.text: f.severity for f in result.findings}
    assert flagged.get("87 kilomètres carrés") == "warning"
    assert not any("cinquantaine" in text for text in flagged)


def test_unsourced_english() -> None:
    assert warnings("About 40 protesters were arrested outside parliament.", "en", "numbers.unsourced") == [
        "About 40 protesters"]
    assert warnings("About 40 protesters were arrested outside parliament, police said.", "en",
                    "numbers.unsourced") == []
    # The next sentence continues the statement and names the source.
    assert warnings("About 40 protesters were arrested. They were released later, a police spokesman said.",
                    "en", "numbers.unsourced") == []
    # An unrelated later sentence does not source it.
    assert warnings("About 40 protesters were arrested. The square reopened on Monday, the mayor said.",
                    "en", "numbers.unsourced") == ["About 40 protesters"]


def test_unsourced_french() -> None:
    assert warnings("Trois soldats ont été tués dans l'embuscade.", "fr", "numbers.unsourced") == [
        "Trois soldats ont été tués"]
    assert warnings("Trois soldats ont été tués dans l'embuscade, a indiqué l'armée.", "fr",
                    "numbers.unsourced") == []
    assert warnings("Trois soldats ont été tués, de source militaire.", "fr", "numbers.unsourced") == []


def test_sizes_and_routine_figures_are_not_asked_about() -> None:
    for text, lang in [("The capsule carries 521 kg of cargo to the station.", "en"),
                       ("The new tablet has a 13-inch screen and sells for $799.", "en"),
                       ("La capsule transporte 521 kg de matériel.", "fr"),
                       ("La rame de 200 mètres circule depuis lundi et compte 8 voitures.", "fr")]:
        assert findings(text, lang, "numbers.unsourced") == [], text


def test_exempt_figures_are_not_reported() -> None:
    for text, lang in [("A 45-year-old man was killed on May 5, 2011.", "en"),
                       ('"We buried 40 people," the imam told us.', "en"),
                       ("Un homme âgé de 45 ans a été tué le 13 février 2011.", "fr"),
                       ("« Nous avons enterré 40 personnes », a dit l'imam.", "fr")]:
        assert findings(text, lang, "numbers.unsourced") == [], text


def test_conflict_english_and_french() -> None:
    text = "Twelve people were killed in the blast. The 15 people killed were named on Monday."
    found = findings(text, "en", "numbers.conflict")
    assert [f.text for f in found] == ["15"] and found[0].related[0].text == "Twelve"
    assert findings("About 12 people were killed. The 13 people killed were named.", "en", "numbers.conflict") == []
    assert findings("Twelve people were killed. The toll later rose to 15 people killed.", "en",
                    "numbers.conflict") == []
    text = "L'armée a repris 87 kilomètres carrés de terres. Les 78 km² de terres repris sont minés."
    assert [f.text for f in findings(text, "fr", "numbers.conflict")] == ["78 km²"]
    text = "L'attaque a fait 14 morts, dont 9 civils et 7 soldats."
    assert [f.text for f in findings(text, "fr", "numbers.conflict")] == ["14"]
    assert findings("L'attaque a fait 16 morts, dont 9 civils et 7 soldats.", "fr", "numbers.conflict") == []


def test_percent_sum_english_and_french() -> None:
    assert findings("Yes won 55%, No 41% and blank votes 12%.", "en", "numbers.percent-sum")
    assert not findings("Shares rose 55%, then fell 41% and rose 12% again.", "en", "numbers.percent-sum")
    assert findings("Le oui obtient 55 %, le non 41 % et le blanc 12 %.", "fr", "numbers.percent-sum")
    assert not findings("Le taux passe de 75 % à 50 % en dix ans.", "fr", "numbers.percent-sum")
    assert not findings("Deux tiers (65 %) sont plutôt optimistes (56 %) ou très optimistes (9 %).", "fr",
                        "numbers.percent-sum")


def test_percent_sum_a_change_from_one_share_to_another_is_not_part_of_a_sum() -> None:
    # "rose from 30% to 85%": the change cue drops "30%"; "85%" must go with it, not be
    # added to the next share of the sentence (105%).
    assert not findings("Support for the plan rose from 30% to 85% while 20% objected, the council said.",
                        "en", "numbers.percent-sum")
    assert not findings("Le soutien est passé de 30 % à 85 % tandis que 20 % s'y opposent.",
                        "fr", "numbers.percent-sum")
    assert findings("Support stood at 85% while 20% objected, the council said.", "en", "numbers.percent-sum")


def test_format_consistency_is_info() -> None:
    found = findings("Prices rose 4% in May and 5 percent in June, and 6% in July.", "en",
                     "numbers.format-consistency")
    assert [(f.text, f.severity) for f in found] == [("5 percent", "info")]
    found = findings("Il y a 1 200 inscrits, puis 1500 inscrits et 1 700 inscrits.", "fr",
                     "numbers.format-consistency")
    assert [f.text for f in found] == ["1500 inscrits"] or [f.text for f in found] == ["1500"]
    assert not findings("Prices rose 4% in May and 5% in June.", "en", "numbers.format-consistency")


def test_format_consistency_leaves_fixed_number_formats_out_of_small_numbers() -> None:
    # A figure inside a hyphenated number compound or a ratio is a fixed format, not a style
    # choice: the counts written in words around it are the only small numbers of the story.
    rule = "numbers.format-consistency"
    for text in ("The valley saw a 1-in-100-year flood. Three houses fell and two roads closed.",
                 "The stores sell at a 3-for-2 price. Four staff left and two joined.",
                 "Some 1 in 4 tenants pay late. Three landlords and two agents agreed.",
                 "Only 1 out of 8 trains ran. Two drivers and three guards stayed home."):
        assert not findings(text, "en", rule), text
    for text in ("Une crue à 1-sur-100 ans a frappé. Trois maisons et deux routes ont cédé.",
                 "Près d'1 sur 4 locataires paie en retard. Trois bailleurs et deux agents l'admettent.",
                 "Un élève sur 6 a échoué. Deux professeurs et trois parents ont protesté."):
        assert not findings(text, "fr", rule), text
    # A small count in figures outside such a format is still a style choice.
    assert [f.text for f in findings("A 1-in-100-year flood hit. 3 houses fell, two roads and two bridges closed.",
                                     "en", rule)] == ["3"]
    assert [f.text for f in findings("Une crue à 1 sur 100 a frappé. 3 maisons, deux routes et deux ponts ont cédé.",
                                     "fr", rule)] == ["3"]



def test_conflict_restating_one_of_several_values_is_not_a_conflict() -> None:
    # One sentence gives two values for one noun and verb (a comparison); restating that
    # sentence agrees with both values, while restating it with a new value still conflicts.
    comparison = "The latest Zogby poll placed him 14 points behind Ken Smith and 19 points behind Terry Jones."
    text = f"{comparison} The debate is on Monday. {comparison}"
    assert findings(text, "en", "numbers.conflict") == []
    changed = f"{comparison} The debate is on Monday. {comparison.replace('19 points', '30 points')}"
    assert [f.text for f in findings(changed, "en", "numbers.conflict")] == ["30"]
    comparaison = "Le bilan de l'armée fait état de 12 soldats tués à Raqqa et de 30 soldats tués à Deir ez-Zor."
    texte = f"{comparaison} Les combats continuent. {comparaison}"
    assert findings(texte, "fr", "numbers.conflict") == []
    change = f"{comparaison} Les combats continuent. {comparaison.replace('30 soldats', '45 soldats')}"
    assert [f.text for f in findings(change, "fr", "numbers.conflict")] == ["45"]


# ``_words.words_before`` starts its search late; it must find what the full search finds.
from hypothesis import given, settings, strategies as st  # noqa: E402

from checker.checks._words import words_before, words_before_pattern  # noqa: E402

_WORDISH = st.text(alphabet="ab\u00e9\u0301_1 \t\n.,'\u2019-\u00ab:\u00a0", max_size=60)


@settings(max_examples=400, deadline=None)
@given(_WORDISH, st.integers(min_value=0, max_value=5))
def test_words_before_equals_the_full_search(text: str, count: int) -> None:
    fast = words_before(text, count)
    slow = words_before_pattern(count).search(text)
    assert (fast.span(), fast.group()) == (slow.span(), slow.group())


def test_words_before_takes_the_last_words() -> None:
    assert words_before("Selon la police, 12 ", 3).group() == "la police, 12 "
    assert words_before("la part des électeurs atteignait ", 2).group() == "électeurs atteignait "
    assert words_before("l’arrivée du-\n", 1).group() == "du-\n"
    assert words_before("", 4).group() == ""


def test_format_consistency_reads_ranges_conversions_collectives_and_series() -> None:
    rule = "numbers.format-consistency"
    quiet = [
        # A range of shares is marked once, after its last figure.
        ("en", "Sales rose 4% in May. The two models rose 16.5 and 9.3% respectively."),
        ("fr", "Les ventes ont augmenté de 4 % en mai. Les deux modèles ont gagné 16,5 et 9,3 % respectivement."),
        # A conversion in brackets keeps the form of its own currency.
        ("en", "The city will give 150 million euros (US$199 million) in aid. The region adds 20 million euros."),
        ("fr", "La ville donnera 150 millions de dollars (120 millions €) d'aide. La région ajoute 20 millions de dollars."),
        # A magnitude has no sign to write.
        ("en", "The plan costs $40 million and $12 million more; it has saved millions of dollars."),
        ("fr", "Le plan coûte 40 millions € et 12 millions € de plus ; il a fait économiser des millions d'euros."),
        # A series with a figure of ten or more is written in figures throughout.
        ("en", "The fleet has 24 small jets and 6 large ones. Two pilots and three engineers joined."),
        ("fr", "La flotte compte 24 petits avions et 6 gros porteurs. Deux pilotes et trois mécaniciens arrivent."),
    ]
    for lang, text in quiet:
        assert not findings(text, lang, rule), text
    # A small figure alone, in a story that writes them in words, is still a style choice.
    loud = [
        ("en", "The fleet has 6 large jets. Two pilots and three engineers joined."),
        ("fr", "La flotte compte 6 gros porteurs. Deux pilotes et trois mécaniciens arrivent."),
    ]
    for lang, text in loud:
        assert [f.text for f in findings(text, lang, rule)] == ["6"], text


def test_format_consistency_counts_no_year_as_a_number_without_a_separator() -> None:
    # Years joined by "and" are read as a pair of figures, not exempted as dates: they are
    # still years, and no house style writes "2,011".
    rule = "numbers.format-consistency"
    assert not findings("He won the cup in 2011 and 2016. Fans raised more than £8,000 for a bench.",
                        "en", rule)
    assert not findings("Il a gagné la coupe en 2011 et 2016. Les supporteurs ont réuni 8 000 euros.",
                        "fr", rule)
    found = findings("The club sold 4500 shirts in May and 5,200 shirts in June, and 4800 caps.", "en", rule)
    assert [f.text for f in found] in (["5,200 shirts"], ["5,200"])
