"""Where name candidates begin: the name pattern's matches, found without running it
at every position of a story.

``_matches`` gives what ``pats.candidate.finditer`` gives over each paragraph (an
optional title, a chain of capitalised words); ``candidates`` in ``_candidates``
reads the cues around each. Split from that module (issue 7) so each stays readable:
this one is the scan, the other what is made of its matches.
"""
from __future__ import annotations

import bisect
import functools
import unicodedata
from typing import Iterator

from ...speedups import pattern_cache
from ._patterns import PersonPatterns

_WORD_AT = pattern_cache.compile(r"[\p{L}\p{M}]+")
# a word opening with a capital: where most candidates begin
_CAPITAL_WORD = pattern_cache.compile(r"(?<![\p{L}\p{M}\p{N}-])\p{Lu}[\p{L}\p{M}]*")
# the same on ASCII text (where letters, marks and numbers are these), with ASCII classes:
# 1.4 times faster than the Unicode properties
_CAPITAL_WORD_ASCII = pattern_cache.compile(r"(?<![A-Za-z0-9-])[A-Z][A-Za-z]*")


def _matches(prose: str, pats: PersonPatterns,
             paragraphs) -> Iterator[tuple[int, int, str, int, int, int, tuple | None]]:
    """``pats.candidate.finditer`` over each paragraph, as (p_start, p_end, title,
    title start, name start, name end, chain); title "" and title start -1 when there is
    none; chain (the name's (start, end) tokens and their words, what ``_split_tokens``
    would give) when the name is a chain of plain words read without the pattern, else None.

    A candidate can only begin at a capital opening a word or at one of the lower-case
    openings in ``pats.lead_literals`` (not right after a letter or a hyphen: the
    pattern's look-behind); those places are found with one cheap pattern and
    ``str.find``, and the full pattern is tried only there (leftmost first, no overlap:
    the same matches as scanning every position, in a third of the time). A plain word
    that nothing continues is the whole match, and is not matched at all."""
    capital_word = _CAPITAL_WORD_ASCII if prose.isascii() else _CAPITAL_WORD
    words = {m.start(): m.group() for m in capital_word.finditer(prose)}
    starts = list(words)
    starts += _lead_starts(prose, pats)
    starts.sort()
    full, plain = pats.candidate.match, pats.plain.match
    skip, title_heads = pats.skip_words, pats.title_heads
    stops = _stops(pats)
    firsts = _continuer_firsts(pats)
    continuers = pats.continuers
    for paragraph in paragraphs:
        p_start, p_end = paragraph.span.start, paragraph.span.end
        cursor = p_start
        for i in range(bisect.bisect_left(starts, p_start), len(starts)):
            at = starts[i]
            if at >= p_end:
                break
            if at < cursor:
                continue
            word = words.get(at)
            if word is None or at + len(word) > p_end:
                found = _WORD_AT.match(prose, at, p_end)
                word = found.group() if found else ""
            end = at + len(word)
            # ``_ends_alone``, inlined for the common cases
            ends = alone = True
            space = False   # a space follows the word (so no digit does)
            if end < p_end:
                char = prose[end]
                if char in " \t\u00a0":
                    space = True
                    # ``_ends_alone``, inlined when one letter follows the space
                    following = prose[end + 1] if end + 1 < p_end else " "
                    if following in " \t\u00a0":
                        ends = alone = _ends_alone(prose, end, p_end, pats)
                    elif following.isupper():
                        ends = alone = False
                    elif following in firsts:
                        # ``_ends_alone`` past the one space: a particle ("de") continues
                        found = _WORD_AT.match(prose, end + 1, min(p_end, end + 40))
                        ends = alone = not (found and found.group() in continuers)
                elif char in "-'’.":
                    alone = False
                    # yet "Smith." or "Smith's" end the chain as other punctuation does,
                    # unless the word is an initial ("J.") or a capital follows ("O'Brien")
                    if char not in stops:
                        ends = False
                    elif char == ".":
                        ends = len(word) > 1
                    else:
                        after = prose[end + 1:end + 2] if end + 1 < p_end else ""
                        ends = not after or not (after.isupper() if after.isascii()
                                                 else unicodedata.category(after) == "Lu")
            if alone and word in skip:
                continue   # "The", "Mais": the candidate would be that word alone, dropped
            if ends and at in words and word not in title_heads \
                    and (word.isascii() or _simple(word)) \
                    and (space or not _numeric(prose[end:end + 1])):
                # a plain capitalised word that nothing continues: the pattern would match
                # exactly that word, so no need to run it
                yield p_start, p_end, "", -1, at, end, None
                cursor = end
                continue
            if not ends and at in words and word not in title_heads \
                    and (word.isascii() or _simple(word)):
                tokens, texts = [(at, end)], [word]
                chain = _plain_chain(prose, end, p_end, words, pats, stops, tokens, texts)
                if chain != -1:   # "Barack Obama": the same match, without the pattern
                    yield p_start, p_end, "", -1, at, chain, (tokens, texts)
                    cursor = chain
                    continue
            # no title can start on a word that no title starts with: skip that alternation
            m = (full if word in title_heads else plain)(prose, at, p_end)
            if m:
                yield p_start, p_end, m.group("title") or "", m.start("title"), *m.span("name"), \
                    None
                cursor = m.end()


