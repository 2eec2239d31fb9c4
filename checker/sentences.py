"""Sentence splitting tuned for news text.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis, after any closing quotes or
brackets, when whitespace follows and the next word starts like a sentence (capital,
digit, opening quote or dialogue dash). It does not end after an abbreviation or title
from the locale file (Mr., M., Mme, Dr.), after a single capital initial (J. K. Rowling),
inside a decimal (1.5, 1,5), or before a lower-case word ("etc. and", « …, a-t-il dit »).
A paragraph always ends its last sentence, so headlines and datelines need no stop.
A run of text with no sentence end is cut into sentences of at most ``MAX_SENTENCE``
characters (at a space when there is one): no real sentence is that long, and checks that
look back over a sentence would otherwise take quadratic time on a megabyte-long line.
Those characters are counted without carriage returns, so a file saved with CRLF line
endings is cut at the same words as the same file with LF.
"""
from __future__ import annotations

import functools
from typing import Iterable


from .speedups import pattern_cache

from .spans import Span

_BOUNDARY = pattern_cache.compile(
    r"(?:[.!?]+|…|\.\s?\.\s?\.)(?:[\"'”’)\]]|[ \u00a0\u202f]?[»”])*(?=\s+[\"'“‘«(\[—–]*\s*[\p{Lu}\p{N}¡¿])"
    r"|[\"”»](?=\s+[—–]\s)"
)
_WORD_BEFORE = pattern_cache.compile(r"([\p{L}\p{N}.\-]+)\Z")
MAX_SENTENCE = 3000


@functools.lru_cache(maxsize=32)
def _abbreviation_set(abbreviations: tuple[str, ...]) -> frozenset[str]:
    return frozenset(a.rstrip(".") for a in abbreviations)


# ASCII characters of _WORD_BEFORE's class: a run of them ends the window exactly as the
# pattern's match does unless a non-ASCII character (maybe a letter) comes before it.
_ASCII_WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-"
_CLOSERS = "\"'”’»)] \u00a0\u202f"


def _is_abbreviation(prose: str, stop: int, abbreviations: frozenset[str]) -> bool:
    """Whether the period at ``stop`` closes an abbreviation rather than a sentence."""
    window = prose[max(0, stop - 24):stop]
    head = window.rstrip(_ASCII_WORD)
    if head and not head[-1].isascii():
        match = _WORD_BEFORE.search(window)
        word = match.group(1).rstrip(".") if match else ""
    else:
        word = window[len(head):].rstrip(".")
    return _abbreviated(word, abbreviations)


def _abbreviated(word: str, abbreviations: frozenset[str]) -> bool:
    """Whether ``word`` (the letters before a period, its own periods stripped from the end)
    is an abbreviation or ends with an initial."""
    if not word:
        return False
    if word in abbreviations or word.split("-")[-1] in abbreviations:
        return True
    last = word.rsplit(".", 1)[-1]
    # A lone capital initial ("J. K. Rowling", "George W. Bush").
    return len(last) == 1 and last.isupper()


def split_sentences(prose: str, paragraphs: Iterable[Span],
                    abbreviations: tuple[str, ...] = ()) -> tuple[Span, ...]:
    """Sentence spans of each paragraph, trimmed of surrounding whitespace.

    Args:
        prose: the document's prose mask (same offsets as the text).
        paragraphs: paragraph spans; sentences never cross them.
        abbreviations: words that do not end a sentence when followed by a period.
    """
    abbrevs = _abbreviation_set(tuple(abbreviations))
    sentences: list[Span] = []
    add = sentences.append
    finditer = _BOUNDARY.finditer
    for paragraph in paragraphs:
        start = paragraph.start
        for match in finditer(prose, start, paragraph.end):
            stop, end = match.span()
            if prose[stop] == "." and len(prose[stop:end].rstrip(_CLOSERS)) == 1 \
                    and _is_abbreviation(prose, stop, abbrevs):
                continue
            # _append, inlined for the usual sentence (a few spaces to trim, not too long);
            # the boundary pattern leaves no space at the end of a match
            while start < end and prose[start].isspace():
                start += 1
            if end - start > MAX_SENTENCE:
                _append(prose, sentences, start, end)
            elif end > start:
                add(Span(start, end))
            start = end
        end = paragraph.end
        while start < end and prose[start].isspace():
            start += 1
        while end > start and prose[end - 1].isspace():
            end -= 1
        if end - start > MAX_SENTENCE:
            _append(prose, sentences, start, end)
        elif end > start:
            add(Span(start, end))
    return tuple(sentences)


def _skip(prose: str, start: int, count: int) -> int:
    """The offset ``count`` characters after ``start``, carriage returns not counted."""
    end = start + count
    extra = prose.count("\r", start, end)
    while extra:
        start, end = end, end + extra
        extra = prose.count("\r", start, end)
    return min(end, len(prose))


def _append(prose: str, sentences: list[Span], start: int, end: int) -> None:
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    while end - start - prose.count("\r", start, end) > MAX_SENTENCE:
        limit = _skip(prose, start, MAX_SENTENCE)
        cut = prose.rfind(" ", _skip(prose, start, MAX_SENTENCE // 2), limit)
        cut = cut if cut > start else limit
        _append(prose, sentences, start, cut)
        start = cut
        while start < end and prose[start].isspace():
            start += 1
    if end > start:
        sentences.append(Span(start, end))
