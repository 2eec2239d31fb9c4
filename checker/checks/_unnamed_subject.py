"""An age told before the name: "A 41-year-old man was sentenced Wednesday ...", « Un homme
de 41 ans a été condamné mercredi ... », then "Warren Tolliver set fire to a barn". News
opens on the unnamed person the story is about and names them next; the age is theirs.

The tie is made only when one person is in play: the age's sentence opens on the unnamed
person (a determiner and the noun phrase the age modifies) and names no one; the next
person the story names, within two paragraphs, opens their own sentence (a courtesy
title aside: not "Judge Ruth Ellery") and is the only person or capitalised name in it;
that sentence does not tell of the unnamed person again by their noun ("Ruth Ellery told
the man ...": the name is someone else's).
"""
from __future__ import annotations

from typing import Any

import regex

from . import _ages

# how many words may open the sentence before the age ("A", « Un homme de »)
_OPENING_WORDS = 3
_PARAGRAPHS = 2
_WORD = regex.compile(r"[\p{L}'’-]+")
_CAPITALISED = regex.compile(r"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+")
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])(\p{Ll}{3,})(?![\p{L}'’-])")


def named_next(document: Any, facts: Any, age: Any, who: _ages.Holder) -> _ages.Holder:
    """``who``, or the person the story names next when ``age`` opens its sentence on an
    unnamed person (see the module docstring)."""
    if who.names or who.pronoun or age.form != "adjective":
        return who
    index = document.sentence_index(age.span.start)
    if index is None:
        return who
    sentence = document.sentences[index]
    opening = document.prose[sentence.start:age.span.start].split()
    if not opening or len(opening) > _OPENING_WORDS or any(w[:1].isupper() for w in opening[1:]):
        return who
    noun = who.noun or _noun_after(document.prose, age.span.end, sentence.end)
    people = facts.get("people")
    if any(sentence.start <= m.span.start < sentence.end for m in people):
        return who
    after = next((m for m in people if m.span.start >= sentence.end), None)
    if after is None:
        return who
    here, there = document.paragraph_index(age.span.start), document.paragraph_index(after.span.start)
    if here is None or there is None or there - here > _PARAGRAPHS:
        return who
    its = document.sentence_index(after.span.start)
    if its is None:
        return who
    told = document.sentences[its]
    if not _opens(document.prose[told.start:after.name_span.start], facts.locale) \
            or any(told.start <= m.span.start < told.end and m.person != after.person for m in people):
        return who
    if _someone_else(document, facts, told, after, people):
        return who
    if noun and regex.search(r"(?<![\p{L}-])" + regex.escape(noun) + r"(?![\p{L}'’-])",
                             document.prose[told.start:told.end], regex.IGNORECASE):
        return who
    names = [w.lower() for w in _WORD.findall(after.name) if len(w) >= 3]
    if not names:
        return who
    return _ages.Holder(frozenset(names), None, tuple(zip(names[1:], names)))


def _opens(head: str, locale: Any) -> bool:
    """Whether a name after ``head`` opens its sentence, a courtesy title aside ("Mr",
    « Mme »): the subject; not after an office or a role ("Judge", « La juge »)."""
    courtesy = {str(k).casefold() for k, v in (locale.get("speakers", "titles", {}) or {}).items()
                if v and str(v[0]) == "courtesy"}
    return all(w.strip(".").casefold() in courtesy for w in head.split())


def _someone_else(document: Any, facts: Any, told: Any, after: Any, people: Any) -> bool:
    """Whether the sentence that names ``after`` holds another capitalised word that may be
    a name ("Warren Tolliver and his cousin Dean Marsh"): not the person's own mentions, a
    date's words, nor a title or common capitalised word of the locale."""
    skip, _, _ = _ages.cue_words(facts.locale.path, facts.locale)
    own = [m.span for m in people if m.person == after.person and told.start <= m.span.start < told.end]
    own += [f.span for f in facts.get("times") if told.start <= f.span.start < told.end]
    for match in _CAPITALISED.finditer(document.prose, told.start, told.end):
        if match.start() == told.start or len(match.group()) < 3 or match.group().lower() in skip:
            continue
        if not any(span.start <= match.start() < span.end for span in own):
            return True
    return False


def _noun_after(prose: str, start: int, stop: int) -> str | None:
    """The first lower-case word after the age ("41-year-old Brackley man": "man")."""
    found = _LOWER_WORD.search(prose, start, min(stop, start + 40))
    return found.group(1) if found else None
