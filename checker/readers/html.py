"""HTML: the article body of a web page, with every offset still an offset into the page.

Like the Markdown reader, nothing is re-flowed: the prose mask starts blank and only the
text of the article body is copied in, so a finding's line and column are those of the
HTML source an editor or developer opens. The body is the longest ``<article>``, else
``<main>``, else ``<body>``, else the whole file; inside it, navigation, scripts, styles,
forms, figures, asides and footers are ignored. Each ``<p>``, heading, list item, ... is a
paragraph; inline tags are blanked. An entity (``&amp;``) is written as its character at
the entity's first offset, followed by spaces, so it still occupies its own characters.

The page's ``<html lang>`` and publication-date ``<meta>`` tags become metadata, the way
front matter does for Markdown.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import regex

from ..speedups import pattern_cache
from ..document import Paragraph
from ..spans import Span

_TOKEN = pattern_cache.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<raw><(?P<rawname>script|style|template|textarea|svg|math|noscript)\b[^>]*>.*?"
    r"(?:</(?P=rawname)\s*>|\Z))"
    r"|(?P<decl><[!?][^>]*>)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    regex.S | regex.I)
_ATTR = pattern_cache.compile(r"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+)")

# Elements whose whole content is not article prose.
IGNORED = frozenset({"nav", "aside", "footer", "form", "figure", "button", "select", "iframe",
                     "menu", "dialog", "object", "video", "audio", "canvas", "pre", "code",
                     "head", "title"})
# Elements that start or end a paragraph.
BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section",
                    "article", "main", "body", "header", "ul", "ol", "dl", "dt", "dd", "table",
                    "tr", "td", "th", "caption", "hr", "address", "details", "summary", "hgroup"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_DATE_META = ("article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
              "pubdate", "publish-date", "sailthru.date")


@dataclass(frozen=True)
class _Element:
    name: str
    content_start: int
    content_end: int


def _attributes(attrs: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(2).strip("\"'")) for m in _ATTR.finditer(attrs)}


def _body_range(text: str, tokens: list[regex.Match]) -> tuple[int, int]:
    """The content range of the longest <article>, else <main>, else <body>, else everything."""
    stack: list[tuple[str, int]] = []
    found: dict[str, list[_Element]] = {"article": [], "main": [], "body": []}
    for token in tokens:
        if not token.group("tag"):
            continue
        name = token.group("name").lower()
        if name not in found:
            continue
        if token.group("tag").startswith("</"):
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == name:
                    found[name].append(_Element(name, stack[i][1], token.start()))
                    del stack[i:]
                    break
        else:
            stack.append((name, token.end()))
    for name, start in stack:  # unclosed: runs to the end of the file
        found[name].append(_Element(name, start, len(text)))
    for name in ("article", "main", "body"):
        if found[name]:
            best = max(found[name], key=lambda e: e.content_end - e.content_start)
            return best.content_start, best.content_end
    return 0, len(text)


def read_html(text: str) -> tuple[str, tuple[Paragraph, ...], dict[str, Any]]:
    """The prose mask, paragraphs and page metadata (``lang``, ``date``, ``title``) of a page."""
    tokens = list(_TOKEN.finditer(text))
    body_start, body_end = _body_range(text, tokens)
    prose = [c if c in "\r\n" else " " for c in text]
    metadata: dict[str, Any] = {}
    paragraphs: list[Paragraph] = []
    stack: list[str] = []
    current: list[int] = []  # [first, last] offsets of prose copied into the open paragraph
    kind = "body"

    def close_paragraph() -> None:
        if current:
            paragraphs.append(Paragraph(Span(current[0], current[1]), kind))
            current.clear()

    def copy(start: int, end: int) -> None:
        if start >= end or start < body_start or end > body_end:
            return
        if any(name in IGNORED for name in stack):
            return
        piece = text[start:end]
        prose[start:end] = piece
        stripped = piece.strip()
        if stripped:
            first = start + len(piece) - len(piece.lstrip())
            last = start + len(piece.rstrip())
            if not current:
                current.extend((first, last))
            else:
                current[1] = last

    position = 0
    for token in tokens:
        copy(position, token.start())
        position = token.end()
        if token.group("entity"):
            char = html.unescape(token.group())
            if len(char) == 1 and body_start <= token.start() and token.end() <= body_end \
                    and not any(name in IGNORED for name in stack):
                char = " " if char == "\xa0" else char
                if char.strip():
                    prose[token.start()] = char
                    if not current:
                        current.extend((token.start(), token.start() + 1))
                    else:
                        current[1] = token.start() + 1
            continue
        if not token.group("tag"):
            continue  # comments, declarations, raw-text elements: markup
        name = token.group("name").lower()
        closing = token.group("tag").startswith("</")
        if not closing:
            _read_metadata(name, _attributes(token.group("attrs")), metadata)
        if name in BLOCKS or name == "br" and text[token.end():token.end() + 8].lower().startswith("<br"):
            close_paragraph()
        if name in VOID:
            continue
        if closing:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i] == name:
                    del stack[i:]
                    break
        elif not token.group("tag").endswith("/>"):
            stack.append(name)
        if name in BLOCKS:
            kind = ("heading" if any(n in HEADINGS for n in stack)
                    else "list" if "li" in stack
                    else "blockquote" if "blockquote" in stack else "body")
    copy(position, len(text))
    close_paragraph()
    return "".join(prose), tuple(paragraphs), metadata


def _read_metadata(name: str, attrs: dict[str, str], metadata: dict[str, Any]) -> None:
    if name == "html" and attrs.get("lang"):
        metadata.setdefault("lang", attrs["lang"])
    elif name == "meta":
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _DATE_META and attrs.get("content"):
            metadata.setdefault("date", attrs["content"])
        elif key == "copydesk-ignore" and attrs.get("content"):  # the page's front matter ignore
            names = [n for n in attrs["content"].replace(",", " ").split() if n]
            metadata.setdefault("copydesk", {"ignore": names})
    elif name == "time" and "pubdate" in attrs and attrs.get("datetime"):
        metadata.setdefault("date", attrs["datetime"])
