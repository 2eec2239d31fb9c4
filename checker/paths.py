"""Where the built-in rules live, in a checkout and in an installed wheel alike."""
from __future__ import annotations

import functools
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)  # asked for several times per file; the install does not move
def builtin_rules_dir() -> Path:
    """``checker/rules`` in a wheel (force-included), ``rules/`` beside ``checker/`` in a checkout."""
    for candidate in (_HERE / "rules", _HERE.parent / "rules"):
        if (candidate / "locales").is_dir():
            return candidate
    raise RuntimeError("copydesk's built-in rules are missing: reinstall the package")


def builtin_locale_dir() -> Path:
    return builtin_rules_dir() / "locales"
