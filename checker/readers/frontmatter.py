"""YAML front matter (``---`` … ``---`` at the top of a Markdown file)."""
from __future__ import annotations

import datetime as _dt
from typing import Any

import regex

from .. import _regex_cache
from .._yaml import ConfigError, load_yaml_text
from .errors import InputError

_ISO_DATE = _regex_cache.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_FRONT = _regex_cache.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", regex.S)


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], int]:
    """Parse front matter; return it and the offset where the body starts (0 if none)."""
    match = _FRONT.match(text)
    if not match:
        return {}, 0
    try:
        # One empty line stands for the opening "---", so every line YAML reports is the
        # file's line, not the block's.
        data, _lines = load_yaml_text("\n" + (match.group(1) or ""), path)
    except ConfigError as error:
        message = str(error)
        raise InputError(f"front matter: {message}; fix the YAML between the '---' lines") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter is not a mapping of keys to values (title:, date:, lang:)")
    return data, match.end()


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
