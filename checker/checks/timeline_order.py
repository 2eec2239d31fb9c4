"""``check: timeline-order`` — ordering words contradicted by the dates they join.

- "three days later, on March 1" after March 5 (or "earlier" pointing forward);
- a range that runs backwards: "from March 7 to March 3", "du 7 au 3 mai", "2010-2008";
- "avant le 3 mai" in a sentence whose only other date, 7 mai, is the event's.

Only written dates count (not resolved weekdays or "yesterday"), so a finding always
rests on two dates the reader can see.
"""
from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from .. import _regex_cache

from ..extractors._time_patterns import alternation
from ._timeline import preceded_by, same_sentence

FIELDS = ("reason",)
NEEDS = ("times",)

_JOIN = _regex_cache.compile(r"[\s,]*")


@dataclass(frozen=True)
class Params:
    # Characters allowed between "three days later" and the date that follows it.
    max_gap: int = 12


@dataclass(frozen=True)
class Disorder:
    start: int
    end: int
    reason: str
    other: tuple[int, int]
    note: str


def _explicit(fact) -> bool:
    return fact.form == "date" and fact.date is not None


def _comparable(first, second) -> tuple[object, object] | None:
    if _explicit(first) and _explicit(second):
        if not (first.year_given and second.year_given) and abs((first.date - second.date).days) > 180:
            return None  # year-less dates across a year end: the order is not knowable
        return first.date, second.date
    if first.form == "year" and second.form == "year":
        return first.year, second.year
    return None


@functools.lru_cache(maxsize=32)
def _range_patterns(path: str, locale) -> tuple[Any, Any]:
    """The "to" between two dates of a range, and a bare day before it ("du 7 au"),
    compiled once per locale."""
    to_words = _regex_cache.compile(r"[\s,]*" + alternation(locale.words("time", "range_to")) + r"[\s,]*",
                             regex.IGNORECASE)
    bare_day = _regex_cache.compile(r"(?<!\w)(?P<day>[0-3]?\d)(?:" + alternation(locale.words(
        "time", "ordinal_suffixes")) + r")?" + to_words.pattern + r"$", regex.IGNORECASE)
    return to_words, bare_day


def collect(rule, document, facts) -> tuple[Disorder, ...]:
    times = facts.get("times")
    found: list[Disorder] = []
    to_words, bare_day = _range_patterns(facts.locale.path, facts.locale)
    last_explicit = None
    for index, fact in enumerate(times):
        following = times[index + 1] if index + 1 < len(times) else None
        # "three days later, on March 1"
        if fact.form == "shift" and following is not None and _explicit(following) \
                and last_explicit is not None:
            gap = document.prose[fact.span.end:following.span.start]
            if len(gap) <= rule.params.max_gap and same_sentence(document, fact.span.start,
                                                                  following.span.start):
                pair = _comparable(last_explicit, following)
                if pair and (fact.direction == "later" and pair[1] < pair[0]
                             or fact.direction == "earlier" and pair[1] > pair[0]):
                    found.append(Disorder(following.span.start, following.span.end,
                                          f"'{document.slice(fact.span)}' but this date is "
                                          f"{'before' if fact.direction == 'later' else 'after'} "
                                          f"{document.slice(last_explicit.span)}",
                                          (last_explicit.span.start, last_explicit.span.end),
                                          "previous date"))
        # ranges: "from X to Y", "du 7 au 3 mai"
        # (the cue is looked for last: most pairs of dates run forwards and need no cue)
        pair = _comparable(fact, following) if following is not None else None
        if pair and pair[0] > pair[1]:
            gap = document.prose[fact.span.end:following.span.start]
            if to_words.fullmatch(gap) and preceded_by(document, facts, "range_from", fact.span.start,
                                                       window=20):
                found.append(Disorder(following.span.start, following.span.end,
                                      f"the range ends before it starts ({document.slice(fact.span)})",
                                      (fact.span.start, fact.span.end), "range start"))
        if _explicit(fact):
            head = document.prose[max(0, fact.span.start - 20):fact.span.start]
            match = bare_day.search(head)
            if match and preceded_by(document, facts, "range_from", fact.span.start - len(head)
                                     + match.start(), window=20) and int(match.group("day")) > fact.day:
                found.append(Disorder(fact.span.start, fact.span.end,
                                      "the range ends before it starts",
                                      (fact.span.start - len(head) + match.start("day"),
                                       fact.span.start - len(head) + match.end("day")),
                                      "range start"))
        if _explicit(fact):
            last_explicit = fact
    found.extend(_before_after(document, facts, times))
    return tuple(sorted(set(found), key=lambda d: d.start))


def _before_after(document, facts, times) -> list[Disorder]:
    """"avant le 3 mai" in a sentence whose one other written date is later (or "after"
    and earlier): the sentence contradicts itself."""
    out = []
    explicit = [f for f in times if _explicit(f)]
    # Each date's sentence, once; a date with other than one more date in its sentence is
    # skipped before its cue is looked for (same_sentence's test, in the cheaper order).
    sentence_of = [document.sentence_index(f.span.start) for f in explicit]
    others_of = [[f for f, its in zip(explicit, sentence_of) if f is not bound and its == sentence]
                 if sentence is not None else [] for bound, sentence in zip(explicit, sentence_of)]
    for cue, wrong in (("before", lambda event, bound: event > bound),
                       ("after", lambda event, bound: event < bound)):
        for bound, others in zip(explicit, others_of):
            if len(others) != 1 or not preceded_by(document, facts, cue, bound.span.start, window=15):
                continue
            event = others[0]
            if any(preceded_by(document, facts, key, event.span.start, window=15)
                   for key in ("before", "after", "since", "range_from", "range_to")):
                continue
            pair = _comparable(event, bound)
            if pair and wrong(pair[0], pair[1]):
                out.append(Disorder(bound.span.start, bound.span.end,
                                    f"the event is dated {document.slice(event.span)}",
                                    (event.span.start, event.span.end), "event date"))
    return out


def judge(rule, evidence: tuple[Disorder, ...], document) -> Iterable:
    for item in evidence:
        yield rule.finding(document, document.span(item.start, item.end),
                           fields={"reason": item.reason},
                           related=[(document.span(*item.other), item.note)])
