"""Speed benchmark: copydesk against proselint and a bare regex pass, on the same files.

Usage::

    python benchmarks/speed.py [CORPUS] [--min-words N] [--runs N] [--profile FILE]

CORPUS defaults to ``../shared/corpus`` relative to the repository; its ``*/*.md``
articles (``en/``, ``fr/``) are copied into a temporary directory as many times as it
takes to reach ``--min-words`` (default one million) words. Words are counted once, the
same way for every tool: ``len(regex.findall(r"\\w+", text))`` over each file's text.

Every measurement runs in a fresh Python process (``python speed.py --worker ...``), so
imports, rule loading and pattern compilation are paid as a user pays them, and each
process's peak memory (``resource.getrusage``: ``ru_maxrss`` of the process and of its
worker processes) is its own:

``copydesk``
    the real command line, in-process: ``checker.cli.main(["check", DIR, "--format",
    "jsonl", "-o", os.devnull, "--jobs", N])``, every built-in rule on. JSONL streams, so
    peak memory must not grow with the number of files; it is measured on one copy of the
    corpus and on all the copies.
``proselint``
    its Python API, the way its own command line does it: register the built-in checks
    once (``CheckRegistry().register_many(__register__)``), then for each file
    ``LintFile(path, text).lint(DEFAULT)`` with the default configuration (all default
    checks, default ``max_errors``). Files are read by the worker, as copydesk reads them.
``regex floor``
    read and decode each file, ``regex.findall(r"\\w+", text)``: no checker written in
    Python with regexes can go faster than one pass of its own over the text.

``copydesk --cache`` (reference only, never in the ratios): the same files checked with
    ``--cache`` twice against a fresh cache directory, to show what a re-run of an unchanged
    archive costs.

Then the wall time of ``python -m checker check ARTICLE`` on one median-sized article
(median of ``--runs`` runs, default 7) next to the wall time of ``python -c pass``.

``--profile FILE`` also writes a cProfile of one process checking all the copies and
prints where the time goes (reading, each extractor, each rule).

Ratios are printed as well as absolute figures: these machines are noisy.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORD = r"\w+"

TARGET_PROSELINT = 5.0     # copydesk words/s over proselint words/s, one process
AIM_PROSELINT = 10.0
TARGET_JOBS = 1.7          # --jobs 2 over one process
TARGET_CLI_SECONDS = 0.3   # one article from the command line, wall


def _articles(corpus: Path) -> list[Path]:
    """The articles: ``<lang>/*.md`` (not ``licenses/`` or ``annotated/``)."""
    return sorted(p for p in corpus.glob("*/*.md")
                  if p.is_file() and p.parent.name not in ("licenses", "annotated"))


def _words(text: str) -> int:
    import regex
    return len(regex.findall(WORD, text))


def _cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children (worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB (Linux: KB units)."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / scale / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / scale / 1024
    return own, children


# --- workers: each runs in its own process and prints one JSON line ---------------------

def _worker_copydesk(directory: str, jobs: int, *flags: str) -> dict:
    sys.path.insert(0, str(REPO))
    started = time.perf_counter()
    from checker.cli import main
    status = main(["check", directory, "--format", "jsonl", "-o", os.devnull, "--jobs", str(jobs), *flags])
    seconds = time.perf_counter() - started
    own, children = _peak_mb()
    return {"seconds": seconds, "cpu": _cpu_seconds(), "status": status, "peak_mb": own,
            "workers_peak_mb": children}


def _worker_proselint(directory: str) -> dict:
    started = time.perf_counter()
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile
    CheckRegistry().register_many(__register__)
    results = 0
    for path in sorted(Path(directory).rglob("*.md")):
        text = path.read_bytes().decode("utf-8")
        results += len(LintFile(str(path), text).lint(DEFAULT))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu": _cpu_seconds(), "results": results, "peak_mb": _peak_mb()[0]}


def _worker_regex(directory: str) -> dict:
    started = time.perf_counter()
    import regex
    pattern = regex.compile(WORD)
    words = 0
    for path in sorted(Path(directory).rglob("*.md")):
        words += len(pattern.findall(path.read_bytes().decode("utf-8")))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu": _cpu_seconds(), "words": words, "peak_mb": _peak_mb()[0]}


def _run_worker(*args: str, env: dict[str, str] | None = None) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env)
    if done.returncode != 0:
        raise SystemExit(f"worker {' '.join(args)} failed:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result.get("status", 0) not in (0, 1):     # the corpus has no unreadable file
        raise SystemExit(f"copydesk exited {result['status']} on {args[1]}:\n{done.stderr[-3000:]}")
    return result


# --- the run ------------------------------------------------------------------------------

def _copies(articles: list[Path], root: Path, copies: int) -> Path:
    """``root/copyNN/<lang>/<name>.md`` for NN < copies; returns root."""
    for n in range(copies):
        for article in articles:
            target = root / f"copy{n:02d}" / article.parent.name / article.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(article, target)
    return root


def _cli_wall(article: Path, runs: int) -> dict[str, float]:
    """Median wall seconds of ``python -m checker check ARTICLE`` and of ``python -c pass``.

    Measured twice: with this shell's environment as it is (here PYTHONDONTWRITEBYTECODE=1,
    so every module of copydesk is compiled from source on every run), and as a user with
    an installed copydesk runs it, with bytecode (``pip install`` writes ``.pyc`` files; here
    they go to a temporary PYTHONPYCACHEPREFIX, written by one run first). The per-user
    caches (compiled patterns, locale data in ~/.cache/copydesk) are warm in both, as they
    are from a user's second run on.
    """
    def median(command: list[str], env: dict[str, str]) -> float:
        subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - started)
        return statistics.median(times)
    check = [sys.executable, "-m", "checker", "check", str(article)]
    bare = [sys.executable, "-c", "pass"]
    as_is = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="copydesk-pyc-") as prefix:
        installed = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        installed["PYTHONPYCACHEPREFIX"] = prefix
        return {"source": median(check, as_is), "bytecode": median(check, installed),
                "python": median(bare, installed)}


