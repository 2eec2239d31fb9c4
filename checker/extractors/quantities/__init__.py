"""Quantities: every figure, its value, unit, counted noun and exemptions.

The family's public face: ``Facts`` calls ``extract``, and checks import what they
need from here, never from the family's private modules.
"""
from __future__ import annotations

from ._grammar import fold_fast, grammar, stem_pattern
from ._extract import extract, title_span

__all__ = ["extract", "fold_fast", "grammar", "stem_pattern", "title_span"]
