"""Hardening: odd articles, huge inputs, many files; nothing written, nothing let in.

Properties use the article strategies of tests/strategies.py with every built-in rule on.
The directory test checks ``COPYDESK_HARDENING_FILES`` files with ``--jobs 2``: 2,000 by
default so the suite stays near a minute on 2 cores; ``COPYDESK_HARDENING_FILES=10000``
runs the issue's full 10,000 (about 2-3 minutes on 2 busy cores).
"""
from __future__ import annotations

import json
import os
import random
import socket
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checker.config import Config
from checker.engine import run_rules
from checker.readers import InputError, read_text
from checker.runner import Runner, check_paths, select_rules
from conftest import run_cli
from strategies import articles

RULES = select_rules(Config())
FILES = int(os.environ.get("COPYDESK_HARDENING_FILES", "2000"))
PROPERTY = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def checked(text: str, path: str, lang: str | None = None):
    try:
        document = read_text(text, path=path, lang=lang)
    except InputError:
        return None, None
    return document, run_rules(document, RULES)


def assert_sound(text: str, result) -> None:
    assert not [w for w in result.warnings if "failed" in w], result.warnings
    for finding in result.findings:
        assert 0 <= finding.offset <= finding.offset + finding.length <= len(text)
        assert text[finding.offset:finding.offset + finding.length] == finding.text
        for related in finding.related:
            assert 0 <= related.offset <= related.offset + related.length <= len(text)
            assert text[related.offset:related.offset + related.length] == related.text


# --- properties ---------------------------------------------------------------------------

@PROPERTY
@given(articles(), st.sampled_from(["story.md", "story.txt", "story.html"]),
       st.sampled_from([None, "en", "fr"]), st.randoms(use_true_random=False))
def test_any_article_is_checked_soundly_whatever_the_rule_order(text, path, lang, rng):
    document, result = checked(text, path, lang)
    if document is None:
        return
    assert_sound(text, result)
    shuffled = list(RULES)
    rng.shuffle(shuffled)
    assert run_rules(document, shuffled).findings == result.findings


def test_the_last_representable_day_does_not_break_the_timeline():
    for text in ("# 9999-12-31 the next day\n\nThe council met.\n",
                 "---\ndate: 9999-12-31\nlang: en\n---\n\nTomorrow, and next week, the council meets.\n",
                 "---\ndate: 0001-01-01\nlang: fr\n---\n\nHier et il y a trois jours, le conseil s'est réuni.\n"):
        assert_sound(text, checked(text, "story.md")[1])


def _line_view(findings, text: str):
    return sorted((f.rule, f.line, f.column, f.end_line, f.text.replace("\r", ""), f.severity) for f in findings)


@settings(PROPERTY, max_examples=60)
@given(articles(), st.sampled_from(["story.md", "story.txt"]))
def test_crlf_line_endings_give_the_same_findings_on_the_same_lines(text, path):
    _lf_document, lf = checked(text, path)
    crlf_text = text.replace("\n", "\r\n")
    _crlf_document, crlf = checked(crlf_text, path)
    if lf is None or crlf is None:
        assert lf is None and crlf is None
        return
    assert_sound(crlf_text, crlf)
    assert _line_view(crlf.findings, crlf_text) == _line_view(lf.findings, text)


@settings(PROPERTY, max_examples=4)
@given(st.lists(articles(), min_size=3, max_size=12))
def test_two_jobs_give_the_results_of_one(texts):
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(texts):
            Path(tmp, f"{i:03d}.{'md' if i % 3 else 'txt'}").write_text(text, encoding="utf-8")
        one = list(check_paths(Runner(), [tmp], jobs=1))
        two = list(check_paths(Runner(), [tmp], jobs=2, batch_size=2))
    assert one == two and len(one) == len(texts)


# --- limits -------------------------------------------------------------------------------

