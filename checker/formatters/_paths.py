"""Paths as CI tools expect them: relative to the workspace (the working directory), with /."""
from __future__ import annotations

from pathlib import Path, PurePosixPath


def workspace_path(path: str) -> str | None:
    """``path`` relative to the working directory with forward slashes; None if outside it."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return None
    return PurePosixPath(*candidate.parts).as_posix() if candidate.parts else path
