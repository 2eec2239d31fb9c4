"""The example stories: each annotation holds, every finding is expected, clean stays clean."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.annotations import annotations, judge_annotations
from checker.readers import read_path
from checker.ruleset import load_rules
from checker.runner import Runner

from conftest import ROOT, run_cli

EXAMPLES = ROOT / "examples"
STORIES = sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".md", ".txt", ".html"))


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_example_story(path: Path):
    result = Runner().check_path(str(path))
    assert result.error is None, result.error
    document = read_path(path)
    known = {r.id for r in load_rules([EXAMPLES / "rules"])}
    notes = annotations(document)
    for _kind, rule_id, _index in notes:
        assert rule_id in known, f"{path.name}: annotation names unknown rule {rule_id}"
    if "clean" in path.stem:
        assert result.findings == (), [f"{f.line}: {f.rule} {f.message}" for f in result.findings]
        return
    assert notes, f"{path.name} has no ruleid/ok annotations: an example must assert something"
    verdict = judge_annotations(document, list(result.findings))
    assert not verdict.missed, f"{path.name}: missed {verdict.missed}"
    assert not verdict.unexpected, f"{path.name}: unexpected {verdict.unexpected}"


def test_check_examples_directory_runs_like_the_readme_says():
    process = run_cli("check", "examples/")
    assert process.returncode == 1, process.stderr
    assert "Traceback" not in process.stderr
    assert process.stdout.strip().splitlines()[-1].startswith("Found ")


def test_a_wrong_annotation_is_caught(tmp_path):
    story = tmp_path / "s.md"
    story.write_text("---\nlang: en\n---\n\n<!-- ruleid: house.email -->\nAll clean here.\n\n"
                     "Send an e-mail.\n", encoding="utf-8")
    result = Runner(overrides=(("rules", (EXAMPLES / "rules",)), ("select", ("house",)))).check_path(str(story))
    verdict = judge_annotations(read_path(story), list(result.findings))
    assert verdict.missed == (("house.email", 6),) and verdict.unexpected == (("house.email", 8),)
