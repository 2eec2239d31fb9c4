"""Parts of a total told as a partitive that points back at it: "The operator will add 12
extra buses a day." / "It said seven of the additional services would run between A and B,
four would serve C, and three would be night buses." (14 > 12), "Douze de ces enseignants
..., six ... et cinq ...".

The first part is a bare count followed by a partitive ("seven of", "sept de"), or the
first bare count after a sentence opening on the set ("Of the additional services, seven
...", "Sur ces services, sept ..."; locale ``numbers.partitive_openers``), whose noun
group has no number of its own (else it names its own whole: "seven of its 40 depots") and
points back: a demonstrative ("these", "ces"; locale ``numbers.demonstratives``), a word
that names an announced addition again ("the additional services"; ``numbers.increment_words``)
or the total's own noun ("seven of the teachers" after "20 teachers"). The later parts are
the counts after it in its sentence that leave their noun out ("four would serve C",
"quatre desserviront C"): nothing, a function word or a verb where the noun would be; a
count of its own thing between them ("between the two hospitals") is none. The
total is the nearest count of one or two sentences before, in any paragraph, that is larger
than each part. A partitive of another set ("seven of the drivers") points at nothing.

A sentence may also open on the total itself ("Of the 1,200 appointments booked this week,
780 were postponed and 510 cancelled", « Sur les 1 200 rendez-vous programmés, 780 ont été
reportés et 510 annulés »): its parts are the bare counts after the comma, each told by a
past participle of what befell it (an outcome: "postponed", « annulés »), which one member
cannot have twice; counts told by a noun or an adjective ("200 are women and 150 are over
50") may overlap and are left alone (``opened_parts``).

Pure functions, no state: ``figure_conflict`` calls ``partitive_parts`` and
``opened_parts`` with what they need.
"""
from __future__ import annotations

import functools
from typing import Any, Callable

import regex

from ..extractors.quantities import fold_fast

_WORDS = regex.compile(r"[^\W\d_][\w'’\-]*|\d")


