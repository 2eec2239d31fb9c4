"""Value F1 of copydesk's quantity extraction against MEANTIME (English) VALUE annotations.

Usage: python benchmarks/score_quantities.py [CORPUS_DIR]   (default ../shared/corpus)

Gold: the VALUE spans (MONEY, PERCENT, QUANTITY) of annotated/meantime_en/docs.jsonl, only in
each text's annotated prefix (``annotated_until_char``): text after it is not negative data.
A gold value is read from its text by a small parser written here, independent of the
extractor (first number, digits or words, times a scale word). A predicted quantity counts
when it is a claim-like figure (not a year, date, time, duration, age, ordinal, page,
model, phone or address) and lies in the annotated prefix. It is a true positive when it
overlaps an unmatched gold span and has the same value. Reference: quantulum3 reaches value
F1 73 on the NewsQuant news set (a different corpus: the two figures are only comparable
in kind).
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.facts import Facts  # noqa: E402
from checker.locales import load_locale  # noqa: E402
from checker.readers import read_text  # noqa: E402

NOT_VALUES = {"year", "date", "time", "age", "ordinal", "page", "model", "phone", "address", "score"}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6,
          "mn": 1e6, "k": 1e3, "tn": 1e12}
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
_SCALE = re.compile(r"^\s*-?\s*(thousand|million|billion|trillion|bn|mn|m|k|tn)\b", re.I)


def gold_value(text: str) -> float | None:
    """The first number in a gold span, scaled; None when the text has no number."""
    match = _DIGITS.search(text)
    if match:
        value = float(match.group().replace(",", ""))
        scale = _SCALE.match(text[match.end():])
        return value * SCALES[scale.group(1).lower()] if scale else value
    from text_to_num import alpha2digit
    converted = alpha2digit(text.replace("a dozen", "12").replace("dozens", "24"), "en")
    match = _DIGITS.search(converted)
    if not match:
        return None
    value = float(match.group().replace(",", ""))
    scale = _SCALE.match(converted[match.end():])
    return value * SCALES[scale.group(1).lower()] if scale else value


def same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "corpus"
    path = corpus / "annotated" / "meantime_en" / "docs.jsonl"
    if not path.is_file():
        print(f"no MEANTIME file at {path}", file=sys.stderr)
        return 2
    locale = load_locale("en")
    tp = fp = fn = span_tp = 0
    by_type: Counter = Counter()
    found_type: Counter = Counter()
    started = time.perf_counter()
    docs = 0
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        limit = doc["annotated_until_char"]
        text = doc["text"]
        gold = [(s["start"], s["end"], s["attrs"].get("type"), gold_value(s["text"]))
                for s in doc["spans"] if s["label"] == "VALUE" and s["end"] <= limit]
        document = read_text(text, path="doc.txt", lang="en")
        facts = Facts(document, locale)
        predicted = [q for q in facts.get("quantities")
                     if q.span.end <= limit and q.exempt not in NOT_VALUES and q.kind != "duration"]
        docs += 1
        used: set[int] = set()
        for q in predicted:
            hit = None
            overlap = None
            for i, (start, end, kind, value) in enumerate(gold):
                if i in used or not (start < q.span.end and q.span.start < end):
                    continue
                overlap = i if overlap is None else overlap
                if value is not None and (same(value, q.value) or (q.high is not None and same(value, q.high))):
                    hit = i
                    break
            if overlap is not None:
                span_tp += 1
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
                found_type[gold[hit][2]] += 1
        for start, end, kind, value in gold:
            by_type[kind] += 1
        fn += len(gold) - len(used)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    elapsed = time.perf_counter() - started
    print(f"MEANTIME en, annotated prefixes of {docs} docs: {tp + fn} gold VALUE spans, "
          f"{tp + fp} predicted quantities")
    print(f"value P {precision * 100:.1f}  R {recall * 100:.1f}  F1 {f1 * 100:.1f}  "
          f"(reference: quantulum3 value F1 73 on NewsQuant)")
    span_p = span_tp / (tp + fp) if tp + fp else 0.0
    print(f"span overlap precision {span_p * 100:.1f}")
    for kind in sorted(by_type):
        print(f"  recall {kind:9s} {found_type[kind]}/{by_type[kind]} "
              f"({found_type[kind] * 100 / by_type[kind]:.0f}%)")
    print(f"time {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
