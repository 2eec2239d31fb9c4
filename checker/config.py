"""Configuration: ``.copydesk.yaml`` or ``[tool.copydesk]`` in ``pyproject.toml``.

Found by walking up from the checked file's directory, like ruff; the nearest wins.
Command-line options override it. Paths in it are relative to the file that names them.
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ._yaml import ConfigError, load_yaml_file
from .findings import SEVERITIES

CONFIG_NAMES = (".copydesk.yaml", ".copydesk.yml")
CONFIG_KEYS = {
    "select": "rule ids or prefixes to run (default: all)",
    "ignore": "rule ids or prefixes to skip",
    "severity": "mapping of rule id or prefix to error, warning or info",
    "rules": "extra rule files or directories",
    "lang": "default language when an article does not say",
    "fail-on": "lowest severity that makes the exit status 1",
    "min-severity": "lowest severity reported (default: warning in text output, info in data formats)",
    "max-size-mb": "largest file to check, in MB",
    "names": "house spellings of names (style sheet)",
    "time-budget": "seconds one file may take before its remaining rules are skipped",
    "exclude": "files and folders a folder walk skips (gitignore patterns, relative to this file)",
    "encoding": "encoding of stories that are not UTF-8 (windows-1252, latin-1...), or auto to detect it",
}


@dataclass(frozen=True)
class Config:
    """Resolved settings for a run (configuration file, then command line)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    rules: tuple[Path, ...] = ()
    lang: str | None = None
    fail_on: str = "warning"
    # None: not set; the human text formats then show warnings and errors and say how many
    # infos they hid, every data format (JSON, SARIF...) reports everything.
    min_severity: str | None = None
    max_size_mb: float = 10.0
    names: tuple[str, ...] = ()
    time_budget: float = 30.0
    encoding: str | None = None
    exclude: tuple[str, ...] = ()
    source: str | None = None
    # The line of each key in the file, for errors found once the rules are known
    # (``severity`` or ``select`` naming no rule). Not part of equality.
    key_lines: tuple[tuple[str, int], ...] = dataclasses.field(default=(), compare=False)

    def where(self, key: str) -> str:
        """``file:line`` of a key of this configuration, or the command line."""
        if not self.source:
            return "the command line"
        return f"{self.source}:{dict(self.key_lines).get(key, 1)}"

    def merged(self, **overrides: Any) -> "Config":
        """A copy with the non-empty command-line values replacing the file's."""
        values = {k: v for k, v in overrides.items() if v not in (None, (), [])}
        if "rules" in values:
            values["rules"] = tuple(self.rules) + tuple(Path(p) for p in values["rules"])
        return dataclasses.replace(self, **values)


def check_encoding(value: Any, where: str) -> str:
    """An encoding name Python knows, or ``auto``; a ConfigError naming ``where`` otherwise."""
    import codecs
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: 'encoding' must be an encoding name such as windows-1252, or auto")
    if value.strip().lower() == "auto":
        return "auto"
    try:
        return codecs.lookup(value.strip()).name
    except LookupError:
        raise ConfigError(f"{where}: unknown encoding {value!r}; use a name such as utf-8, "
                          f"windows-1252 or latin-1, or auto") from None


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: '{key}' must be a list of strings")


def parse_config(data: Mapping[str, Any], filename: str, lines: Mapping[tuple, int] | None = None) -> Config:
    """Validate a configuration mapping (from YAML or pyproject)."""
    lines = lines or {}
    base = Path(filename).parent
    values: dict[str, Any] = {"source": filename}
    for key, value in data.items():
        where = f"{filename}:{lines.get((key,), 1)}"
        if key not in CONFIG_KEYS:
            raise ConfigError(f"{where}: unknown configuration key {key!r}; expected one of "
                              f"{', '.join(sorted(CONFIG_KEYS))}")
        if key in ("select", "ignore", "names", "exclude"):
            values[key] = _strings(value, key, where)
        elif key == "rules":
            values["rules"] = tuple(base / p for p in _strings(value, key, where))
        elif key == "severity":
            if not isinstance(value, dict) or not all(v in SEVERITIES for v in value.values()):
                raise ConfigError(f"{where}: 'severity' must map rule ids to one of {', '.join(SEVERITIES)}")
            values["severity"] = tuple((str(k), v) for k, v in value.items())
        elif key in ("fail-on", "min-severity"):
            if value not in SEVERITIES:
                raise ConfigError(f"{where}: '{key}' must be one of {', '.join(SEVERITIES)}")
            values[key.replace("-", "_")] = value
        elif key == "lang":
            if not isinstance(value, str):
                raise ConfigError(f"{where}: 'lang' must be a language code such as en or fr")
            values["lang"] = value
        elif key == "encoding":
            values["encoding"] = check_encoding(value, where)
        elif key in ("max-size-mb", "time-budget"):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ConfigError(f"{where}: '{key}' must be a positive number")
            values[key.replace("-", "_")] = float(value)
    if values.get("lang"):
        from .locales import available_languages
        known = available_languages(values.get("rules", ()))
        if values["lang"] not in known:
            raise ConfigError(f"{filename}:{lines.get(('lang',), 1)}: lang {values['lang']!r} has no "
                              f"locale file; expected one of {', '.join(known)} (or add "
                              f"locales/{values['lang']}.yaml beside your rules)")
    values["key_lines"] = tuple((key, lines.get((key,), 1)) for key in data)
    return Config(**values)


def _toml_lines(text: str, keys: Any) -> dict[tuple, int]:
    """The line of each key of the ``[tool.copydesk]`` table (tomllib gives no positions)."""
    import re
    found: dict[tuple, int] = {}
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.replace(" ", "") == "[tool.copydesk]"
            continue
        if inside:
            match = re.match(r'["\']?([A-Za-z0-9_-]+)["\']?\s*=', stripped)
            if match and match.group(1) in keys:
                found.setdefault((match.group(1),), number)
    return found


def load_config_file(path: Path) -> Config:
    path = Path(path)
    if path.name == "pyproject.toml":
        import tomllib
        try:
            text = path.read_text(encoding="utf-8")
            data = tomllib.loads(text).get("tool", {}).get("copydesk", {})
        except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: cannot read [tool.copydesk]: {error}") from None
        return parse_config(data, str(path), _toml_lines(text, set(data)))
    data, lines = load_yaml_file(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: configuration must be a mapping of keys to values")
    return parse_config(data, str(path), lines)


@functools.lru_cache(maxsize=256)
def find_config(directory: Path) -> Config:
    """The nearest configuration at or above ``directory`` (an empty one if none)."""
    directory = Path(directory).resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return load_config_file(folder / name)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = pyproject.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if "[tool.copydesk" in text:
                return load_config_file(pyproject)
    return Config()
