"""``check: speaker-before-introduction`` — a surname used before the full name that
introduces it comes later ("Bos said ..." two paragraphs before "Nick Bos, of ...").

Headlines are exempt (they use surnames by convention). The early mention must carry a
person cue of its own (a title, an inverted speech verb, or a speech verb when the name
does not open the sentence), so that a company named after its founder ("Ford has
announced ...") is not taken for the person.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ._speakers import FULL_FORMS, in_heading, persons

FIELDS = ("name", "full")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    pass


@dataclass(frozen=True)
class Evidence:
    mention: object
    intro: object


def collect(rule, document, facts) -> tuple[Evidence, ...]:
    """The first early mention with a person cue of each person introduced later.

    The story's quotes are asked for only when such a mention turns up, and then once:
    most stories have none, and the quote extractor costs as much as the people one, so a
    run of this rule alone need not pay for it."""
    found = []
    quotes = None
    for view in persons(facts):
        if view.intro is None:
            continue
        for m in view.mentions:
            if m.span.start >= view.intro.span.start:
                break
            if m.form in FULL_FORMS or m.form == "given":
                continue
            cues = set(m.cues)
            if not {"title", "speaker", "speech", "apposition", "role", "list"} & cues:
                continue
            if in_heading(document, m.span.start):
                continue
            if "speaker" not in cues:
                if quotes is None:
                    quotes = facts.get("quotes")
                if any(q.span.start <= m.span.start < q.span.end for q in quotes):
                    continue   # a name inside quoted words is the speaker's, not the story's
            found.append(Evidence(m, view.intro))
            break
    return tuple(found)


def judge(rule, evidence: Iterable[Evidence], document) -> Iterable:
    for item in evidence:
        yield rule.finding(document, item.mention.name_span,
                           fields={"name": item.mention.name, "full": item.intro.name},
                           related=[(item.intro.name_span, "introduced only here")],
                           suggestions=[item.intro.name])
