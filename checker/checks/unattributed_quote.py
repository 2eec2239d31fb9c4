"""``check: unattributed-quote`` — a direct quote of a full sentence with nobody saying it.

A quote counts as attributed when the quotes extractor found its reporting clause (a
speaker, a pronoun, an organisation, a signature "— Name" on its line or the next,
"(Name, role)", a reporting verb whose subject it could not read), when it continues a
quote that has one (the next paragraph of one quote is reported with its first), when the
sentence before it names who speaks ('X wrote:' and a block quote, 'The ministry issued a
statement.') or the paragraph before is about someone, when a speech verb stands in its
own paragraph (or the one before, for a quote opening its paragraph), when the next
paragraph's first sentence reports and names ('So says Mayor X'), or when it sits in an
interview ("Name: ..." or "Q:"/"A:" turns). A speech verb two paragraphs away attributes
nothing. Short quotes (scare quotes, titles) are not reported.
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
