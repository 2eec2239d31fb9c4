"""The ratchet: no change may lower a family's recall or raise its noise on clean copy.

The floor is benchmarks/accuracy_ratchet.json, written by
``python benchmarks/accuracy.py --record``. A change that raises a figure records the new
one in the same commit; a change that must lower one says why in its commit message and
records it too. Skips without ../shared (the sets are not in the repository).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def figures():
    if not all((SHARED / part).exists() for part in ("corpus", "faults/dev.jsonl", "quotes/gold.jsonl")):
        pytest.skip("needs the development sets (shared/corpus, faults, quotes beside this clone); not part of the repository")
    import accuracy
    return accuracy.ratchet_figures(accuracy.run(SHARED, ("faults", "quotes", "clean")))


FLOOR = json.loads((ROOT / "benchmarks" / "accuracy_ratchet.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("family", sorted(k for k in FLOOR if k != "quotes"))
def test_family_recall_and_noise_hold(figures, family):
    now, floor = figures[family], FLOOR[family]
    assert now["recall"] >= floor["recall"] - 1e-9, \
        f"{family} recall fell from {floor['recall']} to {now['recall']}"
    assert now["noise_per_1000"] <= floor["noise_per_1000"] + 1e-9, \
        f"{family} warnings per 1,000 clean words rose from {floor['noise_per_1000']} to {now['noise_per_1000']}"


def test_quote_figures_hold(figures):
    for key, value in FLOOR["quotes"].items():
        assert figures["quotes"][key] >= value - 1e-9, \
            f"quotes {key} fell from {value} to {figures['quotes'][key]}"
