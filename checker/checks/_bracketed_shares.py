"""A part's share given in brackets after its count, then told again as a share of a
definite subject: "the scheme will have 112 social homes (35%)" ... "Social housing will
make up a quarter of the scheme", « 112 logements sociaux (35 %) » ... « Les logements
sociaux représenteront un quart du programme ».

Why apart: ``_share_of_whole`` computes a subject's share from two counts, and the
fraction rule pairs a fraction with a percentage "of" the same whole; a bracketed share
names no whole, so neither saw that the story gives the part's share twice. The subject
(``_share_of_whole.subject_verb``: a determiner, a noun and a share verb) names the part
with every word of the count's noun phrase ("the social homes", « les logements sociaux »;
« les logements neufs » are others); the two shares must agree
within a sixth of the larger (a fifth when the later one is hedged), as a fraction and a
percentage do.

Pure functions, no state: ``figure_conflict`` calls ``bracket_conflicts``.
"""
from __future__ import annotations

from typing import Any, Callable

import regex

from ._share_of_whole import told_subject

_OPEN = regex.compile(r"\s*\(\s*$")
_WORD = regex.compile(r"[^\W\d_][\w'’\-]*")
_PHRASE = regex.compile(r"(?:\s+[^\W\d_][\w'’\-]*){1,3}")


def any_bracketed(quantities: list[Any], text: str) -> bool:
    """Does some percentage open a bracket ("(35 %)")? Most stories give none."""
    return any(q.unit == "%" and _OPEN.search(text, max(0, q.span.start - 40), q.span.start)
               for q in quantities)


def bracket_conflicts(quantities: list[Any], document: Any, shares: list[Any], pattern: Any,
                      stem: Callable[[str], str]) -> list[tuple[Any, Any, str]]:
    """(later share, bracketed share, note) for each subject share that disagrees with the
    share its part was given in brackets."""
    text = document.text
    counts = [q for q in quantities if q.kind == "count" and q.noun is not None]
    bracketed: dict[str, list[Any]] = {}
    for q in quantities:
        if q.unit != "%" or q.kind != "share" or q.high is not None or q.sentence < 0:
            continue
        opening = _OPEN.search(text, max(0, q.span.start - 40), q.span.start)
        if opening is None:
            continue
        # the count whose noun phrase runs up to the bracket ("112 logements sociaux (")
        before = [c for c in counts if c.span.end <= opening.start()]
        count = before[-1] if before and _PHRASE.fullmatch(text, before[-1].span.end, opening.start()) else None
        if count is None:
            continue
        words = [stem(w) for w in _WORD.findall(text, count.span.end, opening.start())]
        if words:
            bracketed.setdefault(words[0], []).append((q, frozenset(words)))
    if not bracketed or pattern is None:
        return []
    found = []
    for share in shares:
        told = told_subject(document, share, pattern)
        if told is None:
            continue
        index = document.sentence_index(share.start)
        named = {stem(w) for w in _WORD.findall(told.group())}
        for q, words in bracketed.get(stem(told.group("subject")), ()):
            if q.sentence == index or not words <= named:
                continue   # the subject names the part as fully as the bracket did, or another
            allowed = max(q.value, share.value) * (0.2 if share.hedged else 1 / 6)
            if abs(q.value - share.value) > allowed:
                found.append((share, q, f"'{text[share.start:share.end]}' is about {share.value:.0f}%, "
                                        f"not {q.value:,.12g}%"))
                break
    return found
