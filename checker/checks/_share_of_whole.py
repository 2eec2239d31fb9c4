"""A share the story computes for the reader: "it plans to fire 3,000 employees" ... "it had
just over 54,000 employees, meaning that the layoffs will equal about a tenth of its
workforce". The share ("about a tenth", "6 percent") of a definite subject ("the layoffs",
"ces suppressions") is the earlier count of the whole's noun divided by the whole stated
beside it; when the arithmetic the story gives cannot round to it, one of them is wrong.

Pure functions, no state: ``figure_conflict`` calls ``share_conflicts`` with the locale's
patterns already built.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable

import regex

from ..extractors.quantities import fold_fast


@dataclass(frozen=True)
class Share:
    """A share written in a sentence: where, its value in percent, and whether hedged."""

    start: int
    end: int
    value: float
    hedged: bool


@functools.lru_cache(maxsize=16)
def groups(locale: Any, stem: Callable[[str], str]) -> frozenset[str]:
    """Stems of the groups of people a whole divides into ("the women make up a third of its
    workforce" names its own part): the locale's ``speakers.group_nouns`` and the groups of
    its population statistics (``numbers.claims.statistic``: "of women", "des femmes")."""
    claims = locale.get("numbers", "claims", {}) or {}
    words = [str(w).split()[-1] for w in claims.get("statistic", ()) or ()
             if len(str(w).split()) == 2 and not str(w).endswith("*")]
    return frozenset(stem(w) for w in list(locale.words("speakers", "group_nouns")) + words)


@functools.lru_cache(maxsize=16)
def subject_verb(locale: Any) -> Any:
    """A definite subject and a share verb right before a share: "the layoffs will equal
    about", "ces suppressions représentent environ" (``numbers.claims.given`` determiners,
    ``numbers.share_verbs``, two words at most on either side of the verb)."""
    verbs = sorted((regex.escape(w).replace("\\ ", r"\s+") for w in locale.words("numbers", "share_verbs")),
                   key=len, reverse=True)
    claims = locale.get("numbers", "claims", {}) or {}
    determiners = sorted((regex.escape(str(w)).replace("\\ ", r"\s+") for w in claims.get("given", ()) or ()),
                         key=len, reverse=True)
    if not verbs or not determiners:
        return None
    return regex.compile(rf"(?<!\w)(?:{'|'.join(determiners)})\s+(?P<subject>[^\W\d_][\w'’\-]+)\s+(?:[^\W\d_][\w'’\-]*\s+){{0,2}}"
                         rf"(?:{'|'.join(verbs)})\s+(?:[^\W\d_][\w'’\-]*\s+){{0,2}}$", regex.IGNORECASE)


def told_subject(document: Any, share: Share, pattern: Any, reach: int = 90) -> Any:
    """The definite subject and share verb right before a share in its sentence ("the
    layoffs will equal about"; ``subject_verb``), or None. Read in a copy of that stretch:
    its first word may be cut, and still count as a word."""
    index = document.sentence_index(share.start)
    if index is None:
        return None
    start = max(document.sentences[index].start, share.start - reach)
    return pattern.search(document.text[start:share.start])


def share_conflicts(quantities: list[Any], document: Any, shares: list[Share], pattern: Any,
                    stem: Callable[[str], str], updated: Callable[[Any], bool],
                    people: frozenset[str] = frozenset()) -> list[tuple[Share, Any, str]]:
    """(share, the part's figure, note) for each share said of a definite subject whose
    value the story's own figures contradict: a whole counted in the share's sentence, and
    the nearest earlier count of the same noun below it, in the two paragraphs before. A
    subject that is a group of ``people`` is a part of its own, not the earlier count."""
    if pattern is None or not shares:
        return []
    text = document.text
    counts = [q for q in quantities if q.kind == "count" and q.noun is not None and q.unit is None
              and q.high is None and q.sentence >= 0 and q.value > 0]
    found = []
    for share in shares:
        said = told_subject(document, share, pattern)
        if said is None or stem(said.group("subject")) in people:
            continue   # not "the layoffs equal ...": a share of something the sentence names itself
        index = document.sentence_index(share.start)
        here = document.paragraph_index(share.start) or 0
        for whole in (q for q in counts if q.sentence == index):
            noun = stem(text[whole.noun.start:whole.noun.end].split()[0])
            parts = [q for q in counts if q.sentence < index and q.value < whole.value and not q.approximate
                     and stem(text[q.noun.start:q.noun.end].split()[0]) == noun
                     and (document.paragraph_index(q.span.start) or 0) >= here - 2]
            if not parts or updated(parts[-1]):
                continue
            part = parts[-1]
            actual = 100 * part.value / whole.value
            allowed = share.value * 0.2 if share.hedged or whole.approximate else max(1.0, share.value / 6)
            if abs(actual - share.value) > allowed:
                found.append((share, part, f"{part.value:,.12g} of {whole.value:,.12g} is {actual:.0f}%"))
            break
    return found


def hedged_before(text: str, start: int, hedges: frozenset[str]) -> bool:
    """Is the share hedged ("about a tenth", "environ 6 %")?"""
    before = " ".join(fold_fast(text[max(0, start - 16):start]).split())
    return any(before.endswith(h) for h in hedges)
