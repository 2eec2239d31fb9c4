"""Readers for the time patterns: one function per pattern name, turning a match into a
``TimeExpression`` with its TIMEX3 value, resolved against the publication date (or the
last day named in the paragraph for "the next day" and clock times)."""
from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from ...locales import fold
from ...spans import Span
from . import _values as tv
from ._fact import TimeExpression
from ._meridiem import twelve_hour
from ._patterns import TimePatterns
from ._tense import FUTURE, PAST, prospect, tense

if TYPE_CHECKING:
    from ...document import Document


def read_match(name: str, match: Any, span: Span, document: "Document", pats: TimePatterns,
               last_day: _dt.date | None) -> TimeExpression | None:
    """The fact for one match of the pattern ``name``, or None when it is not a time."""
    return _READERS[name](match, span, document, pats, last_day)


# -- readers: one per pattern ------------------------------------------------------------
def _group(match: Any, name: str) -> str | None:
    """``match.groupdict().get(name)`` without building the dict of every group (the
    patterns have up to a dozen): None when the group did not take part or the pattern
    has none of that name."""
    try:
        return match.group(name)
    except IndexError:
        return None


def _month_number(text: str | None, pats: TimePatterns) -> int | None:
    if not text:
        return None
    return pats.months.get(fold(text).rstrip("."))


def _direction(match: Any, pats: TimePatterns) -> int:
    """-1 for "dernier"/"last", +1 for "prochain"/"next", 0 otherwise."""
    for group in ("pre", "post"):
        word = _group(match, group)
        if word:
            folded = fold(" ".join(word.split()))
            if folded in pats.last_words:
                return -1
            if folded in pats.next_words:
                return 1
    return 0


