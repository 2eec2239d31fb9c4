"""Every rule's ``examples:`` are tests: each ``bad`` snippet must fire, each ``good`` must not.

``copydesk test-rules [PATH]`` runs them for the built-in rules or a user's rule directory,
so a user rule whose example is wrong fails loudly instead of quietly never firing. Each
snippet is a tiny article (Markdown; it may carry front matter with a ``date:``), read in
the example's language and checked with that one rule only.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .engine import run_rules
from .readers import read_text
from .rule import Rule


@dataclass(frozen=True)
class ExampleResult:
    """The outcome of one example snippet.

    Args:
        rule: the rule id.
        source: where the rule is defined (``file:line``).
        lang: the example's language.
        kind: ``bad`` (must fire) or ``good`` (must stay quiet).
        index: position of the snippet in its list (1-based).
        snippet: the example text.
        findings: messages of this rule's findings on the snippet.
        problem: why the example failed, or None when it passed.
    """

    rule: str
    source: str
    lang: str
    kind: str
    index: int
    snippet: str
    findings: tuple[str, ...]
    problem: str | None

    @property
    def passed(self) -> bool:
        return self.problem is None


def _snippets(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value or ())


def run_examples(rules: Iterable[Rule], rule_paths: Iterable[Path] = ()) -> Iterator[ExampleResult]:
    """Check every example of every rule; yields one result per snippet."""
    rule_paths = tuple(Path(p) for p in rule_paths)
    for rule in rules:
        for lang, block in (rule.examples or {}).items():
            for kind in ("bad", "good"):
                for index, snippet in enumerate(_snippets(block.get(kind)), start=1):
                    yield _run_one(rule, str(lang), kind, index, snippet, rule_paths)


def _run_one(rule: Rule, lang: str, kind: str, index: int, snippet: str,
             rule_paths: tuple[Path, ...]) -> ExampleResult:
    def result(findings: tuple[str, ...], problem: str | None) -> ExampleResult:
        return ExampleResult(rule.id, rule.source, lang, kind, index, snippet, findings, problem)
    if rule.languages and lang not in rule.languages:
        return result((), f"example in {lang!r}, but the rule only applies to {', '.join(rule.languages)}")
    try:
        document = read_text(snippet, path="example.md", lang=lang, rule_paths=rule_paths)
        checked = run_rules(document, [rule], rule_paths=rule_paths)
    except Exception as error:  # a broken example is a failed example, reported with its rule
        return result((), f"could not be checked: {type(error).__name__}: {error}")
    findings = tuple(f.message for f in checked.findings if f.rule == rule.id)
    if checked.warnings:
        return result(findings, "; ".join(checked.warnings))
    if kind == "bad" and not findings:
        return result(findings, "should produce a finding but produced none")
    if kind == "good" and findings:
        return result(findings, f"should produce no finding but produced {len(findings)}: "
                                f"{findings[0]}")
    return result(findings, None)


def missing_examples(rules: Iterable[Rule], languages: Iterable[str]) -> list[str]:
    """``rule-id: lang`` for each rule lacking a bad or good example in a language it supports."""
    languages = tuple(languages)
    missing = []
    for rule in rules:
        for lang in rule.languages or languages:
            block = (rule.examples or {}).get(lang) or {}
            for kind in ("bad", "good"):
                if not _snippets(block.get(kind)):
                    missing.append(f"{rule.id}: no {kind} example in {lang}")
    return missing
