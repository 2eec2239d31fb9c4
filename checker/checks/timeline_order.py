"""``check: timeline-order`` — ordering words contradicted by the dates they join.

- "three days later, on March 1" after March 5 (or "earlier" pointing forward);
- a range that runs backwards: "from March 7 to March 3", "du 7 au 3 mai", "2010-2008";
- "avant le 3 mai" in a sentence whose only other date, 7 mai, is the event's.

Only written dates count (not resolved weekdays or "yesterday"), so a finding always
rests on two dates the reader can see.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from ..speedups import pattern_cache

from ..extractors.times import NEAR, alternation, cue_pattern, distance, part_hours, part_words
from ..locales import fold
from . import _intervals
from ._clock_ranges import crosses_midnight, next_morning
from ._order_dates import Disorder, comparable as _comparable, explicit as _explicit
from ._order_dates import stretch as _stretch, year_less as _year_less
from ._order_chains import chains
from ._order_named import named
from ._order_durations import counted_gaps
from ._order_sequels import disorders, sequel_patterns
from ._timeline import apposed_gap as _gap_pattern
from ._timeline import dateline_span, followed_by, named_after, preceded_by, same_sentence

FIELDS = ("reason",)
SCOPES = ("document",)

_JOIN = pattern_cache.compile(r"[\s,]*")


@dataclass(frozen=True)
class Params:
    """Keys of a ``timeline-order`` rule.

    Args:
        max_gap (int): characters allowed between an ordering phrase ("three days later") and
            the date that follows it.
    """
    max_gap: int = 12


_APPROX = {"D": _dt.timedelta(days=1), "W": _dt.timedelta(weeks=1), "M": _dt.timedelta(days=30.44),
           "Y": _dt.timedelta(days=365.25), "H": _dt.timedelta(hours=1), "MIN": _dt.timedelta(minutes=1)}


def _wrong_way(pair, direction: str) -> bool:
    """Whether the second stretch lies, for certain, on the wrong side of the first."""
    first, second = pair
    if direction == "later":
        return _intervals.before(second, first)
    return _intervals.before(first, second)


def _off_by(previous, fact, following) -> bool:
    """Whether "N units later/earlier" puts the day far from the date that follows it:
    the shift, give or take a third of it for one unit, else a quarter of it or half a unit,
    whichever is less (counts in prose are round, but "three weeks" is not fourteen days),
    misses every year the following date may be in."""
    step = _APPROX.get(fact.unit or "")
    if step is None or fact.amount is None:
        return False
    if fact.unit == "Y" and float(fact.amount).is_integer() and previous.form == following.form == "year":
        # years counted between two years: "two years after 2004" is 2006, exactly
        sign = 1 if fact.direction == "later" else -1
        return following.year != previous.year + sign * int(fact.amount)
    start = _stretch(previous)
    if start is None:
        return False
    delta = step * fact.amount
    # a count of several units is off by less than half a unit, where it would round to
    # another count ("three weeks later" is not eleven days later, nor fourteen: that is
    # two weeks), and by a quarter of it for a short count
    # ("a week later" is six to eight days or so, not twelve: one unit is off by a third)
    # (a count of days needs no day more: the two days' own stretches already allow one:
    # "two days after 8 June" is 9 to 11 June, not 12)
    slack = (delta / 3 if fact.amount == 1 else min(delta / 4, step / 2)) \
        + (_dt.timedelta(minutes=30) if fact.unit in ("H", "MIN") else
           _dt.timedelta(0) if fact.unit == "D" else _dt.timedelta(days=1))
    if fact.direction == "later":
        window = (start[0] + delta - slack, start[1] + delta + slack)
    else:
        window = (start[0] - delta - slack, start[1] - delta + slack)
    places = _year_less_places(following, window) if _year_less(following) else (_stretch(following),)
    return not any(p is not None and p[0] < window[1] and window[0] < p[1] for p in places)


def _year_less_places(fact, window) -> tuple:
    """Where a year-less date may lie, for a count that leads to ``window``: its day or month
    in the years around its own reading and around the window ("On August 31, 1944 ... Three
    weeks later, on September 21": the 21st is 1944's, whatever year publication gave it)."""
    own = _intervals.stretches(fact)
    if fact.year is None and fact.date is None:
        return own
    year = fact.date.year if fact.date is not None else fact.year
    shift = window[0].year - year
    if abs(shift) <= 1:
        return own
    moved = dataclasses.replace(fact, year=year + shift, date=_moved_day(fact, year + shift))
    return own + _intervals.stretches(moved)


def _moved_day(fact, year: int):
    """The fact's day in ``year`` (None for a month, or a day that year lacks)."""
    if fact.date is None:
        return None
    try:
        return fact.date.replace(year=year)
    except ValueError:   # 29 February
        return None


def _shift_disorders(document, fact, anchor, following) -> list[Disorder]:
    """"N units later/earlier" from ``anchor`` to ``following``: the wrong way, or too far
    or too near."""
    direction = fact.direction or ""
    pair = _comparable(anchor, following)
    if pair and _wrong_way(pair, direction):
        return [Disorder(following.span.start, following.span.end,
                         f"'{document.slice(fact.span)}' but this date is "
                         f"{'before' if direction == 'later' else 'after'} "
                         f"{document.slice(anchor.span)}",
                         (anchor.span.start, anchor.span.end), "previous date")]
    if (pair is not None or _year_less(following) and anchor.form not in ("clock", "clock_named")) \
            and _off_by_safe(anchor, fact, following):
        return [Disorder(following.span.start, following.span.end,
                         f"'{document.slice(fact.span)}' does not lead from "
                         f"{document.slice(anchor.span)} to this date",
                         (anchor.span.start, anchor.span.end), "previous date")]
    return []


# What may stand between a shift and the date of the thing it counts from: an article,
# a noun, a link word ("after the 2004 merger", "après la fusion de 2004").
_ANCHOR_PHRASE = pattern_cache.compile(r"[\s\p{L}'’-]{0,30}")
# Between that date and the date the shift leads to: up to two words, then a comma or a
# bracket ("the 2004 merger, in 2005", "la fusion de 2004, en 2005").
_ANCHOR_TAIL = pattern_cache.compile(r"(?:\s+[\p{L}'’-]+){0,2}\s*[,(–—]")


def _anchored(document, facts, times, index) -> tuple[Any, Any, Any] | None:
    """(shift, anchor, target) for "two years after the 2004 merger, in 2005" and "deux
    ans après la fusion de 2004, en 2005": the shift counts from the date named right
    after it, not from the date told before; None for any other shape. A duration counts
    as a shift when an ``after`` or ``before`` cue follows it."""
    if index + 2 >= len(times):
        return None
    fact, anchor, target = times[index], times[index + 1], times[index + 2]
    if fact.amount is None or not (_explicit(anchor) and _explicit(target)):
        return None
    prose = document.prose
    phrase_start = fact.span.end
    if fact.form == "duration":
        cue = next(((key, m) for key in ("after", "before")
                    if (m := followed_by(document, facts, key, fact.span.end)) is not None), None)
        if cue is None:
            return None
        phrase_start += cue[1].end()
        fact = dataclasses.replace(fact, direction="later" if cue[0] == "after" else "earlier")
    elif fact.direction not in ("later", "earlier") or not any(
            cue_pattern(facts.locale, key).search(document.slice(fact.span)) for key in ("after", "before")):
        return None   # "three days later on March 5 ...": 'later' takes no object
    if not _ANCHOR_PHRASE.fullmatch(prose, phrase_start, anchor.span.start):
        return None
    tail = _ANCHOR_TAIL.match(prose, anchor.span.end, target.span.start)
    if tail is None or not _gap_pattern(facts.locale.path, facts.locale).fullmatch(
            prose, tail.end() - 1, target.span.start):
        return None
    if not same_sentence(document, fact.span.start, target.span.start):
        return None
    return fact, anchor, target


@functools.lru_cache(maxsize=16)
def _demonstrative_pattern(locale: Any) -> Any:
    words = locale.words("numbers", "demonstratives")
    return pattern_cache.compile(r"\s*(?:" + "|".join(regex.escape(w) for w in words) + r")\s+\p{Ll}", regex.IGNORECASE) \
        if words else None


def _pointed_back(document, facts, fact) -> bool:
    """A count of time, an ``after`` or ``before`` cue and a demonstrative ("two weeks before
    this weekend", « Deux semaines avant ce week-end de comptage »): the event it counts
    from is the one the story has just told, as with "two weeks earlier"."""
    if fact.form != "duration" or fact.amount is None:
        return False
    pattern = _demonstrative_pattern(facts.locale)
    for key in ("after", "before"):
        cue = followed_by(document, facts, key, fact.span.end)
        if cue is not None and pattern is not None:
            return pattern.match(document.prose, fact.span.end + cue.end()) is not None
    return False


# the rest of a noun phrase, a comma, and a preposition perhaps: the words between a shift's
# demonstrative object and the date it leads to
_NOUN_PHRASE_THEN_COMMA = pattern_cache.compile(r"[\s\p{L}'’-]{0,40},\s*(?:\p{Ll}+\s+)?")


def _demonstrated(document, facts, following, times, index) -> bool:
    """Is ``following`` a period named by a demonstrative ("ce week-end", "this weekend")
    right after the shift, with an explicit date after it: the event the shift counts from,
    whose date the story told before?"""
    pattern = _demonstrative_pattern(facts.locale)
    return following.form == "rel_unit" and pattern is not None and index + 2 < len(times) \
        and _explicit(times[index + 2]) and pattern.match(document.prose, following.span.start) is not None \
        and (not document.prose[times[index].span.end:following.span.start].strip(" ,")
             or _pointed_back(document, facts, times[index]))


def _off_by_safe(previous, fact, following) -> bool:
    """``_off_by``, quiet past the calendar's ends."""
    try:
        return _off_by(previous, fact, following)
    except (OverflowError, ValueError):
        return False


@functools.lru_cache(maxsize=32)
def _range_patterns(path: str, locale) -> tuple[Any, Any]:
    """The "to" between two dates of a range, and a bare day before it ("du 7 au"),
    compiled once per locale."""
    to_words = pattern_cache.compile(r"[\s,]*" + alternation(locale.words("time", "range_to")) + r"[\s,]*",
                             regex.IGNORECASE)
    bare_day = pattern_cache.compile(r"(?<!\w)(?P<day>[0-3]?\d)(?:" + alternation(locale.words(
        "time", "ordinal_suffixes")) + r")?" + to_words.pattern + r"$", regex.IGNORECASE)
    return to_words, bare_day


def collect(rule, document, facts) -> tuple[Disorder, ...]:
    times = facts.get("times")
    found: list[Disorder] = []
    to_words, bare_day = _range_patterns(facts.locale.path, facts.locale)
    last_explicit = last_day = None
    for index, fact in enumerate(times):
        following = times[index + 1] if index + 1 < len(times) else None
        # "two years after the 2004 merger, in 2005": the anchor is named after the shift
        anchored = _anchored(document, facts, times, index) if fact.form in ("shift", "duration") else None
        if anchored is not None:
            found.extend(_shift_disorders(document, *anchored))
        # "three days later, on March 1"; "two weeks before this weekend, on 8 February":
        # a count and a demonstrative that points at the event just told
        elif (fact.form == "shift" or _pointed_back(document, facts, fact)) and following is not None \
                and (_explicit(following) or _demonstrated(document, facts, following, times, index)) \
                and last_explicit is not None:
            shift, target, start = fact, following, fact.span.end
            if not _explicit(following):   # "deux semaines avant ce week-end, le 8 février"
                target, start = times[index + 2], following.span.end
            if fact.form != "shift":
                cue = followed_by(document, facts, "after", fact.span.end)
                shift = dataclasses.replace(fact, direction="later" if cue is not None else "earlier")
            gap = document.prose[start:target.span.start]
            # past the demonstrative's noun phrase, set off by a comma ("ce week-end de
            # comptage, le 8 février", "this count, on 8 February")
            pointed = shift is not fact or target is not following
            if (len(gap) <= rule.params.max_gap or pointed and _NOUN_PHRASE_THEN_COMMA.fullmatch(gap)) \
                    and same_sentence(document, fact.span.start, target.span.start):
                # "le 2 mars, peu après 8 heures. ... Dix jours plus tard": a count of days or
                # more counts from the day, not from the clock time told with it
                anchor = last_day if fact.unit not in ("H", "MIN", "S") and last_day is not None \
                    and last_explicit.form in ("clock", "clock_named") else last_explicit
                found.extend(_shift_disorders(document, shift, anchor, target))
        # ranges: "from X to Y", "du 7 au 3 mai"
        # (the cue is looked for last: most pairs of dates run forwards and need no cue)
        pair = _comparable(fact, following) if following is not None else None
        if pair and _intervals.before(pair[1], pair[0]):
            gap = document.prose[fact.span.end:following.span.start]
            if to_words.fullmatch(gap) and preceded_by(document, facts, "range_from", fact.span.start,
                                                       window=20) \
                    and not crosses_midnight(document, facts, fact, following):
                found.append(Disorder(following.span.start, following.span.end,
                                      f"the range ends before it starts ({document.slice(fact.span)})",
                                      (fact.span.start, fact.span.end), "range start"))
        if fact.form == "date" and fact.date is not None:
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
            if fact.form not in ("clock", "clock_named"):
                last_day = fact
    for item in counted_gaps(document, facts, times):
        found.extend(_counted_disorders(document, item))
    found.extend(_before_after(document, facts, times))
    found.extend(_part_of_day(document, facts, times))
    found.extend(_consequences(document, facts, times))
    found.extend(chains(document, facts, times))
    heading = dateline_span(document, facts)
    found.extend(disorders(document, facts, times, heading))
    for item in named(document, facts, times, heading):
        found.extend(_named_disorders(document, item))
    unique = {}
    for item in found:   # one finding per date, the first reason found
        unique.setdefault((item.start, item.end), item)
    return tuple(sorted(unique.values(), key=lambda d: d.start))


def _counted_disorders(document, item) -> list[Disorder]:
    """"two years later" between two dates of a sentence is held like a shift from the
    first; "after a two-year break" only to the side of it (the break may have lasted
    longer, or the step come later)."""
    shift = dataclasses.replace(item.gap, direction=item.gap.direction or "later")
    if item.counted:
        return _shift_disorders(document, shift, item.anchor, item.target)
    pair = _comparable(item.anchor, item.target)
    if not pair or not _wrong_way(pair, "later"):
        return []
    return [Disorder(item.target.span.start, item.target.span.end,
                     f"'{document.prose[item.words[0]:item.words[1]]}' but this date is before "
                     f"{document.slice(item.anchor.span)}",
                     (item.anchor.span.start, item.anchor.span.end), "previous date")]


def _named_disorders(document, item) -> list[Disorder]:
    """"Two years after the merger, in 2005" with the merger dated 2004 elsewhere: a
    counted gap is held like a shift from the merger's date; a bare "after the debate, at
    14:00" only to its side of it."""
    if item.count is not None:
        shift = dataclasses.replace(item.count, direction=item.direction)
        return _shift_disorders(document, shift, item.anchor, item.target)
    pair = _comparable(item.anchor, item.target)
    if not pair or not _wrong_way(pair, item.direction):
        return []
    return [Disorder(item.target.span.start, item.target.span.end,
                     f"'{document.prose[item.cue_start:item.cue_end]}' but this date is "
                     f"{'before' if item.direction == 'later' else 'after'} {document.slice(item.anchor.span)}",
                     (item.anchor.span.start, item.anchor.span.end), "the event's date")]


# Two year-less dates of one sentence joined by "before"/"after" are read in the same
# stretch of months when they fall this close (days) in some pair of years.
_NEAR_DAYS = 60


def _before_after(document, facts, times) -> list[Disorder]:
    """"avant le 3 mai" in a sentence whose one other written date is later (or "after"
    and earlier): the sentence contradicts itself."""
    out = []
    explicit = [f for f in times if _explicit(f)]
    # Each date's sentence, once; a date with other than one more date in its sentence is
    # skipped before its cue is looked for (same_sentence's test, in the cheaper order).
    sentence_of = [document.sentence_index(f.span.start) for f in explicit]
    in_sentence: dict[int, list[Any]] = {}
    for f, its in zip(explicit, sentence_of):
        if its is not None:
            in_sentence.setdefault(its, []).append(f)
    others_of = [[f for f in in_sentence[sentence] if f is not bound] if sentence is not None else []
                 for bound, sentence in zip(explicit, sentence_of)]
    _, bare_day = _range_patterns(facts.locale.path, facts.locale)
    for cue, wrong in (("before", lambda event, bound: _intervals.before(bound, event)),
                       ("after", lambda event, bound: _intervals.before(event, bound))):
        for bound, others in zip(explicit, others_of):
            if len(others) != 1 or not (preceded_by(document, facts, cue, bound.span.start, window=15)
                                        or named_after(document, facts, cue, bound.span.start)):
                continue
            event = others[0]
            if _bounded(document, facts, event, bare_day) or _chained(document, facts, bound, event):
                continue
            pair = _comparable(event, bound, near=_NEAR_DAYS)
            # « fermée de 22 h jusqu'à 6 h »: an end bound of the next morning
            if pair and wrong(pair[0], pair[1]) and not (
                    cue == "before" and next_morning(document, facts, event, bound, pair)
                    or cue == "after" and next_morning(document, facts, bound, event, pair[::-1])):
                out.append(Disorder(bound.span.start, bound.span.end,
                                    f"the event is dated {document.slice(event.span)}",
                                    (event.span.start, event.span.end), "event date"))
    return out


@functools.lru_cache(maxsize=32)
def _consequence_cues(path: str, locale) -> Any:
    return pattern_cache.compile(r"(?<!\w)" + alternation(locale.words("time", "consequence_cues"))
                                + r"(?!\w)", regex.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _end_cues(path: str, locale) -> tuple[Any, Any] | None:
    """(start verbs, end verbs) of the locale: "began ... ended", "a commencé ... s'est terminé"."""
    starts, ends = locale.words("time", "start_verbs"), locale.words("time", "end_verbs")
    if not starts or not ends:
        return None
    return tuple(pattern_cache.compile(r"(?<![\w'’])" + alternation(words) + r"(?![\w-])", regex.IGNORECASE)
                 for words in (starts, ends))


def _consequences(document, facts, times) -> list[Disorder]:
    """"X in the late 1980s, prompting Y in 1979": what a cause leads to (``time.
    consequence_cues``, "again") does not come before it; "began at 14:00 and ended at
    13:00": an end (``end_verbs``) does not come before the start (``start_verbs``) told
    before it in its sentence. The dates are the nearest written ones on each side of the
    cue in its sentence."""
    pattern = None
    ends = None
    placed = [f for f in times if _explicit(f)]
    out = []
    by_sentence: dict[int, list[Any]] = {}
    for f in placed:
        index = document.sentence_index(f.span.start)
        if index is not None:
            by_sentence.setdefault(index, []).append(f)
    for sentence in sorted(by_sentence):
        unit = document.sentences[sentence]
        mine = by_sentence[sentence]
        if len(mine) < 2:
            continue
        pattern = pattern or _consequence_cues(facts.locale.path, facts.locale)
        for match in pattern.finditer(document.prose, unit.start, unit.end):
            cause = [f for f in mine if f.span.end <= match.start()]
            effect = [f for f in mine if f.span.start >= match.end()]
            if not cause or not effect:
                continue
            out.extend(_effect_before(document, facts, match, cause[-1], effect[0], "cause"))
        ends = ends or _end_cues(facts.locale.path, facts.locale)
        if ends is None:
            continue
        for match in ends[1].finditer(document.prose, unit.start, unit.end):
            cause = [f for f in mine if f.span.end <= match.start()]
            effect = [f for f in mine if f.span.start >= match.end()]
            if cause and effect and ends[0].search(document.prose, unit.start, cause[-1].span.start):
                out.extend(_effect_before(document, facts, match, cause[-1], effect[0], "start"))
    return out


def _effect_before(document, facts, match, cause, effect, note: str) -> list[Disorder]:
    """The effect's date before its cause's (or an end's before its start's): one disorder;
    none for a clock time that may be the next morning's ("began at 11pm and ended at 2am")."""
    pair = _comparable(cause, effect)
    if not (pair and _intervals.before(pair[1], pair[0])) or next_morning(document, facts, cause, effect, pair):
        return []
    return [Disorder(effect.span.start, effect.span.end,
                     f"'{match.group()}' but this date is before {document.slice(cause.span)}",
                     (cause.span.start, cause.span.end), note)]


def _chained(document, facts, bound, event) -> bool:
    """Whether a sequel cue ("then", "puis") stands between the bound and the other date:
    "under control by 7 a.m., then crews left at 9 a.m." bounds one event and dates the
    next, not the same one."""
    cues, blockers, _ = sequel_patterns(facts.locale.path, facts.locale)
    if cues is None:
        return False
    low, high = min(bound.span.end, event.span.end), max(bound.span.start, event.span.start)
    blocked = [(m.start(), m.end()) for m in blockers.finditer(document.prose, low, high)] \
        if blockers is not None else []
    return any(not any(s <= m.start() and m.end() <= e for s, e in blocked)
               for m in cues.finditer(document.prose, low, high))


def _bounded(document, facts, event, bare_day) -> bool:
    """Whether the event's date is itself a bound ("after March 3", "since 2001") or an end
    of a range ("du 3 au 7 mai", "from 2 p.m. to 4 p.m."): then it is not the event's own
    date. A bare "à 14 h" is a time, not a range end."""
    start = event.span.start
    if any(preceded_by(document, facts, key, start, window=15) for key in ("before", "after", "since")):
        return True
    head = document.prose[max(0, start - 20):start]
    if bare_day.search(head):
        return True
    return preceded_by(document, facts, "range_from", start, window=15) and \
        followed_by(document, facts, "range_to", event.span.end, exact=True) is not None


def _part_of_day(document, facts, times) -> list[Disorder]:
    """A clock time outside the part of the day written next to it: "this morning, at 15:00",
    "ce matin, vers 15 h". Each part-of-day word goes with the nearest clock time of its
    sentence, at most ``NEAR`` characters away; a clock in another time zone ("UTC") is
    not local time and is left alone."""
    clocks = [f for f in times if f.form == "clock" and f.date is not None
              and f.value[-1:] != "Z" and not _ZONE.match(document.prose, f.span.end)
              and _intervals.clock_time(f) is not None]
    if not clocks:
        return []
    pattern, codes = part_words(facts.locale)
    out = []
    for sentence in {document.sentence_index(f.span.start) for f in clocks} - {None}:
        unit = document.sentences[sentence]
        mine = [f for f in clocks if unit.start <= f.span.start < unit.end]
        for match in pattern.finditer(document.prose, unit.start, unit.end):
            if any(f.span.start <= match.start() < f.span.end for f in mine):
                continue   # "2 heures du matin": the clock's own a.m. mark
            clock = min(mine, key=lambda f: distance(f.span, match))
            if distance(clock.span, match) > NEAR:
                continue
            moment = _intervals.clock_time(clock)
            hour = moment.hour + moment.minute / 60
            low, high = part_hours(codes, match.group("part"))
            if not (low <= hour < high or low <= hour + 24 < high):
                out.append(Disorder(clock.span.start, clock.span.end,
                                    f"{document.slice(clock.span)} is not in '{match.group('part')}'",
                                    (match.start(), match.end()), "part of the day"))
    return out


# A time-zone abbreviation after a clock time ("5 h 25 CEST", "3:25 GMT"): capitals.
_ZONE = pattern_cache.compile(r"\s*\(?\p{Lu}{2,5}(?!\w)")


def judge(rule, evidence: tuple[Disorder, ...], document) -> Iterable:
    for item in evidence:
        yield rule.finding(document, document.span(item.start, item.end),
                           fields={"reason": item.reason},
                           related=[(document.span(*item.other), item.note)])
