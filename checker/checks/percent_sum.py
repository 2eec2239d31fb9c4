"""``check: percent-sum`` — shares of one whole that add up to more than 100 %.

A group is the percentages of one sentence, or of one run of list items (one share per
item: "- Yes: 52 %" / "- No: 41 %" / "- Blank: 12 %"). Left out: changes ("up 3 %",
"en hausse de 2 %", "a 74 % increase", the locale's ``change_cues`` within three words),
percentage points, values above 100, and shares of visibly different wholes ("52 % of men
and 60 % of women": the nouns after "of"/"de" differ). The group is reported when its sum
exceeds 100 by more than the rounding allowance (``rounding`` per share). Also left out:
sentences that compare or update ("contre 95 % actuellement", "désormais"; the locale's
``update_cues``), shares far apart in a sentence (``max_gap``), and a group where one share
is the sum of the others (a subtotal followed by its parts).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import regex

from .. import _regex_cache

from ..extractors._number_patterns import grammar, fold_fast
from ..spans import Span
from ._ascii_search import holds
from ._words import words_before

FIELDS = ("total", "count")
NEEDS = ("quantities",)

_WORDS_AFTER = _regex_cache.compile(r"^\W*(?:[\w'’\-]+)?")


@dataclass(frozen=True)
class Params:
    """Keys of a ``percent-sum`` rule.

    Args:
        rounding (float): allowance per share for rounding (0.5 = each share may be 0.5 high).
        ignore_exempt (list of str): exemption reasons whose shares are left out.
        max_gap (int): most characters between two shares of one breakdown in a sentence.
    """

    rounding: float = 0.5
    max_gap: int = 60
    ignore_exempt: tuple[str, ...] = ("year", "date", "time", "age", "ordinal", "page", "score", "idiom", "name", "title")


@dataclass(frozen=True)
class Excess:
    span: Span
    others: tuple[Span, ...]
    total: float


def _is_change(prose: str, q: Any, g: Any) -> bool:
    before = words_before(prose[max(0, q.span.start - 80):q.span.start], 3)
    after = _WORDS_AFTER.search(prose[q.span.end:q.span.end + 40])
    text = (before.group() if before else "") + " " + (after.group() if after else "")
    return holds(g.change_before, text)


def _whole(prose: str, q: Any) -> str | None:
    if q.noun is None:
        return None
    gap = prose[q.span.end:q.noun.start]
    return fold_fast(prose[q.noun.start:q.noun.end]) if gap.strip() else None


def _groups(document: Any, shares: list[Any]) -> list[list[Any]]:
    """Shares grouped by sentence, except consecutive list items, grouped by list."""
    groups: dict[tuple[str, int], list[Any]] = {}
    paragraphs = document.paragraphs
    for q in shares:
        index = document.paragraph_index(q.span.start)
        if index is not None and paragraphs[index].kind == "list":
            first = index
            while first > 0 and paragraphs[first - 1].kind == "list":
                first -= 1
            item = groups.setdefault(("list", first), [])
            if not any(document.paragraph_index(other.span.start) == index for other in item):
                item.append(q)
        else:
            groups.setdefault(("sentence", q.sentence), []).append(q)
    return list(groups.values())


def collect(rule: Any, document: Any, facts: Any) -> tuple[Excess, ...]:
    params: Params = rule.params
    g = grammar(facts.locale)
    prose = document.prose
    shares = [q for q in facts.get("quantities")
              if q.unit == "%" and q.high is None and 0 < q.value <= 100
              and (q.exempt is None or q.exempt not in params.ignore_exempt)]
    # The filters below only take shares away, so a group (sentence or list) never grows:
    # with no two shares in any group now there is nothing to add up (most stories).
    if all(len(group) < 2 for group in _groups(document, shares)):
        return ()
    # "de 75 % à 50 %", "from 30% to 45%": a change written as two shares. Paired before
    # the change filter: "rose from 30% to 85%" drops "30%" as a change, and "85%" must
    # not then be added to the next share of the sentence.
    joiners = {fold_fast(j) for j in facts.locale.words("numbers", "range_joiners")}
    paired = set()
    for a, b in zip(shares, shares[1:]):
        if fold_fast(prose[a.span.end:b.span.start].strip()) in joiners:
            paired.update((a.span, b.span))
    shares = [q for q in shares if q.span not in paired]
    shares = [q for q in shares if not _is_change(prose, q, g)]
    sentences = document.sentences
    updated = {i for i in {q.sentence for q in shares if 0 <= q.sentence < len(sentences)}
               if holds(g.update, prose, sentences[i].start, sentences[i].end)}
    shares = [q for q in shares if q.sentence not in updated]
    found = []
    for group in _groups(document, shares):
        if len(group) < 2:
            continue
        in_sentence = document.paragraph_index(group[0].span.start) is None or \
            document.paragraphs[document.paragraph_index(group[0].span.start)].kind != "list"
        if in_sentence and any(b.span.start - a.span.end > params.max_gap for a, b in zip(group, group[1:])):
            continue
        values = [q.value for q in group]
        if any(abs(2 * v - sum(values)) <= 0.5 for v in values):
            continue  # a subtotal with its parts: "two thirds (65%): 56% rather, 9% very"
        wholes = {w for w in (_whole(prose, q) for q in group) if w}
        if len(wholes) > 1:
            continue
        total = sum(q.value for q in group)
        if total > 100 + params.rounding * len(group):
            found.append(Excess(group[0].span, tuple(q.span for q in group[1:]), total))
    return tuple(found)


def judge(rule: Any, evidence: tuple[Excess, ...], document: Any) -> Iterable[Any]:
    for excess in evidence:
        yield rule.finding(document, excess.span,
                           fields={"total": f"{excess.total:g}", "count": len(excess.others) + 1},
                           related=[(span, "also part of the sum") for span in excess.others])
