"""``check: speaker-variant`` — one person spelt two ways (Hamdane / Hamdan, Milošević /
Milosevic, Zelensky / Zelenskyy).

Four shapes: a later surname that differs from the introduced one only by accents, case,
spaces or hyphens ("Mc Kenna" / "McKenna"); a later surname-only person one typo away
from an introduced surname, wherever it stands; a second full name with the same given
name and a near-miss surname; a second full name with the same surname and a changed
given name (``_given_changed``). The related span is the first spelling, which is also
the suggestion. A slip the people extractor ties to someone introduced only later ("The
board chose Marsdon ... Helen Marsden, a former auditor"), and a headline word one slip
from a cued person's surname, are reported too, pointing at the introduction.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import regex

from ..speedups import pattern_cache

from ..extractors.people import patterns_for, near_miss, resembles
from ..spans import Span
from ..locales import fold
from ._named_things import headline
from ._speakers import FULL_FORMS, in_heading, persons

FIELDS = ("name", "first")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``speaker-variant`` rule.

    Args:
        first_names (bool): also report a first name changed under one surname ("Mayor
            Carla Dunmore" ... "Mayor Clara Dunmore", "Jean-Marc" / "Jean-Marie"); off, only
            surnames are held to one spelling.
    """

    first_names: bool = True


@dataclass(frozen=True)
class Evidence:
    mention: object
    first: object
    suggestion: str
    label: str = "first spelling"   # "introduced here" when the full name comes later


def collect(rule, document, facts) -> tuple[Evidence, ...]:
    views = persons(facts)
    pats = patterns_for(facts.locale)
    found: list[Evidence] = []
    for view in views:
        if view.intro is not None:
            for m in view.mentions:
                if m.span.start > view.intro.span.start and m.surname != view.intro.surname \
                        and _compact(m.surname) == _compact(view.intro.surname) \
                        and not m.surname.isupper():
                    found.append(Evidence(m, view.intro, view.intro.surname))
                    break
        mention = view.intro or view.first
        later = _introduced_later(view, views) if view.intro is None else None
        if later is not None:   # a headline's slip too: "Marsdon to lead review"
            found.append(Evidence(mention, later.intro, later.intro.surname, "introduced here"))
            continue
        if in_heading(document, mention.span.start):
            continue
        key, given = fold(mention.surname), fold(mention.given)
        for other in views:
            if other is view or other.intro is None or other.intro.span.start >= mention.span.start:
                continue
            okey = fold(other.intro.surname)
            if okey == key:
                if view.intro is not None and rule.params.first_names \
                        and _given_changed(view, other, pats, document.prose):
                    found.append(Evidence(mention, other.intro, other.intro.name))
                    break
                continue
            if not resembles(key, okey):
                continue
            if view.intro is not None and not _same_given(given, fold(other.intro.given)):
                continue  # two people: "John Smith" and "Jane Smyth"
            name = other.intro.name if view.intro is not None else other.intro.surname
            found.append(Evidence(mention, other.intro, name))
            break
    found += _headline_slips(document, views)
    return tuple(sorted(found, key=lambda e: e.mention.span.start))


@dataclass(frozen=True)
class _HeadlineWord:
    """A word of the front matter's headline, where it stands in the file."""

    name: str
    span: Span

    @property
    def name_span(self) -> Span:
        return self.span


_CAPITALISED = pattern_cache.compile(r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}]{3,}(?![\p{L}\p{M}-])")


