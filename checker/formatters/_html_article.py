"""One article of the HTML report: its text with findings highlighted, and its finding list.

Spans are never re-computed: the text is cut at every finding's and related span's start
and end, each piece is escaped, and a piece covered by a finding becomes a link to that
finding in the list (related spans link back to the finding they explain). Characters the
reader treated as markup (Markdown syntax, HTML tags) are not shown, so an editor sees the
story, not its source; offsets and line numbers in the list are still the file's.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Sequence

from ..findings import SEVERITY_RANK

BLOCK_TAGS = {"heading": "h3", "list": "li", "blockquote": "blockquote", "dateline": "p",
              "body": "p", "other": "p"}


@dataclass(frozen=True)
class Mark:
    """A span to show: a finding (``related`` is None) or one of its related spans."""

    start: int
    end: int
    anchor: str      # id of the anchor at the span's start
    finding: str     # id of the finding it belongs to (its list item is "item-" + finding)
    severity: str
    related: int | None = None


def marks_for(findings: Sequence, prefix: str) -> list[Mark]:
    marks = []
    for i, finding in enumerate(findings):
        fid = f"{prefix}-{i}"
        marks.append(Mark(finding.offset, finding.offset + finding.length, fid, fid, finding.severity))
        for j, other in enumerate(finding.related):
            marks.append(Mark(other.offset, other.offset + other.length, f"{fid}-r{j}", fid,
                              finding.severity, j))
    return marks


def _blocks(document, marks: Sequence[Mark]) -> list[tuple[int, int, str]]:
    """Paragraph ranges to show, plus a range for any mark outside every paragraph."""
    blocks = [(p.span.start, p.span.end, p.kind) for p in document.paragraphs]
    for mark in marks:
        if not any(start <= mark.start and mark.end <= end for start, end, _ in blocks):
            blocks.append((mark.start, max(mark.end, mark.start), "other"))
    blocks.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in blocks:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, kind))
    return merged


def _visible(document, start: int, end: int, hide_markup: bool) -> str:
    """Escaped HTML for [start, end): prose as is, markup dimmed (or left out for web pages).

    Markdown syntax and inline HTML stay visible, dimmed, because the editor wrote them (a
    story that contains ``<script>`` shows it); a web page's tags are left out, since there
    the editor knows the story, not its source.
    """
    text, prose = document.text, document.prose
    out, run, run_is_markup = [], [], False

    def flush() -> None:
        if run:
            piece = escape("".join(run))
            out.append(f'<span class="mk">{piece}</span>' if run_is_markup else piece)
            run.clear()
    for k in range(start, end):
        char, shown = text[k], prose[k]
        is_markup = shown == " " and not char.isspace()
        if is_markup and hide_markup:
            continue
        if is_markup != run_is_markup:
            flush()
            run_is_markup = is_markup
        run.append(char if is_markup or shown == " " else shown)
    flush()
    return "".join(out)


def render_text(document, marks: Sequence[Mark]) -> str:
    """The article as HTML blocks with highlighted, linked spans."""
    hide_markup = document.path.lower().endswith((".html", ".htm"))
    out = []
    for start, end, kind in _blocks(document, marks):
        inside = [m for m in marks if start <= m.start <= end]
        cuts = sorted({start, end, *(m.start for m in inside), *(min(m.end, end) for m in inside)})
        pieces = []
        for x, y in zip(cuts, cuts[1:] + [None]):
            pieces.extend(f'<span class="anchor" id="{escape(m.anchor)}"></span>'
                          for m in inside if m.start == x)
            if y is None or y <= x:
                continue
            segment = _visible(document, x, y, hide_markup)
            covering = [m for m in inside if m.start <= x < m.end]
            primary = [m for m in covering if m.related is None]
            if primary:
                worst = max(primary, key=lambda m: SEVERITY_RANK.get(m.severity, 0))
                rules = " ".join(m.finding for m in primary)
                pieces.append(f'<a class="hl sev-{escape(worst.severity)}" data-findings="{escape(rules)}" '
                              f'href="#item-{escape(worst.finding)}">{segment}</a>')
            elif covering:
                pieces.append(f'<a class="rel" href="#item-{escape(covering[0].finding)}">{segment}</a>')
            else:
                pieces.append(segment)
        tag = BLOCK_TAGS.get(kind, "p")
        css = f' class="{escape(kind)}"' if kind not in ("body", "heading") else ""
        out.append(f"<{tag}{css}>{''.join(pieces)}</{tag}>")
    return "\n".join(_wrap_lists(out))


def _wrap_lists(blocks: list[str]) -> list[str]:
    """Consecutive list items inside one <ul>, so the page stays valid HTML."""
    out, open_list = [], False
    for block in blocks:
        is_item = block.startswith("<li")
        if is_item and not open_list:
            out.append("<ul>")
        elif not is_item and open_list:
            out.append("</ul>")
        open_list = is_item
        out.append(block)
    if open_list:
        out.append("</ul>")
    return out


def render_findings(findings: Sequence, prefix: str, rules: dict) -> str:
    """The finding list: each item links to its span and to each related span."""
    items = []
    for i, f in enumerate(findings):
        fid = f"{prefix}-{i}"
        rule = rules.get(f.rule)
        about = escape(rule.description) if rule is not None and rule.description else ""
        related = "".join(
            f'<li><a class="to-related" href="#{fid}-r{j}">{escape(r.note)}</a>: '
            f'<q>{escape(r.text)}</q> <span class="where">line {r.line}</span></li>'
            for j, r in enumerate(f.related))
        suggestions = (f'<p class="suggest">Suggestion: {", ".join(f"<q>{escape(s)}</q>" for s in f.suggestions)}</p>'
                       if f.suggestions else "")
        items.append(
            f'<li class="finding sev-{escape(f.severity)}" id="item-{fid}">'
            f'<div class="head"><span class="badge sev-{escape(f.severity)}">{escape(f.severity)}</span> '
            f'<a class="to-text" href="#{fid}">line {f.line}, column {f.column}</a> '
            f'<code title="{about}">{escape(f.rule)}</code></div>'
            f'<p class="message">{escape(f.message)}</p>'
            f'<p class="flagged">Flagged: <q>{escape(f.text)}</q></p>'
            + (f'<ul class="related">{related}</ul>' if related else "")
            + suggestions + "</li>")
    return f'<ol class="findings">{"".join(items)}</ol>'
