"""``check: pattern`` — flag every match of a pattern (Vale's ``existence``).

The patterns are alternatives; ``words: true`` (the default) keeps them from matching
inside longer words. A match inside a match of one of the ``exceptions`` patterns (found
in the same text, e.g. "sources say" inside "sources say they") is not flagged.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ._regex import compile_pattern, timed_finditer

FIELDS = ("match",)
SCOPES = ("paragraph", "sentence", "document")   # a match lies inside one unit; document: the whole body


@dataclass(frozen=True)
class Params:
    """Keys of a ``pattern`` rule.

    Args:
        patterns (list of str): regular expressions (the `regex` module's syntax) that flag what
            they match.
        exceptions (list of str): regular expressions of text to leave alone: a match that lies
            inside one of theirs is not flagged.
        ignorecase (bool): match without regard to case.
        words (bool): match whole words only.
    """
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    ignorecase: bool = False
    words: bool = True


@dataclass(frozen=True)
class Prepared:
    pattern: object
    exceptions: object | None


def prepare(params: Params) -> Prepared:
    from . import RuleParamError
    if not params.patterns:
        raise RuleParamError("patterns", "needs at least one pattern")
    joined = "|".join(f"(?:{p})" for p in params.patterns)
    for p in params.patterns:
        compile_pattern(p, "patterns")
    exceptions = None
    if params.exceptions:
        exceptions = compile_pattern("|".join(f"(?:{p})" for p in params.exceptions), "exceptions",
                                     ignorecase=params.ignorecase, words=params.words)
    return Prepared(compile_pattern(joined, "patterns", ignorecase=params.ignorecase, words=params.words),
                    exceptions)


def collect(rule, document, facts) -> tuple[tuple[int, int], ...]:
    hits = []
    prepared: Prepared = rule.prepared
    for unit in document.units(rule.scope):
        excepted = ()
        if prepared.exceptions is not None:
            excepted = tuple((m.start(), m.end()) for m in timed_finditer(
                rule, prepared.exceptions, document.prose, unit.start, unit.end, facts))
        for match in timed_finditer(rule, prepared.pattern, document.prose, unit.start, unit.end, facts):
            if match.end() == match.start():
                continue
            if any(a <= match.start() and match.end() <= b for a, b in excepted):
                continue
            hits.append((match.start(), match.end()))
    return tuple(hits)


def judge(rule, evidence, document) -> Iterable:
    for start, end in evidence:
        span = document.span(start, end)
        yield rule.finding(document, span, fields={"match": document.slice(span)})
