"""Capitalised name candidates and the cues that say whether each is a person.

A candidate is an optional title plus a chain of capitalised words ("M. Hamdane",
"President Barack Obama", "Khalil Hamdane"). Its cues come from the words around it:
a title, a role noun before it, an apposition after it, a speech verb next to it, an
interview label. Negative signs (an organisation word inside, a determiner before it, an
acronym) mark it as a thing rather than a person. Clustering happens in ``people.py``.
"""
from __future__ import annotations

import bisect
import functools
import unicodedata
from typing import Any, Iterator, NamedTuple

import regex

from .. import _regex_cache

from ..document import Document
from ..locales import Locale
from ._person_patterns import PersonPatterns, fold_word as fold

_WINDOW = 70
_INITIALS = _regex_cache.compile(r"(?:\p{Lu}\.-?)+")
_CLAUSE_END = _regex_cache.compile(r"[,.;:!?()«»“”\"]")
# the last word before a name and the spaces after it (searched right to left)
_TAIL = _regex_cache.compile(r"(?P<word>[\p{L}\p{M}]*)(?P<sep>[ \t\u00a0]*)$", regex.REVERSE)
# the last clause boundary before a comma (searched right to left), and words
_PUNCT_BACK = _regex_cache.compile(r"[,.;:!?\n«»“”\"]", regex.REVERSE)
_LETTER_RUNS = _regex_cache.compile(r"[\p{L}\p{M}]+")
_WORD_AT = _regex_cache.compile(r"[\p{L}\p{M}]+")
# a word opening with a capital: where most candidates begin
_CAPITAL_WORD = _regex_cache.compile(r"(?<![\p{L}\p{M}\p{N}-])\p{Lu}[\p{L}\p{M}]*")
# the same on ASCII text (where letters, marks and numbers are these), with ASCII classes:
# 1.4 times faster than the Unicode properties
_CAPITAL_WORD_ASCII = _regex_cache.compile(r"(?<![A-Za-z0-9-])[A-Z][A-Za-z]*")
# the first word after a name, past an optional comma
_HEAD = _regex_cache.compile(r",?[ \t\u00a0]+([\p{L}\p{M}]+)")
_FOLLOWED = _regex_cache.compile(r"[ \t]+(?:\p{Lu}|\p{Ll}+[ \t]+\p{Lu})")


class Candidate(NamedTuple):
    """A capitalised chain with its cues (a named tuple: thousands are built per story,
    and a tuple is built several times faster than a frozen dataclass).

    Args:
        start / end: the whole candidate, title included.
        tokens: (start, end) of each capitalised name word (particles and initials left out).
        words: the text of each token.
        title: the title word as written ("M", "président"), or "".
        cues: why this may be a person: title, role, apposition, speech, speaker, label
            (title and speaker only until ``complete`` adds the others).
        negative: an organisation word, determiner or acronym says it is not a person
            (when a word of its own says so, ``candidates`` reads nothing around it:
            no cues, sentence_start False, no context; ``people`` only counts its words).
        sentence_start: the chain opens its sentence (capital may be grammatical only).
    """

    start: int
    end: int
    name_start: int
    tokens: tuple[tuple[int, int], ...]
    words: tuple[str, ...]
    title: str
    cues: frozenset[str]
    negative: bool
    sentence_start: bool
    context: tuple | None = None      # what ``complete`` reads; None once it has


def _may(tails: frozenset[str] | None, word: str) -> bool:
    """Whether a window ending in ``word`` can match a pattern whose forms end in ``tails``."""
    return tails is None or word in tails


def _tail(before: str) -> tuple[str, bool, bool]:
    """The window's last word (casefolded, letters only, "" if it ends otherwise), whether
    spaces follow it, and whether it ends with a comma and spaces (", ")."""
    stripped = before.rstrip(" \t\u00a0")
    spaced = len(stripped) < len(before)
    end = stripped[-1:]
    if not end.isalpha():   # a comma, a quote mark, an apostrophe, nothing: no last word
        if end and unicodedata.category(end)[0] == "M":
            found = _TAIL.search(before)
            return found.group("word").casefold(), spaced, False
        return "", spaced, spaced and end == ","
    word = stripped[-40:].split()[-1]
    if len(word) < 40 and word.isalpha():
        return word.casefold(), spaced, False
    return _TAIL.search(before).group("word").casefold(), spaced, False


