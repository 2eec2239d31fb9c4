"""copydesk: claim-consistency checks for news copy.

Python API (for CMS hooks and notebooks)::

    from checker import check_text, check_path
    for finding in check_text(story, path="story.md", lang="fr"):
        print(finding.line, finding.rule, finding.message)
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Iterable

from .findings import Finding, Related

__version__ = "0.1.0"
__all__ = ["check_text", "check_path", "Finding", "Related", "__version__"]


def check_text(text: str, *, path: str = "story.md", lang: str | None = None,
               date: _dt.date | None = None, select: Iterable[str] = (), ignore: Iterable[str] = (),
               rules: Iterable[str | Path] = ()) -> list[Finding]:
    """Check an article given as text; returns its findings sorted by position.

    Args:
        text: the article (Markdown when ``path`` ends in .md, else plain text).
        path: shown in findings; picks the reader.
        lang: force the language; default front matter ``lang``, then detection.
        date: publication date when the article gives none.
        select / ignore: rule ids or prefixes, as on the command line.
        rules: extra rule files or directories.
    Raises:
        checker.readers.InputError: text that cannot be read (empty, front matter broken).
        checker._yaml.ConfigError: a bad rule file or selector.
    """
    from .config import Config
    from .engine import run_rules
    from .readers import read_text
    from .runner import select_rules
    config = Config(select=tuple(select), ignore=tuple(ignore), rules=tuple(Path(r) for r in rules))
    document = read_text(text, path=path, lang=lang, date=date, rule_paths=config.rules)
    result = run_rules(document, select_rules(config), rule_paths=config.rules)
    return list(result.findings)


def check_path(path: str | Path, *, lang: str | None = None, date: _dt.date | None = None,
               select: Iterable[str] = (), ignore: Iterable[str] = (),
               rules: Iterable[str | Path] = ()) -> list[Finding]:
    """Check one file with the configuration found for it; returns its findings.

    Raises ``checker.readers.InputError`` when the file cannot be read.
    """
    from .readers import InputError
    from .runner import Runner
    overrides = (("select", tuple(select)), ("ignore", tuple(ignore)), ("rules", tuple(rules)))
    result = Runner(overrides=overrides, date=date, lang=lang).check_path(str(path))
    if result.error and not result.skipped:
        raise InputError(result.error)
    return list(result.findings)
