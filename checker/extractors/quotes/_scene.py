"""What a quote's speaker is read from: the story's person mentions outside quotes, and
the pieces of a reporting clause (its chunks between commas and clause openers, a noun
phrase that can be a subject, a name, a mention in object position).

A ``Link`` is what the linker says of one quote: a person, or a source as written (an
organisation, an unnamed speaker "a spokesman"), with where it is written.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Sequence

from ...speedups import pattern_cache
from ...document import Document
from ...spans import Span
from ..people._patterns import fold_word as fold
from ._cues import QuoteCues

_PHRASE_WORDS = 8      # a longer stretch is no subject noun phrase
BOUNDARY = pattern_cache.compile(r"[,;:()\[\]—–«»“”\"]|[ \t\u00a0]-+[ \t\u00a0]")
APOSTROPHE = pattern_cache.compile(r"['’]")   # "l'agence" -> "l", "agence"
WORD = pattern_cache.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.&-]*")
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’.&-]*"
CAPITALS = pattern_cache.compile(
    rf"{_NAME_WORD}(?:[ \t\u00a0]+(?:{_NAME_WORD}|\p{{Ll}}{{1,3}}(?=[ \t\u00a0]+\p{{Lu}})))*")
TRAILING_CAPITALS = pattern_cache.compile(
    rf"(?<![\p{{L}}\p{{M}}'’-]){_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD})*[ \t\u00a0]*$")


@dataclass(frozen=True)
class Link:
    """A quote's speaker as the text gives it.

    Args:
        person: the person id, or "" (an organisation, an unnamed source, an unresolved pronoun).
        cue: the reporting verb (or label, or dash) that links it.
        source: the speaker as written ("Keller", "he", "the company"); for a pronoun, the
            name it resolves to when no person mention holds it.
        source_span: where ``source`` is written; None for a pronoun nothing resolves.
    """

    person: str
    cue: Span | None
    source: str
    source_span: Span | None


@dataclass(frozen=True)
class Scene:
    """What every quote of one story is read against.

    ``named`` grows in text order as the story's quotes are linked: the named (not
    pronoun) speakers so far, which a later "he said" may resolve to when no person
    mention is a candidate (an organisation, a name the people extractor did not keep)."""

    document: Document
    mentions: Sequence          # PersonMention, text order, none inside a quote
    starts: list[int]           # their start offsets
    quotes: Sequence[Span]      # every quote of the story
    cues: QuoteCues
    role_before: object         # the people patterns' role test ("spokeswoman ")
    role_word: object           # any role noun ("porte-parole", "spokesman")
    not_person: frozenset[str]  # words of organisations' names ("Motors", "Airlines")
    named: list[Link] = field(default_factory=list)
    roles: object = None        # () -> what the story calls each person (_roles.Roles),
                                # read on the first pronoun or role phrase, then kept

    def quoted(self, at: int) -> bool:
        """Offset ``at`` lies inside a quote (quotes are in text order, never overlap)."""
        i = bisect.bisect_right(self.quotes, at, key=lambda q: q.start) - 1
        return i >= 0 and at < self.quotes[i].end

    def mentions_in(self, start: int, end: int):
        """Person mentions starting in ``[start, end)``."""
        return self.mentions[bisect.bisect_left(self.starts, start):
                             bisect.bisect_left(self.starts, end)]


def scene(document: Document, people: Sequence, quotes: Sequence[Span], cues: QuoteCues,
          pats) -> Scene:
    """The story's person mentions outside quotes (a name inside quoted speech is the
    speaker's wording, not the speaker), ready for windows by bisection."""
    mentions, q = [], 0
    for m in people:
        while q < len(quotes) and quotes[q].end <= m.span.start:
            q += 1
        if q < len(quotes) and quotes[q].start <= m.span.start:
            continue
        mentions.append(m)
    return Scene(document, tuple(mentions), [m.span.start for m in mentions], tuple(quotes),
                 cues, pats.role_before, pats.role_word, pats.not_person_words)


def mention_link(m, cue: Span | None) -> Link:
    return Link(m.person, cue, m.name, m.name_span)


