"""The word a figure is told with: "fined £150,000", "the £190,000 fine", "une amende de
280 000 euros". A headline states its lede's figure with the same word; when the two values
are one digit apart ("£150,000" / "£450,000"), that word says they are one figure
misprinted, however far apart the values are.

Pure functions, no state: ``figure_conflict`` passes the folded words to skip and the
locale's joiners ("of", "de").
"""
from __future__ import annotations

from typing import Any, Callable

import regex

from ..extractors.quantities import fold_fast

_WORD = regex.compile(r"[^\W\d_][\w’'\-]*")
_SKIPPED_BEFORE = 2   # "fined a total of", "une amende de": function words between word and figure


def ties(text: str, span: Any, start: int, end: int, skip: frozenset[str], joiners: frozenset[str],
         stem: Callable[[str], str]) -> frozenset[str]:
    """Stems of the content word right before the figure (past at most two function words:
    "condamnée à une amende de") and of the word right after it, or after a joiner ("the
    £190,000 fine", "240 000 euros d'amende"), within ``start``–``end`` (its sentence or
    title line). A word further off says what the sentence is about, not the figure."""
    found = set()
    before = _WORD.findall(text, max(start, span.start - 60), span.start)
    for word in reversed(before[-(_SKIPPED_BEFORE + 1):]):
        folded = fold_fast(word)
        if folded not in skip and len(folded) > 2:
            found.add(stem(word))
            break
    after = [m.group().replace("’", "'") for m in _WORD.finditer(text, span.end, min(end, span.end + 40))][:2]
    if after and "'" in after[0] and fold_fast(after[0].split("'")[0] + "'") in joiners:
        after = after[0].split("'", 1)[1:] or after   # "d'amende": an elided joiner, then the noun
    elif len(after) > 1 and fold_fast(after[0]) in joiners:
        after = after[1:]   # "of fines", "de l'amende"
    if after and (first := fold_fast(after[0])) not in skip and len(first) > 2:
        found.add(stem(after[0]))
    return frozenset(found)


def digit_slip(text: str, a: Any, b: Any) -> bool:
    """Are two exact figures written with as many digits, one of them different ("£150,000" /
    "£450,000", "240 000" / "840 000", "£150k" / "£450,000")? A figure told with the same word
    and one digit changed is a misprint, whatever the ratio of the values."""
    if a.approximate or b.approximate or a.high is not None or b.high is not None:
        return False
    one, other = _digits(text, a), _digits(text, b)
    low, high = sorted((abs(a.value), abs(b.value)))
    # As many digits at one scale: "£1.5m" and "£4.5bn" are no slip.
    return len(one) == len(other) > 1 and sum(x != y for x, y in zip(one, other)) == 1 and 0 < low and high / low < 10


def _digits(text: str, q: Any) -> str:
    """A whole value's digits ("£1.5m" is 1500000), else the digits as written ("2.35")."""
    if float(q.value).is_integer():
        return str(int(q.value))
    return "".join(c for c in text[q.number.start:q.number.end] if c.isdigit())
