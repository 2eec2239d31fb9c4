"""The end of a range told as a finished past event: "L'enquête a été menée entre le 2
février et le 20 juillet", "The interviews were conducted from February 2 to July 20".
A survey carried out, a trial held, interviews conducted: the clause says the event is
over, so its end is not after the story ran (while "runs until July 20", "se poursuivra
jusqu'au 20 juillet" or "was extended until July 20" speak of an end to come).

Finished means: an auxiliary (``time.past_auxiliaries``, ``speakers.passive_auxiliaries``)
and a participle (a word with a ``participle_endings`` ending or an irregular past of
``past_cues``) in the clause before the range; the range's start, after a ``range_from``
word, is a written date not after publication; the end follows it through a ``range_to``
word, with no coordinator nor other date between the verb and the range ("inaugurée le 2
mai et se tient du 2 mai au 20 juin" tells two things). A clause that changes a date (``revision_verbs``: "prolongée", "extended") or sets
a period by decision (``period_verbs``: "fermée", "suspended") gives an end that may be to
come. The tense is read at the range's start (its end may open a
clause of its own: "and July 20"), and must be past: not a plan ("was due to run").
"""
from __future__ import annotations

import datetime as _dt
import functools
from typing import Any

import regex

from ..extractors.times import PAST, alternation, clause, tense
from ..speedups import pattern_cache
from ._timeline import preceded_by

_RANGE_START = 25     # characters from a range's start to the "to" of its end


@functools.lru_cache(maxsize=32)
def _patterns(path: str, locale: Any) -> tuple[Any, Any, Any]:
    """(an auxiliary and its participle, the "to" between a range's ends, a revision verb)."""
    words = functools.partial(locale.words, "time")
    auxiliaries = words("past_auxiliaries") + locale.words("speakers", "passive_auxiliaries")
    endings = "|".join(regex.escape(e) for e in sorted(words("participle_endings"), key=len, reverse=True))
    irregular = tuple(w for w in words("past_cues") if " " not in w)
    participle = r"(?:\p{Ll}{2,}(?:" + endings + r")" + (r"|" + alternation(irregular) if irregular else "") + r")"
    finished = pattern_cache.compile(r"(?<![\w'’])" + alternation(auxiliaries) + r"\s+(?:\p{L}+\s+)?(?!"
                                     + alternation(words("not_participles")) + r"(?!\w))" + participle
                                     + r"(?!\w)", regex.IGNORECASE)
    to = pattern_cache.compile(r"[\s,]*" + alternation(words("range_to")) + r"[\s,]*", regex.IGNORECASE)
    revisions = words("revision_verbs") + words("period_verbs")
    revised = pattern_cache.compile(r"(?<![\w'’])" + alternation(revisions) + r"(?!\w)", regex.IGNORECASE) \
        if revisions else None
    return finished, to, revised


def ends_finished_range(document, facts, times, index: int, latest: _dt.date) -> bool:
    """Whether ``times[index]`` closes a range opened by the time fact before it in a
    clause that tells a finished event, the range starting no later than ``latest``."""
    end, start = times[index], times[index - 1] if index else None
    if start is None or start.form not in ("date", "month_year") or end.span.start - start.span.end > _RANGE_START:
        return False
    finished, to, revised = _patterns(facts.locale.path, facts.locale)
    prose = document.prose
    if not to.fullmatch(prose, start.span.end, end.span.start) \
            or not preceded_by(document, facts, "range_from", start.span.start, window=15):
        return False
    if start.form == "date" and (start.date is None or start.date > latest) \
            or start.form == "month_year" and (start.year, start.month) > (latest.year, latest.month):
        return False
    bounds = clause(document, start.span.start, facts.locale)
    if bounds is None:
        return False
    low = bounds[0]
    if revised is not None and revised.search(prose, low, end.span.end):
        return False
    verb = None
    for verb in finished.finditer(prose, low, start.span.start):
        pass   # the last one: the range's own verb
    if verb is None or _joined(facts, prose, verb.end(), start.span.start) \
            or index >= 2 and verb.end() <= times[index - 2].span.start:
        return False   # "inaugurée le 2 mai et se tient du 2 mai au 20 juin": another verb's
    return tense(document, start.span.start, facts.locale, fact_end=start.span.end) == PAST


def _joined(facts, prose: str, start: int, end: int) -> bool:
    """Whether a coordinator stands between the verb and the range: the range is then
    another verb's ("a été inaugurée et se tient du 2 mai au 20 juin")."""
    words = facts.locale.words("speakers", "coordinators")
    return bool(words) and regex.search(r"(?<![\w'’])" + alternation(words) + r"(?![\w'’])",
                                        prose[start:end], regex.IGNORECASE) is not None
