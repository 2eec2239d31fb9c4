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


# A line that may open a block other than a paragraph or an ATX heading: a quote, list,
# thematic break, setext underline, fence, HTML block, link definition, indented code, or
# indentation with a tab. None of these in a story: its blocks are paragraphs and headings.
_BLOCK_START = (r"(?:[ ]{0,3}(?:[>*+\-_=`~<\[|]|\d{1,9}[.)])"
                r"|[ ]*\t[ \t]*[^ \t\r\n]|[ ]{4,}[^ \t\r\n])")
_FIRST_NOT_SIMPLE = _regex_cache.compile(_BLOCK_START)
# after "\n", not "^" with MULTILINE: the engine then jumps from newline to newline
# instead of trying every character of the blanked front matter (7x faster)
_NEXT_NOT_SIMPLE = _regex_cache.compile(r"\n" + _BLOCK_START)
_LONE_CR = _regex_cache.compile(r"\r(?!\n)")
_ATX_HEADING = _regex_cache.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|\r?\n|\r|$)")
_BLANK_LINE = _regex_cache.compile(r"[ \t]*(?:\r?\n|\r|$)")


def simple_blocks(source: str, starts: list[int]) -> list[tuple[str, list[int]]] | None:
    """The block structure of a story made only of paragraphs and ATX headings, as
    markdown-it gives it ((token type, [first line, line after]) pairs); None for any other
    Markdown, which markdown-it reads.

    Why: nearly every news story is plain paragraphs under a ``#`` headline, and for those
    CommonMark's answer is simply "blank lines separate paragraphs, a ``#`` line is a
    heading"; markdown-it costs a fifth of a one-article run to import. tests/test_readers.py
    checks the two agree on generated text.
    """
    if (_FIRST_NOT_SIMPLE.match(source) or _NEXT_NOT_SIMPLE.search(source)
            or ("\r" in source and _LONE_CR.search(source))):
        return None
    blocks: list[tuple[str, list[int]]] = []
    first = None
    for line in range(len(starts) - 1):
        begin = starts[line]
        if begin > len(source):
            break
        heading = _ATX_HEADING.match(source, begin) is not None
        if heading or _BLANK_LINE.match(source, begin):
            if first is not None:
                blocks.append(("paragraph_open", [first, line]))
                first = None
            if heading:
                blocks.append(("heading_open", [line, line + 1]))
        elif first is None:
            first = line
    if first is not None:
        blocks.append(("paragraph_open", [first, len(starts) - 1]))
    return blocks


def read_markdown(text: str, body_start: int) -> tuple[str, tuple[Paragraph, ...]]:
    """The prose mask and paragraphs of a Markdown text whose body starts at ``body_start``."""
    source = _blanked(text[:body_start]) + text[body_start:]
    starts = _line_starts(text)
    blocks = simple_blocks(source, starts)
    if blocks is None:
        blocks = [(token.type, token.map) for token in _parser().parse(source)]
    prose = list(_blanked(text))
    paragraphs: list[Paragraph] = []
    containers: list[str] = []
    first_in_item = False
    for kind_of_token, lines in blocks:
        if kind_of_token in _CONTAINERS:
            containers.append(_CONTAINERS[kind_of_token])
        elif kind_of_token in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop() if containers else None
        elif kind_of_token == "list_item_open":
            first_in_item = True
        elif kind_of_token in ("paragraph_open", "heading_open") and lines:
            begin = starts[lines[0]]
            end = min(starts[min(lines[1], len(starts) - 1)] - 1, len(text))
            kind = "heading" if kind_of_token == "heading_open" else (containers[-1] if containers else "body")
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
