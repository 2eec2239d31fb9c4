"""Markdown: block structure from markdown-it-py's line maps, inline syntax masked in place.

Nothing is removed or re-flowed: the prose mask starts blank and each paragraph's lines are
copied in with their Markdown syntax (markers, emphasis, link targets, code) replaced by
spaces, so offsets, lines and columns stay those of the original file.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from itertools import accumulate

import regex

from ..speedups import pattern_cache
from ..document import Paragraph
from ..spans import Span

_INLINE_MASK = pattern_cache.compile(
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
_HEADING_MARKS = pattern_cache.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)|[ \t]+#+[ \t]*$|^[ \t]*[=-]+[ \t]*$",
                                      regex.M)
_QUOTE_MARKS = pattern_cache.compile(r"^[ \t]*(?:>[ \t]?)+", regex.M)
_LIST_MARK = pattern_cache.compile(
    r"[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_CONTAINERS = {"bullet_list_open": "list", "ordered_list_open": "list",
               "blockquote_open": "blockquote"}


@functools.lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    # Only the block structure is used (inline syntax is masked by _INLINE_MASK below), so
    # markdown-it's inline pass, half of its time, is turned off.
    return MarkdownIt("commonmark").disable(["inline", "text_join"])


_NEWLINE = pattern_cache.compile(r"\r\n?|\n")


def _line_starts(text: str) -> list[int]:
    """Line starts as markdown-it counts lines (it treats \\r\\n, \\r and \\n alike), then
    ``len(text) + 1``."""
    if "\r" not in text:
        # each line's length plus its newline, summed: no regex match object per line
        return list(accumulate([len(line) + 1 for line in text.split("\n")], initial=0))
    starts = [0]
    starts.extend(match.end() for match in _NEWLINE.finditer(text))
    starts.append(len(text) + 1)
    return starts


_NOT_NEWLINES = pattern_cache.compile(r"[^\r\n]+")


def _blanked(text: str) -> str:
    """``text`` with every character but line breaks replaced by a space (same length)."""
    if "\r" not in text:
        return "\n".join([" " * len(line) for line in text.split("\n")])   # 5x the regex
    return _NOT_NEWLINES.sub(lambda m: " " * len(m.group()), text)


# A line that may open a block other than a paragraph or an ATX heading: a quote, list,
# thematic break, setext underline, fence, HTML block, link definition, indented code, or
# indentation with a tab. None of these in a story: its blocks are paragraphs and headings.
_BLOCK_START = (r"(?:[ ]{0,3}(?:[>*+\-_=`~<\[|]|\d{1,9}[.)])"
                r"|[ ]*\t[ \t]*[^ \t\r\n]|[ ]{4,}[^ \t\r\n])")
_FIRST_NOT_SIMPLE = pattern_cache.compile(_BLOCK_START)
_LONE_CR = pattern_cache.compile(r"\r(?!\n)")
_ATX_HEADING = pattern_cache.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|\r?\n|\r|$)")


def simple_blocks(source: str, starts: list[int]) -> list[tuple[str, list[int]]] | None:
    """The block structure of a story made only of paragraphs and ATX headings, as
    markdown-it gives it ((token type, [first line, line after]) pairs); None for any other
    Markdown, which markdown-it reads.

    Why: nearly every news story is plain paragraphs under a ``#`` headline, and for those
    CommonMark's answer is simply "blank lines separate paragraphs, a ``#`` line is a
    heading"; markdown-it costs a fifth of a one-article run to import. tests/test_readers.py
    checks the two agree on generated text.
    """
    if "\r" in source and _LONE_CR.search(source):
        return None
    blocks: list[tuple[str, list[int]]] = []
    first = None
    heading_at = _ATX_HEADING.match
    not_simple = _FIRST_NOT_SIMPLE.match
    # No lone CR (tested above), so the lines are those of ``starts``; each line is read
    # as a string of its own ("$" and a final "\r" stand for the newline that follows it).
    for line, content in enumerate(source.split("\n")):
        # _BLOCK_START can only match a line whose first character after at most three
        # spaces is not a letter or "#" (or that holds nothing more): others skip it.
        text = content.lstrip(" ")
        if not (len(content) - len(text) <= 3 and (text[:1].isalpha() or text[:1] == "#")
                or text in ("", "\r")) and not_simple(content):
            return None
        heading = "#" in content and heading_at(content) is not None
        if heading or content.strip(" \t") in ("", "\r"):
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
    copies: list[tuple[int, int, str]] = []
    paragraphs: list[Paragraph] = []
    for begin, end, kind, first_in_item in leaf_blocks(blocks, starts, len(text)):
        block = _block_prose(text, begin, end, kind, first_in_item)
        copies.append((begin, end, block))
        lead = len(block) - len(block.lstrip())   # str.strip drops what isspace() says
        if lead < len(block):
            trail = len(block) - len(block.rstrip())
            paragraphs.append(Paragraph(Span(begin + lead, end - trail), kind))
    return _assemble(text, copies), tuple(paragraphs)


def leaf_blocks(blocks: list[tuple[str, list[int]]], starts: list[int], length: int
                ) -> Iterator[tuple[int, int, str, bool]]:
    """(begin, end, kind, first in a list item) of each paragraph and heading of ``blocks``
    (markdown-it's (token type, line map) pairs), kind from the innermost container."""
    containers: list[str] = []
    first_in_item = False
    last_line = len(starts) - 1
    for kind_of_token, lines in blocks:
        if kind_of_token in _CONTAINERS:
            containers.append(_CONTAINERS[kind_of_token])
        elif kind_of_token in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop() if containers else None
        elif kind_of_token == "list_item_open":
            first_in_item = True
        elif kind_of_token in ("paragraph_open", "heading_open") and lines:
            begin = starts[lines[0]]
            end = min(starts[min(lines[1], last_line)] - 1, length)
            kind = "heading" if kind_of_token == "heading_open" else (containers[-1] if containers else "body")
            yield begin, end, kind, first_in_item
            first_in_item = False


def _assemble(text: str, copies: list[tuple[int, int, str]]) -> str:
    """The prose mask: ``text`` blanked, each block's prose copied over its place in order.

    Blocks come in text order and never share a line, so the mask is the blocks' prose
    joined with the blanked gaps between them; should a block ever start before the
    previous one ends, later copies overwrite earlier ones, character by character.
    """
    pieces: list[str] = []
    done = 0
    for begin, end, block in copies:
        if begin < done:
            chars = list(_blanked(text))
            for begin, end, block in copies:
                chars[begin:end] = block
            return "".join(chars)
        gap = text[done:begin]
        pieces.append(gap if not gap.strip("\r\n") else _blanked(gap))
        pieces.append(block)
        done = end
    gap = text[done:]
    pieces.append(gap if not gap.strip("\r\n") else _blanked(gap))
    return "".join(pieces)


def _block_prose(text: str, begin: int, end: int, kind: str, first_in_item: bool) -> str:
    """``text[begin:end]`` with its Markdown syntax blanked (line breaks kept)."""
    blanks: list[tuple[int, int]] = []
    if kind == "heading":
        blanks.extend(match.span() for match in _HEADING_MARKS.finditer(text, begin, end))
    elif kind == "blockquote":
        blanks.extend(match.span() for match in _QUOTE_MARKS.finditer(text, begin, end))
    elif kind == "list" and first_in_item:
        match = _LIST_MARK.match(text, begin, end)
        if match:
            blanks.append(match.span())
    plain = text[begin:end]
    # Every match of _INLINE_MASK starts with one of these characters; most paragraphs hold
    # none, and nine substring tests cost a tenth of the pattern's scan.
    if ("*" in plain or "_" in plain or "[" in plain or "]" in plain or "<" in plain
            or "`" in plain or "\\" in plain or "!" in plain or "~" in plain):
        for match in _INLINE_MASK.finditer(text, begin, end):
            if match.lastgroup == "escape":
                start = match.start()
                blanks.append((start, start + 1))
            else:
                blanks.append(match.span())
    if not blanks:
        return plain
    blanks.sort()
    pieces: list[str] = []
    done = begin
    for start, stop in blanks:
        if stop <= done:
            continue
        start = max(start, done)
        pieces.append(text[done:start])
        marks = text[start:stop]
        pieces.append(" " * (stop - start) if "\n" not in marks and "\r" not in marks
                      else _blanked(marks))
        done = stop
    pieces.append(text[done:end])
    return "".join(pieces)
