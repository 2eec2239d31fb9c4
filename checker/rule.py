"""Rule: one loaded, validated rule: a shared header plus its check kind's parameters."""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .findings import Finding, Related
from .spans import Span

if TYPE_CHECKING:
    from .document import Document

SCOPES = ("sentence", "paragraph", "document")


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True, eq=False)
class Rule:
    """A rule as the engine runs it.

    Args:
        id: ``category.name`` (e.g. ``speakers.unintroduced``).
        check: the check kind (a module of ``checker.checks``).
        severity: error, warning or info.
        message: a ``str.format`` template filled with the kind's fields and ``text``.
        scope: sentence, paragraph or document.
        languages: language codes the rule applies to; empty means all.
        category: JSON ``category``; the id's prefix unless the YAML sets one.
        params: the kind's ``Params`` instance.
        prepared: what the kind's ``prepare(params)`` built once (compiled patterns, ...).
        source: ``file:line`` where the rule was defined.
        override: the user's rule replaces the built-in rule of the same id on purpose.
    """

    id: str
    check: str
    severity: str
    message: str
    scope: str = "document"
    languages: tuple[str, ...] = ()
    category: str = ""
    description: str = ""
    why: str = ""
    examples: Mapping[str, Any] = field(default_factory=dict)
    metadata: Mapping[str, Any] = field(default_factory=dict)
    params: Any = None
    prepared: Any = None
    source: str = ""
    override: bool = False

    def applies_to(self, lang: str) -> bool:
        return not self.languages or lang in self.languages

    def format_message(self, fields: Mapping[str, Any]) -> str:
        """The message template filled in; an unknown field stays as written ("{name}").

        ``str.format_map`` gives what ``string.Formatter().vformat`` gives, in C (a twentieth
        of the time, on every finding); a template it refuses (a positional "{}") goes
        through ``vformat``, which raises the error users have always seen.
        """
        try:
            return self.message.format_map(_Fields(fields))
        except Exception:
            return string.Formatter().vformat(self.message, (), _Fields(fields))

    def finding(self, document: "Document", span: Span, *, fields: Mapping[str, Any] | None = None,
                related: Iterable[tuple[Span, str]] = (), suggestions: Iterable[str] = (),
                severity: str | None = None) -> Finding:
        """Build a finding of this rule on ``span``, with line/column and related spans filled in.

        ``severity`` replaces the rule's for this finding (a kind that reports at two
        severities, like numbers.unsourced, without building the finding twice)."""
        text = document.text[span.start:span.end]
        line, column = document.line_col(span.start)
        end_line, end_column = document.line_col(span.end)
        values = {"text": text, **(fields or {})}
        related_spans = []
        for other, note in related:
            r_line, r_col = document.line_col(other.start)
            related_spans.append(Related.build(other.start, other.end - other.start, r_line, r_col,
                                               document.text[other.start:other.end], note))
        return Finding.build(self.id, self.category, severity or self.severity, self.format_message(values),
                             line, column, end_line, end_column, span.start, span.end - span.start, text,
                             tuple(related_spans), tuple(suggestions), document.path)
