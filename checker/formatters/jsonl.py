"""JSON Lines: one finding per line, written as each file finishes, for large batches.

Each line is the JSON contract's finding object with the file's ``path`` and ``language``
first, so a consumer can process a newsroom's archive without holding it in memory.
Input errors and warnings go to stderr, as in JSON mode; stdout carries data only.
"""
from __future__ import annotations

import json
from typing import TextIO

from . import print_problems


class Formatter:
    """Streams one JSON object per finding."""

    streams = True

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err = out, err

    def start(self) -> None:
        pass

    def file(self, result) -> None:
        print_problems(result, self.err)
        for finding in result.findings:
            row = {"path": result.path, "language": result.language, **finding.to_json()}
            self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.out.flush()

    def finish(self, summary) -> None:
        pass
