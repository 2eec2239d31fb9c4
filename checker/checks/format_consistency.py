"""``check: format-consistency`` — one kind of number written two ways in one story.

Style classes (each compares like with like):

``percent``   "14%" / "14 %" / "14 percent" (how the share is marked);
``grouping``  "1,000" / "1000" / "1 000" for four-digit figures (the separator used);
``small``     "five" / "5" for counts from 1 to 9 with no unit;
``currency``  "$5" / "5 dollars" (symbol before, symbol after, or word) per currency.

When a class has more than one style, the first use of each minority style is reported,
with the first use of the story's main style (the most frequent, then the earliest) as the
related span. The severity is meant to be ``info``: house style decides, not the checker.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from ..spans import Span

FIELDS = ("style", "main", "kind")
# What each class of number is called in a message an editor reads.
KINDS = {"percent": "percentages", "grouping": "numbers in the thousands",
         "small": "numbers under ten", "currency": "amounts"}
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``format-consistency`` rule.

    Args:
        classes (list of str): style classes compared: percent, grouping, small, currency.
        ignore_exempt (list of str): exemption reasons whose figures are left out.
    """

    classes: tuple[str, ...] = ("percent", "grouping", "small", "currency")
    ignore_exempt: tuple[str, ...] = ("year", "date", "time", "age", "ordinal", "address",
                                      "phone", "model", "score", "page", "idiom", "name", "title")


@dataclass(frozen=True)
class Mixed:
    span: Span
    main: Span
    kind: str
    style: str
    main_style: str


def _styles(q: Any, text: str) -> Iterable[tuple[str, str]]:
    """(class, style) pairs describing how ``q`` is written."""
    number = text[q.number.start:q.number.end]
    tail = text[q.number.end:q.span.end]
    head = text[q.span.start:q.number.start]
    if q.unit == "%":
        after = tail.lstrip(" \u00a0\u202f")
        if after.startswith("%"):
            yield "percent", "with the % sign right after it" if tail.startswith("%") else "with a space before the % sign"
        elif after:
            yield "percent", "with the word for per cent"
    if number.isdigit() and len(number) == 4 and q.exempt is None:
        yield "grouping", "without a thousands separator"
    elif len(number) == 5 and number[0].isdigit() and number[2:].isdigit() and not number[1].isdigit():
        separator = {"\u00a0": "a no-break space", "\u202f": "a narrow no-break space",
                     " ": "a space"}.get(number[1], f"'{number[1]}'")
        yield "grouping", f"with {separator} between thousands"
    if q.kind in ("count", "number") and q.unit is None and q.high is None and 1 <= q.value <= 9 \
            and float(q.value).is_integer() and not q.approximate:
        yield "small", "in figures" if number[:1].isdigit() else "in words"
    if q.kind == "amount" and q.unit and q.high is None:
        marker = head.strip()
        if marker and not marker[-1:].isalpha():
            yield f"currency {q.unit}", "with the currency sign before the amount"
        elif tail.strip():
            word = tail.split()[-1]
            yield f"currency {q.unit}", ("with the currency named after the amount" if word[-1:].isalpha()
                                         else "with the currency sign after the amount")


def collect(rule: Any, document: Any, facts: Any) -> tuple[Mixed, ...]:
    params: Params = rule.params
    text = document.text
    uses: dict[str, list[tuple[str, Span]]] = {}
    for q in facts.get("quantities"):
        if q.exempt is not None and q.exempt in params.ignore_exempt:
            continue
        for kind, style in _styles(q, text):
            if kind.split()[0] in params.classes:
                uses.setdefault(kind, []).append((style, q.span))
    found = []
    for kind, items in sorted(uses.items()):
        counts = Counter(style for style, _ in items)
        if len(counts) < 2:
            continue
        order = {}
        for style, span in items:
            order.setdefault(style, span)
        main_style = max(counts, key=lambda s: (counts[s], -order[s].start))
        for style, span in order.items():
            if style != main_style:
                found.append(Mixed(span, order[main_style], kind.split()[0], style, main_style))
    found.sort(key=lambda m: m.span.start)
    return tuple(found)


def judge(rule: Any, evidence: tuple[Mixed, ...], document: Any) -> Iterable[Any]:
    for mixed in evidence:
        yield rule.finding(document, mixed.span,
                           fields={"style": mixed.style, "main": mixed.main_style,
                                   "kind": KINDS.get(mixed.kind, mixed.kind)},
                           related=[(mixed.main, f"written {mixed.main_style} here")])
