"""User regexes: compiled once with the ``regex`` module, run with a time bound.

A pathological pattern such as ``(a+)+$`` on a long line would otherwise backtrack for
hours. Each search runs with a timeout; when it expires the rule stops for that unit of
text, a warning naming the rule is recorded, and every other rule still runs.
"""
from __future__ import annotations

from typing import Iterator

import regex

from . import RuleParamError

TIMEOUT_SECONDS = 0.25


def compile_pattern(pattern: str, key: str, *, ignorecase: bool = False, words: bool = False) -> "regex.Pattern[str]":
    """Compile a rule's pattern, or raise RuleParamError saying what is wrong with it."""
    source = rf"(?<![\p{{L}}\p{{N}}_])(?:{pattern})(?![\p{{L}}\p{{N}}_])" if words else pattern
    try:
        return regex.compile(source, regex.V1 | (regex.IGNORECASE if ignorecase else 0))
    except regex.error as error:
        raise RuleParamError(key, f"bad regular expression {pattern!r}: {error}") from None


def timed_finditer(rule, pattern: "regex.Pattern[str]", text: str, start: int, end: int,
                   facts) -> Iterator["regex.Match[str]"]:
    """Matches of ``pattern`` in ``text[start:end]``, abandoned with a warning on timeout."""
    try:
        yield from pattern.finditer(text, start, end, timeout=TIMEOUT_SECONDS)
    except TimeoutError:
        line, _ = facts.document.line_col(start)
        facts.warnings.append(f"rule {rule.id}: its pattern took over {TIMEOUT_SECONDS:g} s on the text "
                              f"at line {line} and was stopped there; simplify the pattern "
                              f"(nested quantifiers like (a+)+ backtrack without end)")
