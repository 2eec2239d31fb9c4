"""What only a person has: an age, a pronoun that stands for them, a place in a story
about them.

A capitalised word the story writes once, with no title and no speech verb, is a person
when the sentence gives it what things do not have: an age in apposition ("Dubois, 49,
had left the company", "Dubois, 49 ans, a quitté") or a personal pronoun that refers back
to it ("Dubois has made migration one of his priorities"; "Dubois held posts at two
banks. He is known ..."). A company, a product, a country or a ship has neither. This is
how a reader sees that "Dubois" stands where a person of the story stood, whatever the
verb after it. So does a sentence that goes on about a person: after one that opens
with an introduced person's name or with "he" / "she", a word the story never writes
elsewhere, as the subject of the next verb ("He was released on Thursday. Dubois was
charged with theft"), stands where that person stood.
"""
from __future__ import annotations

from typing import Callable, Collection, Sequence


from ...speedups import pattern_cache
from ...spans import Span

# between a name and its age apposition: a comma and spaces only (", 49," / ", aged 55")
_COMMA_GAP = pattern_cache.compile(r",[ \t\u00a0]*")
# a lower-case word right after the name: it is the subject of a verb ("Dubois has ...")
_VERB_AFTER = pattern_cache.compile(r"[ \t\u00a0]+(\p{Ll}[\p{L}\p{M}'’]*)")
# the clause after an age apposition, up to its next stop (", a nurse who asked ...")
_CLAUSE = pattern_cache.compile(r",?([^.;:!?()]*)")
_WORDS = pattern_cache.compile(r"[\p{L}\p{M}'’-]+")
# the youngest adult of an age apposition: "Lucas, 14," names a minor by first name, on purpose
ADULT = 18


def aged(prose: str, end: int, ages: Sequence) -> int:
    """Where the adult's age in apposition right after the name ends (", 49," / ", aged
    55" / ", 49 ans"), or 0: ``ages`` are the story's ``Age`` facts."""
    gap = _COMMA_GAP.match(prose, end, end + 4)
    if not gap:
        return 0
    return next((a.span.end for a in ages if a.span.start in (end, gap.end())
                 and a.years >= ADULT and a.form in ("apposition", "described")), 0)


def described_after(prose: str, end: int, role_word) -> bool:
    """A role noun follows the age in its clause (", 34, a nurse who ..."): a private
    person described on purpose, whom the story may name by one name."""
    clause = _CLAUSE.match(prose, end, end + 80)
    return bool(clause) and bool(role_word.search(clause.group(1)))


# a pronoun in a reporting tag: a comma before it, one word (its verb) and a stop after
# ("None was seriously ill, she said.", "Neither was hurt, he added, and ...")
_TAG_BEFORE = pattern_cache.compile(r",\s*$")
_TAG_AFTER = pattern_cache.compile(r"\s+[\p{L}'’-]+\s*[,.;!?]")


def referred_to(prose: str, end: int, sentence: Span, next_sentence: Span | None,
                pronouns: Collection[str], others: Callable[[str], bool],
                finite: Callable[[str], bool], someone: Callable[[str], bool],
                openers: Collection[str] = ()) -> bool:
    """The name is the subject of a verb (``finite`` says the word after it is a verb in
    the singular: "has", "plans", "defended") and a personal pronoun of the locale (one that
    only ever stands for a person: "he", "his", "she") follows it in its sentence or opens
    the next one, with nothing in between that the pronoun could stand for instead:
    another capitalised name (``others``), a noun for a person (``someone``) or a word
    opening a clause with its own subject (``openers``).

    "her" or French "il", "son" are not in the list: they stand for ships, countries and
    things as well. A pronoun in a reporting tag (", she said.") stands for whoever speaks,
    not for the subject of the sentence it reports ("None was seriously ill, she said")."""
    verb = _VERB_AFTER.match(prose, end, end + 30)
    if not pronouns or not verb or not finite(verb.group(1).casefold()):
        return False
    for i, found in enumerate(_WORDS.finditer(prose, end, sentence.end)):
        word = found.group()
        if word.casefold() in pronouns:
            if _TAG_BEFORE.search(prose, end, found.start()) and _TAG_AFTER.match(prose, found.end()):
                continue   # ", she said.": a reporting tag, whose pronoun is the speaker's
            return i > 0   # "told Jones his plan": right after the name, it is someone else's
        if word[:1].isupper() and others(word) or someone(word) or word in openers:
            # another name, a noun for a person ("a scientist ... his") or a clause of
            # its own ("what a traveller has in his bag"): the pronoun may be theirs
            return False
    if next_sentence is None:
        return False
    first = _WORDS.search(prose, next_sentence.start, min(next_sentence.end, next_sentence.start + 12))
    return bool(first) and first.start() - next_sentence.start <= 1 \
        and first.group().casefold() in pronouns


# the first word of a sentence, and the capitalised word after it if any
_OPENING = pattern_cache.compile(r"[^\p{L}]*([\p{L}\p{M}'’-]+)(?:[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}'’-]*))?")


def continues(prose: str, end: int, previous: Span, past_verb: Callable[[str], bool],
              pronouns: Collection[str],
              objects: Collection[str], introduced: Callable[[str], bool]) -> bool:
    """The name is the subject of a verb in the past or of an auxiliary (``past_verb``:
    "was", "has", "defended") and the sentence before is about a person of the story: it
    opens with an introduced person's name ("Ana Ruiz" / "Ruiz") or with a pronoun only a
    person takes ("He"). A pronoun for a person right after the verb ("Wikinews
    interviewed him") says the name is someone else acting on that person."""
    verb = _VERB_AFTER.match(prose, end, end + 30)
    if not verb or not past_verb(verb.group(1)):
        return False
    following = _WORDS.match(prose, verb.end() + 1) if prose[verb.end():verb.end() + 1] == " " else None
    if following and following.group().casefold() in objects:
        return False
    opening = _OPENING.match(prose, previous.start, previous.end)
    if not opening:
        return False
    first, second = opening.group(1), opening.group(2) or ""
    return first.casefold() in pronouns or first[:1].isupper() and introduced(first) \
        or bool(second) and introduced(second)
