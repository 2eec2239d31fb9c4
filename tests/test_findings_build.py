"""Finding.build and Related.build make what the dataclass constructors make: equal, same
hash, repr, field order, pickling and JSON (they only skip the frozen __init__)."""
from __future__ import annotations

import dataclasses
import pickle

import pytest
from hypothesis import given, settings, strategies as st

from checker.findings import Finding, Related

texts = st.text(max_size=12)
ints = st.integers(min_value=0, max_value=10**6)
relateds = st.tuples(ints, ints, ints, ints, texts, texts)


@settings(max_examples=200, deadline=None)
@given(st.tuples(texts, texts, st.sampled_from(("error", "warning", "info")), texts, ints, ints, ints, ints,
                 ints, ints, texts), st.lists(relateds, max_size=3), st.lists(texts, max_size=3), texts)
def test_build_equals_the_constructor(head, related, suggestions, path):
    parts = tuple(Related.build(*r) for r in related)
    assert parts == tuple(Related(*r) for r in related)
    built = Finding.build(*head, parts, tuple(suggestions), path)
    made = Finding(*head, tuple(Related(*r) for r in related), tuple(suggestions), path)
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert list(vars(built).items()) == list(vars(made).items())
    assert pickle.loads(pickle.dumps(built)) == made and built.to_json() == made.to_json()
    assert built.sort_key() == made.sort_key()
    assert dataclasses.replace(built, severity="info") == dataclasses.replace(made, severity="info")


def test_built_findings_stay_frozen():
    finding = Finding.build("numbers.unsourced", "numbers", "info", "12 morts : source ?", 1, 1, 1, 9, 0, 8,
                            "12 morts", (), ("selon",), "story.md")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.severity = "error"
    related = Related.build(0, 8, 1, 1, "12 dead", "first stated here")
    with pytest.raises(dataclasses.FrozenInstanceError):
        related.note = "x"
