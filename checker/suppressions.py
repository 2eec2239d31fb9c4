"""Suppressions: where an editor has told copydesk to stay quiet, and whether it made sense.

In Markdown and HTML, HTML comments mute rules without touching the prose:

    <!-- copydesk-disable numbers.unsourced -->      from here ...
    <!-- copydesk-enable -->                          ... to here (or the end of the file)
    <!-- copydesk-disable-next-paragraph speakers --> only the next paragraph

A directive names rule ids or prefixes (``speakers`` mutes the category), separated by
spaces or commas; with no name it mutes every rule. ``copydesk-enable NAME`` ends only
that name's region. Front matter ``copydesk: {ignore: [rule-id, ...]}`` mutes rules for
the whole story (the engine reads it from ``Document.metadata``).

A comment counts only where the reader blanked it out of the prose: in a ``.txt`` story
the same characters are prose and mean nothing. A typo in a directive or a rule id would
silently mute nothing, so ``copydesk.unknown-suppression`` reports them (see
``checker/checks/unknown_suppression.py``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import regex

from .speedups import pattern_cache

from .document import Paragraph
from .spans import Span

DIRECTIVES = ("disable", "enable", "disable-next-paragraph")
ALL = "ALL"
FRONT_MATTER_KEYS = ("ignore",)

_COMMENT = pattern_cache.compile(r"<!--\s*copydesk-(?P<action>[A-Za-z-]*)(?P<args>.*?)-->", regex.S)
_NAME = pattern_cache.compile(r"[^\s,]+")


@dataclass(frozen=True)
class Directive:
    """One ``<!-- copydesk-... -->`` comment.

    Args:
        span: the whole comment in the text.
        action: what follows ``copydesk-`` (``disable``, ``enable``, ... or a typo).
        names: each rule selector it names, with its span in the text.
    """

    span: Span
    action: str
    names: tuple[tuple[str, Span], ...]

    @property
    def known_action(self) -> bool:
        return self.action in DIRECTIVES


def find_directives(text: str, prose: str) -> tuple[Directive, ...]:
    """Every copydesk comment the reader treated as markup (blank in ``prose``)."""
    if "copydesk-" not in text:   # every directive holds it: most stories need no scan
        return ()
    found = []
    for match in _COMMENT.finditer(text):
        start, end = match.span()
        if prose[start:end].strip():
            continue  # the characters are prose here (plain text, code shown as text)
        args_start = match.start("args")
        names = tuple((m.group(), Span(args_start + m.start(), args_start + m.end()))
                      for m in _NAME.finditer(match.group("args")))
        found.append(Directive(Span(start, end), match.group("action").lower(), names))
    return tuple(found)


def suppressed_regions(directives: Iterable[Directive], paragraphs: tuple[Paragraph, ...],
                       length: int) -> tuple[tuple[str, Span], ...]:
    """(selector, span) pairs for ``Document.suppressed``, in text order.

    Args:
        directives: the document's directives, in text order.
        paragraphs: the document's paragraphs (for ``disable-next-paragraph``).
        length: the text's length (an unclosed ``disable`` runs to the end).
    """
    open_regions: dict[str, int] = {}
    regions: list[tuple[str, Span]] = []
    for directive in directives:
        names = [name for name, _ in directive.names] or [ALL]
        if directive.action == "disable":
            for name in names:
                open_regions.setdefault(name, directive.span.end)
        elif directive.action == "enable":
            closing = list(open_regions) if names == [ALL] else [n for n in names if n in open_regions]
            for name in closing:
                regions.append((name, Span(open_regions.pop(name), directive.span.start)))
        elif directive.action == "disable-next-paragraph":
            following = next((p.span for p in paragraphs if p.span.start >= directive.span.end), None)
            if following is not None:
                regions.extend((name, following) for name in names)
    regions.extend((name, Span(start, length)) for name, start in open_regions.items())
    return tuple(sorted(regions, key=lambda item: (item[1].start, item[0])))


def front_matter_ignores(metadata: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The selectors of front matter ``copydesk: {ignore: [...]}`` and any unknown keys in it.

    Returns:
        (selectors, unknown keys); a bare string ``ignore: numbers`` is one selector.
    """
    own = metadata.get("copydesk") if metadata else None
    if own is None:
        return (), ()
    if not isinstance(own, Mapping):
        return (), ("copydesk",)
    value = own.get("ignore") or ()
    selectors = (value,) if isinstance(value, str) else tuple(str(v) for v in value) \
        if isinstance(value, (list, tuple)) else (str(value),)
    unknown = tuple(str(k) for k in own if k not in FRONT_MATTER_KEYS)
    return selectors, unknown
