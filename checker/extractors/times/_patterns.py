"""Compiled time-expression patterns for one locale, built once per process.

The structure of dates (day-month-year, month-day-year, weekday first, ...) is the same
in every language we read; the words come from the locale: month and weekday names from
CLDR (``locale.months`` / ``locale.weekdays``), everything else from the ``time:`` section
of ``rules/locales/<lang>.yaml``. ``patterns_for(locale)`` is cached by locale path, so a
run over thousands of files compiles each pattern once.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Mapping

import regex

from ...speedups import pattern_cache
from ...locales import Locale, fold
from ._scan import DIGIT, Scanner, Start, build as build_scanner

_ACCENTS = {"a": "aàâäá", "e": "eéèêë", "i": "iîïí", "o": "oôöó", "u": "uùûüú", "c": "cç",
            "y": "yÿ", "n": "nñ"}
_B = r"(?<![\w])"     # word start
_E = r"(?![\w])"      # word end


def _word(text: str, folded: bool = False) -> str:
    """A regex for a cue word or phrase: accents optional, flexible spaces and apostrophes.

    ``folded``: for text passed through ``fold_text`` (accents already stripped), the
    letters stay plain: the same matches, and a pattern far cheaper to compile.
    """
    out = []
    for char in text:
        if char == " ":
            out.append(r"\s+")
        elif char in "'’":
            out.append(r"['’]\s*")
        else:
            base = char if char in _ACCENTS else fold(char)
            if base in _ACCENTS and (base != char or char in _ACCENTS):
                out.append(base if folded else "[" + _ACCENTS[base] + "]")
            else:
                out.append(regex.escape(char))
    return "".join(out)


def alternation(words: Any, *, folded: bool = False) -> str:
    """A non-capturing group matching any of ``words`` (longest first); never matches if
    empty. ``folded``: for text passed through ``fold_text``."""
    # Longest first; ties in a fixed order so that a pattern's source is the same in every
    # process (a set's order is not), which the compiled-pattern cache relies on.
    items = sorted({str(w) for w in words or () if str(w)}, key=lambda w: (-len(w), w))
    if not items:
        return r"(?!x)x"
    return "(?:" + "|".join(_word(w, folded) for w in items) + ")"


def exact_alternation(words: Any) -> str:
    """A non-capturing group matching any of ``words`` as written, accents included ("né"
    is not "ne", "a" is not "à"), with flexible spaces; longest first; never matches if
    empty."""
    items = sorted({str(w) for w in words or () if str(w)}, key=lambda w: (-len(w), w))
    if not items:
        return r"(?!x)x"
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


_alt = functools.partial(alternation, folded=True)   # the time patterns run on fold_text


@functools.lru_cache(maxsize=1)
def _fold_table() -> tuple[Any, dict[str, str]]:
    """Every character an accent class of ``_word`` matches (case-insensitively) -> its
    plain letter, keeping the case: "É" -> "E", "ç" -> "c"; and a pattern finding them.
    One character for one, so offsets do not move."""
    table: dict[str, str] = {}
    candidates = "".join(chr(c) for c in (*range(0x250), *range(0x1E00, 0x1F00),
                                           *range(0x2100, 0x2150)))
    for base, members in _ACCENTS.items():
        accent_class = pattern_cache.compile("[" + members + "]", regex.IGNORECASE | regex.VERSION0)
        # one character a match (no full case folding): findall lists the class's members
        # among the candidates in one call instead of a fullmatch per character
        for char in accent_class.findall(candidates):
            if char not in (base, base.upper()):
                table[char] = base.upper() if char.isupper() else base
    # the standard library's ``re`` replaces a plain character class fastest
    return re.compile("[" + re.escape("".join(sorted(table))) + "]"), table


def fold_text(text: str) -> str:
    """``text`` with the accents ``_word`` ignores removed, same length: what the time
    patterns run on."""
    if text.isascii():   # O(1): nothing to fold
        return text
    accented, table = _fold_table()
    # each accented letter present, replaced throughout by str.replace (a few per text)
    # instead of a Python call per occurrence; letters fold to ASCII, so order is free
    for char in set(accented.findall(text)):
        text = text.replace(char, table[char])
    return text


def _mapping(locale: Locale, key: str) -> Mapping[str, Any]:
    value = locale.get("time", key, {})
    if not isinstance(value, Mapping):
        return MappingProxyType({})
    return MappingProxyType({fold(str(k)): v for k, v in value.items()})


def _split_names(names: Mapping[str, int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(full names, abbreviations): the longest name per number is the full one."""
    longest: dict[int, str] = {}
    for name, number in names.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    full = tuple(sorted(set(longest.values())))
    return full, tuple(sorted(n for n in names if n not in full))


