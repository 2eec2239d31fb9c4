"""Safe YAML loading that remembers the line of every key, for `file:line:` errors.

Only plain data is built (SafeLoader's scalars, lists and mappings): a rule file can never
construct an object or run code.

PyYAML is imported on the first parse, not with this module: a run whose rule and locale
files all come from the on-disk cache and whose article has no front matter never needs it.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .speedups import data_cache

if TYPE_CHECKING:
    import yaml


class ConfigError(Exception):
    """A configuration, rule or locale problem, worded for the user (exit status 2)."""


Lines = dict[tuple[Any, ...], int]
_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:omap")


@functools.lru_cache(maxsize=1)
def _loader_class() -> type:
    """libyaml's parser when PyYAML has it: ten times faster on rule and locale files (a
    large share of a one-article run); same safe constructor, same nodes and marks."""
    import yaml
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# A rule or locale file has a few thousand nodes; an alias bomb (nine anchors of nine
# aliases each) expands to hundreds of millions. Each alias's expansion is counted.
MAX_NODES = 200_000


class _Walk:
    """What one parse has built so far: to refuse cycles, bound aliases, or refuse them."""

    def __init__(self, filename: str, aliases: bool) -> None:
        self.filename = filename
        self.aliases = aliases
        self.seen: set[int] = set()
        self.open: set[int] = set()
        self.nodes = 0

    def enter(self, node: "yaml.Node") -> None:
        where = f"{self.filename}:{node.start_mark.line + 1}"
        if id(node) in self.open:
            raise ConfigError(f"{where}: invalid YAML: an alias refers to the collection that "
                              f"contains it (a loop); write the values out")
        if id(node) in self.seen and not self.aliases:
            raise ConfigError(f"{where}: invalid YAML: anchors and aliases (&name, *name) are "
                              f"not allowed here; write the value out")
        self.seen.add(id(node))
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ConfigError(f"{where}: invalid YAML: more than {MAX_NODES:,} values once its "
                              f"aliases are expanded; write the values out or split the file")


def _build(node: "yaml.Node", loader: Any, path: tuple[Any, ...], lines: Lines,
           walk: _Walk) -> Any:
    import yaml
    filename = walk.filename
    walk.enter(node)
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_TAGS:
        raise ConfigError(f"{filename}:{node.start_mark.line + 1}: invalid YAML: tag {node.tag!r} "
                          f"is not allowed (copydesk reads plain data only)")
    if isinstance(node, yaml.MappingNode):
        walk.open.add(id(node))
        result: dict[Any, Any] = {}
        loader.flatten_mapping(node)
        for key_node, value_node in node.value:
            walk.enter(key_node)
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise ConfigError(f"{filename}:{key_node.start_mark.line + 1}: "
                                  f"mapping keys must be plain scalars")
            if key in result:
                raise ConfigError(f"{filename}:{key_node.start_mark.line + 1}: "
                                  f"duplicate key {key!r}")
            lines[path + (key,)] = key_node.start_mark.line + 1
            result[key] = _build(value_node, loader, path + (key,), lines, walk)
        walk.open.discard(id(node))
        return result
    if isinstance(node, yaml.SequenceNode):
        walk.open.add(id(node))
        items = [_build(child, loader, path + (i,), lines, walk) for i, child in enumerate(node.value)]
        walk.open.discard(id(node))
        return items
    try:
        return loader.construct_object(node, deep=True)
    except ValueError as error:  # a well-formed but impossible value: "date: 2025-02-29"
        raise ConfigError(f"{filename}:{node.start_mark.line + 1}: invalid value "
                          f"{node.value!r}: {error}") from None


def load_yaml_text(text: str, filename: str, *, aliases: bool = True) -> tuple[Any, Lines]:
    """Parse YAML text; return the data and a map from key path to 1-based line.

    ``aliases=False`` refuses anchors and aliases outright (a story's front matter never
    needs them); with them, a loop is refused and the expanded size is bounded, so a
    hostile file gets a ``file:line`` error instead of exhausting memory or the stack.
    """
    import yaml
    loader = _loader_class()(text)
    try:
        node = loader.get_single_node()
        lines: Lines = {}
        data = None if node is None else _build(node, loader, (), lines, _Walk(filename, aliases))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problem = error.problem or error.context or "invalid YAML"
        raise ConfigError(f"{filename}:{line}: invalid YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{filename}:1: invalid YAML: {error}") from None
    finally:
        loader.dispose()
    return data, lines


@functools.lru_cache(maxsize=1)
def _code_stamp() -> tuple[Any, ...] | None:
    """What a cached parse depends on besides the file: this module and the installed PyYAML."""
    pyyaml = data_cache.package_stamp("yaml")
    return None if pyyaml is None else (data_cache.file_stamp(__file__), pyyaml)


def load_yaml_file(path: Path) -> tuple[Any, Lines]:
    """Read and parse a YAML file, with a clear error when it cannot be read.

    A file parsed by an earlier run and unchanged since (same modification time and size)
    comes from the on-disk cache (``checker.speedups.data_cache``); only files that parsed without
    error are ever cached, so every error is still raised with its ``file:line``.
    """
    key = "yaml:" + os.path.abspath(path)
    stamp = data_cache.file_stamp(path)
    if stamp is not None and _code_stamp() is not None:
        stamp = (stamp, _code_stamp())
        cached = data_cache.get(key, stamp)
        if cached is not None:
            data, pairs = cached
            return data, {tuple(key_path): line for key_path, line in pairs}
    else:
        stamp = None
    data, lines = _read_yaml_file(path)
    if stamp is not None:
        data_cache.put(key, stamp, (data, [(key_path, line) for key_path, line in lines.items()]))
    return data, lines


def _read_yaml_file(path: Path) -> tuple[Any, Lines]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 (byte {error.start}); save it as UTF-8") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None
    return load_yaml_text(text, str(path))
