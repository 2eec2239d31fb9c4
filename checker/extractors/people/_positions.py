"""Where a name stands in its sentence: the places the story's own people stand.

A capitalised word the story writes once, with no cue next to it, is a person when it
stands where the story's people stand: the subject of a verb in the past ("Six minutes
later, Whitaker scored", "Dubois a accusé le ministre") or the owner of a possessive
("Whitaker's tenure"), in a story whose introduced people are themselves named in that
position. The position alone is no proof (a
company or a country acts too); the story's own usage is the evidence that this is how it
refers to its people, and the other readings (a word written in lower case elsewhere, a
plural, a group, a word the story repeats) keep things out. A word opening its sentence
has a capital that proves nothing: there the story must make a habit of naming its
people as subjects ("Jobs unveiled ... Later, Jobs said ..."), and the passage must be
about them.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Collection, Iterable

from ...speedups import pattern_cache

# a lower-case word right after the name (an elided pronoun on it: "l'avait"): its verb
_WORD_AFTER = pattern_cache.compile(r"[ \t\u00a0]+(\p{Ll}[\p{L}\p{M}'’]*)")
# the word after that verb
_NEXT = pattern_cache.compile(r"[ \t\u00a0]+([\p{L}\p{M}]+)")
_WORDS = pattern_cache.compile(r"[\p{L}\p{M}]+")

# the possessive ending right after the name, then the lower-case noun it owns (not an
# article before a name: "Italy's la Repubblica")
_POSSESSIVE = pattern_cache.compile(
    r"(?:['’]s|(?<=s)['’])[ \t\u00a0]+\p{Ll}[\p{L}\p{M}-]*+(?![ \t\u00a0]+\p{Lu})")

OWNER = "owner"                # "Whitaker's tenure", "Jobs' death"
SUBJECT = "subject"            # inside its sentence: "Later, Whitaker scored"
OPENING = "opening subject"    # opening its sentence: "Whitaker scored"
# how often the story names its people as subjects before a word opening a sentence is
# read as one of them
HABIT = 2


def position(prose: str, start: int, end: int, opening: bool, past: Callable[[str], bool],
             is_object: Callable[[str, int], bool], objects: Collection[str],
             between: Collection[str] = (), elisions: Collection[str] = ()) -> str:
    """The name's position: a subject (``OPENING`` when it opens its sentence) when a verb
    in the past or an auxiliary follows it (``past`` says a word is one: "defended", "has",
    "a"; a verb in the present is spelt like a plural noun, "Positive news", "Six
    minutes"; an object pronoun or an adverb of ``between`` may stand before it, and
    a pronoun elided on it, one of ``elisions``: "Roy l'avait annoncé"), no lower-case word
    before makes it an object, and no pronoun for a person
    after the verb (``objects``: "Brightwater interviewed her") makes it someone acting on
    a person; else ""."""
    if _POSSESSIVE.match(prose, end, end + 60):
        return OWNER
    verb = _WORD_AFTER.match(prose, end, end + 30)
    word = verb.group(1) if verb else ""
    if word in between:   # an object pronoun or an adverb: "Roy leur répond", "Roy then left"
        verb = _WORD_AFTER.match(prose, verb.end(), verb.end() + 30)
        word = verb.group(1) if verb else ""
    for elision in elisions:   # "Roy l'avait annoncé"
        if word.startswith(elision) and len(word) > len(elision):
            word = word[len(elision):]
            break
    if not word or not past(word) or is_object(prose, start):
        return ""
    following = _NEXT.match(prose, verb.end(), verb.end() + 30)
    if following and following.group(1).casefold() in objects:
        return ""
    return OPENING if opening else SUBJECT


@dataclass(frozen=True)
class Cast:
    """Where the story names its introduced people bare.

    Args:
        document: the story.
        positions: the positions they are named in: an inner subject or an owner once
            is enough; an opening subject needs a habit of naming them as subjects
            (``HABIT`` times, opening or not).
        starts: where they are named (bare or in full), in text order.
    """

    document: Any
    positions: frozenset[str]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, document, positions: Iterable[str], starts: Iterable[int]) -> "Cast":
        counts = Counter(positions)
        found = {p for p, n in counts.items() if p and p != OPENING}
        if counts[OPENING] + counts[SUBJECT] >= HABIT:
            found.add(OPENING)
        return cls(document, frozenset(found), tuple(sorted(starts)))

    def stands(self, where: str, start: int) -> bool:
        """A word at ``start`` in position ``where`` stands where the story's people
        stand; opening its sentence, it must also be in a passage about them (``near``)."""
        return where in self.positions and (where != OPENING or self.near(start))

    def near(self, start: int) -> bool:
        """One of the story's people is named earlier in the paragraph of ``start`` or in
        the paragraph before: the passage is about people. A common noun opening a
        sentence in a passage about a match or a product ("Gameplay was delayed") stands
        where no person of the story stood."""
        here = self.document.paragraph_index(start)
        if here is None:
            return False
        first = self.document.paragraphs[max(0, here - 1)].span.start
        i = bisect.bisect_left(self.starts, start)
        return i > 0 and self.starts[i - 1] >= first


def a_things(prose: str, end: int, stop: int, people: Collection[str],
             things: Collection[str]) -> bool:
    """The first pronoun after the name in its sentence (up to ``stop``) is one that
    never stands for a person (``things``: "Brightline would open stations in its
    network"), not one that only does (``people``)."""
    if not things:
        return False
    for found in _WORDS.finditer(prose, end, stop):
        word = found.group().casefold()
        if word in people:
            return False
        if word in things:
            return True
    return False
