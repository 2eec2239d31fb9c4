"""The on-disk cache of compiled patterns (checker.speedups.pattern_cache): a pattern loaded from it
matches as the freshly compiled one does, and a bad cache never breaks a run."""
from __future__ import annotations

import os
import pickle

import pytest
import regex

from checker.speedups import pattern_cache
from checker.extractors.times._patterns import alternation


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """A fresh cache directory and a process state as if the run had just started."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("COPYDESK_REGEX_CACHE", raising=False)
    monkeypatch.setattr(pattern_cache, "_stored", None)
    monkeypatch.setattr(pattern_cache, "_added", {})
    monkeypatch.setattr(pattern_cache, "_used", set())
    monkeypatch.setattr(pattern_cache, "_compiled", {})
    return tmp_path


def _new_run() -> None:
    """Forget this process's patterns, as the next run starts without them."""
    pattern_cache._stored = None
    pattern_cache._added = {}
    pattern_cache._used = set()
    pattern_cache._compiled = {}


SOURCES = [
    (r"(?<![\w])(?P<n>\d+)\s+(?:millions?|milliards?)(?![\w])", regex.IGNORECASE | regex.VERSION0),
    (r"(?<![\w])(?:three|two|one)\s+days?\s+(?P<dir>later|earlier)(?![\w])", regex.IGNORECASE),
    (r"\p{Lu}(?:[\p{Ll}\p{Lu}\p{M}]|['’](?=\p{Lu}))*", 0),
    (r"[,;]\s*(?P<verb>said|a déclaré)$", regex.REVERSE),
]
TEXTS = ["Il y a 3 millions d'euros et 12 Milliards.", "Two days later, then ONE DAY EARLIER.",
         "Jean-Luc O'Brien et Étienne", "as Jones, said", "rien, a déclaré"]


@pytest.mark.parametrize("source,flags", SOURCES)
def test_a_cached_pattern_matches_as_a_compiled_one(cache_home, source, flags):
    first = pattern_cache.compile(source, flags)
    pattern_cache._save()
    _new_run()
    loaded = pattern_cache.compile(source, flags)
    assert pattern_cache._added == {}   # read from the file, not compiled again
    fresh = regex.compile(source, flags)
    assert loaded is not first and (loaded.pattern, loaded.flags) == (fresh.pattern, fresh.flags)
    assert loaded.groupindex == fresh.groupindex
    for text in TEXTS:
        assert [m.span() for m in loaded.finditer(text)] == [m.span() for m in fresh.finditer(text)]
        assert [m.groupdict() for m in loaded.finditer(text)] == [m.groupdict() for m in fresh.finditer(text)]


def test_corrupt_cache_means_compiling(cache_home):
    path = pattern_cache._cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a pickle at all")
    pattern = pattern_cache.compile(r"\d+ ans")
    assert pattern.search("il a 42 ans").group() == "42 ans"
    pattern_cache._save()   # replaces the damaged file
    _new_run()
    assert pattern_cache.compile(r"\d+ ans").search("à 7 ans").group() == "7 ans"
    assert pattern_cache._added == {}


def test_cache_names_no_other_callable(cache_home):
    path = pattern_cache._cache_file()
    path.parent.mkdir(parents=True)
    hostile = {(r"x", 0): pickle.dumps(os.getcwd)}   # any callable but regex's own compile
    path.write_bytes(pickle.dumps(hostile))
    assert pattern_cache.compile(r"x").match("x")
    assert pattern_cache._added   # refused, so compiled
    path.write_bytes(pickle.dumps(os.getcwd))
    _new_run()
    assert pattern_cache.compile(r"y").match("y")


def test_a_bad_pattern_raises_as_regex_does_and_is_not_cached(cache_home):
    with pytest.raises(regex.error):
        pattern_cache.compile(r"(?P<open")
    assert pattern_cache._added == {}


def test_cache_off(cache_home, monkeypatch):
    monkeypatch.setenv("COPYDESK_REGEX_CACHE", "0")
    assert pattern_cache.compile(r"\w+").match("mot")
    pattern_cache._save()
    assert not any(cache_home.iterdir())


def test_alternation_is_the_same_whatever_the_order_of_the_words():
    # The cache is keyed by source: a set's order (hash seed) must not change the source.
    words = ["hier", "demain", "lundi", "mardi", "jeudi", "today", "tomorrow", "veille"]
    assert alternation(words) == alternation(list(reversed(words))) == alternation(sorted(words))
    assert alternation(words, folded=True) == alternation(list(reversed(words)), folded=True)
