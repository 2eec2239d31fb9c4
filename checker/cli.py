"""The ``copydesk`` command line: check, facts, rules, explain, test-rules, init.

Exit status: 0 no finding at or above ``--fail-on``; 1 findings; 2 usage, configuration,
rule or input errors (with a message on stderr, never a traceback).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import sys
from typing import Any, Callable, Sequence

from ._yaml import ConfigError
from .findings import SEVERITIES, SEVERITY_RANK


def _date(value: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", help="language of the articles (default: front matter, then detection)")
    parser.add_argument("--date", type=_date, help="publication date (YYYY-MM-DD) for articles that give none")
    parser.add_argument("--rules", action="append", metavar="PATH",
                        help="extra rule file or directory (repeatable); its locales/ adds languages")
    parser.add_argument("--config", metavar="FILE", help="configuration file instead of the nearest .copydesk.yaml")
    parser.add_argument("--max-size", type=float, metavar="MB", help="skip files larger than this (default 10)")
    parser.add_argument("--encoding", metavar="NAME",
                        help="encoding of stories that are not UTF-8 (e.g. windows-1252), or auto to "
                             "detect it (needs charset-normalizer); default: UTF-8 only")


def build_parser() -> argparse.ArgumentParser:
    from . import __version__
    parser = argparse.ArgumentParser(prog="copydesk", description="Claim-consistency checks for news copy: "
                                     "speakers, numbers and dates that must agree.")
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check articles and report findings")
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="files or directories (.md, .txt, .html, .docx), or - for stdin")
    check.add_argument("--format", default="text",
                       help="text (default), json, jsonl, sarif, github, html (use -o report.html)")
    check.add_argument("--no-progress", action="store_true",
                       help="no progress bar (shown on a terminal for batches of 5 files or more)")
    check.add_argument("--select", action="append", metavar="IDS", help="rule ids or prefixes to run (comma-separated)")
    check.add_argument("--ignore", action="append", metavar="IDS", help="rule ids or prefixes to skip")
    check.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that makes the exit status 1 (default warning)")
    check.add_argument("--min-severity", choices=SEVERITIES,
                       help="lowest severity to report (default: warning for text and concise "
                            "output, which say how many infos they hid; info for data formats); "
                            "what is not reported does not fail the run")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--statistics", action="store_true",
                       help="print the number of findings per rule and per file instead of the findings")
    check.add_argument("--allow-partial", action="store_true",
                       help="exit 0/1 even when the time budget stopped some rules on a file "
                            "(default: such a run exits 2, since a check that did not run is no pass)")
    check.add_argument("--cache", action="store_true",
                       help="reuse the findings of files unchanged since an earlier --cache run with "
                            "the same rules and configuration (~/.cache/copydesk/results-v1.sqlite3)")
    check.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                       help="check files in N worker processes, 0 for one per CPU (output is the "
                            "same as with 1)")
    _common(check)

    facts = commands.add_parser("facts", help="show what copydesk understood: people, quotes, figures, dates")
    facts.add_argument("paths", nargs="+", metavar="PATH")
    facts.add_argument("--format", choices=("text", "json"), default="text")
    facts.add_argument("--only", action="append", metavar="EXTRACTOR", help="only these extractors")
    _common(facts)

    rules = commands.add_parser("rules", help="list the rules (--format markdown: the rule reference)")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--rules", action="append", metavar="PATH", help="extra rule file or directory")
    rules.add_argument("-o", "--output", metavar="FILE", help="write to FILE (e.g. docs/rules.md)")

    explain = commands.add_parser("explain", help="what a rule finds, why it matters, and its examples")
    explain.add_argument("rule", metavar="RULE", help="rule id, e.g. speakers.unintroduced")
    explain.add_argument("--rules", action="append", metavar="PATH", help="extra rule file or directory")

    test_rules = commands.add_parser("test-rules", help="run every rule's examples (bad must fire, good must not)")
    test_rules.add_argument("paths", nargs="*", metavar="PATH",
                            help="your rule files or directories (default: the built-in rules)")
    test_rules.add_argument("--strict", action="store_true",
                            help="also fail when a rule lacks a bad or good example in a language it supports")

    init = commands.add_parser("init", help="write a commented .copydesk.yaml to start from")
    init.add_argument("directory", nargs="?", default=".", help="where to write it (default: here)")
    init.add_argument("--force", action="store_true", help="overwrite an existing .copydesk.yaml")
    return parser


def console() -> int:
    """``python -m checker`` (and the ``copydesk`` script): ``main``, in a process that ends
    right after it.

    Everything is frozen out of the garbage collector before the interpreter shuts down:
    its shutdown passes otherwise scan every object the run built, about 25 ms of a
    one-article run, to free memory the exiting process gives back anyway. Files are closed
    and caches saved before that, so nothing is lost. Only here, never in ``main``: a
    program calling ``main`` goes on living with its memory managed as usual.
    """
    status = main()
    import gc
    gc.freeze()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    previous = _on_sigterm()
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "facts":
            from .facts_command import run_facts
            return run_facts(args)
        if args.command in ("rules", "explain", "test-rules", "init"):
            from . import rule_commands
            return {"rules": rule_commands.run_rules_command, "explain": rule_commands.run_explain,
                    "test-rules": rule_commands.run_test_rules, "init": rule_commands.run_init}[args.command](args)
    except ConfigError as error:
        print(f"copydesk: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Terminated:
        print("copydesk: terminated", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("copydesk: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # never a traceback for the user; COPYDESK_DEBUG=1 shows it
        import os
        if os.environ.get("COPYDESK_DEBUG"):
            raise
        print(f"copydesk: internal error: {type(error).__name__}: {error}. This is a bug; run again "
              f"with COPYDESK_DEBUG=1 for the traceback and report it.", file=sys.stderr)
        return 2
    finally:
        if previous is not None:
            import signal
            signal.signal(signal.SIGTERM, previous)
    return 2


class Terminated(BaseException):
    """SIGTERM (a CI timeout, ``kill``), raised like Ctrl-C's KeyboardInterrupt so that the
    worker pool is taken down and an ``-o`` report is left as it was."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated()


