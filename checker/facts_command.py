"""``copydesk facts``: what the extractors understood, so a finding can be explained."""
from __future__ import annotations

import argparse
import json
import sys

from .facts import Facts, UnknownExtractor, extractor_names
from .pipeline import read_options, settings
from .locales import load_locale
from .readers import InputError, read_bytes, read_path


def document_facts(document, rule_paths=(), only=(), settings=None) -> list[dict]:
    """Every fact of every (or the chosen) extractor, as contract JSON sorted by offset."""
    facts = Facts(document, load_locale(document.lang, tuple(rule_paths)), settings)
    rows = []
    for name in only or extractor_names():
        rows.extend(fact.to_json(document) for fact in facts.get(name))
    rows.sort(key=lambda row: (row.get("offset", 0), row.get("type", "")))
    return rows


def run_facts(args: argparse.Namespace) -> int:
    from .arguments import make_runner
    from .runner import iter_article_paths
    runner = make_runner(args)
    only = tuple(n for value in args.only or () for n in value.split(",") if n)
    known = extractor_names()
    for name in only:
        if name not in known:
            print(f"copydesk: error: unknown extractor {name!r}; expected one of {', '.join(known)}",
                  file=sys.stderr)
            return 2
    files, status = [], 0
    stdin = None
    if "-" in args.paths:
        from .readers import read_stream
        stdin = read_stream(sys.stdin.buffer, int(runner.config_for("-").max_size_mb * 1048576))
    for path, problem in iter_article_paths(args.paths):
        config = runner.config_for(path)
        options = read_options(config, lang=runner.lang, date=runner.date)
        try:
            if problem:
                raise InputError(problem)
            document = (read_bytes(stdin or b"", path="-", markdown=True, **options) if path == "-"
                        else read_path(path, **options))
        except InputError as error:
            print(f"{path}: error: {error}", file=sys.stderr)
            if not error.skip:
                status = 2
            continue
        try:
            rows = document_facts(document, config.rules, only, settings(config))
        except UnknownExtractor as error:
            print(f"copydesk: error: unknown extractor {error}", file=sys.stderr)
            return 2
        entry = {"path": path, "language": document.lang,
                 "date": document.date.isoformat() if document.date else None,
                 "date_source": document.date_source, "facts": rows}
        if args.format == "json":
            files.append(entry)
        else:
            from .facts_sheet import render_sheet
            print(render_sheet(entry, document))
    if args.format == "json":
        json.dump({"version": 1, "files": files}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return status
