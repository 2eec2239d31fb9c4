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


def _names(value: str | Iterable[str]) -> tuple[str, ...]:
    """A selector given as one string ("speakers,numbers") or as a sequence of them."""
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    return tuple(value)


def _paths(value: str | Path | Iterable[str | Path]) -> tuple[Path, ...]:
    if isinstance(value, (str, Path)):
        return (Path(value),)
    return tuple(Path(p) for p in value)


def _date(value: _dt.date | str | None) -> _dt.date | None:
    """A date, or an ISO string ("2024-03-01"); ValueError naming the value otherwise."""
    if value is None or (isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)):
        return value
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"date must be a datetime.date or an ISO date such as 2024-03-01, not {value!r}")


def check_text(text: str, *, path: str = "story.md", lang: str | None = None,
               date: _dt.date | str | None = None, select: str | Iterable[str] = (),
               ignore: str | Iterable[str] = (),
               rules: str | Path | Iterable[str | Path] = ()) -> list[Finding]:
    """Check an article given as text; returns its findings sorted by position.

    Args:
        text: the article (Markdown when ``path`` ends in .md, else plain text).
        path: shown in findings; picks the reader.
        lang: force the language; default front matter ``lang``, then detection.
        date: publication date when the article gives none (a date or "2024-03-01").
        select / ignore: rule ids or prefixes, as on the command line: one string
            ("speakers,numbers") or a sequence of them.
        rules: extra rule files or directories (one path or several).
    Raises:
        checker.readers.InputError: text that cannot be read (empty or blank, front matter
            broken).
        checker._yaml.ConfigError: a bad rule file or selector.
        ValueError: a date that is neither a date nor an ISO date string.
    """
    from .config import Config
    from .pipeline import check_document, text_options
    from .readers import InputError, read_text
    if not text.strip():
        raise InputError("empty text, nothing to check", skip=True)
    config = Config(select=_names(select), ignore=_names(ignore), rules=_paths(rules))
    document = read_text(text, path=path, **text_options(config, lang=lang, date=_date(date)))
    return list(check_document(document, config).findings)


def check_path(path: str | Path, *, lang: str | None = None, date: _dt.date | str | None = None,
               select: str | Iterable[str] = (), ignore: str | Iterable[str] = (),
               rules: str | Path | Iterable[str | Path] = ()) -> list[Finding]:
    """Check one file with the configuration found for it; returns its findings.

    Raises ``checker.readers.InputError`` when the file cannot be read.
    """
    from .readers import InputError
    from .runner import Runner
    overrides = (("select", _names(select)), ("ignore", _names(ignore)), ("rules", _paths(rules)))
    result = Runner(overrides=overrides, date=_date(date), lang=lang).check_path(str(path))
    if result.error and not result.skipped:
        raise InputError(result.error)
    return list(result.findings)
