"""copydesk on Dask: check an archive that outgrows one machine.

Install with ``pip install 'copydesk[dask]'``. Nothing about how a story is checked
changes: every task runs the code the command line runs (``Runner.check_path`` for files,
the reader and ``run_rules`` behind ``checker.check_text`` for records), so the findings
are exactly those of ``copydesk check --format jsonl`` on the same files, in the same
order. Dask only decides where each file is checked.

Files (paths on storage every worker can read)::

    from dask.distributed import Client
    from checker.dask import check_files, findings, write_jsonl

    client = Client("scheduler-address:8786")          # or Client() for a local cluster
    results = check_files(["archive/2019", "archive/2020"], npartitions=200)
    with open("findings.jsonl", "w", encoding="utf-8") as out:
        write_jsonl(findings(results), out)             # streams, one partition at a time

Records (stories already in a database or a Parquet export)::

    import dask.bag as db
    stories = db.from_sequence(rows)                   # dicts: path, text[, lang, date]
    results = check_records(stories, ignore=["timeline"])
    findings(results).map(json.dumps).to_textfiles("out/*.jsonl")   # written by workers

``check_files`` expands directories on the client, as the command line does (sorted,
``*.md``/``*.txt``/``*.html``/``*.docx``), so partitions are lists of file names, never
file contents. A file that cannot be read gives a result with ``error`` set; the other
files are still checked. Each result is a plain dict (picklable, JSON-ready):
``path, language, findings (JSON contract objects), warnings, error, skipped, words``.
"""
from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any, Iterable, Mapping, TextIO

import dask.bag as db

from .engine import FileResult
from .runner import Runner, iter_article_paths, problem_result

__all__ = ["check_files", "check_records", "findings", "write_jsonl", "result_to_dict"]


def result_to_dict(result: FileResult) -> dict[str, Any]:
    """A FileResult as plain data (what crosses between Dask workers and the client)."""
    return {"path": result.path, "language": result.language,
            "findings": [f.to_json() for f in result.findings],
            "warnings": list(result.warnings), "error": result.error,
            "skipped": result.skipped, "words": result.words}


def _check_path(item: tuple[str, str | None], runner: Runner) -> dict[str, Any]:
    path, problem = item
    result = problem_result(path, problem) if problem else runner.check_path(path)
    return result_to_dict(result)


def check_files(paths: Iterable[str | Path], *, runner: Runner | None = None,
                npartitions: int | None = None, partition_size: int | None = None) -> "db.Bag":
    """A bag of results, one per article under ``paths`` (files or directories).

    Args:
        paths: files and directories, expanded on the client in command-line order.
        runner: options as on the command line (``Runner(overrides=(("select", ("numbers",)),))``,
            ``config_path``, ``date``, ``lang``); the configuration is looked up per file
            on the worker, so the files must be readable there at the same paths.
        npartitions / partition_size: how to split the file list (Dask defaults otherwise).
    """
    runner = runner or Runner()
    items = list(iter_article_paths(str(p) for p in paths))
    if not items:
        return db.from_sequence([], npartitions=1)
    if partition_size is None and npartitions is None:
        npartitions = min(len(items), 100)
    bag = db.from_sequence(items, npartitions=npartitions, partition_size=partition_size)
    return bag.map(_check_path, runner=runner)


def _check_record(record: Mapping[str, Any], select: tuple[str, ...], ignore: tuple[str, ...],
                  rules: tuple[str, ...]) -> dict[str, Any]:
    from ._yaml import ConfigError
    from .config import Config
    from .pipeline import check_document, text_options
    from .readers import InputError, read_text
    path = str(record.get("path") or "story.md")
    date = record.get("date")
    if isinstance(date, str):
        date = _dt.date.fromisoformat(date[:10])
    config = Config(select=select, ignore=ignore, rules=tuple(Path(r) for r in rules))
    options = text_options(config, lang=record.get("lang"), date=date)
    try:
        document = read_text(str(record.get("text") or ""), path=path, **options)
    except InputError as error:
        return result_to_dict(FileResult(path=path, error=str(error), skipped=error.skip))
    except ConfigError as error:
        return result_to_dict(FileResult(path=path, error=str(error)))
    return result_to_dict(check_document(document, config))


def check_records(records: "db.Bag", *, select: Iterable[str] = (), ignore: Iterable[str] = (),
                  rules: Iterable[str | Path] = ()) -> "db.Bag":
    """A bag of results for a bag of records ``{"path", "text", "lang"?, "date"?}``.

    ``path`` names the story in findings and picks the reader (``.md`` is Markdown);
    ``date`` (a date or ISO string) is the publication date when the text gives none.
    Same as ``checker.check_text`` on each record, with the result's language and warnings.
    """
    return records.map(_check_record, select=tuple(select), ignore=tuple(ignore),
                       rules=tuple(str(r) for r in rules))


def _rows(result: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{"path": result["path"], "language": result["language"], **finding}
            for finding in result["findings"]]


def findings(results: "db.Bag") -> "db.Bag":
    """One JSONL row per finding: the rows of ``copydesk check --format jsonl``."""
    return results.map(_rows).flatten()


def write_jsonl(rows: "db.Bag", out: TextIO, *, window: int = 16) -> int:
    """Write rows to ``out`` in order, ``window`` partitions computed at a time; returns the count.

    The partitions of a window are computed in parallel by the cluster; only one window's
    rows are held on the client at once, so memory stays flat however large the archive.
    For output written by the workers themselves use
    ``rows.map(json.dumps).to_textfiles("out/*.jsonl")``.
    """
    import dask
    count = 0
    partitions = rows.to_delayed()
    for first in range(0, len(partitions), max(1, window)):
        for part in dask.compute(*partitions[first:first + max(1, window)]):
            for row in part:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
        out.flush()
    return count
