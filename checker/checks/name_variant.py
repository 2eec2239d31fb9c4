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

import unicodedata
from dataclasses import dataclass
from typing import Iterable

import regex

from ..extractors.people import near_miss
from ..locales import fold

FIELDS = ("name", "preferred")
NEEDS = ("people",)

_HYPHENATED = regex.compile(r"(?<![\p{L}\p{M}-])[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+(?![\p{L}\p{M}-])")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}-])\p{Lu}[\p{L}\p{M}]{2,}(?![\p{L}\p{M}])")


@dataclass(frozen=True)
class Params:
    pass


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    first: tuple[int, int] | None     # the first spelling, or None for a style-sheet entry
    preferred: str


def _fold_char(c: str) -> str:
    d = unicodedata.normalize("NFKD", c.casefold())
    base = "".join(ch for ch in d if not unicodedata.combining(ch))
    return base if len(base) == 1 else c.lower() if len(c.lower()) == 1 else c


def _folded(prose: str) -> str:
    """``prose`` lower-cased and without accents, character for character (same offsets)."""
    return "".join(_fold_char(c) for c in prose)


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
    if (a_starts_sentence or b_starts_sentence) and a[1:] == b[1:] and a[0].lower() == b[0].lower():
        return False
    return True


def _flexible(parts: list[str]) -> regex.Pattern:
    body = r"[ \t\u00a0-]+".join(regex.escape(p) for p in parts)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}-]){body}(?![\p{{L}}\p{{M}}])")


def collect(rule, document, facts) -> tuple[Evidence, ...]:
    prose = document.prose
    folded = _folded(prose)
    starts = {s.start for s in document.sentences}
    people = facts.get("people")
    person_spans = [m.name_span for m in people]
    in_person = lambda s, e: any(p.start <= s and e <= p.end for p in person_spans)  # noqa: E731
    found: dict[int, Evidence] = {}
    seen: set[str] = set()
    # 1. hyphenated names against their spaced / re-cased / re-accented spellings
    for m in _HYPHENATED.finditer(prose):
        raw = m.group()
        if not any(c.isupper() for c in raw) or in_person(*m.span()) or _in_url(prose, *m.span()):
            continue
        key = folded[m.start():m.end()]
        if key in seen:
            continue
        seen.add(key)
        occurrences = [o.span() for o in _flexible(regex.split(r"-+", key)).finditer(folded)
                       if "\n" not in prose[o.start():o.end()] and not _in_url(prose, *o.span())]
        if not occurrences:
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
            found.setdefault(start, Evidence(start, end, first, first_raw))
    # 2. capitalised words that differ only by accents ("Egypte" / "Égypte")
    spellings: dict[str, tuple[int, int, str]] = {}
    for m in _CAPITALISED.finditer(prose):
        raw = m.group()
        key = folded[m.start():m.end()]
        if key not in spellings:
            spellings[key] = (m.start(), m.end(), raw)
            continue
        first = spellings[key]
        if raw != first[2] and raw.lower() != first[2].lower() and not raw.isupper() \
                and not first[2].isupper():
            found.setdefault(m.start(), Evidence(m.start(), m.end(), first[:2], first[2]))
    # 3. the style sheet
    for canonical in facts.settings.get("names", ()) or ():
        canonical = str(canonical)
        parts = [p for p in regex.split(r"[ \t\-]+", fold(canonical)) if p]
        if not parts:
            continue
        for m in _flexible(parts).finditer(folded):
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
    return tuple(found[k] for k in sorted(found))


def judge(rule, evidence: Iterable[Evidence], document) -> Iterable:
    for item in evidence:
        span = document.span(item.start, item.end)
        related = [] if item.first is None else [(document.span(*item.first), "first spelling")]
        note = "style sheet" if item.first is None else "first spelling"
        yield rule.finding(document, span,
                           fields={"name": document.slice(span), "preferred": item.preferred,
                                   "source": note},
                           related=related, suggestions=[item.preferred])
