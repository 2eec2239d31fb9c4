"""``check: after-publication`` — a past event dated after the story ran.

Three readings, each needing an explicit publication date:

- a start in the past after publication: "since 2030" / "depuis 2030" in a 2012 story;
- a birth after publication: "born in 2031";
- a past event dated after publication: "was arrested on 14 April" in a story of 11
  April, "avait été signé le 6 juin" on 29 May, the end of a finished range ("a été menée
  entre le 2 février et le 20 juillet" on 18 June, ``_finished_ranges``) (the clause's
  tense, ``times._tense``; a year-less date counts when its nearest occurrence is within
  ``max_days_ahead`` after publication: further, the writer meant the year before);
- a relative day contradicted by the date written beside it: "hier, mardi 4 mars" when
  the eve of the publication date is not Tuesday 4 March, "Yesterday, May 9" in a story of
  May 12 (a year-less date is compared by day and month); "il y a trente ans, en 1975" in
  a story of 2012 (a count of years against the year that spells it out, one year of
  slack for the anniversary not yet reached); "the day before, May 7" after a date of May
  10 (counted from the date just told); "last week, on March 2" in a story of March 20 (the
  period the words name, ``_restated``: also "ce week-end, le 12 mars", "two days ago,
  on March 3", "last Tuesday, March 5" when March 5 is a Tuesday but not the last one);
- one event dated on two days: "voted 4-1 yesterday" and "the May 13 vote" (``_day_events``),
  "voted on Monday night" and "Lowry, who voted against the plan yesterday" (``_told_twice``).

When the front matter and a dateline disagree, the date must be after both to count.
"""
from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from ..extractors.people import patterns_for
from ..extractors.times import alternation, clause, nearest_year, past_form, valid_day, PAST, tense
from ..speedups import pattern_cache
from ..locales import fold
from . import _ago_hedges
from . import _ago_apposed, _ago_events, _day_events, _finished_ranges, _spans, _told_twice
from ._restated import ago_outside, outside_period, period_words, weekday_outside
from ._timeline import apposed_gap as _gap_pattern
from ._timeline import long_date, preceded_by, publication_dates, source_note

FIELDS = ("reason", "publication")

