"""``check: consistency`` — one thing spelt two ways in one document.

``either`` maps one spelling's pattern to the other's. Policy (deterministic): the form
used more often wins and every occurrence of the other is flagged; on a tie, the form
that appears first wins, so the later one is flagged. The related span is the first
occurrence of the winning form.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from ._regex import compile_pattern, timed_finditer

FIELDS = ("match", "preferred", "count", "other_count")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``consistency`` rule.

    Args:
        either (mapping of str to str): pairs of spellings ("e-mail": "email"): a story uses one
            of each pair, not both.
        ignorecase (bool): match the spellings without regard to case.
        words (bool): match whole words only.
    """
    either: Mapping[str, str] = None
    ignorecase: bool = False
    words: bool = True


def prepare(params: Params) -> tuple[tuple[object, object], ...]:
    from . import RuleParamError
    if not params.either:
        raise RuleParamError("either", "needs at least one 'form: other form' pair")
    return tuple((compile_pattern(str(a), "either", ignorecase=params.ignorecase, words=params.words),
                  compile_pattern(str(b), "either", ignorecase=params.ignorecase, words=params.words))
                 for a, b in params.either.items())


def collect(rule, document, facts) -> tuple[tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]], ...]:
    pairs = []
    for first, second in rule.prepared:
        found = []
        for pattern in (first, second):
            spans = []
            for unit in document.units("paragraph"):
                spans.extend((m.start(), m.end()) for m in
                             timed_finditer(rule, pattern, document.prose, unit.start, unit.end, facts)
                             if m.end() > m.start())
            found.append(tuple(spans))
        pairs.append(tuple(found))
    return tuple(pairs)


def judge(rule, evidence, document) -> Iterable:
    for a, b in evidence:
        if not a or not b:
            continue
        a_wins = len(a) > len(b) or (len(a) == len(b) and a[0] < b[0])
        winner, loser = (a, b) if a_wins else (b, a)
        first = document.span(*winner[0])
        for start, end in loser:
            span = document.span(start, end)
            yield rule.finding(document, span, related=[(first, "spelt this way here")],
                               suggestions=[document.slice(first)],
                               fields={"match": document.slice(span), "preferred": document.slice(first),
                                       "count": len(winner), "other_count": len(loser)})
