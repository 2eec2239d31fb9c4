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
from collections import Counter
from typing import Callable, Iterable, NamedTuple


from ..speedups import pattern_cache
from ..extractors.people import skeleton, sound_alike, written_lower

# a capitalised word, hyphenated compounds whole ("Jean-Marie", never "Marie"), and a
# chain of them joined by spaces, with at most one short lower-case particle between two
# of them ("Pointe à Callière", "Cats Protection")
_WORD = r"\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*"
_CHAIN = pattern_cache.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’-]){_WORD}(?:[ \u00a0](?:\p{{Ll}}{{1,3}}[ \u00a0])?{_WORD})*"
    r"(?![\p{L}\p{M}\p{N}])")
MAX_WORDS = 3
_VOWELS = frozenset("aeiouy")


class Table(NamedTuple):
    """The story's names: how often each single word is written (``singles``) and where
    each run of two or three words is (``several``: spelling -> starts)."""

    singles: dict[str, int]
    several: dict[str, list[int]]


class Name(NamedTuple):
    """One written name: where it stands, as written, its key, its number of words."""

    start: int
    end: int
    raw: str
    key: str
    words: int


# the front matter's headline line
_HEADLINE = pattern_cache.compile(r"(?m)^title:[ \t]*['\"]?(.*?)['\"]?[ \t]*$")


def headline(document) -> tuple[int, str] | None:
    """Where the front matter's headline stands in the file, and its text."""
    if not document.metadata or not document.metadata.get("title"):
        return None
    body = document.paragraphs[0].span.start if document.paragraphs else len(document.text)
    found = _HEADLINE.search(document.text, 0, body)
    return (found.start(1), found.group(1)) if found and found.group(1) else None


@functools.lru_cache(maxsize=1 << 14)
def compact(text: str) -> str:
    """Letters only, lower case, without accents: "Pointe-à-Callière" -> "pointeacalliere"."""
    return "".join(filter(str.isalnum, unicodedata.normalize("NFKD", text.casefold())))


def names(prose: str, offset: int = 0) -> Table:
    """The names of ``prose`` (starts shifted by ``offset``): how often each capitalised
    word is written, and where each run of two or three of them stands (a story has
    hundreds of capitalised words and a handful of such runs: one scan, and positions
    kept for the runs only)."""
    several: dict[str, list[int]] = {}
    chains = []
    for chain in _CHAIN.finditer(prose):
        raw = chain.group()
        chains.append(raw)
        if " " in raw or "\u00a0" in raw:
            _runs(prose, raw, chain.start(), offset, several)
    # the words of every chain (a particle in a run is counted too: under four letters,
    # it is never looked at)
    return Table(Counter(" ".join(chains).split()), several)


def _runs(prose: str, raw: str, start: int, offset: int, several: dict[str, list[int]]) -> None:
    """The runs of two or three capitalised words of one chain, with their starts."""
    parts = raw.split()
    if len(parts) == 2:   # most runs: two words, the run itself
        several.setdefault(raw, []).append(offset + start)
        return
    pieces, at = [], 0
    for part in parts:
        at = raw.index(part, at)
        if part[0].isupper():
            pieces.append((start + at, start + at + len(part)))
        at += len(part)
    for i in range(len(pieces) - 1):
        for j in range(i + 1, min(i + MAX_WORDS, len(pieces))):
            several.setdefault(prose[pieces[i][0]:pieces[j][1]], []).append(offset + pieces[i][0])


def spots(prose: str, raw: str) -> list[int]:
    """Where the single word ``raw`` is written in ``prose``, as a whole word (not inside a
    longer word, a number or a hyphenated compound). Found with ``str.find``: a pattern
    compiled for every name cost more than the rest of the check."""
    found = []
    at = prose.find(raw)
    while at != -1:
        end = at + len(raw)
        if (not at or not _inside(prose[at - 1], "'’-")) \
                and (end == len(prose) or not _inside(prose[end], "-")):
            found.append(at)
        at = prose.find(raw, at + 1)
    return found


