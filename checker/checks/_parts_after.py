"""A total broken down in the sentence after it, which points back at it: "The chain will
close 40 of its 310 branches. They include 25 in England, 11 in Scotland and 8 in Wales."
The next sentence opens with a pronoun that takes the total up and a verb or phrase of
inclusion (locale ``numbers.parts_openers``: "They include", "Among them", "Parmi elles",
"Il s'agit de"), or on a list of bare figures ("800 will go in France, 300 in Germany and
200 in Spain"); the figures it then lists are parts of that total when they count nothing
of their own ("25 in England": the noun is left out because it is the total's) or count
the total's own thing ("25 branches", "$25 million" for a total in dollars). Listed parts,
even "including" examples, cannot add up to more than the total.

Which figure of the sentence before is the total: the nearest one of the parts' thing; for
parts that name none, the figure the sentence is about, i.e. a count or a part of a whole
("40 of its 310 branches": 40, not the whole it is taken from), the nearest to the pointer.

Pure functions, no state: ``figure_conflict`` calls ``parts_after`` with what it needs.
"""
from __future__ import annotations

import functools
from typing import Any, Callable

import regex


@functools.lru_cache(maxsize=16)
def openers(locale: Any) -> Any:
    """The start of a sentence (after any quote mark or bracket) that points back at a total:
    the locale's ``numbers.parts_openers`` ("They include", "Parmi elles"), or a determiner of
    ``numbers.parts_subjects``, a word or two and a verb of ``numbers.parts_verbs`` ("The
    closures include", "Ces fermetures concernent"); apostrophes either way. None when the
    locale has neither."""
    def alternation(words: Any) -> str:
        return "|".join(regex.sub(r"['’]", "['’]", regex.escape(w).replace("\\ ", r"\s+"))
                        for w in sorted(words, key=len, reverse=True))
    phrases = locale.words("numbers", "parts_openers")
    verbs = locale.words("numbers", "parts_verbs")
    subjects = locale.words("numbers", "parts_subjects")
    options = [alternation(phrases)] if phrases else []
    if verbs and subjects:
        options.append(rf"(?:{alternation(subjects)})\s+(?:[^\W\d_][\w'’\-]*\s+){{1,2}}?(?:{alternation(verbs)})")
    if not options:
        return None
    return regex.compile(rf"[^\w]*(?:{'|'.join(options)})(?!\w)", regex.IGNORECASE)


def _sort(q: Any) -> str:
    """Counts and bare numbers are of one sort (a bare number is a count whose noun is left out)."""
    return "count" if q.kind in ("count", "number") else q.kind


_WORD = regex.compile(r"[^\W\d_][\w'’\-]*")


def _noun_word(q: Any, text: str) -> str | None:
    match = _WORD.search(text, q.noun.start, q.noun.end) if q.noun is not None else None
    return match.group().casefold() if match else None


def _first_after(q: Any, text: str) -> str | None:
    """The word right after the first word of a figure's counted noun ("7 aircraft based",
    "7 avions basés": "based", "basés")."""
    first = _WORD.search(text, q.noun.start, q.noun.end)
    following = _WORD.match(text, first.end() + 1) if first is not None else None
    return following.group().casefold() if following else None


def _parallel(figures: list[Any], text: str, start: int, function_words: frozenset[str]) -> list[Any]:
    """A sentence that opens on a list of bare figures, each followed by the same function
    word ("800 will go in France, 300 in Germany and 200 in Spain", "18 dans le nord, 9 dans
    le sud"): the noun they leave out is the one the sentence before counted. Its figures,
    or none when the sentence is not such a list."""
    bare = [q for q in figures if q.noun is None and q.unit is None and q.kind in ("count", "number")]
    if len(bare) < 2 or bare[0] is not figures[0] or _WORD.search(text, start, bare[0].span.start):
        return []
    words = [_WORD.findall(text, q.span.end, q.span.end + 40)[:3] for q in bare]
    follow = {w[0].casefold() for w in words[1:] if w}
    if len(follow) != 1 or len(words[1:]) != sum(1 for w in words[1:] if w):
        return []
    (joint,) = follow
    if joint not in function_words or joint not in (w.casefold() for w in words[0]):
        return []
    return bare


def _listed(figures: list[Any], gap: int) -> bool:
    return len(figures) >= 2 and all(b.span.start - a.span.end <= gap for a, b in zip(figures, figures[1:]))


def parts_after(quantities: list[Any], document: Any, pattern: Any, thing: Callable[[Any], str | None],
                whole_of: Callable[[Any], bool], function_words: frozenset[str] = frozenset(),
                gap: int = 60) -> list[tuple[Any, Any, str]]:
    """(first part, total, note) for each sentence that points back at a total of the
    sentence before it and lists parts adding up to more. ``thing`` is what a figure counts
    or measures (None for a bare number); ``whole_of`` says a figure is the whole another
    figure is taken from ("of its 310 branches"); ``function_words`` (the locale's stopwords)
    tell a list of bare parts that opens a sentence ("800 will go in France, 300 in Germany")."""
    text = document.text
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        if q.sentence >= 0 and q.kind in ("count", "number", "amount", "measure"):
            by_sentence.setdefault(q.sentence, []).append(q)
    found = []
    for index, figures in sorted(by_sentence.items()):
        before = by_sentence.get(index - 1)
        if not before or len(figures) < 2:
            continue
        sentence = document.sentences[index]
        opener = pattern.match(text, sentence.start, sentence.end)
        listed = [q for q in figures if q.span.start >= opener.end()] if opener is not None \
            else _parallel(figures, text, sentence.start, function_words)
        if not listed:
            continue
        # "7 aircraft based in Leeds and 6 based in Belfast": a later part leaves the noun out,
        # and the word after it in the first part may be read as its noun.
        elided = {_first_after(q, text) for q in listed if q.noun is not None}
        kinds = {id(q): None if _noun_word(q, text) in elided else thing(q) for q in listed}
        named = set(kinds.values()) - {None}
        if len(named) > 1:
            continue   # parts of different things: no breakdown of one total
        totals = [q for q in before if not q.approximate and q.high is None and not whole_of(q)
                  and thing(q) is not None and (thing(q) in named or not named and q.kind in ("count", "number"))]
        if not totals:
            continue
        total = totals[-1]
        parts = [q for q in listed if kinds[id(q)] in (None, thing(total)) and q.high is None
                 and _sort(q) == _sort(total) and q.value < total.value]
        if not _listed(parts, gap) or any(q.approximate for q in parts):
            continue
        added = sum(q.value for q in parts)
        if added > total.value:
            found.append((parts[0], total, f"the parts listed after it add up to {added:g}"))
    return found
