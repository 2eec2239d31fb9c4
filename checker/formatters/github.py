"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

``::warning file=story.md,line=3,col=1,endLine=3,endColumn=11,title=rule-id::message``.
Data is escaped as the runner requires (``%``, CR, LF; and ``:``/``,`` in properties);
info findings are ``notice``. Related spans follow the message on their own lines. A
plain summary line ends the output, which the runner shows as log text.
"""
from __future__ import annotations

from pathlib import Path

from . import StreamingFormatter
from ._paths import workspace_path

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _path(path: str) -> str:
    return workspace_path(path) or Path(path).as_posix()


class Formatter(StreamingFormatter):
    """Prints one workflow command per finding, as files finish."""

    def file(self, result) -> None:
        path = escape_property(_path(result.path))
        if result.error:
            level = "warning" if result.skipped else "error"
            print(f"::{level} file={path},title=copydesk::{escape_data(result.error)}", file=self.out)
        for warning in result.warnings:
            print(f"::warning file={path},title=copydesk::{escape_data(warning)}", file=self.out)
        for f in result.findings:
            end_column = f.end_column - 1 if f.end_line == f.line else f.end_column
            message = f.message
            for related in f.related:
                message += f"\n{related.note} (line {related.line}, column {related.column}): {related.text}"
            if f.suggestions:
                message += "\nSuggestion: " + " / ".join(f.suggestions)
            print(f"::{LEVELS[f.severity]} file={path},line={f.line},col={f.column},"
                  f"endLine={f.end_line},endColumn={max(end_column, f.column)},"
                  f"title={escape_property(f.rule)}::{escape_data(message)}", file=self.out)
        self.out.flush()

    def finish(self, summary) -> None:
        print(f"copydesk: {summary.findings} finding{'s' if summary.findings != 1 else ''} "
              f"({summary.errors} errors, {summary.warnings} warnings, {summary.infos} infos) "
              f"in {summary.files} file{'s' if summary.files != 1 else ''}", file=self.out)
