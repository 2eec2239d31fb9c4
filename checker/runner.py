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
from typing import Callable, Iterable, Iterator

from ._yaml import ConfigError
from .config import Config, find_config, load_config_file
from .engine import FileResult
from .pipeline import _rules, check_document, read_options, select_rules  # noqa: F401 (re-exported)
from .readers import ARTICLE_SUFFIXES, InputError, read_bytes, read_file_bytes, read_path


# Memos of one process, as find_config and _rules already are: a configuration file edited
# while a run is going may or may not be seen, one edited between runs always is. Keyed by
# the working directory too, since a relative folder means another one after a chdir.
@functools.lru_cache(maxsize=256)
def _config_in(folder: str, cwd: str, overrides: tuple[tuple[str, object], ...]) -> Config:
    return find_config(Path(folder).resolve()).merged(**dict(overrides))


@functools.lru_cache(maxsize=8)
def _config_file(path: str, cwd: str, overrides: tuple[tuple[str, object], ...]) -> Config:
    return load_config_file(Path(path)).merged(**dict(overrides))


class PathProblem(str):
    """Why a path from the command line is not checked; ``skip`` when that is no error
    (a FIFO or device met while walking a folder is skipped, and said so)."""

    skip: bool = False

    @classmethod
    def skipped(cls, text: str) -> "PathProblem":
        problem = cls(text)
        problem.skip = True
        return problem


def problem_result(path: str, problem: str) -> FileResult:
    """The result of a path that was not checked."""
    return FileResult(path=path, error=str(problem), skipped=getattr(problem, "skip", False))


