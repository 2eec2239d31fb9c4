"""The JSON contract (docs/json.md): one object with every file's findings and a summary."""
from __future__ import annotations

import json
from typing import Any, TextIO

from . import print_problems


def file_json(result) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": result.path, "language": result.language,
                             "findings": [f.to_json() for f in result.findings]}
    if result.error:
        entry["error"] = result.error
        entry["skipped"] = True
    if result.warnings:
        entry["warnings"] = list(result.warnings)
    return entry


class Formatter:
    """Holds the batch and prints one JSON object at the end (data only)."""

    streams = False

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err = out, err
        self.files: list[dict[str, Any]] = []

    def start(self) -> None:
        pass

    def file(self, result) -> None:
        print_problems(result, self.err)
        self.files.append(file_json(result))

    def finish(self, summary) -> None:
        json.dump({"version": 1, "files": self.files, "summary": summary.to_json()},
                  self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
