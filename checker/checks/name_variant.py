"""``check: name-variant`` — a proper noun written two ways, or not as the style sheet says.

Two spellings are variants when they differ only by hyphen or space, accents, case, or the
case of an article particle ("Qalamoun-ouest" / "Qalamoun ouest", "al-Jarajir" /
"Al Jarajir", "Egypte" / "Égypte"). A capital that only opens a sentence is not a
difference. The first spelling wins and is the suggestion.

The style sheet (``names:`` in the configuration, ``facts.settings["names"]``) lists
canonical spellings: any variant of one of them is flagged even when the story is
consistent, including a person's surname one typo away ("Zelenskyy" for "Zelensky").
"""
from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

import regex

from ..speedups import pattern_cache

from ..extractors.people import patterns_for, near_miss
from ..locales import fold
from ._speakers import in_heading
from ._named_things import (Table, compact, compound_variants, headline as _headline, names,
                            sound_variants, spots, variants)

FIELDS = ("name", "preferred", "source")
SCOPES = ("document",)

# possessive runs: a word without a hyphen fails at once instead of giving back letters
_HYPHENATED = pattern_cache.compile(r"(?<![\p{L}\p{M}-])[\p{L}\p{M}]++(?:-[\p{L}\p{M}]++)+(?![\p{L}\p{M}-])")
_SHEET_SPLIT = pattern_cache.compile(r"[ \t\-]+")
_SEPARATORS = " \t\u00a0-"
_NON_ASCII = pattern_cache.compile(r"[^\x00-\x7f]+")
# the value of a front matter's title line, without its quotes
_LETTER_RUN = pattern_cache.compile(r"[\p{L}\p{M}]+")
_CAPITALISED = pattern_cache.compile(r"(?<![\p{L}\p{M}-])\p{Lu}[\p{L}\p{M}]{2,}+(?![\p{L}\p{M}])")


@dataclass(frozen=True)
class Params:
    """Keys of a ``name-variant`` rule.

    Args:
        classes (list of str): which kinds of respelling are reported: hyphens ("Jean-Marc"
            / "Jean Marc"), accents ("Égypte" / "Egypte"), slips (one name with other
            spaces, or a rare spelling one typing slip from the story's: "Heathow"),
            case (a name of two words whose second word is capitalised once and not once:
            "Parti socialiste" / "Parti Socialiste"), sounds (one name heard the same way,
            spelt two ways: "Kadhafi" / "Gaddafi"),
            headline (the headline's spelling against the body's).
        min_length (int): shortest name, in letters, whose slips are reported (one letter
            off a short name is as often another name).
    """

    classes: tuple[str, ...] = ("hyphens", "accents", "case", "slips", "sounds", "headline")
    min_length: int = 6


CLASSES = ("hyphens", "accents", "case", "slips", "sounds", "headline")


def prepare(params: Params) -> Params:
    from . import RuleParamError
    unknown = sorted(set(params.classes) - set(CLASSES))
    if unknown:
        raise RuleParamError("classes", f"unknown class {', '.join(unknown)}; "
                                        f"expected some of {', '.join(CLASSES)}")
    if params.min_length < 3:
        raise RuleParamError("min-length", "must be 3 or more (a slip in a two-letter name is another name)")
    return params


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    first: tuple[int, int] | None     # the first spelling, or None for a style-sheet entry
    preferred: str


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """One character lower-cased and without accents, or itself when that is not one char."""
    d = unicodedata.normalize("NFKD", c.casefold())
    base = "".join(ch for ch in d if not unicodedata.combining(ch))
    return base if len(base) == 1 else c.lower() if len(c.lower()) == 1 else c


def _non_ascii(prose: str) -> set[str]:
    """The distinct characters of ``prose`` outside ASCII, without a set of every character:
    one C scan for the runs that hold them (a story is mostly ASCII; 2x faster than set())."""
    return set("".join(_NON_ASCII.findall(prose)))


