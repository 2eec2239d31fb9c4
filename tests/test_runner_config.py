"""Runner.config_for: the per-folder memo gives what resolving each file would give.

The memo keys on the folder as written (plus the working directory for a relative one),
so these tests build the cases where that could differ from ``Path(file).resolve().parent``:
a symlinked file, a symlinked folder, the same relative name in two working directories.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker.config import find_config
from checker.readers import ARTICLE_SUFFIXES
from checker.runner import Runner, iter_article_paths


def _config(folder: Path, select: str) -> None:
    (folder / ".copydesk.yaml").write_text(f"select: [{select}]\n", encoding="utf-8")


def _story(folder: Path, name: str = "story.md") -> Path:
    path = folder / name
    path.write_text("The mayor said it rained.\n", encoding="utf-8")
    return path


def _resolved(runner: Runner, path: str):
    """What config_for answered before the memo: the file's real directory, looked up."""
    return find_config(Path(path).resolve().parent).merged(**dict(runner.overrides))


needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                                    reason="symlinks need a POSIX file system here")


@needs_symlinks
def test_symlinked_file_takes_its_targets_configuration(tmp_path):
    plain, real = tmp_path / "plain", tmp_path / "real"
    plain.mkdir()
    real.mkdir()
    _config(plain, "numbers")
    _config(real, "timeline")
    target = _story(real)
    link = plain / "linked.md"
    link.symlink_to(target)
    neighbour = _story(plain)
    runner = Runner()
    assert runner.config_for(str(neighbour)).select == ("numbers",)
    assert runner.config_for(str(link)).select == ("timeline",)
    assert runner.config_for(str(neighbour)).select == ("numbers",)   # after the link, still its own
    for path in (neighbour, link, target):
        assert runner.config_for(str(path)) == _resolved(runner, str(path))


@needs_symlinks
def test_symlinked_folder_is_looked_up_where_it_really_is(tmp_path):
    real = tmp_path / "archive" / "2024"
    real.mkdir(parents=True)
    _config(tmp_path / "archive", "speakers")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    _config(outside, "numbers")
    (outside / "2024").symlink_to(real, target_is_directory=True)
    _story(real)
    path = str(outside / "2024" / "story.md")
    runner = Runner(overrides=(("ignore", ("speakers.variant",)),))
    config = runner.config_for(path)
    assert config.select == ("speakers",) and config.ignore == ("speakers.variant",)
    assert config == _resolved(runner, path)


def test_same_relative_name_in_two_working_directories(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, select in ((first, "numbers"), (second, "timeline")):
        folder.mkdir()
        _config(folder, select)
        _story(folder)
    runner = Runner()
    for folder, select in ((first, "numbers"), (second, "timeline"), (first, "numbers")):
        monkeypatch.chdir(folder)
        assert runner.config_for("story.md").select == (select,)
        assert runner.config_for("./story.md").select == (select,)
        assert runner.config_for("story.md") == _resolved(runner, "story.md")


def test_parent_steps_and_overrides_match_the_resolved_lookup(tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    _config(tmp_path / "a", "numbers")
    _story(tmp_path / "a")
    path = str(nested / ".." / "story.md")
    for runner in (Runner(), Runner(overrides=(("select", ("timeline",)), ("fail_on", "error")))):
        assert runner.config_for(path) == _resolved(runner, path)
    assert Runner().config_for(path).select == ("numbers",)
    assert Runner(overrides=(("select", ("timeline",)),)).config_for(path).select == ("timeline",)


def test_explicit_configuration_file(tmp_path, monkeypatch):
    _config(tmp_path, "speakers")
    story = _story(tmp_path)
    runner = Runner(config_path=str(tmp_path / ".copydesk.yaml"))
    assert runner.config_for(str(story)).select == ("speakers",)
    other = tmp_path / "other"
    other.mkdir()
    _config(other, "numbers")
    monkeypatch.chdir(tmp_path)
    relative = Runner(config_path=".copydesk.yaml")
    assert relative.config_for(str(story)).select == ("speakers",)
    monkeypatch.chdir(other)   # the same relative name now means the other file
    assert relative.config_for(str(story)).select == ("numbers",)


def _walked_before(paths):
    """iter_article_paths' names as pathlib built them for each file."""
    for raw in paths:
        for root, dirs, files in os.walk(Path(raw)):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                    yield str(Path(root) / name)


def test_walked_names_are_the_ones_pathlib_gives(tmp_path, monkeypatch):
    nested = tmp_path / "archive" / "2024" / "mars"
    nested.mkdir(parents=True)
    for folder in (tmp_path, tmp_path / "archive", nested):
        _story(folder, "Été à Genève.md")
        _story(folder, "b story.txt")
    (tmp_path / "archive" / "notes.csv").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for spelling in (".", "./", "archive", "archive/", "./archive//2024", str(tmp_path), str(tmp_path) + "/"):
        walked = [path for path, problem in iter_article_paths([spelling]) if problem is None]
        assert walked == list(_walked_before([spelling])) and walked, spelling


def test_unhashable_overrides_from_an_api_caller_still_work(tmp_path):
    # checker.dask callers build Runner(overrides=...) themselves; a list there cannot key
    # the memo, and must give the answer a tuple gives instead of a TypeError.
    _config(tmp_path, "numbers")
    story = str(_story(tmp_path))
    listed = Runner(overrides=(("ignore", ["numbers.conflict"]),))
    tupled = Runner(overrides=(("ignore", ("numbers.conflict",)),))
    assert listed.config_for(story) == tupled.config_for(story)
    assert listed.config_for(story).select == ("numbers",)
    assert listed.check_path(story).error is None