def _on_sigterm():
    """Turn SIGTERM into ``Terminated`` for this run; the previous handler, or None when
    signals cannot be set here (not the main thread)."""
    import signal
    import threading
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _raise_terminated)


def _jobs(value: str) -> int:
    """``--jobs``: a count of worker processes; 0 means one per CPU this process may use."""
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes, not {value!r}") from None
    if count < 0:
        raise argparse.ArgumentTypeError("expected 0 (one per CPU) or more")
    if count == 0:
        import os
        count = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return count


def _check(args: argparse.Namespace) -> int:
    """``copydesk check``, with the cyclic garbage collector paused until the first file is
    done. Importing the checks, loading the rules and compiling their patterns create some
    40,000 objects that live to the end of the run; scanning them again and again found
    almost nothing and cost about 4% of a one-article run. After the first file they are
    frozen (``gc.freeze``: never scanned again, and shared untouched with ``--jobs``
    workers, as the gc documentation recommends before a fork) and collection resumes, so a
    batch's memory stays flat. They are handed back to the collector when the run ends."""
    import gc
    pause = gc.isenabled() and gc.get_freeze_count() == 0   # leave a caller's own freeze alone

    def file_done() -> None:
        if pause and not gc.isenabled():
            gc.freeze()
            gc.enable()

    if pause:
        gc.disable()
    try:
        return _check_files(args, file_done)
    finally:
        if pause:
            gc.unfreeze()
            gc.enable()


