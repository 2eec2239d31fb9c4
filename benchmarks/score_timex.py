"""Score the time-expression extractor against gold TIMEX3 annotations (TempEval-3 measures).

Usage: python benchmarks/score_timex.py [CORPUS]   (default: ../shared/corpus)

Reads CORPUS/annotated/{frtimebank_fr,meantime_en,gum_wikinews_en}/docs.jsonl, runs the
``times`` extractor on each text with the document creation time as publication date,
and prints strict span F1, relaxed span F1 and value F1 per set and per language:

- strict: the predicted span has exactly the gold offsets;
- relaxed: the spans overlap (each gold span matched at most once);
- value: relaxed match and the same normalised TIMEX3 value.

MEANTIME annotates only the start of each text (``annotated_until_char``): predictions
after that offset are not counted. GUM annotates calendar dates only (TEI
``<date when=...>``), so durations, recurring times and PRESENT_REF/PAST_REF/FUTURE_REF
references ("now", "recently") are not counted there.
Reference: HeidelTime reaches value F1 73.63 and strict F1 85.99 on French TimeBank.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.facts import Facts  # noqa: E402
from checker.locales import load_locale  # noqa: E402
from checker.readers import read_text  # noqa: E402

SETS = (("frtimebank_fr", "fr"), ("meantime_en", "en"), ("gum_wikinews_en", "en"))


def gold_spans(name: str, doc: dict) -> list[tuple[int, int, str | None]]:
    out = []
    for span in doc["spans"]:
        if name == "gum_wikinews_en":
            if span["label"] == "date":
                out.append((span["start"], span["end"], span["attrs"].get("when")))
        elif span["label"] == "TIMEX3":
            out.append((span["start"], span["end"], span["attrs"].get("value")))
    return out


def predicted(name: str, doc: dict, lang: str) -> list[tuple[int, int, str]]:
    document = read_text(doc["text"], path="doc.txt", lang=lang)
    dct = dt.date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None
    document = dataclasses.replace(document, date=dct, date_source="--date")
    facts = Facts(document, load_locale(lang))
    limit = doc.get("annotated_until_char") or len(doc["text"])
    out = []
    for fact in facts.get("times"):
        if fact.span.start >= limit:
            continue
        if name == "gum_wikinews_en" and (fact.timex_type not in ("DATE", "TIME")
                                          or fact.value.endswith("_REF")):
            continue  # GUM marks calendar dates only: no durations, sets or "now"/"recently"
        out.append((fact.span.start, fact.span.end, fact.value))
    return out


def score(pairs) -> dict[str, float]:
    """pairs: (gold spans, predicted spans) per document."""
    n_gold = n_pred = strict = relaxed = value = 0
    for gold, pred in pairs:
        n_gold += len(gold)
        n_pred += len(pred)
        strict += len({(s, e) for s, e, _ in gold} & {(s, e) for s, e, _ in pred})
        used: set[int] = set()
        for ps, pe, pv in pred:
            for index, (gs, ge, gv) in enumerate(gold):
                if index not in used and ps < ge and gs < pe:
                    used.add(index)
                    relaxed += 1
                    value += pv == gv
                    break

    def f1(hits: int) -> tuple[float, float, float]:
        p = hits / n_pred if n_pred else 0.0
        r = hits / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)
    return {"gold": n_gold, "predicted": n_pred, "strict": f1(strict), "relaxed": f1(relaxed),
            "value": f1(value)}


def line(label: str, result: dict) -> str:
    parts = [f"{label:<22} gold {result['gold']:>4} pred {result['predicted']:>4}"]
    for key in ("strict", "relaxed", "value"):
        p, r, f = result[key]
        parts.append(f"{key} F1 {100 * f:5.2f} (P {100 * p:5.1f} R {100 * r:5.1f})")
    return "  ".join(parts)


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "corpus"
    base = corpus / "annotated"
    if not base.is_dir():
        print(f"no annotated corpus at {base}", file=sys.stderr)
        return 2
    by_lang: dict[str, list] = {}
    started = time.perf_counter()
    for name, lang in SETS:
        path = base / name / "docs.jsonl"
        if not path.is_file():
            print(f"{name}: missing, skipped")
            continue
        pairs = []
        for raw in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(raw)
            pairs.append((gold_spans(name, doc), predicted(name, doc, lang)))
        by_lang.setdefault(lang, []).extend(pairs)
        print(line(name, score(pairs)))
    for lang, pairs in sorted(by_lang.items()):
        print(line(f"ALL {lang}", score(pairs)))
    print(f"({time.perf_counter() - started:.1f} s; HeidelTime on French TimeBank: "
          f"value F1 73.63, strict F1 85.99)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