def _inside(c: str, joiners: str) -> bool:
    """``c`` continues a word: a letter, a mark, a digit, or one of ``joiners``."""
    return c.isalnum() or c in joiners or unicodedata.category(c)[0] in "LMN"


def variants(prose: str, table: Table, *, skip: Callable[[int, int], bool],
             headline: tuple[str, int] | None = None,
             heads: Table | None = None, min_length: int = 6) -> Iterable[tuple[Name, Name]]:
    """(odd spelling, the story's spelling) pairs: one key written with other spaces or
    hyphens, or a rare name one slip from a name the story uses more or writes first.
    ``skip`` leaves out a span (a person's name, a URL), asked only of the few pairs
    found. A slip opening a sentence is a slip too ("Colubmia was lost"): its capital
    proves nothing, but a common word is told by its lower-case uses, not by its place.
    The headline (its text and offset, and ``heads``, its names) counts among the uses
    of a name when slips are looked for. Names of fewer than ``min_length`` letters are
    left alone: one letter off a short name is as often another name."""
    singles, several = table
    head_singles = heads.singles if heads else {}
    head_several = heads.several if heads else {}
    by_key: dict[str, list[str]] = {}
    odd: dict[bool, list[str]] = {False: [], True: []}     # several words? -> keys
    settled: dict[bool, list[str]] = {False: [], True: []}
    multi_keys: dict[str, None] = {}   # (a dict: text order, whatever the hash seed)
    for raw, at in several.items():
        key = compact(raw)
        multi_keys[key] = None
        by_key.setdefault(key, []).append(raw)
        if len(key) >= min_length:
            settled[True].append(key)
            if len(at) == 1:
                odd[True].append(key)
    # the story's words: a few hundred, so comprehensions rather than one loop of many steps
    words = [w for w in singles if len(w) >= 4]
    keys = list(map(compact, words))
    for w, key in zip(words, keys):
        if len(key) >= min_length or key in multi_keys:
            by_key.setdefault(key, []).append(w)
    odd[False] = [k for w, k in zip(words, keys)
                  if len(k) >= min_length and singles[w] == 1 and w not in head_singles]
    # a word written once may be the settled spelling too, when it comes first (the
    # order is checked below): "Heathrow" ... "Heathow", each once
    settled[False] = [k for w, k in zip(words, keys) if len(k) >= min_length]

    def where(raw: str) -> list[int]:
        return several[raw] if raw in several else spots(prose, raw)

    def name(raw: str, start: int) -> Name:
        return Name(start, start + len(raw), raw, compact(raw), len(raw.split()))

    reported: set[int] = set()
    # 1. one key, other spacing: "Air Tanker" / "AirTanker", "Euro Group" / "Eurogroup"
    for key in multi_keys:
        raws = by_key[key]
        if len(raws) < 2 or len({len(r.split()) for r in raws}) < 2:
            continue
        written = sorted((at, r) for r in raws for at in where(r))
        first = name(written[0][1], written[0][0])
        for at, r in written[1:]:
            n = name(r, at)
            if n.words != first.words and not _part_of_longer(n, first) \
                    and at not in reported and not skip(n.start, n.end) \
                    and not skip(first.start, first.end):
                reported.add(at)
                yield n, first
    # 2. a rare spelling one slip from a name the story settles on (recurs, or comes first
    # among names of several words, where a name said once is common)

    def count(raw: str) -> int:
        return several[raw].__len__() + len(head_several.get(raw, ())) if raw in several \
            else singles[raw] + head_singles.get(raw, 0)

    if heads:
        settled[False] += [compact(w) for w in head_singles if w not in singles and len(w) >= min_length]
        settled[True] += [compact(r) for r in head_several if r not in several and len(r) >= min_length]
    if not (odd[False] and settled[False] or odd[True] and len(settled[True]) > 1):
        return
    for group in (False, True):
        if not odd[group]:
            continue
        # a slip keeps the first and last letters and changes the length by one at most
        buckets: dict[tuple[str, str, int], list[str]] = {}
        for key in odd[group]:
            buckets.setdefault((key[0], key[-1], len(key)), []).append(key)
        # a settled name whose first and last letters no odd key shares has no bucket to
        # look in (most of them: one test instead of three lookups and a list per name)
        ends = {(first, last) for first, last, _ in buckets}
        for other in sorted(set(settled[group]), key=len, reverse=True):   # longest first
            if (other[0], other[-1]) not in ends:
                continue
            size = len(other)
            near = [k for n in (size - 1, size, size + 1)
                    for k in buckets.get((other[0], other[-1], n), ())]
            for key in near:
                if key == other or not _slip(key, other, 1 + group):
                    continue
                raw = by_key[key][0]
                found = name(raw, where(raw)[0])
                first = _first_of(other, by_key, where, head_singles, head_several, headline)
                if first is None or found.start in reported or found.words != first.words \
                        or count(first.raw) < 2 and first.start > found.start:
                    continue
                if found.words == 1 and _written_lower(prose, found.raw) \
                        or skip(found.start, found.end) or skip(first.start, first.end):
                    continue
                reported.add(found.start)
                yield found, first


