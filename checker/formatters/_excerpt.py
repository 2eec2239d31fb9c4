"""The line of the story under a finding, with the flagged text marked, as rustc and ruff
show code: an editor sees the sentence, not a column number.

The line comes from the checked document when the run kept it, else from the file read
again (only for files with findings). A line too long for a terminal (a paragraph is one
line in Markdown) is cut to a window around the span, with ``…`` where it was cut.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

WIDTH = 100          # characters of story shown around a span


def file_text(result) -> str | None:
    """The text the finding offsets point into, or None when it cannot be had again."""
    document = getattr(result, "document", None)
    if document is not None:
        return document.text
    if result.path in ("", "-") or result.path.lower().endswith(".docx"):
        return None
    try:
        data = Path(result.path).read_bytes()
    except OSError:
        return None
    from ..readers.decode import decode
    from ..readers.errors import InputError
    try:
        return decode(data, max_bytes=0)
    except InputError:
        return None


def _width(text: str) -> int:
    """Columns a terminal gives ``text`` (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def excerpt(text: str, offset: int, length: int, line: int) -> list[str]:
    """The gutter, the line (or a window of it) and the caret line under ``[offset, offset+length)``."""
    if not 0 <= offset <= len(text):
        return []
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end == -1 else end
    content = text[start:end].rstrip("\r")
    begin, finish = offset - start, min(offset - start + max(length, 1), len(content))
    left, right = 0, len(content)
    if len(content) > WIDTH:
        margin = max(0, (WIDTH - (finish - begin)) // 2)
        left = max(0, begin - margin)
        right = min(len(content), max(finish + margin, left + WIDTH))
    shown = ("…" if left else "") + content[left:right].replace("\t", " ") + ("…" if right < len(content) else "")
    pad = _width(("…" if left else "") + content[left:begin].replace("\t", " "))
    carets = "^" * max(1, _width(content[begin:min(finish, right)]))
    gutter = " " * len(str(line))
    return [f"{gutter} |", f"{line} | {shown}", f"{gutter} | {' ' * pad}{carets}"]
