"""Two ages of one person that cannot both hold: each age counted at its own date gives a
birth year, give or take the birthday ("Ann Cole, 70," as of publication and, in her
quote, "I was 30 when I started, 52 years ago": born about 82 years ago, not 70).

An age in a quote, told in the first person (locale ``time.age_first_person`` just before
it: "I was 30", "j'avais 30 ans"), is the speaker's. The two ages are in different
sentences, each the only age of its sentence (two ages in one sentence are usually two
people's; not a quote's first-person age and its speaker's in the attribution), and at least one is counted at a date the story gives other than publication
or both are as of publication.
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..speedups import pattern_cache
from ..extractors.times import alternation
from . import _ages, _unnamed_subject

_NAME = pattern_cache.compile(r"\p{Lu}[\p{L}'’-]{2,}")


@functools.lru_cache(maxsize=32)
def _first_person(path: str, locale: Any) -> Any:
    words = locale.words("time", "age_first_person")
    if not words:
        return None
    return pattern_cache.compile(r"(?<![\w'’])" + alternation(words) + r"\s*(?:\w+\s+)?$", regex.IGNORECASE)


def _holder(document, facts, age, quotes) -> tuple[_ages.Holder, bool]:
    """The speaker for a first-person age inside a quote (and True: "I was 30 years old"
    is told at its own date, not as of publication), else ``_ages.holder``."""
    quote = next((q for q in quotes if q.span.start <= age.span.start < q.span.end), None)
    if quote is None:
        return _unnamed_subject.named_next(document, facts, age, _ages.age_holder(document, facts, age)), False
    pattern = _first_person(facts.locale.path, facts.locale)
    number = age.span.start + next((i for i, c in enumerate(document.slice(age.span)) if c.isdigit()), 0)
    head = document.prose[max(quote.span.start, number - 16):number]   # "I was ", "J'avais "
    if pattern is None or not pattern.search(head) or not quote.source_span:
        return _ages.Holder(frozenset(), None), False
    words = [m.group().lower() for m in _NAME.finditer(quote.source)]
    return _ages.Holder(frozenset(words), None, tuple(zip(words[1:], words))), True


def told_in_first_person(document, facts, start: int, floor: int = 0) -> bool:
    """The locale's ``time.age_first_person`` right before ``start`` ("I was born",
    « Je suis née »), a word between at most, not before ``floor``."""
    pattern = _first_person(facts.locale.path, facts.locale)
    return pattern is not None and pattern.search(document.prose[max(floor, start - 16):start]) is not None


def first_person_holder(document, facts, start: int, quotes) -> _ages.Holder | None:
    """The speaker, for a fact told in the first person inside a quote ("I was born in
    1951," Ms Ives said; « Je suis né en 1951 »): the locale's ``time.age_first_person``
    right before it, a word between at most. None otherwise."""
    quote = next((q for q in quotes if q.span.start <= start < q.span.end), None)
    if quote is None or not quote.source_span \
            or not told_in_first_person(document, facts, start, quote.span.start):
        return None
    words = [m.group().lower() for m in _NAME.finditer(quote.source)]
    return _ages.Holder(frozenset(words), None, tuple(zip(words[1:], words))) if words else None


def _told_of_the_speaker(document, age, ages, quotes) -> bool:
    """Is ``age`` one of the two ages of a sentence where a quote's speaker gives an age in
    the first person and the attribution gives the speaker's ("'I was 30 when I started, 52
    years ago,' said Ann Cole, 79")? Both are one person's: the speaker's. Other sentences
    with two ages usually hold two people's."""
    index = document.sentence_index(age.span.start)
    pair = [a for a in ages if document.sentence_index(a.span.start) == index]
    if len(pair) != 2:
        return False
    for quote in quotes:
        source = quote.source_span
        if source is None or document.sentence_index(source.start) != index:
            continue
        inside = [a for a in pair if quote.span.start <= a.span.start < quote.span.end]
        after = [a for a in pair if source.end <= a.span.start <= source.end + 2]
        if len(inside) == 1 and len(after) == 1 and inside[0] is not after[0]:
            return True
    return False


# how far into its sentence an apposed age may stand and still be the subject's ("Ana Ruiz, 34,")
_SUBJECT_REACH = 40


def _subject_then_and_now(document, facts, age, ages) -> bool:
    """Is ``age`` one of the two ages of a sentence that opens on a name and its age and
    goes on to the age that subject had at a date it writes ("Ana Ruiz, 34, took over the
    farm in 2001, at the age of 15", « Ana Ruiz, 34 ans, a repris la ferme en 2001, à l'âge
    de 15 ans »)? Both are the subject's: then and now."""
    index = document.sentence_index(age.span.start)
    pair = [a for a in ages if document.sentence_index(a.span.start) == index]
    if len(pair) != 2 or index is None:
        return False
    now, then = pair
    start = document.sentences[index].start
    return now.form in ("apposition", "adjective") and now.span.start - start <= _SUBJECT_REACH \
        and _ages.at_its_date(document, facts, then) and not _ages.at_its_date(document, facts, now)


def _births(age, refs) -> tuple[int, int]:
    """The birth years (lowest, highest) that the age at its references allows."""
    years = [r.date.year - age.years - extra for r in refs for extra in (0, 1)]
    return min(years), max(years)


def conflicts(document, facts, ages, publications, obituary, heading, tolerance: int) -> list[tuple]:
    """(age, other age, its births, the other's births) for each pair that cannot hold."""
    if len(ages) < 2:
        return []
    by_sentence: dict[int | None, int] = {}
    for age in ages:
        index = document.sentence_index(age.span.start)
        by_sentence[index] = by_sentence.get(index, 0) + 1
    quotes = facts.get("quotes")
    alone = [a for a in ages if by_sentence[document.sentence_index(a.span.start)] == 1
             or _told_of_the_speaker(document, a, ages, quotes)
             or _subject_then_and_now(document, facts, a, ages)]
    if len(alone) < 2:
        return []
    read = []
    # a birth's date is no moment an age is told at ("Born April 9, 1938, ..., he came to the
    # United States at age 11": the age at an undated arrival, not in 1938)
    births = tuple((b.span.start, b.span.end) for b in facts.get("ages") if hasattr(b, "year"))
    for age in alone:
        who, quoted = _holder(document, facts, age, quotes)
        current = not quoted and _ages.as_of_publication(document, facts, age)
        refs = _ages.reference(document, facts, age.span.start, age.span.end, publications, obituary,
                               exclude=heading + births, current=current,
                               event=not quoted and _ages.told_at_an_event(document, facts, age))
        if refs:
            read.append((age, who, refs))
    out = []
    for index, (first, its, first_refs) in enumerate(read):
        for second, theirs, second_refs in read[index + 1:]:
            if not (its.names or its.pronoun) or not (theirs.names or theirs.pronoun) or \
                    not _ages.same_holder(document, its, first.span.start, theirs, second.span.start):
                continue
            one, two = _births(first, first_refs), _births(second, second_refs)
            if one[0] - tolerance <= two[1] and two[0] - tolerance <= one[1]:
                continue
            # mark the age counted at a written date (the writer's arithmetic), else the later
            dated = second if any(r.span for r in second_refs) or not any(r.span for r in first_refs) \
                else first
            other = first if dated is second else second
            out.append((dated, other, one if dated is first else two, two if dated is first else one))
    return out
