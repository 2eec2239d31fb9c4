"""Check kinds: the registry of every kind a rule's ``check:`` may name, and their contract.

Like ruff's list of codes, the kinds are listed here, in one place, rather than found by
scanning the package: a kind exists because it is registered, a typo in ``check:`` is an
error naming the registered ones, and the schema and ``docs/rules.md`` are generated from
this list. A kind's module is imported the first time a rule uses it.

A kind module (see ``CheckKind``) provides:

``Params``
    a frozen dataclass of the kind's own YAML keys, with defaults. The loader rejects any
    other key, and checks each value's type against the field's annotation.
``FIELDS``
    names the kind fills in message templates (``text`` is always available).
``SCOPES``
    the ``scope:`` values the kind honours, the first being its default; the loader rejects
    any other with the rule's file and line. A scope is the unit inside which the kind
    relates things: a pattern matches inside one sentence, paragraph or the whole body; a
    comparison across the story (conflicts, variants, timeline) has only ``document``.
``prepare(params) -> object`` (optional)
    builds what the rule needs once per process (compiled patterns); raises
    ``RuleParamError(key, message)`` for a bad value, reported as ``file:line``.
``collect(rule, document, facts) -> evidence``
    reads the whole document once and returns immutable evidence for this rule only. Facts
    are extracted lazily, the first time a rule asks (``facts.get("people")``), so a run
    extracts only what its selected rules read.
``judge(rule, evidence, document) -> Iterable[Finding]``
    turns the evidence into findings (``rule.finding(document, span, ...)``).

Nothing is kept between calls: no module-level mutable state, no attributes set on the
document. That is what keeps results independent of rule and file order.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Iterable, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ..document import Document
    from ..facts import Facts
    from ..findings import Finding
    from ..rule import Rule


class RuleParamError(ValueError):
    """A rule parameter with a bad value; ``key`` names it for the error message."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


@runtime_checkable
class CheckKind(Protocol):
    """What the engine, the loader and the schema read from a kind module."""

    Params: type
    FIELDS: tuple[str, ...]
    SCOPES: tuple[str, ...]

    def collect(self, rule: "Rule", document: "Document", facts: "Facts") -> Any: ...

    def judge(self, rule: "Rule", evidence: Any, document: "Document") -> Iterable["Finding"]: ...


# check: name -> module of this package
KINDS: dict[str, str] = {
    "after-publication": "after_publication",
    "age-mismatch": "age_mismatch",
    "conditional": "conditional",
    "consistency": "consistency",
    "dateline-mismatch": "dateline_mismatch",
    "figure-conflict": "figure_conflict",
    "format-consistency": "format_consistency",
    "impossible-date": "impossible_date",
    "name-variant": "name_variant",
    "pattern": "pattern",
    "percent-sum": "percent_sum",
    "relative-unanchored": "relative_unanchored",
    "speaker-before-introduction": "speaker_before_introduction",
    "speaker-title-changed": "speaker_title_changed",
    "speaker-variant": "speaker_variant",
    "substitution": "substitution",
    "timeline-order": "timeline_order",
    "unattributed-quote": "unattributed_quote",
    "unintroduced-speaker": "unintroduced_speaker",
    "unknown-suppression": "unknown_suppression",
    "unsourced-figure": "unsourced_figure",
    "weekday-mismatch": "weekday_mismatch",
}


def kind_names() -> tuple[str, ...]:
    return tuple(sorted(KINDS))


def load_kind(name: str) -> CheckKind | None:
    """The module implementing a registered check kind, or None when there is no such kind."""
    module = KINDS.get(name)
    if module is None:
        return None
    return importlib.import_module(f"{__name__}.{module}")  # type: ignore[return-value]
