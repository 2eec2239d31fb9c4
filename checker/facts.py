"""Facts: what extractors understood, computed lazily once per document.

A check asks ``facts.get("quantities")``; the extractor module
``checker/extractors/quantities.py`` runs the first time and its result is reused by every
other rule on the same document. A ``Facts`` object belongs to one document and is dropped
with it: nothing is carried between files, so results never depend on file order.
"""
from __future__ import annotations

import functools
import importlib
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Callable, Mapping, Protocol

if TYPE_CHECKING:
    from .document import Document
    from .locales import Locale


class Fact(Protocol):
    """Every fact has a span and renders itself for `copydesk facts --format json`."""

    span: Any

    def to_json(self, document: "Document") -> dict[str, Any]: ...


class UnknownExtractor(LookupError):
    pass


def extractor_names() -> tuple[str, ...]:
    """Names of the public extractors (modules of ``checker.extractors`` not starting with _)."""
    import pkgutil
    from . import extractors
    return tuple(sorted(m.name for m in pkgutil.iter_modules(extractors.__path__)
                        if not m.name.startswith("_")))


# An extractor module per facts.get miss through importlib is a few microseconds, six
# times a story; the modules never change in a process. A name that is no extractor
# raises each time (lru_cache keeps no exception).
@functools.lru_cache(maxsize=None)
def _extractor(name: str):
    if not name.isidentifier() or name.startswith("_"):
        raise UnknownExtractor(name)
    try:
        return importlib.import_module(f"checker.extractors.{name}")
    except ModuleNotFoundError as error:
        if error.name == f"checker.extractors.{name}":
            raise UnknownExtractor(name) from None
        raise


class Facts:
    """Per-document cache of extractor results.

    Args:
        document: the document the facts are about.
        locale: the language knowledge for ``document.lang``.
        settings: the user's configuration values checks may read (``names``).

    ``warnings`` collects notes for the user that are not findings (a rule's regex that
    timed out); it belongs to this document only.
    """

    def __init__(self, document: "Document", locale: "Locale",
                 settings: Mapping[str, Any] | None = None) -> None:
        self.document = document
        self.locale = locale
        self.settings: Mapping[str, Any] = MappingProxyType(dict(settings or {}))
        self.warnings: list[str] = []
        self._cache: dict[str, tuple[Any, ...]] = {}
        self._derived: dict[Callable[["Facts"], Any], Any] = {}
        self._running: set[str] = set()

    def get(self, name: str) -> tuple[Any, ...]:
        """Facts of one extractor, running it on first use."""
        if name in self._cache:
            return self._cache[name]
        if name in self._running:
            raise RuntimeError(f"extractor cycle through {name!r}")
        self._running.add(name)
        try:
            result = tuple(_extractor(name).extract(self.document, self))
        finally:
            self._running.discard(name)
        self._cache[name] = result
        return result

    def derived(self, compute: Callable[["Facts"], Any]) -> Any:
        """``compute(self)``, once per document: a view several rules read (people grouped by
        person), kept here so that it lives exactly as long as the document's facts."""
        if compute not in self._derived:
            self._derived[compute] = compute(self)
        return self._derived[compute]
