"""``check: unsourced-figure`` — a figure that is a claim, with no attribution in its scope.

Scope (documented in ``rules/numbers.yaml``): the figure's sentence, plus the sentence right
after it when that one opens with a continuation ("He said the figure ...", "Ce chiffre ...")
and the sentence after a colon-ended attributed sentence. Reason: reporters attribute once
per statement, usually inside the sentence or in the one that continues it; wider scopes
(the paragraph) let an attribution about something else vouch for a figure it never saw.

Severity: figures in a sentence that speaks of casualties, arrests, crowds, fighting or
territory (the locale's ``numbers.contested`` words) get the rule's severity: those are the
figures an editor asks "says who?" about. Other claims (a price, a distance, a share) get
``ordinary_severity`` (``info`` by default, ``off`` to drop them), because news copy states
many checkable figures without attribution and a warning on each would bury the real ones.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from ..extractors import attributions as _attributions
from ..extractors._number_patterns import grammar, fold_fast
from ..spans import Span
from ._ascii_search import holds
from ._words import words_before

FIELDS = ("figure", "cue")
NEEDS = ("quantities", "attributions")

EXEMPTIONS = ("year", "date", "time", "age", "ordinal", "address", "phone", "model", "score",
              "page", "quote", "headline", "idiom", "name")


@dataclass(frozen=True)
class Params:
    """Keys of an ``unsourced-figure`` rule.

    Args:
        continuation (bool): also accept an attribution in the continuing sentence (see above).
        exempt (list of str): exemption reasons that make a figure not a claim.
        kinds (list of str): quantity kinds that are claims (count, amount, share, measure,
            duration, number); bare numbers are only claims in contested sentences.
        ordinary_severity (str): severity for claims outside contested sentences: error,
            warning, info or off.
        min_value (float): smaller counts are not asked about ("one of them").
        window (int): words on each side of a figure searched for contested words.
    """

    continuation: bool = True
    exempt: tuple[str, ...] = EXEMPTIONS
    kinds: tuple[str, ...] = ("count", "amount", "share", "measure", "number")
    ordinary_severity: str = "info"
    min_value: float = 2.0
    window: int = 4


def prepare(params: Params) -> Params:
    from . import RuleParamError
    if params.ordinary_severity not in ("error", "warning", "info", "off"):
        raise RuleParamError("ordinary_severity", "must be error, warning, info or off")
    unknown = set(params.exempt) - set(EXEMPTIONS)
    if unknown:
        raise RuleParamError("exempt", f"unknown exemption {sorted(unknown)}; expected some of "
                                       f"{', '.join(EXEMPTIONS)}")
    return params


@dataclass(frozen=True)
class Unsourced:
    span: Span
    contested: bool
    others: int


@functools.lru_cache(maxsize=16)
def _after_pattern(window: int) -> Any:
    """The words after a figure for one ``window`` (compiled once per value, not per figure);
    the words before it are ``_words.words_before``."""
    return regex.compile(r"^(?:\W*[\w'’\-]+){0,%d}" % (window + 1))


def contested(document: Any, quantity: Any, pattern: Any, window: int,
              sentence_cache: dict[int, bool] | None = None) -> bool:
    """Does the figure speak of casualties, arrests, crowds, fighting or territory?

    Looks at ``window`` words on each side of the figure, inside its sentence: close enough
    to be about the figure ("la libération de 87 km²", "12 people were killed"), not so
    wide that one violent word makes every figure of a long sentence a warning.

    ``sentence_cache`` (sentence index -> the sentence holds a contested word at all) lets
    a caller skip the word window for most figures: the window is part of its sentence, so
    it can only hold such a word when the sentence does (or when a word is glued to the
    figure, where the window adds a space).
    """
    sentences = document.sentences
    if not 0 <= quantity.sentence < len(sentences):
        return False
    sentence = sentences[quantity.sentence]
    prose = document.prose
    if sentence_cache is not None:
        has = sentence_cache.get(quantity.sentence)
        if has is None:
            has = sentence_cache[quantity.sentence] = \
                holds(pattern, fold_fast(prose[sentence.start:sentence.end]))
        glued = quantity.span.end < len(prose) and (prose[quantity.span.end].isalnum() or prose[quantity.span.end] == "_")
        if not has and not glued:
            return False
    before = prose[sentence.start:quantity.span.start]
    after = prose[quantity.span.end:sentence.end]
    head = words_before(before[-400:], window)
    tail = _after_pattern(window).match(after[:400])
    text = (head.group() if head else "") + prose[quantity.span.start:quantity.span.end] + " " + (
        tail.group() if tail else "")
    return holds(pattern, fold_fast(text))


def collect(rule: Any, document: Any, facts: Any) -> tuple[tuple[Unsourced, ...], str]:
    params: Params = rule.params
    quantities = facts.get("quantities")
    covered = None
    if not params.continuation:
        covered = _attributions.covering(document, facts.get("attributions"), facts.locale,
                                         continuation=False)
    pattern = grammar(facts.locale).contested
    by_sentence: dict[int, list[Any]] = {}
    sentence_cache: dict[int, bool] = {}
    for q in quantities:
        if q.exempt is not None and q.exempt in params.exempt:
            continue
        if q.kind not in params.kinds or (q.high is None and q.value < params.min_value):
            continue
        sourced = q.sourced if covered is None else q.sentence in covered
        if q.exempt == "headline" or sourced:
            continue   # before the word-window test: most figures are sourced
        is_contested = contested(document, q, pattern, params.window, sentence_cache)
        if q.kind == "number" and not is_contested:
            continue
        if not is_contested and params.ordinary_severity == "off":
            continue
        by_sentence.setdefault(q.sentence, []).append((q, is_contested))
    found = []
    for sentence, figures in sorted(by_sentence.items()):
        # One finding per sentence: on its first contested figure, else its first figure.
        first, is_contested = next((f for f in figures if f[1]), figures[0])
        found.append(Unsourced(first.span, is_contested, len(figures) - 1))
    # The first cue only: locale.words would build (and str()) the whole list per story.
    cues = facts.locale.get("attribution", "before_source", ())
    cue = cues if isinstance(cues, str) else next((str(c) for c in cues or ()), "")
    return tuple(found), cue


def judge(rule: Any, evidence: tuple[tuple[Unsourced, ...], str], document: Any) -> Iterable[Any]:
    figures, cue = evidence
    params: Params = rule.params
    for item in figures:
        text = document.text[item.span.start:item.span.end]
        more = f" (and {item.others} more figure{'s' if item.others > 1 else ''})" if item.others else ""
        yield rule.finding(document, item.span, fields={"figure": text + more, "cue": cue},
                           severity=None if item.contested else params.ordinary_severity)
