"""_ascii_search.holds answers ``pattern.search(text, pos, endpos) is not None`` exactly:
through a standard-library twin on ASCII text, with the pattern itself otherwise."""
from __future__ import annotations

import regex
from hypothesis import given, settings, strategies as st

import pytest

from checker.checks import _ascii_search
from checker.checks._ascii_search import _twin, holds
from checker.extractors._number_patterns import _phrase_pattern, _stem_pattern, grammar
from checker.locales import load_locale

@pytest.fixture(autouse=True)
def twin_at_once(monkeypatch):
    """The twin from the first search (a process uses it after _WARM searches of a pattern)."""
    monkeypatch.setattr(_ascii_search, "_WARM", 0)


GRAMMARS = [grammar(load_locale(lang)) for lang in ("en", "fr")]
CUES = [getattr(g, name) for g in GRAMMARS for name in ("contested", "update", "parts_subset", "change_before")]

# Words of both languages' cue lists, their pieces, and the characters the engines could
# read differently: U+001C-U+001F (white space to the standard library only), non-ASCII
# letters and marks beside ASCII ones, the long s and the Kelvin sign (case partners of s, k).
WORDS = ("compared", "with", "among", "them", "par", "rapport", "killed", "kill", "dead", "arrested", "crowd", "civilians", "compared with", "rose to",
         "including", "among them", "dont", "notamment", "tués", "blessés", "arrêtés", "par rapport à",
         "l'an dernier", "l’an dernier", "désormais", "hausse", "Killed", "DEAD", "sKill", "killedx",
         "x", "_", "9", "-", "'", " ", "  ", "\t", "\n", "\x1c", "\x1f", "é", "\u0301", "ſ", "\u212a",
         "ı", "İ", "ß", "«", "»", ".", ",")
texts = st.lists(st.sampled_from(WORDS), max_size=14).map("".join)


def _bounds(data, text: str) -> tuple[int, int]:
    pos = data.draw(st.integers(0, len(text)))
    return pos, data.draw(st.integers(pos, len(text)))


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(CUES), texts, st.data())
def test_the_grammar_cues_answer_as_regex_does(pattern, text, data):
    pos, end = _bounds(data, text)
    assert holds(pattern, text) == (pattern.search(text) is not None)
    assert holds(pattern, text, pos, end) == (pattern.search(text, pos, end) is not None)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(("kill*", "dead", "arrest*", "ſtop", "\u212aayak", "tué*", "a b", "s",
                                 "compared with", "l'an", "l’an", "ıi", "ĳ", "x-y")), min_size=1, max_size=5),
       st.booleans(), texts, st.data())
def test_cue_patterns_built_from_any_words(words, stems, text, data):
    """Patterns made the way the grammar makes them, from words that include the case
    partners of ASCII letters (U+017F, U+212A), for which there must be no twin."""
    pattern = _stem_pattern(words) if stems else _phrase_pattern([w.rstrip("*") for w in words])
    pos, end = _bounds(data, text)
    assert holds(pattern, text, pos, end) == (pattern.search(text, pos, end) is not None)


def test_what_gets_a_twin():
    assert all(_twin(p.pattern, p.flags) is not None for p in CUES)
    ignorecase = regex.IGNORECASE | regex.VERSION0
    assert _twin(r"(?<![\w])(?:ſtop)(?!\w)", ignorecase) is None        # long s folds to s
    assert _twin(r"(?<![\w])(?:\u212aayak)(?!\w)", ignorecase) is None  # Kelvin sign folds to k
    assert _twin(r"(?<![\w])(?:ſtop)(?!\w)", regex.VERSION0) is not None
    for source in (r"[a-z]+", r"^kill", r"kill$", r"k.ll", r"ki{2}", r"(kill)", r"(?i)kill", r"\bkill",
                   r"\p{L}", r"(?r)kill", r"\mkill"):
        assert _twin(source, regex.VERSION0) is None, source
    assert _twin("kill", regex.VERSION0 | regex.VERBOSE) is None


def test_examples_in_english_and_french():
    en, fr = GRAMMARS
    assert holds(en.contested, "12 people were killed on tuesday")
    assert not holds(en.contested, "12 people were skilled workers")
    assert holds(en.update, "Sales rose to 12 million, compared with 9.", 0, 40)
    assert not holds(en.update, "x compared with", 2, 10)           # the cue ends past endpos
    assert holds(fr.contested, "12 victimes à Genève")              # non-ASCII: regex itself
    assert not holds(fr.contested, "12 personnes ont été tuées")    # contested words are folded first
    assert holds(fr.parts_subset, "14 morts, dont 9 civils")
    assert not holds(fr.parts_subset, "adont 9", 1, 7)              # 'a' before pos is a word character
    # A combining mark is a word character to regex, not to re: read by regex itself.
    assert not holds(fr.parts_subset, "e\u0301dont 9", 2, 8)
    assert holds(fr.parts_subset, "é dont 9", 2, 8)
    # U+001C is white space to re, not to regex: no cue across it.
    assert not holds(en.update, "sales compared\x1cwith 2023")
    assert holds(en.update, "sales compared \twith 2023")


def test_a_pattern_gets_its_twin_only_after_some_searches(monkeypatch):
    monkeypatch.setattr(_ascii_search, "_WARM", 3)
    monkeypatch.setattr(_ascii_search, "_asked", {})
    pattern = _phrase_pattern(["warm-up cue"])   # a source no other test builds
    built = []
    monkeypatch.setattr(_ascii_search, "_twin", lambda *key: built.append(key) or _twin(*key))
    answers = [holds(pattern, text) for text in ("a warm-up cue", "nothing", "Warm-Up Cue!") * 2]
    assert answers == [True, False, True] * 2
    assert len(built) == 3   # the first three searches went to regex