def sound_variants(prose: str, table: Table, *, skip: Callable[[int, int], bool],
                   heads: Table | None = None) -> Iterable[tuple[Name, Name]]:
    """(odd spelling, the story's spelling) pairs of single words that spell one name as
    heard ("Kadhafi" / "Gaddafi", "Katmandou" / "Kathmandu": ``extractors.people._sounds``): the odd
    one is written once; the other recurs, or is written once too and comes first. A word
    the story also writes in lower case is a common word."""
    head_singles = heads.singles if heads else {}
    by_sound: dict[str, list[str]] = {}
    for word in table.singles:
        if len(word) >= 5 and word[:1].isupper() and not word.isupper():
            by_sound.setdefault(skeleton(compact(word)), []).append(word)
    for group in by_sound.values():
        if len(group) < 2:
            continue
        for odd in group:
            if table.singles[odd] != 1 or odd in head_singles:
                continue
            found = Name(0, 0, odd, compact(odd), 1)
            for other in group:
                if not sound_alike(found.key, compact(other)):
                    continue
                odd_at, other_at = spots(prose, odd), spots(prose, other)
                if not odd_at or not other_at:
                    continue
                uses = table.singles[other] + head_singles.get(other, 0)
                if uses < 2 and other_at[0] > odd_at[0]:
                    continue
                if _written_lower(prose, odd) or _written_lower(prose, other) \
                        or skip(odd_at[0], odd_at[0] + len(odd)) \
                        or skip(other_at[0], other_at[0] + len(other)):
                    continue
                yield (Name(odd_at[0], odd_at[0] + len(odd), odd, found.key, 1),
                       Name(other_at[0], other_at[0] + len(other), other, compact(other), 1))
                break


def _first_of(key: str, by_key, where, head_singles, head_several,
              headline: tuple[str, int] | None) -> Name | None:
    """The first place a spelling of ``key`` is written: the headline's, or the body's."""
    if headline is not None:
        text, offset = headline
        for raw in list(head_singles) + list(head_several):
            if compact(raw) == key:
                at = head_several[raw][0] if raw in head_several else offset + spots(text, raw)[0]
                return Name(at, at + len(raw), raw, key, len(raw.split()))
    raws = by_key.get(key)
    if not raws:
        return None
    at, raw = min((where(r)[0], r) for r in raws)
    return Name(at, at + len(raw), raw, key, len(raw.split()))


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
    if len(long_) != len(short) + 1:
        return False
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    if i == len(short) or long_[:i] + long_[i + 1:] != short:
        return False   # a letter added at the end ("Centauri B" / "Centauri Bb"), or more
    extra = long_[i]
    doubled = long_[i - 1:i] == extra or long_[i + 1:i + 2] == extra
    if not doubled and extra in _VOWELS and (long_[i - 1:i] in _VOWELS or long_[i + 1:i + 2] in _VOWELS):
        return False   # a vowel pair for one vowel ("Fondation" / "Foundation"): a spelling system
    # a letter dropped well inside a word ("Heathow", "Katmandu"); near its end it makes
    # another form of the word ("Philippins" / "Philippines")
    return doubled or words > 1 or 2 <= i < len(short) - 1


