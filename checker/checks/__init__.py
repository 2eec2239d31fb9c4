"""Check kinds: one module per kind, named by the rule's ``check:`` value.

``check: pattern`` is ``checker/checks/pattern.py`` (hyphens become underscores). A kind
module provides:

``Params``
    a frozen dataclass of the kind's own YAML keys, with defaults. The loader rejects any
    other key, and checks each value's type against the field's annotation.
``FIELDS``
    names the kind fills in message templates (``text`` is always available).
``NEEDS``
    extractor names (modules of ``checker.extractors``) whose facts ``collect`` reads.
``prepare(params) -> object`` (optional)
    builds what the rule needs once per process (compiled patterns); raises
    ``RuleParamError(key, message)`` for a bad value, reported as ``file:line``.
``collect(rule, document, facts) -> evidence``
    reads the whole document once and returns immutable evidence for this rule only.
``judge(rule, evidence, document) -> Iterable[Finding]``
    turns the evidence into findings (``rule.finding(document, span, ...)``).

Nothing is kept between calls: no module-level mutable state, no attributes set on the
document. That is what keeps results independent of rule and file order.
"""
from __future__ import annotations

import importlib
from types import ModuleType


class RuleParamError(ValueError):
    """A rule parameter with a bad value; ``key`` names it for the error message."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def kind_names() -> tuple[str, ...]:
    import pkgutil   # only to list the kinds (an error message, the schema): not on every run
    return tuple(sorted(m.name.replace("_", "-") for m in pkgutil.iter_modules(__path__)
                        if not m.name.startswith("_")))


def load_kind(name: str) -> ModuleType | None:
    """The module implementing a check kind, or None when there is no such kind."""
    module_name = name.replace("-", "_")
    if not module_name.isidentifier() or module_name.startswith("_"):
        return None
    try:
        return importlib.import_module(f"{__name__}.{module_name}")
    except ModuleNotFoundError as error:
        if error.name == f"{__name__}.{module_name}":
            return None
        raise
