"""The person patterns rebuilt from the data cache are the ones built from the locale.

``_compile`` keeps what it built from a locale's ``speakers:`` section as plain data
(``_to_plan``) and, on a later run with the same section and code, rebuilds the patterns
from it (``_from_plan``) instead of escaping every cue word again. Both must give the very
same ``PersonPatterns``, field by field and type by type.
"""
from __future__ import annotations

import dataclasses
import marshal

import pytest
import regex

from checker.speedups import data_cache
from checker.extractors.people import _patterns as pp
from checker.locales import load_locale


def _same(a, b) -> bool:
    """Equal values of the same types, patterns compared by source and flags."""
    if type(a) is not type(b):
        return False
    if isinstance(a, regex.Pattern):
        return a.pattern == b.pattern and a.flags == b.flags
    if isinstance(a, pp.Lazy):
        return a.pattern == b.pattern and int(a.flags) == int(b.flags)
    if isinstance(a, pp.WordGate):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, frozenset):
        return a == b and all(type(x) is str for x in a | b)
    return a == b


def _round_trip(pats: pp.PersonPatterns) -> pp.PersonPatterns:
    """Through plain data and ``marshal``, as the data cache stores it."""
    plan = pp._to_plan(pats)
    assert data_cache._plain(plan)
    return pp._from_plan(marshal.loads(marshal.dumps(plan)))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_patterns_from_the_cache_are_the_built_ones(lang):
    built = pp._build(load_locale(lang))
    again = _round_trip(built)
    for field in dataclasses.fields(pp.PersonPatterns):
        assert _same(getattr(built, field.name), getattr(again, field.name)), field.name
    # and they find the same things
    text = "« Je viens », a déclaré M. Jean-Luc de Villepin, le ministre. Mr. Smith said."
    assert [m.span() for m in built.candidate.finditer(text)] == \
        [m.span() for m in again.candidate.finditer(text)]
    assert built.speech_gate.verdict(text) == again.speech_gate.verdict(text)


def test_same_compares_types():
    built = pp._build(load_locale("en"))
    changed = dataclasses.replace(built, tails={k: (None if v is None else set(v))
                                                for k, v in built.tails.items()})
    assert not _same(built.tails, changed.tails)
    assert not _same(built.speech_after, pp.Lazy(built.speech_after.pattern + "x"))


def test_compile_uses_the_cache_entry_for_the_same_section(monkeypatch):
    locale = load_locale("fr")
    stored = {}
    monkeypatch.setattr(data_cache, "put", lambda key, stamp, value: stored.update({key: value}))
    monkeypatch.setattr(data_cache, "get", lambda key, stamp: stored.get(key))
    first = pp._compile.__wrapped__(locale.path, locale)   # builds and stores
    assert stored
    built = []
    real_build = pp._build
    monkeypatch.setattr(pp, "_build", lambda loc: built.append(loc) or real_build(loc))
    second = pp._compile.__wrapped__(locale.path, locale)
    assert not built                                        # read back, not built
    for field in dataclasses.fields(pp.PersonPatterns):
        assert _same(getattr(first, field.name), getattr(second, field.name)), field.name
    # another section under the same path is built afresh
    other = dataclasses.replace(locale, data={**locale.data, "speakers": {
        **locale.data["speakers"], "verbs": ["dit"]}})
    pp._compile.__wrapped__(other.path, other)
    assert built == [other]
    # a damaged entry is built afresh too
    for key in stored:
        stored[key] = [stored[key][0], {"candidate": 3}]
    pp._compile.__wrapped__(other.path, other)
    assert len(built) == 2
