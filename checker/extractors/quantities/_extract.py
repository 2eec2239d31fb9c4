"""Quantities: every figure in the prose, with its value, unit, counted noun and source.

Reads digits with the language's separators ("1,234.5", "1 234,5", narrow and no-break
spaces), number words through text2num ("quarante-cinq", "two hundred"), scale words
("1.2 million", "$40bn"), collectives ("une cinquantaine", "dozens of"), approximators,
ranges, percentages, money and units, all listed in the locale's ``numbers:`` section.

A quantity that is not a claim keeps an ``exempt`` reason (year, date, time, age, ordinal,
address, phone, model, score, page, quote, headline) instead of being dropped, so
``copydesk facts`` shows why no check looked at it and rules can choose their exemptions.
Headline figures that the body repeats are exempt as "headline" and take the body's source.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from typing import Any, Iterable, Iterator

from ...spans import Span
from .. import attributions as _attributions
from ._context import exemptions, quoted_spans
from ._grammar import NumberGrammar, digits_value, fold_fast, grammar, words_value
from ._scan import folded, quantity_matches, scan_hits

__all__ = ["Quantity", "extract", "extract_quantities"]

KINDS = ("count", "amount", "share", "measure", "duration", "number")


@dataclass(frozen=True)
class Quantity:
    """One figure.

    Args:
        span: the whole expression ("plus de 87 kilomètres carrés").
        number: the digits or number words only ("87").
        value: the value (lower bound of a range), scales applied.
        high: upper bound of a range, else None.
        unit: canonical unit ("%", "km²", "EUR"), else None.
        noun: span of what is counted or measured ("daechistes", "terres"), else None.
        approximate: an approximator, a collective or a range makes it approximate.
        kind: count, amount, share, measure, duration or number (bare).
        exempt: why this is not a claim (year, date, age, quote, ...), else None.
        sourced: an attribution covers its sentence.
        source: the source's span, when the attribution names one.
        sentence: index of its sentence in ``document.sentences`` (or -1).
    """

    span: Span
    number: Span
    value: float
    high: float | None = None
    unit: str | None = None
    noun: Span | None = None
    approximate: bool = False
    kind: str = "number"
    exempt: str | None = None
    sourced: bool = False
    source: Span | None = None
    sentence: int = -1

    def to_json(self, document: Any) -> dict[str, Any]:
        text = document.text
        data: dict[str, Any] = {
            "type": "quantity", "offset": self.span.start, "length": self.span.length,
            "text": text[self.span.start:self.span.end], "value": _plain(self.value),
        }
        if self.high is not None:
            data["high"] = _plain(self.high)
        data.update({"unit": self.unit, "kind": self.kind, "approximate": self.approximate,
                     "sourced": self.sourced})
        if self.source is not None:
            data["source"] = text[self.source.start:self.source.end]
        if self.noun is not None:
            data["noun"] = text[self.noun.start:self.noun.end]
        if self.exempt is not None:
            data["exempt"] = self.exempt
        return data


_new = object.__new__


def _span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets a match gave (so 0 <= start <= end, the check its
    ``__post_init__`` makes): the frozen dataclass's ``__init__`` costs about 1 us, a
    ``__dict__`` update a third of it, two or three times a figure."""
    span = _new(Span)
    span.__dict__.update(start=start, end=end)
    return span


def _quantity(span: Span, number: Span, value: float, high: float | None, unit: str | None, noun: Span | None,
              approximate: bool, kind: str, exempt: str | None, sourced: bool, source: Span | None,
              sentence: int) -> "Quantity":
    """``Quantity(...)`` with every field given, by one ``__dict__`` update (the frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``: about 2 us a
    figure, a third of that here)."""
    quantity = _new(Quantity)
    quantity.__dict__.update(span=span, number=number, value=value, high=high, unit=unit, noun=noun,
                             approximate=approximate, kind=kind, exempt=exempt, sourced=sourced, source=source,
                             sentence=sentence)
    return quantity


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 1e18 else round(value, 6)


def _lookup(table: Any, text: str | None) -> Any:
    if not text:
        return None
    key = " ".join(text.split())
    return table.get(key) or table.get(fold_fast(key)) or table.get(key.lower())


def _number_value(text: str | None, g: NumberGrammar) -> float | None:
    if text is None:
        return None
    folded = fold_fast(text)
    if folded in g.articles:
        return 1.0
    if text[:1].isdigit():
        return digits_value(text, g)
    return words_value(text, g)


