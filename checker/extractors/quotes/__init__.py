"""Quotes: every quotation and the speaker it is linked to.

The family's public face: ``Facts`` calls ``extract``, and checks import what they
need from here, never from the family's private modules.
"""
from __future__ import annotations

from ._extract import extract

__all__ = ["extract"]
