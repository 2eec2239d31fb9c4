"""checker.dask on a local Dask cluster gives exactly the findings of the plain command line.

The cluster has two worker processes (one thread each) and listens on the loopback only.
Skipped when the ``dask`` extra is not installed (``pip install -e '.[dask]'``).
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from checker.dask import check_files, check_records, findings, write_jsonl  # noqa: E402
from checker.runner import Runner  # noqa: E402

STORIES = {
    "en/flood.md": """---
title: Flood in Riverton
date: 2025-03-05
lang: en
---

# Flood waters reach Riverton

The flood destroyed 40 homes on Monday, officials said.

"We will rebuild every street," Harlow said on Wednesday.

Mayor Ana Ruiz said 12 families were still in shelters. The council later said 45 homes.

About 60 percent of residents voted for the plan and 55 percent against it.
""",
    "en/budget.txt": """Budget vote delayed

The city will spend $2.5 million on roads, the treasurer said on Friday, 7 February 2025.

"It is not enough," said Lee.
""",
    "fr/incendie.md": """---
date: 2025-06-12
lang: fr
---

# Un incendie ravage un entrepôt

L'incendie a détruit 30 hectares mardi 10 juin, selon les pompiers.

« Nous avons eu de la chance », a déclaré Dupont.

Le préfet Jean Martin a indiqué que 200 personnes avaient été évacuées. Le lendemain, on
a parlé de 250 personnes évacuées.
""",
    "fr/vide.md": "   \n",
}


@pytest.fixture(scope="module")
def client():
    # Workers must import this checkout even when it is not installed.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address="127.0.0.1:0")
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    for name, text in STORIES.items():
        path = tmp_path / "archive" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "archive" / "en" / "latin1.txt").write_bytes("Caf\xe9 au lait\n".encode("latin-1"))
    return tmp_path / "archive"


def cli_rows(*args: str) -> list[dict]:
    process = run_cli("check", *args, "--format", "jsonl")
    assert process.returncode in (1, 2), process.stderr
    return [json.loads(line) for line in process.stdout.splitlines()]


def test_files_on_a_local_cluster_match_the_cli(client, archive):
    expected = cli_rows(str(archive))
    assert len(expected) >= 3 and {r["language"] for r in expected} == {"en", "fr"}

    results = check_files([archive], npartitions=3)
    out = io.StringIO()
    count = write_jsonl(findings(results), out, window=2)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert rows == expected and count == len(expected)

    by_path = {r["path"]: r for r in results.compute()}
    assert by_path[str(archive / "en" / "latin1.txt")]["error"].startswith("not UTF-8")
    assert by_path[str(archive / "fr" / "vide.md")]["skipped"] is True
    # The work really ran in the cluster's worker processes.
    loaded = client.run(lambda: "checker.engine" in __import__("sys").modules)
    assert list(loaded.values()) == [True, True]


def test_options_travel_with_the_runner(client, archive):
    expected = cli_rows(str(archive), "--select", "numbers")
    runner = Runner(overrides=(("select", ("numbers",)),))
    rows = findings(check_files([archive], runner=runner)).compute()
    assert rows == expected and rows and all(r["rule"].startswith("numbers.") for r in rows)


def test_records_give_the_same_findings_as_files(client, archive):
    paths = sorted(p for p in archive.rglob("*.md"))
    expected = cli_rows(*map(str, paths))
    import dask.bag as db
    records = db.from_sequence([{"path": str(p), "text": p.read_text(encoding="utf-8")} for p in paths],
                               npartitions=2)
    rows = findings(check_records(records)).compute()
    assert rows == expected


def test_an_empty_archive_is_an_empty_bag(client, tmp_path):
    results = check_files([tmp_path]).compute()
    assert len(results) == 1 and "no articles" in results[0]["error"]
