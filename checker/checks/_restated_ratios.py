"""A ratio restated as a percentage in its clause: "one resident in four has no doctor, or
40% of the population", « un habitant sur quatre n'a plus de médecin, soit 40 % ».

Why apart: ``figure_conflict`` compares a fraction ("a quarter") with the percentage that
restates it; a ratio ("one in four", ``_ratios``) is the same share told another way, and
the quantities extractor reads its denominator as a count, so that comparison never saw it.
The percentage follows the ratio's clause after a comma and a share joiner, as it follows
a fraction (``_fractions.restating_glue``: "or", "soit"); it must be the ratio's share within a sixth of it
(a fifth when either is hedged), as for a fraction, and within five points (eight hedged: ``_fractions.RESTATED_POINTS``).

Pure functions, no state: ``figure_conflict`` calls ``restated_ratios``.
"""
from __future__ import annotations

from typing import Any

from ..spans import Span
from ._fractions import RESTATED_POINTS, restating_glue
from ._ratios import ratios


def restated_ratios(quantities: list[Any], document: Any, locale: Any) -> list[tuple[Span, Span, str]]:
    """(percentage, ratio, note) for each ratio whose restating percentage disagrees."""
    glue = restating_glue(locale)
    if glue is None:
        return []
    percents = [q for q in quantities if q.unit == "%" and q.high is None and q.kind == "share"]
    if not percents:
        return []
    text = document.text
    found = []
    for span, share, numerator in ratios(document, quantities, locale).values():
        joined = glue.match(text, span.end)
        if joined is None:
            continue
        q = next((q for q in percents if joined.end() <= q.span.start <= joined.end() + 12), None)
        if q is None or q.sentence != document.sentence_index(span.start):
            continue
        hedged = q.approximate or (numerator is not None and numerator.approximate)
        if abs(q.value - share) > min(share * (0.2 if hedged else 1 / 6), RESTATED_POINTS[hedged]):
            found.append((q.span, span, f"{text[span.start:span.end]} is {share:.0f}%"))
    return found
