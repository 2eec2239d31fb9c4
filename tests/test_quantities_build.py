"""The quantities extractor builds its Spans and Quantities without the dataclass
``__init__`` (a ``__dict__`` update, a third of the cost): the objects must be the ones
the constructors give, field for field, with the same equality, hash and repr."""
from __future__ import annotations

import dataclasses

from hypothesis import given, strategies as st

from checker.extractors.quantities._extract import Quantity, _quantity, _span
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


def _noun_plain(prose: str, end: int, limit: int, g: object) -> Span | None:
    """``quantities._noun`` as it was before its reading was cached (the reference)."""
    from checker.extractors.quantities._grammar import fold_fast
    match = g.noun.match(prose, end, limit)  # type: ignore[attr-defined]
    if match is None:
        return None
    start, stop = match.span("noun")
    words = prose[start:stop].split()
    first = fold_fast(words[0].strip("'’-"))
    if first in g.not_nouns or first in g.stopwords or first in g.words or len(first) < 2:  # type: ignore[attr-defined]
        return None
    if len(words) > 1 and words[0][:1].isupper():
        second = fold_fast(words[1])
        if words[1][:1].islower() and second not in g.not_nouns and second not in g.stopwords:  # type: ignore[attr-defined]
            return Span(start, stop)
    return Span(start, start + len(words[0].rstrip("'’-")))


_NOUN_PIECES = ["12", " ", "  ", "\n", "people", "People", "Paris", "marchers", "per", "cent", "of", "the", "de", "des",
                "ans", "Années", "millions", "d'euros", "l’", "-", "'", "x", "Xy", "États", "unis", "km", "% ", "sur",
                "Mr", "Jones", "a", "à"]


@given(st.lists(st.sampled_from(_NOUN_PIECES), max_size=10), st.sampled_from(["", " "]),
       st.sampled_from(["en", "fr"]))
def test_cached_noun_is_the_plain_reading(pieces: list[str], glue: str, lang: str) -> None:
    from checker.extractors.quantities._grammar import grammar
    from checker.extractors.quantities._extract import _noun
    from checker.locales import load_locale
    g = grammar(load_locale(lang))
    prose = "5" + glue.join(pieces)
    for end in range(len(prose) + 1):
        assert _noun(prose, end, len(prose), g) == _noun_plain(prose, end, len(prose), g), (prose, end)
