"""Ages and birth years: "45-year-old", "aged 45", "Smith, 45,", "âgé de 45 ans",
"born in 1970", "né en 1970".

The timeline checks compare an age with a birth year stated near it; the cue words come
from the ``time:`` section of the locale (``age_before``, ``age_after``, ``born``).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator

import regex

from .. import _regex_cache
from ..locales import Locale
from ..spans import Span
from ._time_patterns import alternation

if TYPE_CHECKING:
    from ..document import Document
    from ..facts import Facts

__all__ = ["Age", "BirthYear", "extract"]


@dataclass(frozen=True)
class Age:
    """A person's age in years, as written ("45-year-old")."""

    span: Span
    years: int

    def to_json(self, document: "Document") -> dict[str, Any]:
        return {"type": "age", "offset": self.span.start, "length": self.span.length,
                "text": document.text[self.span.start:self.span.end], "value": self.years}


@dataclass(frozen=True)
class BirthYear:
    """A birth year ("born in 1970"); ``year_span`` is the year itself."""

    span: Span
    year: int
    year_span: Span

    def to_json(self, document: "Document") -> dict[str, Any]:
        return {"type": "birth", "offset": self.span.start, "length": self.span.length,
                "text": document.text[self.span.start:self.span.end], "value": self.year}


_DIGIT = _regex_cache.compile(r"\d")
_YEAR = _regex_cache.compile(r"(?:1[89]|20)\d\d")   # what ``born`` needs


@dataclass(frozen=True, eq=False)
class _Patterns:
    """The four forms, and a gate for two of them: a necessary condition that is cheaper to
    search for, because it starts with a digit (the form's own search tries its cues at
    every character). Every ``before_form`` match holds a digit with an ``age_before``
    cue and spaces right before it (``before_gate``), every ``after_form`` match a digit
    with an ``age_after`` cue right after it (``after_gate``). ``after_form`` is None when
    the locale has no ``age_after`` cue: it could never match."""

    before_form: Any
    before_gate: Any
    after_form: Any
    after_gate: Any
    apposition: Any
    born: Any


@functools.lru_cache(maxsize=32)
def _patterns(path: str, locale: Locale) -> _Patterns:
    words = lambda key: locale.words("time", key)  # noqa: E731
    number = r"(?P<age>\d{1,3})"
    before = alternation(words("age_before"))
    after = alternation(words("age_after"))
    suffix = alternation(words("age_after") + words("age_suffixes"))
    flags = regex.IGNORECASE
    before_form = _regex_cache.compile(r"(?<!\w)" + before + r"\s+" + number +
                                r"(?:" + suffix + r")?(?!\w)", flags)
    before_gate = _regex_cache.compile(r"(?<=(?<!\w)" + before + r"\s+)\d", flags)
    after_form = _regex_cache.compile(r"(?<![\w.,])" + number + after + r"(?!\w)", flags)
    after_gate = _regex_cache.compile(r"\d" + after, flags)
    apposition = _regex_cache.compile(r"(?<=\p{Lu}[\p{L}'’-]+),\s+" + number + r"(?:" + suffix +
                               r")?(?=\s*[,)])")
    born = _regex_cache.compile(r"(?<!\w)" + alternation(words("born")) +
                         r"(?:\s+[^\s.;!?]+){0,4}?\s+(?P<year>1[89]\d\d|20\d\d)(?!\w)", flags)
    return _Patterns(before_form, before_gate, after_form if words("age_after") else None,
                     after_gate, apposition, born)


def extract(document: "Document", facts: "Facts") -> Iterator[Age | BirthYear]:
    """Ages and birth years in text order."""
    patterns = _patterns(facts.locale.path, facts.locale)
    born = patterns.born
    forms = ((patterns.before_form, patterns.before_gate), (patterns.after_form, patterns.after_gate),
             (patterns.apposition, None))
    prose = document.prose
    found: list[Age | BirthYear] = []
    taken: list[Span] = []
    digit = -1   # the first digit at or after the paragraph's start, -1 before looking
    for paragraph in document.paragraphs:
        start, end = paragraph.span.start, paragraph.span.end
        if digit < start:
            hit = _DIGIT.search(prose, start)
            if hit is None:
                break   # no digit left in the story: every form has a number
            digit = hit.start()
        if digit >= end:
            continue  # every form has a number: most paragraphs need no further pass
        for pattern, gate in forms:
            if pattern is None or (gate is not None and gate.search(prose, start, end) is None):
                continue
            for match in pattern.finditer(prose, start, end):
                years = int(match.group("age"))
                span = Span(match.start(), match.end())
                if not 0 < years < 125 or any(span.overlaps(t) for t in taken):
                    continue
                taken.append(span)
                found.append(Age(span, years))
        if _YEAR.search(prose, start, end) is None:
            continue
        for match in born.finditer(prose, start, end):
            found.append(BirthYear(Span(match.start(), match.end()), int(match.group("year")),
                                   Span(match.start("year"), match.end("year"))))
    return iter(sorted(found, key=lambda f: f.span))
