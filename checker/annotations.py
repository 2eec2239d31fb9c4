"""Annotated example articles: ``<!-- ruleid: ID -->`` / ``<!-- ok: ID -->`` before a paragraph.

As in semgrep's test files, ``ruleid`` says the next paragraph must hold a finding of that
rule, ``ok`` that it must not, and ``todoruleid``/``todook`` record known misses and false
alarms without failing. Every finding of a rule in a paragraph not annotated ``ruleid``
for it is unexpected. Used by the test suite on ``examples/``.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .speedups import pattern_cache

from .document import Document
from .findings import Finding

_ANNOTATION = pattern_cache.compile(r"<!--\s*(ruleid|ok|todoruleid|todook)\s*:\s*([^>]*?)\s*-->")


@dataclass(frozen=True)
class Verdict:
    """What an annotated file's findings say against its annotations."""

    missed: tuple[tuple[str, int], ...]       # (rule, line) annotated ruleid, not found
    unexpected: tuple[tuple[str, int], ...]   # found where no ruleid annotation asked for it
    annotated: int                            # how many annotations were read


def annotations(document: Document) -> list[tuple[str, str, int]]:
    """(kind, rule id, paragraph index) for every annotation in the file."""
    result = []
    starts = [p.span.start for p in document.paragraphs]
    for match in _ANNOTATION.finditer(document.text):
        following = next((i for i, start in enumerate(starts) if start >= match.end()), None)
        if following is None:
            continue
        for rule_id in regex.split(r"[,\s]+", match.group(2)):
            if rule_id:
                result.append((match.group(1), rule_id, following))
    return result


def judge_annotations(document: Document, findings: list[Finding]) -> Verdict:
    notes = annotations(document)
    expected = {(rule, index) for kind, rule, index in notes if kind == "ruleid"}
    tolerated = {(rule, index) for kind, rule, index in notes if kind in ("todook", "todoruleid")}
    found = set()
    for finding in findings:
        index = document.paragraph_index(finding.offset)
        found.add((finding.rule, index))
    line = lambda index: document.line_col(document.paragraphs[index].span.start)[0]  # noqa: E731
    missed = sorted((rule, line(i)) for rule, i in expected - found)
    unexpected = sorted((rule, line(i) if i is not None else 0) for rule, i in found - expected - tolerated)
    return Verdict(tuple(missed), tuple(unexpected), len(notes))