def _headline_slips(document, views) -> list[Evidence]:
    """A headline word one slip from the surname of a person the body introduces with a
    cue ("Marsdon to lead review" over "Helen Marsden, a former auditor"), when the body
    never writes that word, in capitals or in lower case (it would be a name or a word of
    its own), and it is no other person's surname. The front matter stands outside the
    story's prose, so the people extractor never reads it."""
    head = headline(document)
    # a person some mention vouches for: the introduction's cue, or a later title or speech
    # verb ("La metteuse en scène Odile Marenzac ... Pour Mme Marenzac")
    cued = [v for v in views if v.intro is not None
            and any(set(m.cues) - {"initial"} for m in v.mentions)]
    if head is None or not cued:
        return []
    offset, text = head
    prose = document.prose
    surnames = {fold(v.intro.surname) for v in views if v.intro is not None}
    # each cued surname folded once, not once per headline word
    cued_keys = [(v, fold(v.intro.surname)) for v in cued]
    found = []
    for word in _CAPITALISED.finditer(text):
        key = fold(word.group())
        if key in surnames or word.group().isupper():
            continue
        # a headline respaced by house style ("McGuire" over "Mc Guire") is the subject
        # of names.variant's headline reading, not a slip of letters
        other = next((v for v, surname in cued_keys if near_miss(key, surname)
                      and _compact(word.group()) != _compact(v.intro.surname)), None)
        # (the body is searched only for the rare word one slip from a surname)
        if other is None or regex.search(
                rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word.group())}(?![\p{{L}}\p{{M}}])",
                prose, regex.IGNORECASE):
            continue
        span = Span(offset + word.start(), offset + word.end())
        found.append(Evidence(_HeadlineWord(word.group(), span), other.intro,
                              other.intro.surname, "introduced here"))
    return found


def _introduced_later(view, views):
    """The person introduced by full name after ``view``'s first mention that the people
    extractor took it for another spelling of ("The board chose Marsdon ... Helen
    Marsden, a former auditor"): the slip is the same whichever comes first, and the
    extractor already weighed the story's evidence (frequencies, lower-case uses). None
    when an earlier introduction resembles it too (the loop below reports that one)."""
    target = view.first.variant_of
    if not target:
        return None
    start = view.first.span.start
    other = next((v for v in views if v.person == target), None)
    if other is None or other.intro is None or other.intro.span.start <= start:
        return None
    return other


def _given_changed(view, first_view, pats, prose: str) -> bool:
    """A later full name with an introduced person's surname and another given name is
    that person under a wrong first name ("Carla Dunmore" ... "Clara Dunmore") unless
    it introduces someone of its own. Given names that differ by hyphens, spaces, case or
    accents, or by one typo, are a slip whatever surrounds them. Another given name is
    taken for a slip only when the story reads as about one person: it is named in full
    once, with no role or apposition of its own ("his wife, Anne Dunmore"), keeps the
    first one's initial (what a memory keeps; a relative's name shares nothing), and the
    name has no description of its own right before it, nor an office other than the
    first one's ("Sa sœur, la directrice de l'école Mathilde Dufour")."""
    first = first_view.intro
    a, b = _given_part(view.intro), _given_part(first)
    if not a or not b:
        return False
    if a != b and _compact(a) == _compact(b):
        return True   # "Jean Marie" / "Jean-Marie"
    given, other = _givens(view.intro), _givens(first)
    if not given or not other or given & other:
        return False   # "U.S. President Donald Trump" and "Donald Trump": one person
    a, b = fold(view.intro.given), fold(first.given)
    if _office(a, pats) or _office(b, pats) or "." in a or "." in b or len(a) <= 2 \
            or len(b) <= 2 or a.startswith(b) or b.startswith(a):
        return False   # a title read as a name, an initial, a short form (Tim / Timothy)
    if near_miss(a, b) or _one_typo(a, b):
        return True
    if _same_office(prose, view.intro, first, pats) \
            and not _described(prose, view.intro.span.start, pats) \
            and not _described(prose, first.span.start, pats):
        # "Alison Pryce, Coastline's managing director" ... "Amanda Pryce, the managing
        # director"; not two holders told apart by a word of their own ("le sénateur
        # Scott Brown" ... "le sénateur démocrate Sherrod Brown")
        return True
    fulls = [m for m in view.mentions if m.form in FULL_FORMS]
    own = {"apposition", "role"}
    return a[0] == b[0] and len(fulls) == 1 \
        and not any(own & set(m.cues) for m in view.mentions) \
        and not _described(prose, view.intro.span.start, pats) \
        and not _offices(prose, view.intro, pats)   # an office of its own, not the first's


# the apposition after a name, up to the next comma or stop
_APPOSED = pattern_cache.compile(r",[ \t\u00a0]*([^,.;:!?()«»\"“”]{1,60})")


