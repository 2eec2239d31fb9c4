"""The JSON Schema of rule files, generated from the rule header and each kind's ``Params``.

Generated, never hand-edited, so it cannot drift from what the loader accepts; the copy
in ``rules/rule.schema.json`` (for editors: point yaml-language-server at it) is kept up
to date by a test. ``python -m checker.schema > rules/rule.schema.json`` rewrites it.
"""
from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any, Mapping

from .checks import kind_names, load_kind
from .findings import SEVERITIES
from .rule import SCOPES
from .ruleset import HEADER_KEYS

_EXAMPLES = {"type": "object", "additionalProperties": {
    "type": "object", "additionalProperties": False,
    "properties": {k: {"type": "array", "items": {"type": "string"}} for k in ("bad", "good")}}}


def _type_schema(hint: Any) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        return {"anyOf": [_type_schema(a) for a in typing.get_args(hint)]}
    if hint is type(None):
        return {"type": "null"}
    if origin in (tuple, list):
        args = [a for a in typing.get_args(hint) if a is not Ellipsis] or [Any]
        return {"type": "array", "items": _type_schema(args[0])}
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        return {"type": "object"}
    return {str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"},
            bool: {"type": "boolean"}}.get(hint, {})


def header_schema() -> dict[str, Any]:
    return {
        "id": {"type": "string", "pattern": r"^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$",
               "description": HEADER_KEYS["id"]},
        "check": {"enum": list(kind_names()), "description": HEADER_KEYS["check"]},
        "severity": {"enum": list(SEVERITIES), "description": HEADER_KEYS["severity"]},
        "message": {"type": "string", "description": HEADER_KEYS["message"]},
        "scope": {"enum": list(SCOPES), "description": HEADER_KEYS["scope"]},
        "languages": {"type": "array", "items": {"type": "string"}, "description": HEADER_KEYS["languages"]},
        "category": {"type": "string", "description": HEADER_KEYS["category"]},
        "description": {"type": "string", "description": HEADER_KEYS["description"]},
        "why": {"type": "string", "description": HEADER_KEYS["why"]},
        "examples": {**_EXAMPLES, "description": HEADER_KEYS["examples"]},
        "metadata": {"type": "object", "description": HEADER_KEYS["metadata"]},
        "override": {"type": "boolean", "description": HEADER_KEYS["override"]},
    }


def rule_schema() -> dict[str, Any]:
    """The schema: a ``rules`` list whose items are validated per ``check`` kind."""
    header = header_schema()
    variants = []
    for name in kind_names():
        kind = load_kind(name)
        hints = typing.get_type_hints(kind.Params)
        properties = dict(header)
        properties["scope"] = {"enum": list(kind.SCOPES), "default": kind.SCOPES[0],
                               "description": HEADER_KEYS["scope"]}
        for field in dataclasses.fields(kind.Params):
            properties[field.name.replace("_", "-")] = _type_schema(hints[field.name])
            properties[field.name] = _type_schema(hints[field.name])
        variants.append({"if": {"properties": {"check": {"const": name}}, "required": ["check"]},
                         "then": {"properties": properties, "additionalProperties": False}})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "copydesk rule file",
        "type": "object",
        "additionalProperties": False,
        "required": ["rules"],
        "properties": {"rules": {"type": "array", "items": {
            "type": "object", "required": ["id", "check", "severity", "message"],
            "properties": header, "allOf": variants}}},
    }


def render() -> str:
    return json.dumps(rule_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(render(), end="")
