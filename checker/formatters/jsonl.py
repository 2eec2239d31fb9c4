"""JSON Lines: one finding per line, written as each file finishes, for large batches.

Each line is the JSON contract's finding object with the file's ``path`` and ``language``
first, so a consumer can process a newsroom's archive without holding it in memory.
Input errors and warnings go to stderr, as in JSON mode; stdout carries data only.
"""
from __future__ import annotations

import json

from . import StreamingFormatter, print_problems

# What ``json.dumps(row, ensure_ascii=False)`` builds on every call, built once.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


class Formatter(StreamingFormatter):
    """Streams one JSON object per finding."""

    def file(self, result) -> None:
        print_problems(result, self.err)
        if result.findings:   # a file's lines in one write
            path, language = result.path, result.language
            self.out.write("".join([_ENCODE({"path": path, "language": language, **finding.to_json()}) + "\n"
                                    for finding in result.findings]))
        self.out.flush()

    def finish(self, summary) -> None:
        pass
