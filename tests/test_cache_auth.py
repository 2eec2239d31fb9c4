"""A cache written by anybody but this user's copydesk is never read back
(checker._cache_auth): a crafted compiled pattern, locale entry or stored result cannot
change what copydesk finds."""
from __future__ import annotations

import pickle

import pytest
import regex

from checker import _cache_auth
from checker.speedups import data_cache, pattern_cache


@pytest.fixture
def homes(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("COPYDESK_CACHE_KEY", raising=False)
    monkeypatch.delenv("COPYDESK_CACHE", raising=False)
    monkeypatch.delenv("COPYDESK_REGEX_CACHE", raising=False)
    _cache_auth._key_for.cache_clear()
    for name, value in (("_stored", None), ("_added", {}), ("_used", set()), ("_compiled", {})):
        monkeypatch.setattr(pattern_cache, name, value)
    monkeypatch.setattr(data_cache, "_stored", None)
    monkeypatch.setattr(data_cache, "_added", {})
    monkeypatch.setattr(data_cache, "_used", set())
    yield tmp_path
    _cache_auth._key_for.cache_clear()


def test_the_key_lives_outside_the_cache_and_only_the_user_reads_it(homes):
    assert _cache_auth.key() is not None
    path = _cache_auth.key_file()
    assert path.is_file() and (path.stat().st_mode & 0o077) == 0
    assert not str(path).startswith(str(data_cache.cache_dir()))
    blob = _cache_auth.seal(b"payload")
    assert _cache_auth.unseal(blob) == b"payload"
    assert _cache_auth.unseal(blob[:-1] + b"X") is None
    assert _cache_auth.unseal(b"short") is None


def test_another_key_opens_nothing(homes, monkeypatch):
    blob = _cache_auth.seal(b"payload")
    monkeypatch.setenv("COPYDESK_CACHE_KEY", "a CI secret")
    assert _cache_auth.unseal(blob) is None
    shared = _cache_auth.seal(b"payload")
    monkeypatch.setenv("COPYDESK_CACHE_KEY", "a CI secret")   # another machine, same secret
    assert _cache_auth.unseal(shared) == b"payload"


def _forge_pattern_cache(source: str, flags: int, instead: str) -> None:
    """What an attacker with write access to the cache directory can do: a well-formed
    pattern file whose entry for ``source`` is another pattern's code."""
    evil = regex.compile(instead, flags)
    forged = {(source, flags): pickle.dumps(evil)}
    path = pattern_cache._cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(forged)
    path.write_bytes(b"\0" * _cache_auth.TAG_BYTES + payload)   # no valid seal


def test_a_forged_pattern_cache_is_not_read(homes):
    source, flags = r"\bsaid\b", 0
    _forge_pattern_cache(source, flags, r"\bnever-matches\b")
    pattern = pattern_cache.compile(source, flags)
    assert pattern.search("she said so")


def test_a_sealed_pattern_cache_is_read(homes):
    source, flags = r"\bsaid\b", 0
    pattern_cache.compile(source, flags)
    pattern_cache._save()
    for name, value in (("_stored", None), ("_added", {}), ("_used", set()), ("_compiled", {})):
        setattr(pattern_cache, name, value)
    assert (source, flags) in pattern_cache._load()


def test_a_forged_data_entry_is_not_read(homes):
    data_cache.put("yaml:/rules/x.yaml", (1, 2), {"rules": ["kept"]})
    data_cache._save()
    data_cache._stored = None
    data_cache._added = {}
    assert data_cache.get("yaml:/rules/x.yaml", (1, 2)) == {"rules": ["kept"]}   # sealed: read
    path = data_cache._cache_file()
    payload = _cache_auth.unseal(path.read_bytes())
    import marshal
    data = marshal.loads(payload)
    entry = data["entries"]["yaml:/rules/x.yaml"]
    import zlib
    evil = marshal.dumps({"rules": []})
    data["entries"]["yaml:/rules/x.yaml"] = (entry[0], evil, zlib.crc32(evil))
    path.write_bytes(b"\0" * _cache_auth.TAG_BYTES + marshal.dumps(data))
    data_cache._stored = None
    data_cache._added = {}
    assert data_cache.get("yaml:/rules/x.yaml", (1, 2)) is None


def test_the_cache_and_key_follow_the_system_conventions(homes, monkeypatch):
    import sys
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setattr(sys, "platform", "darwin")
    import platformdirs
    assert data_cache.cache_dir() == __import__("pathlib").Path(
        platformdirs.user_cache_dir("copydesk", appauthor=False))
    assert str(_cache_auth.key_file()).startswith(platformdirs.user_config_dir("copydesk", appauthor=False))
