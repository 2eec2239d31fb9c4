"""The ``-o FILE`` report, written whole or not at all.

A run that is interrupted (Ctrl-C, SIGTERM from a CI timeout) or fails must not leave a
truncated or empty report where yesterday's was: the report is written to a temporary
file beside the target and renamed over it only when the run has finished.
"""
from __future__ import annotations

import os
import stat
import tempfile
from typing import TextIO

from ._yaml import ConfigError


class AtomicOutput:
    """A text file that replaces ``path`` on ``close(keep=True)`` and vanishes otherwise."""

    def __init__(self, path: str) -> None:
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        try:
            descriptor, self._temp = tempfile.mkstemp(prefix=".copydesk-", suffix=".tmp", dir=folder)
        except OSError as error:
            raise ConfigError(f"{path}: cannot write the report there: {error.strerror or error}; "
                              f"choose another -o path") from None
        self.handle: TextIO = os.fdopen(descriptor, "w", encoding="utf-8")

    def close(self, keep: bool) -> None:
        """Rename the finished report over the target (``keep``), or drop it."""
        self.handle.close()
        if not keep:
            _remove(self._temp)
            return
        try:
            os.chmod(self._temp, _mode_for(self.path))
            os.replace(self._temp, self.path)
        except OSError as error:
            _remove(self._temp)
            raise ConfigError(f"{self.path}: cannot write the report: {error.strerror or error}") from None


def _mode_for(path: str) -> int:
    """The target's permissions if it exists, else what ``open()`` would have given it."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
