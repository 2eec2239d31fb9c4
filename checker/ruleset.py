"""Loading rule files: strict, with every mistake reported as ``file:line: what, expected``.

A rule file holds ``rules:``, a list of rules. Each rule has a shared header (``id``,
``check``, ``severity``, ``message``, ``scope``, ``languages``, ...) plus the keys of its
check kind's ``Params`` dataclass; any other key is an error naming the keys that were
expected, so a misspelt parameter can never be silently ignored.
"""
from __future__ import annotations

import dataclasses
import string
import typing
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping


from .speedups import pattern_cache
from ._yaml import ConfigError, Lines, load_yaml_file
from .checks import RuleParamError, kind_names, load_kind
from .findings import SEVERITIES
from .paths import builtin_rules_dir
from .rule import SCOPES, Rule

HEADER_KEYS = {
    "id": "rule id, category.name (e.g. speakers.unintroduced)",
    "check": "the check kind",
    "severity": "error, warning or info",
    "message": "message template with {named} fields",
    "scope": "the unit inside which the check relates things: sentence, paragraph or document; each check kind honours its own (the first is its default)",
    "languages": "list of language codes (empty: all)",
    "category": "JSON category (default: the id's prefix)",
    "description": "one line: what the rule finds",
    "why": "why an editor cares",
    "examples": "{lang: {bad: [...], good: [...]}}",
    "metadata": "free-form mapping (links, tags)",
    "override": "true to replace the built-in rule of the same id",
}
REQUIRED = ("id", "check", "severity", "message")
_ID = pattern_cache.compile(r"[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+")


def _where(filename: str, lines: Lines, path: tuple[Any, ...]) -> str:
    while path and path not in lines:
        path = path[:-1]
    return f"{filename}:{lines.get(path, 1)}"


