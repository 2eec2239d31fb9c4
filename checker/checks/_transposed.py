"""Two figures of one thing whose digits differ by two neighbours swapped: "stealing
£186,000" in the lede, "the £168,000 he had taken" at the end.

Why: a transposition is the commonest typing slip in a figure, and the restatement checks
miss it when the two sentences name the thing differently ("stealing" / "had taken"). Two
figures of one unit or counted noun, whole numbers of a hundred or more, that are each
other with two neighbouring digits swapped are almost never two true figures (small
shares with decimals, "51.3%" and "53.1%" of two companies, often are). Figures in one sentence,
or in a sentence that says a figure changed ("up from"), are left alone: "rose from 1,230
to 1,320" is a change, not a slip.

Pure function, no state: ``figure_conflict`` calls ``transposed``.
"""
from __future__ import annotations

from typing import Any, Callable


# A figure this large written with two digits has a scale word ("$48 million", "86
# millions d'euros"): its two digits are as deliberate as three in a count.
_SCALED = 100_000


def _digits(q: Any, text: str) -> str:
    return "".join(c for c in text[q.number.start:q.number.end] if c.isdigit())


def _swapped(a: str, b: str) -> bool:
    """``b`` is ``a`` with two neighbouring, different digits swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def transposed(figures: list[Any], text: str, thing: Callable[[Any], str | None],
               changed: Callable[[Any], bool]) -> list[tuple[Any, Any]]:
    """(later figure, earlier figure) for each figure whose digits are an earlier figure's
    of the same thing with two neighbours swapped; ``changed`` says a figure is told as a
    change, which is no restatement."""
    seen: dict[tuple[str, str], list[tuple[Any, str]]] = {}
    found = []
    for q in figures:
        if q.kind not in ("count", "amount", "share", "measure") or q.high is not None:
            continue
        digits = _digits(q, text)
        what = thing(q)
        if len(digits) < (2 if q.value >= _SCALED else 3) or what is None or q.value < 100 \
                or not float(q.value).is_integer():
            continue   # "51.3%" and "53.1%" are often two true shares of two things
        key = (what, "".join(sorted(digits)))
        earlier = seen.setdefault(key, [])
        match = next((o for o, d in earlier if o.sentence != q.sentence and _swapped(d, digits)), None)
        if any(d == digits for _, d in earlier):
            match = None   # it restates an earlier figure: the slip was told with the first pair
        earlier.append((q, digits))
        if match is not None and not changed(q) and not changed(match):
            found.append((q, match))
    return found
