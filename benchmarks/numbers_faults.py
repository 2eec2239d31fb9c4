"""Fault injection for the numbers rules on in-memory copies of the corpus articles.

Usage: python benchmarks/numbers_faults.py [CORPUS_DIR]   (default ../shared/corpus)

Faults (at most one of each kind per article; nothing is written to disk):

1. unsourced: a sentence whose figure is sourced by one attribution in the same sentence
   loses that attribution ("..., selon Al Mayadeen" -> "..."). Caught when
   numbers.unsourced reports that sentence (at any severity; warning-level shown apart).
2. conflict: a sentence stating an exact count or measure is repeated at the end of its
   paragraph with the figure changed (x1.5 + 2). Caught when numbers.conflict reports it.
   The same repetition with the figure unchanged is the control: it must stay silent.

On the unmodified articles it also prints numbers.unsourced warnings per 2,000 words
(target <= 1) and the number of numbers.conflict / numbers.percent-sum findings (target ~0).
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.engine import run_rules  # noqa: E402
from checker.facts import Facts  # noqa: E402
from checker.locales import load_locale  # noqa: E402
from checker.readers import read_path, read_text  # noqa: E402
from checker.ruleset import load_rule_file  # noqa: E402

RULES = {r.id: r for r in load_rule_file(ROOT / "rules" / "numbers.yaml")}
CLAIMS = ("count", "amount", "share", "measure")


def findings(text: str, path: str, lang: str, rule_id: str) -> list:
    document = read_text(text, path=path, lang=lang)
    return list(run_rules(document, [RULES[rule_id]]).findings)


def remove_attribution(document, facts):
    """(modified text, start, end of the sentence in it) or None."""
    text = document.text
    attributions = facts.get("attributions")
    for q in facts.get("quantities"):
        if q.exempt or q.kind not in CLAIMS or not q.sourced or q.sentence < 0:
            continue
        sentence = document.sentences[q.sentence]
        own = [a for a in attributions if sentence.start <= a.cue.start < sentence.end]
        if len(own) != 1 or own[0].span.overlaps(q.span):
            continue
        cut_start, cut_end = own[0].span.start, own[0].span.end
        before = text[sentence.start:cut_start].rstrip()
        if before.endswith(","):  # "..., selon X." -> "..."
            cut_start = sentence.start + len(before) - 1
        elif text[cut_end:cut_end + 1] == ",":  # "Selon X, ..." -> "..."
            cut_end += 1
        modified = text[:cut_start] + text[cut_end:]
        return modified, sentence.start, sentence.end - (cut_end - cut_start)
    return None


def repeat_changed(document, facts, change: bool):
    """Repeat a sentence with a count/measure at the end of its paragraph (figure changed)."""
    text = document.text
    for q in facts.get("quantities"):
        if q.exempt or q.kind not in ("count", "measure") or q.sentence < 0 or q.high is not None \
                or q.approximate:
            continue
        if q.noun is None or not text[q.number.start:q.number.end].isdigit():
            continue
        sentence = document.sentences[q.sentence]
        index = document.paragraph_index(sentence.start)
        if index is None or document.paragraphs[index].kind != "body":
            continue
        end = document.paragraphs[index].span.end
        number = text[q.number.start:q.number.end]  # digits only: "500" of "500 billion"
        value = str(int(int(number) * 1.5 + 2)) if change else number
        copy = (text[sentence.start:q.number.start] + value + text[q.number.end:sentence.end]).strip()
        modified = text[:end] + " " + copy + text[end:]
        return modified, end + 1, end + 1 + len(copy)
    return None


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "corpus"
    files = sorted((corpus / "en").glob("*.md")) + sorted((corpus / "fr").glob("*.md"))
    if not files:
        print(f"no articles under {corpus}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    words = 0
    clean = Counter()
    injected = Counter()
    caught = Counter()
    for path in files:
        document = read_path(path)
        words += document.word_count
        facts = Facts(document, load_locale(document.lang))
        result = run_rules(document, list(RULES.values()))
        for finding in result.findings:
            clean[(finding.rule, finding.severity)] += 1
        fault = remove_attribution(document, facts)
        if fault is not None:
            modified, start, end = fault
            injected["unsourced"] += 1
            hits = [f for f in findings(modified, path.name, document.lang, "numbers.unsourced")
                    if start <= f.offset < end]
            caught["unsourced"] += bool(hits)
            caught["unsourced (warning)"] += any(f.severity == "warning" for f in hits)
        for change in (True, False):
            fault = repeat_changed(document, facts, change)
            if fault is None:
                continue
            modified, start, end = fault
            name = "conflict" if change else "conflict control (repeat unchanged)"
            injected[name] += 1
            hits = [f for f in findings(modified, path.name, document.lang, "numbers.conflict")
                    if start <= f.offset < end]
            caught[name] += bool(hits)
    elapsed = time.perf_counter() - started
    print(f"{len(files)} articles, {words} words, {elapsed:.1f} s")
    warnings = clean[("numbers.unsourced", "warning")]
    print(f"clean: numbers.unsourced warnings {warnings} = {warnings * 2000 / words:.2f} per 2,000 words "
          f"(target <= 1); info {clean[('numbers.unsourced', 'info')]}")
    for rule in ("numbers.conflict", "numbers.percent-sum", "numbers.format-consistency"):
        total = sum(v for (r, _), v in clean.items() if r == rule)
        print(f"clean: {rule} findings {total}")
    total_injected = injected["unsourced"] + injected["conflict"]
    total_caught = caught["unsourced"] + caught["conflict"]
    for name in ("unsourced", "conflict"):
        n = injected[name]
        print(f"fault {name}: caught {caught[name]}/{n} = {caught[name] * 100 / max(n, 1):.1f}%")
    n = injected["unsourced"]
    print(f"  of which numbers.unsourced at warning level: {caught['unsourced (warning)']}/{n} = "
          f"{caught['unsourced (warning)'] * 100 / max(n, 1):.1f}%")
    n = injected["conflict control (repeat unchanged)"]
    print(f"control (repeat unchanged): flagged {caught['conflict control (repeat unchanged)']}/{n} (target 0)")
    print(f"all faults: caught {total_caught}/{total_injected} = "
          f"{total_caught * 100 / max(total_injected, 1):.1f}% (target >= 85%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
