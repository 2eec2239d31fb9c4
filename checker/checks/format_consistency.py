"""``check: format-consistency`` — one kind of number written two ways in one story.

Style classes (each compares like with like):

``percent``   "14%" / "14 %" / "14 percent" (how the share is marked);
``grouping``  "1,000" / "1000" / "1 000" for four-digit figures (the separator used);
``small``     "five" / "5" for counts from 1 to 9 with no unit, except a figure in a fixed
              format: a hyphenated number compound ("a 1-in-200-year storm", "3-for-2")
              or a ratio ("1 in 5", "un sur cinq"; the locale's ``numbers.ratio_words``);
``currency``  "$5" / "5 dollars" (symbol before, symbol after, or word) per currency.

When a class has more than one style, the first use of each minority style is reported,
with the first use of the story's main style (the most frequent, then the earliest) as the
related span. The severity is meant to be ``info``: house style decides, not the checker.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from ..extractors.quantities import fold_fast, grammar
from ..speedups import pattern_cache
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


@functools.cache
def _ratio_patterns(locale: Any) -> tuple[Any, Any] | tuple[None, None]:
    """"<number> in <number>" with the locale's ``numbers.ratio_words`` ("in", "out of",
    "sur"), the counted noun perhaps between ("un élève sur six"): the word after a figure
    (matched where the figure ends) and the words before it (searched up to where the
    figure starts), to be read as a numeral."""
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in locale.words("numbers", "ratio_words"))
    if not words:
        return None, None
    return (pattern_cache.compile(rf"(?:\s+\w+)?\s+(?:{words})\s+(\w+)", regex.IGNORECASE),
            pattern_cache.compile(rf"(\w+)\s+(?:(\w+)\s+)?(?:{words})\s+$", regex.IGNORECASE))


def _numeral(word: str, numbers: frozenset[str]) -> bool:
    return word.isdigit() or fold_fast(word) in numbers


def _fixed_format(text: str, number: Span, numbers: frozenset[str], after: Any, before: Any) -> bool:
    """Is the figure part of a fixed format rather than a style choice: a hyphenated
    compound of numbers ("1-in-200-year", "3-for-2") or a ratio ("1 in 5", "un sur cinq")?
    Both sides of such a format keep their form whatever the house style for small counts."""
    start, end = number.start, number.end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    if start < number.start or end > number.end:
        rest = text[start:number.start] + "-" + text[number.end:end]
        if any(_numeral(part, numbers) for part in rest.split("-") if part):
            return True
    if after is not None:
        match = after.match(text, number.end, number.end + 24)
        if match and _numeral(match.group(1), numbers):
            return True
        match = before.search(text, max(0, number.start - 32), number.start)
        if match and any(_numeral(word, numbers) for word in match.groups() if word):
            return True
    return False


def _styles(q: Any, text: str, fixed: Any = None) -> Iterable[tuple[str, str]]:
    """(class, style) pairs describing how ``q`` is written; ``fixed(number span)`` says
    whether a small number is in a fixed format (left out of the ``small`` class)."""
    number = text[q.number.start:q.number.end]
    tail = text[q.number.end:q.span.end]
    head = text[q.span.start:q.number.start]
    if q.unit == "%":
        if q.high is not None:   # "166.5 and 93.3%": the mark follows the range's last figure
            last = max(i for i, c in enumerate(tail) if c.isdigit()) if any(c.isdigit() for c in tail) else -1
            tail = tail[last + 1:]
        after = tail.lstrip(" \u00a0\u202f")
        if after.startswith("%"):
            yield "percent", "with the % sign right after it" if tail.startswith("%") else "with a space before the % sign"
        elif after:
            yield "percent", "with the word for per cent"
    if number.isdigit() and len(number) == 4 and q.exempt is None \
            and not (q.kind == "number" and 1600 <= q.value < 2100):   # a bare year ("in 2011 and 2016")
        yield "grouping", "without a thousands separator"
    elif len(number) == 5 and number[0].isdigit() and number[2:].isdigit() and not number[1].isdigit():
        separator = {"\u00a0": "a no-break space", "\u202f": "a narrow no-break space",
                     " ": "a space"}.get(number[1], f"'{number[1]}'")
        yield "grouping", f"with {separator} between thousands"
    if q.kind in ("count", "number") and q.unit is None and q.high is None and 1 <= q.value <= 9 \
            and float(q.value).is_integer() and not q.approximate and not (fixed and fixed(q.number)):
        yield "small", "in figures" if number[:1].isdigit() else "in words"
    if q.kind == "amount" and q.unit and q.high is None and any(c.isdigit() for c in number):
        # "millions of dollars" has no sign to write: no style choice
        marker = head.strip()
        if marker and not marker[-1:].isalpha():
            yield f"currency {q.unit}", "with the currency sign before the amount"
        elif tail.strip():
            word = tail.split()[-1]
            yield f"currency {q.unit}", ("with the currency named after the amount" if word[-1:].isalpha()
                                         else "with the currency sign after the amount")


_WORD = pattern_cache.compile(r"[^\W\d_]+")


def _conversion(text: str, previous: Any, q: Any) -> bool:
    """Is the amount a conversion in brackets of the amount just before it ("150 million
    euros (US$199 million)")? It is written in the form of its own currency."""
    if previous is None or previous.kind != "amount" or q.kind != "amount":
        return False
    between = text[previous.span.end:q.span.start]
    return "(" in between and len(between.strip()) <= 4


def _in_series(text: str, q: Any, quantities: Any, joiners: frozenset[str]) -> bool:
    """Is the small figure one of a series with a figure of ten or more ("24 A320s and 6
    A321s", "11 de 65 cm et 5 de 60 cm")? Style guides write all of a series in figures."""
    for other in quantities:
        if other is q or other.sentence != q.sentence or other.value < 10 or other.exempt is not None:
            continue
        if not text[other.number.start:other.number.end][:1].isdigit():
            continue
        first, second = (other, q) if other.span.end <= q.span.start else (q, other)
        between = text[first.span.end:second.span.start]
        if len(between) <= 40 and ("," in between or any(fold_fast(w) in joiners for w in _WORD.findall(between))):
            return True
    return False


def collect(rule: Any, document: Any, facts: Any) -> tuple[Mixed, ...]:
    params: Params = rule.params
    text = document.text
    uses: dict[str, list[tuple[str, Span]]] = {}
    fixed = None
    if "small" in params.classes:
        after, before = _ratio_patterns(facts.locale)
        fixed = functools.partial(_fixed_format, text, numbers=grammar(facts.locale).words,
                                  after=after, before=before)
    quantities = facts.get("quantities")
    joiners = frozenset(fold_fast(w) for w in facts.locale.words("numbers", "word_joiners"))
    previous = None
    for q in quantities:
        if q.exempt is not None and q.exempt in params.ignore_exempt:
            continue
        converted = _conversion(text, previous, q)
        previous = q
        for kind, style in _styles(q, text, fixed):
            if kind.startswith("currency") and converted:
                continue   # "150 million euros (US$199 million)": a conversion keeps its own form
            if kind == "small" and _in_series(text, q, quantities, joiners):
                continue   # "24 A320s and 6 A321s": a series keeps one form for all its numbers
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
