"""Seals what the caches write, so that only what this user's copydesk wrote is read back.

Why: the caches (compiled patterns, parsed rule and locale files, stored results) are read
on every run, and a cache directory is easy to share (a CI cache, a team drive). A crafted
compiled pattern can crash the regex engine, a crafted locale entry can switch rules off,
and a crafted result can hide findings; a checksum stops accidents, not an attacker. Every
cache payload is therefore sealed with HMAC-SHA256 under a key kept outside the cache
directory; a payload whose seal does not verify is ignored and rebuilt.

The key is ``COPYDESK_CACHE_KEY`` when set (any secret string: a CI secret makes a shared
CI cache usable across machines), else 32 random bytes in
``$XDG_CONFIG_HOME/copydesk/cache-key`` (``~/.config/copydesk/cache-key``), created on first
use, readable by the user alone. No key, no cache: copydesk then compiles and parses as if
caching were off.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import os
from pathlib import Path

TAG_BYTES = 32
_KEY_BYTES = 32


def key_file() -> Path | None:
    """Where this user's key lives: beside their configuration, never in the cache."""
    import sys
    base = os.environ.get("XDG_CONFIG_HOME")
    if not base and sys.platform not in ("linux", "linux2") and not sys.platform.startswith("freebsd"):
        import platformdirs
        return Path(platformdirs.user_config_dir("copydesk", appauthor=False)) / "cache-key"
    base = base or os.path.join(os.path.expanduser("~"), ".config")
    if not os.path.isabs(base):
        return None
    return Path(base) / "copydesk" / "cache-key"


@functools.lru_cache(maxsize=4)
def _key_for(secret: str | None, path: str | None) -> bytes | None:
    if secret:
        return hashlib.sha256(b"copydesk cache key\0" + secret.encode("utf-8")).digest()
    if path is None:
        return None
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        data = _create(Path(path))
    except OSError:
        return None
    return data if data is not None and len(data) >= _KEY_BYTES else None


def _create(path: Path) -> bytes | None:
    """A new random key, written only if no other process wrote one first."""
    key = os.urandom(_KEY_BYTES)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        try:
            return path.read_bytes()
        except OSError:
            return None
    except OSError:
        return None
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    return key


def key() -> bytes | None:
    """This user's cache key, or None when there is none to be had (caches then stay off)."""
    path = key_file()
    return _key_for(os.environ.get("COPYDESK_CACHE_KEY") or None, str(path) if path else None)


def seal(payload: bytes) -> bytes | None:
    """``tag + payload``, or None without a key."""
    secret = key()
    if secret is None:
        return None
    return hmac.new(secret, payload, hashlib.sha256).digest() + payload


def unseal(blob: bytes) -> bytes | None:
    """The payload of a sealed blob, or None when the seal is not this key's."""
    secret = key()
    if secret is None or len(blob) < TAG_BYTES:
        return None
    tag, payload = blob[:TAG_BYTES], blob[TAG_BYTES:]
    expected = hmac.new(secret, payload, hashlib.sha256).digest()
    return payload if hmac.compare_digest(tag, expected) else None
