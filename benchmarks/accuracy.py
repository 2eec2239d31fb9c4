"""How much of what a copy editor catches copydesk catches: one command, one table.

Usage:
    python benchmarks/accuracy.py [--shared DIR] [--kinds K,...] [--lang en|fr]
                                  [--sections faults,quotes,clean,generated]
                                  [--show-misses] [--json] [--write-docs] [--record]

Sections (each needs ../shared, or --shared DIR; a missing set is skipped with a note):

- faults: the hand-made editorial faults of shared/faults/dev.jsonl, each applied to its
  article in memory. Caught: a warning or error of a listed category whose span, or one of
  whose related spans, overlaps the mark. Per kind and language, and the share of the new
  findings (not in the unedited article) that point at the fault.
- quotes: shared/quotes/gold.jsonl. Quote recall and precision (overlap, one-to-one),
  speaker accuracy over the quotes found, end to end (found and right speaker), direct and
  partial apart; scare quotes given a speaker.
- clean: every article of shared/corpus as published: warnings and errors, and infos, per
  1,000 words, per rule and language.
- generated: faults injected in bulk (benchmarks/generated_faults.py), caught by the same
  rule as the hand-made ones.

--write-docs writes docs/accuracy.md; --record writes benchmarks/accuracy_ratchet.json, the
figures tests/test_accuracy_ratchet.py holds every later change to.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy_scoring import (BLOCKING, Speaker, catches, f1, match_spans, new_findings,  # noqa: E402
                              overlaps, points_at, ratio, speaker_correct)
from checker import check_text  # noqa: E402
from checker.facts import Facts  # noqa: E402
from checker.locales import load_locale  # noqa: E402
from checker.readers import read_text  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
LANGS = ("en", "fr")
SECTIONS = ("faults", "quotes", "clean", "generated")
# Which family a fault kind belongs to, and which finding categories are its noise.
FAMILIES = {
    "people": ("surname-typo", "surname-stranger", "first-name-changed", "before-introduction",
               "unattributed-quote", "accent-variant", "place-org-variant"),
    "figures": ("restated-conflict", "paraphrase-conflict", "headline-body-conflict",
                "parts-exceed-total", "percent-sum", "unsourced-claim"),
    "timeline": ("weekday-mismatch", "order-contradiction", "age-mismatch",
                 "relative-vs-explicit", "after-publication"),
}
FAMILY_CATEGORIES = {"people": ("speakers", "names"), "figures": ("numbers",),
                     "timeline": ("timeline",)}
RATCHET = ROOT / "benchmarks" / "accuracy_ratchet.json"
DOCS = ROOT / "docs" / "accuracy.md"


def family_of(kind: str, categories: list[str]) -> str:
    for family, kinds in FAMILIES.items():
        if kind in kinds:
            return family
    for family, cats in FAMILY_CATEGORIES.items():
        if set(categories) & set(cats):
            return family
    return "other"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class Stories:
    """The corpus articles, read once, and their unedited findings, checked once."""

    def __init__(self, corpus: Path) -> None:
        self.corpus = corpus
        self._text: dict[str, str] = {}
        self._findings: dict[str, list] = {}

    def sources(self, lang: str | None = None) -> list[str]:
        """Corpus paths ("en/0001.md") of the articles, one language or all."""
        return [f"{lg}/{path.name}" for lg in LANGS if lang in (None, lg)
                for path in sorted((self.corpus / lg).glob("*.md"))]

    def text(self, src: str) -> str:
        if src not in self._text:
            self._text[src] = (self.corpus / src).read_text(encoding="utf-8")
        return self._text[src]

    def findings(self, src: str) -> list:
        if src not in self._findings:
            self._findings[src] = check_text(self.text(src), path=src)
        return self._findings[src]


# ---------------------------------------------------------------- hand-made faults

def apply_edits(text: str, edits: list[dict[str, str]]) -> str:
    """The README's rule: each find occurs exactly once at its step, replaced with str.replace."""
    for edit in edits:
        count = text.count(edit["find"])
        if count != 1:
            raise ValueError(f"edit {edit['find']!r} occurs {count} times")
        text = text.replace(edit["find"], edit["replace"])
    return text


def _sentence_of(text: str, start: int, end: int) -> str:
    low = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start - 1) + 1, start - 220)
    high_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    high = min(high_candidates + [end + 220]) + 1
    return " ".join(text[max(low, 0):high].split())


