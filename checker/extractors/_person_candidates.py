"""Capitalised name candidates and the cues that say whether each is a person.

A candidate is an optional title plus a chain of capitalised words ("M. Hamdane",
"President Barack Obama", "Khalil Hamdane"). Its cues come from the words around it:
a title, a role noun before it, an apposition after it, a speech verb next to it, an
interview label. Negative signs (an organisation word inside, a determiner before it, an
acronym) mark it as a thing rather than a person. Clustering happens in ``people.py``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..document import Document
from ..locales import Locale, fold
from ._person_patterns import PersonPatterns

_TOKEN = regex.compile(r"[^\s]+")
_WINDOW = 70
_INITIALS = regex.compile(r"(?:\p{Lu}\.-?)+")
_FOLLOWED = regex.compile(r"[ \t]+(?:\p{Lu}|\p{Ll}+[ \t]+\p{Lu})")


@dataclass(frozen=True)
class Candidate:
    """A capitalised chain with its cues.

    Args:
        start / end: the whole candidate, title included.
        tokens: (start, end) of each capitalised name word (particles and initials left out).
        title: the title word as written ("M", "président"), or "".
        cues: why this may be a person: title, role, apposition, speech, speaker, label.
        negative: an organisation word, determiner or acronym says it is not a person.
        sentence_start: the chain opens its sentence (capital may be grammatical only).
    """

    start: int
    end: int
    name_start: int
    tokens: tuple[tuple[int, int], ...]
    title: str
    cues: frozenset[str]
    negative: bool
    sentence_start: bool


def _after_opening(prose: str, p_start: int, start: int) -> bool:
    """The name follows an opening quote or a dash (so its capital may be grammatical)."""
    before = prose[max(p_start, start - 3):start].rstrip(" \t\u00a0")
    if not before:
        return start == p_start or not prose[p_start:start].strip()
    if before[-1] in "«“—–":
        return True
    return before[-1] == '"' and (len(before) == 1 or before[-2] in " \t(\n")


def _is_acronym(word: str) -> bool:
    if _INITIALS.fullmatch(word):
        return False   # "K.C." in "K.C. Maurer"
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _split_tokens(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(prose, start, end)
            if any(c.isupper() for c in m.group())]


def _apposition_cue(after: str, pats: PersonPatterns) -> bool:
    if pats.apposition_after.match(after):
        return True
    if not after.startswith(","):
        return False
    segment = regex.split(r"[,.;:!?()«»“”\"]", after[1:], maxsplit=1)[0]
    return bool(pats.role_word.search(segment[:60]))


def candidates(document: Document, locale: Locale, pats: PersonPatterns) -> Iterator[Candidate]:
    """Every capitalised chain in the document's prose, with its cues, in text order."""
    prose = document.prose
    calendar = set(locale.months) | set(locale.weekdays)
    sentence_starts = {s.start for s in document.sentences}
    for paragraph in document.paragraphs:
        p_start, p_end = paragraph.span.start, paragraph.span.end
        first_char = p_start + len(prose[p_start:p_end]) - len(prose[p_start:p_end].lstrip())
        for m in pats.candidate.finditer(prose, p_start, p_end):
            title = m.group("title") or ""
            tokens = _split_tokens(prose, *m.span("name"))
            if tokens and pats.elisions:
                s, e = tokens[0]
                for elision in pats.elisions:
                    if prose[s:s + len(elision)].casefold() == elision.casefold():
                        tokens[0] = (s + len(elision), e)
                        break
            while tokens and prose[tokens[0][0]:tokens[0][1]] in pats.not_names:
                tokens.pop(0)
            while tokens and not title and fold(prose[slice(*tokens[0])]) in pats.titles \
                    and len(tokens) > 1:
                title = prose[slice(*tokens[0])]
                tokens.pop(0)
            while tokens and fold(prose[slice(*tokens[-1])]).rstrip(".") in calendar:
                tokens.pop()
            while tokens and fold(prose[slice(*tokens[0])]).rstrip(".") in calendar:
                tokens.pop(0)
            if not tokens:
                continue
            words = [prose[s:e] for s, e in tokens]
            name_start = tokens[0][0]
            start = m.start() if m.group("title") and name_start == m.start("name") else name_start
            end = tokens[-1][1]
            if start == m.start() and m.group("title"):
                start = m.start("title")
            before = prose[max(p_start, start - _WINDOW):start]
            after = prose[end:min(p_end, end + _WINDOW)]
            if all(fold(w) in pats.interviewers for w in words) and after.lstrip(" ").startswith(":"):
                continue
            cues = set()
            if not title:
                found = pats.title_before.search(before)
                if found:
                    title = found.group("title")
            if title:
                cues.add("title")
            if pats.role_before.search(before):
                cues.add("role")
            if _apposition_cue(after, pats):
                cues.add("apposition")
            if pats.speech_after.match(after):
                cues.add("speech")
            if pats.speech_before.search(before) and not _FOLLOWED.match(after) \
                    and not pats.role_word.match(after.lstrip(" \t")):
                cues.update(("speech", "speaker"))
            if start == first_char and after.startswith(":") or after.startswith(" :") \
                    and start == first_char:
                cues.add("label")
            negative = (any(w in pats.not_person_words for w in words)
                        or _is_acronym(words[-1]) or any(_is_acronym(w) for w in words[:-1])
                        or (not title and bool(pats.determiner_before.search(before)
                                               or pats.org_before.search(before))))
            yield Candidate(start=start, end=end, name_start=name_start, tokens=tuple(tokens),
                            title=title, cues=frozenset(cues), negative=negative,
                            sentence_start=name_start in sentence_starts
                            or _after_opening(prose, p_start, name_start))