# The groups ``_parse`` reads, fetched with one ``match.group`` call (a call per group was
# a good part of the parse: about 16 per figure), by number: ``regex`` looks a name up in
# about 0.3 µs, ten times a number (a name used twice has one number).
_GROUPS = ("cur", "curafter", "coll", "collnum", "collart", "num", "scale", "num2", "scale2", "unit",
           "approx", "approx2")
_COLL, _NUM, _COLLNUM = _GROUPS.index("coll"), _GROUPS.index("num"), _GROUPS.index("collnum")
_NUM2 = _GROUPS.index("num2")


@functools.lru_cache(maxsize=64)
def _numbers(pattern: Any) -> tuple[int | None, ...]:
    """The numbers of ``_GROUPS`` in ``pattern``; None for a group it lacks (a locale
    without approximators has no such group: never matched)."""
    return tuple(pattern.groupindex.get(name) for name in _GROUPS)


def _groups(match: Any, numbers: tuple[int | None, ...]) -> tuple[str | None, ...]:
    if None in numbers:
        return tuple(match.group(n) if n is not None else None for n in numbers)
    return match.group(*numbers)


def _counts_plural(prose: str, end: int, g: NumberGrammar) -> bool:
    """Is a word that is not a number on its own ("neuf", "sept") followed by a plural
    noun it counts ("neuf personnes", "sept jours", "sept de ces services"), so a number after all? A plural
    ("-s", "-x") in lower case right after it, not a function word; "un appartement neuf"
    and "le 5 sept. 2012" stay words."""
    if end >= len(prose) or prose[end] != " ":
        return False
    match = _NEXT_WORD(prose, end + 1)
    if match is None:
        return False
    if _plural(match.group(), g):
        return True
    # "sept de ces services", "neuf des élus": a share of a plural set named after a joiner
    # (numbers.collective_joiners) is a count of that set too.
    follow = g.noun.match(prose, end)
    if follow is None or not follow.group("join"):
        return False
    return _plural(follow.group("noun").split()[-1], g)


def _plural(word: str, g: NumberGrammar) -> bool:
    """A plural ("-s", "-x") in lower case, not a function word nor a number word."""
    folded = fold_fast(word)
    return (word[:1].islower() and len(word) > 2 and word[-1] in "sx" and folded not in g.not_nouns
            and folded not in g.stopwords and folded not in g.words)


_NEXT_WORD = re.compile(r"[^\W\d_]+").match


def _counted_base(word: str, base: float, g: NumberGrammar) -> tuple[float, bool]:
    """The value of one unit of a collective that a number counts, and whether it is exact.

    Why: a plural collective alone is an approximate multiple ("des millions" = about two
    million, "dozens" = about 24), but after a number it is the unit being counted: "13
    millions de voix" is 13 x 1,000,000 (a scale, exact), "3 dizaines" is 3 x 10 (about).
    """
    scale = g.scales.get(word)
    if scale:
        return scale, True
    if word.endswith("s") and word[:-1] in g.collectives:
        return g.collectives[word[:-1]], False
    return base, False


def _scaled(value: float, scale: str | None, g: NumberGrammar, has_money: bool) -> tuple[float, str | None]:
    """Apply a scale word; a money-only scale without money is a unit ("100 m")."""
    if not scale:
        return value, None
    if scale in g.money_scales and not has_money:
        return value, _lookup(g.units, scale)
    factor = g.scales.get(scale) or g.scales.get(scale.lower()) or 1.0
    return value * factor, None


def _noun(prose: str, end: int, limit: int, g: NumberGrammar, counted: bool = False) -> Span | None:
    """What the figure counts: the next word (two when the first is capitalised). For a
    count of more than one (``counted``), a singular noun before a plural one modifies it
    ("60 downtown buildings"): the plural head is counted."""
    match = g.noun.match(prose, end, limit)
    if match is None:
        return None
    start, stop = match.span(_noun_number(g.noun))
    if g.noun_adjectives:
        start += _described(prose[start:stop], g)
    if counted and g.modifier_plurals and not _described(prose[start:stop], g):
        start += _head_after(prose[start:stop], g)
    length = _noun_length(prose[start:stop], g)
    return _span(start, start + length) if length >= 0 else None