def phrase(prose: str, start: int, end: int, cues: QuoteCues, *,
            cut: bool = False) -> Span | None:
    """The noun phrase in ``prose[start:end]``, trimmed, if it can be a subject: it opens
    with a determiner or a capital (no pronoun like "It") and holds a few words. Longer,
    it is its last capitalised words ('Chief officer at X Group Ana Ruiz said') or, with
    ``cut`` (a subject after its verb, which runs on: "said a professor at X who"), its
    first few words."""
    words = list(WORD.finditer(prose, start, end))
    if not words:
        return None
    if len(words) > _PHRASE_WORDS and not cut:
        tail = TRAILING_CAPITALS.search(prose, start, words[-1].end())
        if tail is not None and fold(tail.group().split()[0]) not in cues.determiners:
            return Span(tail.start(), tail.start() + len(tail.group().rstrip()))
        # "TVE a émis un communiqué affirmant": the name opening the clause
        head = CAPITALS.match(prose, words[0].start(), end)
        if head is None or words[0].group() in cues.not_names:
            return None
        return Span(head.start(), head.start() + len(head.group().rstrip()))
    words = words[:_PHRASE_WORDS]
    for i in range(2, len(words) - 1):
        if fold(words[i].group()) in cues.complements and all(
                w.group()[0].isupper() for w in words[:i]) \
                and fold(words[i + 1].group()) in cues.determiners:
            words = words[:i]   # "Ana Ruiz of the Daily Star": the name is the head
            break
    first = words[0].group()
    head = fold(APOSTROPHE.split(first)[0])
    if fold(first.replace("’", "'")) in cues.indefinite_pronouns:
        head = next(iter(cues.determiners))   # "someone close to the talks"
    elif quantifier(first, cues):
        if not any(group_word(w.group(), cues, plural=True) for w in words[1:3]):
            return None   # "several times described": no group of people
        head = next(iter(cues.determiners))   # "Other analysts", "D'autres experts"
    if head not in cues.determiners and (not first[0].isupper() or first in cues.not_names):
        return None
    aux = next((i for i, w in enumerate(words) if i and w.group().casefold() in cues.auxiliaries),
               None)   # casefold, not fold: "à" is no "a"
    if aux is not None and aux < len(words) - 1 and not cut:
        return None   # "the index had not fallen": a clause, whose subject reports nothing
    words = words[:aux]   # "Les supporters ont, pour la première fois, demandé", "la
    # porte-parole a nuancé les chiffres" (a subject running on into its verb: ``cut``)
    if head not in cues.determiners:
        lower = next((i for i, w in enumerate(words) if w.group()[0].islower()), None)
        if lower and not any(w.group()[0].isupper() for w in words[lower:]):
            words = words[:lower]   # "Jobs started by hinting at it, saying": the name
    if all(fold(APOSTROPHE.split(w.group())[-1]) in cues.determiners | cues.auxiliaries
           or fold(w.group()) in cues.determiners for w in words):
        return None   # "l'a rappelé": no noun
    for i, word in enumerate(words[:-1]):
        after = words[i + 1].group()
        if group_word(word.group(), cues, plural=True) and after[0].islower() \
                and (i == 0 or word.group()[0].islower()) \
                and fold(after) not in cues.complements | cues.determiners:
            words = words[:i + 1]   # "Residents gathered outside", "Les syndicats notent"
            break
    last = words[-1]
    end = last.end() - 1 if last.group().endswith(".") and len(last.group()) > 4 \
        and last.group()[-2].islower() else last.end()   # "son complice." closing its sentence
    return Span(words[0].start(), end)


def quantifier(word: str, cues: QuoteCues) -> bool:
    """A word that opens a subject noun phrase like a determiner ("Other", "someone",
    "D'autres", "plusieurs")."""
    return fold(word.replace("’", "'")) in cues.quantifiers


def group_word(word: str, cues: QuoteCues, *, plural: bool = False) -> bool:
    """A noun of a group of people or of organisations, or the plural of one ("unions",
    "syndicats", "residents"); not a quantifier ("several"). ``plural``: not a singular
    organisation ("the company")."""
    key = fold(word)
    return (key in cues.groups or not plural and key in cues.org_nouns
            or key[-1:] in ("s", "x") and key[:-1] in cues.org_nouns) \
        and not quantifier(word, cues)


