"""The ``copydesk`` command line: check, facts, rules.

Exit status: 0 no finding at or above ``--fail-on``; 1 findings; 2 usage, configuration,
rule or input errors (with a message on stderr, never a traceback).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import sys
from typing import Sequence

from ._yaml import ConfigError
from .findings import SEVERITIES, SEVERITY_RANK


def _csv(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for value in values or () for v in value.split(",") if v.strip())


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


def build_parser() -> argparse.ArgumentParser:
    from . import __version__
    parser = argparse.ArgumentParser(prog="copydesk", description="Claim-consistency checks for news copy: "
                                     "speakers, numbers and dates that must agree.")
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check articles and report findings")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (.md, .txt), or - for stdin")
    check.add_argument("--format", default="text", help="text (default), json")
    check.add_argument("--select", action="append", metavar="IDS", help="rule ids or prefixes to run (comma-separated)")
    check.add_argument("--ignore", action="append", metavar="IDS", help="rule ids or prefixes to skip")
    check.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that makes the exit status 1 (default warning)")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                       help="check files in N worker processes (output is the same as with 1)")
    _common(check)

    facts = commands.add_parser("facts", help="show what copydesk understood: people, quotes, figures, dates")
    facts.add_argument("paths", nargs="+", metavar="PATH")
    facts.add_argument("--format", choices=("text", "json"), default="text")
    facts.add_argument("--only", action="append", metavar="EXTRACTOR", help="only these extractors")
    _common(facts)

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--rules", action="append", metavar="PATH", help="extra rule file or directory")
    return parser


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
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "facts":
            from .facts_command import run_facts
            return run_facts(args)
        if args.command == "rules":
            return _rules(args)
    except ConfigError as error:
        print(f"copydesk: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
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
    return 2


def make_runner(args: argparse.Namespace):
    from .runner import Runner
    overrides = {"select": _csv(getattr(args, "select", None)), "ignore": _csv(getattr(args, "ignore", None)),
                 "rules": tuple(args.rules or ()), "fail_on": getattr(args, "fail_on", None),
                 "max_size_mb": args.max_size}
    return Runner(overrides=tuple(overrides.items()), config_path=args.config, date=args.date,
                  lang=args.lang.lower() if args.lang else None)


def _check(args: argparse.Namespace) -> int:
    from .formatters import Summary, get_formatter
    from .runner import check_paths
    try:
        formatter_class = get_formatter(args.format)
    except ValueError as error:
        print(f"copydesk: error: {error}", file=sys.stderr)
        return 2
    runner = make_runner(args)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        formatter = formatter_class(out, sys.stderr)
        summary = Summary()
        formatter.start()
        stdin = sys.stdin.buffer.read() if "-" in args.paths else None
        fail_rank = None
        input_error = False
        for result in check_paths(runner, args.paths, jobs=max(1, args.jobs), stdin=stdin,
                                  keep_documents=getattr(formatter_class, "needs_document", False)):
            if fail_rank is None and not result.error:
                fail_rank = SEVERITY_RANK[runner.config_for(result.path).fail_on]
            input_error |= bool(result.error) and not result.skipped
            summary.add(result)
            formatter.file(result)
        formatter.finish(summary)
    finally:
        if args.output:
            out.close()
    if input_error:
        return 2
    threshold = SEVERITY_RANK[args.fail_on] if args.fail_on else (fail_rank if fail_rank is not None else 1)
    worst = max((SEVERITY_RANK[s] for s, n in (("error", summary.errors), ("warning", summary.warnings),
                                                ("info", summary.infos)) if n), default=-1)
    return 1 if worst >= threshold else 0


def _rules(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path
    from .ruleset import load_rules
    rules = load_rules(tuple(Path(p) for p in args.rules or ()))
    if args.format == "json":
        print(json.dumps([{"id": r.id, "check": r.check, "severity": r.severity, "category": r.category,
                           "scope": r.scope, "languages": list(r.languages), "description": r.description,
                           "source": r.source} for r in rules], ensure_ascii=False, indent=2))
        return 0
    width = max((len(r.id) for r in rules), default=10)
    for rule in rules:
        langs = ",".join(rule.languages) or "all"
        print(f"{rule.id:<{width}}  {rule.severity:<7}  {langs:<6}  {rule.description}")
    return 0
