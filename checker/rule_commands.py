"""``copydesk rules``, ``explain``, ``test-rules`` and ``init``: the commands about rules and set-up."""
from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

from ._yaml import ConfigError
from .ruleset import load_rules

INIT_TEMPLATE = """\
# copydesk configuration. copydesk uses the nearest .copydesk.yaml above each article.
# Every key is optional; delete what you do not need. `copydesk rules` lists the rule ids.

# Rule ids or categories to run (default: all) and to skip. The most specific wins:
# `select: [speakers]` with `ignore: [speakers.title-changed]` runs the other speakers rules.
# select: [speakers, numbers, timeline]
# ignore: [numbers.unsourced]

# Change a rule's or a category's severity (error, warning or info).
# severity:
#   timeline.relative-unanchored: info

# Lowest severity that makes `copydesk check` exit with status 1 (CI fails).
fail-on: warning

# Lowest severity reported: `warning` hides the info notes (unsourced ordinary figures...).
# min-severity: info

# Language when an article's front matter does not say and detection is unsure (en, fr).
# lang: en

# Your own rules and locales: YAML rule files or a directory (with locales/*.yaml).
# Test their examples with `copydesk test-rules rules/`.
# rules: [copydesk-rules/]

# The house spelling of names that must always be written the same way.
# names: ["Khalil Hamdane", "Agnès Buzyn"]

# Skip files larger than this many megabytes, and give up on one file after this many seconds.
# max-size-mb: 10
# time-budget: 30
"""


def _user_paths(values) -> tuple[Path, ...]:
    return tuple(Path(p) for p in values or ())


def run_rules_command(args: argparse.Namespace) -> int:
    """``copydesk rules``: the rule list as text, JSON or the Markdown reference."""
    rules = load_rules(_user_paths(args.rules))
    if args.format == "markdown":
        from .rule_docs import rules_markdown
        text = rules_markdown(rules)
        if args.output:
            Path(args.output).parent.mkdir(parents=True, exist_ok=True)
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    if args.format == "json":
        text = json.dumps([{"id": r.id, "check": r.check, "severity": r.severity, "category": r.category,
                            "scope": r.scope, "languages": list(r.languages), "description": r.description,
                            "why": r.why, "examples": _plain(r.examples), "source": r.source}
                           for r in rules], ensure_ascii=False, indent=2) + "\n"
    else:
        width = max((len(r.id) for r in rules), default=10)
        text = "".join(f"{r.id:<{width}}  {r.severity:<7}  {','.join(r.languages) or 'all':<6}  "
                       f"{r.description}\n" for r in rules)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _plain(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "items"):
        return {str(k): _plain(v) for k, v in value.items()}
    return [_plain(v) for v in value]


def run_explain(args: argparse.Namespace) -> int:
    """``copydesk explain RULE``: what the rule finds, why, and its examples."""
    from .rule_docs import rule_plain
    rules = load_rules(_user_paths(args.rules))
    by_id = {rule.id: rule for rule in rules}
    if args.rule not in by_id:
        close = difflib.get_close_matches(args.rule, list(by_id), n=3, cutoff=0.6)
        category = [r for r in by_id if r.startswith(args.rule + ".")]
        hint = (f"; rules in {args.rule}: {', '.join(category)}" if category else
                f"; did you mean {', '.join(close)}?" if close else
                "; `copydesk rules` lists them")
        print(f"copydesk: error: no rule {args.rule!r}{hint}", file=sys.stderr)
        return 2
    sys.stdout.write(rule_plain(by_id[args.rule]))
    return 0


def run_test_rules(args: argparse.Namespace) -> int:
    """``copydesk test-rules [PATH]``: run the examples of the built-in or the user's rules.

    Exit status 1 when an example fails (or, with ``--strict``, when a rule has none).
    """
    from .locales import available_languages
    from .rule_examples import missing_examples, run_examples
    from .ruleset import load_rule_file, rule_files
    paths = _user_paths(args.paths)
    if paths:
        rules = [rule for path in paths for file in rule_files(path) for rule in load_rule_file(file)]
        if not rules:
            raise ConfigError(f"{', '.join(map(str, paths))}: no rules found (rule files are *.yaml with 'rules:')")
    else:
        rules = list(load_rules(()))
    failures = passed = 0
    for result in run_examples(rules, paths):
        if result.passed:
            passed += 1
            continue
        failures += 1
        first_line = _first_prose_line(result.snippet)
        print(f"{result.source}: {result.rule}: {result.lang} {result.kind} example "
              f"#{result.index} {result.problem}\n    {first_line[:100]}", file=sys.stdout)
    missing = missing_examples(rules, available_languages(paths))
    for line in missing:
        print(f"{'error' if args.strict else 'note'}: {line}", file=sys.stdout)
    print(f"{passed} passed, {failures} failed ({len(rules)} rules"
          + (f", {len(missing)} missing examples)" if missing else ")"), file=sys.stdout)
    return 1 if failures or (args.strict and missing) else 0


def _first_prose_line(snippet: str) -> str:
    """The snippet's first line after any front matter, to show which example failed."""
    from .readers.frontmatter import split_front_matter
    try:
        _, start = split_front_matter(snippet, "example.md")
    except Exception:  # a broken front matter is shown as it is
        start = 0
    lines = [line for line in snippet[start:].splitlines() if line.strip()]
    return lines[0] if lines else snippet.strip()


def run_init(args: argparse.Namespace) -> int:
    """``copydesk init``: write a commented .copydesk.yaml to start from."""
    target = Path(args.directory) / ".copydesk.yaml"
    if target.exists() and not args.force:
        print(f"copydesk: error: {target} already exists; use --force to overwrite it", file=sys.stderr)
        return 2
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(INIT_TEMPLATE, encoding="utf-8")
    print(f"Wrote {target}. Edit it, then run: copydesk check .")
    return 0
