"""Inject speaker faults into in-memory copies of corpus articles and count what is caught.

Usage: python benchmarks/speakers_faults.py [CORPUS_DIR]   (default ../shared/corpus)

For every article and every person introduced by full name, the first later reference by
surname that stands in a speaker or title position ("said Bos", "Bos said", "M. Hamdane")
is an injection site. Three faults, each in its own copy of the article:

- changed: the later surname replaced by a different, real-looking surname;
- stranger: the speaker replaced by a stranger's full name's surname (title kept);
- misspelt: two inner letters of the surname swapped (or one doubled when too short).

A fault is caught when a speakers.* finding starts inside the injected text. The script
also prints, for the unmodified corpus, speakers findings at warning or above per 5,000
words. Nothing is written to disk.
"""
from __future__ import annotations

import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.engine import run_rules  # noqa: E402
from checker.facts import Facts  # noqa: E402
from checker.locales import load_locale  # noqa: E402
from checker.readers import read_text  # noqa: E402
from checker.ruleset import load_rule_file  # noqa: E402

RULES = tuple(load_rule_file(ROOT / "rules" / "speakers.yaml"))
SPEAKER_RULES = tuple(r for r in RULES if r.id.startswith("speakers."))
# Surnames written for this benchmark (none is a corpus speaker).
STRANGERS = ("Kowalczyk", "Okonkwo", "Lindqvist", "Takahashi", "Brannigan", "Villeneuve",
             "Oyelaran", "Haugland", "Castellanos", "Petrovska", "Nakamura", "Fairbanks")
CHANGED = ("Morel", "Whitaker", "Dubois", "Harrington", "Laurent", "Gallagher", "Renaud",
           "Sutherland", "Marchand", "Pemberton", "Lefebvre", "Ashworth")


def _misspell(word: str) -> str:
    if len(word) >= 5:
        i = len(word) // 2
        if word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        return word[:i] + word[i + 2:] + word[i:i + 2]
    return word[:-1] + word[-1] * 2 + "e"


def _sites(doc, facts):
    """(start, end, surname) of the first later speaker/title surname reference per person."""
    intro: dict[str, int] = {}
    sites = []
    for m in facts.get("people"):
        if m.form in ("full", "title+full"):
            intro.setdefault(m.person, m.span.start)
            continue
        if m.person in intro and m.form in ("surname", "title+surname") \
                and {"speaker", "speech", "title"} & set(m.cues) and m.span.start > intro[m.person]:
            start = m.name_span.start
            sites.append((start, m.name_span.end, doc.text[start:m.name_span.end]))
            intro[m.person] = 1 << 60   # one site per person
    return sites


def _caught(text: str, path: str, start: int, end: int) -> bool:
    doc = read_text(text, path=path)
    result = run_rules(doc, SPEAKER_RULES)
    return any(start <= f.offset < end for f in result.findings)


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 2
    for lang in ("en", "fr"):
        files = sorted((corpus / lang).glob("*.md"))
        words = flagged = 0
        tried = {"changed": 0, "stranger": 0, "misspelt": 0}
        caught = dict.fromkeys(tried, 0)
        for path in files:
            text = path.read_text(encoding="utf-8")
            doc = read_text(text, path=str(path))
            words += doc.word_count
            flagged += sum(1 for f in run_rules(doc, SPEAKER_RULES).findings
                           if f.severity in ("warning", "error"))
            facts = Facts(doc, load_locale(doc.lang))
            present = set(doc.text.split())
            for start, end, surname in _sites(doc, facts):
                seed = zlib.crc32(f"{path.name}:{start}".encode())
                faults = {
                    "changed": next(n for i, n in enumerate(CHANGED * 2)
                                    if i >= seed % len(CHANGED) and n not in present),
                    "stranger": next(n for i, n in enumerate(STRANGERS * 2)
                                     if i >= seed % len(STRANGERS) and n not in present),
                    "misspelt": _misspell(surname),
                }
                for kind, new in faults.items():
                    copy = text[:start] + new + text[end:]
                    tried[kind] += 1
                    caught[kind] += _caught(copy, str(path), start, start + len(new))
        total_tried, total_caught = sum(tried.values()), sum(caught.values())
        detail = ", ".join(f"{k} {caught[k]}/{tried[k]}" for k in tried)
        print(f"{lang}: faults caught {total_caught}/{total_tried} = "
              f"{total_caught / max(total_tried, 1):.1%} ({detail}); unmodified corpus: "
              f"{flagged} speakers findings at warning+ in {words} words = "
              f"{flagged * 5000 / max(words, 1):.2f} per 5,000 words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
