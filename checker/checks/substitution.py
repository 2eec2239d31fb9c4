"""``check: substitution`` — prefer one form over another (Vale's ``substitution``).

``swap`` maps a pattern to its replacement; the replacement is offered as a suggestion.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from ._regex import compile_pattern, timed_finditer

FIELDS = ("match", "suggestion")
SCOPES = ("paragraph", "sentence", "document")   # a match lies inside one unit; document: the whole body


@dataclass(frozen=True)
class Params:
    """Keys of a ``substitution`` rule.

    Args:
        swap (mapping of str to str): pairs of avoided form and preferred form ("utilize":
            "use"); the finding suggests the preferred one.
        ignorecase (bool): match the avoided forms without regard to case.
        words (bool): match whole words only.
    """
    swap: Mapping[str, str] = None
    ignorecase: bool = False
    words: bool = True


def prepare(params: Params) -> tuple[tuple[object, str], ...]:
    from . import RuleParamError
    if not params.swap:
        raise RuleParamError("swap", "needs at least one 'pattern: replacement' pair")
    return tuple((compile_pattern(str(bad), "swap", ignorecase=params.ignorecase, words=params.words),
                  str(good)) for bad, good in params.swap.items())


def collect(rule, document, facts) -> tuple[tuple[int, int, str], ...]:
    hits = []
    for unit in document.units(rule.scope):
        for pattern, good in rule.prepared:
            for match in timed_finditer(rule, pattern, document.prose, unit.start, unit.end, facts):
                if match.end() > match.start() and match.group() != good:
                    hits.append((match.start(), match.end(), match.expand(good) if "\\" in good else good))
    return tuple(sorted(hits))


def judge(rule, evidence, document) -> Iterable:
    for start, end, good in evidence:
        span = document.span(start, end)
        yield rule.finding(document, span, fields={"match": document.slice(span), "suggestion": good},
                           suggestions=[good])
