"""Fault injection for the timeline checks, and their noise on unmodified articles.

Usage: python benchmarks/timeline_faults.py [CORPUS]   (default: ../shared/corpus)

For every article of CORPUS/en and CORPUS/fr that has a publication date, copies are
modified in memory, one fault per copy, and checked with the ``timeline`` rules:

- weekday: a written weekday beside a date is replaced by the next day's name, or (for
  dates written without one) a wrong weekday is put in front of the date;
- impossible: a day-month date becomes impossible (day 31 in a 30-day month, or
  "February 30" for 31-day months);
- since: a year after "since"/"depuis" is moved three years past the publication date.

A fault counts as caught when the expected rule reports a finding overlapping the edit.
The unmodified corpus gives the noise figure: warnings and errors per 10,000 words.
Targets: ≥95% caught, ≤1 warning per 10,000 words. Nothing is written to disk.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import babel.dates  # noqa: E402
import regex  # noqa: E402

from checker import check_text  # noqa: E402
from checker.checks._timeline import preceded_by  # noqa: E402
from checker.extractors._time_values import days_in_month  # noqa: E402
from checker.facts import Facts  # noqa: E402
from checker.locales import load_locale  # noqa: E402
from checker.readers import read_text  # noqa: E402

_DAY = regex.compile(r"(?<!\d)([0-3]?\d)(?!\d)")


def weekday_name(weekday: int, lang: str, capital: bool) -> str:
    name = babel.dates.get_day_names("wide", locale=lang)[weekday]
    return name[:1].upper() + name[1:] if capital else name


def month_name(month: int, lang: str) -> str:
    return babel.dates.get_month_names("wide", locale=lang)[month]


def faults(text: str, path: str):
    """Yield (kind, expected rule, modified text, (start, end) of the edit)."""
    document = read_text(text, path=path)
    if document.date is None:
        return
    lang = document.lang
    facts = Facts(document, load_locale(lang))
    capital = lang == "en"
    for fact in facts.get("times"):
        start, end = fact.span.start, fact.span.end
        piece = text[start:end]
        if fact.form == "date" and fact.date is not None:
            # weekday
            if fact.weekday is not None:
                wrong = weekday_name((fact.weekday + 1) % 7, lang, piece[:1].isupper())
                match = regex.search(r"\p{L}+", piece)
                if match:
                    new = piece[:match.start()] + wrong + piece[match.end():]
                    yield ("weekday", "timeline.weekday-mismatch",
                           text[:start] + new + text[end:], (start, start + len(new)))
            else:
                wrong = weekday_name((fact.date.weekday() + 2) % 7, lang, capital)
                insert = wrong + (", " if lang == "en" else " ")
                yield ("weekday", "timeline.weekday-mismatch",
                       text[:start] + insert + text[start:], (start, end + len(insert)))
            # impossible date
            match = _DAY.search(piece)
            if match and fact.month:
                year = fact.year if fact.year_given else None
                if days_in_month(year, fact.month) < 31:
                    new = piece[:match.start()] + "31" + piece[match.end():]
                else:
                    new = None
                    for name in sorted(load_locale(lang).months, key=len, reverse=True):
                        if load_locale(lang).months[name] != fact.month:
                            continue
                        found = regex.search(r"(?i)" + regex.escape(name), _fold_text(piece))
                        if found:
                            new = (piece[:found.start()] + month_name(2, lang) +
                                   piece[found.end():])
                            day = _DAY.search(new)
                            new = new[:day.start()] + "30" + new[day.end():]
                            break
                if new:
                    yield ("impossible", "timeline.impossible-date",
                           text[:start] + new + text[end:], (start, start + len(new)))
        # since-year
        if fact.form == "year" and preceded_by(document, facts, "since", start):
            new = str(document.date.year + 3)
            yield ("since", "timeline.after-publication", text[:start] + new + text[end:],
                   (start, start + len(new)))


def _fold_text(text: str) -> str:
    """Lower-case with accents removed, same length (names are looked up folded)."""
    import unicodedata
    return "".join((unicodedata.normalize("NFKD", c.casefold())[:1] or c) for c in text)


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "corpus"
    paths = sorted(p for lang in ("en", "fr") for p in (corpus / lang).glob("*.md"))
    if not paths:
        print(f"no articles under {corpus}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    words = noisy = 0
    by_rule: Counter = Counter()
    tried: Counter = Counter()
    caught: Counter = Counter()
    missed_examples: dict[str, list[str]] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        document = read_text(text, path=str(path))
        words += document.word_count
        for finding in check_text(text, path=str(path), select=["timeline"]):
            if finding.severity in ("warning", "error"):
                noisy += 1
                by_rule[finding.rule] += 1
        for kind, rule, modified, (low, high) in faults(text, str(path)):
            tried[kind] += 1
            hit = any(f.rule == rule and f.offset < high and low < f.offset + f.length
                      for f in check_text(modified, path=str(path), select=["timeline"]))
            caught[kind] += hit
            if not hit:
                missed_examples.setdefault(kind, []).append(
                    f"{path.parent.name}/{path.name}: {modified[low:high]!r}")
    total_tried, total_caught = sum(tried.values()), sum(caught.values())
    for kind in ("weekday", "impossible", "since"):
        rate = 100 * caught[kind] / tried[kind] if tried[kind] else 0.0
        print(f"{kind:<11} injected {tried[kind]:>4}  caught {caught[kind]:>4}  ({rate:5.1f}%)")
    print(f"{'all':<11} injected {total_tried:>4}  caught {total_caught:>4}  "
          f"({100 * total_caught / max(total_tried, 1):5.1f}%)   target >= 95%")
    print(f"unmodified corpus: {len(paths)} articles, {words} words, {noisy} timeline "
          f"warnings+errors = {10000 * noisy / max(words, 1):.2f} per 10,000 words   target <= 1"
          + (f"  {dict(by_rule)}" if by_rule else ""))
    for kind, examples in missed_examples.items():
        print(f"missed {kind} (first 5): " + "; ".join(examples[:5]))
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
