"""Where the time goes: seconds spent in each extractor and each rule over a corpus.

    python benchmarks/rule_times.py [CORPUS]        # default ../shared/corpus

Extractors are timed on first use (their cost is charged to them, not to the rule that
asked first). Reading (decode, Markdown, sentences, dateline) is timed separately.
Figures are per run on this machine; compare them with each other, not across machines.
"""
from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import facts as facts_module  # noqa: E402
from checker.checks import load_kind  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.locales import load_locale  # noqa: E402
from checker.readers import read_path  # noqa: E402
from checker.runner import select_rules  # noqa: E402


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    files = sorted(corpus.glob("*/*.md")) + sorted(corpus.glob("*/*.txt"))
    if not files:
        sys.exit(f"no articles under {corpus}")
    rules = select_rules(Config())
    warm = {}
    for path in files:  # one article per language warms the caches (compiled patterns, locales)
        warm.setdefault(path.parent.name, path)
    for path in warm.values():
        document = read_path(path)
        facts = facts_module.Facts(document, load_locale(document.lang))
        for rule in rules:
            if rule.applies_to(document.lang):
                kind = load_kind(rule.check)
                list(kind.judge(rule, kind.collect(rule, document, facts), document))
    extractor_time: dict[str, float] = defaultdict(float)
    rule_time: dict[str, float] = defaultdict(float)
    original_get = facts_module.Facts.get

    nested: list[float] = []  # time of extractors run inside this one, charged to them only

    def timed_get(self, name):
        if name in self._cache:
            return self._cache[name]
        nested.append(0.0)
        started = time.perf_counter()
        result = original_get(self, name)
        elapsed = time.perf_counter() - started
        inner = nested.pop()
        extractor_time[name] += elapsed - inner
        if nested:
            nested[-1] += elapsed
        return result

    facts_module.Facts.get = timed_get
    read_time, words, total_started = 0.0, 0, time.perf_counter()
    for path in files:
        started = time.perf_counter()
        document = read_path(path)
        read_time += time.perf_counter() - started
        words += document.word_count
        facts = facts_module.Facts(document, load_locale(document.lang))
        for rule in rules:
            if not rule.applies_to(document.lang):
                continue
            kind = load_kind(rule.check)
            before = sum(extractor_time.values())
            started = time.perf_counter()
            list(kind.judge(rule, kind.collect(rule, document, facts), document))
            rule_time[rule.id] += time.perf_counter() - started - (sum(extractor_time.values()) - before)
    total = time.perf_counter() - total_started
    print(f"{len(files)} articles, {words} words, {total:.2f} s, {words / total:,.0f} words/s")
    print(f"  {'read (decode, markdown, sentences, dateline)':<46} {read_time:6.2f} s  {read_time / total:5.1%}")
    for name, seconds in sorted(extractor_time.items(), key=lambda x: -x[1]):
        print(f"  extractor {name:<36} {seconds:6.2f} s  {seconds / total:5.1%}")
    for name, seconds in sorted(rule_time.items(), key=lambda x: -x[1]):
        print(f"  rule {name:<41} {seconds:6.2f} s  {seconds / total:5.1%}")


if __name__ == "__main__":
    main()