def _year_of(text: str | None, reference: _dt.date | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    century = (reference.year // 100 * 100) if reference else 1900
    year = century + int(digits)
    if reference and year > reference.year + 10:
        year -= 100
    return year


def _calendar(match: Any, span: Span, document: "Document", pats: TimePatterns,
              last_day: _dt.date | None, *, form: str, month: int | None, day: int | None,
              year_text: str | None) -> TimeExpression | None:
    if month is None or day is None or not 1 <= day <= 31:
        return None
    month_text = _group(match, "month")
    if month_text and pats.months_capitalised and month_text[0].islower():
        return None
    reference = document.date
    year = _year_of(year_text, reference)
    weekday = None
    told = _group(match, "wd") or _group(match, "wd2")   # before the date, or set off after it
    if told:
        weekday = pats.weekdays.get(fold(told).rstrip("."))
    given = year is not None
    basis = "written" if given else None
    if year is None and reference is not None:
        year, basis = _year_less(match, span, document, pats, month, day, reference)
    valid = tv.valid_day(year if given else None, month, day)
    date = _dt.date(year, month, day) if year is not None and tv.valid_day(year, month, day) else None
    return TimeExpression(span, "DATE", tv.date_value(year, month, day), form, year=year if given else None,
                          month=month, day=day, weekday=weekday, year_given=given, valid=valid,
                          date=date if valid else None, relative=not given, year_basis=basis)


def _year_less(match: Any, span: Span, document: "Document", pats: TimePatterns, month: int,
               day: int, reference: _dt.date) -> tuple[int, str]:
    """The year of a year-less day, and why: a "last"/"next" word decides; else the
    occurrence nearest to publication, unless the clause's tense puts it on the other
    side (a past event is not after publication, a future one not before it)."""
    direction = _direction(match, pats)
    if direction:
        return tv.nearest_year(month, day, reference, direction), "last/next word"
    year = tv.nearest_year(month, day, reference)
    if not tv.valid_day(year, month, day):
        return year, "publication date"
    ahead = _dt.date(year, month, day) > reference
    behind = _dt.date(year, month, day) < reference
    if (ahead or behind) and not _bound(match, span, pats):
        said = tense(document, span.start, pats.locale, fact_end=span.end)
        other = None
        if ahead and said == PAST:
            other = tv.nearest_year(month, day, reference, -1), "past tense"
        elif behind and said == FUTURE:
            other = tv.nearest_year(month, day, reference, 1), "future tense"
        weekday = _group(match, "wd") or _group(match, "wd2")
        stated = pats.weekdays.get(fold(weekday).rstrip(".")) if weekday else None
        # a weekday that fits the nearest year and not the other keeps the nearest
        if other is not None and (stated is None or _weekday_fits(other[0], month, day, stated)
                                  or not _weekday_fits(year, month, day, stated)):
            return other
    return year, "publication date"


def _weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    return tv.valid_day(year, month, day) and _dt.date(year, month, day).weekday() == weekday


def _bound(match: Any, span: Span, pats: TimePatterns) -> bool:
    """Whether the date is the bound of a period ("jusqu'au 30 juin", "until June 30",
    "from March 1"): its tense is the tense of the period's other end, not its own."""
    before = match.string[max(0, span.start - 20):span.start]   # the folded prose
    return pats.bound_cue.search(before) is not None


def _read_dmy(match, span, document, pats, last_day):
    return _calendar(match, span, document, pats, last_day, form="date",
                     month=_month_number(match.group("month"), pats),
                     day=day_number(match, pats.lookups["day_ordinals"]), year_text=match.group("year"))


def day_number(match: Any, ordinals: Any) -> int:
    """The day of a date match: its digits, or its ordinal word ("ninth", "premier")."""
    if match.group("day"):
        return int(match.group("day"))
    return int(ordinals.get(fold(match.group("dayword")), 0))


def _read_iso(match, span, document, pats, last_day):
    month = int(match.group("m"))
    if not 1 <= month <= 12:
        return None
    return _calendar(match, span, document, pats, last_day, form="date", month=month,
                     day=int(match.group("day")), year_text=match.group("year"))


def _read_numeric(match, span, document, pats, last_day):
    first, second = int(match.group("a")), int(match.group("b"))
    day, month = (second, first) if pats.numeric_order == "mdy" else (first, second)
    if not 1 <= month <= 12:
        return None
    return _calendar(match, span, document, pats, last_day, form="date", month=month,
                     day=day, year_text=match.group("year"))


def _read_month_year(match, span, document, pats, last_day):
    month = _month_number(match.group("month"), pats)
    text = match.group("month")
    if month is None or pats.months_capitalised and text[0].islower():
        return None
    year = _year_of(match.group("year"), document.date)
    return TimeExpression(span, "DATE", tv.date_value(year, month, None), "month_year",
                          year=year, month=month, year_given=True, year_basis="written")


def _read_month(match, span, document, pats, last_day):
    text = match.group("month")
    month = _month_number(text, pats)
    if month is None or pats.months_capitalised and text[0].islower():
        return None
    direction = _direction(match, pats)
    before = match.string[max(0, span.start - 30):span.start]   # the folded prose
    if (fold(text) in pats.ambiguous_months or pats.months_capitalised and text[0].isupper()
            and _sentence_start(before)) and not direction and not pats.month_cue.search(before):
        return None
    reference = document.date
    if reference is None:   # "avril dernier" still needs the publication date; "in April" does not say
        return TimeExpression(span, "DATE", tv.date_value(None, month, None), "month", month=month,
                              relative=bool(direction))
    basis = "last/next word"
    if not direction:
        future = prospect(document, span.start, pats.locale)   # "would host its dinner in June"
        direction, basis = (1, "future tense") if future else (-1, "past or present tense")
    year = tv.nearest_month_year(month, reference, direction)
    return TimeExpression(span, "DATE", tv.date_value(year, month, None), "month", year=year,
                          month=month, relative=True, year_basis=basis)


def _future(document: "Document", text: str, span: Span, pats: TimePatterns) -> bool:
    """Whether the sentence around ``span`` speaks of the future (locale ``future_cues``);
    ``text``: the folded prose the match was found in."""
    sentence = document.sentence_index(span.start)
    if sentence is None:
        return False
    unit = document.sentences[sentence]
    return pats.future_cues.search(text, unit.start, unit.end) is not None


def _sentence_start(before: str) -> bool:
    stripped = before.rstrip()
    return not stripped or stripped[-1] in ".!?:\"«“\n"


def _read_dayword(match, span, document, pats, last_day):
    offset = pats.lookups["days"].get(fold(" ".join(match.group("rel").split())))
    if offset is None:
        return None
    return _relative_day(span, document, pats, int(offset), _group(match, "pod"), "dayword")


def _read_daypart(match, span, document, pats, last_day):
    key = fold(" ".join(match.group("rel").split()))
    part = pats.lookups["day_parts"].get(key)
    offset = pats.lookups["days"].get(key, -1 if part == "NI" else 0)
    return _relative_day(span, document, pats, int(offset), None, "dayword", part=part)


def _read_this_pod(match, span, document, pats, last_day):
    return _relative_day(span, document, pats, 0, match.group("pod"), "dayword")


def _relative_day(span, document, pats, offset, pod_text, form, *, part=None,
                  base=None) -> TimeExpression:
    reference = base if base is not None else document.date
    if pod_text:
        part = pats.lookups["parts_of_day"].get(fold(" ".join(pod_text.split())))
    if reference is None:
        return TimeExpression(span, "TIME" if part else "DATE", "XXXX-XX-XX", form, relative=True)
    date = reference + _dt.timedelta(days=offset)
    value = date.isoformat() + (f"T{part}" if part else "")
    return TimeExpression(span, "TIME" if part else "DATE", value, form, year=date.year,
                          month=date.month, day=date.day, date=date, relative=base is None,
                          year_basis="publication date" if base is None else "previous date")


def _read_weekday(match, span, document, pats, last_day):
    weekday = pats.weekdays.get(fold(match.group("wd")))
    if weekday is None:
        return None
    reference = document.date
    pod = _group(match, "pod")
    part = pats.lookups["parts_of_day"].get(fold(" ".join(pod.split()))) if pod else None
    kind = "TIME" if part else "DATE"
    if reference is None:
        return TimeExpression(span, kind, "XXXX-WXX-" + str(weekday + 1), "weekday",
                              weekday=weekday, relative=True)
    direction = _direction(match, pats)
    strict = direction != 0
    basis = "last/next word"
    if direction == 0:
        future = _future(document, match.string, span, pats)
        direction, basis = (1, "future tense") if future else (-1, "past or present tense")
    date = tv.weekday_date(weekday, reference, direction, strict=strict)
    value = date.isoformat() + (f"T{part}" if part else "")
    return TimeExpression(span, kind, value, "weekday", year=date.year, month=date.month,
                          day=date.day, weekday=weekday, date=date, relative=True,
                          year_basis=basis)


def _read_anchored(match, span, document, pats, last_day):
    offset = pats.lookups["anchored_days"].get(fold(" ".join(match.group("rel").split())))
    if offset is None:
        return None
    # counted from the last day told, else from publication (and said so in year_basis)
    fact = _relative_day(span, document, pats, int(offset), _group(match, "pod"),
                         "anchored", base=last_day)
    return fact


def _unit(match: Any, pats: TimePatterns) -> str | None:
    text = _group(match, "unit")
    return pats.lookups["units"].get(fold(" ".join(text.split()))) if text else None


def _number(text: str | None, pats: TimePatterns) -> float | None | str:
    """A count: digits, a number word, hyphenated words ("dix-huit"); None when vague."""
    if text is None:
        return 1
    cleaned = " ".join(text.split()).replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        pass
    value = pats.lookups["numbers"].get(fold(cleaned))
    if value is None and "-" in cleaned:
        parts = [pats.lookups["numbers"].get(fold(p)) for p in cleaned.split("-")]
        if all(isinstance(p, (int, float)) for p in parts):
            value = sum(parts)  # type: ignore[arg-type]
    if value is None or value == "X":
        return None
    return float(value)


def _read_rel_unit(match, span, document, pats, last_day):
    unit = _unit(match, pats)
    if unit not in ("W", "WE", "M", "Y", "Q"):
        return None
    direction = _direction(match, pats)
    reference = document.date
    if reference is None:
        return TimeExpression(span, "DATE", "XXXX", "rel_unit", relative=True, unit=unit)
    value = tv.shift(reference, "W" if unit == "WE" else unit, direction)
    if unit == "WE" and value:
        value += "-WE"
    return TimeExpression(span, "DATE", value or "XXXX", "rel_unit", relative=True, unit=unit,
                          amount=direction, year_basis="publication date")


def _read_ago(match, span, document, pats, last_day):
    unit = _unit(match, pats)
    amount = _number(match.group("n"), pats)
    reference = document.date
    if unit is None:
        return None
    if amount is None or reference is None or unit not in ("D", "W", "M", "Y"):
        return TimeExpression(span, "DATE", "PAST_REF", "ago", relative=True, direction="ago",
                              unit=unit, amount=amount)
    whole = int(amount)
    date = tv.shift_date(reference, unit, -whole)
    value = date.isoformat() if date else tv.shift(reference, unit, -whole)
    return TimeExpression(span, "DATE", value or "PAST_REF", "ago", date=date, relative=True,
                          direction="ago", unit=unit, amount=amount, year_basis="publication date")


def _read_ago_hedged(match, span, document, pats, last_day):
    """"more than thirty years ago", « il y a près de trente ans »: the count's unit and
    amount, a value at the unit's precision (the year, the month), and no day."""
    unit = _unit(match, pats)
    amount = _number(match.group("n"), pats)
    if unit is None:
        return None
    value = tv.shift(document.date, unit, -int(amount)) \
        if amount is not None and document.date is not None and unit in ("M", "Y") else None
    if match.start("n") > match.start("approx") == span.start:
        # "nearly a decade ago": the hedge before the count is the expression's modifier,
        # outside its TIMEX3 extent (what it bounds is read by the checks that need it)
        span = Span(match.start("n"), span.end)
    return TimeExpression(span, "DATE", value or "PAST_REF", "ago_hedged", relative=True,
                          direction="ago", unit=unit, amount=amount,
                          year_basis="publication date" if value else None)


def _read_later(match, span, document, pats, last_day):
    unit = _unit(match, pats)
    if unit is None:
        return None
    amount = _number(match.group("n"), pats)
    later = fold(" ".join(match.group("dir").split())) in pats.lookups["_later"]
    return TimeExpression(span, "DURATION", tv.duration(amount, unit), "shift",
                          direction="later" if later else "earlier", unit=unit, amount=amount)


def _read_following(match, span, document, pats, last_day):
    """"the following year", "le mois suivant" (locale ``following_units``): one unit
    later than the date told before, read as the shift "a year later" is."""
    unit = pats.lookups["following_units"].get(fold(" ".join(match.group("rel").split())))
    if unit is None:
        return None
    return TimeExpression(span, "DURATION", tv.duration(1, str(unit)), "shift", direction="later",
                          unit=str(unit), amount=1)


def _read_duration(match, span, document, pats, last_day):
    unit = _unit(match, pats)
    if unit is None:
        return None
    count = _group(match, "n") or ""
    if unit in ("S", "Q") and not count[:1].isdigit():
        return None  # "a second time", "about a quarter of": not durations
    amount = _number(count, pats)
    return TimeExpression(span, "DURATION", tv.duration(amount, unit), "duration", unit=unit,
                          amount=amount)


def _read_set(match, span, document, pats, last_day):
    unit = _unit(match, pats)
    if _group(match, "wd"):
        weekday = pats.weekdays.get(fold(match.group("wd")))
        return TimeExpression(span, "SET", f"XXXX-WXX-{weekday + 1}", "set")
    if unit is None:
        return None
    amount = _number(_group(match, "n"), pats) if _group(match, "n") else 1
    return TimeExpression(span, "SET", tv.duration(amount, unit), "set", unit=unit)


def _read_set_word(match, span, document, pats, last_day):
    value = pats.lookups["set_words"].get(fold(match.group("word")))
    return TimeExpression(span, "SET", str(value), "set") if value else None


def _read_year_prefixed(match, span, document, pats, last_day):
    year = int(match.group("year"))
    return TimeExpression(span, "DATE", f"{year:04d}", "year", year=year, year_given=True,
                          year_basis="written")


def _read_year(match, span, document, pats, last_day):
    year = int(match.group("year"))
    if pats.year_blocker.match(match.string, span.end):
        return None
    before = match.string[max(0, span.start - 30):span.start]   # the folded prose
    if year < 1900 and not pats.month_cue.search(before):
        return None
    return TimeExpression(span, "DATE", f"{year:04d}", "year", year=year, year_given=True,
                          year_basis="written")


def _read_decade(match, span, document, pats, last_day):
    digits = match.group("dec")
    if digits is None:
        short = match.group("dec2")
        if short is None:
            return None
        digits = "19" + short
    if len(digits) == 2:
        digits = "19" + digits
    return TimeExpression(span, "DATE", digits[:3] + "X", "decade")


def _read_season(match, span, document, pats, last_day):
    season = pats.lookups["seasons"].get(fold(match.group("season")))
    if season is None:
        return None
    if not match.group("cue") and not match.group("year") and not _group(match, "post"):
        return None
    year_text = match.group("year")
    if year_text:
        return TimeExpression(span, "DATE", f"{year_text}-{season}", "season", year_given=True,
                              year=int(year_text))
    reference = document.date
    if reference is None:
        return TimeExpression(span, "DATE", f"XXXX-{season}", "season")
    year = reference.year + _direction(match, pats)
    return TimeExpression(span, "DATE", f"{year}-{season}", "season", relative=True,
                          year_basis="publication date")


def _read_quarter(match, span, document, pats, last_day):
    quarter = pats.lookups["quarters"].get(fold(match.group("q")))
    if quarter is None:
        return None
    year = int(match.group("year")) if match.group("year") else None
    reference = document.date
    if year is None and reference is not None:
        year = reference.year
    prefix = f"{year:04d}" if year else "XXXX"
    return TimeExpression(span, "DATE", f"{prefix}-Q{quarter}", "quarter")


def _read_clock(match, span, document, pats, last_day):
    hour = int(match.group("h"))
    minute = int(match.group("min") or match.group("min2") or _group(match, "min3") or 0)
    ampm = _group(match, "ampm") or _group(match, "ampm3")
    if ampm:
        after_noon = " ".join(fold(ampm).split()) in pats.lookups["_pm"]
        if after_noon and hour < 12:
            hour += 12
        elif not after_noon and hour == 12:
            hour = 0
    elif not match.group("h").startswith("0"):
        hour = twelve_hour(document, span, hour, pats.locale)   # "3:30 on a Tuesday afternoon"
    if hour > 24:
        return None
    zone = ""
    if _group(match, "zone"):
        zone = str(pats.lookups["clock_zones"].get(fold(match.group("zone")), ""))
    return _clock(span, document, last_day, f"{hour:02d}:{minute:02d}{zone}")


def _read_clock_named(match, span, document, pats, last_day):
    value = pats.lookups["clock_named"].get(fold(match.group("named")))
    return _clock(span, document, last_day, str(value)) if value else None


def _clock(span, document, last_day, hhmm) -> TimeExpression:
    base = last_day or document.date
    prefix = base.isoformat() if base else "XXXX-XX-XX"
    basis = "previous date" if last_day else "publication date" if base else None
    return TimeExpression(span, "TIME", f"{prefix}T{hhmm}", "clock", date=base, year_basis=basis)


def _read_ref(match, span, document, pats, last_day):
    value = pats.lookups["refs"].get(fold(" ".join(match.group("ref").split())))
    return TimeExpression(span, "DATE", str(value), "ref") if value else None


_READERS = {
    "iso": _read_iso, "numeric": _read_numeric, "dmy": _read_dmy, "mdy": _read_dmy,
    "month_year": _read_month_year, "month": _read_month, "dayword": _read_dayword,
    "daypart": _read_daypart, "this_pod": _read_this_pod, "weekday": _read_weekday,
    "anchored": _read_anchored, "rel_unit": _read_rel_unit, "ago": _read_ago,
    "ago_hedged": _read_ago_hedged,
    "later": _read_later, "following": _read_following, "set": _read_set, "set_word": _read_set_word,
    "adj_duration": _read_duration, "duration": _read_duration,
    "year_prefixed": _read_year_prefixed, "decade": _read_decade, "season": _read_season,
    "quarter": _read_quarter, "clock": _read_clock, "clock_named": _read_clock_named,
    "ref": _read_ref, "year": _read_year,
}
