"""A vote's tally against those who could cast it: "approved by 27 votes to 12, with 4
abstentions, among the 41 councillors present" counts 43 ballots from 41 voters. Each
member present votes once (for, against, or abstains), so the tally cannot add up to more
than the members present or voting that the sentence gives.

The locale says how a tally is written: ``numbers.vote_nouns`` ("votes", "voix") and
``numbers.vote_verbs`` ("voted") for the votes in favour, ``numbers.vote_against`` ("to",
"against", "contre") before or after the count against, ``numbers.abstention_nouns``, and
the words that make a count the voters: after it (``numbers.voters``: "present", "voting",
"présents", "votants") or before it in the tally's sentence (``numbers.vote_whole``: "out
of", "sur les"). A whole of votes cast (``numbers.votes_cast``: "46 votes cast", "46
suffrages exprimés") counts no abstentions. Members of a body with no such word ("in a
chamber of 650 members") say nothing of who voted, and are left alone.

Pure functions, no state: ``figure_conflict`` calls ``tally_conflicts``.
"""
from __future__ import annotations

import functools
from typing import Any

import regex

from ..extractors.quantities import fold_fast

_WORDS = regex.compile(r"[^\W\d_][\w'’\-]*")
_STOP = regex.compile(r"[,;:.()\[\]]\s|[,;:()\[\]]|\d")


@functools.lru_cache(maxsize=16)
def _cues(locale: Any) -> tuple[frozenset[str], ...]:
    words = lambda key: frozenset(fold_fast(w) for w in locale.words("numbers", key))  # noqa: E731
    be = frozenset(fold_fast(w) for w in locale.words("speakers", "passive_auxiliaries"))
    phrases = sorted(locale.words("numbers", "vote_whole"), key=len, reverse=True)
    alternation = "|".join(regex.escape(p).replace("\\ ", r"\s+") for p in phrases)
    whole = regex.compile(rf"(?<!\w)(?:{alternation})\s+$", regex.IGNORECASE) if phrases else None
    return (words("vote_nouns"), words("vote_verbs"), words("vote_against"), words("abstention_nouns"),
            words("voters"), be, whole, words("votes_cast"))


def _after(q: Any, text: str, count: int) -> list[str]:
    """The first ``count`` words after the figure's number, its noun included, folded, up to
    the next punctuation or figure ("12, with 2 abstentions": none)."""
    stop = _STOP.search(text, q.number.end, q.number.end + 40)
    return [fold_fast(w) for w in _WORDS.findall(text, q.number.end, stop.start() if stop else q.number.end + 40)[:count]]


def _tally(figures: list[Any], text: str, cues: tuple[frozenset[str], ...]) -> list[Any]:
    """The figures of one tally in a sentence: the votes for (the first count of votes, or of
    members who voted: "31 voted", "31 ont voté"), the count against linked to them ("to 12",
    "12 contre", "14 voted against") and the abstentions ("3 abstentions", "3 abstained", "3
    se sont abstenus"); empty unless both the votes for and against are there."""
    votes, verbs, against, abstentions = cues[:4]
    tally: list[Any] = []
    opposed = None
    for i, q in enumerate(figures):
        words = _after(q, text, 3)
        if any(q is t for t in tally):
            continue
        if abstentions & set(words):
            tally.append(q)
        elif opposed is None and (words[:1] and words[0] in votes or verbs & set(words[:2])):
            tally.append(q)
            opposed = next((o for o in figures[i + 1:] if _against(q, o, text, against)), False)
            if opposed:
                tally.append(opposed)
    return tally if opposed else []


def _against(q: Any, other: Any, text: str, against: frozenset[str]) -> bool:
    """Is ``other`` the count against ``q``: a few words after it, with a word of opposition
    right before it or among the two after it ("by 27 votes to 12", "27 voix pour, 12
    contre", "14 voted against")?"""
    gap = _WORDS.findall(text, q.span.end, other.span.start)
    if len(gap) > 5:
        return False
    return bool(gap and fold_fast(gap[-1]) in against and (other.noun is None or _pair(other))
                or against & set(_after(other, text, 2)))


def _voters(q: Any, text: str, voters: frozenset[str], be: frozenset[str], whole: Any) -> bool:
    """Does the count name the members who could vote: "41 votants", "41 councillors
    present", "46 élus étaient présents", or the whole the tally is taken from in its
    sentence ("out of 46 members", "sur les 46 membres"; ``numbers.vote_whole``)? Not "two
    independents in voting for the bill", where the word says what they did."""
    words = _after(q, text, 3)
    if voters & set(words[:2]) or len(words) == 3 and words[1] in be and words[2] in voters:
        return True
    return whole is not None and whole.search(text, max(0, q.span.start - 20), q.span.start) is not None


def _voted(q: Any, document: Any, cues: tuple[Any, ...]) -> bool:
    """Does the figure's sentence speak of a vote (a word of ``vote_nouns``, ``vote_verbs``
    or ``abstention_nouns``)? A split like a score ("31-14") is a tally only then."""
    sentence = document.sentences[q.sentence]
    words = {fold_fast(w) for w in _WORDS.findall(document.text, sentence.start, sentence.end)}
    return bool(words & (cues[0] | cues[1] | cues[3]))


def _pair(q: Any) -> bool:
    """"14 et 3 abstentions", "14 and 3 abstentions": two counts read as one figure (its
    second value below its first), the votes against and the abstentions; and a split vote
    written like a score ("carried 31-14"): the votes for and against."""
    return q.high is not None and (q.high < q.value or q.exempt == "score")


def _value(q: Any) -> float:
    return q.value + q.high if _pair(q) else q.value


def tally_conflicts(quantities: list[Any], document: Any, locale: Any) -> list[tuple[Any, Any, str]]:
    """(first figure of the tally, the voters, note) for each sentence whose tally adds up
    to more than the members present or voting it gives."""
    cues = _cues(locale)
    votes, voters = cues[0], cues[4]
    if not votes or not voters:
        return []
    text = document.text
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        if q.sentence >= 0 and q.kind in ("count", "number") and q.unit is None and q.exempt in (None, "score"):
            by_sentence.setdefault(q.sentence, []).append(q)
    found = []
    for index, all_figures in by_sentence.items():
        figures = [q for q in all_figures if q.exempt is None]
        tally = _tally(figures, text, cues)
        split = [q for q in all_figures if q.exempt == "score" and q.high is not None][:1]
        if not tally and split and _voted(all_figures[0], document, cues):
            # "The motion was carried 31-14, with 3 abstentions": the split and the abstentions.
            tally = split + [q for q in figures if cues[3] & set(_after(q, text, 3))]
        if not tally:
            continue
        # The members present are given in the tally's sentence, or in the one before or after
        # it ("Forty-six councillors were present. The budget passed by 31 votes to 14").
        wholes = figures + by_sentence.get(index - 1, []) + by_sentence.get(index + 1, [])
        for whole in wholes:
            if whole in tally or whole.approximate or whole.high is not None or whole.exempt is not None:
                continue
            if not _voters(whole, text, voters, cues[5], cues[6] if whole.sentence == index else None):
                continue
            # "out of 46 votes cast", "sur 46 suffrages": abstentions are no votes cast.
            cast = bool(cues[7] & set(_after(whole, text, 1)))
            added = sum(_value(q) if not cast else q.value for q in tally
                        if not (cast and cues[3] & set(_after(q, text, 3))))
            if added > whole.value and not any(q.approximate and not _pair(q) for q in tally):
                found.append((tally[0], whole, f"the votes add up to {added:,.12g}"))
            break
    return found
