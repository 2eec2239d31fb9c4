"""Every entry point gives the same findings on the same story and configuration: the
command line, the Python API, the Dask tasks (checker.pipeline is the one path)."""
from __future__ import annotations

import json

import pytest

from checker import check_path, check_text
from conftest import run_cli

STORY = """---
title: Flood defences
date: '2024-03-08'
lang: en
---

Mayor Helen Marsden said on Tuesday, March 6, that 30 homes were flooded.

"We will rebuild," Marsdon told reporters. About 40 people were evacuated.

Volunteers cleared the 35 homes flooded in the lower town.
"""


def _keys(findings):
    return [(f["rule"], f["offset"], f["length"], f["severity"], f["message"]) if isinstance(f, dict)
            else (f.rule, f.offset, f.length, f.severity, f.message) for f in findings]


def test_cli_api_and_path_agree(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    cli = json.loads(run_cli("check", str(path), "--format", "json").stdout)["files"][0]["findings"]
    assert len({f["rule"].split(".")[0] for f in cli}) >= 2, "the story must exercise several families"
    assert _keys(cli) == _keys(check_text(STORY, path="story.md")) == _keys(check_path(path))


def test_the_configuration_reaches_every_file_entry_point(tmp_path):
    (tmp_path / ".copydesk.yaml").write_text("min-severity: warning\nignore: [timeline]\n", encoding="utf-8")
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    cli = json.loads(run_cli("check", str(path), "--format", "json").stdout)["files"][0]["findings"]
    api = check_path(path)
    assert _keys(cli) == _keys(api)
    assert all(f.severity != "info" and not f.rule.startswith("timeline") for f in api)


def test_dask_records_agree_with_the_api(tmp_path):
    pytest.importorskip("dask.bag", reason="dask is not installed (pip install -e '.[dask]')")
    import dask
    import dask.bag as db
    from checker.dask import check_records
    with dask.config.set(scheduler="synchronous"):
        (result,) = check_records(db.from_sequence([{"path": "story.md", "text": STORY}])).compute()
    assert _keys(result["findings"]) == _keys(check_text(STORY, path="story.md"))
