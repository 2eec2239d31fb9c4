"""How the accuracy benchmark decides what counts: pure functions on spans and findings.

Kept apart from the data loading and the table so that the rules of the measure have unit
tests of their own (tests/test_accuracy_scoring.py) written on small invented cases: a
benchmark whose scoring is wrong moves every figure at once and nobody notices.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

BLOCKING = ("warning", "error")


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Two half-open spans share at least one character."""
    return start < other_end and other_start < end


def points_at(finding, start: int, end: int) -> bool:
    """The finding's own span, or one of its related spans, overlaps ``[start, end)``.

    A variant is often reported at one spelling with the other as related: either place
    is where the editor's mark is.
    """
    if overlaps(finding.offset, finding.offset + finding.length, start, end):
        return True
    return any(overlaps(r.offset, r.offset + r.length, start, end) for r in finding.related)


def catches(finding, start: int, end: int, categories: Iterable[str]) -> bool:
    """A warning or error of a listed category pointing at the mark."""
    return (finding.severity in BLOCKING and finding.category in set(categories)
            and points_at(finding, start, end))


def new_findings(before: Sequence, after: Sequence) -> list:
    """Findings of the edited story that the unedited one did not have.

    Offsets move when an edit changes a length, so findings are compared by rule and
    flagged text, as multisets: a second identical finding is new, the first is not.
    """
    seen = Counter((f.rule, f.text) for f in before)
    fresh = []
    for finding in after:
        key = (finding.rule, finding.text)
        if seen[key]:
            seen[key] -= 1
        else:
            fresh.append(finding)
    return fresh


def match_spans(predicted: Sequence[tuple[int, int]],
                gold: Sequence[tuple[int, int]]) -> dict[int, int]:
    """One-to-one matching of overlapping spans, largest overlap first.

    Returns {gold index: predicted index}. A predicted span that covers two gold quotes
    matches only one of them, so merging two quotes costs recall.
    """
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(predicted):
            shared = min(ge, pe) - max(gs, ps)
            if shared > 0:
                pairs.append((-shared, gi, pi))
    pairs.sort()
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


def fold(text: str) -> str:
    """Case and accents removed: how two spellings of one name are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def surname(name: str) -> str:
    """Last word of a name, folded ("Jean-Marc Ferrand" -> "ferrand")."""
    words = [w for w in fold(name).replace(".", " ").split() if w]
    return words[-1].strip("’'\",;:()") if words else ""


@dataclass(frozen=True)
class Speaker:
    """What the checker says about who spoke a quote: a name, and where it named them."""

    name: str
    spans: tuple[tuple[int, int], ...] = ()


def speaker_correct(predicted: Speaker | None, gold_speaker: str | None,
                    gold_mentions: Sequence[Sequence[int]]) -> bool:
    """Same surname as the gold speaker, or a predicted mention overlapping a gold one."""
    if predicted is None or not gold_speaker:
        return False
    if predicted.name and surname(predicted.name) == surname(gold_speaker):
        return True
    return any(overlaps(s, e, gs, ge) for s, e in predicted.spans for gs, ge in gold_mentions)


def ratio(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None or precision + recall == 0:
        return None if precision is None or recall is None else 0.0
    return 2 * precision * recall / (precision + recall)