# Relative expressions whose date may be spelt out right after them.
_AGO_FORMS = ("ago", "ago_hedged")
_BESIDE = ("dayword", "ago", "ago_hedged", "anchored", "rel_unit", "weekday")
# "the day before, May 9" restates the day; "the day before May 10" names its anchor. An
# anchored day is judged only when a date told before it anchors it.
_SET_OFF = regex.compile(r"[,(–—-]")
# Forms whose date must be set off to restate them: "last week of March", "this month of
# May", "the day before May 12" name something else.
_SET_OFF_FORMS = ("anchored", "rel_unit", "weekday")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``after-publication`` rule.

    Args:
        max_gap (int): characters that may separate "yesterday" from the date that spells it
            out.
        ago_tolerance (int): years "N years ago" may fall short of the year written beside it
            (the anniversary not yet reached this year); it never reaches further back.
        max_days_ahead (int): how far after publication (days) a year-less date of a past event
            is read as a typo rather than next year's date.
        week_slack (int): days either side of the week "last week" / "cette semaine" names
            that a date written beside it may still fall on.
    """
    max_gap: int = 7
    ago_tolerance: int = 1
    max_days_ahead: int = 60
    week_slack: int = 3


@dataclass(frozen=True)
class Late:
    start: int
    end: int
    reason: str
    related: tuple[tuple[int, int, str], ...] = ()


def _after(fact, latest: _dt.date) -> bool:
    if fact.form == "year":
        return fact.year is not None and fact.year > latest.year
    if fact.form == "month_year":
        return (fact.year, fact.month) > (latest.year, latest.month)
    if fact.form == "date" and fact.year_given and fact.date is not None:
        return fact.date > latest
    return False


def collect(rule, document, facts) -> tuple[Late, ...]:
    if document.date is None:   # no publication date at all (publication_dates would be empty)
        return ()
    # A date after the latest publication date is after document.date too, so the dateline
    # (the other publication date, read from the text) is looked for only when something is
    # after document.date or a relative day is spelt out: most stories need neither.
    publications: tuple[_dt.date, ...] = ()
    date = document.date
    found: list[Late] = []
    times = facts.get("times")
    for fact in times:
        if _after(fact, date):
            publications = publications or publication_dates(document, facts)
            if _after(fact, max(publications)) and preceded_by(document, facts, "since", fact.span.start):
                found.append(Late(fact.span.start, fact.span.end,
                                  "a start ('since') after the publication date"))
    found.extend(_past_after(rule, document, facts, times, date))
    for fact in facts.get("ages"):
        year = getattr(fact, "year", None)
        if year is not None and year > date.year:
            publications = publications or publication_dates(document, facts)
            if year > max(publications).year:
                found.append(Late(fact.year_span.start, fact.year_span.end,
                                  "a birth year after the publication date"))
    gap_pattern = _gap_pattern(facts.locale.path, facts.locale)
    for index, fact in enumerate(times[:-1]):
        if fact.form not in _BESIDE or index and _ago_apposed.anniversary_frame(document, times[index - 1], fact):
            continue   # "il y a 30 ans cette année, en 1982": the year is the count's, not this year's
        following = times[index + 1]
        gap = document.prose[fact.span.end:following.span.start]
        if len(gap) > rule.params.max_gap or not gap_pattern.fullmatch(gap) \
                or fact.form in _SET_OFF_FORMS and not _SET_OFF.search(gap) \
                or fact.form == "anchored" and fact.year_basis != "previous date":
            continue
        publications = publications or publication_dates(document, facts)
        if fact.form == "ago_hedged":   # a hedged count bounds a year only
            if fact.unit == "Y":
                found.extend(_years_ago(rule, document, fact, following, publications, facts.locale))
            continue
        if fact.form == "ago":
            found.extend(_years_ago(rule, document, fact, following, publications, facts.locale)
                         if fact.unit == "Y" else _outside(rule, document, fact, following, publications))
            continue
        if fact.form in ("rel_unit", "weekday"):
            found.extend(_outside(rule, document, fact, following, publications))
            continue
        if fact.date is None:
            continue
        anchor = "relative to the publication date"
        if fact.form == "anchored":   # counted from the date just told, not from publication
            expected, anchor = [fact.date], "counted from the date told before it"
        else:
            offset = (fact.date - document.date).days
            expected = [p + _dt.timedelta(days=offset) for p in publications]
        if following.form == "date" and following.date is not None:
            # an anchored day's year is its anchor's, perhaps a guess: day and month only
            if not any(_same_day(following, e, by_year=fact.form != "anchored") for e in expected):
                found.append(Late(following.span.start, following.span.end,
                                  f"'{document.slice(fact.span)}' is {long_date(expected[0], document.lang)}",
                                  ((fact.span.start, fact.span.end, anchor),)))
        elif following.form == "weekday" and following.weekday is not None:
            if all(e.weekday() != following.weekday for e in expected):
                found.append(Late(following.span.start, following.span.end,
                                  f"'{document.slice(fact.span)}' is {long_date(expected[0], document.lang)}",
                                  ((fact.span.start, fact.span.end, anchor),)))
    # the year first, then the count: "en 1999, il y a 30 ans", "in 1999, 30 years ago"
    for previous, fact in zip(times, times[1:]):
        if fact.form in _AGO_FORMS and fact.unit == "Y" and previous.form in ("year", "month_year", "date") \
                and _YEAR_THEN_AGO.fullmatch(document.prose[previous.span.end:_hedged_start(facts.locale, document, fact)]):
            publications = publications or publication_dates(document, facts)
            found.extend(_years_ago(rule, document, fact, previous, publications, facts.locale))
    # the count, then an apposition that gives its year: "il y a 11 ans, à l'automne 2013,"
    for fact, year in _ago_apposed.apposed_years(document, facts, times):
        publications = publications or publication_dates(document, facts)
        found.extend(_years_ago(rule, document, fact, year, publications, facts.locale))
    for ago, event in _ago_events.ago_events(document, facts, times):
        publications = publications or publication_dates(document, facts)
        years = int(ago.amount)
        kind, start = _ago_hedges.hedge(facts.locale, document.prose, ago.span.start, ago.span.end) \
            if ago.form == "ago_hedged" else ("exact", ago.span.start)
        gaps = _ago_hedges.allowed_gaps(kind, years, rule.params.ago_tolerance)
        if all(not gaps[0] <= p.year - event.year <= gaps[1] for p in publications):
            found.append(Late(start, ago.span.end,
                              f"'{document.prose[start:ago.span.end]}' is "
                              f"{_ago_hedges.reach_words(kind, publications[0].year, gaps)}, but the "
                              f"story dates the same event {document.slice(event.span)}",
                              ((event.span.start, event.span.end, "the same event, dated"),)))
    # "voted 4-1 yesterday" ... "The May 13 vote"; "voted on Monday" ... "Haugen, who voted
    # against the plan yesterday": one event, two days
    for relative, written, noun in (*_day_events.day_events(document, facts, times),
                                    *_told_twice.told_twice(document, facts, times)):
        found.append(Late(relative.span.start, relative.span.end,
                          f"'{document.slice(relative.span)}' is {long_date(relative.date, document.lang)}, "
                          f"but the story dates the {noun} {document.slice(written.span)}",
                          ((written.span.start, written.span.end, "the same event, dated"),)))
    if any(f.form == "duration" for f in times):
        publications = publications or publication_dates(document, facts)
        for span, bound, reason in _spans.disagreements(document, facts, times, publications):
            found.append(Late(span.span.start, span.span.end, reason,
                              ((bound.span.start, bound.span.end, "the date the span reaches to"),)))
    # the count and its year may be read both beside each other and as an apposition
    unique = {(item.start, item.end): item for item in found}
    return tuple(sorted(unique.values(), key=lambda item: item.start))


def _ahead(rule, fact, latest: _dt.date) -> bool:
    """Whether a written day or month is after ``latest``: a year-less day when its
    nearest occurrence is, and by at most ``max_days_ahead``."""
    if fact.form == "month_year":
        return _after(fact, latest)
    if fact.form != "date" or fact.date is None or fact.month is None or fact.day is None:
        return False
    if fact.year_given:
        return fact.date > latest
    year = nearest_year(fact.month, fact.day, latest)
    if not valid_day(year, fact.month, fact.day):
        return False
    ahead = (_dt.date(year, fact.month, fact.day) - latest).days
    return 0 < ahead <= rule.params.max_days_ahead


def _past_after(rule, document, facts, times, date: _dt.date) -> list[Late]:
    """Written dates after publication in a past-tense clause, not bounds of a period
    ("had been extended until 30 May" speaks of the future)."""
    out: list[Late] = []
    publications: tuple[_dt.date, ...] = ()
    for index, fact in enumerate(times):
        if fact.form not in ("date", "month_year") or not _ahead(rule, fact, date):
            continue
        publications = publications or publication_dates(document, facts)
        if not all(_ahead(rule, fact, p) for p in publications):
            continue
        if any(preceded_by(document, facts, key, fact.span.start, window=25)
               for key in ("before", "after", "since")) or _names_next(document, fact, facts.locale):
            continue
        if _in_an_earlier_year(document, times, index, min(publications)):
            continue
        told = None
        if preceded_by(document, facts, "range_to", fact.span.start, window=25):
            if not _finished_ranges.ends_finished_range(document, facts, times, index, min(publications)):
                continue   # the end of a range to come, unless a finished event's
            told = PAST
        told = told or tense(document, fact.span.start, facts.locale, fact_end=fact.span.end)
        if told is None and _participle_before(document, facts, fact.span.start, fact.span.end):
            told = PAST
        if told == PAST and not _announced(document, facts, fact):
            out.append(Late(fact.span.start, fact.span.end,
                            "a past event dated after the publication date"))
        elif told is None and preceded_by(document, facts, "as_of", fact.span.start, window=15) \
                and _reported(document, facts, fact.span.start):
            out.append(Late(fact.span.start, fact.span.end,
                            "a state reported as of a date after the publication date"))
    return out


def _in_an_earlier_year(document, times, index: int, publication: _dt.date) -> bool:
    """Whether a year-less date follows, in its sentence or the one before, a full date
    written with an earlier year than publication's: it is told in that year's stretch ("Le
    31 août 1944, ... Trois semaines plus tard, le 21 septembre"), not in the year the story
    runs."""
    fact = times[index]
    if fact.year_given:
        return False
    here = document.sentence_index(fact.span.start)
    for other in reversed(times[:index]):
        # a full date sets the stretch; a bare year or month ("bought in 2021", "en 2025")
        # only dates its own fact
        if other.form == "date" and other.year_given and other.year is not None:
            there = document.sentence_index(other.span.start)
            return here is not None and there is not None and here - there <= 1 and other.year < publication.year
    return False


def _announced(document, facts, fact) -> bool:
    """Is the date the content of a report or announcement ("L'intersyndicale a annoncé une
    assemblée vendredi 22 mai", "The club said a vote would follow on May 22"): a speech
    verb earlier in its clause, then a word of content (the thing announced), and no past
    form between them and the date? The past tense is the announcing, not the event.
    "announced on 14 April" dates the announcing: no word of content between."""
    bounds = clause(document, fact.span.start, facts.locale)
    if bounds is None or preceded_by(document, facts, "as_of", fact.span.start, window=15):
        return False   # "a indiqué qu'à la date du 14 juin, ...": a state reported as of it
    prose = document.prose
    speech, verb, at = patterns_for(facts.locale).speech_verb, None, bounds[0]
    while (found := speech.search(prose, at, fact.span.start)) is not None:   # the last one
        verb, at = found, found.end()
    if verb is None:
        return False
    between = prose[verb.end():fact.span.start]
    stop = {fold(w) for w in facts.locale.words("detect", "stopwords")}
    if not any(fold(w) not in stop for w in _CONTENT_WORD.findall(between)):
        return False
    return tense(document, verb.end(), facts.locale) != PAST or not _past_between(document, facts, verb.end(),
                                                                                 fact.span.start)


_CONTENT_WORD = pattern_cache.compile(r"\p{L}{3,}")


def _past_between(document, facts, start: int, end: int) -> bool:
    """A past form of its own between the report's verb and the date ("said he was arrested
    on 14 April"): the date is then a past event's."""
    if past_form(facts.locale, document.prose, start, end):
        return True
    perfect = _perfect_pattern(facts.locale.path, facts.locale)   # "a reconnu avoir abattu ... le 25"
    return perfect is not None and perfect.search(document.prose, start, end) is not None


@functools.lru_cache(maxsize=32)
def _perfect_pattern(path: str, locale) -> Any:
    """A perfect infinitive (``time.perfect_infinitives`` and a word of ``participle_endings``:
    "avoir abattu", "having shot"): a past event told inside a report."""
    words = locale.words("time", "perfect_infinitives")
    endings = locale.words("time", "participle_endings")
    if not words or not endings:
        return None
    return pattern_cache.compile(r"(?<![\w'’])" + alternation(words) + r"\s+\p{L}+(?:"
                                 + "|".join(regex.escape(e) for e in sorted(endings, key=len, reverse=True))
                                 + r")(?!\w)", regex.IGNORECASE)


def _participle_before(document, facts, position: int, end: int) -> bool:
    """Whether a past participle stands right before the date, without its auxiliary: "Le
    rapport, publié le 14 juin" (``time.participles_before_date``: the endings that make
    one; English "-ed" is read by the tense of the clause already), or opening the
    apposition that holds it (``_participle_opens_part``)."""
    pattern = _participle_pattern(facts.locale.path, facts.locale)
    if pattern is None:
        return False
    found = pattern.search(document.prose, max(0, position - 30), position)
    if found is None:
        return _participle_opens_part(document, facts, position, end)
    word = fold(found.group("word"))
    if word in {fold(w) for w in facts.locale.words("time", "not_participles")}:
        return False
    # after an article or a preposition it is a noun: "en début de matinée le 11"
    before = _LAST_WORD.search(document.prose, max(0, found.start() - 20), found.start())
    return before is None or fold(before.group(1)) not in {
        fold(w) for w in facts.locale.words("detect", "stopwords")}


_LAST_WORD = pattern_cache.compile(r"([\p{L}'’]+)\s*$")
_APPOSED_REACH = 60   # characters from the comma that opens an apposition to its date
_OPENING_WORD = pattern_cache.compile(r"\s*(\p{Ll}{2,})(?![\w'’-])")
_CLOSES_PART = pattern_cache.compile(r"[^\S\n]*,")


def _participle_opens_part(document, facts, position: int, end: int) -> bool:
    """Whether a past participle opens the part set off by commas that holds the date, its
    complement between them: « L'étude, présentée en conseil communautaire le 21 octobre,
    ... » (``time.participles_before_date``). The apposition tells a thing done, as the
    participle right before the date does; a future or a modal in the clause has been read
    before this is asked."""
    endings = tuple(e.lower() for e in facts.locale.words("time", "participles_before_date"))
    if not endings:
        return False
    prose = document.prose
    index = document.sentence_index(position)
    if index is None:
        return False
    low = max(document.sentences[index].start, position - _APPOSED_REACH)
    comma = prose.rfind(",", low, position)
    if comma < 0 or any(c in prose[comma + 1:position] for c in ";:()«»\"“”"):
        return False
    found = _OPENING_WORD.match(prose, comma + 1, position)
    if found is None:
        return False
    word = found.group(1)   # accents kept: « présentée », not « semaine »
    if not word.endswith(endings) or fold(word) in {fold(w) for w in facts.locale.words("time", "not_participles")}:
        return False
    return _CLOSES_PART.match(prose, end) is not None


@functools.lru_cache(maxsize=32)
def _participle_pattern(path: str, locale) -> Any:
    endings = locale.words("time", "participles_before_date")
    if not endings:
        return None
    links = locale.words("time", "date_links")
    exact = "|".join(regex.escape(e) for e in sorted(endings, key=len, reverse=True))   # "é", not "e"
    return pattern_cache.compile(r"(?<![\w'’-])(?P<word>\p{Ll}{2,}(?:" + exact + r"))\s+(?:"
                                 + alternation(links) + r"\s+)?$")


def _reported(document, facts, position: int) -> bool:
    """Whether the sentence reports what it tells: a past clause before ``position`` ("the
    firm said that as of March 14 ...") or an attribution ("according to", "selon"). A
    state "as of" a date, told in the present without a report, may be a rule to come
    ("as of July 1, smoking is banned")."""
    index = document.sentence_index(position)
    if index is None:
        return False
    sentence = document.sentences[index]
    if sentence.start < position and tense(document, sentence.start, facts.locale) == PAST:
        return True
    return any(sentence.start <= a.span.start < sentence.end for a in facts.get("attributions"))


# between a written year and the "N years ago" that restates it: a comma, a dash or a bracket
_YEAR_THEN_AGO = regex.compile(r"\s*[,(\u2013\u2014]\s*")


def _hedged_start(locale, document, fact) -> int:
    """Where a count of years ago starts, with the hedge written before it ("in 1998, more
    than | thirty years ago")."""
    if fact.form != "ago_hedged":
        return fact.span.start
    return _ago_hedges.hedge(locale, document.prose, fact.span.start, fact.span.end)[1]


def _names_next(document, fact, locale) -> bool:
    """Whether the date says itself it is to come ("le 16 juillet prochain")."""
    words = {fold(w) for w in locale.words("time", "next") + locale.words("time", "next_after")}
    return any(fold(word) in words for word in document.slice(fact.span).split())


def _same_day(fact, expected: _dt.date, by_year: bool = True) -> bool:
    """Whether a written date names ``expected``: the whole date when its year is written,
    the day and month when it is not (its year was only a guess)."""
    if fact.year_given and by_year:
        return fact.date == expected
    return (fact.month, fact.day) == (expected.month, expected.day)


def _years_ago(rule, document, fact, following, publications, locale: Any = None) -> list[Late]:
    """"N years ago, in YYYY" (or "in YYYY, N years ago"): the year must be N years before
    publication (give or take the anniversary not yet reached); a hedged count ("more than
    thirty years ago") within what its hedge allows (``_ago_hedges``, with the ``locale``)."""
    if following.form not in ("year", "month_year", "date", "season") or not following.year_given \
            or following.year is None or fact.amount is None or not float(fact.amount).is_integer():
        return []
    years = int(fact.amount)
    if fact.form == "ago_hedged":
        # "more than thirty years ago, in 1998": the hedge bounds the year still
        kind, start = _ago_hedges.hedge(locale, document.prose, fact.span.start, fact.span.end)
        told = document.prose[start:fact.span.end]
        gaps = _ago_hedges.allowed_gaps(kind, years, rule.params.ago_tolerance)
        if any(gaps[0] <= p.year - following.year <= gaps[1] for p in publications):
            return []
        reach = _ago_hedges.reach_words(kind, publications[0].year, gaps)
    # N whole years ago reaches back to the year N before publication, or one year less when
    # the anniversary is still to come this year: never further back ("13 years ago, in
    # 2014" in a story of 2026 is 12 years at most)
    elif any(0 <= p.year - following.year - years <= rule.params.ago_tolerance for p in publications):
        return []
    else:
        start, reach, told = fact.span.start, str(publications[0].year - years), document.slice(fact.span)
    return [Late(min(start, following.span.start), max(fact.span.end, following.span.end),
                 f"'{told}' is {reach}, not {following.year}",
                 ((following.span.start, following.span.end, "the year written beside it"),))]


def _outside(rule, document, fact, following, publications) -> list[Late]:
    """"last week, on March 2", "two days ago, on March 3", "last Tuesday, March 5" (in a
    story of March 20): the date must fall in the period or on the day the words name."""
    if fact.form == "weekday":   # placed by its last/next word from the front matter's date
        period = weekday_outside(fact, following, document.date) if len(publications) == 1 else None
    else:
        reach = ago_outside if fact.form == "ago" else outside_period
        period = reach(fact, following, publications, rule.params.week_slack)
    if period is None:
        return []
    return [Late(following.span.start, following.span.end,
                 f"'{document.slice(fact.span)}' is {period_words(period, document.lang)}",
                 ((fact.span.start, fact.span.end, "relative to the publication date"),))]


def judge(rule, evidence: tuple[Late, ...], document) -> Iterable:
    for item in evidence:
        related = [(document.span(s, e), note) for s, e, note in item.related]
        yield rule.finding(document, document.span(item.start, item.end),
                           fields={"reason": item.reason, "publication": source_note(document)},
                           related=related)
