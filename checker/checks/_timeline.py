"""Shared reading for the timeline check kinds: the publication date(s), the cue words
around a date, and weekday/month names for messages. No state is kept between calls."""
from __future__ import annotations

import datetime as _dt
import functools
from typing import TYPE_CHECKING, Any, Iterable

import regex

from ..speedups import pattern_cache
from ..extractors.times import alternation, cue_pattern

if TYPE_CHECKING:
    from ..document import Document
    from ..facts import Facts


def publication_dates(document: "Document", facts: "Facts") -> tuple[_dt.date, ...]:
    """Every publication date the story states: the document's (front matter, dateline or
    --date) and a dateline that disagrees with the front matter. Checks that call a date
    "after publication" require it to be after all of them, so a stale front-matter date
    never produces a false alarm."""
    if document.date is None:
        return ()
    dates = [document.date]
    if document.date_source == "front matter":
        found = dateline(document, facts)
        if found is not None and found[0] != document.date:
            dates.append(found[0])
    return tuple(dates)


def dateline(document: "Document", facts: "Facts") -> Any:
    """The story's dateline: (date, span) or None (``checker.dateline.find_dateline``), read
    once per document however many rules ask (kept by its ``Facts``)."""
    return facts.derived(_dateline)


def dateline_span(document: "Document", facts: "Facts") -> tuple[int, int] | None:
    """Where the dateline is: the day the story runs, not an event the story tells."""
    found = dateline(document, facts)
    return (found[1].start, found[1].end) if found else None


def _dateline(facts: "Facts") -> Any:
    from ..dateline import find_dateline
    document = facts.document
    return find_dateline(document.prose, tuple(document.paragraphs[:3]), facts.locale)


@functools.lru_cache(maxsize=32)
def apposed_gap(path: str, locale: Any) -> Any:
    """What may join a time expression to the date that spells it out: punctuation and one
    ``time.date_links`` word ("yesterday, on May 9", "Sunday night (March 3)", "il y a dix
    ans, en 2002"), after a ``demonstrative_suffixes`` one ("cette semaine-ci")."""
    links = alternation(locale.words("time", "date_links"))
    suffixes = locale.words("time", "demonstrative_suffixes")
    # "ce mois-ci, le 28 février": the suffix ends the relative words, not the gap
    suffix = r"(?:" + alternation(suffixes) + r")?" if suffixes else ""
    return pattern_cache.compile(suffix + r"[\s,(–—-]*(?:" + links + r"\s+)?", regex.IGNORECASE)


def source_note(document: "Document") -> str:
    """How the publication date was found, for messages: "2012-05-22 (dateline)"."""
    if document.date is None:
        return "unknown"
    return f"{document.date.isoformat()} ({document.date_source or 'given'})"


def preceded_by(document: "Document", facts: "Facts", key: str, start: int, *, window: int = 40) -> bool:
    """Whether the words just before ``start`` end with one of the ``time.<key>`` cues,
    inside the same sentence."""
    low = max(0, start - window)
    sentence = document.sentence_index(start)
    if sentence is not None:
        low = max(low, document.sentences[sentence].start)
    return cue_pattern(facts.locale, key).search(document.prose[low:start]) is not None


def named_after(document: "Document", facts: "Facts", key: str, start: int) -> bool:
    """Whether the date at ``start`` names the thing a ``time.<key>`` cue points to: "après
    le débat de 17 h", "before the meeting of May 3", "followed the debate at 17:00" (cue,
    article, one noun, a ``noun_links``, ``date_links`` or ``clock_cues`` word, the date)."""
    return _named_after(facts.locale.path, facts.locale, key).search(
        document.prose[max(0, start - 40):start]) is not None


@functools.lru_cache(maxsize=64)
def _named_after(path: str, locale: Any, key: str) -> Any:
    words = lambda k: locale.words("time", k)  # noqa: E731
    return pattern_cache.compile(
        r"(?<!\w)" + alternation(words(key)) + r"\s+" + alternation(words("date_articles") + words("unit_articles"))
        + r"\s*[\p{L}-]+\s+" + alternation(words("noun_links") + words("date_links") + words("clock_cues"))
        + r"\s*$", regex.IGNORECASE)


def followed_by(document: "Document", facts: "Facts", key: str, end: int, *, window: int = 30,
                exact: bool = False) -> Any:
    """The match of a ``time.<key>`` cue starting right after ``end``, or None. ``exact``:
    only the cue as written, accents included (the range's "à" is not the verb "a")."""
    found = cue_pattern(facts.locale, key, at_end=False).match(document.prose[end:end + window])
    if found is None or not exact:
        return found
    written = " ".join(found.group().split()).lower()
    return found if written in {" ".join(w.split()).lower() for w in facts.locale.words("time", key)} else None


def weekday_name(weekday: int, lang: str) -> str:
    import babel.dates
    try:
        return babel.dates.get_day_names("wide", locale=lang)[weekday]
    except Exception:  # an unknown Babel locale: fall back to English
        return babel.dates.get_day_names("wide", locale="en")[weekday]


def long_date(date: _dt.date, lang: str) -> str:
    import babel.dates
    try:
        return babel.dates.format_date(date, "long", locale=lang)
    except Exception:
        return date.isoformat()


def same_sentence(document: "Document", a: int, b: int) -> bool:
    first, second = document.sentence_index(a), document.sentence_index(b)
    return first is not None and first == second


def in_order(items: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(sorted(items, key=lambda f: f.span))
