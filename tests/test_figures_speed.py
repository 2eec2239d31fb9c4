"""Speed shortcuts of the figure rules held to the readings they replace (issues 13-15)."""
from __future__ import annotations

import functools

import regex
from hypothesis import given, settings, strategies as st

from checker.checks import unsourced_figure
from checker.locales import load_locale
from checker.spans import Span


# -- numbers.unsourced: the first-person voice of a sentence ------------------------------

@functools.lru_cache(maxsize=None)
def _one_pattern(lang: str):
    """The single pattern the two halves replace, as it was written."""
    lower, opening = [], []
    for word in load_locale(lang).words("numbers", "first_person"):
        end = r"(?!\w)" if word[-1:].isalnum() else ""
        lower.append(rf"(?<!\w){regex.escape(word)}{end}")
        opening.append(rf"{regex.escape(word[:1].upper() + word[1:])}{end}")
    return regex.compile(rf"^[\W\d_]*(?:{'|'.join(opening)})|{'|'.join(lower)}")


class _Doc:
    def __init__(self, prose: str, sentences: list[Span]) -> None:
        self.prose, self.sentences = prose, sentences


_VOICE = st.sampled_from(["we", "We", "WE", "our", "Our", "ours", "us", "US", "my", "My", "me", "Me",
                          "je", "Je", "j'", "J'", "j’", "m’", "M'", "moi", "mon", "Ma", "ma", "mes", "nous",
                          "Nous", "notre", "nos", "Nos", "x", "a", "é", "1", "_", " ", "-", "'", "«", ".",
                          "\n", "some", "mesure", "Mars"])
_TEXT = st.lists(_VOICE, max_size=12).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["en", "fr"]), _TEXT, _TEXT, _TEXT)
def test_first_person_voice_is_that_of_the_one_pattern(lang: str, before: str, text: str, after: str) -> None:
    prose = before + text + after
    sentence = Span(len(before), len(before) + len(text))
    document = _Doc(prose, [Span(0, len(before)), sentence, Span(sentence.end, len(prose))])
    expected = _one_pattern(lang).search(text) is not None
    assert unsourced_figure._first_person_voice(document, 1, load_locale(lang), {}) is expected


def test_first_person_voice_worked_cases() -> None:
    en, fr = load_locale("en"), load_locale("fr")
    def voiced(text: str, locale) -> bool:
        return unsourced_figure._first_person_voice(_Doc(text, [Span(0, len(text))]), 0, locale, {})
    assert voiced("Our volunteers planted 300 trees.", en)
    assert voiced("He gave us 300 trees.", en)
    assert not voiced("US donors gave 300 trees.", en)
    assert not voiced("Thousands rallied in Myanmar.", en)
    assert voiced("« J'ai planté 300 arbres.", fr)
    assert not voiced("Le président Ma a planté 300 arbres.", fr)
    assert voiced("Ma famille a planté 300 arbres.", fr)


# -- numbers.unsourced: sourced polls and statistics read only when a claim can lean on them

def _sourced_elsewhere_plain(by_sentence, elsewhere, document, g, params, caches):
    """``_sourced_elsewhere`` as it was: the first sourced poll and the paragraphs' first
    sourced statistics found in every story."""
    first_class = unsourced_figure._first_class
    if not elsewhere:
        return by_sentence
    polled = min((q.sentence for figures in elsewhere.values() for q in figures
                  if q.kind == "share" and first_class(document, q, g, params, caches) == "poll"),
                 default=None)
    counted: dict[int, int] = {}
    for figures in elsewhere.values():
        for q in figures:
            paragraph = document.paragraph_index(q.span.start)
            if paragraph is not None and q.sentence < counted.get(paragraph, q.sentence + 1) \
                    and first_class(document, q, g, params, caches) == "statistic":
                counted[paragraph] = q.sentence
    kept = {}
    for sentence, figures in by_sentence.items():
        rest = [(q, claim, severity) for q, claim, severity in figures
                if not (claim == "poll" and polled is not None and polled < sentence)
                and not (claim == "statistic"
                         and counted.get(document.paragraph_index(q.span.start), sentence) < sentence)
                and not any(first_class(document, o, g, params, caches) == claim
                            for o in elsewhere.get((q.value, q.unit), ()) if o.sentence != sentence)]
        if rest:
            kept[sentence] = rest
    return kept