@functools.lru_cache(maxsize=4096)
def _noun_length(text: str, g: NumberGrammar) -> int:
    """How much of ``text`` (the noun group of ``g.noun``) is the counted noun: all of it
    (two words), its first word, or -1 for none. Cached: the same nouns recur ("people",
    "per cent", "ans"), and reading one is a split, two folds and four set lookups."""
    words = text.split()
    first = fold_fast(words[0].strip("'’-"))
    if first in g.not_nouns or first in g.stopwords or first in g.words or len(first) < 2:
        return -1
    if len(words) > 1 and words[0][:1].isupper():
        second = fold_fast(words[1])
        if words[1][:1].islower() and second not in g.not_nouns and second not in g.stopwords:
            return len(text)
    return len(words[0].rstrip("'’-"))


@functools.lru_cache(maxsize=4096)
def _described(text: str, g: NumberGrammar) -> int:
    """Where the counted noun starts in ``text`` when its first word only describes it
    ("11 accessible minibuses", « 40 nouveaux emplois »; locale ``numbers.noun_adjectives``):
    the noun is the word after, as "the 12 minibuses" counts it later. 0 otherwise."""
    words = text.split()
    if len(words) < 2 or fold_fast(words[0]) not in g.noun_adjectives or not words[1][:1].islower():
        return 0
    second = fold_fast(words[1].strip("'’-"))
    if second in g.not_nouns or second in g.stopwords or second in g.words or len(second) < 2:
        return 0
    return text.index(words[1], len(words[0]))


@functools.lru_cache(maxsize=4096)
def _head_after(text: str, g: NumberGrammar) -> int:
    """Where the counted noun starts in ``text`` when its first word is a noun modifying
    the second, the head, in a language whose plural marks the head ("60 downtown
    buildings", "12 control-room posts"; locale ``numbers.modifier_plurals``, the head's
    plural endings): the first bears no plural ending, the second does. 0 otherwise."""
    words = text.split()
    if len(words) < 2 or not words[0][:1].islower() or not words[1][:1].islower():
        return 0
    first, second = words[0].casefold().rstrip("'’-"), words[1].casefold().strip("'’-")
    if fold_fast(second) in g.not_nouns or fold_fast(second) in g.stopwords or len(second) < 3:
        return 0
    plural = lambda word: any(word.endswith(e) and not word.endswith(e + e) for e in g.modifier_plurals)  # noqa: E731
    return text.index(words[1], len(words[0])) if plural(second) and not plural(first) else 0


def _preceding_word(prose: str, start: int) -> tuple[str, int]:
    """The word right before ``start`` (one space between) and where it starts."""
    if start < 2 or prose[start - 1] not in " \u00a0":
        return "", -1
    i = start - 1
    while i > 0 and (prose[i - 1].isalnum() or prose[i - 1] in "-’'"):
        i -= 1
    return prose[i:start - 1], i


def _is_model(prose: str, span: Span, number: Span, unit: str | None, approximate: bool, sentence_start: int,
              g: NumberGrammar) -> bool:
    """"Boeing 737", "iPhone 4", "Falcon 9": a bare number named by the word before it."""
    if unit or approximate or span != number:
        return False
    word, where = _preceding_word(prose, span.start)
    if not word or not any(c.isupper() for c in word) or not word[:1].isalpha():
        return False
    if word.endswith(("'s", "’s", "s'", "s’")):
        return False   # "the Dow's 334.65-point fall": a holder, not a model's name
    if fold_fast(word) in g.stopwords or fold_fast(word) in g.not_nouns:
        return False
    at_start = not prose[sentence_start:where].strip(" \"'«“(")
    return not at_start or any(c.isupper() for c in word[1:])


@functools.lru_cache(maxsize=16)
def _noun_number(pattern: Any) -> int:
    return pattern.groupindex["noun"]


# What ``_parse`` reads from a match: span, number, value, high, unit, approximate, kind
# (a tuple: the Quantity is built once, when the noun, source and exemption are known).
_Parsed = tuple[Span, Span, float, "float | None", "str | None", bool, str]


