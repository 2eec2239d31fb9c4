"""``check: figure-conflict`` — one quantity stated with two values in one story.

Two figures are "the same quantity" when they count the same noun with the same predicate
("12 people were killed" … "the 15 people killed") or measure the same thing in the same
unit ("87 km² de terres" … "78 kilomètres carrés de terres"), about the same named
subject (the capitalised words before them in their sentences share one, or neither has any). They conflict when their
value intervals do not overlap: a range covers its span, an approximation ("about", "une
cinquantaine") and a round number cover a tolerance around their value. Sentences that
say the figure changed ("rose to", "désormais", "from") are left out, and so are pairs in
one sentence (comparisons). A total also conflicts with the parts listed right after it
when they add up to more than it ("14 morts, dont 9 civils et 7 soldats"), or, after a
colon, to anything else.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import regex

from .. import _regex_cache

from ..extractors._number_patterns import grammar, fold_fast
from ..spans import Span
from ._ascii_search import holds

FIELDS = ("figure", "other", "line_other", "note")
NEEDS = ("quantities",)

_WORD = _regex_cache.compile(r"[^\W\d_][\w’'\-]*")


@dataclass(frozen=True)
class Params:
    """Keys of a ``figure-conflict`` rule.

    Args:
        kinds (list of str): quantity kinds compared (count, measure, amount, share).
        ignore_exempt (list of str): exemption reasons whose figures are never compared.
        tolerance (float): relative tolerance around an approximate value (0.25 = ±25 %).
    """

    kinds: tuple[str, ...] = ("count", "measure")
    ignore_exempt: tuple[str, ...] = ("year", "date", "time", "age", "ordinal", "address",
                                      "phone", "model", "score", "page", "idiom", "name")
    tolerance: float = 0.25


@dataclass(frozen=True)
class Conflict:
    span: Span
    other: Span
    note: str


def _lemma(word: str) -> str:
    word = fold_fast(word)
    for ending in ("es", "s", "e"):
        if len(word) > 3 and word.endswith(ending):
            word = word[: -len(ending)]
    return word


def _interval(q: Any, tolerance: float) -> tuple[float, float]:
    if q.high is not None:
        return min(q.value, q.high), max(q.value, q.high)
    if q.approximate:
        return q.value * (1 - tolerance), q.value * (1 + tolerance) + 1
    value = q.value
    if value >= 100 and value.is_integer():
        # A round figure ("1.2 million", "2,000") stands for anything that rounds to it.
        zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
        half = 10 ** zeros / 2 if zeros else 0
        return value - half, value + half
    return value, value


def _predicate(prose: str, start: int, end: int, g: Any) -> str | None:
    """The first content word after the figure (and its noun) in the sentence."""
    for match in _WORD.finditer(prose, start, end):
        word = fold_fast(match.group())
        if word in g.auxiliaries or word in g.stopwords or word in g.not_nouns or len(word) < 3:
            continue
        return _lemma(word)
    return None


def _subject(prose: str, sentence: Span, start: int, g: Any) -> frozenset[str]:
    """Capitalised words before the figure in its sentence: who or what it is about."""
    # The sentence's first word is capitalised whatever it is: it says nothing.
    words = _WORD.findall(prose, sentence.start, start)[1:]   # the words (no groups in _WORD)
    stopwords = g.stopwords
    return frozenset({f for w in words if w[:1].isupper() and (f := fold_fast(w)) not in stopwords})


def _key(q: Any, document: Any, g: Any) -> tuple[str, str, str] | None:
    prose = document.prose
    sentence = document.sentences[q.sentence]
    after = q.noun.end if q.noun is not None else q.span.end
    noun = _lemma(prose[q.noun.start:q.noun.end].split()[-1]) if q.noun is not None else None
    if q.unit is not None:
        return (q.unit, noun or "", "") if noun else None
    predicate = _predicate(prose, after, min(sentence.end, after + 80), g)
    if predicate is None:
        # Nothing after the noun ("carrying 227 passengers."): the verb before it.
        words = _WORD.findall(prose, max(sentence.start, q.span.start - 60), q.span.start)
        content = [w for w in words if (f := fold_fast(w)) not in g.stopwords and f not in g.not_nouns
                   and f not in g.auxiliaries and len(w) > 2]
        predicate = "<" + _lemma(content[-1]) if content else None
    if noun is None or predicate is None:
        return None
    return ("", noun, predicate)


def _total_conflicts(quantities: list[Any], document: Any, g: Any) -> list[Conflict]:
    """A total followed in its sentence by a parts cue and two or more parts."""
    found = []
    prose = document.prose
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    for figures in by_sentence.values():
        for i, total in enumerate(figures[:-2] if len(figures) > 2 else []):
            if total.approximate or total.unit is not None or total.kind not in ("count", "number"):
                continue
            nxt = figures[i + 1]
            gap = prose[total.span.end:nxt.span.start]
            subset = holds(g.parts_subset, gap)
            exhaustive = ":" in gap
            if not (subset or exhaustive):
                continue
            if len(gap) > 40:
                continue
            parts = [p for p in figures[i + 1:] if p.kind == "count" and p.unit is None
                     and not p.approximate and p.value < total.value]
            # Parts are listed one after another: only short separators between them.
            if len(parts) < 2 or any(b.span.start - a.span.end > 60 for a, b in zip(parts, parts[1:])):
                continue
            total_of_parts = sum(p.value for p in parts)
            if total_of_parts > total.value or (exhaustive and not subset and total_of_parts != total.value):
                last = parts[-1].noun or parts[-1].span
                found.append(Conflict(total.span, Span(parts[0].span.start, max(last.end, parts[-1].span.end)),
                                      f"its parts add up to {total_of_parts:g}"))
    return found


def collect(rule: Any, document: Any, facts: Any) -> tuple[Conflict, ...]:
    params: Params = rule.params
    g = grammar(facts.locale)
    prose = document.prose
    usable = [q for q in facts.get("quantities")
              if (q.exempt is None or q.exempt not in params.ignore_exempt) and q.sentence >= 0]
    sentences = document.sentences
    updates: dict[int, bool] = {}

    def updated(index: int) -> bool:
        """Does the sentence say the figure changed? A figure in such a sentence is left
        out; asked only of figures whose key is stated twice (most keys are stated once)."""
        if index not in updates:
            updates[index] = holds(g.update, prose, sentences[index].start, sentences[index].end)
        return updates[index]

    # key -> [figure, its subject or None until a later figure of the key needs it]: most
    # keys are stated once, and their subjects are never read.
    seen: dict[tuple[str, str, str], list[list[Any]]] = {}
    found: list[Conflict] = []
    for q in usable:
        if q.kind not in params.kinds:
            continue
        key = _key(q, document, g)
        if key is None:
            continue
        earlier = seen.setdefault(key, [])
        if not earlier:
            earlier.append([q, None])   # left out later if its sentence states an update
            continue
        if updated(q.sentence):
            continue
        subject = _subject(prose, sentences[q.sentence], q.span.start, g)
        # Same thing only when about the same named subject, or neither names one; pairs in
        # one sentence are comparisons ("14 points behind A, 19 behind B"), not restatements.
        others = []
        for entry in earlier:
            first = entry[0]
            if first.sentence == q.sentence or updated(first.sentence):
                continue
            if entry[1] is None:
                entry[1] = _subject(prose, sentences[first.sentence], first.span.start, g)
            if not (subject or entry[1]) or subject & entry[1]:
                others.append(first)
        earlier.append([q, subject])
        if not others:
            continue
        # A figure that agrees with any earlier statement of the key is a restatement of that
        # one: the story states several values for a key only when it speaks of several things.
        low_b, high_b = _interval(q, params.tolerance)
        if all(high_a < low_b or high_b < low_a for low_a, high_a in (_interval(o, params.tolerance) for o in others)):
            found.append(Conflict(q.span, others[0].span, "stated differently"))
    found.extend(_total_conflicts(usable, document, g))
    found.sort(key=lambda c: (c.span.start, c.other.start))
    return tuple(found)


def judge(rule: Any, evidence: tuple[Conflict, ...], document: Any) -> Iterable[Any]:
    for conflict in evidence:
        other = document.text[conflict.other.start:conflict.other.end]
        line, _ = document.line_col(conflict.other.start)
        note = "the other statement" if conflict.note == "stated differently" else conflict.note
        yield rule.finding(document, conflict.span,
                           fields={"figure": document.text[conflict.span.start:conflict.span.end],
                                   "other": other, "line_other": line, "note": conflict.note},
                           related=[(conflict.other, note)])