def _lead_starts(prose: str, pats: PersonPatterns) -> list[int]:
    """Every place a literal of ``pats.lead_literals`` occurs in ``prose`` after neither a
    letter nor a hyphen, in no particular order.

    The literals that are letters and a hyphen ("al-", "ibn-") are found from the
    story's hyphens (a handful) instead of a scan of the whole story per literal: an
    occurrence of "al-" is a hyphen with "al" right before it. The others are found
    with ``str.find``."""
    prefixes, lengths, others = _hyphen_leads(pats)
    capital_next = _capital_next(pats)
    starts = []
    for literal in others:
        at = prose.find(literal)
        if literal in capital_next:
            size = len(literal)
            while at != -1:
                after = prose[at + size:at + size + 1]
                if (not at or not (prose[at - 1].isalpha() or prose[at - 1] == "-")) \
                        and not (after.isascii() and not "A" <= after <= "Z"):
                    starts.append(at)
                at = prose.find(literal, at + 1)
            continue
        while at != -1:
            if not at or not (prose[at - 1].isalpha() or prose[at - 1] == "-"):
                starts.append(at)
            at = prose.find(literal, at + 1)
    if prefixes:
        hyphen = prose.find("-")
        while hyphen != -1:
            for length in lengths:
                at = hyphen - length
                if at >= 0 and prose[at:hyphen] in prefixes \
                        and (not at or not (prose[at - 1].isalpha() or prose[at - 1] == "-")):
                    starts.append(at)
            hyphen = prose.find("-", hyphen + 1)
    return starts


@functools.lru_cache(maxsize=16)
def _hyphen_leads(pats: PersonPatterns) -> tuple[frozenset[str], tuple[int, ...], tuple[str, ...]]:
    """``pats.lead_literals`` split for ``_lead_starts``: the letters before the hyphen of
    each letters-and-hyphen literal, their lengths, and the other literals."""
    prefixes = frozenset(w[:-1] for w in pats.lead_literals
                         if len(w) > 1 and w[-1] == "-" and w[:-1].isalpha())
    others = tuple(w for w in pats.lead_literals if w[:-1] not in prefixes or w[-1:] != "-")
    return prefixes, tuple(sorted({len(w) for w in prefixes})), others


@functools.lru_cache(maxsize=16)
def _capital_next(pats: PersonPatterns) -> frozenset[str]:
    """Lead literals that are letters and an apostrophe ("d'"): the name pattern matches
    where one starts only as an apostrophe particle before a capital ("d'Arc"), so a start
    followed by an ASCII character that is no capital ("d'un") can be left out. Empty
    when some particle holds an apostrophe itself (then another form could start there)."""
    if any("'" in w or "’" in w for w in pats.continuers):
        return frozenset()
    return frozenset(w for w in pats.lead_literals
                     if len(w) > 1 and w[-1] in "'’" and w[:-1].isalpha()
                     and w[:-1] not in pats.title_heads and w[:-1] in pats.continuers)


