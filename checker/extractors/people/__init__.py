"""People: every mention of a person, by full name, surname, title or pronoun.

The family's public face: ``Facts`` calls ``extract``, and checks import what they
need from here, never from the family's private modules.
"""
from __future__ import annotations

from ._patterns import patterns_for
from ._sounds import skeleton, sound_alike
from ._extract import extract, near_miss, resembles, written_lower

__all__ = ["extract", "near_miss", "patterns_for", "resembles", "skeleton", "sound_alike", "written_lower"]
