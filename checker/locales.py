"""Locales: the language knowledge of one language, from its YAML file and from CLDR.

Cue words (speech verbs, attribution phrases, titles, approximators, relative-time words)
live in ``rules/locales/<lang>.yaml``; month and weekday names and number symbols come
from CLDR through Babel, so adding a language means adding one YAML file.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from ._yaml import ConfigError, load_yaml_file
from .paths import builtin_locale_dir

LOCALE_KEYS = {
    "language": "the language code, e.g. en",
    "name": "the language's name",
    "babel": "the CLDR locale Babel uses for month/weekday names and number symbols",
    "detect": "stopwords used to detect the language",
    "sentences": "abbreviations that do not end a sentence",
    "speakers": "person, quote and speech cues",
    "attribution": "attribution cues",
    "numbers": "quantity cues",
    "time": "time-expression cues",
    "names": "proper-noun cues",
}


def fold(word: str) -> str:
    """Lower-case and strip accents: the key under which names are looked up."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    if len(decomposed) < 24:
        return "".join(c for c in decomposed if not unicodedata.combining(c))
    # A sentence: drop each distinct mark with str.replace (a few of them) instead of
    # testing every character in Python; same result, twice as fast from ~24 characters.
    for mark in [c for c in set(decomposed) if unicodedata.combining(c)]:
        decomposed = decomposed.replace(mark, "")
    return decomposed


@dataclass(frozen=True, eq=False)
class Locale:
    """One language: raw YAML sections plus CLDR names.

    Args:
        code: language code ("en").
        data: the YAML file's content, read-only.
        path: where it was loaded from.
        months: folded month name or abbreviation -> month number (1-12).
        weekdays: folded weekday name or abbreviation -> weekday (Monday=0).
        decimal_symbol / group_symbol: CLDR number symbols.
    """

    code: str
    data: Mapping[str, Any]
    path: str
    months: Mapping[str, int] = field(default_factory=dict)
    weekdays: Mapping[str, int] = field(default_factory=dict)
    decimal_symbol: str = "."
    group_symbol: str = ","

    def get(self, section: str, key: str, default: Any = ()) -> Any:
        """A value from one section of the locale file (``default`` when absent)."""
        value = self.data.get(section) or {}
        if not isinstance(value, Mapping):
            return default
        return value.get(key, default)

    def words(self, section: str, key: str) -> tuple[str, ...]:
        """A list of cue words, as a tuple of strings."""
        value = self.get(section, key, ())
        if isinstance(value, str):
            return (value,)
        return tuple(str(v) for v in value or ())


def _cldr(babel_code: str) -> tuple[dict[str, int], dict[str, int], str, str]:
    """Month and weekday names and number symbols of a CLDR locale.

    Remembered on disk (``checker.speedups.data_cache``) per Babel installation: importing Babel
    and walking its tables was a sixth of a one-article run. An unknown locale raises, and
    is never cached.
    """
    from .speedups import data_cache
    stamp = (_babel_stamp(), data_cache.file_stamp(__file__))
    key = f"cldr:{babel_code}:{__file__}"   # one entry per installation: two never evict each other
    if stamp[0] is not None:
        cached = data_cache.get(key, stamp)
        if cached is not None:
            months, weekdays, decimal, group = cached
            return dict(months), dict(weekdays), decimal, group
    result = _cldr_from_babel(babel_code)
    if stamp[0] is not None:
        data_cache.put(key, stamp, result)
    return result


@functools.lru_cache(maxsize=1)
def _babel_stamp() -> tuple[Any, ...] | None:
    """Identifies the installed Babel and its CLDR data, without importing it."""
    from .speedups import data_cache
    return data_cache.package_stamp("babel", "global.dat")


def _cldr_from_babel(babel_code: str) -> tuple[dict[str, int], dict[str, int], str, str]:
    import babel.dates
    import babel.numbers
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in babel.dates.get_month_names(width, context, locale=babel_code).items():
                months.setdefault(fold(name).rstrip("."), number)
            for number, name in babel.dates.get_day_names(width, context, locale=babel_code).items():
                weekdays.setdefault(fold(name).rstrip("."), number)
    return (months, weekdays, babel.numbers.get_decimal_symbol(babel_code),
            babel.numbers.get_group_symbol(babel_code))


@functools.lru_cache(maxsize=64)
def _load(path: str) -> Locale:
    data, _lines = load_yaml_file(Path(path))
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: a locale file must be a mapping with keys "
                          f"{', '.join(sorted(LOCALE_KEYS))}")
    for key in data:
        if key not in LOCALE_KEYS:
            line = _lines.get((key,), 1)
            raise ConfigError(f"{path}:{line}: unknown locale key {key!r}; expected one of "
                              f"{', '.join(sorted(LOCALE_KEYS))}")
    _check_cue_words(data, _lines, path)
    _check_section_keys(data, _lines, path)
    code = str(data.get("language") or Path(path).stem)
    babel_code = str(data.get("babel") or code)
    try:
        months, weekdays, decimal, group = _cldr(babel_code)
    except Exception as error:  # babel raises UnknownLocaleError / ValueError
        line = _lines.get(("babel",), 1)
        raise ConfigError(f"{path}:{line}: CLDR has no locale {babel_code!r} ({error}); "
                          f"set 'babel:' to a locale Babel knows") from None
    months = {**months, **_written_months(data)}
    return Locale(code=code, data=MappingProxyType(data), path=path,
                  months=MappingProxyType(months), weekdays=MappingProxyType(weekdays),
                  decimal_symbol=decimal, group_symbol=group)


