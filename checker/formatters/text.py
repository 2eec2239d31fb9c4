"""Human text: ``path:line:col: severity [rule-id] message``, like compilers and ruff."""
from __future__ import annotations

from . import StreamingFormatter, print_problems


class Formatter(StreamingFormatter):
    """Prints findings as they come; one summary line at the end (one line when clean)."""

    def file(self, result) -> None:
        print_problems(result, self.err)
        for f in result.findings:
            line = f"{f.path or result.path}:{f.line}:{f.column}: {f.severity} [{f.rule}] {f.message}"
            for related in f.related:
                line += f"\n    {related.line}:{related.column}: {related.note}: {related.text}"
            print(line, file=self.out)

    def finish(self, summary) -> None:
        if summary.findings == 0:
            checked = summary.files - summary.failed_files
            print(f"No findings in {checked} file{'s' if checked != 1 else ''}.", file=self.out)
            return
        parts = [f"{n} {label}{'s' if n != 1 else ''}" for n, label in
                 ((summary.errors, "error"), (summary.warnings, "warning"), (summary.infos, "info"))
                 if n]
        print(f"Found {summary.findings} finding{'s' if summary.findings != 1 else ''} "
              f"({', '.join(parts)}) in {summary.files} file{'s' if summary.files != 1 else ''}.",
              file=self.out)
