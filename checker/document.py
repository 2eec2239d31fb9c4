"""Document: one article as copydesk sees it, built once by a reader and never changed.

``text`` is the file exactly as read. ``prose`` has the same length, with everything that
is not prose (front matter, Markdown syntax, HTML comments, code) replaced by spaces, so
extractors can run plain regexes over it and every offset they find is already an offset
into ``text``: nothing is ever re-mapped, so nothing can drift.
"""
from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

from .spans import Span

PARAGRAPH_KINDS = ("body", "heading", "list", "blockquote", "dateline")


@dataclass(frozen=True)
class Paragraph:
    """A block of prose: its span in the text and what kind of block it is."""

    span: Span
    kind: str = "body"


@dataclass(frozen=True, eq=False)
class Document:
    """An article: original text, prose mask, paragraphs and sentences as spans, metadata.

    Args:
        path: where the text came from ("-" for standard input).
        text: the original text, unchanged (after decoding and BOM removal).
        prose: same length as ``text``; non-prose characters blanked with spaces.
        paragraphs: prose blocks in order.
        sentences: sentence spans in order, each inside one paragraph.
        lang: language code with a locale file ("en", "fr", ...).
        metadata: front matter (or empty).
        date: publication date, if known.
        date_source: "front matter", "dateline", "--date" or None.
        suppressed: (rule selector, span) pairs where findings are muted.
    """

    path: str
    text: str
    prose: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Span, ...]
    lang: str
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    date: _dt.date | None = None
    date_source: str | None = None
    suppressed: tuple[tuple[str, Span], ...] = ()
    _line_starts: tuple[int, ...] = field(default=(), repr=False)
    _paragraph_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _sentence_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.prose) != len(self.text):
            raise ValueError("prose mask must have the same length as the text")
        if not self._line_starts:
            starts = [0]
            find = self.text.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            object.__setattr__(self, "_line_starts", tuple(starts))
        object.__setattr__(self, "_paragraph_starts", tuple(p.span.start for p in self.paragraphs))
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in self.sentences))

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["metadata"] = dict(self.metadata)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state["metadata"] = MappingProxyType(state["metadata"])
        self.__dict__.update(state)

    # -- positions -------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        """A span of this document; raises ValueError outside ``[0, len(text)]``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside document of {len(self.text)} chars")
        return Span(start, end)

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of an offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    # -- structure -------------------------------------------------------------
    def paragraph_index(self, offset: int) -> int | None:
        """Index of the paragraph holding ``offset``, or None between paragraphs."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].span.end:
            return i
        return None

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset``, or None outside every sentence."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def sentences_in(self, span: Span) -> tuple[Span, ...]:
        first = bisect.bisect_left(self._sentence_starts, span.start)
        last = bisect.bisect_right(self._sentence_starts, span.end)
        return tuple(s for s in self.sentences[first:last] if span.contains(s))

    def units(self, scope: str) -> tuple[Span, ...]:
        """The spans a rule with this scope looks at: sentences, paragraphs or the body."""
        if scope == "sentence":
            return self.sentences
        if scope == "paragraph":
            return tuple(p.span for p in self.paragraphs)
        if not self.paragraphs:
            return ()
        return (Span(self.paragraphs[0].span.start, self.paragraphs[-1].span.end),)

    @property
    def word_count(self) -> int:
        return sum(len(self.prose[p.span.start:p.span.end].split()) for p in self.paragraphs)
