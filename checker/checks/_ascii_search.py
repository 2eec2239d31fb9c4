"""Does a cue pattern occur in a text? Asked of ASCII text through a standard-library twin.

The number grammar's cue patterns (contested words, update and parts cues) are prefix trees
between word boundaries: ``(?<![\\w])(?:a(?:rrest\\w*|sylum)|...)(?!\\w)``. The ``regex``
module tries such a tree at ~170 ns a character; the standard library's ``re`` runs the
same source five to six times faster. The checks only ask whether a sentence holds one
(``search(...) is not None``), so on ASCII text, where both engines read the source the
same way, the twin gives the answer.

When both engines agree, exactly:

* the source is made only of the pieces listed in ``_token()``: literal characters, escaped
  punctuation, ``(?:``, ``)``, ``|``, the quantifiers ``? * +``, the classes ``\\w \\W \\d
  \\D \\s \\S`` and word-boundary lookarounds (no sets, anchors, dots, counted repeats or
  inline flags), and its flags are at most ``VERSION0 | UNICODE | IGNORECASE``;
* the searched characters, and the one before ``pos`` a lookbehind reads, are ASCII. On
  ASCII both engines put the same characters in ``\\w`` and ``\\d``; in ``\\s`` the standard
  library also counts U+001C-U+001F, so the twin spells ``\\s`` as ``[\\t-\\r ]``, which is
  what ``regex`` puts there; neither lookahead reads past ``endpos``;
* under IGNORECASE, no non-ASCII literal of the source matches an ASCII character in either
  engine (checked for each one when the twin is built: U+017F long s and U+212A Kelvin sign
  do, and then there is no twin).

Anything else, or a source the standard library refuses, is searched with the pattern itself.
"""
from __future__ import annotations

import functools
import re
from typing import Any

import regex


@functools.lru_cache(maxsize=1)
def _token() -> Any:
    """The pieces a twin's source may hold (compiled on first use: ~1 ms, never for one article)."""
    return re.compile(r"""
      \(\?<!\[\\w\]\) | \(\?<!\\w\) | \(\?!\[\\w\]\) | \(\?!\\w\)      # word-boundary lookarounds
    | \(\?: | \) | \| | [?*+]                                          # groups, alternation, quantifiers
    | \\[wWdDsS]                                                        # classes
    | \\[^A-Za-z0-9]                                                    # escaped punctuation
    | [^\\()\[\]{}|*+?.^$]                                              # a literal character
""", re.VERBOSE)


_SPELLED = {r"\s": r"[\t-\r ]", r"\S": r"[^\t-\r ]"}
_FLAGS = regex.VERSION0 | regex.UNICODE | regex.IGNORECASE
_ASCII = "".join(chr(i) for i in range(128))
# Building a twin costs about a millisecond (the standard library compiles in Python): a
# pattern is searched with regex until it has been asked this many times in the process,
# so checking one article pays nothing and a batch pays once. Either engine gives the same
# answer; this count decides only which one is asked.
_WARM = 64
_asked: dict[tuple[str, int], int] = {}


@functools.lru_cache(maxsize=256)
def _twin(source: str, flags: int) -> Any:
    """The ``re`` pattern that answers like ``regex.compile(source, flags)`` on ASCII text,
    or None when the source holds anything the module docstring does not vouch for."""
    if flags & ~_FLAGS:
        return None
    tokens = []
    at = 0
    while at < len(source):
        token = _token().match(source, at)
        if token is None:
            return None
        tokens.append(token.group())
        at = token.end()
    ignorecase = bool(flags & regex.IGNORECASE)
    if ignorecase:
        for token in set(tokens):
            char = token[-1]
            if char.isascii():
                continue
            # one literal character matches some ASCII character: a search of all of them
            if re.search(re.escape(char), _ASCII, re.IGNORECASE) \
                    or regex.search(regex.escape(char), _ASCII, regex.IGNORECASE | regex.VERSION0):
                return None
    try:
        return re.compile("".join(_SPELLED.get(t, t) for t in tokens), re.IGNORECASE if ignorecase else 0)
    except re.error:
        return None


def holds(pattern: Any, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """``pattern.search(text, pos, endpos) is not None``, through the twin when it may."""
    end = len(text) if endpos is None else endpos
    if 0 <= pos <= end <= len(text) and (
            text.isascii() or (text[pos:end].isascii() and (pos == 0 or text[pos - 1].isascii()))):
        key = (pattern.pattern, pattern.flags)
        asked = _asked.get(key, 0)
        if asked >= _WARM:
            twin = _twin(*key)
            if twin is not None:
                return twin.search(text, pos, end) is not None
        else:
            _asked[key] = asked + 1
    return pattern.search(text, pos, end) is not None
