"""What the story calls each person: the role nouns around their name, and the gender
those show, so that a pronoun ("she said", "a-t-il ajouté") resolves to a speaker of its
gender and a role phrase ("the senator said", "a déclaré le ministre") to the person the
story gave that role.

The evidence is the story's own wording around each mention: a courtesy title ("Mrs",
"M.") or an office ("Senator"), a role noun right before the name or heading its
apposition ("spokeswoman Ana Ruiz", "Ana Ruiz, directrice de l'école", "Jordan Pike, the
council's spokesman"), a determiner that gives an epicene role its gender ("la maire
Odile Vasseur"). No list of first names: a name alone says nothing. Evidence both ways
leaves the gender unknown.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Sequence

from ...document import Document
from ..people._patterns import fold_word as fold
from ._cues import QuoteCues
from ._scene import APOSTROPHE, WORD

_REACH = 60   # characters read on each side of a name


@dataclass(frozen=True)
class Roles:
    """The story's people as it describes them.

    Args:
        genders: person id -> "m" or "f".
        holders: folded role noun -> the (offset, person id) of each mention given it,
            in text order.
    """

    genders: dict[str, str] = field(default_factory=dict)
    holders: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def holder(self, role: str, before: int) -> str:
        """The person last given ``role`` (folded) before ``before``, or ""."""
        found = self.holders.get(role, ())
        i = bisect.bisect_left(found, (before, ""))
        return found[i - 1][1] if i else ""


def roles(document: Document, mentions: Sequence, cues: QuoteCues, role_word) -> Roles:
    """The roles and genders of the story's people (``role_word``: the people patterns'
    test of a role noun, "maire", "spokesman")."""
    seen: dict[str, set[str]] = {}
    holders: dict[str, list[tuple[int, str]]] = {}
    role = lambda word: _is_role(word, role_word)  # noqa: E731
    for m in mentions:
        phrases = [_before(document, m, cues, role), _apposition(document, m, cues, role)]
        if m.title:
            phrases.append([m.title.rstrip(".")])
        gender = m.gender
        for words in phrases:
            if words:
                gender = gender or _gender(words, cues)
                holders.setdefault(fold(words[-1]), []).append((m.span.start, m.person))
        if gender:
            seen.setdefault(m.person, set()).add(gender)
    genders = {person: next(iter(g)) for person, g in seen.items() if len(g) == 1}
    return Roles(genders, holders)


def _gender(words: list[str], cues: QuoteCues) -> str:
    """The gender a role (and the determiner before it) gives: "" when none."""
    key = fold(words[-1])
    if key in cues.female_roles:
        return "f"
    if key in cues.male_roles:
        return "m"
    if len(words) > 1:
        determiner = fold(APOSTROPHE.split(words[-2])[0])
        if determiner in cues.female_determiners:
            return "f"
        if determiner in cues.male_determiners:
            return "m"
    return ""


def _before(document: Document, m, cues: QuoteCues, role) -> list[str]:
    """A role noun right before the name, with its determiner ("la maire Odile
    Vasseur", "spokeswoman Ana"), or []."""
    prose = document.prose
    start = m.name_span.start
    text = prose[max(0, start - _REACH):start]
    if not text or text[-1:] not in " \u00a0":
        return []
    words = WORD.findall(text)[-2:]
    if not words or not text.rstrip().endswith(words[-1]):
        return []
    key = fold(words[-1])   # (two lookups: a union of the role sets per mention cost more)
    gendered = key in cues.female_roles or key in cues.male_roles
    if not gendered and not (words[-1][:1].islower() and role(words[-1])):
        return []
    return words


def _apposition(document: Document, m, cues: QuoteCues, role) -> list[str]:
    """The head of the apposition after the name, a role noun after a determiner and
    modifiers ("Ana Ruiz, directrice de", "Paul Verdier, le nouveau ministre", "Jordan
    Pike, the council's spokesman", "Ana Ruiz, a mother of three"), or []."""
    prose = document.prose
    end = m.name_span.end
    text = prose[end:end + _REACH]
    if not text.startswith(","):
        return []
    stop = min((i for i in (text.find(c, 1) for c in ",;.()") if i != -1), default=len(text))
    words = WORD.findall(text, 1, stop)[:5]
    if not words:
        return []
    determiner = fold(APOSTROPHE.split(words[0])[0])
    first = fold(words[0])
    if determiner not in cues.determiners and first not in cues.female_roles \
            and first not in cues.male_roles and not role(words[0]):
        return []   # "Paul Verdier, who met his wife": no apposition of a role
    for word in words:
        key = fold(word)
        if key in cues.complements:
            break
        if key in cues.female_roles or key in cues.male_roles or role(word):
            return [words[0], word] if word is not words[0] else [word]
    return []


def _is_role(word: str, role_word) -> bool:
    """A role noun, whole ("maire", "ministre", "porte-parole")."""
    found = role_word.search(word)
    return found is not None and found.group() == word
