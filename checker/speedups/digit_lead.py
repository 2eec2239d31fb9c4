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


_MOST_STRINGS = 512


def opening_tree(pattern: str) -> str:
    """``pattern`` with its opening alternation of literals ("\\b(?:[Pp]age|pp?\\.|...)")
    written as a prefix tree, when that matches the same; else ``pattern`` unchanged.

    Why: ``regex`` tries each alternative in turn at every word of a stretch, where a tree
    rejects a position on its first character (the page and score exemptions were a third
    of the exemption time).

    The same: at one position the strings of the alternation that match are prefixes of
    one another; the alternation tries them in its order, the tree longest first. So the
    rewrite is only made when what follows the alternation needs one character (``\\s``,
    " ") that never continues a shorter string into a longer one: then at most one of the
    strings can be followed by a match of the rest, whatever the order.
    """
    head = "\\b(?:"
    if _p is None or not pattern.startswith(head):
        return pattern
    close = _closing(pattern, len(head))
    try:
        parsed = _p.parse(pattern)
        rest = _p.parse(pattern[close + 1:])
    except Exception:
        return pattern
    if parsed.state.flags & ~_c.SRE_FLAG_UNICODE or rest.state.flags & ~_c.SRE_FLAG_UNICODE:
        return pattern
    items = list(parsed.data)
    if len(items) < 2 or str(items[0][0]) != "AT" or items[1][0] is not _c.BRANCH or not len(rest.data):
        return pattern
    strings: set[str] = set()
    for alternative in items[1][1][1]:
        expanded = _strings(alternative)
        if not expanded:
            return pattern
        strings.update(expanded)
    if "" in strings or len(strings) > _MOST_STRINGS:
        return pattern
    follows = _one_char_test(*rest.data[0])
    if follows is None:
        return pattern
    for shorter in strings:
        for longer in strings:
            if longer != shorter and longer.startswith(shorter) and follows(longer[len(shorter)]):
                return pattern
    return head + _tree(sorted(strings)) + pattern[close:]


def opening_gate(pattern: str) -> tuple[str, ...]:
    """The strings of ``pattern``'s opening alternation of literals, when every match is one
    of them, then one white space, then a digit ("\\b(?:[Pp]age|pp?\\.|...)\\s(?P<n>\\d"),
    else ().

    Why: the page exemption tried its 60-odd words at every word of every stretch (a
    sixth of the exemption time) and matches a few times in the corpus. A stretch where
    no white space followed by a digit ends one of the strings holds no match: one search
    for white space and digit, and ``str.endswith`` with the strings, settle most stretches.
    """
    head = "\\b(?:"
    if _p is None or not pattern.startswith(head):
        return ()
    close = _closing(pattern, len(head))
    rest = pattern[close + 1:]
    if not (rest.startswith("\\s\\d") or (rest.startswith("\\s(?P<") and rest[rest.find(">") + 1:].startswith("\\d"))):
        return ()
    try:
        parsed = _p.parse(pattern)
    except Exception:
        return ()
    items = list(parsed.data)
    if parsed.state.flags & ~_c.SRE_FLAG_UNICODE or len(items) < 2 or items[1][0] is not _c.BRANCH:
        return ()
    strings: set[str] = set()
    for alternative in items[1][1][1]:
        expanded = _strings(alternative)
        if not expanded:
            return ()
        strings.update(expanded)
    return tuple(sorted(strings)) if "" not in strings else ()


def digit_followers(pattern: str) -> str:
    """The characters one of which follows the run of digits a match of ``pattern`` opens
    with ("(?P<n>\\d+)(?:st|nd|rd|th)": "nrst"), or "" when that cannot be read.

    Why: a dozen exemption patterns start at a digit and each searched every stretch from
    its first digit; a stretch where no run of digits is followed by one of the characters
    holds no match, and the characters after its runs are found once for all patterns.

    Read only when the match opens (after word boundaries) with a repeat of ``\\d`` itself,
    followed by a literal, a class of literals or an alternation whose every branch opens
    with one, none of them a digit: then the repeat has taken the whole run of digits from
    where the match starts, and the character after that run is one of them.
    """
    if _p is None:
        return ""
    try:
        parsed = _p.parse(pattern)
    except Exception:
        return ""
    if parsed.state.flags & ~_c.SRE_FLAG_UNICODE:
        return ""
    items = _flat(list(parsed.data))
    while items and str(items[0][0]) == "AT" and items[0][1] in (_c.AT_BOUNDARY, _c.AT_BEGINNING):
        items = items[1:]
    if len(items) < 2 or items[0][0] not in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return ""
    low, _, body = items[0][1]
    if low < 1 or list(body) != [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_DIGIT)])]:
        return ""
    chars = _first_chars(*items[1])
    if not chars:
        return ""
    import regex
    digit = regex.compile(r"\d")  # the engine that runs the patterns decides
    return "" if any(digit.fullmatch(char) for char in chars) else "".join(sorted(chars))


def _flat(items: list[Any]) -> list[Any]:
    """``items`` with capturing groups' contents in their place (what they consume in turn)."""
    out: list[Any] = []
    for op, av in items:
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            out.extend(_flat(list(av[3])))
        else:
            out.append((op, av))
    return out


def _first_chars(op: Any, av: Any) -> set[str] | None:
    """The characters an element must open with: a literal, a class of literals, or an
    alternation whose every branch opens with one of those; else None."""
    chars = _literal_set(op, av)
    if chars is not None:
        return set(chars)
    if op is not _c.BRANCH:
        return None
    out: set[str] = set()
    for alternative in av[1]:
        flat = _flat(list(alternative))
        first = _first_chars(*flat[0]) if flat else None
        if first is None:
            return None
        out |= first
    return out


def _closing(pattern: str, start: int) -> int:
    """Where the group opened before ``start`` closes (escapes and classes skipped)."""
    depth, i, in_class = 1, start, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(pattern)


def _strings(items: Any) -> list[str] | None:
    """Every string a sequence of literals, small classes of literals and optional ones
    ("pp?\\.") matches; None when it holds anything else."""
    out = [""]
    for op, av in items:
        optional = op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1 and len(av[2]) == 1
        chars = _literal_set(*av[2][0]) if optional else _literal_set(op, av)
        if chars is None:
            return None
        if optional:
            chars = [*chars, ""]
        out = [start + char for start in out for char in chars]
        if len(out) > _MOST_STRINGS:
            return None
    return out


def _literal_set(op: Any, av: Any) -> list[str] | None:
    """The characters of a one-character literal element (a literal, a small class of
    literals), else None."""
    if op is _c.LITERAL:
        return [chr(av)]
    if op is not _c.IN or not av:
        return None
    chars: list[str] = []
    for kind, value in av:
        if kind is _c.LITERAL:
            chars.append(chr(value))
        elif kind is _c.RANGE and value[1] - value[0] < 8:
            chars.extend(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    return sorted(set(chars))


def _one_char_test(op: Any, av: Any) -> Any:
    """A test of one character for an element that consumes exactly one (a literal, a
    class of literals, white space), else None."""
    chars = _literal_set(op, av)
    if chars is not None:
        return frozenset(chars).__contains__
    if op is _c.IN and av == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
        import regex
        space = regex.compile(r"\s")  # the engine that runs the patterns decides
        return lambda char: space.fullmatch(char) is not None
    return None


def _tree(strings: list[str]) -> str:
    """A prefix tree of literal strings, each character matched exactly."""
    import re
    root: dict[str, dict] = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        parts = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
