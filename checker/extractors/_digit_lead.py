"""How far before its first digit a match of a pattern can start (for the exemption scan).

Why: the exemption patterns are run over stretches of prose around figures, and most of
those stretches is the ~100 characters before the first figure, where no match can start:
nearly every exemption pattern needs a digit ("(?P<n>\\d+)(?:st|nd|rd|th)", "aged (?P<n>\\d+)"),
and a bounded number of characters before it. ``digit_lead`` reads that bound from the
pattern itself, so a scan can begin at (first digit - bound) and find exactly the matches a
scan from the stretch's start finds: every position before it would need a digit earlier
in the stretch. Lookbehinds still see the text before the new start (``regex`` and ``re``
match at ``pos`` without slicing).

The pattern is read with the standard library's parser; a pattern it cannot read, a
case-insensitive one, or one whose prefix has no upper bound gets no bound (scan it all).
"""
from __future__ import annotations

from typing import Any

try:
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    _c = _p = None  # type: ignore[assignment]

# "needs a digit, but no bound on the characters before it": scan from the stretch's start
# unless the stretch holds no digit at all.
ANY = -1


def _is_digit_set(items: Any) -> bool:
    """A character set of digits only (``\\d``, ``[0-9]``, ``[1-9]``): a digit is needed."""
    if not items:
        return False
    for op, av in items:
        if op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            continue
        if op is _c.RANGE and 48 <= av[0] <= av[1] <= 57:
            continue
        if op is _c.LITERAL and 48 <= av <= 57:
            continue
        return False  # NEGATE, letters, other categories
    return True


def _lead_one(op: Any, av: Any, state: Any, spaced: bool = False) -> int | None:
    """Most characters before the first needed digit of one element; None: needs none.

    ANY when the element needs a digit but the characters before it are unbounded.
    ``spaced``: the characters before the white-space run that ends at that digit.
    """
    if op is _c.IN:
        return 0 if _is_digit_set(av) else None
    if op is _c.LITERAL:
        return 0 if 48 <= av <= 57 else None
    if op is _c.SUBPATTERN:
        return _lead(av[3], state, spaced)
    if op is _c.ATOMIC_GROUP:
        return _lead(av, state, spaced)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, body = av
        return _lead(body, state, spaced) if low >= 1 else None
    if op is _c.BRANCH:
        leads = [_lead(alternative, state, spaced) for alternative in av[1]]
        if any(lead is None for lead in leads):
            return None
        return ANY if ANY in leads else max(leads)
    return None


def _is_space(op: Any, av: Any) -> bool:
    """``\\s``, or a repeat of it (``\\s+``, ``\\s*``, ``\\s?``)."""
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        return len(av[2]) == 1 and _is_space(*av[2][0])
    return op is _c.IN and len(av) == 1 and av[0] == (_c.CATEGORY, _c.CATEGORY_SPACE)


def _lead(items: Any, state: Any, spaced: bool = False) -> int | None:
    """``_lead_one`` for a sequence: the widest prefix before its first needing element."""
    before = 0
    items = list(items)
    for k, (op, av) in enumerate(items):
        lead = _lead_one(op, av, state, spaced)
        if lead is not None:
            return ANY if lead == ANY or before == ANY else before + lead
        if spaced and _is_space(op, av) and _lead(items[k + 1:], state, True) == 0:
            # White space, then nothing but white space up to the digit: one run.
            return before
        if before != ANY:
            _, widest = _p.SubPattern(state, [(op, av)]).getwidth()
            before = ANY if widest >= _c.MAXREPEAT else before + widest
    return None


def digit_lead(pattern: str) -> int | None:
    """Most characters from a match's start to a digit every match holds.

    Returns:
        that bound; ``ANY`` when every match holds a digit but the bound is unknown; None
        when a match may hold no digit (or the pattern cannot be read: no shortcut).
    """
    return leads(pattern)[0]


def space_lead(pattern: str, case_blind: bool = False) -> int | None:
    """Most characters from a match's start to the white-space run (maybe empty) that ends
    at a digit every match holds; None when unknown (or a match may hold no digit).

    Why: "(?:March|...)\\.?\\s+\\d{1,2}" has no ``digit_lead`` (the run is unbounded, and
    blanked markup makes long runs), but a match still starts at most 10 characters before
    the run of white space before its first digit.

    Args:
        case_blind: the engine matches case-blind one character to one (``regex``
            version 0, ``re``): a case-insensitive pattern gets a bound too.
    """
    return leads(pattern, case_blind)[1]


def leads(pattern: str, case_blind: bool = False) -> tuple[int | None, int | None]:
    """``digit_lead`` and ``space_lead`` of a pattern, read with one parse (the parser is
    pure Python: a grammar's two dozen patterns took milliseconds each way)."""
    if _p is None:
        return None, None
    try:
        parsed = _p.parse(pattern)
    except Exception:  # regex-only syntax: no shortcut, scan everything
        return None, None
    flags = parsed.state.flags
    if flags & _c.SRE_FLAG_VERBOSE:
        return None, None
    if flags & _c.SRE_FLAG_IGNORECASE:
        digit = _requires(parsed.data, parsed.state)
        if not case_blind:
            return digit, None
    else:
        digit = _lead(parsed.data, parsed.state)
    space = _lead(parsed.data, parsed.state, True)
    return digit, None if space is None or space == ANY else space


def _requires(items: Any, state: Any) -> int | None:
    """ANY when every match needs a digit (case folding keeps digits digits), else None."""
    return None if _lead(items, state) is None else ANY


# Characters selective enough to test for before running a pattern over a stretch: not
# letters, digits, white space or the commonest punctuation.
_COMMON = frozenset(" \t\n\r\f\v.,")


def required_chars(pattern: str) -> tuple[str, ...]:
    """Strings of which every match of ``pattern`` holds one (("-",) for "\\d+-\\d+",
    ("clock",) for "\\d o.clock"), the most selective such set found among the elements
    every match goes through; () when none.

    Why: some exemption patterns cost microseconds per stretch to find nothing, where a
    ``str.find`` of their hyphen or colon costs a tenth of that. Only consumed, case-
    sensitive characters count (a lookaround consumes nothing; a case-blind pattern's
    letters have other cases): a set of single characters that are neither letters,
    digits, white space nor "." and ",", else a run of three or more literal characters.
    """
    if _p is None:
        return ()
    try:
        parsed = _p.parse(pattern)
    except Exception:
        return ()
    if parsed.state.flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_VERBOSE):
        return ()
    sets: list[tuple[str, ...]] = []
    runs: list[str] = []
    _collect(parsed.data, sets, runs)
    if sets:
        return min(sets, key=len)
    return (max(runs, key=len),) if runs else ()


def _collect(items: Any, sets: list[tuple[str, ...]], runs: list[str]) -> None:
    """The selective character sets and the literal runs of the elements of a sequence
    every match goes through."""
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            char = chr(av)
            run += char
            if not (char.isalnum() or char in _COMMON):
                sets.append((char,))
            continue
        if len(run) >= 3:
            runs.append(run)
        run = ""
        chars: tuple[str, ...] = ()
        if op is _c.IN and av and all(kind is _c.LITERAL for kind, _ in av):
            chars = tuple(sorted({chr(code) for _, code in av}))
        elif op is _c.SUBPATTERN:
            _collect(av[3], sets, runs)
        elif op is _c.ATOMIC_GROUP:
            _collect(av, sets, runs)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            _collect(av[2], sets, runs)
        if chars and not any(c.isalnum() or c in _COMMON for c in chars):
            sets.append(chars)
    if len(run) >= 3:
        runs.append(run)