def _parse(match: Any, prose: str, g: NumberGrammar) -> _Parsed | None:
    numbers = _numbers(match.re)
    cur_text, cur_after, coll, collnum, collart, num, scale, num2, scale2, unit_text, approx, approx2 = \
        _groups(match, numbers)
    has_money = bool(cur_text or cur_after)
    if coll is not None:
        base = g.collectives.get(fold_fast(" ".join(coll.split())))
        if base is None:
            return None
        count = 1.0
        exact = False
        if collnum:
            count = (digits_value(collnum, g) if collnum[:1].isdigit() else words_value(collnum, g)) or 1.0
            base, exact = _counted_base(fold_fast(" ".join(coll.split())), base, g)
        elif not collart:
            follow = g.noun.match(prose, match.end(numbers[_COLL]))
            if follow is None or not follow.group("join"):
                return None  # "score" or "dozen" on its own is not a figure
        value, high, approximate = base * count, None, not exact or bool(approx)
        number_at = match.span(numbers[_COLL])
        if collnum:
            # "2 millions": the number is the count and its unit, so that a hedge before it
            # ("près de 2 millions") is read as the figure's hedge, not as part of it.
            number_at = (match.start(numbers[_COLLNUM]), number_at[1])
    else:
        if num is None:
            return None
        word = fold_fast(num)  # _number_value, with the folded word kept
        value = 1.0 if word in g.articles else digits_value(num, g) if num[:1].isdigit() else words_value(num, g)
        if value is None:
            return None
        if word in g.not_alone and not scale and not has_money and not unit_text and not num2 \
                and not (value > 1 and _counts_plural(prose, match.end(), g)):
            return None
        value, scale_unit = _scaled(value, scale, g, has_money)
        high = None
        if num2 and num2[:1].isdigit() != num[:1].isdigit():
            # "$42 to four cents": digits and words do not make one range.
            return _parse_first(match, prose, g)
        if num2 and not num[:1].isdigit() and prose[match.end(numbers[_NUM]):match.start(numbers[_NUM2])] == "-":
            # « de quarante-deux places »: a number word with its hyphen, not a range "de 40 à 2"
            compound = _parse_compound(match, prose, g)
            if compound is not None:
                return compound
        if num2:
            high = _number_value(num2, g)
            if high is not None:
                high, _ = _scaled(high, scale2 or scale, g, has_money)
        approximate = bool(approx or approx2 or high is not None)
        number_at = match.span(numbers[_NUM])
    unit = None
    factor = 1.0
    if cur_after:
        unit, factor = _lookup(g.currency_after, cur_after) or (None, 1.0)
    elif cur_text:
        unit, factor = _lookup(g.currency_before, cur_text) or (None, 1.0)
    if unit is None and unit_text:
        unit = _lookup(g.units, unit_text)
    if unit is None and coll is None and scale and scale in g.money_scales and not has_money:
        unit = _lookup(g.units, scale)
    value *= factor
    if high is not None:
        high *= factor
    if has_money:
        kind = "amount"
    elif unit in ("%", "pp"):
        kind = "share"
    elif unit in g.duration_units:
        kind = "duration"
    elif unit:
        kind = "measure"
    else:
        kind = "number"
    at = match.span()
    span = _span(*at)
    # A bare figure is its own number: one Span for both (a Span costs about 1 us).
    return span, span if number_at == at else _span(*number_at), value, high, unit, approximate, kind


def _parse_compound(match: Any, prose: str, g: NumberGrammar) -> _Parsed | None:
    """A hyphenated number word read as a range after a range word (« de quarante-deux »,
    "from forty-two"): one number, from its first word to its last, when the two words make
    one (``words_value``), else None."""
    start, end = match.start("num"), match.end("num2")
    value = words_value(prose[start:end], g)
    if value is None:
        return None
    return Span(start, end), Span(start, end), value, None, None, False, "number"


def _parsed(matches: list[Any], prose: str, end: int, g: NumberGrammar) -> Iterator[_Parsed]:
    """What each match reads. A "range" that is two figures is read as both: one that opens
    on a year and ends below it ("from 310 in 2017 to 402 in 2022"), and one that mixes
    digits and words ("690 – three in five", "$42 to four cents"; ``_parse`` keeps the
    first)."""
    for match in matches:
        parsed = _parse(match, prose, g)
        if parsed is None:
            continue
        value, high, number = parsed[2], parsed[3], parsed[1]
        text = prose[number.start:number.end]
        numbers = _numbers(match.re)   # each match's own pattern (full, plain or digit)
        second_at = match.start(numbers[_NUM2]) if numbers[_NUM2] is not None else -1
        if second_at > parsed[0].end:   # the first alone was read: the second is a figure too
            yield parsed
            parsed = _second(prose, second_at, end, g)
        elif high is not None and high < value and len(text) == 4 and text.isdigit() and 1800 <= value <= 2100 \
                and any(c.isalpha() for c in prose[number.end:second_at]):   # "2010-11" is a season
            first = _parse_first(match, prose, g)
            if first is not None and second_at > 0:
                yield first
                parsed = _second(prose, second_at, end, g)
        if parsed is not None:
            yield parsed