# The characters of ASCII that fold to something else: the capitals, to their lower case.
_ASCII_TABLE = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _folded(prose: str) -> str:
    """``prose`` lower-cased and without accents, character for character (same offsets).

    Folding goes through ``str.translate`` with a table of the text's distinct characters:
    a story has a few dozen of them, so the per-character work runs in C. ASCII characters
    fold to their lower case, so only the others need looking at.
    """
    chars = _non_ascii(prose)
    table = {ord(c): f for c in chars if (f := _fold_char(c)) != c}
    if all(f == chr(k).lower() for k, f in table.items()):
        return prose.lower()   # no accents: lower-casing is the whole fold (and much faster)
    table.update(_ASCII_TABLE)   # extra entries for absent capitals change nothing
    # Lower-case, then replace the few accented letters left: ``str.translate`` with a dict
    # looks up every character (slow on non-ASCII text); ``str.replace`` runs once per
    # accented letter. Only when lower-casing keeps one character per character and each
    # lower-cased letter has one fold, and not for a capital sigma (its lower case depends
    # on its place in the word); otherwise the table. A character whose lower case is ASCII
    # (the Kelvin sign) could clash with the ASCII letters, which are not listed: the table.
    if "\u03a3" in chars:
        return prose.translate(table)
    fixes: dict[str, str] = {}
    for c in chars:
        low = c.lower()
        f = table.get(ord(c), c)
        if len(low) != 1 or low.isascii() or fixes.setdefault(low, f) != f:
            return prose.translate(table)
    fixes = {low: f for low, f in fixes.items() if low != f}
    if any(f in fixes for f in fixes.values()):
        return prose.translate(table)
    folded = prose.lower()
    for low, f in fixes.items():
        folded = folded.replace(low, f)
    return folded


def _has_accents(prose: str) -> bool:
    """Some character folds to more than its lower case: two spellings of one word can
    then differ by accents alone."""
    return not prose.isascii() and any(_accented(c) for c in _non_ascii(prose))


@functools.lru_cache(maxsize=4096)
def _accented(c: str) -> bool:
    return _fold_char(c) != c.lower()


def _in_url(prose: str, start: int, end: int) -> bool:
    left = prose.rfind(" ", 0, start) + 1
    right = prose.find(" ", end)
    word = prose[left:right if right != -1 else len(prose)]
    return "/" in word or "www." in word or "@" in word


def _opens(prose: str, start: int, starts: set[int]) -> bool:
    """True when ``start`` opens a sentence or a quotation (its capital is grammatical)."""
    if start in starts:
        return True
    before = prose[max(0, start - 3):start].rstrip(" \t\u00a0")
    return not before or before[-1] in "«“\"‘(—–:.!?\n"


def _differs(a: str, b: str, *, b_starts_sentence: bool, a_starts_sentence: bool) -> bool:
    if a == b:
        return False
    if a.lower() == b.lower() and (a.islower() or b.islower()):
        return False   # "nord-est" (a direction) beside "Nord-Est" (a region)
    if (a.isupper() or b.isupper()) and fold(a) == fold(b):
        return False   # a dateline or headline in capitals: "PONT-A-MOUSSON", capitals lose accents
    if (a_starts_sentence or b_starts_sentence) and a[1:] == b[1:] and a[0].lower() == b[0].lower():
        return False
    return True


@functools.lru_cache(maxsize=256)
def _flexible(parts: tuple[str, ...]) -> regex.Pattern:
    """A style-sheet name with any run of spaces or hyphens between its parts (compiled once
    per process and name)."""
    body = r"[ \t\u00a0-]+".join(regex.escape(p) for p in parts)
    return pattern_cache.compile(rf"(?<![\p{{L}}\p{{M}}-]){body}(?![\p{{L}}\p{{M}}])")


def _hyphenated(prose: str) -> Iterator[Any]:
    """``_HYPHENATED.finditer(prose)``, tried only at the letter runs before a hyphen.

    A match starts where the letters before its first hyphen start, so trying the
    pattern there (leftmost first, no overlap) finds the same matches as a full scan."""
    cursor, at = 0, prose.find("-")
    while at != -1:
        start = at
        while start > cursor and _is_letter(prose[start - 1]):
            start -= 1
        if start < at:
            m = _HYPHENATED.match(prose, start)
            if m:
                yield m
                cursor = m.end()
        at = prose.find("-", max(at + 1, cursor))


