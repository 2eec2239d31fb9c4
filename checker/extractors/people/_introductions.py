"""The story's own evidence that a full name no cue stands next to is a person's.

"Ana Ruiz and Tom Birch voted against" or "Imogen Thwaite backed the plan. She said ..."
name people as surely as "said Ana Ruiz", but no word beside the name says so: the
evidence is elsewhere in the story. A chain of capitalised words is as often a place, a
company or a title ("Northway Terminals backed the plan"), so each sign here is one only
a person gives:

- a list it shares with a person ("Ana Ruiz, Tom Birch and Lena Holt");
- a verb only a person is the subject of right after it ("Ana Ruiz resigned");
- a pronoun only a person is referred to by opening the next sentence, when the name opens
  its own and is the only full name there ("... She said");
- its first word the given name of another person the story introduces with a cue;
- an organisation's acronym attached to it ("Ana Ruiz of the NAACP"), when no word of it
  is one the story also writes in lower case.

The checks then see a later surname against it (misspelt, changed) as they see any
introduced person's. ``people._extract`` asks ``vouched`` about the full names its own cues
left out.
"""
from __future__ import annotations

import bisect
import functools
from typing import Callable, Collection, Iterable

import regex

from ...document import Document
from ...locales import Locale
from ._candidates import Candidate
from ._patterns import PersonPatterns, fold_word as fold


def _alternation(words: Iterable[str]) -> str:
    forms = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"[ \t\u00a0]+") for w in forms) \
        or r"(?!x)x"


@functools.lru_cache(maxsize=16)
def _cues(locale: Locale) -> tuple[regex.Pattern, regex.Pattern, frozenset[str]]:
    """The locale's list separator (", ", " and ", ", and "), the words that attach an
    organisation to a listed name (" of the ", " de la "), and person-only pronouns."""
    words = lambda key: locale.words("speakers", key)  # noqa: E731
    conj = _alternation(words("list_conjunctions"))
    separator = regex.compile(
        rf"(?:,[ \t\u00a0]*(?:(?P<conj>{conj})[ \t\u00a0]+)?"
        rf"|[ \t\u00a0]+(?P<conj>{conj})[ \t\u00a0]+)", regex.IGNORECASE)
    affiliation = regex.compile(
        rf"[ \t\u00a0]+(?:{_alternation(words('name_complements'))})[ \t\u00a0]+"
        rf"(?:(?:{_alternation(words('determiners'))})[ \t\u00a0]+|l['’])?", regex.IGNORECASE)
    pronouns = frozenset(fold(w) for w in words("person_pronouns"))
    return separator, affiliation, pronouns


