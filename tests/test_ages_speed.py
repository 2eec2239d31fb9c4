"""Speed shortcuts of the ages extractor (issue 7) held to the plain reading: the gates
(a digit with its cue before or after it) hold wherever their form matches, and ages and
birth years are those of every form searched in every paragraph that has a digit."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from checker.extractors.times import _ages
from checker.facts import Facts
from checker.locales import load_locale
from checker.readers import read_text
from checker.spans import Span

_PIECES = {
    "en": ["aged", "Aged", "AGE", "age", "at the age of", "at age", "45", "7", "130", "1970",
           "2001", "-year-old", " years old", "year-old", "Smith", "O'Neil", ",", ".",
           "born in", "was born on", "(", ")", "Ivan", "ſmith", "25th anniversary", "centenary"],
    "fr": ["âgé de", "Âgée de", "agés de", "à l'âge de", "à l’âge de", "45", "7", "130",
           "1970", "2001", "ans", "Marie", "Dupont", ",", ".", "née en", "né le", "Né en",
           "(", ")", "Élise", "avait", "il y avait", "de", "centenaire", "40e anniversaire",
           "a eu", "fête ses", "Avait", "ANS", " ans", "ans d'expérience"],
}
_SEPARATORS = [" ", "  ", "", "\n", "\n\n", "\t", "\u00a0"]


def _story(lang: str):
    piece = st.sampled_from(_PIECES[lang] + _SEPARATORS)
    return st.lists(piece, max_size=24).map("".join)


def _reference(document, locale) -> list:
    """The extractor as it read before its shortcuts: every form in every paragraph with
    a digit, no gate, no skipping to the next digit."""
    p = _ages._patterns(locale.path, locale)
    prose = document.prose
    found, taken = [], []
    if p.anniversary is not None:
        found.extend(_ages._anniversaries(p, prose))
    facts = Facts(document, locale)
    for paragraph in document.paragraphs:
        start, end = paragraph.span.start, paragraph.span.end
        if _ages._DIGIT.search(prose, start, end) is None:
            continue
        for pattern, form in ((p.before_form, "cue"), (p.after_form, "adjective"),
                              (p.apposition, "apposition"), (p.verb_form, "verb")):
            for match in (pattern.finditer(prose, start, end) if pattern is not None else ()):
                years = int(match.group("age"))
                span = Span(match.start(), match.end())
                if not 0 < years < 125 or any(span.overlaps(t) for t in taken):
                    continue
                taken.append(span)
                found.append(_ages.Age(span, years, _ages._described(match.group(), form, facts)))
        if _ages._YEAR.search(prose, start, end) is None:
            continue
        for match in p.born.finditer(prose, start, end):
            found.append(_ages.BirthYear(Span(match.start(), match.end()), int(match.group("year")),
                                        Span(match.start("year"), match.end("year"))))
    return sorted(found, key=lambda f: f.span)


def _check(lang: str, text: str) -> None:
    locale = load_locale(lang)
    p = _ages._patterns(locale.path, locale)
    for start, end in ((0, len(text)), (2, max(2, len(text) - 3))):
        if p.before_form.search(text, start, end) is not None:
            assert p.before_gate.search(text, start, end) is not None, text
        if p.after_form is not None and p.after_form.search(text, start, end) is not None:
            assert p.after_gate.search(text, start, end) is not None, text
        if p.verb_form is not None and p.verb_form.search(text, start, end) is not None:
            assert p.verb_gate.search(text, start, end) is not None, text
    document = read_text(text, path="story.txt", lang=lang)
    facts = Facts(document, locale)
    assert list(_ages.extract(document, facts)) == _reference(document, locale), text


@settings(max_examples=300, deadline=None)
@given(_story("en"))
def test_english_ages_are_those_of_the_plain_reading(text: str) -> None:
    _check("en", text)


@settings(max_examples=300, deadline=None)
@given(_story("fr"))
def test_french_ages_are_those_of_the_plain_reading(text: str) -> None:
    _check("fr", text)


def test_worked_stories() -> None:
    """Each form once, in both languages, and no age where the cue is missing."""
    def values(text: str, lang: str) -> list[tuple[str, int]]:
        document = read_text(text, path="story.txt", lang=lang)
        facts = Facts(document, load_locale(lang))
        return [(type(f).__name__, getattr(f, "years", getattr(f, "year", 0)))
                for f in _ages.extract(document, facts)]

    story = ("The mayor, aged 61, spoke first.\n\nA 45-year-old man was hurt.\n\n"
             "Ann Lee, 38, was born in 1987.\n\nThe bridge has 3 lanes.")
    assert values(story, "en") == [("Age", 61), ("Age", 45), ("Age", 38), ("BirthYear", 1987)]
    story = ("Le maire, âgé de 61 ans, a parlé.\n\nMarie Dupont, 38, est née en 1987.\n\n"
             "Le pont a 3 voies.")
    assert values(story, "fr") == [("Age", 61), ("Age", 38), ("BirthYear", 1987)]
    # a one-digit age opening a paragraph, first or after one without digits
    assert values("7-year-old Tom won.", "en") == [("Age", 7)]
    assert values("Twins won.\n\n7-year-old Tom won.", "en") == [("Age", 7)]
    assert values("Three lanes, 45 cars.", "en") == []
    assert values("Il reste 45 voitures.", "fr") == []
    # the verb form behind its gate (a digit, then " ans"): "il avait 47 ans" is an age
    assert values("Il avait 47 ans.\n\nIl y avait 47 ans.\n\nIl avait 3 enfants.", "fr") == [("Age", 47)]