# Past this many characters a story's word starts are indexed once for all its hyphenated
# names; below it, finding each name's first word with str.find costs less than the index.
INDEX_FROM = 50_000


def _occurrences(folded: str, parts: list[str],
                 words: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Spans of ``parts`` joined by runs of spaces or hyphens, as whole words, in order.

    The name's first word is found with ``str.find``, or looked up in ``words`` (where each
    folded word starts: ``_word_starts``) for a long story, where a scan of the whole
    text per name would grow with the square of its length."""
    first, size = parts[0], len(folded)
    found: list[tuple[int, int]] = []
    done = 0
    for at in (words.get(first, ()) if words is not None else _finds(folded, first)):
        if at < done or (at and (folded[at - 1] == "-" or _is_letter(folded[at - 1]))):
            continue
        end = at + len(first)
        for part in parts[1:]:
            gap = end
            while gap < size and folded[gap] in _SEPARATORS:
                gap += 1
            if gap == end or not folded.startswith(part, gap):
                end = -1
                break
            end = gap + len(part)
        if end != -1 and (end == size or not _is_letter(folded[end])):
            found.append((at, end))
            done = end
    return found


def _finds(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def _word_starts(folded: str) -> dict[str, list[int]]:
    """Where each word (a run of letters and marks) of the folded text starts."""
    starts: dict[str, list[int]] = {}
    for match in _LETTER_RUN.finditer(folded):
        starts.setdefault(match.group(), []).append(match.start())
    return starts


def _within(spans) -> Callable[[int, int], bool]:
    """``(start, end) -> whether a span of ``spans`` contains it``, by bisection on the
    spans' starts and the furthest end reached so far (a scan of every person's mention
    for every candidate grew with the square of the story)."""
    ordered = sorted((span.start, span.end) for span in spans)
    starts = [start for start, _ in ordered]
    reach: list[int] = []
    furthest = -1
    for _, end in ordered:
        furthest = max(furthest, end)
        reach.append(furthest)

    def contains(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and reach[i] >= end
    return contains


def _is_letter(c: str) -> bool:
    """``[\\p{L}\\p{M}]`` for one character."""
    return c.isalpha() or unicodedata.category(c)[0] == "M"


@functools.lru_cache(maxsize=1 << 14)
def _fold_chars(word: str) -> str:
    """``_folded`` of one word (same key as a slice of the folded text)."""
    return "".join(map(_fold_char, word))


def _against_headline(prose: str, headline: tuple[int, str] | None, heads: Table | None,
                      table: Table, skip) -> Iterator[Evidence]:
    """A name the body writes once with other spaces or hyphens than the headline
    ("Pointe à Callière" under a headline's "Pointe-à-Callière"). Only the spacing counts:
    headlines drop accents on capitals and change case by house style, and a body that
    uses its own spelling several times has settled on it."""
    if headline is None or heads is None:
        return
    offset, text = headline
    first: dict[str, str] = {}
    for raw in itertools.chain(heads.several, heads.singles):
        first.setdefault(compact(raw), raw)
    body: dict[str, list[tuple[str, int]]] = {}
    for raw, n in itertools.chain(table.singles.items(),
                                  ((r, len(at)) for r, at in table.several.items())):
        key = compact(raw)
        if key in first:
            body.setdefault(key, []).append((raw, n))
    for key, forms in body.items():
        if sum(n for _, n in forms) != 1:
            continue   # the body has settled on a spelling of its own
        raw, head = forms[0][0], first[key]
        if _fold_chars(raw) == _fold_chars(head):
            continue
        start = table.several[raw][0] if raw in table.several else spots(prose, raw)[0]
        at = heads.several[head][0] if head in heads.several else offset + spots(text, head)[0]
        if not skip(start, start + len(raw)):
            yield Evidence(start, start + len(raw), (at, at + len(head)), head)


def _hyphen_variants(prose: str, starts: set[int], in_person: Callable[[int, int], bool],
                     particles: Any, heading: Callable[[int], bool]) -> tuple[list[Evidence], str]:
    """Hyphenated names written elsewhere with spaces, another case or other accents
    ("Jean-Marc" / "Jean Marc"), outside persons' names, against the first spelling; and
    the folded text, when it had to be built (the style sheet reads it too)."""
    folded = ""
    found: list[Evidence] = []
    seen: set[str] = set()
    for m in _hyphenated(prose):
        raw = m.group()
        if not any(c.isupper() for c in raw) or in_person(*m.span()) or _in_url(prose, *m.span()):
            continue
        key = _fold_chars(raw)
        if key in seen:
            continue
        seen.add(key)
        head = raw.split("-", 1)[0]
        if head.islower() and head not in particles:
            continue   # "pro-Beijing", "all-Airbus": a prefix and a name make an adjective
        if not folded:
            folded = _folded(prose)
            word_starts = _word_starts(folded) if len(folded) > INDEX_FROM else None
        occurrences = [o for o in _occurrences(folded, key.split("-"), word_starts)
                       if "\n" not in prose[o[0]:o[1]] and not _in_url(prose, *o)]
        if not occurrences or not _written_as_a_name(prose, occurrences, starts, heading):
            continue
        first = occurrences[0]
        first_raw = prose[first[0]:first[1]]
        flagged = {first_raw}
        for start, end in occurrences[1:]:
            text = prose[start:end]
            if text in flagged or not _differs(first_raw, text, a_starts_sentence=_opens(prose, first[0], starts),
                                               b_starts_sentence=_opens(prose, start, starts)):
                continue
            flagged.add(text)
            found.append(Evidence(start, end, first, first_raw))
    return found, folded


def _written_as_a_name(prose: str, occurrences: list[tuple[int, int]], starts: set[int],
                       heading: Callable[[int], bool]) -> bool:
    """Some occurrence outside a heading holds a capital its place does not explain: inside
    the word ("Saint-Denis", "Control-Room"), or at its head away from a sentence's or a
    quotation's opening ("in Qalamoun-ouest"). A compound of common words written with a
    hyphen as a modifier and with a space as a noun ("12 control-room posts" / "the control
    room", « faire du porte-à-porte » / « le porte à porte ») is grammar, not a name spelt two
    ways, and a capital that opens a sentence, or a heading's title case, makes no name."""
    for start, end in occurrences:
        text = prose[start:end]
        if heading(start) or not any(c.isupper() for c in text):
            continue
        if any(c.isupper() for c in text[1:]) or not _opens(prose, start, starts):
            return True
    return False


def _particle_variants(prose: str, in_person: Callable[[int, int], bool]) -> list[Evidence]:
    """Hyphenated names of three words or more that differ only by their one short
    lower-case word ("Saint-Aubin-sur-Lorne" / "Saint-Aubin-de-Lorne", "Stratford-upon-Avon"
    / "Stratford-on-Avon"): one place spelt two ways, against the first spelling."""
    by_shape: dict[tuple, list[Any]] = {}
    for m in _hyphenated(prose):
        parts = m.group().split("-")
        lower = [i for i, p in enumerate(parts) if p.islower()]
        if len(parts) < 3 or len(lower) != 1 or len(parts[lower[0]]) > 4 or in_person(*m.span()):
            continue
        shape = (lower[0],) + tuple(_fold_chars(p) for i, p in enumerate(parts) if i != lower[0])
        by_shape.setdefault(shape, []).append(m)
    found = []
    for matches in by_shape.values():
        first = matches[0]
        particle = first.group().split("-")
        for m in matches[1:]:
            if _fold_chars(m.group()) != _fold_chars(first.group()) and m.group().split("-") != particle:
                found.append(Evidence(m.start(), m.end(), first.span(), first.group()))
    return found


def _accent_variants(prose: str, in_person: Callable[[int, int], bool]) -> Iterator[Evidence]:
    """Capitalised words written twice with other accents ("Egypte" / "Égypte"), outside
    persons' names (speakers.variant reports those, with the person), against the first."""
    spellings: dict[str, tuple[int, int, str]] = {}
    lowered: dict[str, set[str]] = {}
    for word in set(_CAPITALISED.findall(prose)) if _has_accents(prose) else ():
        lowered.setdefault(_fold_chars(word), set()).add(word.lower())
    if not any(len(forms) > 1 for forms in lowered.values()):
        return   # nothing can differ
    for m in _CAPITALISED.finditer(prose):
        if in_person(*m.span()):
            continue
        raw = m.group()
        key = _fold_chars(raw)
        if key not in spellings:
            spellings[key] = (m.start(), m.end(), raw)
            continue
        first = spellings[key]
        if raw != first[2] and raw.lower() != first[2].lower() and not raw.isupper() \
                and not first[2].isupper():
            yield Evidence(m.start(), m.end(), first[:2], first[2])


# two words, the first capitalised, that make a whole name: no capitalised word right
# before or after them ("Irish Stock Exchange" / "Irish stock market" are other names)
_PAIR = pattern_cache.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}]+)"
                              r"[ \u00a0]+([\p{L}\p{M}]{4,})(?![\p{L}\p{M}'’-])(?![ \u00a0]+\p{Lu})")
