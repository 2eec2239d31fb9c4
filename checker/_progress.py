"""A one-line progress bar on stderr for long batches: files done, files/s, findings so far.

Shown only when stderr is a terminal, the batch has more than a few files and the output
is meant for people (never in JSON, JSON Lines or SARIF modes, whose consumers are
programs). It redraws at most ten times a second and erases itself before any other line
is printed, so findings on stdout and the bar never interleave on one terminal line.
"""
from __future__ import annotations

import time
from typing import TextIO

MIN_FILES = 5
DATA_FORMATS = ("json", "jsonl", "sarif")


def wanted(stream: TextIO, total: int, format_name: str) -> bool:
    """Whether a batch of ``total`` files in ``format_name`` should show a bar on ``stream``."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and total > MIN_FILES - 1 and format_name not in DATA_FORMATS


class Progress:
    """Draws ``[#####.....] 12/40 files  8.3 files/s  5 findings`` on one terminal line.

    Args:
        stream: the terminal (stderr).
        total: number of files in the batch.
        width: bar width in characters.
    """

    def __init__(self, stream: TextIO, total: int, *, width: int = 28) -> None:
        self.stream, self.total, self.width = stream, max(total, 1), width
        self.done = 0
        self.findings = 0
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.visible = False

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        filled = int(self.width * min(self.done, self.total) / self.total)
        return (f"[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} files  "
                f"{self.done / elapsed:.1f} files/s  {self.findings} finding{'s' if self.findings != 1 else ''}")

    def clear(self) -> None:
        """Erase the bar (before something else is printed on the terminal)."""
        if self.visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.visible = False

    def advance(self, findings: int) -> None:
        self.done += 1
        self.findings += findings
        now = time.monotonic()
        if now - self.drawn_at >= 0.1 or self.done >= self.total:
            self.stream.write("\r\x1b[K" + self.line())
            self.stream.flush()
            self.drawn_at = now
            self.visible = True

    def close(self) -> None:
        self.clear()