def _meets(tails: frozenset[str] | None, words: frozenset[str]) -> bool:
    return tails is None or not tails.isdisjoint(words)


def _clause_words(before: str, comma: int) -> frozenset[str]:
    """Casefolded words of the clause ending at the comma at ``before[comma]``: a
    "role, Name" or "organisation, Name" pattern can only match if its last word is one."""
    clause = before[:comma]
    cut = _PUNCT_BACK.search(clause)
    return frozenset(_LETTER_RUNS.findall(clause[cut.end() if cut else 0:].casefold()))


def _after_opening(prose: str, p_start: int, start: int) -> bool:
    """The name follows an opening quote or a dash (so its capital may be grammatical)."""
    before = prose[max(p_start, start - 3):start].rstrip(" \t\u00a0")
    if not before:
        return start == p_start or not prose[p_start:start].strip()
    if before[-1] in "«“—–":
        return True
    return before[-1] == '"' and (len(before) == 1 or before[-2] in " \t(\n")


_SPACE_OR_OPENING = frozenset(" \t\u00a0«“—–\"")


def _opening_near(prose: str, p_start: int, start: int) -> bool:
    """False when ``_after_opening`` is sure to be: the character before the name, or the
    one before that single space, is in the paragraph and neither a space nor an opening
    mark (the common case, "said Smith"); True when only ``_after_opening`` can tell."""
    if start <= p_start:
        return True
    char = prose[start - 1]
    if char == " " and start - 2 >= p_start:
        char = prose[start - 2]
    return char in _SPACE_OR_OPENING


@functools.lru_cache(maxsize=1 << 14)
def _is_acronym(word: str) -> bool:
    """All capitals, two letters or more ("NASA", "AFP"), but not initials ("K.C.")."""
    second = word[1:2]
    if not second or second.isalpha() and not second.isupper():
        return False   # "A", "Smith", "Élysée": a letter that is no capital (most words)
    if _INITIALS.fullmatch(word):
        return False   # "K.C." in "K.C. Maurer"
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _has_capital(word: str) -> bool:
    return word[:1].isupper() or any(c.isupper() for c in word)


