"""SARIF 2.1.0, the format GitHub code scanning and other review tools read.

One run: the tool driver lists every rule of the run (id, descriptions, default level,
help with the rule's examples), each finding is a result with a physical location, the
``related`` spans are related locations (linked from the message text). Columns are
code points (``columnKind: unicodeCodePoints``), as copydesk counts them. Input errors and warnings are tool execution notifications. Suggestions
are appended to the message and kept in ``properties.suggestions``; they are not SARIF
``fixes``, which must be exact edits. Data only.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable, TextIO
from urllib.parse import quote

from ._paths import workspace_path

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A relative, percent-encoded URI for ``path`` (relative to the working directory)."""
    if path == "-":
        return "stdin"
    relative = workspace_path(path)
    return quote(relative) if relative is not None else Path(path).resolve().as_uri()


def _region(line: int, column: int, end_line: int, end_column: int, offset: int, length: int,
            text: str) -> dict[str, Any]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column,
            "charOffset": offset, "charLength": length, "snippet": {"text": text}}


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def fingerprint(finding) -> str:
    """What identifies a finding across edits of the story, for code scanning's alerts: the
    rule, the flagged words and the words of its related places, normalised. Not the message
    (it holds line numbers: adding a paragraph above would reopen the alert) and not the
    position (the upload's region already says where)."""
    parts = [finding.rule, _normal(finding.text)] + sorted(_normal(r.text) for r in finding.related)
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def rule_descriptor(rule) -> dict[str, Any]:
    """A reportingDescriptor for one rule, with its explanation as help."""
    from ..rule_docs import rule_markdown, rule_plain
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.replace("-", ".").split(".")),
        "shortDescription": {"text": rule.description or rule.id},
        "fullDescription": {"text": rule.why or rule.description or rule.id},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "help": {"text": rule_plain(rule), "markdown": rule_markdown(rule, heading_level=0)},
        "properties": {"tags": list(dict.fromkeys([rule.category, "copydesk"])),
                       "languages": list(rule.languages)},
    }
    return descriptor


def _ad_hoc_descriptor(rule_id: str, severity: str) -> dict[str, Any]:
    return {"id": rule_id, "shortDescription": {"text": rule_id},
            "defaultConfiguration": {"level": LEVELS.get(severity, "warning")}}


class Formatter:
    """Holds the batch and writes one SARIF log at the end.

    Args:
        out: where the log goes.
        err: where nothing goes (input problems are notifications inside the log).
        rules: the run's rules, listed in the tool driver (rules that only appear in
            findings are added as they are seen).
    """

    streams = False
    wants_rules = True

    def __init__(self, out: TextIO, err: TextIO, *, rules: Iterable[Any] = ()) -> None:
        self.out, self.err = out, err
        self.descriptors: dict[str, dict[str, Any]] = {r.id: rule_descriptor(r) for r in rules}
        self.index = {rule_id: i for i, rule_id in enumerate(self.descriptors)}
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []
        self.failed = False

    def start(self) -> None:
        pass

    def file(self, result) -> None:
        uri = artifact_uri(result.path)
        if result.error:
            self.failed |= not result.skipped
            self.notifications.append({
                "level": "warning" if result.skipped else "error",
                "message": {"text": f"{result.path}: {result.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]})
        for warning in result.warnings:
            self.notifications.append({"level": "warning", "message": {"text": f"{result.path}: {warning}"},
                                       "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]})
        for finding in result.findings:
            self.results.append(self._result(finding, uri))

    def _result(self, finding, uri: str) -> dict[str, Any]:
        if finding.rule not in self.descriptors:
            self.descriptors[finding.rule] = _ad_hoc_descriptor(finding.rule, finding.severity)
            self.index[finding.rule] = len(self.index)
        location = {"uri": uri, "uriBaseId": "%SRCROOT%"} if "://" not in uri and uri != "stdin" \
            else {"uri": uri}
        related = []
        # Plain-text SARIF messages escape brackets; "[note](1)" links to related location 1.
        message = _escape(finding.message)
        for index, other in enumerate(finding.related, start=1):
            end_line, end_column = _end(other.line, other.column, other.text)
            related.append({"id": index, "message": {"text": f"{other.note}: {other.text}"},
                            "physicalLocation": {"artifactLocation": location,
                                                 "region": _region(other.line, other.column, end_line,
                                                                   end_column, other.offset, other.length,
                                                                   other.text)}})
            message += f" ([{_escape(other.note)}]({index}))"
        region = _region(finding.line, finding.column, finding.end_line, finding.end_column,
                         finding.offset, finding.length, finding.text)
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": self.index[finding.rule],
            "level": LEVELS[finding.severity],
            "message": {"text": message},
            "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
            "partialFingerprints": {"copydeskFinding/v2": fingerprint(finding)},
        }
        if related:
            result["relatedLocations"] = related
        if finding.suggestions:
            # Advice, not edits: a weekday suggestion replaces one word of a longer flagged
            # date, so suggestions are not emitted as SARIF fixes (which must be exact).
            result["message"]["text"] += " Suggestion: " + " / ".join(_escape(s) for s in finding.suggestions)
            result["properties"] = {"suggestions": list(finding.suggestions)}
        return result

    def finish(self, summary) -> None:
        run: dict[str, Any] = {
            "tool": {"driver": {"name": "copydesk", "version": _version(), "semanticVersion": _version(),
                                "rules": list(self.descriptors.values())}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not self.failed,
                             "toolExecutionNotifications": self.notifications}],
            "results": self.results,
            "properties": {"summary": summary.to_json()},
        }
        json.dump({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, self.out,
                  ensure_ascii=False, indent=2)
        self.out.write("\n")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _end(line: int, column: int, text: str) -> tuple[int, int]:
    """End line and (exclusive) column of ``text`` starting at line:column."""
    breaks = text.count("\n")
    if not breaks:
        return line, column + len(text)
    return line + breaks, len(text) - text.rfind("\n")


def _version() -> str:
    from .. import __version__
    return __version__
