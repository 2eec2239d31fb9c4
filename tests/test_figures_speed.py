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