def _profile(directory: Path, output: str) -> None:
    """cProfile one process over ``directory``; print time per phase, extractor and rule."""
    import cProfile
    import pstats
    sys.path.insert(0, str(REPO))
    from checker.runner import Runner, check_paths
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in check_paths(Runner(), [str(directory)]):
        pass
    profiler.disable()
    profiler.dump_stats(output)
    stats = pstats.Stats(output)
    total = max(stats.total_tt, 1e-9)
    print(f"\nprofile ({output}, {total:.1f} s under cProfile): cumulative share by entry point")
    rows = []
    for (filename, line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():
        short = filename.replace(str(REPO) + os.sep, "")
        if ((short.startswith("checker/extractors/") and name == "extract" and not Path(short).name.startswith("_"))
                or (short.startswith("checker/checks/") and name in ("collect", "judge"))
                or (short.startswith("checker/readers/") and name in ("read_path",))
                or (short == "checker/engine.py" and name == "run_rules")):
            rows.append((cumulative, f"{short}:{name}"))
    for cumulative, where in sorted(rows, reverse=True)[:25]:
        print(f"  {cumulative:7.2f} s {100 * cumulative / total:5.1f}%  {where}")
    print("  (collect includes the extractors it triggers first; extract includes those it asks for)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--min-words", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7, help="runs of the single-article command")
    parser.add_argument("--profile", metavar="FILE", help="also write a cProfile of one process")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        kind, directory, *rest = args.worker
        result = {"copydesk": lambda: _worker_copydesk(directory, int(rest[0]), *("--" + flag for flag in rest[1:])),
                  "proselint": lambda: _worker_proselint(directory),
                  "regex": lambda: _worker_regex(directory)}[kind]()
        print(json.dumps(result))
        return 0

    corpus = Path(args.corpus)
    articles = _articles(corpus)
    if not articles:
        print(f"no articles (*/*.md) under {corpus}", file=sys.stderr)
        return 2
    texts = [a.read_bytes().decode("utf-8") for a in articles]
    corpus_words = sum(_words(t) for t in texts)
    copies = max(1, -(-args.min_words // corpus_words))
    words = corpus_words * copies
    cpus = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    print(f"corpus: {len(articles)} articles, {corpus_words:,} words; x{copies} copies = "
          f"{len(articles) * copies:,} files, {words:,} words (words = regex.findall(r'\\w+'))")
    print(f"machine: {cpus} CPUs ({usable} usable), Python {sys.version.split()[0]}, load average "
          f"{os.getloadavg()[0]:.2f} at start (other processes make wall-clock ratios noisy)")

    with tempfile.TemporaryDirectory(prefix="copydesk-speed-") as tmp:
        one = _copies(articles, Path(tmp) / "one", 1)
        many = _copies(articles, Path(tmp) / "many", copies)
        floor = _run_worker("regex", str(many))
        jobs1 = _run_worker("copydesk", str(many), "1")
        jobs2 = _run_worker("copydesk", str(many), "2")
        small = _run_worker("copydesk", str(one), "1")
        # --cache (opt-in, not in the figures above): a first run stores, a re-run of the
        # unchanged files reads; a cache of its own, so no earlier run can help
        cache_env = {**os.environ, "XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        cache_env.pop("COPYDESK_CACHE", None)
        _run_worker("copydesk", str(one), "1", env=cache_env)   # compiled patterns, parsed rules
        stored = _run_worker("copydesk", str(many), "1", "cache", env=cache_env)
        reread = _run_worker("copydesk", str(many), "1", "cache", env=cache_env)
        try:
            import proselint  # noqa: F401
            prose = _run_worker("proselint", str(many))
        except ImportError:
            prose = None
        if args.profile:
            _profile(many, args.profile)

    median_article = sorted(articles, key=lambda a: a.stat().st_size)[len(articles) // 2]
    cli = _cli_wall(median_article, args.runs)

    def rate(result: dict) -> float:
        return words / result["seconds"]

    def row(name: str, result: dict, note: str = "") -> None:
        print(f"{name:24}{result['seconds']:9.2f}{rate(result):12,.0f}{result['cpu']:9.2f}"
              f"{words / result['cpu']:14,.0f}{max(result['peak_mb'], result.get('workers_peak_mb', 0)):9.0f}{note}")

    print()
    print(f"{'':24}{'wall s':>9}{'words/s':>12}{'CPU s':>9}{'words/CPU s':>14}{'peak MB':>9}")
    row("regex.findall floor", floor)
    if prose:
        row("proselint (1 process)", prose)
    else:
        print("proselint: not installed (pip install proselint)")
    row("copydesk --jobs 1", jobs1)
    row("copydesk --jobs 2", jobs2, "  (CPU: parent + workers; MB: the largest)")
    print()
    print(f"memory, copydesk --jobs 1: {small['peak_mb']:.0f} MB peak on {len(articles)} files, "
          f"{jobs1['peak_mb']:.0f} MB on {len(articles) * copies:,} files "
          f"(x{jobs1['peak_mb'] / small['peak_mb']:.2f} for x{copies} files)")
    print(f"--cache (not used above): first run, storing: {stored['seconds']:.2f} s; re-run, no file "
          f"changed: {reread['seconds']:.2f} s ({jobs1['seconds'] / reread['seconds']:.1f}x faster than "
          f"checking them)")
    print(f"single article from the command line ({median_article.parent.name}/{median_article.name}, "
          f"{_words(median_article.read_text(encoding='utf-8')):,} words), wall, median of {args.runs}:\n"
          f"  with bytecode, as installed: {cli['bytecode']:.3f} s; from source "
          f"(PYTHONDONTWRITEBYTECODE as set here): {cli['source']:.3f} s; python -c pass: {cli['python']:.3f} s; "
          f"copydesk's own share: {cli['bytecode'] - cli['python']:.3f} s")
    print()
    checks = []
    if prose:
        ratio = rate(jobs1) / rate(prose)
        checks.append((f"copydesk / proselint words/s (1 process): {ratio:.2f}x",
                       ratio >= TARGET_PROSELINT, f">= {TARGET_PROSELINT:g}x, aim {AIM_PROSELINT:g}x"))
        cpu_ratio = prose["cpu"] / jobs1["cpu"]
        checks.append((f"  same, per CPU second (less noisy): {cpu_ratio:.2f}x",
                       cpu_ratio >= TARGET_PROSELINT, f">= {TARGET_PROSELINT:g}x"))
    ratio = rate(jobs2) / rate(jobs1)
    checks.append((f"--jobs 2 / --jobs 1: {ratio:.2f}x", ratio >= TARGET_JOBS, f">= {TARGET_JOBS:g}x"))
    checks.append((f"copydesk / regex floor: {rate(jobs1) / rate(floor):.4f} "
                   f"(floor is {rate(floor) / rate(jobs1):.0f}x faster)", None, "reference"))
    checks.append((f"memory x{copies} files / x1: {jobs1['peak_mb'] / small['peak_mb']:.2f}",
                   jobs1["peak_mb"] <= small["peak_mb"] * 1.25, "flat (<= 1.25)"))
    checks.append((f"single article CLI: {cli['bytecode']:.3f} s", cli["bytecode"] < TARGET_CLI_SECONDS,
                   f"< {TARGET_CLI_SECONDS:g} s"))
    checks.append((f"  same, over python -c pass: {cli['bytecode'] / cli['python']:.1f}x", None, "reference"))
    for text, ok, target in checks:
        verdict = "" if ok is None else ("MET" if ok else "MISSED")
        print(f"  {text:58} target {target:22} {verdict}")
    if jobs2["status"] != jobs1["status"]:
        print(f"warning: copydesk exit statuses {jobs1['status']} / {jobs2['status']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
