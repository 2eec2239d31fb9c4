"""The engine: run the selected rules over one document and collect their findings.

Each rule runs its kind's ``collect`` then ``judge`` against a per-document ``Facts``
cache; findings are sorted by (offset, rule) so output never depends on rule order. A
rule that fails or runs out of time is reported as a warning for that file and the
other rules still run.

The per-file time budget is enforced between rules, and, in the main thread of a POSIX
process (the command line and its ``--jobs`` workers), also inside a rule by an interval
timer: a rule that would run for minutes on a pathological file is stopped at the budget.
"""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import signal
import threading
import time
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .checks import load_kind
from .document import Document
from .facts import Facts
from .findings import Finding
from .locales import load_locale
from .rule import Rule
from .selection import matches


@dataclass(frozen=True)
class FileResult:
    """What checking one file produced (findings, or the reason it was not checked)."""

    path: str
    language: str | None = None
    findings: tuple[Finding, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None
    skipped: bool = False
    # Some rules did not run on this file (time budget used up, a rule failed): the
    # command line exits 2 for it unless --allow-partial.
    partial: bool = False
    date: str | None = None
    date_source: str | None = None
    words: int = 0
    # The checked document, for formatters that show the article (HTML report); None when
    # the file could not be read. Not part of equality or repr: results compare by findings.
    document: Document | None = dataclasses.field(default=None, repr=False, compare=False)


def _ignored(document: Document) -> tuple[str, ...]:
    """The selectors of the front matter's ``copydesk: {ignore: ...}``."""
    own = document.metadata.get("copydesk") if document.metadata else None
    if isinstance(own, Mapping):
        value = own.get("ignore") or ()
        return (value,) if isinstance(value, str) else tuple(str(v) for v in value)
    return ()


def _unsuppressed(findings: list[Finding], document: Document) -> list[Finding]:
    """The findings no front matter ``ignore`` and no suppression comment mutes.

    The front matter is read once per document, not once per finding, and only when there
    is a finding (as before: a malformed ``ignore`` fails only a story with findings)."""
    if not findings:
        return findings
    ignore = _ignored(document)
    regions = document.suppressed
    if not ignore and not regions:
        return findings
    return [f for f in findings
            if not any(matches(selector, f.rule) for selector in ignore)
            and not any(matches(selector, f.rule) and span.start <= f.offset < span.end
                        for selector, span in regions)]


# A kind module per rule per file through importlib is 2% of a run; the modules never change.
_kind = functools.lru_cache(maxsize=None)(load_kind)


class _OutOfTime(BaseException):
    """Raised inside a rule when the file's time budget runs out (not an ``Exception``, so
    a check's own ``except Exception`` cannot swallow it)."""


def _on_alarm(_signum, _frame) -> None:
    raise _OutOfTime()


# The C functions under signal.getsignal and signal.signal: the same handlers without the
# enum conversions around them (4.6 -> 0.4 µs a swap, twice per file).
try:
    from _signal import getsignal as _get_handler, signal as _set_handler
except ImportError:   # an implementation without CPython's _signal
    _get_handler, _set_handler = signal.getsignal, signal.signal


@contextlib.contextmanager
def _deadline(seconds: float | None):
    """Interrupt the block after ``seconds`` when a timer can be used safely, else do nothing."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread()
              and _get_handler(signal.SIGALRM) in (signal.SIG_DFL, None)
              and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))
    if not usable:
        yield
        return
    previous = _set_handler(signal.SIGALRM, _on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _set_handler(signal.SIGALRM, previous)


def run_rules(document: Document, rules: Iterable[Rule], *, settings: Mapping[str, Any] | None = None,
              rule_paths: Iterable[Any] = (), time_budget: float | None = None) -> FileResult:
    """Check one document with the given rules.

    Args:
        document: the article.
        rules: the rules to run (already selected); those not for its language are skipped.
        settings: configuration values checks may read (e.g. ``names``).
        rule_paths: user rule paths (for user locale files).
        time_budget: seconds after which the remaining rules are skipped with a warning.
    """
    locale = load_locale(document.lang, tuple(rule_paths))
    # rule_paths lets a check know every rule id of the run (copydesk.unknown-suppression).
    facts = Facts(document, locale, {**(settings or {}), "rule_paths": tuple(rule_paths)})
    findings: list[Finding] = []
    warnings: list[str] = []
    started = time.perf_counter()
    ordered = sorted(rules, key=lambda r: r.id)
    current = None
    partial = False
    try:
        with _deadline(time_budget):
            for current in ordered:
                rule = current
                if not rule.applies_to(document.lang):
                    continue
                if time_budget and time.perf_counter() - started > time_budget:
                    raise _OutOfTime()
                kind = _kind(rule.check)
                try:
                    evidence = kind.collect(rule, document, facts)
                    findings.extend(kind.judge(rule, evidence, document))
                except RecursionError:
                    partial = True
                    warnings.append(f"rule {rule.id} gave up on this file (input nested too deeply)")
                except Exception as error:  # a bug in one rule must not hide the others' findings
                    partial = True
                    warnings.append(f"rule {rule.id} failed on this file ({type(error).__name__}: "
                                    f"{error}); please report it")
    except _OutOfTime:
        partial = True
        warnings.append(f"time budget of {time_budget:g} s used up; rules from {current.id} on "
                        f"were not run (raise time-budget in the configuration)")
    warnings.extend(facts.warnings)
    kept = sorted(_unsuppressed(findings, document), key=Finding.sort_key)
    unique: list[Finding] = []
    for finding in kept:
        if not unique or unique[-1] != finding:
            unique.append(finding)
    return FileResult(path=document.path, language=document.lang, findings=tuple(unique),
                      warnings=tuple(dict.fromkeys(warnings)), partial=partial,
                      date=document.date.isoformat() if document.date else None,
                      date_source=document.date_source, words=document.word_count,
                      document=document)


def with_severity(rule: Rule, severity: str) -> Rule:
    return rule if rule.severity == severity else dataclasses.replace(rule, severity=severity)
