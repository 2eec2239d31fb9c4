"""Whether a person of the story is a woman or a man, for the pronoun of a reporting
clause ("she said", "a-t-il ajouté") to resolve to a speaker of its gender.

The evidence is the story's own wording around each mention: a courtesy title ("Mrs",
"M."), a gendered role noun right before the name or opening its apposition
("spokeswoman Ana Ruiz", "Ana Ruiz, directrice de l'école"), or a determiner that gives
an epicene role its gender ("la maire Odile Vasseur", "Paul Verdier, le ministre"). No
list of first names: a name alone says nothing. Evidence both ways leaves it unknown.
"""
from __future__ import annotations

from typing import Sequence

from ..document import Document
from ._person_patterns import fold_word as fold
from ._quote_cues import QuoteCues
from ._quote_scene import APOSTROPHE, WORD

_REACH = 60   # characters read on each side of a name


def genders(document: Document, mentions: Sequence, cues: QuoteCues,
            role_word) -> dict[str, str]:
    """Person id -> "m" or "f", for the people whose gender the story shows
    (``role_word``: the people patterns' test of a role noun, "maire", "spokesman")."""
    found: dict[str, set[str]] = {}
    role = lambda word: _is_role(word, role_word)  # noqa: E731
    for m in mentions:
        gender = m.gender or _before(document, m, cues, role) \
            or _apposition(document, m, cues, role)
        if gender:
            found.setdefault(m.person, set()).add(gender)
    return {person: next(iter(seen)) for person, seen in found.items() if len(seen) == 1}


def _of(words: list[str], cues: QuoteCues) -> str:
    """The gender a role (and the determiner before it) gives: "" when none."""
    if not words:
        return ""
    role = fold(words[-1])
    if role in cues.female_roles:
        return "f"
    if role in cues.male_roles:
        return "m"
    if len(words) > 1:
        determiner = fold(APOSTROPHE.split(words[-2])[0])
        if determiner in cues.female_determiners:
            return "f"
        if determiner in cues.male_determiners:
            return "m"
    return ""


def _before(document: Document, m, cues: QuoteCues, role) -> str:
    """A role noun right before the name ("la maire Odile Vasseur", "spokeswoman Ana")."""
    prose = document.prose
    start = m.name_span.start
    text = prose[max(0, start - _REACH):start]
    if not text or text[-1:] not in " \u00a0":
        return ""
    words = WORD.findall(text)[-2:]
    if not words or not text.rstrip().endswith(words[-1]) or words[-1][0].isupper() \
            and fold(words[-1]) not in cues.female_roles | cues.male_roles:
        return ""
    if len(words) > 1 and fold(words[-1]) not in cues.female_roles | cues.male_roles \
            and not role(words[-1]):
        return ""
    return _of(words, cues)


def _apposition(document: Document, m, cues: QuoteCues, role) -> str:
    """The head of the apposition after the name, a role noun after a determiner and
    modifiers ("Ana Ruiz, directrice de", "Paul Verdier, le nouveau ministre", "Jordan
    Pike, the council's spokesman", "Ana Ruiz, a mother of three")."""
    prose = document.prose
    end = m.name_span.end
    text = prose[end:end + _REACH]
    if not text.startswith(","):
        return ""
    stop = min((i for i in (text.find(c, 1) for c in ",;.()") if i != -1), default=len(text))
    words = WORD.findall(text, 1, stop)[:5]
    if not words:
        return ""
    determiner = fold(APOSTROPHE.split(words[0])[0])
    if determiner not in cues.determiners and fold(words[0]) not in \
            cues.female_roles | cues.male_roles and not role(words[0]):
        return ""   # "Paul Verdier, who met his wife": no apposition of a role
    for word in words:
        key = fold(word)
        if key in cues.complements:
            break
        if key in cues.female_roles | cues.male_roles or role(word):
            return _of([words[0], word], cues) if word is not words[0] else _of([word], cues)
    return ""


def _is_role(word: str, role_word) -> bool:
    """A role noun, whole ("maire", "ministre", "porte-parole")."""
    found = role_word.search(word)
    return found is not None and found.group() == word
