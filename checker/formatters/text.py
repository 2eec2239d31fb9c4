"""Human text: ``path:line:col: severity [rule-id] message``, like compilers and ruff, then
the line of the story with the flagged words marked, and each related place the same way.
``--format concise`` keeps one line per finding for scripts."""
from __future__ import annotations

from collections import Counter

from . import StreamingFormatter, print_problems
from ._excerpt import excerpt, file_text


class Statistics:
    """Findings per rule and per file, most first (``--statistics``, as ruff has): where a
    day's copy is weak, for an editor-in-chief, without reading every finding."""

    def __init__(self) -> None:
        self.rules: Counter = Counter()
        self.severity: dict[str, str] = {}
        self.files: Counter = Counter()

    def add(self, result) -> None:
        for finding in result.findings:
            self.rules[finding.rule] += 1
            self.severity.setdefault(finding.rule, finding.severity)
            self.files[finding.path or result.path] += 1

    def print(self, out) -> None:
        if not self.rules:
            return
        width = len(str(max(self.rules.values())))
        print("Findings per rule:", file=out)
        for rule, count in sorted(self.rules.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {count:>{width}}  {rule} ({self.severity[rule]})", file=out)
        print("Findings per file:", file=out)
        for path, count in sorted(self.files.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {count:>{width}}  {path}", file=out)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


class Formatter(StreamingFormatter):
    """Prints findings as they come; one summary line at the end (one line when clean)."""

    excerpts = True

    def __init__(self, out, err) -> None:
        super().__init__(out, err)
        self.hidden_infos = 0     # set by the command line when the default hides infos
        self.statistics: Statistics | None = None   # --statistics: counts instead of findings

    def file(self, result) -> None:
        print_problems(result, self.err)
        if self.statistics is not None:
            self.statistics.add(result)
            return
        text = file_text(result) if self.excerpts and result.findings else None
        for f in result.findings:
            lines = [f"{f.path or result.path}:{f.line}:{f.column}: {f.severity} [{f.rule}] {f.message}"]
            if text is not None and text[f.offset:f.offset + f.length] == f.text:
                lines += excerpt(text, f.offset, f.length, f.line)
            for related in f.related:
                lines.append(f"    {related.line}:{related.column}: {related.note}: {related.text}")
                if (text is not None and related.line != f.line
                        and text[related.offset:related.offset + related.length] == related.text):
                    lines += ["    " + row for row in excerpt(text, related.offset, related.length, related.line)]
            if text is not None:
                lines.append("")
            print("\n".join(lines), file=self.out)

    def finish(self, summary) -> None:
        if self.statistics is not None:
            self.statistics.print(self.out)
        checked = summary.files - summary.failed_files - summary.skipped_files
        hidden = (f" {_plural(self.hidden_infos, 'info')} hidden: --min-severity info to show them."
                  if self.hidden_infos else "")
        if checked <= 0 and summary.findings == 0:
            return           # nothing was checked: the errors on stderr say why
        if summary.findings == 0:
            print(f"No findings in {_plural(checked, 'file')}.{hidden}", file=self.out)
            return
        parts = [_plural(n, label) for n, label in
                 ((summary.errors, "error"), (summary.warnings, "warning"), (summary.infos, "info")) if n]
        print(f"Found {_plural(summary.findings, 'finding')} ({', '.join(parts)}) in "
              f"{_plural(checked, 'file')}.{hidden}", file=self.out)