def _offices(prose: str, mention, pats) -> frozenset[str]:
    """The role nouns the story gives a name in the apposition right after it ("Alison
    Pryce, Coastline's managing director") or in the words right before it, capitalised or
    not ("Public Works Director Daniel Okafor", "said Commissioner Loretta Vance", « a
    déclaré la conseillère Martine Dufour »)."""
    found = _APPOSED.match(prose, mention.span.end)
    roles = set()
    if found is not None:
        at = 0
        while (role := pats.role_word.search(found.group(1), at)) is not None:
            roles.add(fold(role.group()))
            at = role.end()
    before = _WORDS_BEFORE.search(prose, max(0, mention.span.start - 40), mention.span.start)
    if before is not None:
        text, at = before.group(1), 0
        while (role := pats.role_word.search(text, at)) is not None:
            rest = text[role.end():].split()
            if len(rest) <= 1 or rest[0].casefold() in pats.complement_openers:
                roles.add(fold(role.group()))
            at = role.end()
    return frozenset(roles)


# the words right before a name in its clause, up to four ("Public Works Director ", "a
# déclaré la conseillère "): a role among them is the name's when at most one word (an
# adjective: « le sénateur démocrate ») or its complement (« la directrice de l'école »)
# stands between it and the name; further back, it is another's ("the mayor thanked Anne Roy")
_WORDS_BEFORE = pattern_cache.compile(r"((?:[\p{L}\p{M}'’.-]+[ \t\u00a0]+){1,4})$")


def _same_office(prose: str, later, first, pats) -> bool:
    """Two full names with one surname and the same office given in apposition to each
    ("Alison Pryce, Coastline's managing director" ... "Amanda Pryce, the managing
    director"): one person, whose first name changed; a relative holds another office."""
    mine = _offices(prose, later, pats)
    return bool(mine) and bool(mine & _offices(prose, first, pats))


_BEFORE = pattern_cache.compile(r"([\p{L}\p{M}'’.-]+)[ \t\u00a0]+(\p{Ll}[\p{L}\p{M}-]*)[ \t\u00a0]+$")


def _described(prose: str, start: int, pats) -> bool:
    """A role or title and one more word stand right before the name ("le sénateur
    démocrate Anne Roy", "the outgoing mayor Anne Roy", "l'ambassadeur de Serbie Ana
    Roy"): a description of its own, so a person of its own."""
    found = _BEFORE.search(prose, max(0, start - 60), start)
    if not found:
        return False
    # an article before the title describes nothing ("a déclaré la maire Ana Roy")
    if pats.determiner_before.search(found.group(1) + " "):
        return False
    # an elided article stays on the word it opens ("l'ambassadeur"): the word after it
    return any(_office(fold(w.replace("’", "'").rsplit("'", 1)[-1]).rstrip("."), pats)
               for w in found.groups())


def _same_given(a: str, b: str) -> bool:
    """Two folded given names that may be one: equal, or an initial and a name it opens
    ("B." / "Barack")."""
    if a == b:
        return True
    initial = lambda g: len(g.rstrip(".")) == 1   # noqa: E731
    return bool(a and b) and (initial(a) or initial(b)) and a[0] == b[0]


def _given_part(mention) -> str:
    """What a full name writes before its surname ("Jean-Marie Le", "Anne Sophie")."""
    name = mention.name
    return name[:len(name) - len(mention.surname)].strip() if name.endswith(mention.surname) \
        else ""


def _compact(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _office(word: str, pats) -> bool:
    """A title or role noun read as the first word of a name ("Administrator Bolden")."""
    if word in pats.titles:
        return True
    found = pats.role_word.match(word)
    return bool(found) and found.end() == len(word)


def _givens(mention) -> frozenset[str]:
    """The folded words of a full name before its surname."""
    words = mention.name.split()
    return frozenset(fold(w) for w in words[:-1] if w[:1].isupper())


def _one_typo(a: str, b: str) -> bool:
    """Short given names (Carla / Clara, Alan / Adam): one edit or one swap apart."""
    from rapidfuzz.distance import OSA
    return min(len(a), len(b)) >= 3 and OSA.distance(a, b) <= 1


def judge(rule, evidence: Iterable[Evidence], document) -> Iterable:
    for item in evidence:
        yield rule.finding(document, item.mention.name_span,
                           fields={"name": item.mention.name, "first": item.first.name},
                           related=[(item.first.name_span, item.label)],
                           suggestions=[item.suggestion])