def score_faults(stories: Stories, faults: list[dict[str, Any]]) -> dict[str, Any]:
    rows: dict[tuple[str, str], dict[str, int]] = defaultdict(Counter)
    misses = []
    for fault in faults:
        src, kind = fault["src"], fault["kind"]
        lang = src.split("/")[0]
        edited = apply_edits(stories.text(src), fault["edits"])
        start = edited.index(fault["mark"])
        end = start + len(fault["mark"])
        after = check_text(edited, path=src)
        hit = any(catches(f, start, end, fault["categories"]) for f in after)
        fresh = [f for f in new_findings(stories.findings(src), after) if f.severity in BLOCKING]
        row = rows[(kind, lang)]
        row["total"] += 1
        row["caught"] += hit
        row["new"] += len(fresh)
        row["new_at_fault"] += sum(points_at(f, start, end) for f in fresh)
        if not hit:
            said = [f"{f.severity} [{f.rule}] {f.message}" for f in after
                    if overlaps(f.offset, f.offset + f.length, start - 200, end + 200)]
            misses.append({"src": src, "kind": kind, "why": fault["why"], "mark": fault["mark"],
                           "sentence": _sentence_of(edited, start, end), "copydesk said": said})
    table = []
    for (kind, lang), row in sorted(rows.items()):
        family = family_of(kind, next(f["categories"] for f in faults if f["kind"] == kind))
        table.append({"family": family, "kind": kind, "lang": lang, **row})
    return {"rows": table, "misses": misses, "families": _family_totals(table)}


