"""Parsed rule and locale files and CLDR names, remembered across runs (issue 7).

Why: checking one article from the command line spent a fifth of its time re-reading the
same YAML files (rules and locale) and asking Babel for the same month and weekday names,
which also meant importing Babel at all. Their results are plain data, so they are kept in
``$XDG_CACHE_HOME/copydesk/`` (default ``~/.cache/copydesk/``) as ``marshal`` data, never
pickle: only strings, numbers, booleans, None, tuples, lists and dicts are ever written
(``put`` refuses anything else), ``marshal`` cannot build objects or run code, and each
entry carries a CRC-32 of its bytes, so a damaged file is ignored rather than misread; the
file is sealed with this user's key (``_cache_auth``), so one written by anybody else is
ignored too.

Every entry carries a *stamp*: for a file, its modification time (ns) and size, plus the
stamp of the code that produced the entry (the caller's module file and the installed
library it depends on, PyYAML or Babel). An entry is used only when its stamp is exactly the current one, so an
edited rule file, an upgraded PyYAML or Babel, or a changed copydesk is read afresh. Only
successful loads are stored: a file with an error is parsed every time and reports its
``file:line`` as before. A missing, unreadable or corrupt cache means loading normally.

``COPYDESK_CACHE=0`` (or the older ``COPYDESK_REGEX_CACHE=0``) turns every cache off.
"""
from __future__ import annotations

import atexit
import marshal
import os
import sys
from pathlib import Path
from typing import Any

_FORMAT = 1
# Rule and locale files of a few projects (a locale file is ~70 kB); past either bound a
# save keeps only what this run used, so the file stays quick to read.
_MAX_ENTRIES = 64
_MAX_BYTES = 2_000_000
_OFF = ("0", "off", "no", "false")

_Stamp = tuple[Any, ...]
_stored: dict[str, Any] | None = None                # loaded from disk on first use
_added: dict[str, tuple[_Stamp, bytes, int]] = {}    # new this run, saved at exit
_used: set[str] = set()


def enabled() -> bool:
    """False when the user turned the caches off (``COPYDESK_CACHE=0``)."""
    return all(os.environ.get(name, "1").strip().lower() not in _OFF
               for name in ("COPYDESK_CACHE", "COPYDESK_REGEX_CACHE"))


def cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/copydesk`` (``~/.cache/copydesk``; the system's cache folder on
    macOS and Windows), or None when caching is off."""
    if not enabled():
        return None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base and sys.platform not in ("linux", "linux2") and not sys.platform.startswith("freebsd"):
        # macOS ~/Library/Caches, Windows %LOCALAPPDATA%: platformdirs knows each system's
        # place (imported only there: on Linux it is the XDG rule below, for free).
        import platformdirs
        return Path(platformdirs.user_cache_dir("copydesk", appauthor=False))
    base = base or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    return Path(base) / "copydesk"


def _cache_file() -> Path | None:
    directory = cache_dir()
    if directory is None:
        return None
    return directory / f"data-py{sys.version_info[0]}.{sys.version_info[1]}.marshal"


def file_stamp(path: str | os.PathLike) -> _Stamp | None:
    """(mtime in ns, size) of a file, or None when it cannot be stat'ed."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return (status.st_mtime_ns, status.st_size)


def package_stamp(name: str, *files: str) -> _Stamp | None:
    """Identifies an installed package (``__init__.py`` and ``files`` beside it: path, time,
    size) without importing it; None when it cannot be found."""
    import importlib.util
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    folder = os.path.dirname(spec.origin)
    stamps = tuple(file_stamp(path) for path in (spec.origin, *(os.path.join(folder, f) for f in files)))
    return None if None in stamps else (spec.origin, *stamps)


def _plain(value: Any, depth: int = 0) -> bool:
    """True for data marshal writes and reads back exactly and that builds nothing."""
    if depth > 100:
        return False
    kind = type(value)
    if kind in (str, int, float, bool) or value is None:
        return True
    if kind is list or kind is tuple:
        return all(_plain(item, depth + 1) for item in value)
    if kind is dict:
        return all(type(key) in (str, int) and _plain(item, depth + 1) for key, item in value.items())
    return False


