"""The command line's options turned into a ``Runner``, for ``check`` and ``facts`` alike
(kept apart from ``cli`` so that ``facts_command`` does not import the command line)."""
from __future__ import annotations

import argparse
from typing import Sequence

from .runner import Runner


def _csv(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for value in values or () for v in value.split(",") if v.strip())


def _encoding(value: str | None) -> str | None:
    if value is None:
        return None
    from .config import check_encoding
    return check_encoding(value, "--encoding")


def make_runner(args: argparse.Namespace) -> Runner:
    """The runner the options ask for: selection, rules, thresholds, size, encoding, date, language."""
    overrides = {"select": _csv(getattr(args, "select", None)), "ignore": _csv(getattr(args, "ignore", None)),
                 "rules": tuple(args.rules or ()), "fail_on": getattr(args, "fail_on", None),
                 "min_severity": getattr(args, "min_severity", None),
                 "max_size_mb": args.max_size, "encoding": _encoding(getattr(args, "encoding", None))}
    return Runner(overrides=tuple(overrides.items()), config_path=args.config, date=args.date,
                  lang=args.lang.lower() if args.lang else None, cache=bool(getattr(args, "cache", False)))
