"""The quantities extractor builds its Spans and Quantities without the dataclass
``__init__`` (a ``__dict__`` update, a third of the cost): the objects must be the ones
the constructors give, field for field, with the same equality, hash and repr."""
from __future__ import annotations

import dataclasses

from hypothesis import given, strategies as st

from checker.extractors.quantities import Quantity, _quantity, _span
from checker.spans import Span

offsets = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)).map(sorted)
spans = offsets.map(lambda pair: Span(*pair))


@given(offsets)
def test_span_is_the_constructor_s(pair: list[int]) -> None:
    fast, plain = _span(*pair), Span(*pair)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert fast.__dict__ == plain.__dict__ and type(fast) is Span


@given(st.tuples(spans, spans, st.floats(allow_nan=False), st.none() | st.floats(allow_nan=False),
                 st.none() | st.sampled_from(["%", "km", "EUR"]), st.none() | spans, st.booleans(),
                 st.sampled_from(["count", "amount", "share", "measure", "duration", "number"]),
                 st.none() | st.sampled_from(["year", "quote", "heading-pending"]), st.booleans(),
                 st.none() | spans, st.integers(-1, 50)))
def test_quantity_is_the_constructor_s(fields: tuple) -> None:
    fast, plain = _quantity(*fields), Quantity(*fields)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert fast.__dict__ == plain.__dict__
    assert dataclasses.replace(fast, exempt=None) == dataclasses.replace(plain, exempt=None)


def test_every_field_is_set() -> None:
    names = [field.name for field in dataclasses.fields(Quantity)]
    built = _quantity(*range(len(names)))
    assert list(built.__dict__) == names