class LazyPattern:
    """A regex compiled on first use: most documents need a few of the ~25 time patterns,
    and compiling all of them cost a one-article run a tenth of its time (issue 7).

    Offers what the scanner and the tests call (``match``, ``finditer``...) by delegating
    every attribute to the compiled pattern, which is the same as an eager compile's.
    """

    __slots__ = ("_source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = pattern_cache.compile(self._source, self._flags)
        return getattr(compiled, name)


@dataclass(frozen=True)
class TimePatterns:
    """Everything the extractor needs for one language, compiled.

    Args:
        patterns: (name, compiled regex) in priority order; the extractor keeps the longest
            match at each place, and the earlier pattern on ties.
        scanner: where each pattern may begin (``_scan``): the extractor tries a
            pattern only there.
        lookups: folded word -> meaning tables from the locale (units, numbers, ...).
    """

    patterns: tuple[tuple[str, Any], ...]
    scanner: Scanner
    lookups: Mapping[str, Mapping[str, Any]]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    full_months: frozenset[str]
    ambiguous_months: frozenset[str]
    months_capitalised: bool
    numeric_order: str
    future_cues: Any
    last_words: frozenset[str]
    next_words: frozenset[str]
    this_words: frozenset[str]
    month_cue: Any      # future_cues, month_cue, year_blocker: like the patterns, they
    year_blocker: Any   # run on fold_text
    locale: Any = None  # the locale they were built from (the tense of a clause asks it)
    bound_cue: Any = None   # before/after/since/range words at the end of a text (folded)


def _words(locale: Locale, key: str) -> tuple[str, ...]:
    return locale.words("time", key)


def _calendar(locale: Locale) -> tuple[list[tuple[str, str, tuple[Start, ...]]], dict[str, str]]:
    """The full-date patterns (iso, numeric, dmy, mdy) and the fragments other patterns
    share; apart so that a dateline can compile these four alone."""
    w = functools.partial(_words, locale)
    full_months, abbr_months = _split_names(locale.months)
    full_days, abbr_days = _split_names(locale.weekdays)
    month = "(?P<month>" + _alt(full_months) + "|" + _alt(abbr_months) + r"\.?)"
    weekday_any = "(?P<wd>" + _alt(full_days) + "|" + _alt(abbr_days) + r"\.)"
    ordinal = "(?:" + _alt(w("ordinal_suffixes")) + ")?"
    of = "(?:" + _alt(w("date_of")) + r"\s+)?"
    day_words = tuple(_mapping(locale, "day_ordinals"))   # "March ninth", "le premier mars"
    day = r"(?:(?P<day>[0-3]?\d)" + ordinal + r"|(?P<dayword>" + _alt(day_words) + r"))" + _E
    year = r"(?P<year>(?:1[0-9]|20)\d\d|['’]\d\d)" + r"(?![\w,.]\d)"
    year_fr2 = r"(?P<year>(?:1[0-9]|20)\d\d|['’]?\d\d(?=\s*[,.;:)]|\s*$))(?![\w]|[,.]\d)"
    article = "(?:" + _alt(w("date_articles")) + r"\s*)?"
    last_after = _alt(w("last_after"))
    next_after = _alt(w("next_after"))
    modifier_after = rf"(?:\s+(?P<post>{last_after}|{next_after}){_E})?"
    # "12 May 2025, a Tuesday", « le 13 mai, un lundi »: the weekday set off after the date
    told_after = rf"(?:\s*,\s*(?:{_alt(w('weekday_after_articles'))})\s+(?P<wd2>{_alt(full_days)}){_E})?" \
        if w("weekday_after_articles") else ""
    days_any, months_any = full_days + abbr_days, full_months + abbr_months
    S, D = Start, (DIGIT,)
    specs = [
        ("iso", rf"{_B}(?P<year>\d{{4}})-(?P<m>[01]\d)-(?P<day>[0-3]\d){_E}",
         (S(D, D, digits=(4,)),)),
        ("numeric", rf"{_B}(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<year>\d{{4}}){_E}",
         (S(D, D, digits=(1, 2)),)),
        ("dmy", rf"{_B}(?:{article}{weekday_any},?\s+)?{article}{day}\s+{of}{month}"
                rf"(?:,?\s+{year_fr2})?{modifier_after}{told_after}{_E}",
         (S(w("date_articles"), days_any + D + day_words, glue=True),
          S(days_any, w("date_articles") + D + day_words),
          S(D, w("date_of") + months_any, digits=(1, 2)), S(day_words, w("date_of") + months_any))),
        ("mdy", rf"{_B}(?:{weekday_any},?\s+)?{month}\s+{day}(?:,?\s+{year})?{told_after}{_E}",
         (S(days_any, months_any), S(months_any, D + day_words))),
    ]
    return specs, {"month": month, "of": of, "modifier_after": modifier_after, "year_fr2": year_fr2}


@functools.lru_cache(maxsize=32)
def _build(path: str, locale: Locale) -> TimePatterns:
    w = functools.partial(_words, locale)
    full_months, abbr_months = _split_names(locale.months)
    full_days, abbr_days = _split_names(locale.weekdays)
    weekday = "(?P<wd>" + _alt(full_days) + ")"
    calendar, f = _calendar(locale)
    month, of, modifier_after = f["month"], f["of"], f["modifier_after"]
    year_fr2 = f["year_fr2"]
    last_after = _alt(w("last_after"))
    next_after = _alt(w("next_after"))
    pre = "(?:(?P<pre>" + _alt(w("this") + w("last") + w("next")) + r")\s+)?"
    pod = "(?:" + _alt(_mapping(locale, "parts_of_day")) + ")"
    numbers = _mapping(locale, "numbers")
    number = (r"(?P<n>\d+(?:[.,]\d+)?|" + _alt(numbers) + "(?:-" +
              _alt(numbers) + ")*)")
    units = "(?P<unit>" + _alt(_mapping(locale, "units")) + ")"
    approx = "(?:(?P<approx>" + _alt(w("approximate")) + r")\s+)?"
    unit_article = "(?:" + _alt(w("unit_articles")) + r"\s*)?"
    hour_marks = _alt(w("clock_hour_marks"))
    # "vers 7 heures", "à 14 heures": the hour word after a cue of a moment is a time of
    # day; "pendant 7 heures", "7 heures de route" stay durations
    clock_words = (rf"(?<=(?:^|[\s(])(?:{_alt(w('clock_cues'))})\s+[0-2]?\d)\s+{_alt(w('clock_hour_words'))}"
                   rf"(?:\s+(?P<min3>[0-5]\d)(?!\s*{_alt(w('clock_hour_words'))}))?"
                   rf"(?:\s+(?P<ampm3>{_alt(w('clock_am') + w('clock_pm'))}))?"
                   if w("clock_cues") and w("clock_hour_words") else "(?!x)x")
    ampm = "(?P<ampm>" + _alt(w("clock_am") + w("clock_pm")) + ")"
    zones = "(?:\\s*(?P<zone>" + _alt(_mapping(locale, "clock_zones")) + "))?"
    seasons = "(?P<season>" + _alt(_mapping(locale, "seasons")) + ")"
    dec_suffix = _alt(w("decade_suffixes"))
    # (name, source, starters): the words a match of the pattern can begin with, and what
    # must follow the common ones (``_scan.Start``); the scan tries a pattern only there.
    months_any = full_months + abbr_months
    pre_words = w("this") + w("last") + w("next")
    unit_words = tuple(_mapping(locale, "units"))
    number_words = tuple(numbers)
    S, D = Start, (DIGIT,)
    counts = (S(number_words, unit_words + number_words), S(D, unit_words + D))
    specs: list[tuple[str, str, tuple[Start, ...]]] = [
        *calendar,
        ("month_year", rf"{_B}{month},?\s+{of}{year_fr2}{_E}", (S(months_any, w("date_of") + D),)),
        ("month", rf"{_B}{pre}(?P<month>{_alt(full_months)}){modifier_after}{_E}",
         (S(pre_words, full_months), S(full_months))),
        ("dayword", rf"{_B}(?P<rel>{_alt(_mapping(locale, 'days'))})"
                    rf"(?:\s+(?P<pod>{pod}))?{_E}", (S(tuple(_mapping(locale, "days"))),)),
        ("daypart", rf"{_B}(?P<rel>{_alt(_mapping(locale, 'day_parts'))}){_E}",
         (S(tuple(_mapping(locale, "day_parts"))),)),
        ("this_pod", rf"{_B}(?P<pre>{_alt(w('this'))})\s+(?P<pod>{pod}){_E}",
         (S(w("this"), tuple(_mapping(locale, "parts_of_day"))),)),
        ("weekday", rf"{_B}{pre}{weekday}{modifier_after}(?:\s+(?P<pod>{pod}))?{_E}",
         (S(pre_words, full_days), S(full_days))),
        ("anchored", rf"{_B}(?P<rel>{_alt(_mapping(locale, 'anchored_days'))})"
                     rf"(?:\s+(?P<pod>{pod}))?{_E}",
         (S(tuple(_mapping(locale, "anchored_days"))),)),
        ("rel_unit", rf"{_B}(?:(?P<pre>{_alt(pre_words)})\s+{units}"
                     rf"|{unit_article}{units}\s+(?P<post>{last_after}|{next_after})){_E}",
         (S(pre_words, unit_words), S(w("unit_articles"), unit_words, glue=True),
          S(unit_words, w("last_after") + w("next_after")))),
        # "the following year", "l'année suivante": one unit after the date told before
        ("following", rf"{_B}(?P<rel>{_alt(_mapping(locale, 'following_units'))}){_E}",
         (S(tuple(_mapping(locale, "following_units"))),)),
        ("ago", rf"{_B}(?:{number}\s+{units}\s+(?P<ago>{_alt(w('ago_after'))})"
                rf"|(?P<ago>{_alt(w('ago_before'))})\s+{number}\s+{units}){_E}",
         counts + (S(w("ago_before")),)),
        # "more than thirty years ago", « il y a près de trente ans »: a hedged count, read
        # apart (form ``ago_hedged``) so that no check takes it for the day it counts to
        ("ago_hedged", rf"{_B}(?:(?P<approx>{_alt(w('approximate'))})\s+{number}\s+{units}\s+"
                       rf"(?P<ago>{_alt(w('ago_after'))})"
                       rf"|(?P<ago>{_alt(w('ago_before'))})\s+(?P<approx>{_alt(w('approximate'))})\s+"
                       rf"{number}\s+{units}){_E}",
         (S(w("approximate"), number_words + D), S(w("ago_before")))),
        ("later", rf"{_B}{number}\s+{units}\s+(?P<dir>{_alt(w('later') + w('earlier'))}){_E}",
         counts),
        ("set", rf"{_B}(?P<every>{_alt(w('every'))})\s+(?:{number}\s+)?"
                rf"(?:{units}|{weekday}){_E}",
         (S(w("every"), number_words + D + unit_words + full_days),)),
        ("set_word", rf"{_B}(?P<word>{_alt(_mapping(locale, 'set_words'))}){_E}",
         (S(tuple(_mapping(locale, "set_words"))),)),
        ("adj_duration", rf"{_B}{number}-{units}(?!-)" + r"(?![\w])", counts),
        ("duration", rf"{_B}{approx}{number}\s+{units}{_E}",
         counts + (S(w("approximate"), number_words + D),)),
        ("year_prefixed", rf"{_B}(?P<prefix>{_alt(w('year_prefixes'))})\s*"
                          rf"(?P<year>\d{{4}}){_E}", (S(w("year_prefixes"), D),)),
        ("decade", rf"{_B}(?:(?:{_alt(w('decade_articles'))})\s+)?"
                   rf"(?:(?P<dec>\d{{3}}0){dec_suffix}|['’](?P<dec2>\d0){dec_suffix}"
                   rf"|{_alt(w('decade_prefixes'))}\s+(?P<dec>\d{{3}}0|(?P<dec2>\d0))){_E}",
         (S(w("decade_articles"), D + ("'", "’") + w("decade_prefixes")),
          S(D, w("decade_suffixes"), digits=(4,)), S(("'", "’"), D), S(w("decade_prefixes"), D))),
        ("season", rf"(?:(?<=\s|^)|(?<=['’]))(?:(?P<cue>{_alt(w('season_cues'))})\s*)?"
                   rf"{seasons}(?:\s+(?P<year>\d{{4}})|{modifier_after}){_E}",
         (S(w("season_cues"), tuple(_mapping(locale, "seasons")), glue=True),
          S(tuple(_mapping(locale, "seasons"))))),
        ("quarter", rf"{_B}(?:{_alt(w('date_articles'))}\s+)?(?P<q>"
                    rf"{_alt(_mapping(locale, 'quarters'))})\s+"
                    rf"{_alt(w('quarter_words'))}(?:\s+{of}(?P<year>\d{{4}}))?{_E}",
         (S(w("date_articles"), tuple(_mapping(locale, "quarters"))),
          S(tuple(_mapping(locale, "quarters")), w("quarter_words")))),
        ("clock", rf"{_B}(?P<h>[0-2]?\d)(?:(?::(?P<min>[0-5]\d))\s*{ampm}?{zones}"
                  rf"|\s*{ampm}{zones}|\s?{hour_marks}(?:\s?(?P<min2>[0-5]\d))?(?:\s+{ampm})?"
                  rf"|{clock_words}){_E}",
         (S(D, D + w("clock_am") + w("clock_pm") + w("clock_hour_marks") + w("clock_hour_words"),
            digits=(1, 2)),)),
        # not the end of a compound: "après-midi" is a part of the day, not noon
        ("clock_named", rf"(?<![\w-])(?P<named>{_alt(_mapping(locale, 'clock_named'))}){_E}",
         (S(tuple(_mapping(locale, "clock_named"))),)),
        ("ref", rf"{_B}(?P<ref>{_alt(_mapping(locale, 'refs'))}){_E}",
         (S(tuple(_mapping(locale, "refs"))),)),
        ("year", rf"{_B}(?<![\d$€£¥.,]\s?)(?P<year>1[6-9]\d\d|20\d\d)(?![\w%°]|[.,]\d|\s*%)",
         (S(D, digits=(4,)),)),
    ]
    flags = regex.IGNORECASE | regex.VERSION0
    dates = _date_forms(path, locale)   # compiled once, shared with the dateline
    compiled = dates + tuple((name, LazyPattern(source, flags))
                             for name, source, _ in specs[len(dates):])
    lookups = {key: _mapping(locale, key) for key in (
        "days", "day_parts", "parts_of_day", "anchored_days", "units", "numbers", "seasons",
        "quarters", "refs", "set_words", "clock_named", "clock_zones", "day_ordinals", "following_units")}
    lookups["_later"] = MappingProxyType({fold(" ".join(x.split())): True for x in w("later")})
    lookups["_pm"] = MappingProxyType({fold(" ".join(x.split())): True for x in w("clock_pm")})
    return TimePatterns(
        patterns=compiled, scanner=build_scanner([starters for _, _, starters in specs]),
        lookups=MappingProxyType(lookups), months=locale.months,
        weekdays=locale.weekdays, full_months=frozenset(full_months),
        ambiguous_months=frozenset(fold(m) for m in w("ambiguous_months")),
        months_capitalised=bool(locale.get("time", "months_capitalised", False)),
        numeric_order=str(locale.get("time", "numeric_order", "dmy")),
        future_cues=pattern_cache.compile(_B + _alt(w("future_cues")) + _E, flags),
        last_words=frozenset(fold(x) for x in w("last") + w("last_after")),
        next_words=frozenset(fold(x) for x in w("next") + w("next_after")),
        this_words=frozenset(fold(x) for x in w("this")),
        month_cue=pattern_cache.compile(_B + _alt(w("month_cues")) + r"\s*$", flags),
        year_blocker=pattern_cache.compile(r"\s+" + _alt(w("year_blockers")) + _E, flags),
        locale=locale,
        bound_cue=LazyPattern(_B + _alt(w("before") + w("after") + w("since") + w("range_from")
                                        + w("range_to")) + r"\s*(?:" + _alt(w("date_articles"))
                              + r"\s*)?$", flags),
    )


def patterns_for(locale: Locale) -> TimePatterns:
    """The compiled patterns of a locale (cached per locale file)."""
    return _build(locale.path, locale)


def date_forms(locale: Locale) -> tuple[tuple[str, Any], ...]:
    """The compiled full-date patterns (iso, numeric, dmy, mdy) alone: what a dateline
    needs, at a fraction of the cost of compiling every time pattern."""
    return _date_forms(locale.path, locale)


@functools.lru_cache(maxsize=32)
def _date_forms(path: str, locale: Locale) -> tuple[tuple[str, Any], ...]:
    flags = regex.IGNORECASE | regex.VERSION0
    return tuple((name, pattern_cache.compile(source, flags)) for name, source, _ in _calendar(locale)[0])


def word_pattern(words: tuple[str, ...]) -> Any:
    """Any of ``words`` as whole words, case and accents folded; None for no words. Kept
    per word list, so that the checks' cue lists are compiled once."""
    return _word_pattern(tuple(words)) if words else None


@functools.lru_cache(maxsize=128)
def _word_pattern(words: tuple[str, ...]) -> Any:
    return pattern_cache.compile(r"(?<![\w'’])" + alternation(words) + r"(?![\w'’-])", regex.IGNORECASE)


def cue_pattern(locale: Locale, key: str, *, at_end: bool = True) -> Any:
    """A compiled regex matching one of the ``time.<key>`` cue words at the end of a text
    (``at_end``) or at its start; used by checks to read the words around a date."""
    return _cue_pattern(locale.path, locale, key, at_end)


@functools.lru_cache(maxsize=256)
def _cue_pattern(path: str, locale: Locale, key: str, at_end: bool) -> Any:
    words = alternation(_words(locale, key))
    articles = alternation(_words(locale, "date_articles") + _words(locale, "unit_articles"))
    source = (_B + words + r"\s*(?:" + articles + r"\s*)?$") if at_end else (r"^\s*" + words + _E)
    return pattern_cache.compile(source, regex.IGNORECASE)
