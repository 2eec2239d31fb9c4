"""The accuracy benchmark's rules of the measure, on small cases written for them."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
from accuracy_scoring import (Speaker, catches, match_spans, new_findings, overlaps,  # noqa: E402
                              points_at, speaker_correct, surname)
from checker.findings import Finding, Related  # noqa: E402


def finding(offset: int, length: int, *, rule: str = "speakers.variant", category: str = "speakers",
            severity: str = "warning", text: str = "x", related=()) -> Finding:
    return Finding(rule=rule, category=category, severity=severity, message="m", line=1, column=1,
                   end_line=1, end_column=1, offset=offset, length=length, text=text,
                   related=tuple(Related(o, n, 1, 1, "r", "note") for o, n in related))


def test_overlap_needs_a_shared_character():
    assert overlaps(0, 5, 4, 9)
    assert not overlaps(0, 5, 5, 9)          # touching is not overlapping
    assert overlaps(3, 4, 0, 10)


def test_a_related_span_points_at_the_mark():
    f = finding(100, 6, related=[(10, 5)])
    assert points_at(f, 12, 14)
    assert points_at(f, 104, 120)
    assert not points_at(f, 50, 60)


def test_caught_needs_a_listed_category_and_a_warning_or_error():
    assert catches(finding(10, 5), 12, 13, ["speakers", "names"])
    assert not catches(finding(10, 5, category="numbers"), 12, 13, ["speakers"])
    assert not catches(finding(10, 5, severity="info"), 12, 13, ["speakers"])
    assert catches(finding(10, 5, severity="error"), 12, 13, ["speakers"])
    assert not catches(finding(10, 5), 15, 20, ["speakers"])


def test_new_findings_compare_by_rule_and_text_as_multisets():
    before = [finding(10, 3, text="Abc"), finding(40, 3, text="Def")]
    # the edit shifted offsets: same rule and text is the same finding; a second copy is new
    after = [finding(12, 3, text="Abc"), finding(42, 3, text="Def"), finding(80, 3, text="Abc"),
             finding(90, 3, text="Abc", rule="speakers.unintroduced")]
    fresh = new_findings(before, after)
    assert [(f.offset, f.rule) for f in fresh] == [(80, "speakers.variant"), (90, "speakers.unintroduced")]


def test_quote_matching_is_one_to_one_largest_overlap_first():
    gold = [(0, 10), (12, 20)]
    # one long prediction over both gold quotes matches only the one it overlaps most
    assert match_spans([(0, 20)], gold) == {0: 0}
    assert match_spans([(5, 11), (0, 9)], gold) == {0: 1}
    assert match_spans([(14, 16), (0, 3)], gold) == {1: 0, 0: 1}
    assert match_spans([(30, 40)], gold) == {}


@pytest.mark.parametrize("predicted, gold, right", [
    ("Lefèvre", "Anne Lefevre", True),            # accents and case do not matter
    ("M. Dupont", "Jean Dupont", True),
    ("Jean-Marc Ferrand", "jean-marc ferrand", True),
    ("Okafor", "Grace Okafur", False),             # a variant is not the speaker
    ("", "Grace Okafor", False),
])
def test_speaker_by_surname(predicted, gold, right):
    assert speaker_correct(Speaker(predicted), gold, []) is right


def test_speaker_by_mention_span_and_none():
    assert speaker_correct(Speaker("il", ((40, 42),)), "Jean Dupont", [[40, 42], [3, 14]])
    assert not speaker_correct(Speaker("il", ((60, 62),)), "Jean Dupont", [[40, 42]])
    assert not speaker_correct(None, "Jean Dupont", [[40, 42]])
    assert not speaker_correct(Speaker("Dupont"), None, [])   # scare quotes have no speaker
    assert surname("Dr. Grace Okafor,") == "okafor"


def test_edits_must_find_exactly_one_place():
    assert accuracy.apply_edits("a b a", [{"find": "b", "replace": "c"}]) == "a c a"
    with pytest.raises(ValueError):
        accuracy.apply_edits("a b a", [{"find": "a", "replace": "c"}])


STORY_EN = """---
title: Council votes on the harbour plan
date: '2024-03-08'
lang: en
---

The council met on Tuesday, March 5, 2024, to vote on the harbour plan, said Mayor Helen Marsden.

"We will build it," Marsden said after the vote.
"""


def _shared(tmp_path: Path, faults: list[dict], quotes: list[dict]) -> Path:
    (tmp_path / "corpus" / "en").mkdir(parents=True)
    (tmp_path / "corpus" / "fr").mkdir(parents=True)
    (tmp_path / "corpus" / "en" / "0001.md").write_text(STORY_EN, encoding="utf-8")
    (tmp_path / "faults").mkdir()
    (tmp_path / "faults" / "dev.jsonl").write_text("".join(json.dumps(f) + "\n" for f in faults))
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "gold.jsonl").write_text("".join(json.dumps(q) + "\n" for q in quotes))
    return tmp_path


def test_a_weekday_fault_is_caught_and_a_harmless_edit_is_not(tmp_path):
    faults = [
        {"src": "en/0001.md", "kind": "weekday-mismatch", "categories": ["timeline"],
         "edits": [{"find": "Tuesday, March 5", "replace": "Thursday, March 5"}],
         "mark": "Thursday, March 5", "why": "March 5, 2024 is a Tuesday."},
        {"src": "en/0001.md", "kind": "weekday-mismatch", "categories": ["timeline"],
         "edits": [{"find": "harbour plan, said", "replace": "port plan, said"}],
         "mark": "port plan", "why": "not a fault: the check must stay silent"},
    ]
    result = accuracy.run(_shared(tmp_path, faults, []), ("faults",))
    row = result["faults"]["rows"][0]
    assert (row["kind"], row["lang"], row["caught"], row["total"]) == ("weekday-mismatch", "en", 1, 2)
    assert row["new_at_fault"] == row["new"] >= 1
    assert [m["mark"] for m in result["faults"]["misses"]] == ["port plan"]
    assert result["faults"]["families"]["timeline"]["recall"] == 0.5


def test_quotes_are_scored_for_span_and_speaker(tmp_path):
    start = STORY_EN.index("We will build it")
    gold = [{"src": "en/0001.md", "quote": {"start": start, "end": start + 16},
             "text": "We will build it", "speaker": "Helen Marsden", "speaker_mentions": [],
             "kind": "direct", "cue": "said"}]
    result = accuracy.run(_shared(tmp_path, [], gold), ("quotes",))
    quotes = result["quotes"]["quotes/en"]
    assert (quotes["found"], quotes["gold"]) == (1, 1)
    assert quotes["right"] == 1 and quotes["end_to_end"] == 1.0


def test_without_the_shared_sets_every_section_says_it_skipped(tmp_path):
    result = accuracy.run(tmp_path / "nowhere", accuracy.SECTIONS)
    assert result["notes"] and "skipped" in result["notes"][0]
    assert accuracy.main(["--shared", str(tmp_path / "nowhere")]) == 2
