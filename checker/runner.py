"""A run: which files, which configuration and rules apply to each, and their results.

Configuration is looked up per file (nearest ``.copydesk.yaml``), command-line options
override it, and each distinct rule set is loaded once per process.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import os
from pathlib import Path
from typing import Iterable, Iterator

from ._yaml import ConfigError
from .config import Config, find_config, load_config_file
from .engine import FileResult, run_rules, with_severity
from .readers import ARTICLE_SUFFIXES, InputError, read_bytes, read_path
from .rule import Rule
from .ruleset import load_rules
from .selection import is_selected, severity_for, unknown_selectors


@functools.lru_cache(maxsize=32)
def _rules(paths: tuple[Path, ...]) -> tuple[Rule, ...]:
    return load_rules(paths)


@functools.lru_cache(maxsize=64)
def select_rules(config: Config) -> tuple[Rule, ...]:
    """The rules a configuration turns on, with its severity overrides applied."""
    rules = _rules(tuple(config.rules))
    ids = [r.id for r in rules]
    for key, selectors in (("select", config.select), ("ignore", config.ignore)):
        unknown = unknown_selectors(selectors, ids)
        if unknown:
            where = config.source or "the command line"
            raise ConfigError(f"{where}: {key} names no known rule: {', '.join(unknown)}; "
                              f"`copydesk rules` lists them")
    chosen = []
    for rule in rules:
        if is_selected(rule.id, config.select, config.ignore):
            chosen.append(with_severity(rule, severity_for(rule.id, rule.severity, dict(config.severity))))
    return tuple(chosen)


def iter_article_paths(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """Expand directories into their articles (sorted); yield (path, error-or-None)."""
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                        found = True
                        yield str(Path(root) / name), None
            if not found:
                yield str(path), f"no articles (*{', *'.join(ARTICLE_SUFFIXES)}) in this directory"
        elif path.exists():
            yield str(path), None
        else:
            yield str(path), "no such file or directory"


@dataclasses.dataclass(frozen=True)
class Runner:
    """Checks files with the configuration found for each, overridden by ``overrides``.

    Args:
        overrides: command-line values (select, ignore, rules, lang, fail_on, ...).
        config_path: an explicit configuration file (``--config``) instead of the lookup.
        date: publication date for articles that give none (``--date``).
        lang: force this language on every article (``--lang``).
    """

    overrides: tuple[tuple[str, object], ...] = ()
    config_path: str | None = None
    date: _dt.date | None = None
    lang: str | None = None

    def config_for(self, path: str) -> Config:
        if self.config_path:
            base = load_config_file(Path(self.config_path))
        else:
            directory = Path.cwd() if path == "-" else Path(path).resolve().parent
            base = find_config(directory)
        return base.merged(**dict(self.overrides))

    def check_path(self, path: str, stdin_bytes: bytes | None = None) -> FileResult:
        """Check one file (or standard input as ``-``). Input problems become a FileResult error."""
        config = self.config_for(path)
        rules = select_rules(config)
        options = dict(lang=self.lang,
                       default_lang=config.lang or "en", date=self.date, rule_paths=config.rules,
                       max_bytes=int(config.max_size_mb * 1048576))
        try:
            if path == "-":
                document = read_bytes(stdin_bytes or b"", path="-", markdown=True, **options)
            else:
                document = read_path(path, **options)
        except InputError as error:
            return FileResult(path=path, error=str(error), skipped=error.skip)
        settings = {"names": config.names}
        return run_rules(document, rules, settings=settings, rule_paths=config.rules,
                         time_budget=config.time_budget)