# a capitalised word before the pair, maybe past a short joining word ("Group on Afghan Women")
_WORD_BEFORE = pattern_cache.compile(r"(\p{Lu}[\p{L}\p{M}'’-]*)[ \u00a0]+(?:\p{Ll}{1,3}[ \u00a0]+)?$")


def _case_variants(prose: str, starts: set[int], in_person: Callable[[int, int], bool]) -> Iterator[Evidence]:
    """Names of two words whose second word is written capitalised and not ("Parti
    socialiste" / "Parti Socialiste", "White House" / "White house"), outside persons' names:
    the spelling written once, against the one the story settles on. A pair opening a
    sentence with its second word in lower case may be a common phrase there ("Le monde
    entier" / "Le Monde"), and a word in capitals is emphasis: neither counts."""
    by_key: dict[tuple[str, str], list[Any]] = {}
    for m in _PAIR.finditer(prose, overlapped=True):
        by_key.setdefault((m.group(1).casefold(), m.group(2).casefold()), []).append(m)
    for matches in by_key.values():
        if len({m.group(2)[0].isupper() for m in matches}) < 2:
            continue   # one form only (most pairs): nothing to read further
        forms: dict[bool, list[Any]] = {}
        for m in matches:
            second = m.group(2)
            if second.isupper() or not (second[0].isupper() or second.islower()) or in_person(*m.span()):
                continue
            if second.islower() and _opens(prose, m.start(), starts):
                continue
            before = _WORD_BEFORE.search(prose, max(0, m.start() - 40), m.start())
            if before is not None and not _opens(prose, before.start(1), starts):
                continue   # "United States government", "Group on Afghan Women": a longer name
            forms.setdefault(second[0].isupper(), []).append(m)
        if len(forms) < 2:
            continue
        # a slip against a settled spelling: the story writes one form twice or more and
        # the other once (one of each, or several of each, is a house style in doubt)
        settled, odd = sorted(forms.values(), key=len, reverse=True)
        if len(settled) >= 2 and len(odd) == 1:
            yield Evidence(odd[0].start(), odd[0].end(), settled[0].span(), settled[0].group())


