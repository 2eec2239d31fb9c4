"""The shipped JSON Schema matches the loader, and every rule file validates against it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from checker.paths import builtin_rules_dir
from checker.schema import render

from conftest import ROOT

jsonschema = pytest.importorskip("jsonschema")
SCHEMA_FILE = ROOT / "rules" / "rule.schema.json"
RULE_FILES = sorted(builtin_rules_dir().glob("*.yaml")) + sorted((ROOT / "examples" / "rules").glob("*.yaml"))


def test_schema_file_is_up_to_date():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(), \
        "rules/rule.schema.json is stale: run python -m checker.schema > rules/rule.schema.json"


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_rule_files_validate(path: Path):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


def test_schema_rejects_what_the_loader_rejects():
    schema = json.loads(render())
    bad = {"rules": [{"id": "a.b", "check": "pattern", "severity": "warning", "message": "m",
                      "patern": ["x"]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
