"""The story's named things: every capitalised name, compared with the others by a key
that ignores spaces, hyphens, case and accents, and by edit distance.

``names.variant`` already compares hyphenated names with their spaced spellings and single
words that differ by accents. This module finds the rest of the shapes a copy desk
meets: a name written as one word and as two ("AirTanker" / "Air Tanker", "Eurogroup" /
"Euro Group"), and a rare spelling one letter from a name the story uses more often
("Kapissa" / "Kapisa", "Heathow" / "Heathrow", "Cat Protection" / "Cats Protection").
The story's own evidence decides: the odd spelling occurs once, the other is the one the
story settles on or comes first, the difference has a typing slip's shape (``_slip``), and
a word the story also writes in lower case is a common word, not a name.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable

import regex

from .. import _regex_cache

# a chain of capitalised words joined by a space or a hyphen, with at most one short
# lower-case particle between two of them ("Pointe à Callière", "Saint-Jean-de-Luz")
_CHAIN = _regex_cache.compile(
    r"(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}]*"
    r"(?:(?:[ \u00a0]|-)(?:\p{Ll}{1,3}(?:[ \u00a0]|-))?\p{Lu}[\p{L}\p{M}]*)*"
    r"(?![\p{L}\p{M}\p{N}])")
# a capitalised word of a chain, hyphenated compounds whole ("Jean-Marie", never "Marie")
_PIECE = _regex_cache.compile(r"(?<![\p{L}\p{M}-])\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*")
MAX_WORDS = 3


@dataclass(frozen=True)
class Name:
    """One written name: where it stands, as written, its key, its number of words."""

    start: int
    end: int
    raw: str
    key: str
    words: int


@functools.lru_cache(maxsize=1 << 14)
def compact(text: str) -> str:
    """Letters only, lower case, without accents: "Pointe-à-Callière" -> "pointeacalliere"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def names(prose: str) -> list[Name]:
    """Every capitalised word of ``prose`` and every run of up to three of them inside a
    chain ("Air Tanker" in "the Air Tanker consortium", "Cats Protection"), in text order."""
    found: list[Name] = []
    for chain in _CHAIN.finditer(prose):
        pieces = [(m.start(), m.end()) for m in _PIECE.finditer(prose, chain.start(), chain.end())]
        for i in range(len(pieces)):
            for j in range(i, min(i + MAX_WORDS, len(pieces))):
                start, end = pieces[i][0], pieces[j][1]
                raw = prose[start:end]
                found.append(Name(start, end, raw, compact(raw), j - i + 1))
    found.sort(key=lambda n: (n.start, -n.end))
    return found


def variants(prose: str, *, skip: Callable[[int, int], bool],
             opens: Callable[[int], bool]) -> Iterable[tuple[Name, Name]]:
    """(odd spelling, the story's spelling) pairs: same key written with other spaces or
    hyphens, or a rare name one edit inside a name the story uses more. ``skip`` leaves
    out a span (a person's name, a URL); ``opens`` says a capital only opens a sentence."""
    table = [n for n in names(prose) if len(n.key) >= 4 and not skip(n.start, n.end)]
    by_key: dict[str, list[Name]] = {}
    for n in table:
        by_key.setdefault(n.key, []).append(n)
    reported: set[int] = set()
    # 1. one key, other spacing: "Air Tanker" / "AirTanker", "Euro Group" / "Eurogroup"
    for key, group in by_key.items():
        first = group[0]
        for n in group[1:]:
            if n.words != first.words and not _part_of_longer(n, first) \
                    and n.start not in reported:
                reported.add(n.start)
                yield n, first
    # 2. a rare spelling one letter from a name the story settles on
    counts = {key: len(group) for key, group in by_key.items()}
    keys = [k for k in by_key if len(k) >= 6]
    if len(keys) < 2:
        return
    from rapidfuzz import process
    from rapidfuzz.distance import OSA
    for key in keys:
        if counts[key] != 1:
            continue
        odd = by_key[key][0]
        if odd.start in reported or opens(odd.start) and odd.words == 1:
            continue
        for other, distance, _ in process.extract(key, keys, scorer=OSA.distance,
                                                  score_cutoff=1, limit=None):
            if other == key or distance != 1:
                continue
            settled = by_key[other][0]
            if counts[other] < 2 and settled.start > odd.start:
                continue   # neither is the story's spelling: the first one wins
            if settled.words != odd.words or not _slip(key, other, odd.words):
                continue
            if odd.words == 1 and _written_lower(prose, odd.raw):
                continue
            reported.add(odd.start)
            yield odd, settled
            break


def _part_of_longer(n: Name, first: Name) -> bool:
    """Both spellings are pieces of one longer chain written the same way each time."""
    return n.raw.replace("-", " ") == first.raw.replace("-", " ")


def _slip(a: str, b: str, words: int) -> bool:
    """The one edit between ``a`` and ``b`` has a typing slip's shape: two letters
    swapped ("Chrylser"), a letter doubled or undoubled ("Kapissa"), or, inside a name of
    several words, a letter dropped or added ("Cat Protection"). A letter replaced by
    another is how languages and transliterations differ ("Defence" / "Defense",
    "Taleban" / "Taliban", "Wikipédia" / "Wikimédia"), and a letter added to a single
    word makes another word ("Philippins", "Israeli"): neither is reported."""
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 \
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    if i == len(short):
        return False   # a letter added at the end ("Centauri B" / "Centauri Bb")
    extra = long_[i]
    doubled = long_[i - 1:i] == extra or long_[i + 1:i + 2] == extra
    return doubled or words > 1


def _written_lower(prose: str, raw: str) -> bool:
    """The story also writes the word in lower case somewhere (a common word)."""
    low = raw.lower()
    return low != raw and regex.search(
        rf"(?<![\p{{L}}\p{{M}}]){regex.escape(low)}(?![\p{{L}}\p{{M}}])", prose) is not None
