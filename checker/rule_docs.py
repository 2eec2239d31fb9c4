"""Rules document themselves: ``copydesk explain RULE`` and the Markdown rule reference.

Everything comes from the rule's YAML (``description``, ``why``, ``examples``), like
``ruff rule``: the docs cannot drift from the rules because they are the rules.
``docs/rules.md`` is ``copydesk rules --format markdown``; a test keeps it current.
"""
from __future__ import annotations

from typing import Any, Iterable

LANGUAGE_NAMES = {"en": "English", "fr": "French"}


def _snippets(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value or ()]


def shown_source(source: str) -> str:
    """Where a rule is defined, as a reader can use it: a built-in rule's place in the
    package ("built-in rules/speakers.yaml:12"), not this machine's install path (which a
    SARIF upload or a shared report would otherwise carry); a user's rule as given."""
    import os
    from .paths import builtin_rules_dir
    try:
        root = str(builtin_rules_dir())
    except RuntimeError:
        return source
    if source.startswith(root + os.sep):
        return "built-in rules/" + source[len(root) + 1:].replace(os.sep, "/")
    return source


def param_docs(params_type: type) -> dict[str, str]:
    """Each key's meaning, read from the ``Args:`` section of a kind's ``Params`` docstring
    (``name (type): text``, continued on deeper-indented lines): the reference is written
    once, beside the field it documents."""
    import re
    import textwrap
    docs: dict[str, str] = {}
    doc = textwrap.dedent((params_type.__doc__ or "").split("Args:", 1)[-1] if "Args:" in (params_type.__doc__ or "") else "")
    current = None
    for line in doc.split("\n"):
        entry = re.match(r"^\s{0,8}(\w+) \([^)]*\): (.*)$", line)
        if entry and not line.startswith(" " * 9):
            current = entry.group(1)
            docs[current] = entry.group(2).strip()
        elif current and line.strip():
            docs[current] += " " + line.strip()
    return docs


def settings(rule) -> list[tuple[str, str, str, str]]:
    """(YAML key, this rule's value, the kind's default, meaning) for each of the kind's keys."""
    import dataclasses
    from .checks import load_kind
    kind = load_kind(rule.check)
    if kind is None or rule.params is None:
        return []
    meaning = param_docs(kind.Params)
    rows = []
    for field in dataclasses.fields(kind.Params):
        default = field.default if field.default is not dataclasses.MISSING else None
        rows.append((field.name.replace("_", "-"), _value(getattr(rule.params, field.name)),
                     _value(default), meaning.get(field.name, "")))
    return rows


def _value(value: Any) -> str:
    import json
    if isinstance(value, (tuple, list)):
        value = list(value)
    elif hasattr(value, "items"):
        value = dict(value)
    return json.dumps(value, ensure_ascii=False)


def rule_plain(rule) -> str:
    """The explanation ``copydesk explain`` prints: what, why, settings, examples."""
    lines = [f"{rule.id}  ({rule.severity}, {rule.category})", ""]
    if rule.description:
        lines += [rule.description, ""]
    if rule.why:
        lines += ["Why it matters:", f"  {rule.why}", ""]
    languages = ", ".join(rule.languages) or "all languages"
    lines += [f"Check kind: {rule.check}   Scope: {rule.scope}   Languages: {languages}",
              f"Message: {rule.message}", f"Defined at: {shown_source(rule.source)}"]
    rows = settings(rule)
    if rows:
        lines += ["", "Settings (YAML keys of this rule; default in brackets when it differs):"]
        for key, value, default, meaning in rows:
            shown = value if value == default else f"{value}  [{default}]"
            lines += [f"  {key}: {shown}", f"      {meaning}"] if meaning else [f"  {key}: {shown}"]
    for lang, block in (rule.examples or {}).items():
        for key, label in (("bad", "fires on"), ("good", "stays quiet on")):
            for snippet in _snippets(block.get(key)):
                lines += ["", f"Example ({lang}) {label}:"]
                lines += [f"  | {line}" for line in snippet.rstrip("\n").split("\n")]
    if not rule.examples:
        lines += ["", "(no examples)"]
    lines += ["", f"Mute it for one paragraph: <!-- copydesk-disable-next-paragraph {rule.id} -->"]
    return "\n".join(lines) + "\n"


def _fence(snippet: str) -> str:
    longest = max((len(run) for run in snippet.split("\n") if set(run) == {"`"}), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}markdown\n{snippet.rstrip()}\n{fence}"


def rule_markdown(rule, *, heading_level: int = 3) -> str:
    """One rule as Markdown (``heading_level`` 0 leaves the heading out, for SARIF help)."""
    parts = []
    if heading_level:
        parts.append(f"{'#' * heading_level} `{rule.id}`")
    languages = ", ".join(rule.languages) or "all"
    parts.append(f"**{rule.severity}** · check `{rule.check}` · scope {rule.scope} · languages {languages}")
    if rule.description:
        parts.append(rule.description)
    if rule.why:
        parts.append(f"*Why:* {rule.why}")
    rows = settings(rule)
    if rows:
        table = ["| Setting | This rule | Default | Meaning |", "| --- | --- | --- | --- |"]
        table += [f"| `{key}` | `{_cell(value)}` | `{_cell(default)}` | {_cell(meaning)} |"
                  for key, value, default, meaning in rows]
        parts.append("Settings (set any of them in the rule's YAML):\n\n" + "\n".join(table))
    for lang, block in (rule.examples or {}).items():
        name = LANGUAGE_NAMES.get(lang, lang)
        for key, label in (("bad", "Flagged"), ("good", "Not flagged")):
            for snippet in _snippets(block.get(key)):
                parts.append(f"{label} ({name}):\n\n{_fence(snippet)}")
    return "\n\n".join(parts) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown(rules: Iterable[Any]) -> str:
    """The whole rule reference, grouped by category, with a table of contents."""
    rules = sorted(rules, key=lambda r: r.id)
    categories: dict[str, list[Any]] = {}
    for rule in rules:
        categories.setdefault(rule.category, []).append(rule)
    out = ["# copydesk rules", "",
           "<!-- Generated by `copydesk rules --format markdown -o docs/rules.md`; do not edit. -->", "",
           "Every built-in rule, with what it finds, why an editor cares and examples in each "
           "language it supports. `copydesk explain RULE` prints the same in a terminal.", "",
           "| Rule | Severity | Description |", "| --- | --- | --- |"]
    for rule in rules:
        anchor = rule.id.replace(".", "").lower()
        description = (rule.description or "").replace("|", "\\|")
        out.append(f"| [`{rule.id}`](#{anchor}) | {rule.severity} | {description} |")
    for category, members in categories.items():
        out += ["", f"## {category}", ""]
        out += [rule_markdown(rule) for rule in members]
    return "\n".join(out).rstrip() + "\n"