def name_chunk(s: Scene, start: int, end: int) -> Span | None:
    """The chunk, if it is nothing but a name ("Marek Olsen")."""
    text = s.document.prose[start:end]
    words = WORD.findall(text)
    if not words or len(words) > 5 or words[0] in s.cues.not_names \
            or not all(w[0].isupper() for w in words):
        return None
    lead = len(text) - len(text.lstrip())
    return Span(start + lead, start + len(text.rstrip()))


def phrase_link(prose: str, span: Span | None, cue: Span | None) -> Link | None:
    return None if span is None else Link("", cue, prose[span.start:span.end], span)


def clause_chunks(prose: str, start: int, end: int, cues: QuoteCues) -> list[tuple[int, int]]:
    """``prose[start:end]`` cut at punctuation and at words that open a clause, in order
    (a relative pronoun is a chunk of its own)."""
    cuts = [start]
    for found in BOUNDARY.finditer(prose, start, end):
        cuts += [found.start(), found.end()]
    for word in WORD.finditer(prose, start, end):
        key = fold(word.group())
        if key in cues.openers and not _inside_name(prose, word.start(), word.end()):
            cuts += [word.start(), word.end()]
        elif key in cues.relatives:
            cuts += [word.start(), word.start(), word.end(), word.end()]
    cuts.append(end)
    cuts.sort()
    pairs = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    return [(a, b) for a, b in pairs if prose[a:b].strip(" \t\u00a0")]


def _inside_name(prose: str, start: int, end: int) -> bool:
    """A lower-case word between two capitalised words ("The Globe and Mail")."""
    before = prose[max(0, start - 30):start].rstrip(" \t\u00a0")
    after = prose[end:end + 3].lstrip(" \t\u00a0")
    words = WORD.findall(before)
    return bool(words) and before.endswith(words[-1]) and words[-1][0].isupper() \
        and after[:1].isupper()


def is_object(s: Scene, m, lo: int) -> bool:
    """A lower-case word right before the mention (a preposition, a verb) makes it an
    object, unless it is a determiner, a clause opener or a role ("spokeswoman X"); a
    role owned after it ("X's spokeswoman") makes it no subject either ("X's statement"
    still speaks for X)."""
    prose = s.document.prose
    if prose[m.span.end:m.span.end + 2] in ("'s", "’s"):
        owned = WORD.match(prose, m.span.end + 3)
        if owned is not None and s.role_word.search(owned.group()):
            return True
    before = prose[max(lo, m.span.start - 40):m.span.start]
    stripped = before.rstrip(" \t\u00a0")
    words = WORD.findall(stripped)
    if not words or not stripped.endswith(words[-1]):
        return False
    last = words[-1]
    if not last[0].islower():
        return False
    key = fold(APOSTROPHE.split(last)[0])
    if key in s.cues.determiners or key in s.cues.openers or fold(last) in s.cues.openers:
        return False
    return not s.role_before.search(before)


def adverbial(s: Scene, start: int, end: int) -> bool:
    """A short chunk opening a sentence that holds no subject ("Pour terminer", "On
    Monday", "However"): its first word never opens a name and it names nobody. A
    determiner and a noun of a role, a group or an organisation are a subject, cut from
    its verb by an adverb that can open a clause ("The mayor | then toured the farm",
    « La maire a | ensuite visité la ferme »); before a comma they may be a name's
    apposition ("The club's treasurer, Tom Reding, runs the bar"), read past as before."""
    prose = s.document.prose
    words = WORD.findall(prose, start, end)
    if not (0 < len(words) <= 4 and words[0] in s.cues.not_names
            and not s.cues.pronoun.fullmatch(words[0]) and not s.mentions_in(start, end)):
        return False
    after = end + len(prose[end:end + 8]) - len(prose[end:end + 8].lstrip(" \t\u00a0"))
    if fold(APOSTROPHE.split(words[0])[0]) not in s.cues.determiners or BOUNDARY.match(prose, after):
        return True
    return not any(group_word(APOSTROPHE.split(w)[-1], s.cues) or s.role_word.fullmatch(w)
                   for w in words)
