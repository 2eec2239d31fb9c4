"""Ages, birth years and anniversaries: "45-year-old", "aged 45", "Smith, 45,", "âgé de
45 ans", "il avait 45 ans", "born in 1970", "né en 1970", "the 25th anniversary", "le
centenaire".

The timeline checks compare an age with a birth year stated near it; the cue words come
from the ``time:`` section of the locale (``age_before``, ``age_after``, ``born``).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator

import regex

from ...speedups import pattern_cache
from ...locales import Locale, fold
from ...spans import Span
from ._patterns import alternation, exact_alternation

if TYPE_CHECKING:
    from ...document import Document
    from ...facts import Facts

__all__ = ["Age", "Anniversary", "BirthYear", "extract"]


@dataclass(frozen=True)
class Age:
    """A person's age in years, as written ("45-year-old"). ``form``: "cue" ("at the age of
    45"), "adjective" ("45-year-old"), "apposition" ("Smith, 45,"),
    "described" ("aged 45", "âgé de 45 ans": the ``age_described`` cues) or "verb" ("il
    avait 45 ans"); news style gives adjectives, appositions and descriptions as of
    publication."""

    span: Span
    years: int
    form: str = "cue"

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


@dataclass(frozen=True)
class Anniversary:
    """An anniversary in years ("the 25th anniversary", "le centenaire", "her 90th
    birthday"): the years since the event it celebrates."""

    span: Span
    anniversary: int

    def to_json(self, document: "Document") -> dict[str, Any]:
        return {"type": "anniversary", "offset": self.span.start, "length": self.span.length,
                "text": document.text[self.span.start:self.span.end], "value": self.anniversary}


_DIGIT = pattern_cache.compile(r"\d")
_YEAR = pattern_cache.compile(r"(?:1[6-9]|20)\d\d")   # what ``born`` needs


@dataclass(frozen=True, eq=False)
class _Patterns:
    """The four forms, and a gate for two of them: a necessary condition that is cheaper to
    search for, because it starts with a digit (the form's own search tries its cues at
    every character). Every ``before_form`` match holds a digit with an ``age_before``
    cue and spaces right before it (``before_gate``), every ``after_form`` match a digit
    with an ``age_after`` cue right after it (``after_gate``), every ``verb_form`` match a
    digit with an ``age_suffixes`` word right after it (``verb_gate``: "45 ans"; the verb
    form's search tries its lookbehinds at every character and costs six times as much).
    ``after_form`` is None when the locale has no ``age_after`` cue: it could never match."""

    before_form: Any
    before_gate: Any
    after_form: Any
    after_gate: Any
    apposition: Any
    born: Any
    verb_form: Any
    verb_gate: Any
    told_form: Any
    told_gate: Any
    anniversary: Any
    named_anniversaries: dict[str, int]
    anniversary_gate: tuple[str, ...]   # the words, lower case: one must be in the text
    anniversary_ordinals: dict[str, int]   # "tenth", "dixième": ordinals written as words
    noun_form: Any = None    # « un lycéen de 16 ans »: a noun for a person, "de", the age
    celebrated: Any = None   # « fêter nos cinquante ans », "celebrating 50 years": years celebrated
    apposition_words: Any = None   # "Ann Cole, seventy-two,", « Ann Cole, trente-quatre ans, »
    death_form: Any = None   # "est morte chez elle à 91 ans": a death, then its age
    set_off: Any = None      # "en 1960, à 22 ans,": an age set off by commas
    named_noun_form: Any = None   # « la lutteuse de 17 ans Maria Alvarez »: any noun, then a name


@functools.lru_cache(maxsize=32)
def _patterns(path: str, locale: Locale) -> _Patterns:
    words = lambda key: locale.words("time", key)  # noqa: E731
    number = r"(?P<age>\d{1,3})"
    before = alternation(words("age_before"))
    after = alternation(words("age_after"))
    suffix = alternation(words("age_after") + words("age_suffixes"))
    flags = regex.IGNORECASE
    before_form = pattern_cache.compile(r"(?<!\w)" + before + r"\s+" + number +
                                r"(?:" + suffix + r")?(?!\w)", flags)
    before_gate = pattern_cache.compile(r"(?<=(?<!\w)" + before + r"\s+)\d", flags)
    after_form = pattern_cache.compile(r"(?<![\w.,])" + number + after + r"(?!\w)", flags)
    after_gate = pattern_cache.compile(r"\d" + after, flags)
    apposition = pattern_cache.compile(r"(?<=\p{Lu}[\p{L}'’-]+),\s+" + number + r"(?:" + suffix +
                               r")?(?=\s*[,)])")
    # up to six words between the cue and the year: "born in San Francisco on May 2, 1950"
    # accents as written: "né" (born) is not "ne" (not)
    # (a word may end on the period of an abbreviation that ends no sentence: "born Dec. 9, 1938")
    abbreviation = exact_alternation(locale.words("sentences", "abbreviations"))
    born = pattern_cache.compile(r"(?<!\w)" + exact_alternation(words("born")) +
                         r"(?:\s+(?:" + abbreviation + r"\.(?!\w)|[^\s.;!?]+)){0,8}?\s+(?P<year>1[6-9]\d\d|20\d\d)(?!\w)",
                         flags)
    # "il avait 47 ans": a verb, the number and the unit, which is what makes it an age
    # ("avait 3 enfants" is not), not "il y avait 47 ans" (ago) nor "47 ans d'expérience"
    verb_form = verb_gate = None
    if words("age_verbs") and words("age_suffixes"):
        verb_gate = pattern_cache.compile(r"\d" + alternation(words("age_suffixes")), flags)
        verb_form = pattern_cache.compile(
            r"(?<!\w)(?<!" + alternation(words("age_not_after")) + r"\s+)" + alternation(words("age_verbs"))
            + r"\s+" + number + r"(?:" + alternation(words("age_suffixes")) + r")(?!\w)"
            + r"(?!\s*" + alternation(words("age_not_before")) + r"(?!\w))", flags)
    # "I was 30 when I started": a subject and its verb, the number, then a time clause
    # (``age_told_by``, ``age_told_before``), which is what makes the bare number an age
    told_form = told_gate = None
    if words("age_told_by") and words("age_told_before"):
        until = r"\s*,?\s*" + alternation(words("age_told_before")) + r"(?!\w)"
        told_gate = pattern_cache.compile(r"\d" + until, flags)
        told_form = pattern_cache.compile(r"(?<![\w'’])" + alternation(words("age_told_by")) + r"\s+"
                                         + number + r"(?=" + until + r")", flags)
    ordinal = r"(?P<n>\d{1,3})(?:" + alternation(words("ordinal_suffixes")) + r")"
    named = {fold(str(k)): int(v) for k, v in (locale.get("time", "anniversaries", {}) or {}).items()}
    # ordinals written as words ("its tenth anniversary", "son dixième anniversaire")
    ordinal_words = {fold(str(k)): int(v) for k, v in
                     (locale.get("time", "anniversary_ordinals", {}) or {}).items()}
    if ordinal_words:
        ordinal = r"(?:" + ordinal + r"|(?P<word>" + alternation(tuple(ordinal_words)) + r"))"
    anniversary = None
    if words("anniversary_words") or named:
        anniversary = pattern_cache.compile(
            r"(?<!\w)(?:" + ordinal + r"\s+" + alternation(words("anniversary_words"))
            + r"|(?P<name>" + alternation(tuple(named)) + r"))(?!\w)", flags)
    # "est morte chez elle à 91 ans": a death word, a few words of its clause, the word of
    # an age's moment ("à") and the number with its unit (which makes it an age: "prêt à 10
    # ans" has no death before it)
    # ("est morte à Paris il y a 96 ans" is a distance in time: not after ``age_not_after``)
    death_form = set_off = None
    not_after = r"(?<!(?<!\w)" + alternation(words("age_not_after")) + r"\s+)" if words("age_not_after") else ""
    if words("age_at") and words("age_suffixes") and words("death_cues"):
        death_form = pattern_cache.compile(
            r"(?<=(?<!\w)" + alternation(words("death_cues")) + r"(?!\w)[^.;:!?«»\d]{0,40}?)(?<!\w)"
            + not_after + alternation(words("age_at")) + r"\s+" + number + r"(?:" + alternation(words("age_suffixes"))
            + r")(?!\w)(?!\s*(?:de|d['’]|du|des)(?!\w))", flags)
    elif words("death_age_at") and words("death_cues"):
        # "died on Monday at 74", "died Friday, Nov. 14, at 86", "died at 74 of cancer"
        # (a date between: digits and an abbreviation's period): English writes the age after a
        # death and "at" with no unit; the number is an age when its clause ends there or
        # goes on to the cause (``death_age_followers``), not "at 7 p.m." nor "at 74 Elm St"
        at = alternation(words("death_age_at"))
        followers = alternation(words("death_age_followers"))
        death_form = pattern_cache.compile(
            r"(?<!\w)(?=" + at + r"\s+\d)(?<=(?<!\w)" + alternation(words("death_cues"))
            + r"(?!\w)(?:[^.;:!?«»]|\.(?!\s+\p{Lu})){0,40}?)" + at + r"\s+" + number
            + r"(?!\w)(?=\s*[,.;:)]|\s*$|\s+" + followers + r"(?!\w))", flags)
    # "elle épouse en 1960, à 22 ans, un instituteur": a year, then the age's moment word,
    # the number and its unit set off by commas (or ending the sentence): an age at that
    # year; not in running text ("un prêt à 22 ans") nor after another word ("condamné,
    # lundi, à 12 ans": a term)
    if words("age_at") and words("age_suffixes"):
        set_off = pattern_cache.compile(
            r"(?<=(?<!\d)(?:1[6-9]|20)\d\d\s*,\s*)" + alternation(words("age_at")) + r"\s+" + number + r"(?:"
            + alternation(words("age_suffixes")) + r")(?=\s*[,.;)]|\s*$)", flags)
    # « un homme de 34 ans », « Aryan Mehta, un lycéen de 16 ans, »: a noun for a person
    # (``age_nouns`` and the locale's nouns for young people and roles), "de" and the age
    # with its unit; not « un contrat de 10 ans » (no person) nor « 10 ans de prison »
    noun_form = named_noun_form = None
    nouns = words("age_nouns") + locale.words("speakers", "young_person_nouns") \
        + locale.words("speakers", "female_roles") + locale.words("speakers", "male_roles")
    if words("age_nouns") and words("age_of") and words("age_suffixes"):
        noun_form = pattern_cache.compile(
            r"(?<=(?<![\w'’-])" + alternation(nouns) + r"\s+)" + alternation(words("age_of")) + r"\s+" + number
            + r"(?:" + alternation(words("age_suffixes")) + r")(?!\w)"
            + r"(?!\s*" + alternation(words("age_not_before")) + r"(?!\w)(?!\s*\p{Lu}))", flags)
        # « la lutteuse de 17 ans Maria Alvarez »: any noun after a determiner, when a name
        # follows the age right away (the noun is that person's)
        determiners = locale.words("speakers", "determiners")
        if determiners:
            named_noun_form = pattern_cache.compile(
                r"(?<=(?<![\w'’-])(?:" + alternation(determiners) + r"\s+|[ld]['’])\p{Ll}{3,}\s+)"
                + alternation(words("age_of")) + r"\s+" + number + r"(?:" + alternation(words("age_suffixes"))
                + r")(?=,?[ \u00a0]+(?-i:\p{Lu}\p{Ll}))", flags)
    # « célébrait cette année ses 30 ans », « Fêter nos cinquante ans », "marking 50 years":
    # a verb of celebration, a possessive, the count (in figures or words) and its unit
    celebrated = None
    if words("anniversary_verbs") and words("anniversary_units"):
        possessive = alternation(words("anniversary_possessives")) + r"\s+" if words("anniversary_possessives") else ""
        # « Pour nos cinquante ans »: a preposition and a possessive say it as well as a verb
        prep = r"|" + alternation(words("anniversary_preps")) + r"\s+" + possessive \
            if words("anniversary_preps") and possessive else ""
        celebrated = pattern_cache.compile(
            r"(?<![\w'’])(?:" + alternation(words("anniversary_verbs")) + r"(?:\s+[\p{L}'’]+){0,2}?\s+(?:" + possessive
            + r")?" + prep + r")(?P<count>\d{1,3}|\p{L}[\p{L}'’-]*(?:\s+(?:et\s+)?\p{L}[\p{L}'’-]*){0,2}?)\s+"
            + alternation(words("anniversary_units")) + r"(?!\w)", flags)
    # the apposed age written in words ("Bernard Cole, thirty-four,", « trente-quatre ans »)
    apposition_words = None
    number_words = [w for w in locale.words("numbers", "words") if w not in ("zero", "zéro", "hundred", "thousand",
                                                                              "million", "billion", "trillion")]
    if number_words:
        word = r"(?:" + alternation(tuple(number_words)) + r")"
        apposition_words = pattern_cache.compile(
            r"(?<=\p{Lu}[\p{L}'’-]+),\s+(?P<words>" + word + r"(?:[-\s](?:(?:et|and)[-\s])?" + word + r"){0,2})(?:"
            + suffix + r")?(?=\s*[,)])", flags)
    return _Patterns(before_form, before_gate, after_form if words("age_after") else None,
                     after_gate, apposition, born, verb_form, verb_gate, told_form, told_gate,
                     anniversary, named,
                     tuple(sorted({w.lower() for w in words("anniversary_words") + tuple(
                         str(k) for k in (locale.get("time", "anniversaries", {}) or {}))})),
                     ordinal_words, noun_form, celebrated, apposition_words, death_form, set_off,
                     named_noun_form)


def extract(document: "Document", facts: "Facts") -> Iterator[Age | BirthYear | Anniversary]:
    """Ages, birth years and anniversaries in text order."""
    patterns = _patterns(facts.locale.path, facts.locale)
    born = patterns.born
    forms = ((patterns.before_form, patterns.before_gate, "cue"),
             (patterns.after_form, patterns.after_gate, "adjective"),
             (patterns.apposition, None, "apposition"), (patterns.verb_form, patterns.verb_gate, "verb"),
             (patterns.told_form, patterns.told_gate, "verb"),
             (patterns.death_form, patterns.verb_gate, "verb"),
             (patterns.noun_form, patterns.verb_gate, "adjective"),
             (patterns.named_noun_form, patterns.verb_gate, "adjective"),
             (patterns.set_off, patterns.verb_gate, "cue"))
    prose = document.prose
    found: list[Age | BirthYear | Anniversary] = []
    if patterns.anniversary is not None:   # "le centenaire" has no digit: before the digit gate
        found.extend(_anniversaries(patterns, prose))
    if patterns.celebrated is not None:   # « nos cinquante ans » may have no digit either
        found.extend(_celebrated(patterns, prose, facts.locale))
    if patterns.apposition_words is not None:
        found.extend(_apposed_in_words(patterns, prose, facts.locale))
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
        for pattern, gate, form in forms:
            if pattern is None or (gate is not None and gate.search(prose, start, end) is None):
                continue
            for match in pattern.finditer(prose, start, end):
                years = int(match.group("age"))
                span = Span(match.start(), match.end())
                if not 0 < years < 125 or any(span.overlaps(t) for t in taken):
                    continue
                taken.append(span)
                found.append(Age(span, years, _described(match.group(), form, facts)))
        if _YEAR.search(prose, start, end) is None:
            continue
        for match in born.finditer(prose, start, end):
            found.append(BirthYear(Span(match.start(), match.end()), int(match.group("year")),
                                   Span(match.start("year"), match.end("year"))))
    return iter(sorted(found, key=lambda f: f.span))


def _anniversaries(patterns: _Patterns, prose: str) -> Iterator[Anniversary]:
    # most stories name no anniversary: a plain substring test before the pattern's search
    lower = prose.lower()
    if not any(word in lower for word in patterns.anniversary_gate):
        return
    for match in patterns.anniversary.finditer(prose):
        word = match.groupdict().get("word")   # (no such group without ordinal words)
        years = int(match.group("n")) if match.group("n") else \
            patterns.anniversary_ordinals.get(fold(word)) if word else \
            patterns.named_anniversaries.get(fold(match.group("name")))
        if years and 0 < years < 1000:
            yield Anniversary(Span(match.start(), match.end()), years)


def _celebrated(patterns: _Patterns, prose: str, locale: Any) -> Iterator[Anniversary]:
    """Years a celebration counts (« fêter nos cinquante ans », "celebrating 50 years"): an
    anniversary of whatever began that many years before."""
    from ..quantities._grammar import grammar, words_value
    for match in patterns.celebrated.finditer(prose):
        count = match.group("count")
        years = int(count) if count.isdigit() else words_value(count, grammar(locale))
        if years and float(years).is_integer() and 1 < years < 1000:
            yield Anniversary(Span(match.start(), match.end()), int(years))


def _apposed_in_words(patterns: _Patterns, prose: str, locale: Any) -> Iterator[Age]:
    """An age in words set off after a name ("Bernard Cole, thirty-four, ...")."""
    from ..quantities._grammar import grammar, words_value
    for match in patterns.apposition_words.finditer(prose):
        years = words_value(match.group("words"), grammar(locale))
        if years and float(years).is_integer() and 0 < years < 125:
            yield Age(Span(match.start(), match.end()), int(years), "apposition")


def _described(text: str, form: str, facts: "Facts") -> str:
    """"described" for a cue form whose cue describes the person now ("aged 45")."""
    if form != "cue":
        return form
    folded = fold(text)
    return "described" if any(folded.startswith(fold(cue) + " ") for cue in
                              facts.locale.words("time", "age_described")) else form