def collect(rule, document, facts) -> tuple[Evidence, ...]:
    prose = document.prose
    folded = ""   # the folded text, computed when first needed (many stories never need it)
    starts = {s.start for s in document.sentences}
    people = facts.get("people")
    # a title with the name ("Ms Mc Kenna") is the person's too: speakers.variant reports it
    person_spans = [m.name_span for m in people] + [m.span for m in people if m.span != m.name_span]
    in_person = _within(person_spans)
    calendar = _calendar_words(facts.locale)

    def away(s: int, e: int) -> bool:
        return in_person(s, e) or _in_url(prose, s, e) or fold(prose[s:e]).rstrip(".") in calendar
    found: dict[int, Evidence] = {}
    particles = patterns_for(facts.locale).prefix_particles
    classes = rule.params.classes
    # 1. hyphenated names against their spaced / re-cased / re-accented spellings
    if "hyphens" in classes:
        items, folded = _hyphen_variants(prose, starts, in_person, particles,
                                         lambda at: in_heading(document, at))
        for item in items:
            found.setdefault(item.start, item)
        for item in _particle_variants(prose, in_person):
            found.setdefault(item.start, item)
    # 2. capitalised words that differ only by accents ("Egypte" / "Égypte")
    if "accents" in classes:
        for item in _accent_variants(prose, in_person):
            found.setdefault(item.start, item)
    if "case" in classes:
        for item in _case_variants(prose, starts, in_person):
            found.setdefault(item.start, item)
    # 3. the style sheet
    for canonical in facts.settings.get("names", ()) or ():
        canonical = str(canonical)
        parts = [p for p in _SHEET_SPLIT.split(fold(canonical)) if p]
        if not parts:
            continue
        folded = folded or _folded(prose)
        for m in _flexible(tuple(parts)).finditer(folded):
            text = prose[m.start():m.end()]
            if "\n" not in text and _differs(canonical, text, a_starts_sentence=False,
                                             b_starts_sentence=_opens(prose, m.start(), starts)):
                found.setdefault(m.start(), Evidence(m.start(), m.end(), None, canonical))
        words = canonical.split()
        for mention in people:
            surname, given = fold(mention.surname), fold(mention.given)
            if surname == fold(words[-1]) or not near_miss(surname, fold(words[-1])):
                continue
            if len(words) > 1 and given and given != fold(words[0]):
                continue
            span = mention.name_span
            preferred = canonical if mention.given else words[-1]
            found.setdefault(span.start, Evidence(span.start, span.end, None, preferred))
    # 4. the story's other named things: one word or two, one letter off (_named_things)
    table = names(prose)
    headline = _headline(document)
    heads = names(headline[1], headline[0]) if headline else None
    for odd, settled in variants(prose, table, skip=away,
                                 headline=(headline[1], headline[0]) if headline else None,
                                 heads=heads, min_length=rule.params.min_length) \
            if "slips" in classes else ():
        if odd.raw.isupper() or settled.raw.isupper():
            continue   # a dateline or headline in capitals
        found.setdefault(odd.start, Evidence(odd.start, odd.end, (settled.start, settled.end),
                                             settled.raw))
    for odd, settled in compound_variants(prose, skip=away, headline=(headline[1], headline[0])
                                          if headline else None) if "slips" in classes else ():
        found.setdefault(odd.start, Evidence(odd.start, odd.end, (settled.start, settled.end),
                                             settled.raw))
    for odd, settled in sound_variants(prose, table, skip=away, heads=heads) \
            if "sounds" in classes else ():
        found.setdefault(odd.start, Evidence(odd.start, odd.end, (settled.start, settled.end),
                                             settled.raw))
    for item in _against_headline(prose, headline, heads, table, away) \
            if "headline" in classes else ():
        found.setdefault(item.start, item)
    return _one_per_slip([found[k] for k in sorted(found)])


