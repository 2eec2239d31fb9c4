"""Startup cost of one run (issue 7): the on-disk cache of parsed rule and locale files and
CLDR names (checker.speedups.data_cache) returns exactly what loading returns, never hides an error,
and a bad cache never breaks a run; a run imports only what it needs."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.speedups import data_cache
from checker import _yaml, locales
from checker._yaml import ConfigError, load_yaml_file
from checker.ruleset import load_rule_file

ROOT = Path(__file__).resolve().parent.parent

RULES = """\
rules:
  - id: style.cliche
    check: pattern
    severity: info
    message: "cliché: {text}"
    languages: [en, fr]
    patterns: ["at the end of the day", "au jour d'aujourd'hui"]
"""


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """A fresh cache directory and a process state as if the run had just started."""
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("COPYDESK_CACHE", raising=False)
    monkeypatch.delenv("COPYDESK_REGEX_CACHE", raising=False)
    monkeypatch.setattr(data_cache, "_stored", None)
    monkeypatch.setattr(data_cache, "_added", {})
    monkeypatch.setattr(data_cache, "_used", set())
    _clear_locale_caches()
    yield home
    _clear_locale_caches()


def _clear_locale_caches() -> None:
    locales._load.cache_clear()
    locales._find_locale.cache_clear()


def _new_run() -> None:
    """Save what this run loaded and forget it, as the next process starts without it."""
    data_cache._save()
    data_cache._stored = None
    data_cache._added = {}
    data_cache._used = set()
    _clear_locale_caches()


def _no_parsing(monkeypatch) -> None:
    def refuse(path):
        raise AssertionError(f"{path} was parsed although the cache holds it")
    monkeypatch.setattr(_yaml, "_read_yaml_file", refuse)


def test_a_cached_file_loads_as_the_file_does(cache_home, tmp_path, monkeypatch):
    path = tmp_path / "style.yaml"
    path.write_text(RULES, encoding="utf-8")
    fresh = load_yaml_file(path)
    rules = load_rule_file(path)
    _new_run()
    with monkeypatch.context() as patch:
        _no_parsing(patch)
        assert load_yaml_file(path) == fresh
        cached_rules = load_rule_file(path)
    assert [(r.id, r.source, r.params, r.message) for r in cached_rules] == \
        [(r.id, r.source, r.params, r.message) for r in rules]
    # the caller gets its own copy: changing it does not change the next load
    data, _lines = load_yaml_file(path)
    data["rules"].clear()
    assert load_yaml_file(path) == fresh


def test_an_edited_file_is_read_again(cache_home, tmp_path):
    path = tmp_path / "style.yaml"
    path.write_text(RULES, encoding="utf-8")
    load_yaml_file(path)
    _new_run()
    path.write_text(RULES.replace("severity: info", "severity: warning"), encoding="utf-8")
    os.utime(path, ns=(1, 1))   # even with an older time: size and time both differ
    assert load_rule_file(path)[0].severity == "warning"


def test_a_broken_file_is_never_cached_and_reports_its_line(cache_home, tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(RULES.replace("    severity: info\n", "    severity: [info\n"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError, match=r"broken\.yaml:\d+: invalid YAML"):
            load_yaml_file(path)
        _new_run()
    assert not data_cache._load()


def test_a_rule_error_after_a_cached_parse_keeps_its_line(cache_home, tmp_path, monkeypatch):
    path = tmp_path / "style.yaml"
    path.write_text(RULES.replace("    patterns:", "    colour: red\n    patterns:"), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"style\.yaml:7: unknown key 'colour'"):
        load_rule_file(path)
    _new_run()
    _no_parsing(monkeypatch)   # the YAML parsed fine, so it is cached; the error stays exact
    with pytest.raises(ConfigError, match=r"style\.yaml:7: unknown key 'colour'"):
        load_rule_file(path)


def test_data_yaml_builds_beyond_plain_types_is_loaded_but_not_cached(cache_home, tmp_path):
    path = tmp_path / "dates.yaml"
    path.write_text("when: 2024-03-01\n1: un\n", encoding="utf-8")
    first = load_yaml_file(path)
    _new_run()
    assert load_yaml_file(path) == first
    assert not data_cache._load()


@pytest.mark.parametrize("damage", [b"", b"not marshal data at all", None])
def test_a_damaged_cache_means_loading(cache_home, tmp_path, damage):
    path = tmp_path / "style.yaml"
    path.write_text(RULES, encoding="utf-8")
    fresh = load_yaml_file(path)
    _new_run()
    cache_file = data_cache._cache_file()
    if damage is None:   # flip one byte inside the stored value: its checksum no longer matches
        raw = bytearray(cache_file.read_bytes())
        at = raw.find(b"at the end of the day")
        raw[at] ^= 0x20
        cache_file.write_bytes(bytes(raw))
    else:
        cache_file.write_bytes(damage)
    assert load_yaml_file(path) == fresh
    _new_run()   # the damaged file was replaced by a good one
    assert data_cache.get("yaml:" + os.path.abspath(path), (data_cache.file_stamp(path), _yaml._code_stamp()))


def test_cache_off(cache_home, tmp_path, monkeypatch):
    path = tmp_path / "style.yaml"
    path.write_text(RULES, encoding="utf-8")
    for name in ("COPYDESK_CACHE", "COPYDESK_REGEX_CACHE"):
        with monkeypatch.context() as patch:
            patch.setenv(name, "0")
            load_yaml_file(path)
            locales._cldr("fr")
            _new_run()
            assert not cache_home.exists()


def test_cldr_names_from_the_cache_are_babel_s(cache_home, monkeypatch):
    fresh = {code: locales._cldr_from_babel(code) for code in ("en", "fr", "de_CH")}
    for code in fresh:
        assert locales._cldr(code) == fresh[code]
    _new_run()

    def refuse(code):
        raise AssertionError(f"Babel was asked for {code} although the cache holds it")
    monkeypatch.setattr(locales, "_cldr_from_babel", refuse)
    for code in fresh:
        assert locales._cldr(code) == fresh[code]


def test_files_that_are_gone_are_forgotten_and_the_file_stays_small(cache_home, tmp_path, monkeypatch):
    kept, gone = tmp_path / "kept.yaml", tmp_path / "gone.yaml"
    for path in (kept, gone):
        path.write_text(RULES, encoding="utf-8")
        load_yaml_file(path)
    _new_run()
    gone.unlink()
    locales._cldr("fr")   # something new, so the run saves
    _new_run()
    assert sorted(key for key in data_cache._load() if key.startswith("yaml:")) == ["yaml:" + str(kept)]
    monkeypatch.setattr(data_cache, "_MAX_BYTES", 10)
    load_yaml_file(kept)
    locales._cldr("en")
    _new_run()
    assert len(data_cache._load()) == 2   # over the bound: only what the last run used


def test_an_unknown_cldr_locale_still_fails_with_its_line(cache_home, tmp_path):
    rules = tmp_path / "rules"
    (rules / "locales").mkdir(parents=True)
    (rules / "locales" / "xx.yaml").write_text("language: xx\nbabel: xx_NOWHERE\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError, match=r"xx\.yaml:2: CLDR has no locale 'xx_NOWHERE'"):
            locales.load_locale("xx", (rules,))
        _new_run()


def test_a_cached_locale_is_the_loaded_one(cache_home):
    fresh = locales.load_locale("fr")
    _new_run()
    cached = locales.load_locale("fr")
    assert cached is not fresh
    for attribute in ("code", "path", "decimal_symbol", "group_symbol"):
        assert getattr(cached, attribute) == getattr(fresh, attribute)
    assert dict(cached.data) == dict(fresh.data)
    assert dict(cached.months) == dict(fresh.months) and dict(cached.weekdays) == dict(fresh.weekdays)


def _imported_after(code: str, cache: Path) -> set[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    env.pop("COPYDESK_CACHE", None)
    env.pop("COPYDESK_REGEX_CACHE", None)
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    output = None
    for _ in range(2):   # the first run fills the cache, the second is the one measured
        output = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=True,
                                capture_output=True, text=True, timeout=120).stdout
    return set(output.split())


def test_a_warm_locale_load_imports_neither_babel_nor_yaml(tmp_path):
    modules = _imported_after("from checker.locales import load_locale\n"
                              "load_locale('en'); load_locale('fr')", tmp_path / "cache")
    assert "checker.locales" in modules
    assert not any(m.split(".")[0] in ("babel", "yaml") for m in modules)


def test_listing_helpers_and_fuzzy_matching_are_imported_only_when_used(tmp_path):
    baseline = _imported_after("", tmp_path / "cache")
    modules = _imported_after("import checker.cli, checker.runner, checker.facts, checker.checks._speakers\n"
                              "import checker.formatters\n"
                              "checker.formatters.get_formatter('text')", tmp_path / "cache")
    assert "checker.formatters.text" in modules
    assert "pkgutil" not in modules - baseline
    assert not any(m.startswith("rapidfuzz") for m in modules - baseline)


def test_a_warm_run_on_an_article_without_front_matter_does_not_import_yaml(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("The mayor, Anne Dupont, said on Monday that 40 people had left.\n", encoding="utf-8")
    modules = _imported_after("from checker.cli import main\n"
                              f"main(['check', {str(article)!r}, '--lang', 'en'])", tmp_path / "cache")
    assert "checker.engine" in modules
    assert not any(m == "yaml" or m.startswith("yaml.") for m in modules)


def test_main_leaves_the_garbage_collector_as_it_found_it(tmp_path, capsys):
    import gc

    from checker.cli import main
    article = tmp_path / "story.txt"
    article.write_text("Anne Dupont, the mayor, said 40 people had left.\n\nDupont said so.\n", encoding="utf-8")
    batch = [str(article), str(article)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert main(["check", *batch, "--lang", "en"]) in (0, 1)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        main(["check", *batch, "--lang", "en"])
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()
    assert capsys.readouterr().out.count("in 2 files") == 2