def _check_files(args: argparse.Namespace, file_done: Callable[[], None]) -> int:
    from .formatters import Summary, get_formatter
    from .runner import check_paths
    try:
        formatter_class = get_formatter(args.format)
    except ValueError as error:
        print(f"copydesk: error: {error}", file=sys.stderr)
        return 2
    from .arguments import make_runner
    runner = make_runner(args)
    if runner.cache and getattr(formatter_class, "needs_document", False):
        import dataclasses   # the HTML report shows each article: a stored result has no text
        runner = dataclasses.replace(runner, cache=False)
    options = _formatter_options(formatter_class, runner, args)
    progress = _progress_for(args)
    from .output_file import AtomicOutput
    sink = AtomicOutput(args.output) if args.output else None
    out = sink.handle if sink is not None else sys.stdout
    completed = False
    try:
        formatter = formatter_class(out, sys.stderr, **options)
        summary = Summary()
        formatter.start()
        stdin = None
        if "-" in args.paths:
            from .readers import read_stream
            stdin = read_stream(sys.stdin.buffer, int(runner.config_for("-").max_size_mb * 1048576))
        fail_rank = None
        input_error = False
        partial = 0
        human = hasattr(formatter, "hidden_infos")
        if args.statistics:
            if not human:
                print("copydesk: error: --statistics goes with --format text or concise", file=sys.stderr)
                return 2
            from .formatters.text import Statistics
            formatter.statistics = Statistics()
        for result in check_paths(runner, args.paths, jobs=max(1, args.jobs), stdin=stdin,
                                  keep_documents=getattr(formatter_class, "needs_document", False)):
            if fail_rank is None and not result.error:
                fail_rank = SEVERITY_RANK[runner.config_for(result.path).fail_on]
            file_done()
            input_error |= bool(result.error) and not result.skipped
            partial += result.partial
            if human:
                result, hidden = _hide_infos(result, runner, args)
                formatter.hidden_infos += hidden
            summary.add(result)
            if progress is not None:
                progress.clear()
            formatter.file(result)
            if progress is not None:
                progress.advance(len(result.findings))
        if progress is not None:
            progress.close()
        formatter.finish(summary)
        completed = True
    finally:
        if progress is not None:
            progress.close()
        if sink is not None:
            sink.close(keep=completed)
    return _exit_status(args, summary, fail_rank, input_error, partial)


def _formatter_options(formatter_class: Any, runner: Any, args: argparse.Namespace) -> dict[str, Any]:
    """What a formatter asks for besides its streams: the rules, for SARIF's tool driver and
    the HTML report."""
    if not getattr(formatter_class, "wants_rules", False):
        return {}
    from .runner import select_rules
    first = next((p for p in args.paths if p != "-"), "-")
    return {"rules": select_rules(runner.config_for(first))}


def _exit_status(args: argparse.Namespace, summary: Any, fail_rank: int | None, input_error: bool,
                 partial: int) -> int:
    """2 for a file not read or not fully checked, 1 for a finding at or above fail-on, else 0."""
    if input_error:
        return 2
    if partial and not args.allow_partial:
        print(f"copydesk: {partial} file(s) not fully checked (see the warnings above): exit status 2; "
              f"raise time-budget in the configuration, or pass --allow-partial to accept it",
              file=sys.stderr)
        return 2
    threshold = SEVERITY_RANK[args.fail_on] if args.fail_on else (fail_rank if fail_rank is not None else 1)
    worst = max((SEVERITY_RANK[s] for s, n in (("error", summary.errors), ("warning", summary.warnings),
                                                ("info", summary.infos)) if n), default=-1)
    return 1 if worst >= threshold else 0


def _hide_infos(result, runner, args: argparse.Namespace):
    """The result without its infos, and how many, when nobody asked for infos: an editor
    reading text output sees warnings and errors first (``--min-severity info`` shows all).
    An explicit ``--min-severity``/``min-severity:`` or ``--fail-on info`` keeps them."""
    config = runner.config_for(result.path)
    if config.min_severity is not None or "info" in (args.fail_on, config.fail_on):
        return result, 0
    kept = tuple(f for f in result.findings if f.severity != "info")
    if len(kept) == len(result.findings):
        return result, 0
    import dataclasses
    return dataclasses.replace(result, findings=kept), len(result.findings) - len(kept)


def _progress_for(args: argparse.Namespace):
    """A progress bar for batches on a terminal, or None (data formats, few files, no TTY)."""
    from ._progress import MIN_FILES, Progress, wanted
    from .runner import iter_article_paths
    if args.no_progress or not wanted(sys.stderr, MIN_FILES, args.format):
        return None
    total = sum(1 for _ in iter_article_paths(args.paths))
    return Progress(sys.stderr, total) if wanted(sys.stderr, total, args.format) else None
