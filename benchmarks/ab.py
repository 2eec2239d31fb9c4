"""CPU time of two or more checkouts of copydesk checking the same corpus, as ratios.

    python benchmarks/ab.py BASE_TREE [OTHER_TREE ...] [--corpus DIR] [--rounds N]

Why: on a shared machine wall-clock figures swing by a third from one run to the next, so
one tree's speed is measured against another's in the same command: each round runs every
tree in a fresh process (imports and caches as a user pays them, after one warm-up pass),
alternating trees, and keeps each tree's CPU seconds (``time.process_time``) for a pass
over the corpus with every built-in rule. The best of the rounds is compared with the
first tree's. Make a tree with ``git worktree add --detach /tmp/base <commit>``.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_WORKER = r'''
import sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from checker.config import Config
from checker.pipeline import check_document, read_options
from checker.readers import read_path
files = sorted(Path(sys.argv[2]).glob("*/*.md"))
config = Config()
def run():
    started = time.process_time()
    for f in files:
        check_document(read_path(str(f), **read_options(config)), config)
    return time.process_time() - started
run()
print(min(run() for _ in range(int(sys.argv[3]))))
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="+", help="checkouts of copydesk; the first is the baseline")
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=3, help="passes per process (best kept)")
    args = parser.parse_args()
    if not list(Path(args.corpus).glob("*/*.md")):
        print(f"ab.py: no */*.md articles under {args.corpus}", file=sys.stderr)
        return 2
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for tree in args.trees:
            done = subprocess.run([sys.executable, "-c", _WORKER, tree, args.corpus, str(args.passes)],
                                  capture_output=True, text=True)
            if done.returncode:
                print(f"ab.py: {tree} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
                return 2
            seconds = float(done.stdout.strip())
            best[tree] = min(best.get(tree, seconds), seconds)
    base = best[args.trees[0]]
    for tree in args.trees:
        print(f"{best[tree]:.3f} s CPU  x{best[tree] / base:.3f}  {tree}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
