"""The annotated example articles: each `ruleid:` paragraph holds a finding, each `ok:` none."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.engine import run_rules
from checker.readers import read_path
from checker.ruleset import load_rule_file

ROOT = Path(__file__).resolve().parent.parent
RULES = load_rule_file(ROOT / "rules" / "numbers.yaml")
ANNOTATION = re.compile(r"<!--\s*(ruleid|ok):\s*([\w.\-, ]+?)\s*-->")


@pytest.mark.parametrize("name", ["en-numbers.md", "fr-numbers.md"])
def test_annotated_example(name: str) -> None:
    document = read_path(ROOT / "examples" / name)
    result = run_rules(document, RULES)
    found = {(f.rule, document.paragraph_index(f.offset)) for f in result.findings}
    expected, forbidden = set(), set()
    for match in ANNOTATION.finditer(document.text):
        index = next(i for i, p in enumerate(document.paragraphs) if p.span.start >= match.end())
        for rule in match.group(2).split(","):
            (expected if match.group(1) == "ruleid" else forbidden).add((rule.strip(), index))
    assert expected, "an example that asserts nothing"
    assert not expected - found, f"missed: {sorted(expected - found)}"
    assert not forbidden & found, f"unexpected: {sorted(forbidden & found)}"
