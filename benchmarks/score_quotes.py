"""Score quote detection and quote-to-speaker linking against gold annotations.

Usage: python benchmarks/score_quotes.py [CORPUS_DIR]   (default ../shared/corpus)

- gum_wikinews_en: quote detection recall/precision against TEI <quote> (a predicted quote
  matching a <q> scare quote is not counted as a false positive), and speaker accuracy
  for quotes inside interview turns (gold speaker = the turn's speaker).
- meantime_en: for each reporting event (SPEECH_COGNITIVE) with a person Arg0 inside the
  annotated part, whether one of our quotes uses it as its cue, and whether our speaker
  is the Arg0's entity (same MEANTIME instance, or an overlapping mention).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.facts import Facts  # noqa: E402
from checker.locales import load_locale  # noqa: E402
from checker.extractors.people._patterns import patterns_for  # noqa: E402
from checker.extractors.quotes._extract import _cue_span  # noqa: E402
from checker.readers import read_text  # noqa: E402


def _facts(text: str):
    doc = read_text(text, path="doc.txt", lang="en")
    facts = Facts(doc, load_locale("en"))
    return doc, facts.get("quotes"), facts.get("people")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_gum(path: Path) -> None:
    gold_n = found = predicted = correct_pred = 0
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        _, quotes, people = _facts(rec["text"])
        gold = [(s["start"], s["end"]) for s in rec["spans"] if s["label"] == "quote"]
        scare = [(s["start"], s["end"]) for s in rec["spans"] if s["label"] == "q"]
        ours = [(q.span.start, q.span.end) for q in quotes]
        gold_n += len(gold)
        found += sum(1 for g in gold if any(_overlap(g, o) >= 0.5 * (g[1] - g[0]) for o in ours))
        predicted += len(ours)
        correct_pred += sum(1 for o in ours if any(_overlap(o, g) > 0 for g in gold + scare))
    print(f"gum_wikinews_en: quote recall {found}/{gold_n} = {found / max(gold_n, 1):.1%}, "
          f"precision {correct_pred}/{predicted} = {correct_pred / max(predicted, 1):.1%} "
          f"(a match with a <q> scare quote counts as correct)")


def score_meantime(path: Path) -> None:
    events = linked = right = cued = cued_right = 0
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        spans = {s["id"]: s for s in rec["spans"]}
        limit = rec.get("annotated_until_char") or len(rec["text"])
        doc, quotes, people = _facts(rec["text"])
        pats = patterns_for(load_locale("en"))
        verbs = [(m, _cue_span(doc, m, pats)) for m in people if "speech" in m.cues]
        by_person: dict[str, list[tuple[int, int]]] = {}
        for m in people:
            by_person.setdefault(m.person, []).append((m.span.start, m.span.end))
        for attribution in rec.get("attributions", ()):
            cue = spans.get(attribution["cue"])
            arg0 = next((spans.get(p["mention"]) for p in attribution["participants"]
                         if p.get("sem_role") == "Arg0"), None)
            if cue is None or arg0 is None or cue["end"] > limit:
                continue
            if arg0.get("attrs", {}).get("ent_type") not in ("PER", None):
                continue
            events += 1
            quote = next((q for q in quotes if q.cue is not None and
                          _overlap((q.cue.start, q.cue.end), (cue["start"], cue["end"])) > 0), None)
            instance = arg0.get("attrs", {}).get("instance")
            same = [(s["start"], s["end"]) for s in rec["spans"] if s["label"] == "ENTITY_MENTION"
                    and instance and s.get("attrs", {}).get("instance") == instance]
            same.append((arg0["start"], arg0["end"]))
            speaker = next((m for m, v in verbs if v is not None and
                            _overlap((v.start, v.end), (cue["start"], cue["end"])) > 0), None)
            if speaker is not None:
                cued += 1
                cued_right += any(_overlap((m.span.start, m.span.end), b) > 0
                                  for m in people if m.person == speaker.person for b in same)
            if quote is None:
                continue
            linked += 1
            mine = by_person.get(quote.speaker, [])
            right += any(_overlap(a, b) > 0 for a in mine for b in same)
    print(f"meantime_en: person reporting events {events}; used as a quote cue by copydesk "
          f"{linked} ({linked / max(events, 1):.1%}); speaker correct {right}/{linked} = "
          f"{right / max(linked, 1):.1%}; named speaker next to the verb found for {cued} "
          f"({cued / max(events, 1):.1%}), right person {cued_right}/{cued} = "
          f"{cued_right / max(cued, 1):.1%}")


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "corpus"
    annotated = corpus / "annotated"
    if not annotated.is_dir():
        print(f"no annotated corpus at {annotated}", file=sys.stderr)
        return 2
    score_gum(annotated / "gum_wikinews_en" / "docs.jsonl")
    score_meantime(annotated / "meantime_en" / "docs.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