def _load() -> dict[str, tuple[_Stamp, bytes, int]]:
    path = _cache_file()
    if path is None:
        return {}
    payload = read_sealed(path)
    if payload is None:   # absent, unreadable, or not sealed by this user: load the files
        return {}
    try:
        data = marshal.loads(payload)
    except Exception:  # corrupt: load the files as if there were no cache
        return {}
    if type(data) is not dict or data.get("format") != _FORMAT or type(data.get("entries")) is not dict:
        return {}
    return data["entries"]


def _valid(entry: Any) -> bool:
    """An entry's shape: (plain stamp, marshalled value, its CRC-32)."""
    return (type(entry) is tuple and len(entry) == 3 and type(entry[0]) is tuple
            and type(entry[1]) is bytes and type(entry[2]) is int and _plain(entry[0]))


def get(key: str, stamp: _Stamp) -> Any:
    """The value stored under ``key`` when it was stored with this very ``stamp``, else None.

    The value is a fresh copy: the caller may change it freely. Only plain data was ever
    stored (see ``put``); the checksum catches a damaged file, whose entry is then ignored.
    """
    global _stored
    entry = _added.get(key)
    if entry is None:
        if _stored is None:
            _stored = _load()
        entry = _stored.get(key)
    if entry is None or not _valid(entry) or entry[0] != stamp:
        return None
    import zlib
    if zlib.crc32(entry[1]) != entry[2]:
        return None
    try:
        value = marshal.loads(entry[1])
    except Exception:
        return None
    _used.add(key)
    return value


def put(key: str, stamp: _Stamp, value: Any) -> None:
    """Remember ``value`` (plain data only; anything else is silently not cached)."""
    if _cache_file() is None or not _plain(stamp) or not _plain(value):
        return
    import zlib
    payload = marshal.dumps(value)
    if not _added:
        atexit.register(_save)
    _added[key] = (tuple(stamp), payload, zlib.crc32(payload))
    _used.add(key)


def _save() -> None:
    """Write the stored entries and this run's new ones (atomically; the last run wins)."""
    path = _cache_file()
    if path is None or not _added:
        return
    # Files that are gone (a test's temporary rules, a deleted project) are forgotten.
    stored = {key: entry for key, entry in _load().items()
              if not key.startswith("yaml:") or os.path.exists(key[len("yaml:"):])}
    entries = merged(stored, _added, _used, _MAX_ENTRIES)
    if sum(len(entry[1]) for entry in entries.values() if _valid(entry)) > _MAX_BYTES:
        entries = {key: entry for key, entry in entries.items() if key in _used}
    write_sealed(path, marshal.dumps({"format": _FORMAT, "entries": entries}))


def merged(stored: dict, added: dict, used: set, limit: int) -> dict:
    """What a cache file holds after a run: the stored entries and this run's new ones;
    past ``limit`` entries, only those this run used (tests and user files would otherwise
    grow the file forever)."""
    result = {**stored, **added}
    if len(result) > limit:
        result = {key: entry for key, entry in result.items() if key in used}
    return result


def read_sealed(path: Path) -> bytes | None:
    """A cache file's payload when its seal is this user's (``_cache_auth``), else None."""
    from .. import _cache_auth
    try:
        with open(path, "rb") as handle:
            blob = handle.read()
    except OSError:
        return None
    return _cache_auth.unseal(blob)


def write_sealed(path: Path, payload: bytes) -> None:
    """Seal and write a cache file; without a key nothing is written."""
    from .. import _cache_auth
    blob = _cache_auth.seal(payload)
    if blob is not None:
        write_atomically(path, blob)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` in one step: concurrent runs each write a whole file and
    the last one wins. A read-only home or a full disk is not an error (the cache is
    only ever an optimisation: the next run loads or compiles again)."""
    try:
        import tempfile   # only when saving: most runs find everything in the cache
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass
