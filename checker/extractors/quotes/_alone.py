"""The one person a narrative sentence names, as the speaker of the quote right after it.

« En attendant, chez Thierry Bousquet, on continue le travail. « On va tailler ... » »,
"Back at Tom Hale's farm, the work goes on. "We'll prune and spray as usual."": no verb
reports the quote and no subject opens the sentence, yet the reader knows who speaks,
the one person the sentence names, at whose place the work goes on. The reading holds
only when nothing else in the sentence can speak: one person named (two leave the
reader guessing), one the story has introduced by full name by then, and no noun of a
group, an organisation or a role heading a later clause ("the workers carry on").
"""
from __future__ import annotations

from ..people._patterns import fold_word as fold
from ._scene import WORD, Link, Scene, clause_chunks, group_word, mention_link, phrase

FULL_FORMS = ("full", "title+full")


def person_alone(s: Scene, lo: int, hi: int) -> Link | None:
    """The person named alone in the sentence ``[lo, hi)``, if the story introduced them
    in full by ``hi`` and no other phrase of the sentence can be a speaker; else None."""
    named = s.mentions_in(lo, hi)
    people = {m.person for m in named}
    if len(people) != 1:
        return None
    person = next(iter(people))
    if not any(m.person == person and m.form in FULL_FORMS for m in s.mentions_in(0, hi)):
        return None   # a surname or a name no full name introduced: no one the reader knows
    prose = s.document.prose
    if not _opening_adverbial(s, lo, named[0].span.start):
        return None   # "The court sentenced Tom Hale.": the object of another's act
    last = max(m.span.end for m in named)
    for start, end in clause_chunks(prose, last, hi, s.cues):
        span = phrase(prose, start, end, s.cues, cut=True)
        if span is not None and _speaker_noun(s, span.start, span.end):
            return None   # "..., the workers carry on": someone else may speak
    return mention_link(named[0], None)


def _opening_adverbial(s: Scene, lo: int, at: int) -> bool:
    """The name at ``at`` stands in a phrase that a preposition opens (its first or second
    word: "Chez X", "Back at X's farm", "In the orchard of X"), and only such phrases come
    before it in the sentence ("En attendant, chez X"): the scene is set at the person's,
    no one else acts on them."""
    chunks = [c for c in clause_chunks(s.document.prose, lo, at + 1, s.cues) if c[0] < at]
    if not chunks:
        return False
    words = WORD.findall(s.document.prose, chunks[-1][0], at)
    return any(fold(w) in s.cues.prepositions for w in words[:2])


def _speaker_noun(s: Scene, start: int, end: int) -> bool:
    """The phrase holds a noun of a group, an organisation or a role."""
    for word in WORD.findall(s.document.prose, start, end):
        if group_word(word, s.cues):
            return True
        role = s.role_word.search(word)
        if role is not None and role.group() == word:
            return True
    return False


def no_speaker(s: Scene, link: Link | None) -> bool:
    """What the sentence's reading gave is no speaker: nothing, or a phrase with no verb
    that holds a person's name without being it ("Back at Tom Hale's")."""
    if link is None:
        return True
    if link.person or link.cue is not None or link.source_span is None:
        return False
    return bool(s.mentions_in(link.source_span.start, link.source_span.end))
