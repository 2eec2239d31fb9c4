"""Where a number sits: inside quoted speech, or inside a date, an age, a score, an address.

These are the figures that are not claims an editor asks about. The patterns come from the
locale (``numbers.exempt``); this module only runs them once over the prose and answers
"which exemption covers this span?" by bisection.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from .. import _regex_cache

from ..spans import Span
from ._digit_lead import ANY
from ._number_patterns import NumberGrammar

# Opening and closing quotation marks; a straight quote closes itself.
_PAIRS = {"«": "»", "“": "”", "„": "“", "\"": "\""}
_QUOTE_MARKS = _regex_cache.compile(r"[«»“”„\"]")
_DIGIT = _regex_cache.compile(r"\d")


def quoted_spans(document: Any) -> tuple[Span, ...]:
    """Spans of quoted speech, per paragraph; an unclosed quote runs to the paragraph's end.

    A closing mark without an opener is ignored. Nested quotes are covered by the outer one.
    """
    prose = document.prose
    spans: list[Span] = []
    for paragraph in document.paragraphs:
        opener: str | None = None
        start = 0
        for mark in _QUOTE_MARKS.finditer(prose, paragraph.span.start, paragraph.span.end):
            char = mark.group()
            if opener is None:
                if char in _PAIRS:
                    opener, start = char, mark.start()
            elif char == _PAIRS[opener]:
                spans.append(Span(start, mark.end()))
                opener = None
        if opener is not None:
            spans.append(Span(start, paragraph.span.end))
    return tuple(spans)


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


def exemptions(document: Any, g: NumberGrammar, quotes: tuple[Span, ...],
               spans: Iterable[Span] | None = None) -> Exemptions:
    """Run every exemption pattern once over each paragraph of the prose.

    Args:
        spans: only these stretches of paragraphs (around figures: an exemption elsewhere
            answers no question, and the patterns are a good part of the extractor's time).
    """
    prose = document.prose
    found: list[tuple[int, int, str]] = []
    leads = g.exempt_leads
    for span in (spans if spans is not None else (p.span for p in document.paragraphs)):
        p_start, p_end = span.start, span.end
        # A pattern that needs a digit cannot match before (first digit - its lead): start
        # there (the same matches, see _digit_lead), or nowhere when the stretch has none.
        digit = _DIGIT.search(prose, p_start, p_end)
        first = digit.start() if digit is not None else -1
        for (reason, pattern), lead in zip(g.exempt, leads):
            scan_from = p_start
            if lead is not None:
                if first < 0:
                    continue
                if lead != ANY:
                    scan_from = max(p_start, first - lead)
            for match in pattern.finditer(prose, scan_from, p_end):
                try:
                    start, end = match.span("n")
                except IndexError:
                    start, end = match.span()
                if start >= 0 and end > start:
                    found.append((start, end, reason))
        lead = g.date_lead
        if lead is None or first >= 0:
            scan_from = p_start if lead is None or lead == ANY else max(p_start, first - lead)
            for match in g.date.finditer(prose, scan_from, p_end):
                found.append((match.start(), match.end(), "date"))
    found.sort()
    quotes = tuple(sorted(quotes))
    return Exemptions(tuple(s for s, _, _ in found), tuple(found),
                      tuple(q.start for q in quotes), quotes)