def _second(prose: str, at: int, end: int, g: NumberGrammar) -> _Parsed | None:
    """The figure that starts at ``at``, read on its own."""
    pattern = g.quantity_digit if prose[at].isdigit() else g.quantity_plain
    match = pattern.match(prose, at, end)
    return _parse(match, prose, g) if match is not None else None


def _parse_first(match: Any, prose: str, g: NumberGrammar) -> _Parsed | None:
    """Only the first part of a match whose "range" mixes digits and words."""
    end = match.end("scale") if match.group("scale") else match.end("num")
    value = _number_value(match.group("num"), g)
    if value is None:
        return None
    has_money = bool(match.group("cur"))
    value, scale_unit = _scaled(value, match.group("scale"), g, has_money)
    unit, factor = (_lookup(g.currency_before, match.group("cur")) or (None, 1.0)) if has_money else (scale_unit, 1.0)
    kind = "amount" if has_money else ("measure" if unit else "number")
    return Span(match.start(), end), Span(*match.span("num")), value * factor, None, unit, \
        bool(match.group("approx")), kind


def _reason(span: Span, number: Span, value: float, high: float | None, unit: str | None, approximate: bool,
            kind: str, prose: str, sentence_start: int, g: NumberGrammar, context: Any) -> str | None:
    """Why the figure is not a claim (its ``exempt``), or None."""
    reason = context.reason(number)
    if reason is None and g.idioms and not prose[number.start:number.start + 1].isdigit() \
            and _in_idiom(prose, number, g):
        reason = "idiom"
    if reason is None and high is not None and context.reason(span) == "date":
        reason = "date"   # "les 16 et 17 juin": the days of a date
    if reason is None and kind in ("number", "count") and high is None and not approximate:
        text = prose[number.start:number.end]
        if text.isdigit() and len(text) == 4 and (1800 <= value <= 2100
                                                   or (kind == "number" and 1000 <= value < 1800)):
            reason = "year"
        elif _is_model(prose, span, number, unit, approximate, sentence_start, g):
            reason = "model"
    if reason is None and high is not None and kind in ("number", "count") and value >= high \
            and float(value).is_integer() and not _listed(prose, number, span, g):
        reason = "score"
    if reason is None and kind in ("number", "count") and high is None \
            and prose[number.start:number.start + 1] == "0" and prose[number.start + 1:number.start + 2].isdigit():
        reason = "model"  # "serial number 001", "agent 007": a leading zero writes a code, not a count
    if reason is None and span.end < len(prose) and prose[span.end].isalnum():
        reason = "model"  # "3G", "4x4": the number is part of a name
    if reason is None and kind in ("number", "count") and not approximate and high is None \
            and _named_model(prose, span, number):
        reason = "model"
    if reason is None and context.quoted(span):
        reason = "quote"
    return reason


def _named_model(prose: str, span: Span, number: Span) -> bool:
    """A number in digits that is part of a name: glued by a hyphen to a capitalised token
    ("A380-800", "COVID-19"), or followed by a capitalised singular word ("the 787
    Dreamliner"): a count takes a plural ("3 Americans", "trois Palestiniens")."""
    if span != number or not prose[number.start:number.start + 1].isdigit():
        return False
    if number.start >= 2 and prose[number.start - 1] == "-" and prose[number.start - 2].isalnum():
        start = number.start - 2
        while start > 0 and prose[start - 1].isalnum():
            start -= 1
        if any(c.isupper() for c in prose[start:number.start - 1]):
            return True
    follow = _NEXT_WORD(prose, span.end + 1) if prose[span.end:span.end + 1] == " " else None
    if follow is None:
        return False
    word = follow.group()
    return word[:1].isupper() and len(word) > 2 and not word.endswith(("s", "x")) \
        and prose[follow.end():follow.end() + 1] not in ".:"


