"""Changes told as a multiple ("House prices have tripled since 2010", « Les loyers ont doublé
en dix ans »), for ``numbers.unsourced``.

Why: the quantities extractor reads digits and number words, and a change written as a
verb of multiplying ("doubled", "triplé", "divisé par deux") has neither, so a statistic
put that way escaped the source check that "rose 200% since 2010" meets. The verb alone
is often no statistic ("Lukaku doubled the lead", « a doublé son rival »): it is one when
the clause sets it against an earlier period, a "since" / « depuis », a year, or the
locale's ``numbers.claims.period_change`` words ("compared with", « en un an »).

Pure function, no state.
"""
from __future__ import annotations

import functools
from typing import Any, Iterator

import regex

from ..extractors.quantities import fold_fast
from ..spans import Span

_CLAUSE = regex.compile(r"[^,;:()«»\"“”]*")   # the rest of the verb's clause
_NEXT_WORD = regex.compile(r"\s+[\w'’]+")
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@functools.lru_cache(maxsize=16)
def _patterns(locale: Any) -> tuple[Any, Any, frozenset[str]] | None:
    """The locale's ``numbers.multiples`` as one pattern, its ``time.since`` words, and the
    verbs' opening letters; None when it has no multiples."""
    words = locale.words("numbers", "multiples")
    if not words:
        return None
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    since = locale.words("time", "since")
    since_alt = "|".join(regex.escape(fold_fast(w)) for w in sorted(since, key=len, reverse=True))
    # the first four letters of each verb, as written and capitalised: a cheap test first
    stems = frozenset(f(w[:4]) for w in words for f in (str.lower, str.capitalize))
    return (regex.compile(rf"(?<![\p{{L}}])(?:{alternation})(?![\p{{L}}])", regex.IGNORECASE),
            regex.compile(rf"(?<![\p{{L}}])(?:{since_alt})(?![\p{{L}}])") if since else None, stems)


def multiples(document: Any, locale: Any, period_change: Any, quoted: list[Span]) -> Iterator[tuple[int, Span]]:
    """(sentence index, span of the verb and what follows it in its clause) for each change
    told as a multiple of an earlier period; quotations are skipped (the quote sources
    them)."""
    patterns = _patterns(locale)
    if patterns is None:
        return
    verb, since, stems = patterns
    prose = document.prose
    if not any(stem in prose for stem in stems):
        return   # no multiple's stem at all (most stories): no scan of the whole text
    for match in verb.finditer(prose):
        if any(q.start <= match.start() < q.end for q in quoted):
            continue
        index = document.sentence_index(match.start())
        if index is None:
            continue
        clause = _CLAUSE.match(prose, match.end(), document.sentences[index].end)
        rest = clause.group() if clause else ""
        folded = fold_fast(rest)
        cues = [c for c in (_YEAR.search(rest), since.search(folded) if since is not None else None,
                            period_change.search(folded) if period_change is not None else None) if c]
        if cues:
            # the finding runs from the verb to the end of the first period cue, and the
            # word after a bare "since" ("tripled since 2010")
            end = min(c.end() for c in cues)
            following = _NEXT_WORD.match(rest, end)
            if following is not None and not _YEAR.search(rest[:end]):
                end = following.end()
            yield index, Span(match.start(), match.end() + end)
