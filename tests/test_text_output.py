"""The text output an editor reads: each finding with its line of the story and a caret
under the flagged words (golden file), one line per finding in ``concise``, infos counted
but hidden by default, and no summary about files that were not checked."""
from __future__ import annotations

from pathlib import Path

from checker.formatters._excerpt import excerpt
from conftest import run_cli

GOLDEN = Path(__file__).parent / "golden"

STORY = """---
title: Flood defences
date: '2024-03-08'
lang: en
---

The fire service said 30 homes were flooded on Tuesday.

Volunteers cleared the 35 homes flooded in the lower town.
"""


def _run(tmp_path, *args):
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    process = run_cli("check", "story.md", "--select", "numbers.conflict", *args, cwd=tmp_path)
    return process


def test_text_output_shows_the_line_and_a_caret(tmp_path):
    process = _run(tmp_path)
    assert process.returncode == 1, process.stderr
    assert process.stdout == (GOLDEN / "numbers_conflict.txt").read_text(encoding="utf-8")


def test_concise_output_is_one_line_per_finding(tmp_path):
    process = _run(tmp_path, "--format", "concise")
    lines = process.stdout.splitlines()
    assert lines[0].startswith("story.md:9:24: warning [numbers.conflict] 35 disagrees with 30")
    assert lines[1].strip().startswith("7:23: the other statement: 30")
    assert "^" not in process.stdout and "|" not in process.stdout


def test_nothing_is_said_on_stdout_about_files_not_checked(tmp_path):
    process = run_cli("check", str(tmp_path / "nope.md"))
    assert process.returncode == 2 and process.stdout == ""
    assert "nope.md: error: no such file" in process.stderr


def test_a_long_line_is_cut_around_the_span():
    text = "word " * 100 + "Marsdon said so. " + "more " * 100
    offset = text.index("Marsdon")
    gutter, line, carets = excerpt(text, offset, 7, 12)
    assert line.startswith("12 | …") and line.endswith("…")
    assert line.index("Marsdon") == carets.index("^") and carets.count("^") == 7
    assert len(line) < 130


def test_wide_characters_keep_the_caret_under_the_word():
    text = "東京で Marsdon が話した。"
    _, line, carets = excerpt(text, text.index("Marsdon"), 7, 3)
    assert carets.index("^") - len("3 | ") == 2 * 3 + 1   # three wide characters and a space


def test_statistics_count_findings_per_rule_and_per_file(tmp_path):
    (tmp_path / "a.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text(STORY + "\nThe mayor said 30 homes, then 41 homes, were flooded.\n",
                                   encoding="utf-8")
    process = run_cli("check", "a.md", "b.md", "--select", "numbers.conflict", "--statistics", cwd=tmp_path)
    lines = process.stdout.splitlines()
    assert lines[0] == "Findings per rule:"
    rule_line = lines[1].split()
    assert rule_line[1] == "numbers.conflict" and int(rule_line[0]) >= 2
    files = lines[lines.index("Findings per file:") + 1:][:2]
    assert [f.split()[1] for f in files] == ["b.md", "a.md"]          # most findings first
    assert "^" not in process.stdout
    assert run_cli("check", "a.md", "--statistics", "--format", "json", cwd=tmp_path).returncode == 2


def test_facts_text_is_a_sheet_of_people_figures_and_dates(tmp_path):
    story = tmp_path / "story.md"
    story.write_text("---\ndate: '2024-03-08'\nlang: en\n---\n\n"
                     "Mayor Helen Marsden said 30 homes were flooded on Tuesday.\n\n"
                     "\u201cWe will rebuild,\u201d Marsden said.\n", encoding="utf-8")
    process = run_cli("facts", str(story))
    assert process.returncode == 0, process.stderr
    out = process.stdout
    assert "English, published 2024-03-08 (front matter)" in out
    people = out[out.index("People"):]
    assert "Helen Marsden" in people and "line 6 (" in people and "line 8 (surname: Marsden)" in people
    assert "quoted, line 8: We will rebuild" in people or "quoted, line 8: \u201cWe will rebuild" in people
    assert "'30' = 30 homes" in out
    assert "'Tuesday' → 2024-03-05" in out
    assert '"offset"' not in out          # no JSON in the sheet


def test_messages_speak_an_editors_language():
    from checker import check_text
    stories = {
        "en": ("Three people and 5 dogs were rescued, said Mayor Helen Marsden. About 4 boats and "
               "7 cars were lost. Costs rose 8 percent, then 6%, then 5%.\n\n"
               "\u201cWe will rebuild,\u201d Walsh said.\n"),
        "fr": ("Trois personnes et 5 chiens ont été secourus, a déclaré le maire Jean Dupont. Les coûts "
               "ont augmenté de 8 %, puis de 6 %, puis de 5%.\n\n« Nous reconstruirons », a dit Moreau.\n"),
    }
    for lang, story in stories.items():
        findings = check_text(story, lang=lang, date="2024-03-08")
        assert findings
        for f in findings:
            for jargon in ("(small)", "them", "symbol before", "word after", "no space before"):
                assert jargon not in f.message, (lang, f.rule, f.message)
