"""``check --cache``: a stored result is served only when nothing that decides it changed."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from checker import _cache_auth, result_cache
from checker.engine import FileResult
from checker import runner as runner_module
from checker.runner import Runner, check_paths
from conftest import ROOT, run_cli

HOUSE = ROOT / "examples" / "rules" / "house.yaml"
STORY = ("# Budget vote\n\nThe mayor, Anne Martin, said the plan would cost $4 million. "
         "Sources say the vote is close. Martin said on Tuesday that \"nothing is decided\".\n")


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("COPYDESK_CACHE", raising=False)
    monkeypatch.delenv("COPYDESK_REGEX_CACHE", raising=False)
    return home


def _view(results) -> list:
    return [(r.path, r.language, r.date, r.words, r.error, [f.to_json() for f in r.findings])
            for r in results]


def _database(home: Path) -> Path:
    return home / "copydesk" / f"results-v{result_cache._FORMAT}.sqlite3"


def _entries(home: Path) -> list[tuple[str, str]]:
    if not _database(home).exists():
        return []
    with sqlite3.connect(_database(home)) as connection:
        return connection.execute("SELECT key, value FROM results ORDER BY key").fetchall()


def _rewrite(home: Path, key: str, value: str) -> None:
    connection = sqlite3.connect(_database(home))
    with connection:
        connection.execute("UPDATE results SET value = ? WHERE key = ?", (value, key))
    connection.close()


def test_a_cached_run_gives_exactly_the_findings_of_a_fresh_one(cache_home):
    paths = [str(ROOT / "examples")]
    fresh = _view(check_paths(Runner(), paths))
    first = _view(check_paths(Runner(cache=True), paths))
    stored = _entries(cache_home)
    assert stored, "the first --cache run stores its results"
    second = _view(check_paths(Runner(cache=True), paths, jobs=2))
    assert fresh == first == second
    assert any(entry[-1] for entry in fresh), "the examples have findings to compare"


def test_a_stored_result_is_what_a_hit_returns(cache_home, tmp_path):
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    runner = Runner(cache=True, overrides=(("rules", (HOUSE,)), ("select", ("house",))))
    (before,) = check_paths(runner, [str(story)])
    assert before.findings
    ((key, value),) = _entries(cache_home)
    tag = 2 * _cache_auth.TAG_BYTES
    data = json.loads(value[tag:])
    data["findings"][0]["message"] = "served from the cache"
    edited = json.dumps(data)
    # edited without the user's key (a shared cache directory tampered with): not served
    _rewrite(cache_home, key, value[:tag] + edited)
    (after,) = check_paths(runner, [str(story)])
    assert after.findings[0].message == before.findings[0].message
    # sealed with it (as copydesk itself stores it): served as stored
    _rewrite(cache_home, key, _cache_auth.seal(edited.encode())[:_cache_auth.TAG_BYTES].hex() + edited)
    (after,) = check_paths(runner, [str(story)])
    assert after.findings[0].message == "served from the cache"
    assert after.findings[0].path == before.findings[0].path == str(story)


def test_an_edited_story_rule_file_or_configuration_is_checked_again(cache_home, tmp_path):
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    rules = tmp_path / "house.yaml"
    shutil.copyfile(HOUSE, rules)

    def run(**overrides):
        merged = {"rules": (rules,), "select": ("house",), **overrides}
        (result,) = check_paths(Runner(cache=True, overrides=tuple(merged.items())), [str(story)])
        return result

    assert any(f.rule == "house.vague-attribution" for f in run().findings)
    story.write_text(STORY.replace("Sources say", "The clerk says"), encoding="utf-8")
    assert not any(f.rule == "house.vague-attribution" for f in run().findings)

    story.write_text(STORY, encoding="utf-8")
    old = run().findings[0].message
    text = rules.read_text(encoding="utf-8")
    assert "message:" in text
    rules.write_text(text.replace('message: "', 'message: "EDITED ', 1), encoding="utf-8")
    # the same process reads the edited rule file again (its stamp changed)
    assert [f.message for f in run().findings] == ["EDITED " + old]

    assert run(ignore=("house",)).findings == ()


def test_damaged_entries_and_unclean_results_are_never_served(cache_home, tmp_path, monkeypatch, capsys):
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    runner = Runner(cache=True, overrides=(("rules", (HOUSE,)), ("select", ("house",))))
    (good,) = check_paths(runner, [str(story)])
    ((key, _value),) = _entries(cache_home)
    _rewrite(cache_home, key, "\x00not json")
    (again,) = check_paths(runner, [str(story)])
    assert _view([again]) == _view([good])
    # a database that is not one at all: this process runs uncached, with the same findings
    monkeypatch.setattr(result_cache, "_connection", None)
    for leftover in _database(cache_home).parent.glob("results-v*.sqlite3*"):
        leftover.unlink()
    _database(cache_home).write_bytes(b"this is not a database" * 100)
    (third,) = check_paths(runner, [str(story)])
    assert _view([third]) == _view([good])
    assert "--cache cannot use" in capsys.readouterr().err
    monkeypatch.setattr(result_cache, "_broken", None)
    result_cache.put("f" * 64, FileResult(path="x.md", warnings=("time budget used up",)))
    result_cache.put("e" * 64, FileResult(path="x.md", error="not UTF-8"))
    assert result_cache.get("f" * 64) is None and result_cache.get("e" * 64) is None


def test_caches_off_means_nothing_written(cache_home, tmp_path, monkeypatch):
    monkeypatch.setenv("COPYDESK_CACHE", "0")
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    list(check_paths(Runner(cache=True), [str(story)]))
    assert not _database(cache_home).exists()


def test_cli_cache_flag_and_the_html_report(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(STORY, encoding="utf-8")
    args = ("check", str(story), "--rules", str(HOUSE), "--select", "house")
    plain = run_cli(*args, "--format", "jsonl")
    cached = [run_cli(*args, "--format", "jsonl", "--cache") for _ in range(2)]
    assert plain.returncode == 1 and all(c.returncode == 1 and c.stdout == plain.stdout for c in cached)
    report = tmp_path / "report.html"
    process = run_cli(*args, "--format", "html", "--cache", "-o", str(report))
    assert process.returncode == 1 and "Sources say" in report.read_text(encoding="utf-8")