def _calendar_words(locale) -> frozenset[str]:
    """The locale's month and weekday names, folded: a calendar word is written with a
    capital by rule (every English "March", a French « Mardi » opening a sentence) and is no
    name a story could misspell, so a name one sound or slip from it ("Marco" / "March",
    « Juliet » / « Juillet ») is another word, not its variant."""
    return frozenset(locale.months) | frozenset(locale.weekdays)


def _one_per_slip(items: list[Evidence]) -> tuple[Evidence, ...]:
    """One finding per slip: names that overlap ("The Friends of Carow", "Friends of Carow
    Lighthouse", "Carow Lighthouse") are readings of one misspelt word; the shortest says
    it most exactly."""
    kept: list[Evidence] = []
    for item in items:
        if kept and item.start < kept[-1].end:
            if item.end - item.start < kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return tuple(kept)


def judge(rule, evidence: Iterable[Evidence], document) -> Iterable:
    for item in evidence:
        span = document.span(item.start, item.end)
        related = [] if item.first is None else [(document.span(*item.first), "first spelling")]
        note = "the house style sheet's spelling" if item.first is None else "the story's first spelling"
        yield rule.finding(document, span,
                           fields={"name": document.slice(span), "preferred": item.preferred,
                                   "source": note},
                           related=related, suggestions=[item.preferred])
