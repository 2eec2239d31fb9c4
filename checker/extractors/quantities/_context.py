"""Where a number sits: inside quoted speech, or inside a date, an age, a score, an address.

These are the figures that are not claims an editor asks about. The patterns come from the
locale (``numbers.exempt``); this module only runs them once over the prose and answers
"which exemption covers this span?" by bisection.
"""
from __future__ import annotations

import bisect
import functools
import operator
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from ...speedups import pattern_cache

from ...spans import Span
from ...speedups.digit_lead import ANY
from ._grammar import NumberGrammar

# Opening and closing quotation marks; a straight quote closes itself.
_PAIRS = {"«": "»", "“": "”", "„": "“", "\"": "\""}
_MARKS = "«»“”„\""
_DIGIT = pattern_cache.compile(r"\d")
# The white space right before an offset (``match(prose, start, offset)``), as ``\s`` in the
# exemption patterns sees it.
_SPACE_BEFORE = pattern_cache.compile(r"\s+", regex.REVERSE)
_SPACE_DIGIT = pattern_cache.compile(r"\s\d")  # the engine and classes of the exemption patterns
_DIGITS = pattern_cache.compile(r"\d+")
_DIGITS_END = operator.methodcaller("end")


def quoted_spans(document: Any) -> tuple[Span, ...]:
    """Spans of quoted speech, per paragraph; an unclosed quote runs to the paragraph's end.

    A closing mark without an opener is ignored, unless it ends a quotation the paragraph
    before left open (``_closes_carried``): then the quotation runs from this paragraph's
    start to it. Nested quotes are covered by the outer one,
    also when they use the same marks (« ... « réelle » ... »): the marks are counted.
    The marks are found with ``str.find`` (a ``regex`` search for this class of non-ASCII
    characters crawled: most of this function's time).
    """
    prose = document.prose
    marks: list[int] = []
    for char in _MARKS:
        at = prose.find(char)
        while at >= 0:
            marks.append(at)
            at = prose.find(char, at + 1)
    marks.sort()
    spans: list[Span] = []
    carried: str | None = None   # the opener of a quotation the previous paragraph left open
    for paragraph in document.paragraphs:
        p_start, p_end = paragraph.span.start, paragraph.span.end
        opener: str | None = None
        start = depth = 0
        first, last = bisect.bisect_left(marks, p_start), bisect.bisect_left(marks, p_end)
        if carried is not None and first < last and _closes_carried(prose, marks[first:last], carried, p_start):
            # '... He said, "It felt good.' then 'We could have scored three."': the quotation
            # runs on into this paragraph up to its closing mark.
            spans.append(Span(p_start, marks[first] + 1))
            first += 1
        carried = None
        for k in range(first, last):
            at = marks[k]
            char = prose[at]
            if opener is None:
                if char in _PAIRS:
                    opener, start, depth = char, at, 1
            elif char == _PAIRS[opener]:
                depth -= 1
                if not depth:
                    spans.append(Span(start, at + 1))
                    opener = None
            elif char == opener:
                depth += 1   # an inner quotation with the same marks: « ... « réelle » ... »
        if opener is not None:
            spans.append(Span(start, p_end))
            carried = opener
    return tuple(spans)


def _closes_carried(prose: str, marks: list[int], opener: str, p_start: int) -> bool:
    """Does this paragraph's first quotation mark close the quotation the paragraph before
    left open? It must be that quotation's closing mark, not at the paragraph's start (a
    paragraph that opens with a mark re-opens the quotation, the usual style); a straight
    mark closes only when the paragraph holds an odd number of them (else it opens a pair)."""
    closing = _PAIRS[opener]
    at = marks[0]
    if prose[at] != closing or not prose[p_start:at].strip():
        return False
    if closing == opener:
        return sum(1 for m in marks if prose[m] == closing) % 2 == 1
    return True


@dataclass(frozen=True)
class Exemptions:
    """Short exemption intervals (start, end, reason), sorted, plus quoted-speech spans."""

    starts: tuple[int, ...]
    intervals: tuple[tuple[int, int, str], ...]
    quote_starts: tuple[int, ...]
    quotes: tuple[Span, ...]

    def reason(self, span: Span) -> str | None:
        """Why the number at ``span`` is not a claim, or None when it is one."""
        j = bisect.bisect_left(self.starts, span.end)
        # Exemption intervals are a few words long: only the last few can reach the span.
        for start, end, reason in self.intervals[max(0, j - 8):j]:
            if start < span.end and span.start < end:
                return reason
        k = bisect.bisect_right(self.quote_starts, span.start) - 1
        if k >= 0 and self.quotes[k].contains(span):
            return "quote"
        return None

    def quoted(self, span: Span) -> bool:
        k = bisect.bisect_right(self.quote_starts, span.start) - 1
        return k >= 0 and self.quotes[k].contains(span)


