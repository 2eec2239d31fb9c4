"""Rule selection (``--select``/``--ignore``) with ruff's rule: the most specific selector wins.

A selector is ``ALL``, a category (``speakers``), a prefix on dot boundaries or an exact id.
"""
from __future__ import annotations

from typing import Iterable


def _specificity(selector: str, rule_id: str) -> int:
    """How specifically ``selector`` names ``rule_id`` (-1: it does not)."""
    if selector.upper() == "ALL":
        return 0
    if rule_id == selector:
        return 1000
    if rule_id.startswith(selector + "."):
        return 1 + selector.count(".")
    return -1


def is_selected(rule_id: str, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> bool:
    select = tuple(select) or ("ALL",)
    best_select = max((_specificity(s, rule_id) for s in select), default=-1)
    best_ignore = max((_specificity(s, rule_id) for s in ignore), default=-1)
    return best_select >= 0 and best_select > best_ignore


def matches(selector: str, rule_id: str) -> bool:
    return _specificity(selector, rule_id) >= 0


def unknown_selectors(selectors: Iterable[str], rule_ids: Iterable[str]) -> list[str]:
    ids = tuple(rule_ids)
    return [s for s in selectors if not any(matches(s, rule_id) for rule_id in ids)]


def severity_for(rule_id: str, default: str, overrides: dict[str, str]) -> str:
    """The severity override of the most specific matching key, or the rule's own."""
    best, best_level = default, -1
    for selector, severity in overrides.items():
        level = _specificity(selector, rule_id)
        if level > best_level:
            best, best_level = severity, level
    return best