def _split_tokens(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    """The chain's words that hold a capital (particles and lower-case words left out)."""
    text = prose[start:end]
    if " " not in text and "\t" not in text and "\u00a0" not in text:   # one word (the chain
        # pattern separates words with these only), the common case
        return [(start, end)] if _has_capital(text) else []
    if "\t" in text or "\u00a0" in text:
        text = text.replace("\t", " ").replace("\u00a0", " ")
    tokens, at = [], start
    for piece in text.split(" "):
        if piece and (piece[0].isupper() or _has_capital(piece)):
            tokens.append((at, at + len(piece)))
        at += len(piece) + 1
    return tokens


def _apposition_cue(after: str, pats: PersonPatterns) -> bool:
    if not after.startswith(","):
        return False   # both shapes open with a comma
    if pats.apposition_after.match(after):
        return True
    segment = _CLAUSE_END.split(after[1:], maxsplit=1)[0][:60]
    verdict = pats.role_gate.verdict(segment)
    return verdict if verdict is not None else bool(pats.role_word.search(segment))


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


def candidates(document: Document, locale: Locale, pats: PersonPatterns) -> Iterator[Candidate]:
    """Every capitalised chain in the document's prose, with its cues, in text order.

    Thousands of chains per story, most of them one word: what depends on a word alone
    (a calendar name, an organisation word, an acronym) is worked out once per distinct
    word of the story, and the helpers are inlined."""
    prose = document.prose
    tails = pats.tails
    t_title, t_speech, t_det, t_org = tails["title"], tails["speech"], tails["determiner"], \
        tails["org"]
    calendar = set(locale.months) | set(locale.weekdays)
    titles, not_names, not_person = pats.titles, pats.not_names, pats.not_person_words
    interviewers, elisions = pats.interviewers, pats.elisions
    title_before, speech_before = pats.title_before, pats.speech_before
    determiner_before, org_before, role_word = pats.determiner_before, pats.org_before, \
        pats.role_word
    elision_firsts = {e[:1].casefold() for e in elisions}
    elision_ends = _elision_ends(pats)
    sentence_starts = {s.start for s in document.sentences}
    calendar_words: dict[str, bool] = {}    # word -> a month or weekday name
    negative_words: dict[str, bool] = {}    # word -> an organisation word or an acronym
    followed, punct_back, letter_runs = _FOLLOWED.match, _PUNCT_BACK.search, _LETTER_RUNS.findall
    new = tuple.__new__   # Candidate(...) without the named tuple's Python-level __new__
    current = first_char = -1
    for p_start, p_end, title, title_start, name_from, name_to, chain in _matches(
            prose, pats, document.paragraphs):
        if p_start != current:   # first candidate of this paragraph
            text = prose[p_start:p_end]
            current, first_char = p_start, p_start + len(text) - len(text.lstrip())
        matched_title = title
        words = None
        if chain is not None:   # plain words ("Barack Obama"): ``_matches`` read them
            tokens, words = chain
            word = ""
        else:
            # ``_split_tokens``, inlined for one word (most candidates): its text is the word
            word = prose[name_from:name_to]
            if " " not in word and "\t" not in word and "\u00a0" not in word:
                if not (word[:1].isupper() or _has_capital(word)):
                    continue
                tokens = [(name_from, name_to)]
            else:
                tokens = _split_tokens(prose, name_from, name_to)
                if not tokens:
                    continue
                word = ""
        if elision_firsts and prose[tokens[0][0]].casefold() in elision_firsts:
            s, e = tokens[0]
            for elision in elisions:
                if prose[s:s + len(elision)].casefold() == elision.casefold():
                    tokens[0] = (s + len(elision), e)
                    word, words = "", None
                    break
        if len(tokens) == 1:
            if not word:
                s, e = tokens[0]
                word = prose[s:e]
            if word in not_names:
                continue
            cal = calendar_words.get(word)
            if cal is None:
                cal = calendar_words[word] = fold(word).rstrip(".") in calendar
            if cal:
                continue
            words = [word]
        else:
            if words is None:
                words = [prose[s:e] for s, e in tokens]
            while words and words[0] in not_names:
                del tokens[0], words[0]
            while len(words) > 1 and not title and fold(words[0]) in titles:
                title = words[0]
                del tokens[0], words[0]
            while words and fold(words[-1]).rstrip(".") in calendar:
                del tokens[-1], words[-1]
            while words and fold(words[0]).rstrip(".") in calendar:
                del tokens[0], words[0]
            if not tokens:
                continue
        name_start, end = tokens[0][0], tokens[-1][1]
        start = name_start
        if matched_title and name_start == name_from:
            start = title_start
        after = prose[end:min(p_end, end + _WINDOW)]
        if ":" in after and after.lstrip(" ").startswith(":") \
                and all(fold(w) in interviewers for w in words):
            continue
        negative = False
        for w in words:
            neg = negative_words.get(w)
            if neg is None:
                neg = negative_words[w] = w in not_person or _is_acronym(w)
            if neg:
                negative = True
                break
        if negative:   # a thing, whatever its context: people.py only counts its words
            yield new(Candidate, (start, end, name_start, tuple(tokens), tuple(words), title,
                                  _NO_CUE, True, False, None))
            continue
        before = prose[max(p_start, start - _WINDOW):start]
        # the window's last word decides which "..._before" patterns can match at all
        # (``_tail``, inlined)
        stripped = before.rstrip(" \t\u00a0")
        spaced = len(stripped) < len(before)
        comma = False
        last_char = stripped[-1:]
        if not last_char.isalpha():
            if last_char and unicodedata.category(last_char)[0] == "M":
                last = _TAIL.search(before).group("word").casefold()
            else:
                last = ""
                comma = spaced and last_char == ","
        else:
            last = stripped[-40:].split()[-1]
            last = last.casefold() if len(last) < 40 and last.isalpha() \
                else _TAIL.search(before).group("word").casefold()
        if not title and spaced and (t_title is None or last in t_title):
            found = title_before.search(before)
            if found:
                title = found.group("title")
        cues = _TITLE_CUE if title else _NO_CUE
        if spaced and (t_speech is None or last in t_speech) and speech_before.search(before) \
                and not (not title and followed(after)) \
                and not role_word.match(after.lstrip(" \t")):   # (a title shows a person)
            cues = _SPEECH_CUES | cues
        if comma:   # ``_clause_words``, inlined
            clause = stripped[:-1]
            cut = punct_back(clause)
            clause = frozenset(letter_runs(clause[cut.end() if cut else 0:].casefold()))
        else:
            clause = _NO_CUE
        if not title:
            negative = bool(
                ((last in t_det if spaced and t_det is not None
                  else spaced or elision_ends is None or last_char in elision_ends)
                 and determiner_before.search(before))
                or (spaced and (t_org is None or last in t_org
                                or comma and not t_org.isdisjoint(clause))
                    and org_before.search(before)))
        yield new(Candidate, (start, end, name_start, tuple(tokens), tuple(words), title, cues,
                              negative, name_start in sentence_starts
                              or _opening_near(prose, p_start, name_start)
                              and _after_opening(prose, p_start, name_start),
                              (before, after, spaced, comma, last, start == first_char, clause)))


@functools.lru_cache(maxsize=16)
def _elision_ends(pats: PersonPatterns) -> frozenset[str] | None:
    """The characters a window not ending in a space must end with for
    ``pats.determiner_before`` to match it (only its elision branch can: the determiner
    branch ends with spaces), or None when some elision ends otherwise than with an
    apostrophe. The window before most names ends with a space or nothing at all. A line
    break is always in: the pattern's ``$`` also matches before a final one ("la \\n")."""
    ends: set[str] = {"\n"}
    for elision in pats.elisions:
        elision = elision.strip()
        if not elision:
            continue
        if elision[-1] not in "'’":
            return None
        ends.update("'’")
    return frozenset(ends)


_NO_CUE: frozenset[str] = frozenset()
_TITLE_CUE = frozenset(("title",))
_SPEECH_CUES = frozenset(("speech", "speaker"))


def speech_after(after: str, pats: PersonPatterns) -> bool:
    """A speech verb opens the window after a name ("Smith said"): ``complete``'s
    "speech" cue, for a candidate that only this cue could keep."""
    head = _HEAD.match(after)
    return bool(head) and _may(pats.tails["speech_after"], head.group(1).casefold()) \
        and bool(pats.speech_after.match(after))


def complete(candidate: Candidate, pats: PersonPatterns) -> Candidate:
    """``candidate`` with the cues read from the words around it: role, apposition, speech
    verb after it, interview label.

    ``candidates`` yields only the cues every candidate needs (title, inverted speech verb);
    the others are read here for the few candidates that turn out to matter."""
    if candidate.context is None:
        return candidate
    before, after, spaced, comma, last, first, clause = candidate.context
    tails = pats.tails
    cues = set(candidate.cues)
    if spaced and (_may(tails["role"], last) or comma and _meets(tails["role"], clause)) \
            and pats.role_before.search(before):
        cues.add("role")
    if _apposition_cue(after, pats):
        cues.add("apposition")
    if speech_after(after, pats):
        cues.add("speech")
    if first and (after.startswith(":") or after.startswith(" :")):
        cues.add("label")
    return tuple.__new__(Candidate, (candidate.start, candidate.end, candidate.name_start,
                                     candidate.tokens, candidate.words, candidate.title,
                                     frozenset(cues), candidate.negative,
                                     candidate.sentence_start, None))
