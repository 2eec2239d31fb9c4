"""Findings of unchanged files, remembered between runs (``copydesk check --cache``).

Why: a newsroom re-auditing its archive every night checks the same hundreds of thousands
of stories again, and nearly all of them have not changed; ruff and mypy skip such files
the same way. A stored result is used only when *everything* that decides it is the same
as when it was stored, so a cache hit gives exactly the findings a fresh check would:

- the file's bytes (SHA-256) and its path (the reader, the findings' ``path``);
- the resolved configuration (selection, severities, names, limits, ``--lang``, ``--date``);
- every rule and locale file in use, built-in and the user's (path, time, size);
- copydesk's own code and the libraries whose behaviour the findings depend on.

Only clean results are stored: a file that could not be read, or whose check ran out of
time or hit a failing rule (a result with warnings), is checked again every time. Nothing
depends on today's date. Entries are JSON rows of one SQLite database,
``$XDG_CACHE_HOME/copydesk/results-v1.sqlite3`` (default ``~/.cache/copydesk``), shared by
``--jobs`` workers; a damaged entry or database is ignored. The file is safe to delete;
``COPYDESK_CACHE=0`` turns it off with the other caches.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable

from .speedups import data_cache
from .engine import FileResult
from .findings import Finding, Related

_FORMAT = 2
# libraries whose behaviour reaches the findings (patterns, CLDR names, number words, name
# distance, Markdown structure, front matter)
_LIBRARIES = ("regex", "babel", "text_to_num", "rapidfuzz", "markdown_it", "yaml", "bs4", "docx")


def _tree_stamp(root: Path, suffixes: tuple[str, ...]) -> list[Any]:
    """(relative path, mtime ns, size) of every file under ``root`` with one of ``suffixes``."""
    stamps = []
    for folder, _dirs, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(suffixes):
                path = os.path.join(folder, name)
                stamps.append((os.path.relpath(path, root), data_cache.file_stamp(path)))
    stamps.sort()
    return stamps


@functools.lru_cache(maxsize=1)
def _code_stamp() -> str:
    """copydesk's code, its built-in rules and the libraries it uses, as one digest."""
    from .paths import builtin_rules_dir
    package = Path(__file__).resolve().parent
    parts: list[Any] = [_FORMAT, sys.version, _tree_stamp(package, (".py",)),
                        _tree_stamp(builtin_rules_dir(), (".yaml", ".yml"))]
    parts.extend((name, data_cache.package_stamp(name)) for name in _LIBRARIES)
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def _user_rules_stamp(paths: Iterable[Path]) -> list[Any]:
    stamps: list[Any] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            stamps.append((str(path.resolve()), _tree_stamp(path, (".yaml", ".yml"))))
        else:
            stamps.append((str(path.resolve()), data_cache.file_stamp(path)))
    return stamps


def key(data: bytes, path: str, config: Any, *, lang: str | None, date: Any) -> str:
    """The cache key of checking ``data`` (read from ``path``) under ``config``."""
    parts = [_code_stamp(), path, hashlib.sha256(data).hexdigest(), repr(config), lang,
             str(date) if date else None, _user_rules_stamp(config.rules)]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


_connection: Any = None     # ((pid, directory), sqlite3 connection), opened on first use
_broken: Any = None         # (pid, directory) whose database could not be used: no caching


def _database() -> Any:
    """This process's connection to the results database, or None (caching off or broken).

    Why one SQLite file and not a file per story: creating, renaming and listing a small
    file per story cost more than the check itself saved on a first run, and an archive of
    a million stories would be a million files. SQLite lets ``--jobs`` workers share it
    (WAL mode; a busy database waits, then the result is simply not stored).
    """
    global _connection, _broken
    directory = data_cache.cache_dir()
    if directory is None:
        return None
    where = (os.getpid(), str(directory))     # a forked worker, or a new cache home: reopen
    if _connection is not None and _connection[0] == where:
        return _connection[1]
    if _broken == where:
        return None
    try:
        import sqlite3
        directory.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(directory / f"results-v{_FORMAT}.sqlite3", timeout=5,
                                     isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT)")
    except Exception as error:  # unwritable directory, damaged database: check without the cache
        _broken = where
        print(f"copydesk: warning: --cache cannot use {directory / f'results-v{_FORMAT}.sqlite3'} "
              f"({error}); checking without it. Delete the file, or set XDG_CACHE_HOME to a "
              f"writable directory.", file=sys.stderr)
        return None
    _connection = (where, connection)
    return connection


def get(digest: str) -> FileResult | None:
    """The stored result under ``digest``, or None (absent, unreadable or damaged)."""
    database = _database()
    if database is None:
        return None
    try:
        row = database.execute("SELECT value FROM results WHERE key = ?", (digest,)).fetchone()
        if row is None:
            return None
        from . import _cache_auth
        payload = _cache_auth.unseal(bytes.fromhex(row[0][:2 * _cache_auth.TAG_BYTES])
                                     + row[0][2 * _cache_auth.TAG_BYTES:].encode("utf-8"))
        if payload is None:   # not stored by this user's copydesk: check the file again
            return None
        data = json.loads(payload)
        if data.get("format") != _FORMAT or data.get("key") != digest:
            return None
        findings = tuple(
            Finding(**{**f, "related": tuple(Related(**r) for r in f["related"]),
                       "suggestions": tuple(f["suggestions"]), "path": data["path"]})
            for f in data["findings"])
        return FileResult(path=data["path"], language=data["language"], findings=findings,
                          date=data["date"], date_source=data["date_source"], words=data["words"])
    except Exception:  # a damaged entry or database: check the file as if there were no cache
        return None


def put(digest: str, result: FileResult) -> None:
    """Store a clean result (no error, no warning); never raises."""
    if result.error or result.warnings:
        return
    database = _database()
    if database is None:
        return
    entry = {"format": _FORMAT, "key": digest, "path": result.path, "language": result.language,
             "date": result.date, "date_source": result.date_source, "words": result.words,
             "findings": [f.to_json() for f in result.findings]}
    from . import _cache_auth
    text = json.dumps(entry, ensure_ascii=False)
    sealed = _cache_auth.seal(text.encode("utf-8"))
    if sealed is None:
        return
    try:
        database.execute("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)",
                         (digest, sealed[:_cache_auth.TAG_BYTES].hex() + text))
    except Exception:  # busy past the timeout, full disk: the run goes on without storing
        return
