"""Poll findings written as a fraction ("La moitié des Français jugent ...", "Two thirds of
voters say they ..."), for ``numbers.unsourced``.

Why: the quantities extractor does not count "half" as a figure (alone it is seldom a
claim), so a poll's finding written in words escaped the source check that "52% of the
French think ..." meets. A fraction of a group (a partitive: "of voters", "des salariés")
with a word of opinion or polling right after it (the locale's ``numbers.claims.poll``) is
that finding: someone asked those people, and the reader asks who.
"""
from __future__ import annotations

from typing import Any, Iterator

import regex

from ..extractors.quantities import fold_fast
from ..spans import Span
from ._fractions import fractions_in, partitive

_AFTER = regex.compile(r"[^,;:()«»\"“”]*")   # the rest of the fraction's clause


def fraction_polls(document: Any, locale: Any, poll: Any, window: int,
                   quoted: list[Span]) -> Iterator[tuple[int, Span]]:
    """(sentence index, span of "fraction of group") for each fraction of a group that a
    poll word follows within ``window`` words in its clause; quotations are skipped (a
    speaker's words are sourced by the quote)."""
    joined = partitive(locale)
    if joined is None or poll is None:
        return
    prose = document.prose
    for match in fractions_in(prose, locale):
        index = document.sentence_index(match.start())
        if index is None:
            continue
        end = document.sentences[index].end
        group = joined.match(prose, match.end(), end)
        if group is None or any(q.start <= match.start() < q.end for q in quoted):
            continue
        clause = _AFTER.match(prose, group.end(), end)
        words = clause.group().split()[:window] if clause else []
        said = fold_fast(prose[group.start("noun"):group.end()] + " " + " ".join(words))
        if poll.search(said) is not None:
            yield index, Span(match.start(), group.end())