def _models_named_elsewhere(found: list[Quantity], prose: str) -> list[Quantity]:
    """"Boeing 717" ... "the 717 program": digits the story uses as a model's name are that
    name wherever they stand alone (a bare figure of the same digits, not hedged)."""
    names = {prose[q.number.start:q.number.end] for q in found if q.exempt == "model"}
    if not names:
        return found
    return [replace(q, exempt="model") if q.exempt is None and q.kind in ("number", "count") and q.unit is None
            and not q.approximate and q.high is None and q.span == q.number
            and prose[q.number.start:q.number.end] in names else q for q in found]


def _listed(prose: str, number: Span, span: Span, g: NumberGrammar) -> bool:
    """"1,600 and 400 jobs": two figures joined by "and" / "et" are a list, not a score."""
    return any(word in g.list_joiners for word in fold_fast(prose[number.end:span.end]).split()[:2])


def _in_idiom(prose: str, number: Span, g: NumberGrammar) -> bool:
    """Is the number word part of a set phrase of the locale (``numbers.idioms``: "tous
    deux", "the seven wonders")? Only number words are asked: no idiom is written in digits,
    and the few words a story spells out are cheap to test."""
    start, end = max(0, number.start - 60), number.end + 60
    for pattern in g.idioms:
        for match in pattern.finditer(prose, start, end):
            at, stop = match.span("n")
            if at < number.end and number.start < stop:
                return True
    return False


def _classify(q: Quantity, prose: str, sentence_start: int, g: NumberGrammar, context: Any) -> Quantity:
    reason = _reason(q.span, q.number, q.value, q.high, q.unit, q.approximate, q.kind, prose, sentence_start,
                     g, context)
    if reason is not None:
        return Quantity(q.span, q.number, q.value, q.high, q.unit, q.noun, q.approximate, q.kind, reason,
                        q.sourced, q.source, q.sentence)
    return q


# How far an exemption pattern reaches before and after the figure it exempts ("won the
# final 3-1", "born September 12, 1961"): exemptions are searched only that near figures.
_EXEMPT_BEFORE, _EXEMPT_AFTER = 96, 48


def _windows(matched: list[tuple[Any, list[Any]]]) -> list[tuple[int, int]]:
    """Stretches (start, end) of each paragraph around its figures, merged, for the
    exemption patterns.

    Why: the patterns cost as much as the rest of the extractor when run over whole
    paragraphs, and a match that does not reach a figure exempts nothing.
    """
    windows: list[tuple[int, int]] = []
    for paragraph, matches in matched:
        p_start, p_end = paragraph.span.start, paragraph.span.end
        start = end = -1
        for match in matches:
            low, high = match.start() - _EXEMPT_BEFORE, match.end() + _EXEMPT_AFTER
            if low < p_start:
                low = p_start
            if high > p_end:
                high = p_end
            if low <= end:
                if high > end:
                    end = high
                continue
            if end > start:
                windows.append((start, end))
            start, end = low, high
        if end > start:
            windows.append((start, end))
    return windows


def extract_quantities(document: Any, locale: Any, attributions: Iterable[Any] = ()) -> tuple[Quantity, ...]:
    """All quantities of ``document`` in text order, classified and sourced.

    Args:
        document: the document to read.
        locale: its language knowledge.
        attributions: attribution facts; their sentence scope decides ``sourced``.
    """
    g = grammar(locale)
    prose = document.prose
    lowered = folded(prose, g)
    hits = scan_hits(prose, g, lowered)
    matched = []
    for paragraph in document.paragraphs:
        matches = list(quantity_matches(prose, paragraph.span.start, paragraph.span.end, g, hits))
        if matches:
            matched.append((paragraph, matches))
    if not matched:
        return _title_figures(document, g)
    context = exemptions(document, g, quoted_spans(document), _windows(matched), lowered)
    starts = [s.start for s in document.sentences]
    covered = _attributions.covering(document, attributions, locale)
    found: list[Quantity] = []
    for paragraph, matches in matched:
        p_start, p_end = paragraph.span.start, paragraph.span.end
        heading = paragraph.kind == "heading"
        for parsed in _parsed(matches, prose, p_end, g):
            span, number, value, high, unit, approximate, kind = parsed
            i = bisect.bisect_right(starts, span.start) - 1
            noun = _noun(prose, span.end, p_end, g, kind in ("count", "number") and unit is None
                         and high is None and value > 1) if kind != "amount" else None
            if kind == "number" and noun is not None:
                kind = "count"
            attribution = covered.get(i)
            if attribution is not None and attribution.source is not None \
                    and attribution.source.start <= span.start and span.end <= attribution.source.end:
                attribution = None   # "Two in three renters say ...": who is counted speaks, no one counted them
            if heading:
                reason: str | None = "heading-pending"
            else:
                reason = _reason(span, number, value, high, unit, approximate, kind, prose,
                                 starts[i] if i >= 0 else p_start, g, context)
            # One object per figure, built without the dataclass __init__ (see _quantity).
            found.append(_quantity(span, number, value, high, unit, noun, approximate, kind, reason,
                                   attribution is not None,
                                   attribution.source if attribution is not None else None, i))
    # The title is in the front matter, before the body: its figures come first.
    found = _models_named_elsewhere(found, prose)
    return _title_figures(document, g) + tuple(_settle_headlines(found, prose, g, context))


