"""One path from a configuration and a story to its findings, for every entry point.

Why: reading a story and running the rules was written in the command line, the Python
API, the Dask tasks and ``copydesk facts``, and the copies drifted (the API and Dask
ignored the time budget, ``min-severity`` and the ``names`` style sheet). Every entry
point now asks this module: ``read_options`` for how a configuration reads a story,
``select_rules`` for the rules it turns on, ``check_document`` for the findings.
"""
from __future__ import annotations

import dataclasses
import functools
import datetime as _dt
from pathlib import Path
from typing import Any

from ._yaml import ConfigError
from .config import Config
from .document import Document
from .engine import FileResult, run_rules, with_severity
from .findings import SEVERITY_RANK
from .rule import Rule
from .ruleset import load_rules, rule_files
from .selection import is_selected, severity_for, unknown_selectors


def _stamps(paths: tuple[Path, ...]) -> tuple[tuple[str, int, int], ...]:
    """Each user rule file's path, modification time and size: a file edited while the
    process lives (an editor integration, a Dask worker) is read again, never served stale."""
    stamps = []
    for path in paths:
        try:
            files = rule_files(path)
        except ConfigError:
            files = [Path(path)]     # loading reports it, with its message
        for file in files:
            try:
                stat = file.stat()
                stamps.append((str(file), stat.st_mtime_ns, stat.st_size))
            except OSError:
                stamps.append((str(file), -1, -1))
    return tuple(stamps)


def _rules(paths: tuple[Path, ...]) -> tuple[Rule, ...]:
    return _loaded(paths, _stamps(paths))


@functools.lru_cache(maxsize=32)
def _loaded(paths: tuple[Path, ...], stamps: tuple[tuple[str, int, int], ...]) -> tuple[Rule, ...]:
    return load_rules(paths)


def select_rules(config: Config) -> tuple[Rule, ...]:
    """The rules a configuration turns on, with its severity overrides applied."""
    return _selected(config, _stamps(tuple(config.rules)))


@functools.lru_cache(maxsize=64)
def _selected(config: Config, stamps: tuple[tuple[str, int, int], ...]) -> tuple[Rule, ...]:
    rules = _loaded(tuple(config.rules), stamps)
    ids = [r.id for r in rules]
    for key, selectors in (("select", config.select), ("ignore", config.ignore),
                           ("severity", tuple(name for name, _ in config.severity))):
        unknown = unknown_selectors(selectors, ids)
        if unknown:
            raise ConfigError(f"{config.where(key)}: {key} names no known rule: {', '.join(unknown)}; "
                              f"`copydesk rules` lists them")
    chosen = []
    for rule in rules:
        if is_selected(rule.id, config.select, config.ignore):
            chosen.append(with_severity(rule, severity_for(rule.id, rule.severity, dict(config.severity))))
    return tuple(chosen)


def read_options(config: Config, *, lang: str | None = None,
                 date: _dt.date | None = None) -> dict[str, Any]:
    """The reader's keyword arguments under ``config`` (``lang`` and ``date`` force those)."""
    return dict(lang=lang, default_lang=config.lang or "en", date=date, rule_paths=config.rules,
                max_bytes=int(config.max_size_mb * 1048576), encoding=config.encoding)


def text_options(config: Config, *, lang: str | None = None,
                 date: _dt.date | None = None) -> dict[str, Any]:
    """``read_options`` for a story already decoded (``read_text``): no size or encoding."""
    options = read_options(config, lang=lang, date=date)
    del options["max_bytes"], options["encoding"]
    return options


def settings(config: Config) -> dict[str, Any]:
    """What checks may read of the run besides their rule: the style sheet, and the ids of
    every rule loaded (a suppression naming none of them mutes nothing)."""
    return {"names": config.names, "rule_ids": tuple(rule.id for rule in _rules(tuple(config.rules)))}


def check_document(document: Document, config: Config) -> FileResult:
    """The findings of ``document`` under ``config``: its rules, its style sheet, its time
    budget, and its ``min-severity`` (per finding: one rule may report at two severities)."""
    result = run_rules(document, select_rules(config), settings=settings(config),
                       rule_paths=config.rules, time_budget=config.time_budget)
    if config.min_severity not in (None, "info"):
        lowest = SEVERITY_RANK[config.min_severity]
        result = dataclasses.replace(result, findings=tuple(
            f for f in result.findings if SEVERITY_RANK[f.severity] >= lowest))
    return result
