"""One event told by its verb on two days. "The Town Council voted 5-2 on Monday night to
build ..." in the lead of a story dated Wednesday, then "Council member Rick Haugen, who
voted against the plan yesterday, said ...": yesterday is Tuesday, the vote was Monday, and
one of the two days is wrong; « Le conseil municipal a voté lundi soir » ... « M. Haugen,
qui a voté contre hier ».

The event is one the locale names with the verbs that tell it (``time.event_verbs``, and
the words of the noun's own stem: a vote is voted, a hearing is appeared at); a clause
tells it when it holds one of them (``_day_events.tells``). The pair is held only when the
story tells that event on exactly two days, both past: the first in its lead, the second
in a later sentence, as what a person named there did ("Haugen, who voted ...": a member's
part in the body's vote; another body's vote, "The planning board voted Thursday", is
another event), and neither clause says the event came again ("voted again", « a de
nouveau voté »: ``time.repeat_cues``). A vote to come ("will vote again on Thursday") is
a third telling or a day after publication: quiet. Read for ``after-publication``.
"""
from __future__ import annotations

from typing import Any, Iterator

from ..extractors.times import clause, word_pattern
from ._day_events import LEAD, RELATIVE_DAYS, event_verbs, stem_endings, tells


def told_twice(document, facts, times) -> Iterator[tuple[Any, Any, str]]:
    """(the later relative day, the lead's day, the event's noun) that date one event on
    two days."""
    if document.date is None:
        return
    table = event_verbs(facts.locale)
    placed = [f for f in times if f.date is not None and (f.form in RELATIVE_DAYS or f.form == "date"
                                                          and f.day is not None)]
    if len(placed) < 2 or not table:
        return
    # the later telling first: a past relative day, a person's (few stories have one, and
    # only the events it tells need the whole story read)
    later_days = [f for f in placed if f.form in RELATIVE_DAYS and f.relative and f.date <= document.date
                  and _a_person_did(document, facts, f)]
    if not later_days:
        return
    endings = stem_endings(facts.locale)
    for head, verbs in table.items():
        if not any(tells(document, facts, f, head, verbs, endings) for f in later_days):
            continue
        telling = [f for f in placed if tells(document, facts, f, head, verbs, endings)]
        if len(telling) != 2:
            continue   # one event only: told on two days, no third
        first, later = telling
        if first.date == later.date or later not in later_days or first.date > document.date:
            continue
        lead = document.paragraph_index(first.span.start)
        here, there = document.sentence_index(first.span.start), document.sentence_index(later.span.start)
        if lead is None or lead >= LEAD or here is None or there is None or there <= here:
            continue
        if _again(document, facts, first) or _again(document, facts, later):
            continue
        yield later, first, head


def _again(document, facts, fact) -> bool:
    """Whether the clause of ``fact`` says its event came again (``time.repeat_cues``)."""
    pattern = word_pattern(facts.locale.words("time", "repeat_cues"))
    bounds = clause(document, fact.span.start, facts.locale)
    return pattern is not None and bounds is not None and pattern.search(document.prose, *bounds) is not None


def _a_person_did(document, facts, fact) -> bool:
    """Whether a person the story names stands before ``fact`` in its sentence: the later
    telling is that person's part in the event."""
    index = document.sentence_index(fact.span.start)
    if index is None:
        return False
    start = document.sentences[index].start
    return any(start <= m.span.start < fact.span.start for m in facts.get("people"))
