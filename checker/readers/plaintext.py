"""Plain text: paragraphs are blocks between blank lines, or lines when there is none.

Wire copy and CMS exports often put one paragraph per line with no blank line between
(the seed article does); hard-wrapped text separates paragraphs with blank lines. The
presence of any blank line tells the two apart.
"""
from __future__ import annotations

import regex

from ..speedups import pattern_cache
from ..document import Paragraph
from ..spans import Span

_BLOCK = pattern_cache.compile(r"\S(?:.|\n(?![ \t\r]*(?:\n|\Z)))*", regex.V1)
_LINE = pattern_cache.compile(r"[^\n]*\S[^\n]*")


def read_plaintext(text: str, body_start: int = 0) -> tuple[str, tuple[Paragraph, ...]]:
    """The prose (the text itself, before ``body_start`` blanked) and its paragraphs."""
    prose = "".join(c if c in "\r\n" else " " for c in text[:body_start]) + text[body_start:]
    has_blank_line = regex.search(r"\n[ \t\r]*\n", prose, pos=body_start) is not None
    pattern = _BLOCK if has_blank_line else _LINE
    paragraphs = []
    for match in pattern.finditer(prose, body_start):
        start, end = match.start(), match.end()
        while end > start and prose[end - 1].isspace():
            end -= 1
        start += len(match.group()) - len(match.group().lstrip())
        if end > start:
            paragraphs.append(Paragraph(Span(start, end)))
    return prose, tuple(paragraphs)
