"""One line per finding: ``path:line:col: severity [rule-id] message``, for scripts and grep."""
from __future__ import annotations

from .text import Formatter as _Text


class Formatter(_Text):
    """The text format without excerpts: related places stay on indented lines."""

    excerpts = False