def story(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


NOTE = "# Vote\n\nAbout 60 percent of residents voted for the plan on Tuesday.\n"


def test_size_limit_skips_with_a_clear_message_and_the_rest_is_checked(tmp_path):
    big = story(tmp_path, "big.md", "# Big\n\n" + "The council met again. " * 70_000)   # 1.6 MB
    small = story(tmp_path, "small.md", NOTE)
    process = run_cli("check", str(tmp_path), "--max-size", "1", "--min-severity", "info")
    assert f"{big}: error: file is 1.5 MB, over the 1 MB limit" in process.stderr
    assert "--max-size" in process.stderr
    assert f"{small}:3:" in process.stdout
    assert process.returncode == 2            # a file was not checked, and the status says so
    story(tmp_path, ".copydesk.yaml", "max-size-mb: 1\n")
    assert "over the 1 MB limit" in run_cli("check", str(big)).stderr   # from the configuration


def test_a_200_mb_file_is_refused_by_its_size_without_being_read(tmp_path):
    huge = tmp_path / "archive.md"
    with huge.open("wb") as handle:           # sparse: no 200 MB written to disk
        handle.truncate(200 * 1024 * 1024)
    small = story(tmp_path, "small.md", NOTE)
    started = time.perf_counter()
    process = run_cli("check", str(huge), str(small), "--min-severity", "info")
    assert time.perf_counter() - started < 20
    assert f"{huge}: error: file is 200.0 MB, over the 10 MB limit" in process.stderr
    assert f"{small}:3:" in process.stdout and process.returncode == 2


def test_a_one_megabyte_line_is_checked_within_the_time_budget(tmp_path):
    rng = random.Random(7)
    words = ("the council said that 12 people met on Tuesday and Mr. Smith said 45 percent of "
             "3,400 homes were hit in March 2024 « selon » “quoted” Ruiz").split()
    line = " ".join(rng.choice(words) for _ in range(200_000))[:1_048_576]
    path = story(tmp_path, "line.md", line)
    story(tmp_path, ".copydesk.yaml", "time-budget: 4\n")
    started = time.perf_counter()
    # --allow-partial: on a slow machine the budget may run out, which alone exits 2
    process = run_cli("check", str(path), "--format", "json", "--allow-partial")
    elapsed = time.perf_counter() - started
    assert process.returncode in (0, 1), process.stderr
    assert "failed" not in process.stderr and "Traceback" not in process.stderr
    assert elapsed < 4 + 15                   # the budget, plus start-up and reading
    report = json.loads(process.stdout)
    assert report["files"][0]["path"] == str(path)
    for finding in report["files"][0]["findings"]:
        assert line[finding["offset"]:finding["offset"] + finding["length"]] == finding["text"]


def test_a_directory_of_many_files_is_all_reported(tmp_path):
    archive = tmp_path / "archive"
    for i in range(FILES):
        story(archive / f"{i // 1000:02d}", f"{i:05d}.md", NOTE if i % 500 else "\n")
    (archive / "00" / "broken.md").write_bytes(b"caf\xe9\n")
    process = run_cli("check", str(archive), "--format", "jsonl", "--jobs", "2")
    rows = [json.loads(line) for line in process.stdout.splitlines()]
    reported = {row["path"] for row in rows}
    expected = {str(archive / f"{i // 1000:02d}" / f"{i:05d}.md") for i in range(FILES) if i % 500}
    per_file = {path: sum(1 for row in rows if row["path"] == path) for path in reported}
    assert reported == expected and len(set(per_file.values())) == 1   # same story, same findings
    assert process.stderr.count("warning: empty file") == len(range(0, FILES, 500))
    assert "broken.md: error: not UTF-8" in process.stderr
    assert process.returncode == 2


# --- nothing lost, nothing let in ---------------------------------------------------------

def snapshot(directory: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(directory.rglob("*"))
            if p.is_file()}


def test_checked_files_are_never_written(tmp_path):
    articles_dir = tmp_path / "in"
    story(articles_dir, "a.md", NOTE)
    story(articles_dir, "b.txt", "Ruiz said 40 homes burned. Later Ruiz said 45 homes burned.\n")
    story(articles_dir, "c.md", "---\nlang: fr\ndate: 2024-03-05\n---\n\nHier, 12 % des habitants.\n")
    (articles_dir / "d.md").write_bytes(b"\xff\xfe bad bytes\n")
    before = snapshot(articles_dir)
    time.sleep(0.01)
    for args in ((), ("--format", "json"), ("--format", "jsonl", "--jobs", "2"),
                 ("-o", str(tmp_path / "report.txt"))):
        run_cli("check", str(articles_dir), *args)
    run_cli("facts", str(articles_dir / "a.md"), "--format", "json")
    assert snapshot(articles_dir) == before   # same files, bytes and modification times


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    first = story(tmp_path, "1.md", NOTE)
    (tmp_path / "2.md").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "3.md").write_bytes(b"---\ntitle: [unclosed\n---\n\nText.\n")
    last = story(tmp_path, "4.md", NOTE)
    process = run_cli("check", str(tmp_path), "--min-severity", "info")
    assert f"{first}:3:" in process.stdout and f"{last}:3:" in process.stdout
    assert "2.md: error: binary file" in process.stderr
    assert "3.md: error: front matter" in process.stderr
    assert process.returncode == 2 and "Traceback" not in process.stderr


