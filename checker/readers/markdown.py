"""Markdown: block structure from markdown-it-py's line maps, inline syntax masked in place.

Nothing is removed or re-flowed: the prose mask starts blank and each paragraph's lines are
copied in with their Markdown syntax (markers, emphasis, link targets, code) replaced by
spaces, so offsets, lines and columns stay those of the original file.
"""
from __future__ import annotations

import functools

import regex

from .. import _regex_cache
from ..document import Paragraph
from ..spans import Span

_INLINE_MASK = _regex_cache.compile(
    r"(?P<all>(?s:<!--.*?-->)"             # HTML comments (markup, never prose)
    r"|(`+)(?s:.+?)\2"                       # code spans
    r"|!\[[^\]\n]*\]\([^)\n]*\)"             # images
    r"|<(?:https?|mailto|ftp):[^>\s]+>"      # autolinks
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"  # inline HTML tags
    r"|\[\^[^\]\s]+\]"                       # footnote references
    r")"
    r"|(?P<open>\[)(?=[^\]\n]+\](?:\([^)\n]*\)|\[[^\]\n]*\]))"  # link text opening bracket
    r"|(?P<target>\](?:\([^)\n]*\)|\[[^\]\n]*\]))"              # link target
    r"|(?P<emph>\*+|~~|(?<![\p{L}\p{N}])_+(?=\S)|(?<=\S)_+(?![\p{L}\p{N}]))"
    r"|(?P<escape>\\)[!-/:-@\[-`{-~]"
)
_HEADING_MARKS = _regex_cache.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)|[ \t]+#+[ \t]*$|^[ \t]*[=-]+[ \t]*$",
                                      regex.M)
_QUOTE_MARKS = _regex_cache.compile(r"^[ \t]*(?:>[ \t]?)+", regex.M)
_LIST_MARK = _regex_cache.compile(
    r"[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_CONTAINERS = {"bullet_list_open": "list", "ordered_list_open": "list",
               "blockquote_open": "blockquote"}


@functools.lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    # Only the block structure is used (inline syntax is masked by _INLINE_MASK below), so
    # markdown-it's inline pass, half of its time, is turned off.
    return MarkdownIt("commonmark").disable(["inline", "text_join"])


_NEWLINE = _regex_cache.compile(r"\r\n?|\n")


def _line_starts(text: str) -> list[int]:
    """Line starts as markdown-it counts lines (it treats \\r\\n, \\r and \\n alike)."""
    starts = [0]
    starts.extend(match.end() for match in _NEWLINE.finditer(text))
    starts.append(len(text) + 1)
    return starts


_NOT_NEWLINES = _regex_cache.compile(r"[^\r\n]+")


def _blanked(text: str) -> str:
    """``text`` with every character but line breaks replaced by a space (same length)."""
    return _NOT_NEWLINES.sub(lambda m: " " * len(m.group()), text)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def read_markdown(text: str, body_start: int) -> tuple[str, tuple[Paragraph, ...]]:
    """The prose mask and paragraphs of a Markdown text whose body starts at ``body_start``."""
    source = _blanked(text[:body_start]) + text[body_start:]
    tokens = _parser().parse(source)
    starts = _line_starts(text)
    prose = list(_blanked(text))
    paragraphs: list[Paragraph] = []
    containers: list[str] = []
    first_in_item = False
    for token in tokens:
        if token.type in _CONTAINERS:
            containers.append(_CONTAINERS[token.type])
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop() if containers else None
        elif token.type == "list_item_open":
            first_in_item = True
        elif token.type in ("paragraph_open", "heading_open") and token.map:
            begin = starts[token.map[0]]
            end = min(starts[min(token.map[1], len(starts) - 1)] - 1, len(text))
            kind = "heading" if token.type == "heading_open" else (containers[-1] if containers else "body")
            span = _copy_block(text, prose, begin, end, kind, first_in_item)
            first_in_item = False
            if span is not None:
                paragraphs.append(Paragraph(span, kind))
    return "".join(prose), tuple(paragraphs)


def _copy_block(text: str, prose: list[str], begin: int, end: int, kind: str,
                first_in_item: bool) -> Span | None:
    prose[begin:end] = text[begin:end]
    if kind == "heading":
        for match in _HEADING_MARKS.finditer(text, begin, end):
            _blank(prose, match.start(), match.end())
    if "blockquote" in kind or ">" in text[begin:end]:
        for match in _QUOTE_MARKS.finditer(text, begin, end):
            if kind == "blockquote":
                _blank(prose, match.start(), match.end())
    if kind == "list" and first_in_item:
        match = _LIST_MARK.match(text, begin, end)
        if match:
            _blank(prose, match.start(), match.end())
    for match in _INLINE_MASK.finditer(text, begin, end):
        group = match.lastgroup
        if group == "escape":
            _blank(prose, match.start(), match.start() + 1)
        else:
            _blank(prose, match.start(), match.end())
    while begin < end and prose[begin].isspace():
        begin += 1
    while end > begin and prose[end - 1].isspace():
        end -= 1
    return Span(begin, end) if end > begin else None
