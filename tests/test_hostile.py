"""Stories and files built to hurt the checker: each is refused or bounded, with a clear
message and the exit status the README promises, and the rest of the batch is checked.

Each case runs the real command line in a subprocess with a timeout (and, for the alias
bombs, an address-space limit), so a regression shows as a failure, not a hung suite.
"""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker import _yaml
from checker.engine import FileResult
from checker.output_file import AtomicOutput
from checker.runner import Runner, check_paths, iter_article_paths
from conftest import ROOT, run_cli

STORY = "The council met on Tuesday, said Mayor Helen Marsden.\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _limited(*args: str, memory_mb: int = 1024, timeout: float = 60) -> subprocess.CompletedProcess:
    """``python -m checker ARGS`` under an address-space limit and a timeout."""
    def limit() -> None:
        size = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, env=env, text=True,
                          capture_output=True, timeout=timeout, preexec_fn=limit)


def _bomb(depth: int = 9) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, depth):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- YAML

def test_front_matter_aliases_are_refused_and_the_batch_goes_on(tmp_path):
    bomb = write(tmp_path, "bomb.md", "---\n" + _bomb() + "title: x\n---\n\n" + STORY)
    loop = write(tmp_path, "loop.md", "---\ntitle: &r [*r]\n---\n\n" + STORY)
    plain = write(tmp_path, "plain.md", "---\ntitle: &t Council\nsubtitle: *t\n---\n\n" + STORY)
    good = write(tmp_path, "good.md", STORY)
    started = time.perf_counter()
    process = _limited("check", str(bomb), str(loop), str(plain), str(good), "--format", "json")
    assert time.perf_counter() - started < 30
    assert process.returncode == 2
    for path in (bomb, loop, plain):
        assert f"{path}: error: front matter: {path}:2: invalid YAML" in process.stderr
    assert "aliases (&name, *name) are not allowed" in process.stderr
    assert str(good) in process.stdout and "Traceback" not in process.stderr


def test_rule_file_alias_bomb_is_bounded_with_file_and_line(tmp_path):
    rules = write(tmp_path, "bomb.yaml", _bomb() + "rules: []\n")
    story = write(tmp_path, "story.md", STORY)
    started = time.perf_counter()
    process = _limited("check", str(story), "--rules", str(rules))
    assert time.perf_counter() - started < 30
    assert process.returncode == 2
    assert f"{rules}:" in process.stderr and "once its aliases are expanded" in process.stderr


def test_a_few_aliases_in_a_rule_file_still_work():
    data, _ = _yaml.load_yaml_text("base: &b [said, told]\nen: *b\nfr: *b\n", "x.yaml")
    assert data == {"base": ["said", "told"], "en": ["said", "told"], "fr": ["said", "told"]}
    with pytest.raises(_yaml.ConfigError, match="x.yaml:1: .*loop"):
        _yaml.load_yaml_text("a: &r [*r]\n", "x.yaml")
    with pytest.raises(_yaml.ConfigError, match="not allowed"):
        _yaml.load_yaml_text("a: &b [1]\nc: *b\n", "x.yaml", aliases=False)


# ---------------------------------------------------------------- inputs that never end

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_a_folder_is_skipped_and_a_named_one_refused(tmp_path):
    folder = tmp_path / "stories"
    good = write(folder, "a.md", STORY)
    fifo = folder / "b.md"
    os.mkfifo(fifo)
    process = run_cli("check", str(folder), "--format", "json")
    assert f"{fifo}: warning: not a regular file" in process.stderr
    assert process.returncode == 0 and str(good) in process.stdout   # a skip is no error
    process = run_cli("check", str(fifo), str(good), "--format", "json")
    assert f"{fifo}: error: not a regular file" in process.stderr and "copydesk check -" in process.stderr
    assert process.returncode == 2 and str(good) in process.stdout


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused_without_reading_it(tmp_path):
    good = write(tmp_path, "a.md", STORY)
    process = _limited("check", "/dev/zero", str(good), "--format", "json", memory_mb=1024, timeout=30)
    assert process.returncode == 2
    assert "/dev/zero: error: not a regular file" in process.stderr and str(good) in process.stdout


def test_standard_input_is_read_only_up_to_the_limit():
    endless = b"y\n" * (600 * 1024)          # 1.2 MB against a 1 MB limit
    process = run_cli("check", "-", "--max-size", "1", stdin=endless)
    assert process.returncode == 2
    assert "-: error: file is over 1 MB, over the 1 MB limit" in process.stderr


def test_an_unreadable_folder_is_reported(tmp_path, monkeypatch):
    write(tmp_path / "stories" / "open", "a.md", STORY)
    locked = tmp_path / "stories" / "locked"
    write(locked, "b.md", STORY)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)
    monkeypatch.setattr(os, "scandir", scandir)
    found = list(iter_article_paths([str(tmp_path / "stories")]))
    assert (str(locked), "cannot read this directory: Permission denied; its articles were not checked") in found
    assert any(path.endswith("a.md") and problem is None for path, problem in found)
    results = list(check_paths(Runner(), [str(tmp_path / "stories")]))
    assert any(r.path == str(locked) and r.error and not r.skipped for r in results)