_STORIES = [
    ("en", "In a poll by Ipsos, 62% of residents oppose the tower. Another 30% of residents back it.\n\n"
           "Sales fell 35% in January, as manufacturers reported. Ford's dropped 42%.\n\n"
           "Eleven hikers died, police said. Eleven hikers died in the avalanche. About 300 fled."),
    ("en", "Unemployment reached 9.4% of the workforce in June. The campaign raised $3 million, "
           "its treasurer said. The campaign raised $3 million in a week.\n\nBike sales fell 30% in March "
           "from a year earlier, the trade body said. Sales of scooters dropped 12% from a year earlier."),
    ("fr", "Selon un sondage de l'IFOP, 65 % des Français approuvent. 56 % des personnes interrogées "
           "doutent.\n\nLes ventes de vélos ont baissé de 30 % en mars, selon la fédération. Celles de "
           "trottinettes ont reculé de 12 %.\n\nTrois personnes ont été tuées. Selon les secours, "
           "l'accident a tué trois personnes."),
]


def test_sourced_elsewhere_answers_as_it_did(monkeypatch) -> None:
    from pathlib import Path
    from checker.engine import run_rules
    from checker.readers import read_path, read_text
    from checker.ruleset import load_rule_file
    root = Path(__file__).resolve().parent.parent
    rule = next(r for r in load_rule_file(root / "rules" / "numbers.yaml") if r.id == "numbers.unsourced")
    documents = [read_text(text, path="story.md", lang=lang) for lang, text in _STORIES]
    documents += [read_path(path) for path in sorted((root / "examples").glob("*.md"))]

    def findings() -> list[list[tuple]]:
        return [[(f.offset, f.length, f.severity, f.message) for f in run_rules(d, [rule]).findings]
                for d in documents]

    fast = findings()
    monkeypatch.setattr(unsourced_figure, "_sourced_elsewhere", _sourced_elsewhere_plain)
    assert findings() == fast
    assert any(fast)


# -- numbers.conflict: the fraction phrases of a story, found once behind a literal gate --

from checker.checks import figure_conflict  # noqa: E402

_FRACTION_BITS = st.sampled_from(["a third", "A Third", "two-thirds", "TWO THIRDS", "half", "Half",
                                  "behalf", "one  quarter", "three\tquarters", "quarterly", "a fifth",
                                  "un tiers", "Un Tiers", "la moitié", "LA MOITIÉ", "moitie", "trois quarts",
                                  "un dixième", "un cinquieme", "tiersé", "x", "é", " ", "-", "'", ".",
                                  "\n", "1", "of", "de", "ſ", "İ", "K"])
_FRACTION_TEXT = st.lists(_FRACTION_BITS, max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["en", "fr"]), _FRACTION_TEXT)
def test_fractions_in_finds_what_the_pattern_finds(lang: str, prose: str) -> None:
    locale = load_locale(lang)
    expected = [m.span("fraction") for m in figure_conflict._fraction_pattern(locale).finditer(prose)]
    assert [m.span("fraction") for m in figure_conflict._fractions_in(prose, locale)] == expected


def test_fractions_in_worked_cases() -> None:
    en, fr = load_locale("en"), load_locale("fr")
    def found(prose: str, locale) -> list[str]:
        return [m.group("fraction") for m in figure_conflict._fractions_in(prose, locale)]
    assert found("A third of the staff, or about 40 percent, left.", en) == ["A third"]
    assert found("She spoke on behalf of two-thirds of the members.", en) == ["two-thirds"]
    assert found("Quarterly results rose by 40 percent.", en) == []
    assert found("Un tiers du budget, soit 40 %, et LA MOITIÉ des postes.", fr) == ["Un tiers", "LA MOITIÉ"]
    assert found("Le tiercé du dimanche a rapporté 40 euros.", fr) == []
