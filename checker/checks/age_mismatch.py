"""``check: age-mismatch`` — an age, a birth year and an anniversary that cannot all hold.

- An age against a birth year of the same person anywhere in the story ("Jobs, 56" and
  "Jobs, born in 1955"), counted at the age's own date: the date nearest to it in its
  sentence, else the publication date (present tense) or the death an obituary reports
  (past tense). A birthday not yet reached makes one year of difference normal (none when
  both days are known); more is an error. Who and when: ``_ages``.
- An anniversary against the year it counts from ("the 25th anniversary of his death in
  1987" in 2007; "le centenaire d'Alan Dupuis, né en 1914" in 2012).

Which side is marked: an age counted at the publication date is the news, checked the day
the story ran, so the birth year (background) is marked; an age at a written date ("died in
1680 at 28") is the writer's arithmetic, so the age is. The other side is related.
"""
from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from . import _age_pairs, _ages, _unnamed_subject
from ._timeline import dateline_span, long_date, publication_dates

FIELDS = ("reason",)
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``age-mismatch`` rule.

    Args:
        tolerance (int): years of difference tolerated beyond the birthday uncertainty.
        anniversary_tolerance (int): years of difference tolerated between an anniversary
            ("40th", "centenary") and its two years.
    """
    tolerance: int = 0
    anniversary_tolerance: int = 0


@dataclass(frozen=True)
class Conflict:
    start: int
    end: int
    reason: str
    other: tuple[int, int]
    note: str


def _birth_day(facts, birth) -> tuple[_dt.date, str]:
    """The birth's day when its phrase writes one ("born on May 2, 1950"), its month when
    it writes that ("born in March 2009", « née en mars 2009 »), else its year; with that
    precision (``_ages.DAY``, ``MONTH``, ``YEAR``)."""
    for fact in facts.get("times"):
        if fact.span.start >= birth.span.end:
            break
        if fact.span.start < birth.span.start or fact.year != birth.year:
            continue
        if fact.form == "date" and fact.year_given and fact.date is not None:
            return fact.date, _ages.DAY
        if fact.form == "month_year" and fact.month is not None:
            return _dt.date(birth.year, fact.month, 1), _ages.MONTH
    return _dt.date(birth.year, 7, 1), _ages.YEAR


def collect(rule, document, facts) -> tuple[Conflict, ...]:
    if document.date is None:   # no publication date (publication_dates would be empty)
        return ()
    items = facts.get("ages")
    anniversaries = [f for f in items if hasattr(f, "anniversary")]
    # "a fêté ses 90 ans" is read both ways: as years celebrated it is checked against the
    # birth or the founding it counts from
    ages = [f for f in items if hasattr(f, "years") and not any(f.span.overlaps(a.span) for a in anniversaries)]
    births = [f for f in items if hasattr(f, "year")]
    if not (ages and births or len(ages) > 1 or anniversaries):
        return ()
    publications = publication_dates(document, facts)
    locale = facts.locale
    found: list[Conflict] = []
    obituary = heading = None
    if ages and (births or len(ages) > 1):
        obituary = _ages.obituary_date(document, facts, publications)
        heading = (dateline_span(document, facts),) if dateline_span(document, facts) else ()
    if ages and births:
        # the quotes (an extractor as costly as the people one) only for a birth told in the
        # first person ("I was born in 1951")
        quotes = facts.get("quotes") if any(_age_pairs.told_in_first_person(document, facts, b.span.start)
                                            for b in births) else ()
        born = [(b, _age_pairs.first_person_holder(document, facts, b.span.start, quotes)
                 or _ages.holder(document, locale, b.span.start, end=b.span.end), *_birth_day(facts, b))
                for b in births]
        for age in ages:
            who = _unnamed_subject.named_next(document, facts, age, _ages.age_holder(document, facts, age))
            for birth, its, day, precision in born:
                if not (document.sentence_index(age.span.start) == document.sentence_index(birth.span.start)
                        or _ages.same_holder(document, who, age.span.start, its, birth.span.start)):
                    continue
                refs = _ages.reference(document, facts, age.span.start, age.span.end, publications,
                                       obituary, exclude=((birth.span.start, birth.span.end),) + heading,
                                       current=_ages.as_of_publication(document, facts, age),
                                       named=bool(who.names),
                                       event=_ages.told_at_an_event(document, facts, age))
                if not refs:
                    continue
                expected = [_ages.age_at(day, precision, ref) for ref in refs]
                if any(min(abs(age.years - e) for e in exp) <= rule.params.tolerance for exp in expected):
                    continue
                found.append(_age_conflict(document, age, birth, refs[0], expected[0]))
    if len(ages) > 1:
        for age, other, births_, others in _age_pairs.conflicts(document, facts, ages, publications,
                                                                obituary, heading, rule.params.tolerance):
            found.append(Conflict(age.span.start, age.span.end,
                                  f"this age puts the birth in {_years(births_)}, the age "
                                  f"{other.years} told elsewhere in {_years(others)}",
                                  (other.span.start, other.span.end), "other age"))
    for item in anniversaries:
        found.extend(_anniversary(rule, document, facts, item, births, publications))
    unique: dict[tuple[int, int], Conflict] = {}
    for c in found:   # the first reading of an age stands: a birth date says more than another age
        unique.setdefault((c.start, c.end), c)
    return tuple(sorted(unique.values(), key=lambda c: c.start))


def _years(births: tuple[int, int]) -> str:
    return str(births[0]) if births[0] == births[1] else f"{births[0]}-{births[1]}"


def _age_conflict(document, age, birth, ref, expected) -> Conflict:
    told = " or ".join(str(e) for e in expected)
    when = document.slice(document.span(*ref.span)) if ref.span else \
        f"the death the story reports ({long_date(ref.date, document.lang)})" if ref.death else "the publication date"
    if ref.written:
        return Conflict(age.span.start, age.span.end,
                        f"born in {birth.year}, the person was {told} at {when}, not {age.years}",
                        (birth.year_span.start, birth.year_span.end), "birth year")
    return Conflict(birth.span.start, birth.span.end,
                    f"this birth year makes the person {told} at {when}, but the story says "
                    f"{age.years}", (age.span.start, age.span.end), "age")


def _anniversary(rule, document, facts, item, births, publications) -> list[Conflict]:
    """The anniversary against the year it counts from and the year it is celebrated, both
    in its sentence (a birth year included, the dateline not): the event is the first year
    after it ("the 25th anniversary of his death in 1987"), else the last before, or the
    last before when it is earlier than the first after (an event precedes it); the
    celebration another, later year of the sentence, else the year of a day or year the
    sentence counts from the publication date ("on Sunday", "hier", "last year"), else the
    publication date. A year of the publication or later cannot be the event: "le
    centenaire du naufrage en 2014" gives the celebration; the event is then the birth year the story gives elsewhere to a
    person named in the sentence ("the 90th birthday of Ann Lee"), or unknown."""
    index = document.sentence_index(item.span.start)
    if index is None:
        return []
    sentence = document.sentences[index]
    dateline = dateline_span(document, facts)
    years = [(f.span.start, f.span.end, f.year if f.year is not None else f.date.year)
             for f in facts.get("times")
             if sentence.start <= f.span.start < sentence.end and f.form in ("date", "year", "month_year")
             and f.year_given and (f.year is not None or f.date is not None)
             and not (dateline and dateline[0] <= f.span.start < dateline[1])]
    years += [(b.year_span.start, b.year_span.end, b.year) for b in births
              if sentence.start <= b.span.start < sentence.end
              and not any(s <= b.year_span.start < e for s, e, _ in years)]
    years.sort()
    after = [y for y in years if y[0] >= item.span.end]
    before = [y for y in years if y[1] <= item.span.start]
    event = after[0] if after else (before[-1] if before else None)
    if after and before and before[-1][2] < after[0][2]:
        # "Founded in 2010, the club celebrated its 20th anniversary in 2020": an event comes
        # before its anniversary, so the earlier year is the event, the later its celebration
        event = before[-1]
    recent = min(p.year for p in publications) - 1
    if event is None or event[2] >= recent:
        # no year of the sentence can be the event ("in 2012 ... the 90th birthday of Ann
        # Lee"): the birth year the story gives that person elsewhere
        celebrated_here = event
        event = _birth_of(document, facts, item, births) or _founding(document, facts)
        if event is None:
            return []
        if celebrated_here is not None:
            years = [celebrated_here, event]
    later = [y for y in years if y[2] > event[2]]
    # a day or a year the sentence counts from the publication date ("on Sunday", "hier",
    # "last year", "l'an dernier": a year-level TIMEX value has no day but has its year)
    relative = [f.date.year if f.date is not None else int(f.value[:4]) for f in facts.get("times")
                if sentence.start <= f.span.start < sentence.end and f.relative
                and (f.date is not None or f.value[:4].isdigit())]
    if later:
        celebrated = [min(later, key=lambda y: abs(y[0] - item.span.start))[2]]
    elif relative:
        # "celebrated her 90th birthday on Sunday", "its 40th anniversary last year": the day
        # or year the publication date places
        celebrated = relative[:1]
    else:
        # the reporting verb ("..., its director said") tells when it was said, not the tense
        # of the celebration ("is celebrating its 50th anniversary this season")
        said = tuple((a.cue.start, a.cue.end) for a in facts.get("attributions")
                     if sentence.start <= a.cue.start < sentence.end)
        # (in a quote the speaker tells of their own years as they speak: « Pour nos cinquante
        # ans, nous voulions ... » is this year's, whatever the verb's tense)
        quoted = any(q.span.start <= item.span.start < q.span.end for q in facts.get("quotes"))
        if event[2] >= recent or not quoted and _ages.tense(document, item.span.start, facts.locale,
                                                             ignore=said) == _ages.PAST:
            return []   # the year given is the celebration's, or a past one the story does not give
        celebrated = [p.year for p in publications]
    if any(abs(year - event[2] - item.anniversary) <= rule.params.anniversary_tolerance for year in celebrated):
        return []
    if document.sentence_index(event[0]) != index:   # the birth told elsewhere: mark the anniversary
        start, end = item.span.start, item.span.end
    else:
        start, end = min(item.span.start, event[0]), max(item.span.end, event[1])
    return [Conflict(start, end, f"{event[2]} to {celebrated[0]} is {celebrated[0] - event[2]} years, "
                                 f"not {item.anniversary}",
                     (event[0], event[1]), "counted from")]


def _founding(document, facts) -> tuple[int, int, int] | None:
    """The year the story says its subject was founded ("Founded in 1965", « Créée en
    1965 », locale ``time.founded``), when it gives one and only one: the event the
    celebration counts from when its own sentence names none (« Fêter nos cinquante ans »)."""
    words = facts.locale.words("time", "founded")
    if not words:
        return None
    pattern = _founded_pattern(facts.locale.path, facts.locale)
    found = {(m.start("year"), m.end("year"), int(m.group("year"))) for m in pattern.finditer(document.prose)}
    return found.pop() if len({y for _, _, y in found}) == 1 and len(found) == 1 else None


@functools.lru_cache(maxsize=16)
def _founded_pattern(path: str, locale) -> Any:
    from ..extractors.times import alternation
    return regex.compile(r"(?<![\w'’])" + alternation(locale.words("time", "founded"))
                         + r"\s+(?P<year>1[5-9]\d\d|20\d\d)(?!\d)", regex.IGNORECASE)


def _birth_of(document, facts, item, births) -> tuple[int, int, int] | None:
    """The birth year, told in another sentence, of the person whose anniversary this is
    ("Ann Lee was born in 1920. ... Ann Lee's 90th birthday"): one birth of the same holder."""
    who = _ages.holder(document, facts.locale, item.span.start, whole_sentence=True)
    found = [b for b in births if _ages.same_holder(document, who, item.span.start,
                                                     _ages.holder(document, facts.locale, b.span.start),
                                                     b.span.start)]
    if len(found) != 1:
        return None
    return found[0].year_span.start, found[0].year_span.end, found[0].year


def judge(rule, evidence: tuple[Conflict, ...], document) -> Iterable:
    for item in evidence:
        yield rule.finding(document, document.span(item.start, item.end),
                           fields={"reason": item.reason},
                           related=[(document.span(*item.other), item.note)])
