"""Does checking time grow in proportion to the story's size? (issue 16)

Usage: python benchmarks/scaling.py [CORPUS] [--small KB] [--factor N] [--layout paragraphs|one-paragraph]

Builds one story of ``--small`` KB (default 50) and one ``--factor`` times as long
(default 100: 5 MB) from the corpus's article bodies (``one-paragraph`` joins them into a
single paragraph, the worst case for any per-paragraph scan), checks each in this process
with every built-in rule, and prints the time per KB of both and their ratio. Linear
means a ratio near 1 (noise aside); a quadratic step shows as a ratio near the factor.
Without a corpus, text is generated from a few invented sentences.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.config import Config  # noqa: E402
from checker.engine import run_rules  # noqa: E402
from checker.readers import read_text  # noqa: E402
from checker.runner import select_rules  # noqa: E402

INVENTED = ("Mayor Helen Marsden said on Tuesday, March 5, that 1,200 homes had been hit. "
            "\u201cWe will rebuild,\u201d Marsden told reporters, according to the council. "
            "About 40 percent of the 3,000 residents left in 2019, the survey found. ")


def _bodies(corpus: Path, lang: str) -> list[str]:
    texts = []
    for path in sorted((corpus / lang).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        texts.append(text.split("\n---", 1)[1].split("\n", 1)[1] if text.startswith("---") else text)
    return texts or [INVENTED * 20]


def story(texts: list[str], size: int, one_paragraph: bool) -> str:
    joiner = " " if one_paragraph else "\n\n"
    pieces = [" ".join(t.split()) if one_paragraph else t.strip() for t in texts]
    out, length, i = [], 0, 0
    while length < size:
        piece = pieces[i % len(pieces)]
        out.append(piece)
        length += len(piece) + len(joiner)
        i += 1
    return joiner.join(out)[:size]


def seconds(text: str, lang: str, rules) -> float:
    document = read_text(text, path="story.txt", lang=lang)
    started = time.perf_counter()
    run_rules(document, rules)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--small", type=int, default=50, help="size of the small story in KB")
    parser.add_argument("--factor", type=int, default=100, help="how many times larger the big one is")
    parser.add_argument("--layout", choices=("paragraphs", "one-paragraph"), default="paragraphs")
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    args = parser.parse_args(argv)
    rules = select_rules(Config())
    texts = _bodies(Path(args.corpus), args.lang)
    one = args.layout == "one-paragraph"
    small = story(texts, args.small * 1024, one)
    big = story(texts, args.small * 1024 * args.factor, one)
    seconds(small, args.lang, rules)                     # warm: patterns compiled, caches read
    small_s = min(seconds(small, args.lang, rules) for _ in range(3))
    big_s = seconds(big, args.lang, rules)
    per_small = small_s / (len(small) / 1024)
    per_big = big_s / (len(big) / 1024)
    print(f"{args.lang}, {args.layout}: {len(small) / 1024:.0f} KB in {small_s:.3f} s "
          f"({1000 * per_small:.2f} ms/KB); {len(big) / 1024:.0f} KB in {big_s:.2f} s "
          f"({1000 * per_big:.2f} ms/KB); ratio {per_big / per_small:.2f} (1 = linear, "
          f"{args.factor} = quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
