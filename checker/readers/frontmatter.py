"""YAML front matter (``---`` … ``---`` at the top of a Markdown file)."""
from __future__ import annotations

import datetime as _dt
from typing import Any

from ..speedups import pattern_cache
from .._yaml import ConfigError, load_yaml_text
from .errors import InputError

_ISO_DATE = pattern_cache.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_OPEN = pattern_cache.compile(r"---[ \t]*\r?\n")
_CLOSE = pattern_cache.compile(r"---[ \t]*(?:\r?\n|\Z)")


def front_block(text: str) -> tuple[str, int] | None:
    """The front matter's lines and the offset where the body starts; None without one.

    This is ``\\A---[ \\t]*\\r?\\n(.*?\\r?\\n)?---[ \\t]*(?:\\r?\\n|\\Z)`` (DOTALL) read with
    str.find: the block is tried before its absence, so the first closing line after a
    line break wins, and a closing line right after the opening one only when there is
    no other. The lazy pattern tried every character of the block (a third of the time
    spent on front matter); tests/test_frontmatter.py holds the two to the same answer.
    """
    opening = _OPEN.match(text)
    if opening is None:
        return None
    start = opening.end()
    newline = text.find("\n---", start)
    while newline != -1:
        closing = _CLOSE.match(text, newline + 1)
        if closing is not None:
            return text[start:newline + 1], closing.end()
        newline = text.find("\n---", newline + 1)
    closing = _CLOSE.match(text, start)
    return ("", closing.end()) if closing is not None else None


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], int]:
    """Parse front matter; return it and the offset where the body starts (0 if none)."""
    found = front_block(text)
    if found is None:
        return {}, 0
    block, body_start = found
    data = flat_mapping(block)
    if data is not None:
        return data, body_start
    try:
        # One empty line stands for the opening "---", so every line YAML reports is the
        # file's line, not the block's.
        data, _lines = load_yaml_text("\n" + block, path, aliases=False)
    except ConfigError as error:
        message = str(error)
        raise InputError(f"front matter: {message}; fix the YAML between the '---' lines") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter is not a mapping of keys to values (title:, date:, lang:)")
    return data, body_start


# What YAML reads as a boolean or null when plain (PyYAML's YAML 1.1 resolvers); any other
# plain scalar starting with a letter is a string.
_NOT_STRINGS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE "
                         "on On ON off Off OFF null Null NULL".split())


# Characters str.isprintable() refuses that YAML reads as text (not white space, not a line
# break): spaces other than U+0020 (no-break, narrow, thin, ideographic...), soft hyphen,
# zero-width and direction marks. A line with any other such character (a tab, a control,
# a line or paragraph separator, a byte order mark...) is left to YAML.
_YAML_TEXT = frozenset("\xa0\xad\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                       "\u200a\u200b\u200c\u200d\u200e\u200f\u202f\u205f\u2060\u3000")


def flat_mapping(block: str) -> dict[str, Any] | None:
    """The front matter as YAML reads it when it is the usual flat ``key: value`` list of
    strings; None for anything else (YAML then reads it, and reports its errors).

    Why: a story's front matter is a few lines like ``title: ...`` and ``date: '2015-09-01'``;
    the full loader costs a seventh of reading a story. Values read here are plain scalars
    starting with a letter (not a boolean or null word), single-quoted strings on one line,
    and double-quoted ones without escapes: for those YAML's answer is the text itself.
    tests/test_frontmatter.py holds this to the YAML loader on generated blocks.
    """
    data: dict[str, Any] = {}
    for line in block.split("\n"):
        if not line:
            continue
        if not line.isprintable() and not all(c.isprintable() or c in _YAML_TEXT for c in line):
            return None
        # A key is [A-Za-z_][A-Za-z0-9_-]{0,63}; its characters stop at the first ": ".
        key, colon, value = line.partition(": ")
        if (not colon or len(key) > 64 or not key.isascii() or key[0] == "-"
                or not key.replace("-", "_").isidentifier() or key in _NOT_STRINGS or key in data):
            return None
        value = value.strip(" ")
        if not value:
            return None
        first = value[0]
        if first == "'":
            inner = value[1:-1]
            if len(value) < 2 or value[-1] != "'" or "'" in inner.replace("''", ""):
                return None
            value = inner.replace("''", "'")
        elif first == '"':
            inner = value[1:-1]
            if len(value) < 2 or value[-1] != '"' or '"' in inner or "\\" in inner:
                return None
            value = inner
        elif (not first.isalpha() or value in _NOT_STRINGS or ": " in value or " #" in value
              or value[-1] == ":"):
            return None
        data[key] = value
    return data


def parse_date(value: Any) -> _dt.date | None:
    """A publication date from a front matter value (date, datetime or ISO string)."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.match(value)
        if match:
            try:
                return _dt.date(*map(int, match.groups()))
            except ValueError:
                return None
    return None
