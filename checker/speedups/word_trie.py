"""Word lists as prefix-tree patterns.

Why: an alternation of many words makes the regex engine try each word in turn at every
position; a prefix tree rejects most positions on their first character. Used for the
number words, month names and cue phrases, whose callers match case-blind.
"""
from __future__ import annotations

import functools
from typing import Callable, Iterable

import regex

_escape = functools.lru_cache(maxsize=4096)(regex.escape)  # one character at a time, the same few


def trie(words: Iterable[str], char_pattern: Callable[[str], str] = _escape) -> str:
    """Alternation of lower-cased words as a prefix tree (for IGNORECASE patterns).

    A tree lets the engine reject a position on its first character instead of trying each
    word in turn; a word that is a prefix of another is tried last, as longest-first does.
    """
    root: dict[str, dict] = {}
    for word in {w.lower() for w in words if w}:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        parts = [(r"\s+" if char.isspace() else char_pattern(char)) + emit(child)
                 for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root) or "(?!x)x"
