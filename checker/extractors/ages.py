"""Ages: "aged 71", "né en 1939", a "40th anniversary"; read by the times family.

``Facts`` asks for ``ages`` by name; the reading lives with the dates it is checked against.
"""
from __future__ import annotations

from .times._ages import Age, Anniversary, BirthYear, extract

__all__ = ["Age", "Anniversary", "BirthYear", "extract"]