def test_yaml_never_builds_objects(tmp_path):
    marker = tmp_path / "pwned"
    payload = f'!!python/object/apply:os.system ["touch {marker}"]'
    article = story(tmp_path, "a.md", f"---\ntitle: {payload}\n---\n\nText.\n")
    rules = story(tmp_path, "rules.yaml", f"rules:\n  - {payload}\n")
    story(tmp_path, "conf/.copydesk.yaml", f"select: {payload}\n")
    conf_article = story(tmp_path, "conf/b.md", NOTE)
    plain_article = story(tmp_path, "plain/c.md", NOTE)
    first = run_cli("check", str(article))
    second = run_cli("check", str(plain_article), "--rules", str(rules))
    third = run_cli("check", str(conf_article))
    assert not marker.exists()
    for process in (first, second, third):
        assert process.returncode == 2 and "Traceback" not in process.stderr
    assert "front matter" in first.stderr
    assert "rules.yaml" in second.stderr and ".copydesk.yaml" in third.stderr


def test_checking_never_opens_a_network_connection(tmp_path, monkeypatch, capsys):
    from checker.cli import main
    path = story(tmp_path, "a.md", NOTE + '\n"We will rebuild," Harlow said [online](https://example.org).\n')

    def refuse(*_args, **_kwargs):
        raise AssertionError("copydesk tried to open a network connection")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert main(["check", str(path), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["files"][0]["findings"]


def test_html_report_escapes_what_it_shows(tmp_path):
    from checker.formatters import format_names
    if "html" not in format_names():
        pytest.skip("no HTML formatter")
    hostile = ('<b>Harlow</b> & co. About 60 residents came <script>window.PWNED=1</script> '
               '<img src=x onerror="PWNED()"> to the meeting.')
    path = story(tmp_path, "a.md", f"# <i>Title</i>\n\n{hostile}\n")
    process = run_cli("check", str(path), "--format", "html")
    assert process.returncode == 0, process.stderr           # an info finding only
    assert "numbers.unsourced" in process.stdout
    for raw in ("<script>window.PWNED", "<img src=x", "<b>Harlow", "<i>Title"):
        assert raw not in process.stdout
    assert "&lt;script&gt;" in process.stdout and "window.PWNED" in process.stdout   # shown, as text


def test_windows_line_endings_do_not_change_the_detected_language():
    # French lines, then English ones: where the 20,000-character sample ends decides,
    # and carriage returns must not move it
    from checker.language import detect_language
    from checker.locales import load_locale
    locales = [load_locale("en"), load_locale("fr")]
    text = "le la de et un\n" * 500 + "the and of a to in\n" * 1000
    assert detect_language(text, locales) == detect_language(text.replace("\n", "\r\n"), locales)