def _family_totals(table: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    totals: dict[str, Counter] = defaultdict(Counter)
    for row in table:
        for key in ("total", "caught", "new", "new_at_fault"):
            totals[row["family"]][key] += row[key]
            totals["all"][key] += row[key]
    return {family: {**counts, "recall": ratio(counts["caught"], counts["total"]),
                     "new_at_fault_share": ratio(counts["new_at_fault"], counts["new"])}
            for family, counts in totals.items()}


# ---------------------------------------------------------------- quotes and speakers

def predicted_quotes(text: str, src: str) -> list[tuple[tuple[int, int], Speaker | None]]:
    """copydesk's quotes in a story, each with the speaker it names (or None)."""
    document = read_text(text, path=src)
    facts = Facts(document, load_locale(document.lang))
    names: dict[str, str] = {}
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in facts.get("people"):
        if len(mention.name) > len(names.get(mention.person, "")):
            names[mention.person] = mention.name
        spans[mention.person].append((mention.name_span.start, mention.name_span.end))
    out = []
    for quote in facts.get("quotes"):
        speaker = None
        if quote.speaker:
            speaker = Speaker(names.get(quote.speaker, quote.source), tuple(spans[quote.speaker]))
        elif quote.source:
            where = getattr(quote, "source_span", None)
            speaker = Speaker(quote.source, () if where is None else ((where.start, where.end),))
        out.append(((quote.span.start, quote.span.end), speaker))
    return out


def score_quotes(stories: Stories, gold: list[dict[str, Any]]) -> dict[str, Any]:
    by_src: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in gold:
        by_src[record["src"]].append(record)
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for src, records in sorted(by_src.items()):
        lang = src.split("/")[0]
        predicted = predicted_quotes(stories.text(src), src)
        spans = [(r["quote"]["start"], r["quote"]["end"]) for r in records]
        matched = match_spans([p[0] for p in predicted], spans)
        for scope in (lang, "all"):
            c = counts[("predicted", scope)]
            c["quotes"] += len(predicted)
            c["matched"] += len(matched)
            c["with_speaker"] += sum(1 for _, s in predicted if s is not None)
        for gi, record in enumerate(records):
            kind = record["kind"]
            pi = matched.get(gi)
            speaker = predicted[pi][1] if pi is not None else None
            right = pi is not None and speaker_correct(speaker, record["speaker"],
                                                       record["speaker_mentions"])
            for scope in ((kind, lang), (kind, "all"), ("quotes", lang), ("quotes", "all")):
                if kind == "scare" and scope[0] == "quotes":
                    continue
                c = counts[scope]
                c["gold"] += 1
                c["found"] += pi is not None
                if record["speaker"]:
                    c["gold_speaker"] += 1
                    c["found_speaker"] += pi is not None
                    c["right"] += right
                c["given_speaker"] += pi is not None and speaker is not None
            if right and kind != "scare":
                counts[("predicted", lang)]["right"] += 1
                counts[("predicted", "all")]["right"] += 1
    table = {}
    for (what, scope), c in counts.items():
        if what == "predicted":
            precision = ratio(c["matched"], c["quotes"])
            speaker_precision = ratio(c["right"], c["with_speaker"])
            table[f"predicted/{scope}"] = {**c, "precision": precision,
                                            "speaker_precision": speaker_precision}
            continue
        table[f"{what}/{scope}"] = {
            **c, "recall": ratio(c["found"], c["gold"]),
            "speaker_accuracy": ratio(c["right"], c["found_speaker"]),
            "end_to_end": ratio(c["right"], c["gold_speaker"])}
    for scope in ("en", "fr", "all"):
        quotes, predicted = table.get(f"quotes/{scope}"), table.get(f"predicted/{scope}")
        if quotes and predicted:
            quotes["speaker_f1"] = f1(predicted["speaker_precision"], quotes["end_to_end"])
            quotes["quote_f1"] = f1(predicted["precision"], quotes["recall"])
    return table


# ---------------------------------------------------------------- clean copy

def score_clean(stories: Stories, lang: str | None) -> dict[str, Any]:
    words: Counter = Counter()
    blocking: dict[str, Counter] = defaultdict(Counter)
    infos: dict[str, Counter] = defaultdict(Counter)
    categories: dict[str, Counter] = defaultdict(Counter)
    for src in stories.sources(lang):
        document = read_text(stories.text(src), path=src)
        words[document.lang] += document.word_count
        for finding in stories.findings(src):
            table = blocking if finding.severity in BLOCKING else infos
            table[finding.rule][document.lang] += 1
            if finding.severity in BLOCKING:
                categories[finding.category][document.lang] += 1
    total = sum(words.values())

    def per_k(counter: Counter) -> dict[str, float]:
        out = {lg: 1000 * counter[lg] / words[lg] for lg in words if words[lg]}
        out["all"] = 1000 * sum(counter.values()) / max(total, 1)
        return out

    noise = {family: per_k(sum((categories[c] for c in cats), Counter()))
             for family, cats in FAMILY_CATEGORIES.items()}
    return {"words": dict(words, all=total),
            "blocking": {rule: {"count": sum(c.values()), "per_1000": per_k(c)}
                         for rule, c in sorted(blocking.items())},
            "infos": {rule: {"count": sum(c.values()), "per_1000": per_k(c)}
                      for rule, c in sorted(infos.items())},
            "noise": noise}


# ---------------------------------------------------------------- generated faults

def score_generated(stories: Stories, lang: str | None) -> dict[str, Any]:
    from generated_faults import faults_for
    rows: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for src in stories.sources(lang):
        for fault in faults_for(src, stories.text(src)):
            categories = FAMILY_CATEGORIES[fault.family]
            hit = any(catches(f, fault.start, fault.end, categories)
                      for f in check_text(fault.text, path=src))
            row = rows[(fault.family, fault.kind, src.split("/")[0])]
            row["total"] += 1
            row["caught"] += hit
    return {"rows": [{"family": fam, "kind": kind, "lang": lg, **c}
                     for (fam, kind, lg), c in sorted(rows.items())]}


# ---------------------------------------------------------------- report

def _pct(value: float | None) -> str:
    return "  —  " if value is None else f"{100 * value:5.1f}%"


def _frac(caught: int, total: int) -> str:
    return f"{caught}/{total}" if total else "—"


def render(result: dict[str, Any], markdown: bool = False) -> str:
    """The table: plain text for the terminal, or Markdown for docs/accuracy.md."""
    lines: list[str] = []

    def table(header: list[str], rows: list[list[str]]) -> None:
        if markdown:
            lines.append("| " + " | ".join(header) + " |")
            lines.append("|" + "|".join("---" for _ in header) + "|")
            lines.extend("| " + " | ".join(r) + " |" for r in rows)
        else:
            widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
            fmt = "  ".join(f"{{:<{w}}}" for w in widths)
            lines.append(fmt.format(*header))
            lines.extend(fmt.format(*r) for r in rows)
        lines.append("")

    def heading(title: str) -> None:
        lines.append(f"## {title}" if markdown else f"== {title} ==")
        lines.append("")

    if "faults" in result:
        faults = result["faults"]
        heading("Hand-made faults (caught / total; share of new warnings that point at the fault)")
        by_kind: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
        for row in faults["rows"]:
            by_kind[(row["family"], row["kind"])][row["lang"]] = row
        rows = []
        for (family, kind), langs in sorted(by_kind.items()):
            en, fr = langs.get("en", {}), langs.get("fr", {})
            caught = en.get("caught", 0) + fr.get("caught", 0)
            total = en.get("total", 0) + fr.get("total", 0)
            new = en.get("new", 0) + fr.get("new", 0)
            at = en.get("new_at_fault", 0) + fr.get("new_at_fault", 0)
            rows.append([family, kind, _frac(en.get("caught", 0), en.get("total", 0)),
                         _frac(fr.get("caught", 0), fr.get("total", 0)), _frac(caught, total),
                         _pct(ratio(caught, total)), _frac(at, new)])
        for family, t in sorted(faults["families"].items(), key=lambda kv: kv[0] == "all"):
            rows.append([f"**{family}**" if markdown else family.upper(), "",
                         "", "", _frac(t["caught"], t["total"]), _pct(t["recall"]),
                         _frac(t["new_at_fault"], t["new"])])
        table(["family", "kind", "en", "fr", "all", "recall", "new at fault"], rows)
    if "quotes" in result:
        q = result["quotes"]
        heading("Quotes and speakers (reference: BBC Citron, source F1 82 on PARC 3.0)")
        rows = []
        for what in ("direct", "partial", "quotes"):
            for scope in ("en", "fr", "all"):
                c = q.get(f"{what}/{scope}")
                if not c:
                    continue
                rows.append([what if what != "quotes" else "direct+partial", scope,
                             _frac(c["found"], c["gold"]), _pct(c["recall"]),
                             _frac(c["right"], c["found_speaker"]), _pct(c["speaker_accuracy"]),
                             _pct(c["end_to_end"])])
        table(["quotes", "lang", "found", "recall", "right speaker", "speaker acc.", "end to end"],
              rows)
        rows = []
        for scope in ("en", "fr", "all"):
            p, c, s = q.get(f"predicted/{scope}"), q.get(f"quotes/{scope}"), q.get(f"scare/{scope}")
            if not p or not c:
                continue
            rows.append([scope, _frac(p["matched"], p["quotes"]), _pct(p["precision"]),
                         _pct(c.get("quote_f1")), _pct(p["speaker_precision"]),
                         _pct(c.get("speaker_f1")),
                         _frac(s["given_speaker"], s["gold"]) if s else "—"])
        table(["lang", "predicted matched", "quote precision", "quote F1", "speaker precision",
               "speaker F1", "scare quotes given a speaker"], rows)
    if "clean" in result:
        c = result["clean"]
        words = c["words"]
        heading(f"Clean copy: the corpus as published ({words.get('all', 0):,} words; "
                f"en {words.get('en', 0):,}, fr {words.get('fr', 0):,})")
        rows = [[family, f"{v.get('en', 0):.2f}", f"{v.get('fr', 0):.2f}", f"{v['all']:.2f}"]
                for family, v in c["noise"].items()]
        table(["family", "warnings/1k en", "fr", "all"], rows)
        rows = [[rule, "warning+", str(v["count"]), f"{v['per_1000'].get('en', 0):.2f}",
                 f"{v['per_1000'].get('fr', 0):.2f}", f"{v['per_1000']['all']:.2f}"]
                for rule, v in c["blocking"].items()]
        rows += [[rule, "info", str(v["count"]), f"{v['per_1000'].get('en', 0):.2f}",
                  f"{v['per_1000'].get('fr', 0):.2f}", f"{v['per_1000']['all']:.2f}"]
                 for rule, v in c["infos"].items()]
        table(["rule", "severity", "count", "per 1k en", "per 1k fr", "per 1k all"], rows)
    if "generated" in result:
        heading("Generated faults (benchmarks/generated_faults.py)")
        rows = [[r["family"], r["kind"], r["lang"], _frac(r["caught"], r["total"]),
                 _pct(ratio(r["caught"], r["total"]))] for r in result["generated"]["rows"]]
        table(["family", "kind", "lang", "caught", "recall"], rows)
    for note in result.get("notes", ()):
        lines.append(f"note: {note}")
    return "\n".join(lines).rstrip() + "\n"


def render_misses(misses: list[dict[str, Any]]) -> str:
    out = []
    for m in misses:
        out.append(f"MISSED {m['kind']} {m['src']}: {m['why']}")
        out.append(f"    mark: {m['mark']!r}")
        out.append(f"    text: {m['sentence']}")
        for said in m["copydesk said"] or ["(nothing near the mark)"]:
            out.append(f"    said: {said}")
    return "\n".join(out) + ("\n" if out else "")


DOCS_INTRO = """# What copydesk catches, and what it misses

These figures are written by `python benchmarks/accuracy.py --write-docs` from the
development sets (hand-made editorial faults in real articles, hand-annotated quotes, and
the corpus of published articles). A fault is **caught** when copydesk reports a warning or
error of the right category at the place an editor would mark. **New at fault** is how many
of the warnings the fault added point at it: the rest are noise the edit set off elsewhere.
On **clean copy**, every warning is something an editor has to read; the published articles
contain real errors of their own, so not every warning there is wrong.

Figures from {date}; regenerate them after a change to the checks.

"""


def ratchet_figures(result: dict[str, Any]) -> dict[str, Any]:
    """The figures the ratchet test holds: per family, recall and clean-copy noise."""
    out: dict[str, Any] = {}
    for family in FAMILIES:
        fam = result["faults"]["families"].get(family, {})
        out[family] = {"recall": round(fam.get("recall") or 0.0, 4),
                       "noise_per_1000": round(result["clean"]["noise"][family]["all"], 4)}
    quotes = result["quotes"].get("quotes/all", {})
    out["quotes"] = {"recall": round(quotes.get("recall") or 0.0, 4),
                     "end_to_end": round(quotes.get("end_to_end") or 0.0, 4)}
    return out


def run(shared: Path, sections: tuple[str, ...], kinds: set[str] | None = None,
        lang: str | None = None) -> dict[str, Any]:
    """All the figures of the requested sections, as one dict (what --json prints)."""
    result: dict[str, Any] = {"notes": []}
    corpus = shared / "corpus"
    if not corpus.is_dir():
        result["notes"].append(f"no corpus at {corpus}: every section skipped")
        return result
    stories = Stories(corpus)
    if "faults" in sections:
        path = shared / "faults" / "dev.jsonl"
        if path.is_file():
            faults = [f for f in _read_jsonl(path)
                      if (not kinds or f["kind"] in kinds or
                          family_of(f["kind"], f["categories"]) in kinds)
                      and (not lang or f["src"].startswith(lang + "/"))]
            result["faults"] = score_faults(stories, faults)
        else:
            result["notes"].append(f"no hand-made faults at {path}: section skipped")
    if "quotes" in sections:
        path = shared / "quotes" / "gold.jsonl"
        if path.is_file():
            gold = [q for q in _read_jsonl(path) if not lang or q["src"].startswith(lang + "/")]
            result["quotes"] = score_quotes(stories, gold)
        else:
            result["notes"].append(f"no quote annotations at {path}: section skipped")
    if "clean" in sections:
        result["clean"] = score_clean(stories, lang)
    if "generated" in sections:
        result["generated"] = score_generated(stories, lang)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="folder holding corpus/, faults/ and quotes/ (default ../shared)")
    parser.add_argument("--sections", default=",".join(SECTIONS),
                        help="comma-separated: " + ", ".join(SECTIONS))
    parser.add_argument("--kinds", default="", help="fault kinds or families (people, figures, timeline)")
    parser.add_argument("--lang", choices=("en", "fr"), help="one language only")
    parser.add_argument("--show-misses", action="store_true", help="print each missed hand-made fault")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--write-docs", action="store_true", help=f"write {DOCS.relative_to(ROOT)}")
    parser.add_argument("--record", action="store_true",
                        help=f"write {RATCHET.relative_to(ROOT)} (the ratchet test's floor)")
    args = parser.parse_args(argv)
    sections = tuple(s.strip() for s in args.sections.split(",") if s.strip())
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    kinds = {k.strip() for k in args.kinds.split(",") if k.strip()} or None
    if (args.write_docs or args.record) and (kinds or args.lang or
                                             not {"faults", "quotes", "clean"} <= set(sections)):
        parser.error("--write-docs and --record need the full faults, quotes and clean sections "
                     "(no --kinds, --lang)")
    if not (args.shared / "corpus").is_dir():
        print(f"accuracy: no shared sets at {args.shared} (corpus/, faults/, quotes/); "
              "nothing to measure. Pass --shared DIR.", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = run(args.shared, sections, kinds, args.lang)
    result["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False, default=str))
    else:
        print(render(result), end="")
        if args.show_misses and "faults" in result:
            print(render_misses(result["faults"]["misses"]), end="")
        print(f"({result['seconds']} s)")
    if args.write_docs:
        DOCS.write_text(DOCS_INTRO.format(date=_dt.date.today().isoformat())
                        + render(result, markdown=True), encoding="utf-8")
        print(f"wrote {DOCS.relative_to(ROOT)}", file=sys.stderr)
    if args.record:
        RATCHET.write_text(json.dumps(ratchet_figures(result), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {RATCHET.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
