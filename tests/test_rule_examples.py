"""Every built-in rule's examples pass: each ``bad`` snippet fires, each ``good`` one does not.

Parametrized over whatever rules exist, so a new rule's examples are tested the moment
its YAML lands; a wrong example fails here with the rule, language and snippet.
"""
from __future__ import annotations

import pytest

from checker.rule_examples import run_examples
from checker.ruleset import load_rules

RULES = load_rules(())


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_rule_examples(rule):
    failures = [f"{r.lang} {r.kind} #{r.index}: {r.problem}\n{r.snippet}"
                for r in run_examples([rule]) if not r.passed]
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_rule_documents_itself(rule):
    assert rule.description, f"{rule.source}: {rule.id} has no description"
    for lang in rule.languages or ("en", "fr"):
        block = (rule.examples or {}).get(lang) or {}
        assert block.get("bad") and block.get("good"), \
            f"{rule.source}: {rule.id} needs bad and good examples in {lang}"
