"""Which files of a folder are stories to check, the way ruff finds Python files.

Walking a folder skips what is never copy: hidden folders (``.git``), ``node_modules``,
``__pycache__`` and virtual environments (a folder with ``pyvenv.cfg``), and whatever the
folder's ``.gitignore`` files ignore (those inside the walked folder, and those above it up
to the repository's root), read with pathspec's git rules. A file named on the command line
is always checked: excluding is for what a walk finds.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Iterable

SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "site-packages"})


@functools.lru_cache(maxsize=256)
def _gitignore(folder: str):
    """The spec of ``folder/.gitignore``, or None (none there, unreadable, or empty)."""
    path = os.path.join(folder, ".gitignore")
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    import pathspec
    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    return spec if len(spec) else None


@functools.lru_cache(maxsize=64)
def pattern_spec(patterns: tuple[str, ...]):
    """A spec for ``exclude:`` patterns (gitignore syntax)."""
    import pathspec
    return pathspec.GitIgnoreSpec.from_lines(patterns)


class Ignores:
    """The .gitignore files that apply under one walked root: for each folder of the walk,
    the (folder, spec) pairs of its own .gitignore and those of the folders above it."""

    def __init__(self, root: str) -> None:
        self.root = os.path.abspath(root)
        above: list[tuple[str, object]] = []
        folder = Path(self.root)
        if not (folder / ".git").exists():
            for parent in folder.parents:
                spec = _gitignore(str(parent))
                if spec is not None:
                    above.append((str(parent), spec))
                if (parent / ".git").exists():
                    break
        above.reverse()
        own = _gitignore(self.root)
        self._active: dict[str, list[tuple[str, object]]] = {
            self.root: above + ([(self.root, own)] if own is not None else [])}

    def active(self, folder: str) -> list[tuple[str, object]]:
        """The specs that apply to the entries of ``folder`` (a folder of this walk)."""
        folder = os.path.abspath(folder)
        found = self._active.get(folder)
        if found is None:
            found = list(self.active(os.path.dirname(folder)))
            spec = _gitignore(folder)
            if spec is not None:
                found.append((folder, spec))
            self._active[folder] = found
        return found

    def ignored(self, folder: str, name: str, is_dir: bool) -> bool:
        """Whether git would ignore ``folder/name`` (the deepest .gitignore that speaks wins)."""
        specs = self.active(folder)
        if not specs:
            return False
        absolute = os.path.join(os.path.abspath(folder), name)
        verdict = False
        for base, spec in specs:
            relative = os.path.relpath(absolute, base).replace(os.sep, "/") + ("/" if is_dir else "")
            result = spec.check_file(relative)
            if result.include is not None:
                verdict = result.include
        return verdict


def skipped_dir(root: str, name: str) -> bool:
    """A folder a walk never enters: hidden, dependencies, caches, virtual environments."""
    return (name.startswith(".") or name in SKIPPED_DIRS
            or os.path.isfile(os.path.join(root, name, "pyvenv.cfg")))


def keep_dirs(root: str, dirs: Iterable[str], ignores: Ignores) -> list[str]:
    """The sub-folders of ``root`` a walk enters, sorted."""
    return sorted(d for d in dirs if not skipped_dir(root, d) and not ignores.ignored(root, d, True))
