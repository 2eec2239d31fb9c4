"""The tense of the clause around a time expression: past, future or unknown.

A year-less date takes the year its tense allows (a past event is not after the story
ran), and a written date after publication in a past-tense clause is a typo. The cues are
language knowledge from the ``time:`` section of the locale: ``future_cues`` (will, va,
prévu...), ``past_cues`` (was, had, avait, était, irregular past forms), ``past_auxiliaries``
followed by a word ending in one of ``participle_endings`` ("a reconnu", "has risen"), and
``past_suffixes`` (English "-ed"); ``modal_cues`` (may, could, pourrait) make the
clause a possibility, read like the future. Matched on the original text, accents and all: "a" (has)
is not "à" (to).
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import regex

from ...speedups import pattern_cache
from ...locales import Locale
from ._patterns import exact_alternation as _exact, fold_text, patterns_for

if TYPE_CHECKING:
    from ...document import Document

PAST, FUTURE = "past", "future"
_AUXILIARY_REACH = 8   # characters before an ignored span where its auxiliary stands

@functools.lru_cache(maxsize=32)
def _clause_pattern(path: str, locale: Locale) -> Any:
    """Where a clause ends: a tense cue beyond it speaks of another event. Semicolons,
    colons, dashes; ``clause_breaks`` after a comma ("..., while"); ``clause_openers``
    ("said that the store opens on May 20": the date's clause is the one after "that"; not
    before a unit of time, "later that year", where it is a demonstrative);
    a ``coordinators`` word when a new subject follows it ("began on May 3 and Smith says
    ...": a capitalised word or one of the ``subject_pronouns``)."""
    w = functools.partial(locale.words, "time")
    return pattern_cache.compile(
        r"[;:]|,\s+" + _exact(w("clause_breaks")) + r"(?!\w)|\s[–—]\s"
        r"|(?<!\w)" + _exact(w("clause_openers")) + r"(?!\w)(?!\s+" + _exact(_units(locale)) + r"(?!\w))"
        r"|\s" + _exact(w("coordinators")) + r"\s+(?=(?-i:\p{Lu})|" + _exact(w("subject_pronouns")) + r"\s)",
        regex.IGNORECASE)


def _units(locale: Locale) -> tuple[str, ...]:
    """The locale's words for units of time and parts of the day ("year", "night")."""
    return tuple(str(k) for k in dict(locale.get("time", "units", {}) or {})) + \
        tuple(str(k) for k in dict(locale.get("time", "parts_of_day", {}) or {}))


@functools.lru_cache(maxsize=32)
def _past_pattern(path: str, locale: Locale) -> Any:
    w = functools.partial(locale.words, "time")
    endings = _exact(w("participle_endings"))
    # a word that only looks like a participle ("a lieu", "hundred") is not one
    not_verb = r"(?!" + _exact(w("not_participles")) + r"(?!\w))"
    parts = [r"(?<![\w'’])" + _exact(w("past_cues")) + r"(?!\w)",
             r"(?<![\w'’])" + _exact(w("past_auxiliaries")) + r"\s+(?:\w+\s+)?" + not_verb
             + r"\w+" + endings + r"(?!\w)"]
    if w("past_suffixes"):
        # lower case (a verb, not "United"), and not after a present auxiliary ("is based")
        parts.append(r"(?<!(?<!\w)" + _exact(w("present_auxiliaries")) + r"\s+)(?<![\w'’])" + not_verb
                     + r"(?-i:[a-z]{2,}" + _exact(w("past_suffixes")) + r")(?!\w)")
    if w("simple_past_endings"):
        # "il vota", "elle l'annonça": a simple past after its subject, not a future or a
        # present of the same ending ("il votera", "il peut")
        clitic = r"(?:" + _exact(w("simple_past_clitics")) + r"(?:\s+|(?<=['’])))*"
        parts.append(r"(?<![\w'’])" + _exact(w("simple_past_subjects")) + r"\s+" + clitic
                     + r"(?!\p{L}*" + _exact(w("simple_past_not")) + r"(?!\w))(?=\p{Ll}{3})\p{Ll}+"
                     + _exact(w("simple_past_endings")) + r"(?!\w)")
    return pattern_cache.compile("|".join(parts), regex.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _prospect_pattern(path: str, locale: Locale) -> Any:
    """A verb that looks ahead without a future cue word: ``prospective_cues`` ("would
    host", "intends to", « compte », « envisage ») unless one of ``prospective_not``
    makes it a past ("would have"), and a simple future told by its ending
    (``future_endings``: « organisera », « accueilleront »; lower case, on the original
    text so that the past « libéra » is not the future « libérera ») unless the word is one
    of ``future_not`` (« sierra »)."""
    w = functools.partial(locale.words, "time")
    parts = [r"(?<![\w'’])(?!" + _exact(w("prospective_not")) + r"(?!\w))" + _exact(w("prospective_cues"))
             + r"(?![\w'’])"]
    if w("future_endings"):
        parts.append(r"(?<![\w'’-])(?!" + _exact(w("future_not")) + r"(?!\w))(?-i:\p{Ll}{2,}"
                     + _exact(w("future_endings")) + r")(?![\w'’-])")
    return pattern_cache.compile("|".join(parts), regex.IGNORECASE)


def ahead(document: "Document", start: int, end: int, locale: Locale) -> bool:
    """Whether ``prose[start:end]`` speaks of what is still to come: a ``future_cues`` word
    (will, prévu) or a prospective verb (``_prospect_pattern``). Modals are not enough
    (« il aurait frappé » tells an alleged past)."""
    prose = document.prose
    return patterns_for(locale).future_cues.search(fold_text(prose[start:end])) is not None \
        or _prospect_pattern(locale.path, locale).search(prose, start, end) is not None


def prospect(document: "Document", position: int, locale: Locale) -> bool:
    """Whether the clause around ``position`` looks ahead (``ahead``): a year-less month
    told in it is the next one ("said the club would host its dinner in June")."""
    bounds = clause(document, position, locale)
    return bounds is not None and ahead(document, bounds[0], bounds[1], locale)


@functools.lru_cache(maxsize=32)
def _modal_pattern(path: str, locale: Locale) -> Any:
    """``modal_cues``, case-sensitive: lower case is the modal, "May" the month."""
    return pattern_cache.compile(r"(?<![\w'’-])" + _exact(locale.words("time", "modal_cues"))
                                + r"(?![\w'’-])")


def clause(document: "Document", position: int, locale: Locale) -> tuple[int, int] | None:
    """The bounds of the clause around ``position``: its sentence, cut where
    ``_clause_pattern`` says."""
    index = document.sentence_index(position)
    if index is None:
        return None
    sentence = document.sentences[index]
    start, end = sentence.start, sentence.end
    for cut in _clause_pattern(locale.path, locale).finditer(document.prose, start, end):
        if cut.end() <= position:
            start = cut.end()
        elif cut.start() >= position:
            end = cut.start()
            break
    return start, end


def tense(document: "Document", position: int, locale: Locale,
          ignore: tuple[tuple[int, int], ...] = (), fact_end: int | None = None) -> str | None:
    """PAST, FUTURE or None for the clause around the fact at ``position:fact_end``.

    A future or modal cue anywhere in the clause wins (a plan told in the past tense is
    still a plan: "said it will open on May 3", "the deal could be signed on May 3"). A
    past cue counts in the fact's own comma-delimited part of the clause, else in the
    clause's first or last part, never in a part set off by commas on both sides ("The
    ban, approved last week, takes effect on June 1" is not past). ``ignore``: spans
    whose own tense is not the fact's, with the auxiliary just before them ("Smith, 40,
    was born in 1980")."""
    bounds = clause(document, position, locale)
    if bounds is None:
        return None
    start, end = bounds
    prose = document.prose
    if ahead(document, start, end, locale) or _modal_pattern(locale.path, locale).search(prose, start, end):
        return FUTURE
    parts = _parts(prose, start, end, position, position if fact_end is None else fact_end)
    own = next(i for i, (s, e) in enumerate(parts) if s <= position < e or e == end)
    for index in dict.fromkeys((own, 0, len(parts) - 1)):
        low, high = parts[index]
        for match in _past_pattern(locale.path, locale).finditer(prose, low, high):
            # (a span past the part is another sentence's: "He was 86.\n\nBorn April 9, 1938")
            if not any(match.start() < e and s - _AUXILIARY_REACH < match.end() and s < high
                       for s, e in ignore):
                return PAST
    return None


def _parts(prose: str, start: int, end: int, fact_start: int, fact_end: int) -> list[tuple[int, int]]:
    """The clause cut at its commas, none inside the fact ("March 14, 2011")."""
    parts, low = [], start
    for index in range(start, end):
        if prose[index] == "," and not fact_start <= index < fact_end:
            parts.append((low, index))
            low = index + 1
    parts.append((low, end))
    return parts


def past_form(locale: Locale, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a past form as the tense of a clause reads one
    ("was arrested", "avait été", "a indiqué"), for checks that ask it of a stretch."""
    return _past_pattern(locale.path, locale).search(text, start, end) is not None

