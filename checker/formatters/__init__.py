"""Formatters render file results as they finish: ``start``, ``file`` per result, ``finish``.

A formatter module ``checker/formatters/<name>.py`` provides a ``Formatter`` class taking
the output stream. Text and JSONL stream; JSON must hold the batch to print one object.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass
class Summary:
    files: int = 0
    findings: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    failed_files: int = 0
    skipped_files: int = 0

    def add(self, result) -> None:
        self.files += 1
        if result.error and not result.skipped:
            self.failed_files += 1
        elif result.error:
            self.skipped_files += 1
        for finding in result.findings:
            self.findings += 1
            if finding.severity == "error":
                self.errors += 1
            elif finding.severity == "warning":
                self.warnings += 1
            else:
                self.infos += 1

    def to_json(self) -> dict[str, int]:
        return {"files": self.files, "findings": self.findings, "errors": self.errors,
                "warnings": self.warnings, "infos": self.infos}


class StreamingFormatter:
    """What every streaming format shares: the two streams, and nothing to do at the start.

    Subclasses write each file's lines in ``file(result)`` as it finishes and a closing
    line in ``finish(summary)``, so memory stays flat however large the batch.
    """

    streams = True

    def __init__(self, out, err) -> None:
        self.out, self.err = out, err

    def start(self) -> None:
        pass

    def finish(self, summary) -> None:
        pass


def print_problems(result, err) -> None:
    """A file's input error and rule warnings on stderr, as ``path: level: message``.

    Shared by every format whose stdout carries only findings or data, so that a file
    that could not be read, or a rule that was stopped, is always said where people look.
    """
    if result.error:
        print(f"{result.path}: {'warning' if result.skipped else 'error'}: {result.error}", file=err)
    for warning in result.warnings:
        print(f"{result.path}: warning: {warning}", file=err)


def format_names() -> tuple[str, ...]:
    import pkgutil
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))


def get_formatter(name: str):
    """The ``Formatter`` class of a format name; ValueError naming the formats otherwise."""
    if name.isidentifier() and not name.startswith("_"):
        try:   # importing the one module asked for: listing them all costs a directory scan
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
        else:
            return module.Formatter
    raise ValueError(f"unknown format {name!r}; expected one of {', '.join(format_names())}")