# ---------------------------------------------------------------- encodings

@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_unicode_with_a_byte_order_mark_is_read(tmp_path, codec):
    text = "Le maire Jean Dupont a déclaré que 12 écoles ouvriront, selon la mairie.\n"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    process = run_cli("check", str(path), "--format", "json", "--lang", "fr")
    assert process.returncode in (0, 1), process.stderr
    assert "binary" not in process.stderr


# ---------------------------------------------------------------- failures stay per file

def test_a_crash_inside_one_story_does_not_stop_the_batch(tmp_path, monkeypatch):
    first = write(tmp_path, "a.md", STORY)
    second = write(tmp_path, "b.md", STORY)
    import checker.pipeline as pipeline_module
    real = pipeline_module.run_rules

    def run_rules(document, *args, **kwargs):
        if document.path.endswith("a.md"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(document, *args, **kwargs)
    monkeypatch.setattr(pipeline_module, "run_rules", run_rules)
    monkeypatch.delenv("COPYDESK_DEBUG", raising=False)
    results = list(check_paths(Runner(), [str(first), str(second)]))
    assert "internal error while checking this file: RecursionError" in results[0].error
    assert results[1].error is None and results[1].findings is not None


def test_a_run_the_time_budget_cut_short_exits_2_unless_allowed(tmp_path):
    long_story = write(tmp_path, "long.md", STORY * 4000)
    write(tmp_path, ".copydesk.yaml", "time-budget: 0.001\n")
    process = run_cli("check", str(long_story))
    assert process.returncode == 2, process.stderr
    assert "not fully checked" in process.stderr and "--allow-partial" in process.stderr
    process = run_cli("check", str(long_story), "--allow-partial")
    assert process.returncode in (0, 1), process.stderr


# ---------------------------------------------------------------- the report file

def test_the_report_replaces_the_old_one_only_when_finished(tmp_path):
    report = tmp_path / "report.json"
    report.write_text("yesterday", encoding="utf-8")
    sink = AtomicOutput(str(report))
    sink.handle.write("half a report")
    sink.close(keep=False)
    assert report.read_text(encoding="utf-8") == "yesterday"
    sink = AtomicOutput(str(report))
    sink.handle.write("today")
    sink.close(keep=True)
    assert report.read_text(encoding="utf-8") == "today"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]   # no temporary left


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found |= {int(c) for c in task.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_sigterm_takes_the_workers_down_and_keeps_the_old_report(tmp_path):
    folder = tmp_path / "stories"
    text = ("Mayor Helen Marsden said on Tuesday that 1,200 homes were hit. " * 60 + "\n\n") * 8
    for i in range(600):
        write(folder, f"{i:04d}.md", text)
    report = tmp_path / "report.json"
    report.write_text("yesterday", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "checker", "check", str(folder), "--jobs", "2",
                                "--format", "json", "-o", str(report)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2 and process.poll() is None:
        workers = _children(process.pid)
        time.sleep(0.05)
    if process.poll() is not None:
        pytest.skip("the run finished before it could be interrupted")
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 143, stderr
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)], "orphaned workers"
    assert report.read_text(encoding="utf-8") == "yesterday"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".copydesk-")] == []


def test_partial_results_are_marked():
    assert FileResult(path="x").partial is False


# ---------------------------------------------------------------- legacy encodings

LATIN = "Le maire a déclaré que l'école de Château ouvrira, selon la mairie.\n"


def test_a_legacy_encoding_is_refused_unless_named(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(LATIN.encode("windows-1252"))
    process = run_cli("check", str(path), "--lang", "fr")
    assert process.returncode == 2 and "not UTF-8" in process.stderr and "--encoding" in process.stderr
    process = run_cli("check", str(path), "--lang", "fr", "--encoding", "windows-1252", "--format", "json")
    assert process.returncode in (0, 1), process.stderr
    process = run_cli("check", str(path), "--encoding", "klingon")
    assert process.returncode == 2 and "unknown encoding 'klingon'" in process.stderr


def test_the_encoding_can_be_configured_and_utf8_still_wins(tmp_path):
    from checker.readers import read_bytes
    write(tmp_path, ".copydesk.yaml", "encoding: latin-1\n")
    legacy = tmp_path / "old.txt"
    legacy.write_bytes(LATIN.encode("latin-1"))
    modern = write(tmp_path, "new.txt", LATIN)
    results = list(check_paths(Runner(), [str(legacy), str(modern)]))
    assert [r.error for r in results] == [None, None]
    # UTF-8 is always tried first: a UTF-8 story in a latin-1 archive is not mangled
    assert read_bytes(LATIN.encode("utf-8"), path="x.txt", encoding="latin-1").text == LATIN


def test_auto_detection_is_asked_for_not_assumed(tmp_path):
    pytest.importorskip("charset_normalizer", reason="charset-normalizer is not installed")
    path = tmp_path / "story.txt"
    path.write_bytes((LATIN * 20).encode("windows-1252"))
    process = run_cli("check", str(path), "--lang", "fr", "--encoding", "auto", "--format", "json")
    assert process.returncode in (0, 1), process.stderr