def _listed_with_person(cands: list[Candidate], prose: str, separator: regex.Pattern,
                        affiliation: regex.Pattern,
                        persons: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans of candidates that stand in one list with a person: neighbours joined
    by a comma or a conjunction, the list closed by a conjunction somewhere ("Ana Ruiz,
    Tom Birch and Lena Holt"; commas alone join a place to its region, "Paris, Texas");
    a member's organisation is part of it ("Ana Ruiz of the Civic Party, Tom Birch")."""
    found: set[tuple[int, int]] = set()
    chain: list[Candidate] = []
    joined = False

    def close() -> None:
        if joined and len(chain) > 1 and any((c.start, c.end) in persons for c in chain):
            found.update((c.start, c.end) for c in chain)

    end = -1
    for c in cands:
        link = None
        if chain and c.start - end <= 12:
            if affiliation.fullmatch(prose, end, c.start):
                end = c.end   # the last member's organisation: not a member
                continue
            link = separator.fullmatch(prose, end, c.start)
        if link is None:
            close()
            chain, joined = [c], False
        else:
            chain.append(c)
            joined = joined or bool(link.group("conj"))
        end = c.end
    close()
    return found


def _pronoun_opens_next(c: Candidate, document: Document, pronouns: Collection[str]) -> int:
    """The index of the name's sentence when the next sentence opens with a pronoun only a
    person takes ("She said ..."), else -1."""
    if not pronouns:
        return -1
    starts = document._sentence_starts
    i = bisect.bisect_right(starts, c.start) - 1
    if i < 0 or i + 1 >= len(starts):
        return -1
    following = document.sentences[i + 1]
    head = document.prose[following.start:following.start + 12].split(None, 1)
    return i if head and head[0] != head[0].lower() and fold(head[0]) in pronouns else -1


def _sentence_tables(cands: list[Candidate],
                     starts: list[int]) -> tuple[set[tuple[int, int]], dict[int, int]]:
    """The spans of the first candidate of each sentence, and how many full names (two
    words or more) each sentence holds, by sentence index."""
    fulls_by_sentence: dict[int, int] = {}
    openers: set[tuple[int, int]] = set()
    last = -1
    for c in cands:
        i = bisect.bisect_right(starts, c.start) - 1
        if i != last:
            openers.add((c.start, c.end))
            last = i
        if len(c.tokens) > 1:
            fulls_by_sentence[i] = fulls_by_sentence.get(i, 0) + 1
    return openers, fulls_by_sentence


_ACRONYM = regex.compile(r"\p{Lu}{2,}(?![\p{L}\p{M}])")


def _affiliated(c: Candidate, prose: str, affiliation: regex.Pattern) -> bool:
    """The name is followed by an organisation's acronym ("Ana Ruiz of the NAACP said",
    "Anne Ruiz de la CGT"): how a story places a person. (A name spelt out there is as
    often a place's or a thing's complement: "Wixom Assembly Plant of Wixom".)"""
    found = affiliation.match(prose, c.end)
    return bool(found) and bool(_ACRONYM.match(prose, found.end()))


@functools.lru_cache(maxsize=1 << 14)
def _role_or_title(word: str, pats: PersonPatterns) -> bool:
    """A capitalised role noun or title ("Chairman", "Chief"): a description, no name.
    (Cached by word: asked of every word of every uncued full name, and a match of the
    long role alternation costs microseconds; the same names and words recur.)"""
    found = pats.role_word.match(word)
    return fold(word) in pats.titles or bool(found) and found.end() == len(word)


def _given_of_another(c: Candidate, cued_givens: dict[str, set[str]]) -> bool:
    """Its first word is the given name of a two-word name a cue vouches for, with
    another surname ("said Tom Birch" ... "Tom Harlow"); a surname that shares its start is
    the same word inflected ("New Zealand", "New Zealander"), not another name."""
    given = fold(c.words[0])
    if len(given) < 3:
        return False
    surname = fold(c.words[-1])
    return any(not (s.startswith(surname) or surname.startswith(s))
               for s in cued_givens.get(given, ()))


def vouched(document: Document, locale: Locale, pats: PersonPatterns,
            cands: list[Candidate], uncued: Iterable[Candidate],
            persons: set[tuple[int, int]], cued_givens: dict[str, set[str]],
            written_lower: Callable[[Iterable[str], str], bool]) -> list[Candidate]:
    """The full names of ``uncued`` that the story's evidence shows are people's.

    ``cands``: every candidate of the story, in text order; ``persons``: the spans of the
    full names already found to be people's; ``cued_givens``: folded given name -> folded
    surnames, of the two-word names a cue vouches for; ``written_lower``: whether the
    story also writes some of the words in lower case."""
    separator, affiliation, pronouns = _cues(locale)
    prose = document.prose
    uncued = [c for c in uncued if 2 <= len(c.words) <= 3
              and not any(w in pats.not_names or _role_or_title(w, pats) for w in c.words)]
    if not uncued:
        return []
    listed = _listed_with_person(cands, prose, separator, affiliation, persons) if persons else set()
    # the pronoun test: the next sentence opens with "She", the name opens its own and is
    # its only full name. The sentence tables are read from every candidate of the story,
    # so they are built only once some name is followed by such a sentence (few are)
    tables: tuple[set[tuple[int, int]], dict[int, int]] | None = None
    found = []
    for c in uncued:
        if (c.start, c.end) in listed \
                or pats.person_verb_after.match(prose[c.end:c.end + 50]) \
                or _given_of_another(c, cued_givens) \
                or _affiliated(c, prose, affiliation) and not written_lower(c.words, prose):
            found.append(c)
            continue
        i = _pronoun_opens_next(c, document, pronouns)
        if i < 0:
            continue
        if tables is None:
            tables = _sentence_tables(cands, document._sentence_starts)
        openers, fulls_by_sentence = tables
        if (c.start, c.end) in openers and fulls_by_sentence.get(i, 0) == 1 \
                and not written_lower(c.words, prose):
            found.append(c)
    return found
