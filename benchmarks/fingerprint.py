"""Everything copydesk says about a corpus, as one file, to prove an optimisation changed nothing.

    python benchmarks/fingerprint.py [CORPUS] -o before.jsonl     # before the change
    python benchmarks/fingerprint.py [CORPUS] --compare before.jsonl

For every article (``*/*.md`` and ``*/*.txt`` under CORPUS, default ``../shared/corpus``) it
writes one line per fact of every extractor and one line per finding of every built-in rule,
in contract JSON. ``--compare`` prints the first differences and exits 1 when there are any:
a speed-up that moves one offset or drops one fact is a behaviour change, not a speed-up.
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.config import Config  # noqa: E402
from checker.engine import run_rules  # noqa: E402
from checker.facts_command import document_facts  # noqa: E402
from checker.readers import InputError, read_path  # noqa: E402
from checker.runner import select_rules  # noqa: E402


def lines(corpus: Path):
    rules = select_rules(Config())
    files = sorted(corpus.glob("*/*.md")) + sorted(corpus.glob("*/*.txt"))
    for path in files:
        name = str(path.relative_to(corpus))
        try:
            document = read_path(path)
        except InputError as error:
            yield json.dumps({"path": name, "error": str(error)}, ensure_ascii=False)
            continue
        yield json.dumps({"path": name, "lang": document.lang, "sentences":
                          [(s.start, s.end) for s in document.sentences]}, ensure_ascii=False)
        for row in document_facts(document):
            yield json.dumps({"path": name, **row}, ensure_ascii=False, sort_keys=True)
        for finding in run_rules(document, rules).findings:
            yield json.dumps({"path": name, **finding.to_json()}, ensure_ascii=False, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("-o", "--output")
    parser.add_argument("--compare")
    args = parser.parse_args()
    current = list(lines(Path(args.corpus)))
    if args.output:
        Path(args.output).write_text("\n".join(current) + "\n", encoding="utf-8")
    if args.compare:
        before = Path(args.compare).read_text(encoding="utf-8").splitlines()
        diff = list(difflib.unified_diff(before, current, "before", "now", n=0, lineterm=""))
        if diff:
            print("\n".join(diff[:80]))
            print(f"{sum(1 for d in diff if d[:1] in '+-') - 2} lines differ")
            return 1
        print(f"identical: {len(current)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