def _written_lower(prose: str, raw: str) -> bool:
    """The story also writes the word in lower case somewhere (a common word)."""
    return raw.lower() != raw and written_lower([raw], prose)


# a capitalised compound: words joined by hyphens, or by an elision's apostrophe before a
# capital ("Villeneuve-d'Orbel", "Ashby-de-la-Moor"; never "Pierre's"), one hyphen at least
_COMPOUND = pattern_cache.compile(
    r"(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}]*(?:(?:-|['’](?=\p{Lu}))[\p{L}\p{M}]+)+"
    r"(?![\p{L}\p{M}\p{N}-])")
_COMPOUND_PARTS = pattern_cache.compile(r"[-'’]")
# how many letters a syllable added at a word's end may hold ("Orbel" / "Orbelle")
_SYLLABLE = 3


def compound_variants(prose: str, *, skip: Callable[[int, int], bool],
                      headline: tuple[str, int] | None = None) -> Iterable[tuple[Name, Name]]:
    """(odd spelling, the story's spelling) pairs of hyphenated names that are one place
    with one of its capitalised parts misspelt: the same parts in the same order, all but
    one written alike, and that one off by a letter or a syllable at its end, first letter
    kept ("Villeneuve-d'Orbel" / "Villeneuve-d'Orbelle", "Ashby-de-la-Moor" /
    "Ashby-de-la-Moore"). Two real names sharing a part differ by more than one part
    ("Villeneuve-sur-Lot" / "Villeneuve-d'Orbel"), or by a whole other word. The odd
    spelling is written fewer times than the other (the headline counts), or as often and
    later; ``skip`` leaves out a span (a person's name, a URL)."""
    found: dict[str, list[tuple[int, str, bool]]] = {}   # key -> (start, as written, in the body)
    for text, offset, body in [(prose, 0, True)] + ([(*headline, False)] if headline else []):
        for m in _COMPOUND.finditer(text):
            if "-" in m.group():
                found.setdefault(compact(m.group()), []).append((offset + m.start(), m.group(), body))
    if len(found) < 2:
        return
    shapes: dict[int, list[tuple[str, tuple[str, ...]]]] = {}
    for key, uses in found.items():
        parts = tuple(_COMPOUND_PARTS.split(uses[0][1]))
        shapes.setdefault(len(parts), []).append((key, parts))
    for group in shapes.values():
        for (a, a_parts), (b, b_parts) in _pairs(group):
            if not _one_part_off(a_parts, b_parts):
                continue
            # the odd spelling: written fewer times, or as often and later
            odd, settled = sorted((found[a], found[b]), key=lambda uses: (len(uses), -min(uses)[0]))
            if len(odd) == len(settled) > 1:
                continue   # two settled spellings: a house style in doubt, not a slip
            body = [u for u in odd if u[2]]
            first = min(settled)
            if not body or skip(body[0][0], body[0][0] + len(body[0][1])) \
                    or first[2] and skip(first[0], first[0] + len(first[1])):
                continue
            at, raw, _ = body[0]
            yield (Name(at, at + len(raw), raw, compact(raw), 1),
                   Name(first[0], first[0] + len(first[1]), first[1], compact(first[1]), 1))


def _pairs(items: list) -> Iterable[tuple]:
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            yield a, b


def _one_part_off(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """All parts alike (folded) but one, capitalised in both and four letters or more,
    with the same first letter, off by one edit or by a syllable added at its end."""
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if compact(x) != compact(y)]
    if len(diff) != 1:
        return False
    x, y = a[diff[0]], b[diff[0]]
    if not (x[:1].isupper() and y[:1].isupper()):
        return False
    x, y = compact(x), compact(y)
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) < 4 or short[0] != long_[0]:
        return False
    if long_.startswith(short) and len(long_) - len(short) <= _SYLLABLE:
        return True
    from rapidfuzz.distance import OSA   # here: a story without such a pair never pays its import
    return OSA.distance(short, long_) <= 1
