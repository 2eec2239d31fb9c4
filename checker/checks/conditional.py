"""``check: conditional`` — a term used before (or without) its definition.

``first`` matches uses (e.g. an acronym); ``second`` matches definitions and must capture
the defined term in group 1 (e.g. ``\\(([A-Z]{2,})\\)``). The first use of each term that
comes before its definition is flagged, pointing at the definition when there is one.
Terms in ``exceptions`` (NASA, UN) need no definition.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ._regex import compile_pattern, timed_finditer

FIELDS = ("match", "where")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``conditional`` rule.

    Args:
        first (str): pattern of a use (an acronym) that needs a definition before it.
        second (str): pattern of the definition; its first group captures the defined term
            ("\\(([A-Z]{2,})\\)").
        exceptions (list of str): uses that need no definition ("NASA").
        ignorecase (bool): match both patterns without regard to case.
    """
    first: str = ""
    second: str = ""
    exceptions: tuple[str, ...] = ()
    ignorecase: bool = False


def prepare(params: Params) -> tuple[object, object, frozenset[str]]:
    from . import RuleParamError
    if not params.first:
        raise RuleParamError("first", "needs a pattern for the uses to check")
    if not params.second:
        raise RuleParamError("second", "needs a pattern for definitions")
    second = compile_pattern(params.second, "second", ignorecase=params.ignorecase)
    if second.groups < 1:
        raise RuleParamError("second", "must capture the defined term in a group, e.g. \\(([A-Z]{2,})\\)")
    return (compile_pattern(params.first, "first", ignorecase=params.ignorecase, words=True), second,
            frozenset(params.exceptions))


def collect(rule, document, facts):
    first, second, exceptions = rule.prepared
    key = str.casefold if rule.params.ignorecase else str
    definitions: dict[str, tuple[int, int, int, int]] = {}
    uses: list[tuple[int, int]] = []
    for unit in document.units("paragraph"):
        for match in timed_finditer(rule, second, document.prose, unit.start, unit.end, facts):
            if match.group(1):
                definitions.setdefault(key(match.group(1)), (match.start(1), match.end(1), match.start(), match.end()))
        uses.extend((m.start(), m.end()) for m in
                    timed_finditer(rule, first, document.prose, unit.start, unit.end, facts) if m.end() > m.start())
    return tuple(sorted(definitions.items())), tuple(uses), exceptions


def judge(rule, evidence, document) -> Iterable:
    definitions, uses, exceptions = evidence
    defined = dict(definitions)
    key = str.casefold if rule.params.ignorecase else str
    reported = set()
    for start, end in uses:
        term = document.prose[start:end]
        k = key(term)
        if term in exceptions or k in reported:
            continue
        definition = defined.get(k)
        if definition and definition[2] <= start < definition[3]:
            continue  # the use inside its own definition
        if definition and definition[0] < start:
            continue
        reported.add(k)
        span = document.span(start, end)
        if definition:
            line, _ = document.line_col(definition[0])
            yield rule.finding(document, span, fields={"match": term, "where": f"it is spelt out only on line {line}"},
                               related=[(document.span(definition[0], definition[1]), "defined here")])
        else:
            yield rule.finding(document, span, fields={"match": term, "where": "it is never spelt out"})