@functools.lru_cache(maxsize=16)
def _joiner(locale: Any) -> Any:
    """The locale's ``numbers.collective_joiners`` ("of", "de", "d'") right after a figure."""
    words = sorted((regex.escape(w) for w in locale.words("numbers", "collective_joiners")), key=len, reverse=True)
    return regex.compile(rf"\s+(?:{'|'.join(words)})(?:\s+|(?<=['’]))" if words else r"(?!x)x", regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _words(locale: Any, key: str) -> frozenset[str]:
    """The locale's ``numbers.<key>`` words, folded (once per locale and key)."""
    return frozenset(fold_fast(w) for w in locale.words("numbers", key))


def _plural_noun(word: str) -> bool:
    """Does the word after a count read as the plural noun it counts ("buses", "bus",
    "services")? A count's plural noun ends so in both languages; a verb where the noun
    would be ("four serve", "quatre desserviront") does not."""
    return word[-1:] in ("s", "x")


def _elided(q: Any, text: str, function_words: frozenset[str], own: set[str],
            stem: Callable[[str], str]) -> bool:
    """A count that leaves its noun out (the partitive's): none, a function word or a verb
    in its place, or the partitive's own noun again."""
    if q.unit is not None or q.kind not in ("count", "number") or q.high is not None or q.approximate:
        return False
    if q.noun is None:
        return True
    first = _WORDS.match(text, q.noun.start)
    word = fold_fast(first.group()) if first else ""
    return word in function_words or not _plural_noun(word) or stem(word) in own


def _pointer(q: Any, text: str, locale: Any) -> list[str] | None:
    """The folded words of the partitive after ``q`` ("of the additional services": the,
    additional, services), or None when there is none or it holds a number."""
    joined = _joiner(locale).match(text, q.span.end)
    if joined is None:
        return None
    words = [m.group() for m in _WORDS.finditer(text, joined.end(), min(len(text), joined.end() + 60))][:3]
    if not words or any(w.isdigit() for w in words):
        return None
    return [fold_fast(w) for w in words]


@functools.lru_cache(maxsize=16)
def _fronted(locale: Any) -> Any:
    """A sentence that opens on the set its figures are taken from ("Of the additional
    services, ...", "Sur ces services supplémentaires, ..."): the locale's
    ``numbers.partitive_openers``, up to four words without a figure, then a comma."""
    words = sorted((regex.escape(w) for w in locale.words("numbers", "partitive_openers")), key=len, reverse=True)
    if not words:
        return regex.compile(r"(?!x)x")
    return regex.compile(rf"[^\w]*(?:{'|'.join(words)})\s+(?P<words>(?:[^\W\d_][\w'’\-]*\s+){{0,3}}"
                         rf"[^\W\d_][\w'’\-]*)\s*,", regex.IGNORECASE)


def partitive_parts(quantities: list[Any], document: Any, locale: Any, function_words: frozenset[str],
                    stem: Callable[[str], str], whole_of: Callable[[Any], bool], update: Any,
                    gap: int = 80) -> list[tuple[Any, Any, str]]:
    """(first part, total, note) for each partitive list of parts adding up to more than the
    total it points back at."""
    text = document.text
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        if q.sentence >= 0 and q.kind in ("count", "number"):
            by_sentence.setdefault(q.sentence, []).append(q)
    demonstratives, increments = _words(locale, "demonstratives"), _words(locale, "increment_words")
    found = []
    for index, figures in sorted(by_sentence.items()):
        if len(figures) < 2 or index < 1:
            continue
        sentence = document.sentences[index]
        fronted = _fronted(locale).match(text, sentence.start, sentence.end)
        for i, first in enumerate(figures[:-1]):
            if first.unit is not None or first.approximate or first.high is not None:
                continue
            if fronted is not None:   # "Of the additional services, seven will ...": the set comes first
                if first.span.start < fronted.end() or not _elided(first, text, function_words, set(), stem):
                    break
                words = [fold_fast(w) for w in fronted.group("words").split()]
            else:
                words = _pointer(first, text, locale)
            if words is None:
                continue
            own = {stem(w) for w in words if w not in function_words}
            parts, last = [first], first
            for q in figures[i + 1:]:
                if q.span.start - last.span.end > gap:
                    break
                last = q
                if _elided(q, text, function_words, own, stem):
                    parts.append(q)   # a count of its own thing ("between the two hospitals") is no part
            if len(parts) < 2:
                break
            if update.search(text, sentence.start, sentence.end) is not None:
                break
            total = _total(by_sentence, index, parts, words, own, demonstratives | increments, text, stem, whole_of)
            added = sum(q.value for q in parts)
            if total is not None and added > total.value:
                found.append((first, total, f"the parts told of it add up to {added:,.12g}"))
            break
    return found


def _total(by_sentence: dict[int, list[Any]], index: int, parts: list[Any], words: list[str], own: set[str],
           pointing: frozenset[str], text: str, stem: Callable[[str], str],
           whole_of: Callable[[Any], bool]) -> Any:
    """The count the partitive points back at, in one of the two sentences before, or None."""
    largest = max(q.value for q in parts)
    back = bool(pointing.intersection(words))
    for earlier in (index - 1, index - 2):
        counts = [q for q in by_sentence.get(earlier, ()) if q.unit is None]
        if not counts:
            continue
        named = [q for q in counts if q.noun is not None and stem(text[q.noun.start:q.noun.end].split()[0]) in own]
        fit = [q for q in (named or (counts if back else [])) if q.value > largest and not q.approximate
               and q.high is None and not whole_of(q)]
        return fit[-1] if fit else None
    return None


@functools.lru_cache(maxsize=16)
def _counted_opener(locale: Any) -> Any:
    """A sentence opening on a partitive opener and a figure, up to its comma ("Of the
    1,200 appointments booked this week,", « Sur les 1 200 rendez-vous programmés, »)."""
    words = sorted((regex.escape(w) for w in locale.words("numbers", "partitive_openers")), key=len, reverse=True)
    if not words:
        return regex.compile(r"(?!x)x")
    return regex.compile(rf"[^\w]*(?:{'|'.join(words)})\s+[^;:!?]{{0,80}}?,(?=\s)", regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _endings(locale: Any) -> tuple[str, ...]:
    """The locale's ``time.participle_endings``, folded like the words they end, longest first."""
    return tuple(sorted({fold_fast(w) for w in locale.words("time", "participle_endings")}, key=len, reverse=True))


def _outcome(q: Any, text: str, end: int, function_words: frozenset[str], endings: tuple[str, ...]) -> bool:
    """Is the count told by a past participle within its next three words ("780 were
    postponed", « 510 purement annulés »), before any noun?"""
    for match in list(_WORDS.finditer(text, q.span.end, end))[:3]:
        word = fold_fast(match.group())
        if word in function_words or word.endswith(("ment", "ly")):
            continue
        return len(word) > 4 and word.endswith(endings)
    return False


def opened_parts(quantities: list[Any], document: Any, locale: Any,
                 function_words: frozenset[str], update: Any) -> list[tuple[Any, Any, str]]:
    """(first part, total, note) for each sentence opening on its total whose outcome
    counts after the comma add up to more."""
    text = document.text
    endings = _endings(locale)
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        if q.sentence >= 0 and q.kind in ("count", "number") and q.unit is None and q.high is None:
            by_sentence.setdefault(q.sentence, []).append(q)
    found = []
    for index, figures in by_sentence.items():
        if len(figures) < 3:
            continue
        sentence = document.sentences[index]
        opener = _counted_opener(locale).match(text, sentence.start, sentence.end)
        if opener is None:
            continue
        inside = [q for q in figures if q.span.end <= opener.end()]
        if len(inside) != 1 or inside[0].approximate or inside[0].noun is None:
            continue   # the opener holds the total, one count of its own noun
        total = inside[0]
        parts = [q for q in figures if q.span.start >= opener.end() and not q.approximate]
        if len(parts) < 2 or not all(_elided(q, text, function_words, set(), lambda w: w) for q in parts) \
                or not all(_outcome(q, text, sentence.end, function_words, endings) for q in parts):
            continue
        if update.search(text, sentence.start, sentence.end) is not None:
            continue
        added = sum(q.value for q in parts)
        if added > total.value:
            found.append((parts[0], total, f"the parts told of it add up to {added:,.12g}"))
    return found