@functools.lru_cache(maxsize=1)
def known_section_keys() -> dict[str, frozenset[str]]:
    """The keys each section of a locale file may hold: those the built-in locales use
    (their union: a key one language leaves out, another may need). The built-in files
    are the documentation of every key, with a comment above each."""
    from .paths import builtin_locale_dir
    known: dict[str, set[str]] = {}
    for file in sorted(builtin_locale_dir().glob("*.yaml")):
        data, _ = load_yaml_file(file)
        for section, value in (data or {}).items():
            if isinstance(value, dict):
                known.setdefault(section, set()).update(value)
    return {section: frozenset(keys) for section, keys in known.items()}


def _written_months(data: Mapping[str, Any]) -> dict[str, int]:
    """The month abbreviations a press style writes and CLDR does not list (AP's "Sept.",
    French « fév. »): ``time.month_abbreviations`` of the locale, folded and without dot."""
    time = data.get("time")
    written = time.get("month_abbreviations") if isinstance(time, dict) else None
    if not isinstance(written, dict):
        return {}
    return {fold(str(name)).rstrip("."): int(number) for name, number in written.items()
            if isinstance(number, int) and 1 <= number <= 12}


def _check_section_keys(data: Mapping[str, Any], lines: Mapping[tuple, int], path: str) -> None:
    """A misspelt key inside a section ("speech_verb" for "verbs") would leave its cue list
    silently empty: refuse it with its file, line and the nearest known key."""
    import difflib
    from .paths import builtin_locale_dir
    if Path(path).resolve().parent == builtin_locale_dir().resolve():
        return    # the built-in files define the keys
    known = known_section_keys()
    for section, value in data.items():
        if not isinstance(value, dict) or section not in known:
            continue
        for key in value:
            if key not in known[section]:
                close = difflib.get_close_matches(str(key), sorted(known[section]), n=1, cutoff=0.6)
                hint = f"did you mean {close[0]!r}?" if close else \
                    f"the keys of '{section}' are documented in rules/locales/en.yaml"
                raise ConfigError(f"{path}:{lines.get((section, key), 1)}: unknown key {key!r} in "
                                  f"section '{section}'; {hint}")


def _check_cue_words(data: Mapping[str, Any], lines: Mapping[tuple, int], path: str) -> None:
    """Refuse cue lists holding YAML 1.1 booleans or nulls: `On`, `No`, `Yes` read as true/false."""
    def walk(value: Any, key_path: tuple) -> None:
        if isinstance(value, dict):
            for key, child in value.items():
                walk(child, key_path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, bool) or item is None:
                    line = lines.get(key_path + (index,), lines.get(key_path, 1))
                    raise ConfigError(f"{path}:{line}: {'.'.join(map(str, key_path))} holds {item!r}, "
                                      f"which YAML read from a bare word such as On, No or Yes; "
                                      f"quote the word ('On')")
                walk(item, key_path + (index,))
    for section, value in data.items():
        if section not in ("language", "name", "babel"):
            walk(value, (section,))


def locale_dirs(rule_paths: Iterable[Path] = ()) -> tuple[Path, ...]:
    """Where locale files are looked for: ``locales/`` in user rule paths, then built-in."""
    dirs = []
    for path in rule_paths:
        path = Path(path)
        base = path if path.is_dir() else path.parent
        if (base / "locales").is_dir():
            dirs.append(base / "locales")
    dirs.append(builtin_locale_dir())
    return tuple(dirs)


def available_languages(rule_paths: Iterable[Path] = ()) -> tuple[str, ...]:
    """Language codes that have a locale file, built-in or user-supplied."""
    codes = set()
    for directory in locale_dirs(rule_paths):
        codes.update(p.stem for p in directory.glob("*.yaml"))
    return tuple(sorted(codes))


def load_locale(code: str, rule_paths: Iterable[Path] = ()) -> Locale:
    """The locale for ``code``; a user's locale file overrides the built-in one."""
    return _find_locale(code, tuple(rule_paths))


@functools.lru_cache(maxsize=64)  # several look-ups per file: no stat() calls after the first
def _find_locale(code: str, rule_paths: tuple[Path, ...]) -> Locale:
    for directory in locale_dirs(rule_paths):
        candidate = directory / f"{code}.yaml"
        if candidate.is_file():
            return _load(str(candidate))
    raise ConfigError(f"no locale file for language {code!r}; available: "
                      f"{', '.join(available_languages(rule_paths))}. Add "
                      f"locales/{code}.yaml to a --rules directory to support it")
