"""``check: unattributed-quote`` — a direct quote of a full sentence with nobody saying it.

A quote counts as attributed when the quotes extractor found its reporting clause (a
speaker, a pronoun, an organisation, a signature "— Name", a reporting verb whose subject
it could not read), when it continues a quote that has one, when the sentence before it
names who speaks ('X wrote:' and a block quote), when a speech verb stands in its own
paragraph (or the one before, for a quote opening its paragraph), or when it sits in an
interview ("Name: ..." turns). A speech verb two paragraphs away attributes nothing.
Short quotes (scare quotes, titles) are not reported.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

FIELDS = ("words",)
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``unattributed-quote`` rule.

    Args:
        min_words (int): shortest quotation (in words) that needs a speaker; shorter ones are
            scare quotes or titles.
    """
    min_words: int = 8


def collect(rule, document, facts) -> tuple[object, ...]:
    return tuple(q for q in facts.get("quotes")
                 if q.sentence and not q.attributed and q.words >= rule.params.min_words)


def judge(rule, evidence: Iterable[object], document) -> Iterable:
    for quote in evidence:
        yield rule.finding(document, quote.span, fields={"words": quote.words})
