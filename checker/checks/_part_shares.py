"""A part restated as its share of a total told just before it: "Customs seized 320 kilos
of glass eels. Of that total, 80 kilos, or nearly a third, were released", « 320 kilos ...
Sur ce total, 80 kilos, soit près d'un tiers, ont été relâchés » (80 of 320 is a quarter).

Why apart: ``figure_conflict`` checks "789, or about a third, of its 3,200 dealers", where
the whole follows the share. Here the whole came first, named by the part's cue: a parts
cue between them in one sentence (``numbers.parts_subset``: "including", « dont »), or a
sentence that opens on a partitive (``numbers.partitive_openers``: "Of that total", « Sur
ce total ») after the sentence that gave it. The whole is the nearest figure before the
part in the same unit and larger than it; the share must be the part over it, within a
sixth of the share (a fifth when hedged: "nearly", « près de »).

Pure functions, no state: ``figure_conflict`` calls ``part_share_conflicts``.
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..extractors.quantities import fold_fast
from ..spans import Span
from ._fractions import fractions_in, values
from ._fractions import is_denominator


@functools.lru_cache(maxsize=16)
def _patterns(locale: Any) -> tuple[Any, Any, Any] | None:
    """The joiner after a part (", or", ", soit"), a parts cue, and a sentence-opening
    partitive; None when the locale has no share joiners."""
    def alternation(key: str) -> str:
        return "|".join(regex.escape(w).replace("\\ ", r"\s+")
                        for w in sorted(locale.words("numbers", key), key=len, reverse=True))
    joiners, subset, openers = alternation("share_joiners"), alternation("parts_subset"), \
        alternation("partitive_openers")
    if not joiners:
        return None
    glue = regex.compile(rf"\s*,\s*(?:{joiners})\s+", regex.IGNORECASE)
    cue = regex.compile(rf"(?<!\w)(?:{subset})(?!\w)", regex.IGNORECASE) if subset else None
    opener = regex.compile(rf"[\W]*(?:{openers})(?!\w)", regex.IGNORECASE) if openers else None
    return glue, cue, opener


def part_share_conflicts(quantities: list[Any], document: Any, locale: Any,
                         hedges: frozenset[str]) -> list[tuple[Span, Span, str]]:
    """(share, whole, note) for each part restated as a share its total does not give."""
    patterns = _patterns(locale)
    if patterns is None:
        return []
    glue, cue, opener = patterns
    text = document.text
    fractions = {m.start("fraction"): m for m in fractions_in(document.prose, locale)}
    worth = values(locale)
    percents = {q.span.start: q for q in quantities if q.unit == "%" and q.high is None}
    found = []
    for i, part in enumerate(quantities):
        if part.unit == "%" or part.high is not None or part.sentence < 0:
            continue
        joined = glue.match(text, part.span.end)
        if joined is None:
            continue
        share = _share_after(text, joined.end(), fractions, worth, percents, hedges)
        if share is None:
            continue
        value, hedged, span = share
        if is_denominator(text, part.span.start, locale):
            continue   # "690 – three in five, or 60 per cent": the ratio's own share, not a part
        whole = _whole_before(quantities[:i], part, document, cue, opener)
        if whole is None:
            continue
        actual = 100 * part.value / whole.value
        allowed = value * (0.2 if hedged or part.approximate else 1 / 6)
        if abs(actual - value) > allowed:
            found.append((span, whole.span, f"{part.value:,.12g} of {whole.value:,.12g} is {actual:.0f}%"))
    return found


def _share_after(text: str, at: int, fractions: dict[int, Any], worth: dict[str, float],
                 percents: dict[int, Any], hedges: frozenset[str]) -> tuple[float, bool, Span] | None:
    """The share written right after a joiner: a fraction or a percentage, perhaps after
    a hedge ("nearly a third", « près d'un tiers »): (value, hedged, span)."""
    for start in range(at, min(len(text), at + 20)):
        match = fractions.get(start)
        quantity = percents.get(start)
        if match is None and quantity is None:
            continue
        before = " ".join(fold_fast(text[at:start]).replace("’", "'").split())
        if before.endswith("d'"):
            before = before[:-2] + "de"
        if before and before not in hedges:
            return None   # something else between: not this part's share
        if quantity is not None:
            return quantity.value, bool(before) or quantity.approximate, quantity.span
        value = worth.get(" ".join(fold_fast(match.group("fraction")).split()))
        return (value, bool(before), Span(match.start("fraction"), match.end("fraction"))) \
            if value is not None else None
    return None


def _whole_before(earlier: list[Any], part: Any, document: Any, cue: Any, opener: Any) -> Any:
    """The total the part is taken from: the nearest earlier figure of its unit, larger than
    it, in its sentence after a parts cue, or in the sentence before when the part's
    sentence opens on a partitive ("Of that total, ..."); a partitive that names its whole
    ("Of those 57 fines, 19, or a third", « Sur ces 57 amendes, 19 ») gives that one."""
    text = document.text
    sentence = document.sentences[part.sentence]
    opens = opener is not None and opener.match(text, sentence.start, part.span.start) is not None
    for whole in reversed(earlier):
        # a bare number ("19, or a third") counts what the whole counts
        if whole.unit != part.unit or whole.high is not None or whole.value <= part.value \
                or whole.kind != part.kind and (part.kind, whole.kind) != ("number", "count") or whole.sentence < 0:
            continue
        if whole.sentence == part.sentence:
            if opens or cue is not None and cue.search(text, whole.span.end, part.span.start) is not None:
                return whole
        elif whole.sentence == part.sentence - 1 and opens:
            return whole
        elif whole.sentence < part.sentence - 1:
            return None
    return None
