"""Language detection between the languages that have a locale file.

A news article is long enough that counting each language's most frequent function words
(``detect.stopwords`` in the locale file) tells them apart; no model, nothing downloaded.
"""
from __future__ import annotations


from .speedups import pattern_cache

from .locales import Locale

_WORD = pattern_cache.compile(r"\p{L}+(?:['’]\p{L}+)?")


def detect_language(prose: str, locales: list[Locale], default: str = "en") -> str:
    """The code of the locale whose stopwords are most frequent in ``prose``. The sample is
    the first 20,000 characters of the text without its carriage returns, so that a file
    saved with Windows line endings is read in the same language as the same file saved
    with Unix ones."""
    sample = prose[:40000].replace("\r", "")[:20000].casefold()
    words = _WORD.findall(sample)
    if not words or not locales:
        return default
    best, best_score = default, 0
    for locale in sorted(locales, key=lambda item: item.code):
        stopwords = frozenset(w.casefold() for w in locale.words("detect", "stopwords"))
        score = sum(1 for word in words if word in stopwords)
        if score > best_score:
            best, best_score = locale.code, score
    return best
