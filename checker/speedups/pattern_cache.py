"""``regex.compile`` remembered across runs: the compiled code of each pattern, on disk.

Why: checking one article from the command line spent about a third of its time in the
``regex`` module's parser (pure Python), building the same number, time, name and
attribution patterns from the same locale files on every run (issue 7). A compiled
``regex`` pattern pickles as its finished code (``regex._regex.compile`` and its
arguments), so loading one back costs a millisecond where parsing costs tens.

The cache is a dict {(source, flags): pickled pattern} in
``$XDG_CACHE_HOME/copydesk/`` (default ``~/.cache/copydesk/``), one file per ``regex``
and Python version, written at exit (atomically) when a run compiled a new pattern.
A pattern is only ever cached after ``regex.compile`` succeeded, so errors are raised
as before; a missing, unreadable, corrupt or read-only cache just means compiling.
Entries are unpickled with a loader that accepts nothing but ``regex._regex.compile``, and
only from a file sealed with this user's key (``_cache_auth``): compiled code is trusted
by the regex engine, so a pattern written by anybody else could crash it or change what
a rule matches.
``COPYDESK_CACHE=0`` (or ``COPYDESK_REGEX_CACHE=0``) turns the cache off.
"""
from __future__ import annotations

import atexit
import io
import pickle
import sys
from pathlib import Path
from typing import Any

import regex

from . import data_cache

# More entries than the built-in locales need many times over; past it, a save keeps only
# the patterns this run used (user locales and tests would otherwise grow it forever).
_MAX_ENTRIES = 1500

_Key = tuple[str, int]
_stored: dict[_Key, bytes] | None = None     # loaded from disk on first use
_added: dict[_Key, bytes] = {}               # compiled by this process, to save at exit
_used: set[_Key] = set()
_compiled: dict[_Key, Any] = {}              # this process's pattern objects


class _PatternLoader(pickle.Unpickler):
    """Unpickles a compiled pattern and nothing else (no other callable may be named)."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            from regex import _regex
            return _regex.compile
        raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")


def _cache_file() -> Path | None:
    directory = data_cache.cache_dir()
    if directory is None:
        return None
    # regex.DEFAULT_VERSION decides how a pattern without a VERSION flag compiles
    version = (f"regex-{regex.__version__}-v{int(regex.DEFAULT_VERSION)}"
               f"-py{sys.version_info[0]}.{sys.version_info[1]}")
    return directory / f"patterns-{version}.pickle"


def _load() -> dict[_Key, bytes]:
    path = _cache_file()
    if path is None:
        return {}
    payload = data_cache.read_sealed(path)
    if payload is None:   # absent, unreadable, or not sealed by this user: compile
        return {}
    try:
        data = _PatternLoader(io.BytesIO(payload)).load()   # a dict of tuples and bytes
    except Exception:  # corrupt: compile as if there were no cache
        return {}
    if not isinstance(data, dict):
        return {}
    return data


def compile(source: str, flags: int = 0) -> Any:  # noqa: A001 - the name regex uses
    """``regex.compile(source, flags)``, loaded from the cache when a run compiled it before."""
    global _stored
    key = (source, int(flags))
    pattern = _compiled.get(key)
    if pattern is not None:
        return pattern
    if _stored is None:
        _stored = _load()
    data = _stored.get(key)
    if data is not None:
        try:
            pattern = _PatternLoader(io.BytesIO(data)).load()
        except Exception:  # a damaged entry: compile it again
            pattern = None
        if pattern is not None and getattr(pattern, "pattern", None) != source:
            pattern = None
    if pattern is None:
        pattern = regex.compile(source, flags)
        try:
            data = pickle.dumps(pattern, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # never expected; the pattern works without a cache entry
            data = None
        if data is not None:
            if not _added:
                atexit.register(_save)
            _added[key] = data
    _used.add(key)
    _compiled[key] = pattern
    return pattern


def _save() -> None:
    """Write the stored entries and this run's new ones (atomically: concurrent runs each
    write a whole file, and the last one wins)."""
    path = _cache_file()
    if path is None or not _added:
        return
    entries = data_cache.merged(_load(), _added, _used, _MAX_ENTRIES)
    data_cache.write_sealed(path, pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
