"""Attribution facts: cue and source, in English and French, and which sentences they cover."""
from __future__ import annotations

from checker.extractors.attributions import covering
from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text


def attributions(text: str, lang: str) -> list[dict]:
    document = read_text(text, path="story.txt", lang=lang)
    facts = Facts(document, load_locale(lang))
    found = [a.to_json(document) for a in facts.get("attributions")]
    for a in found:
        assert document.text[a["offset"]:a["offset"] + a["length"]] == a["text"]
    return found


def sources(text: str, lang: str) -> list[str | None]:
    return [a["source"] for a in attributions(text, lang)]


def test_french_cues_before_and_after_the_source() -> None:
    assert sources("Une cinquantaine de daechistes se sont rendus, selon Al Mayadeen.", "fr") == ["Al Mayadeen"]
    assert sources("D'après la préfecture, 300 personnes ont défilé.", "fr") == ["la préfecture"]
    assert sources("Le ministère a indiqué que 12 soldats avaient été tués.", "fr") == ["Le ministère"]
    assert sources("Douze soldats ont été tués, a indiqué le ministère.", "fr") == ["le ministère"]
    assert sources("Trois hommes ont été interpellés, de source policière.", "fr") == ["de source policière"]


def test_english_cues_before_and_after_the_source() -> None:
    assert sources("According to the health ministry, 12 people died.", "en") == ["the health ministry"]
    assert sources("Twelve people died, police said.", "en") == ["police"]
    assert sources("Twelve people died, said a hospital spokesman.", "en") == ["a hospital spokesman"]
    assert sources("Data from the census bureau show a fall.", "en") == ["the census bureau"]


def test_no_attribution_in_plain_statements() -> None:
    assert attributions("Twelve people died in the fire on Sunday.", "en") == []
    assert attributions("La fusée a décollé ce matin avec 521 kg de matériel.", "fr") == []
    # Nouns that look like speech verbs are not cues.
    assert attributions("The United States sent a note to the show organisers.", "en") == []
    assert attributions("Le chiffre d'affaires a augmenté, note la direction.", "fr") == []


def test_continuation_sentence_covers_the_figure_before_it() -> None:
    text = "Twelve people were killed in the blast. He said the toll could rise."
    document = read_text(text, path="story.txt", lang="en")
    facts = Facts(document, load_locale("en"))
    assert set(covering(document, facts.get("attributions"), facts.locale)) == {0, 1}
    assert set(covering(document, facts.get("attributions"), facts.locale, continuation=False)) == {1}
    text = "Douze personnes ont été tuées. Le lendemain, la police a indiqué un suspect."
    document = read_text(text, path="story.txt", lang="fr")
    facts = Facts(document, load_locale("fr"))
    assert set(covering(document, facts.get("attributions"), facts.locale)) == {1}


def test_auxiliary_before_the_cue_is_not_the_source() -> None:
    assert sources("The company has said it will cut 300 jobs.", "en") == ["The company"]


def test_scan_finds_what_each_pattern_finds() -> None:
    """The shared lower-case scan (``_Scan``) must give each cue pattern exactly the
    matches of its own case-insensitive ``finditer``, on made-up text with capitals,
    odd spaces, cues inside words and characters whose case rules differ ("ſ", "İ", the
    Kelvin sign: such a text is scanned the old way)."""
    import random

    from checker.extractors import attributions as module

    pieces = ["said", "SAID", "Said", "unsaid", "says.", "selon", "SELON", "Selon", "d'après",
              "D’APRÈS", "according", "to", "According\u00a0to", "a", "indiqué", "A  INDIQUÉ",
              "police sources", "de source policière", "ſaid", "İstanbul", "\u212aing", "Élysée",
              "the", "minister", ",", ".", "«", "»", "\n", "12", "told", "reporters", "ont"]
    rng = random.Random(3)
    for lang in ("en", "fr"):
        compiled = module.cues(load_locale(lang))
        assert compiled.scan is not None
        for _ in range(200):
            text = "".join(rng.choice(pieces) + rng.choice([" ", "  ", "", "\n", "\t"])
                           for _ in range(rng.randint(1, 30)))
            starts = compiled.scan.starts(text)
            for pattern in (compiled.phrases, compiled.before, compiled.after):
                for start, end in ((0, len(text)), (3, max(3, len(text) - 2))):
                    expected = [m.span() for m in pattern.finditer(text, start, end)]
                    found = [m.span() for m in module._matches(pattern, text, start, end, starts)]
                    assert found == expected, text
        assert compiled.scan.starts("He ſaid so.") is None