def _plain_chain(prose: str, end: int, p_end: int, words: dict[int, str],
                 pats: PersonPatterns, stops: str, tokens: list[tuple[int, int]],
                 texts: list[str]) -> int:
    """Where the name pattern's match ends when the plain word ending at ``end`` is
    followed by spaces and more plain capitalised words ("Barack Obama"), each ending
    the way ``_matches`` lets a lone word end; -1 when anything else shows up (an
    initial, a particle, a hyphen, a digit...) and only the pattern can tell. Each word
    read is added to ``tokens`` (start, end) and ``texts``."""
    while True:
        at = end
        while at < p_end and prose[at] in " \t\u00a0":
            at += 1
        if at == end or at >= p_end:
            return -1
        word = words.get(at)
        if word is None or at + len(word) > p_end or word in pats.continuers \
                or not (word.isascii() or _simple(word)):
            return -1
        end = at + len(word)
        tokens.append((at, end))
        texts.append(word)
        if end >= p_end:
            return end
        char = prose[end]
        if char in " \t\u00a0":
            # ``_ends_alone``, inlined when one letter follows the space
            following = prose[end + 1] if end + 1 < p_end else " "
            if following in " \t\u00a0":
                if _ends_alone(prose, end, p_end, pats):
                    return end
            elif following.isupper():
                pass
            elif following not in _continuer_firsts(pats):
                return end
            else:
                found = _WORD_AT.match(prose, end + 1, min(p_end, end + 40))
                if not (found and found.group() in pats.continuers):
                    return end
            continue   # a capital or a particle follows: one more word, or the pattern
        if char in "-'’.":
            if char not in stops:
                return -1
            if char == ".":
                return end if len(word) > 1 else -1
            after = prose[end + 1:end + 2] if end + 1 < p_end else ""
            upper = bool(after) and (after.isupper() if after.isascii()
                                     else unicodedata.category(after) == "Lu")
            return -1 if upper else end
        return -1 if _numeric(char) else end


_NAME_LETTERS = frozenset(("Lu", "Ll", "Mn", "Mc", "Me"))


@functools.lru_cache(maxsize=1 << 12)
def _simple(word: str) -> bool:
    """Every letter of ``word`` is one the name pattern's words are made of (upper or
    lower case, or a mark): the pattern matches all of it."""
    return all(unicodedata.category(c) in _NAME_LETTERS for c in word)


@functools.lru_cache(maxsize=16)
def _stops(pats: PersonPatterns) -> str:
    """The marks among ".'’" that end a name chain after a word (short of the exceptions
    ``_matches`` tests): all three when every particle is letters only, so that none can
    take the mark into a token ("St.-Pierre"), else none."""
    return ".'’" if all(w.isalpha() for w in pats.continuers) else ""


def _numeric(c: str) -> bool:
    """``c`` (one character or "") is a number character (\\p{N})."""
    return c.isdigit() if c.isascii() else unicodedata.category(c)[0] == "N"


def _ends_alone(prose: str, end: int, p_end: int, pats: PersonPatterns) -> bool:
    """Nothing after ``prose[:end]`` can continue a name chain: no hyphen, apostrophe or
    period, and no capital or particle after the spaces."""
    if end >= p_end:
        return True
    if prose[end] in "-'’.":
        return False
    if prose[end] not in " \t\u00a0":
        return True
    window = prose[end:min(p_end, end + 40)]
    rest = window.lstrip(" \t\u00a0")
    if not rest:
        return end + len(window) >= p_end
    if rest[0].isupper():
        return False
    if rest[0] not in _continuer_firsts(pats):
        return True   # a continuer would start with one of these letters
    following = _WORD_AT.match(rest)
    return not (following and following.group() in pats.continuers)


@functools.lru_cache(maxsize=16)
def _continuer_firsts(pats: PersonPatterns) -> frozenset[str]:
    return frozenset(w[:1] for w in pats.continuers)