def _type_name(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin in (tuple, list):
        return "a list"
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        return "a mapping"
    if origin is typing.Union:
        return " or ".join(_type_name(a) for a in typing.get_args(hint) if a is not type(None))
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false"}.get(hint, str(hint))


def _coerce(value: Any, hint: Any) -> Any:
    """Convert a YAML value to a Params field's type, or raise TypeError."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return value
    if origin is typing.Union:
        if value is None and type(None) in typing.get_args(hint):
            return None
        for arg in typing.get_args(hint):
            if arg is type(None):
                continue
            try:
                return _coerce(value, arg)
            except TypeError:
                pass
        raise TypeError
    if origin in (tuple, list):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise TypeError
        args = [a for a in typing.get_args(hint) if a is not Ellipsis] or [Any]
        return tuple(_coerce(item, args[0]) for item in value)
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        if not isinstance(value, dict):
            raise TypeError
        return MappingProxyType(dict(value))
    if hint is bool:
        if not isinstance(value, bool):
            raise TypeError
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError
        return value
    if hint is str:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise TypeError
        return str(value)
    return value


def build_rule(raw: Any, filename: str, lines: Lines, path: tuple[Any, ...]) -> Rule:
    """Validate one rule mapping and build it (compiling what its kind prepares)."""
    def at(*keys: Any) -> str:
        return _where(filename, lines, path + keys)

    rule_id = _rule_id(raw, at, path[-1])
    kind = load_kind(str(raw["check"]))
    if kind is None:
        raise ConfigError(f"{at('check')}: unknown check kind "
                          f"{raw['check']!r} in rule {rule_id}; expected one of {', '.join(kind_names())}")
    params = _params(raw, kind, rule_id, at)
    severity = raw["severity"]
    if severity not in SEVERITIES:
        raise ConfigError(f"{at('severity')}: severity {severity!r} "
                          f"in rule {rule_id}; expected one of {', '.join(SEVERITIES)}")
    scope = _scope(raw, kind, rule_id, at)
    languages = raw.get("languages") or ()
    if isinstance(languages, str):
        languages = (languages,)
    if not isinstance(languages, (list, tuple)) or not all(isinstance(x, str) for x in languages):
        raise ConfigError(f"{at('languages')}: 'languages' in rule "
                          f"{rule_id} must be a list of language codes, e.g. [en, fr]")
    message = _message(raw, kind, rule_id, at)
    examples = raw.get("examples") or {}
    _check_examples(examples, filename, lines, path + ("examples",), rule_id)
    try:
        params_value = kind.Params(**params)
        prepared = kind.prepare(params_value) if hasattr(kind, "prepare") else None
    except RuleParamError as error:
        raise ConfigError(f"{at(error.key)}: '{error.key}' in rule "
                          f"{rule_id}: {error}") from None
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{at()}: rule {rule_id}: {error}") from None
    override = raw.get("override", False)
    if not isinstance(override, bool):
        raise ConfigError(f"{at('override')}: 'override' in rule "
                          f"{rule_id} must be true or false")
    category = raw.get("category") or rule_id.split(".", 1)[0]
    metadata = raw.get("metadata") or {}
    return Rule(id=rule_id, check=str(raw["check"]), severity=severity, message=message,
                scope=scope, languages=tuple(languages), category=str(category),
                description=str(raw.get("description") or ""), why=str(raw.get("why") or ""),
                examples=MappingProxyType(dict(examples)),
                metadata=MappingProxyType(dict(metadata)) if isinstance(metadata, dict) else MappingProxyType({}),
                params=params_value, prepared=prepared, source=at(), override=override)


def _rule_id(raw: Any, at: Callable[..., str], index: int) -> str:
    """The rule's id, once the mapping has every required key and the id its shape."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{at()}: a rule must be a mapping with keys {', '.join(REQUIRED)}, ...")
    for key in REQUIRED:
        if key not in raw:
            raise ConfigError(f"{at()}: rule {raw.get('id', '#%d' % index)!r} is missing "
                              f"'{key}' ({HEADER_KEYS[key]})")
    rule_id = raw["id"]
    if not isinstance(rule_id, str) or not _ID.fullmatch(rule_id):
        raise ConfigError(f"{at('id')}: bad rule id {rule_id!r}; "
                          f"expected category.name in lower case, e.g. style.my-rule")
    return rule_id


def _params(raw: Mapping[str, Any], kind: Any, rule_id: str, at: Callable[..., str]) -> dict[str, Any]:
    """The kind's own keys of the rule, each checked against its ``Params`` field's type."""
    hints = typing.get_type_hints(kind.Params)
    param_fields = {f.name.replace("_", "-"): f.name for f in dataclasses.fields(kind.Params)}
    param_fields.update({f.name: f.name for f in dataclasses.fields(kind.Params)})
    params: dict[str, Any] = {}
    for key, value in raw.items():
        if key in HEADER_KEYS:
            continue
        if key not in param_fields:
            expected = sorted(set(HEADER_KEYS) | set(param_fields))
            raise ConfigError(f"{at(key)}: unknown key {key!r} in rule {rule_id} "
                              f"(check: {raw['check']}); expected one of {', '.join(expected)}")
        name = param_fields[key]
        try:
            params[name] = _coerce(value, hints[name])
        except TypeError:
            raise ConfigError(f"{at(key)}: '{key}' in rule {rule_id} must be "
                              f"{_type_name(hints[name])}, not {type(value).__name__}") from None
    return params


def _scope(raw: Mapping[str, Any], kind: Any, rule_id: str, at: Callable[..., str]) -> str:
    """The rule's scope: one its kind honours, the kind's first when the YAML says none."""
    scope = raw.get("scope", kind.SCOPES[0])
    if scope not in SCOPES:
        raise ConfigError(f"{at('scope')}: scope {scope!r} in rule "
                          f"{rule_id}; expected one of {', '.join(SCOPES)}")
    if scope not in kind.SCOPES:
        raise ConfigError(f"{at('scope')}: scope {scope!r} means "
                          f"nothing to check {raw['check']} (rule {rule_id}); it honours "
                          f"{' or '.join(kind.SCOPES)}: write that or leave scope out")
    return scope


def _message(raw: Mapping[str, Any], kind: Any, rule_id: str, at: Callable[..., str]) -> str:
    """The message template, using only the fields its kind fills in."""
    message = raw["message"]
    if not isinstance(message, str):
        raise ConfigError(f"{at('message')}: 'message' must be a string")
    allowed = set(getattr(kind, "FIELDS", ())) | {"text"}
    try:
        used = {name for _, name, _, _ in string.Formatter().parse(message) if name}
    except ValueError as error:
        raise ConfigError(f"{at('message')}: bad message template "
                          f"in rule {rule_id}: {error}; write literal braces as {{{{ }}}}") from None
    unknown = sorted(n for n in used if n.split(".")[0].split("[")[0] not in allowed)
    if unknown:
        raise ConfigError(f"{at('message')}: message of rule {rule_id} "
                          f"uses {', '.join('{%s}' % n for n in unknown)}; check {raw['check']} "
                          f"provides {', '.join('{%s}' % n for n in sorted(allowed))}")
    return message


def _check_examples(examples: Any, filename: str, lines: Lines, path: tuple[Any, ...], rule_id: str) -> None:
    where = _where(filename, lines, path)
    if not isinstance(examples, dict):
        raise ConfigError(f"{where}: 'examples' in rule {rule_id} must map a language to "
                          f"{{bad: [...], good: [...]}}")
    for lang, block in examples.items():
        block_where = _where(filename, lines, path + (lang,))
        if not isinstance(block, dict) or not set(block) <= {"bad", "good"}:
            raise ConfigError(f"{block_where}: examples.{lang} in rule {rule_id} must have only "
                              f"'bad' and 'good' lists of snippets")
        for key, snippets in block.items():
            items = [snippets] if isinstance(snippets, str) else snippets
            if not isinstance(items, list) or not all(isinstance(s, str) and s.strip() for s in items):
                raise ConfigError(f"{_where(filename, lines, path + (lang, key))}: examples.{lang}.{key} "
                                  f"in rule {rule_id} must be a list of non-empty text snippets")


def load_rule_file(path: Path) -> list[Rule]:
    """All rules of one YAML file."""
    data, lines = load_yaml_file(path)
    filename = str(path)
    if data is None:
        return []
    if not isinstance(data, dict) or "rules" not in data:
        raise ConfigError(f"{filename}:1: a rule file must have a top-level 'rules:' list")
    extra = sorted(set(data) - {"rules"})
    if extra:
        raise ConfigError(f"{_where(filename, lines, (extra[0],))}: unknown top-level key "
                          f"{extra[0]!r}; a rule file has only 'rules:'")
    if not isinstance(data["rules"], list):
        raise ConfigError(f"{_where(filename, lines, ('rules',))}: 'rules' must be a list of rules")
    rules = [build_rule(raw, filename, lines, ("rules", i)) for i, raw in enumerate(data["rules"])]
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise ConfigError(f"{rule.source}: duplicate rule id {rule.id} (first at {seen[rule.id]})")
        seen[rule.id] = rule.source
    return rules


def rule_files(path: Path) -> list[Path]:
    """The rule files of a path: itself, or the ``*.yaml``/``*.yml`` in a directory (not locales/)."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise ConfigError(f"{path}: no such rule file or directory")
    return sorted(p for p in list(path.glob("*.yaml")) + list(path.glob("*.yml")) if p.is_file())


def load_rules(extra_paths: Iterable[Path] = (), *, builtin: bool = True) -> tuple[Rule, ...]:
    """Built-in rules, then the user's.

    A user rule may replace a built-in one only by saying so (``override: true``): a house
    rule that happens to take a built-in id would otherwise switch the built-in check off
    without a word. Between user files, the later file wins, as before.
    """
    by_id: dict[str, Rule] = {}
    builtin_ids: set[str] = set()
    if builtin:
        for file in rule_files(builtin_rules_dir()):
            for rule in load_rule_file(file):
                by_id[rule.id] = rule
        builtin_ids = set(by_id)
    for source in extra_paths:
        for file in rule_files(Path(source)):
            for rule in load_rule_file(file):
                if rule.id in builtin_ids and not rule.override:
                    raise ConfigError(f"{rule.source}: rule id {rule.id} is a built-in rule's; give "
                                      f"yours another id (e.g. house.{rule.id.split('.', 1)[1]}), or "
                                      f"add 'override: true' to replace the built-in rule")
                if rule.override and builtin and rule.id not in builtin_ids:
                    raise ConfigError(f"{rule.source}: 'override: true' but no built-in rule is "
                                      f"called {rule.id}; `copydesk rules` lists them")
                by_id[rule.id] = rule
    return tuple(sorted(by_id.values(), key=lambda r: r.id))