# Stands for an unbounded lead: (first digit - _FAR) is before any stretch's start.
_FAR = 1 << 62


@functools.lru_cache(maxsize=32)
def _plan(g: NumberGrammar, folded: bool) -> tuple[tuple[str, Any, int, int | None, int, bool, tuple[str, ...],
                                                     tuple[str, ...], frozenset[str]], ...]:
    """The exemption patterns (the month-name dates last) as (reason, finditer, group, lead,
    space lead, on the lower-cased prose, required strings, opening gate, digit followers),
    the lead None for a pattern a
    match of which may hold no digit and ``_FAR`` for no bound: the loop in ``exemptions``
    runs about 45,000 times over the corpus, so it only adds and compares.

    Args:
        folded: the prose is one ``g.folded_scan`` is exact for: its ``date`` pattern runs
            over the lower-cased prose.
    """
    plan = []
    for (reason, pattern), lead, space_lead, required, gate, follow in zip(
            (*g.exempt, ("date", g.date)), (*g.exempt_leads, g.date_lead), (*g.exempt_space_leads, g.date_space_lead),
            (*g.exempt_required, ()), (*g.exempt_gates, ()), (*g.exempt_followers, "")):
        group = 0 if pattern is g.date else pattern.groupindex.get("n", 0)
        lowered = folded and pattern is g.date and g.folded_scan.date is not None
        plan.append((reason, g.folded_scan.date.finditer if lowered else pattern.finditer, group,
                     _FAR if lead == ANY else lead, _FAR if space_lead is None else space_lead, lowered, required,
                     gate, frozenset(follow)))
    return tuple(plan)


def exemptions(document: Any, g: NumberGrammar, quotes: tuple[Span, ...],
               spans: Iterable[tuple[int, int]] | None = None, lowered: str | None = None) -> Exemptions:
    """Run every exemption pattern once over each paragraph of the prose.

    Args:
        spans: only these stretches (start, end) of paragraphs (around figures: an exemption
            elsewhere answers no question, and the patterns are a good part of the extractor's
            time).
        lowered: ``_scan.folded(document.prose, g)``, when not None.
    """
    prose = document.prose
    found: list[tuple[int, int, str]] = []
    plan = _plan(g, lowered is not None)
    for p_start, p_end in (spans if spans is not None else ((p.span.start, p.span.end) for p in document.paragraphs)):
        # A pattern that needs a digit cannot match before (first digit - its lead), nor
        # before (the white space ending there - its space lead): start there (the same
        # matches, see speedups.digit_lead), or nowhere when the stretch has no digit.
        digit = _DIGIT.search(prose, p_start, p_end)
        first = spaced = -1
        if digit is not None:
            first = digit.start()
            space = _SPACE_BEFORE.match(prose, p_start, first) if first > p_start else None
            spaced = space.start() if space is not None else first
        after: set[str] | None = None  # what follows each run of digits from the first (digit_followers)
        for reason, finditer, group, lead, space_lead, on_lowered, required, gate, follow in plan:
            if lead is None:
                scan_from = p_start
            elif first < 0:
                continue
            else:
                scan_from = first - lead
                if spaced - space_lead > scan_from:
                    scan_from = spaced - space_lead
                if scan_from < p_start:
                    scan_from = p_start
            if required:  # every match holds one of these: none, no match
                for needed in required:
                    if prose.find(needed, scan_from, p_end) >= 0:
                        break
                else:
                    continue
            if gate:  # a match: one of the strings, white space, a digit (speedups.digit_lead.opening_gate)
                for space in _SPACE_DIGIT.finditer(prose, scan_from, p_end):
                    if prose.endswith(gate, scan_from, space.start()):
                        break
                else:
                    continue
            if follow:  # a match opens with a run of digits that one of these follows
                if after is None:
                    after = {prose[end] for end in map(_DIGITS_END, _DIGITS.finditer(prose, max(first, p_start), p_end))
                             if end < p_end}
                if after.isdisjoint(follow):
                    continue
            for match in finditer(lowered if on_lowered else prose, scan_from, p_end):
                start, end = match.span(group)
                if start >= 0 and end > start:
                    found.append((start, end, reason))
    found.sort()
    quotes = tuple(sorted(quotes))
    return Exemptions(tuple(s for s, _, _ in found), tuple(found),
                      tuple(q.start for q in quotes), quotes)