def iter_article_paths(paths: Iterable[str],
                       excluded: Callable[[str], bool] | None = None) -> Iterator[tuple[str, str | None]]:
    """Expand directories into their articles (sorted); yield (path, problem-or-None).

    Only regular files are read from a folder: a FIFO would block forever and a device
    never ends. A folder that cannot be read is a problem of its own, not silence. A walk
    skips what ``checker.discovery`` says is not copy (.gitignore, dependencies, virtual
    environments) and what ``excluded`` says the configuration excludes; a file named
    on the command line is always checked.
    """
    from .discovery import Ignores, keep_dirs
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            unreadable: list[OSError] = []
            ignores = Ignores(str(path))
            for root, dirs, files in os.walk(path, onerror=unreadable.append):
                while unreadable:
                    error = unreadable.pop()
                    yield str(error.filename), PathProblem(
                        f"cannot read this directory: {error.strerror or error}; its articles were not checked")
                dirs[:] = keep_dirs(root, dirs, ignores)
                # str(Path(root) / name) for every name, with pathlib's work done once per
                # folder: a file name (no separator, never "." or "..") is appended as is.
                prefix = str(Path(root) / "x")[:-1]
                for name in sorted(files):
                    if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                        if ignores.ignored(root, name, False) or (excluded and excluded(prefix + name)):
                            continue
                        found = True
                        if os.path.isfile(prefix + name):
                            yield prefix + name, None
                        else:
                            yield prefix + name, PathProblem.skipped(
                                "not a regular file (a FIFO, socket or device); skipped")
            while unreadable:
                error = unreadable.pop()
                yield str(error.filename), PathProblem(
                    f"cannot read this directory: {error.strerror or error}; its articles were not checked")
                found = True
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
        cache: reuse the stored results of unchanged files (``--cache``, see result_cache).
    """

    overrides: tuple[tuple[str, object], ...] = ()
    config_path: str | None = None
    date: _dt.date | None = None
    lang: str | None = None
    cache: bool = False

    def __post_init__(self) -> None:
        # API callers (checker.dask) may pass lists; configurations and the memos below key
        # on these values, so they are made tuples (a list cannot be hashed).
        overrides = tuple((key, tuple(value) if isinstance(value, list) else value)
                          for key, value in self.overrides)
        object.__setattr__(self, "overrides", overrides)

    def config_for(self, path: str) -> Config:
        """The configuration of ``path``: ``--config``, else the nearest one above the file's
        real directory, with the command-line overrides applied."""
        if self.config_path:
            return _config_file(self.config_path, os.getcwd(), self.overrides)
        if path != "-":
            folder, name = os.path.split(path)
            # A file that is not a symlink lies in its folder's real directory, so one look-up
            # per folder gives the answer the file's own resolve() would (a twentieth of the
            # cost per file); a symlink, or a name pathlib would drop, takes the long way.
            if name not in ("", ".", "..") and not os.path.islink(path):
                return _config_in(folder, "" if os.path.isabs(folder) else os.getcwd(), self.overrides)
        directory = Path.cwd() if path == "-" else Path(path).resolve().parent
        return find_config(directory).merged(**dict(self.overrides))

    def excluded(self, path: str) -> bool:
        """Whether the configuration of ``path`` excludes it (``exclude:``, gitignore syntax,
        relative to the configuration file's folder)."""
        config = self.config_for(path)
        if not config.exclude:
            return False
        from .discovery import pattern_spec
        base = os.path.dirname(os.path.abspath(config.source)) if config.source else os.getcwd()
        relative = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
        return not relative.startswith("../") and pattern_spec(config.exclude).match_file(relative)

    def check_path(self, path: str, stdin_bytes: bytes | None = None) -> FileResult:
        """Check one file (or standard input as ``-``). Input problems become a FileResult error.

        Whatever goes wrong inside one story (a bug, a story deep enough to exhaust the
        stack) is that story's error: the rest of the batch is still checked.
        """
        try:
            return self._check_path(path, stdin_bytes)
        except (InputError, ConfigError, KeyboardInterrupt, SystemExit):
            raise
        except Exception as error:   # RecursionError and MemoryError included
            if os.environ.get("COPYDESK_DEBUG"):
                raise
            return FileResult(path=path, error=(
                f"internal error while checking this file: {type(error).__name__}: {error}. "
                f"This is a bug; run again with COPYDESK_DEBUG=1 for the traceback and report it"))

    def _check_path(self, path: str, stdin_bytes: bytes | None = None) -> FileResult:
        config = self.config_for(path)
        select_rules(config)          # a configuration error is raised before any reading
        options = read_options(config, lang=self.lang, date=self.date)
        digest = None
        try:
            if path == "-":
                document = read_bytes(stdin_bytes or b"", path="-", markdown=True, **options)
            elif self.cache:
                from . import result_cache
                data = read_file_bytes(path, options["max_bytes"])
                digest = result_cache.key(data, str(Path(path)), config, lang=self.lang, date=self.date)
                stored = result_cache.get(digest)
                if stored is not None:
                    return stored
                document = read_bytes(data, path=str(Path(path)), **options)
            else:
                document = read_path(path, **options)
        except InputError as error:
            return FileResult(path=path, error=str(error), skipped=error.skip)
        result = check_document(document, config)
        if digest is not None:
            from . import result_cache
            result_cache.put(digest, result)
        return result


def _check_batch(runner: Runner, batch: list[tuple[str, str | None]], keep_documents: bool) -> list[FileResult]:
    results = [problem_result(path, problem) if problem else runner.check_path(path)
               for path, problem in batch]
    if keep_documents:
        return results
    return [dataclasses.replace(r, document=None) if r.document is not None else r for r in results]


def check_paths(runner: Runner, paths: Iterable[str], *, jobs: int = 1,
                stdin: bytes | None = None, batch_size: int = 8,
                keep_documents: bool = False) -> Iterator[FileResult]:
    """Results for every article under ``paths``, in input order, as each becomes ready.

    With ``jobs > 1`` files are checked in worker processes, a bounded window of batches
    ahead of the output, so memory stays flat however many files there are and the
    output is identical to a one-process run. Documents come back from the workers only
    when ``keep_documents`` is set (a formatter that shows the article text needs them).
    """
    items = iter_article_paths(paths, runner.excluded)
    if jobs <= 1:
        for path, problem in items:
            if problem:
                yield problem_result(path, problem)
            else:
                yield runner.check_path(path, stdin if path == "-" else None)
        return
    import itertools
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    # The first batch is checked here, before the workers fork: they inherit the rule set
    # and the patterns it compiled instead of each compiling them again (about a second).
    for path, problem in itertools.islice(items, batch_size):
        yield (problem_result(path, problem) if problem
               else runner.check_path(path, stdin if path == "-" else None))
    pending: deque = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start)
    try:
        def batches():
            while True:
                batch = list(itertools.islice(items, batch_size))
                if not batch:
                    return
                yield batch
        for batch in batches():
            if any(path == "-" for path, _ in batch):
                for result in _drain(pending):
                    yield result
                for path, problem in batch:
                    yield (problem_result(path, problem) if problem
                           else runner.check_path(path, stdin if path == "-" else None))
                continue
            pending.append(pool.submit(_check_batch, runner, batch, keep_documents))
            while len(pending) > jobs * 4:
                yield from pending.popleft().result()
        yield from _drain(pending)
    except BaseException:
        # Interrupted (SIGTERM, Ctrl-C) or failed: the workers go down with the run instead
        # of finishing their queue as orphans.
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _worker_start() -> None:
    """A worker dies at once on SIGTERM (the parent's terminate()), whatever handler it
    inherited from the command line when it was forked."""
    import signal
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _drain(pending) -> Iterator[FileResult]:
    while pending:
        yield from pending.popleft().result()
