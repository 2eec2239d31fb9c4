"""``check: unknown-suppression`` — a suppression that names no rule mutes nothing.

An editor who writes ``<!-- copydesk-disable speakers.unintroduce -->`` (one letter short)
believes the warning is handled; it is not, and nobody would notice. This kind reports
directives with an unknown action, selectors that match no rule of the run (built-in or
from the user's rule paths), and unknown keys or rule ids in front matter
``copydesk: {ignore: [...]}``.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..selection import matches
from ..spans import Span
from ..suppressions import ALL, DIRECTIVES, find_directives, front_matter_ignores

FIELDS = ("selector", "problem")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    pass


@dataclass(frozen=True)
class Problem:
    span: Span
    selector: str
    problem: str


def _known_ids(facts) -> tuple[str, ...]:
    """The ids of every rule of the run, built-in and the user's, as the pipeline hands
    them in the settings; loaded from the rule paths for a caller of the bare engine."""
    ids = facts.settings.get("rule_ids")
    if ids is not None:
        return tuple(ids)
    from ..ruleset import load_rules
    paths = tuple(Path(p) for p in facts.settings.get("rule_paths", ()))
    return tuple(rule.id for rule in load_rules(paths))


def _unknown(selector: str, ids: tuple[str, ...]) -> str | None:
    """Why ``selector`` selects nothing, or None when it names a rule or a prefix."""
    if selector.upper() == ALL or any(matches(selector, rule_id) for rule_id in ids):
        return None
    candidates = set(ids) | {rule_id.split(".", 1)[0] for rule_id in ids}
    close = difflib.get_close_matches(selector, sorted(candidates), n=1, cutoff=0.75)
    hint = f"did you mean {close[0]}?" if close else "`copydesk rules` lists them"
    return f"{selector!r} is not a rule id or category; {hint}"


def collect(rule, document, facts) -> tuple[Problem, ...]:
    ids: tuple[str, ...] = ()   # the run's rule ids, listed at the first selector to check
    problems: list[Problem] = []
    for directive in find_directives(document.text, document.prose):
        if not directive.known_action:
            problems.append(Problem(directive.span, f"copydesk-{directive.action}",
                                    f"'copydesk-{directive.action}' is not a copydesk directive; "
                                    f"expected {', '.join('copydesk-' + d for d in DIRECTIVES)}"))
            continue
        for selector, span in directive.names:
            ids = ids or _known_ids(facts)
            reason = _unknown(selector, ids)
            if reason:
                problems.append(Problem(span, selector, reason))
    selectors, unknown_keys = front_matter_ignores(document.metadata)
    head_end = document.paragraphs[0].span.start if document.paragraphs else len(document.text)
    key_at = document.text.find("copydesk", 0, head_end)
    for key in unknown_keys:
        span = _locate(document.text, key, max(key_at, 0), head_end)
        problems.append(Problem(span, key, f"front matter 'copydesk:' has no key {key!r}; "
                                           f"expected {{ignore: [rule-id, ...]}}"))
    for selector in selectors:
        ids = ids or _known_ids(facts)
        reason = _unknown(selector, ids)
        if reason:
            problems.append(Problem(_locate(document.text, selector, max(key_at, 0), head_end),
                                    selector, reason))
    return tuple(problems)


def _locate(text: str, needle: str, start: int, end: int) -> Span:
    """Where ``needle`` is written in the front matter (the first line if not found)."""
    at = text.find(needle, start, end) if needle else -1
    if at < 0:
        first_line = text.find("\n")
        return Span(0, first_line if first_line > 0 else min(len(text), 3))
    return Span(at, at + len(needle))


def judge(rule, evidence: tuple[Problem, ...], document) -> Iterable:
    for problem in evidence:
        yield rule.finding(document, problem.span,
                           fields={"selector": problem.selector, "problem": problem.problem})