_TITLE_LINE = re.compile(r"^title:[ \t]*(['\"]?)(.*?)\1[ \t]*\r?$", re.MULTILINE)


def title_span(document: Any) -> Span | None:
    """Where the front matter's title is in the text, when the body does not repeat it as a
    heading (a heading's figures are read with the body). Public: checks also read a
    headline's words that are no figure ("A third of nurses ...") against the body."""
    title = document.metadata.get("title") if document.metadata else None
    if not isinstance(title, str) or not title.strip():
        return None
    head_end = document.paragraphs[0].span.start if document.paragraphs else len(document.text)
    match = _TITLE_LINE.search(document.text, 0, head_end)
    if match is None or not match.group(2):
        return None
    folded_title = fold_fast(" ".join(title.split()))
    for paragraph in document.paragraphs:
        if paragraph.kind == "heading" and \
                fold_fast(" ".join(document.prose[paragraph.span.start:paragraph.span.end].split())) == folded_title:
            return None
    return _span(*match.span(2))


def _title_figures(document: Any, g: NumberGrammar) -> tuple[Quantity, ...]:
    """The figures of the front matter's title: the headline is part of the story, and its
    figures are compared with the body's (``numbers.conflict``). They are exempt as "title"
    (a headline states the body's claim; the body is asked for its source) or as "year",
    and belong to no sentence (``sentence`` -1)."""
    span = title_span(document)
    if span is None:
        return ()
    text = document.text
    title = text[span.start:span.end]
    if not any(c.isdigit() for c in title) and g.anchor_words.isdisjoint(title.lower().split()):
        return ()   # most headlines: no digit and no number word, nothing to scan
    prose = " " * span.start + text[span.start:span.end]   # offsets as in the text, no further
    hits = scan_hits(prose, g, folded(prose, g))
    found = []
    for match in quantity_matches(prose, span.start, span.end, g, hits):
        parsed = _parse(match, prose, g)
        if parsed is None:
            continue
        figure, number, value, high, unit, approximate, kind = parsed
        noun = _noun(prose, figure.end, span.end, g, kind in ("count", "number") and unit is None
                     and high is None and value > 1) if kind != "amount" else None
        if kind == "number" and noun is not None:
            kind = "count"
        digits = prose[number.start:number.end]
        reason = "year" if digits.isdigit() and len(digits) == 4 and 1800 <= value <= 2100 else "title"
        if reason == "title" and figure.end < span.end and prose[figure.end].isalnum():
            reason = "model"
        found.append(_quantity(figure, number, value, high, unit, noun, approximate, kind, reason,
                               False, None, -1))
    return tuple(found)


def _settle_headlines(found: list[Quantity], prose: str, g: NumberGrammar, context: Any) -> list[Quantity]:
    """A headline figure the body repeats is exempt and borrows the body's source."""
    if not any(q.exempt == "heading-pending" for q in found):
        return found
    body = [q for q in found if q.exempt != "heading-pending"]
    settled = []
    for q in found:
        if q.exempt != "heading-pending":
            settled.append(q)
            continue
        plain = _classify(replace(q, exempt=None), prose, 0, g, context)
        if plain.exempt is not None:
            settled.append(plain)
            continue
        twin = next((b for b in body if b.value == q.value and b.unit == q.unit and b.exempt is None), None)
        if twin is not None:
            settled.append(replace(plain, exempt="headline", sourced=twin.sourced, source=twin.source))
        else:
            settled.append(plain)
    return settled


def extract(document: Any, facts: Any) -> Iterable[Quantity]:
    """The extractor entry point: ``facts.get("quantities")``."""
    return extract_quantities(document, facts.locale, facts.get("attributions"))
