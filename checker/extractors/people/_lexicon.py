"""How common a word is in the language: wordfreq's frequency lists, bundled with the
package (nothing is downloaded at run time).

Why: a capitalised word that opens a sentence and stands where the story's people stand
("Demand has never eased", "Traffic was light") is a person only if it is a name; its
capital proves nothing there, and when the story never writes it in lower case, its
frequency in the language is the evidence left that it is a common noun. Surnames that
are also common words ("Brown", "King") lose this one reading at a sentence's start; a
title, a speech verb or an age still makes them people.
"""
from __future__ import annotations

import functools
from typing import Iterable

import regex


@functools.lru_cache(maxsize=8192)
def common_word(word: str, lang: str, zipf: float) -> bool:
    """Is ``word`` (lower-cased) at least ``zipf`` on wordfreq's Zipf scale in ``lang``
    (4.5: about once in 30,000 words)? False when the threshold is 0 or wordfreq is absent."""
    if zipf <= 0:
        return False
    try:
        from wordfreq import zipf_frequency
    except ImportError:   # an optional lexicon: without it, the capital alone decides
        return False
    # the "small" list holds every word from Zipf 3 up, the same figures as the full one:
    # it loads in a hundredth of the time and memory, and a threshold of 3 or more reads
    # nothing below it
    return zipf_frequency(word.lower(), lang, wordlist="small" if zipf >= 3 else "best") >= zipf


def written_lower(words: Iterable[str], prose: str) -> bool:
    """Some word of ``words`` is also written in lower case in the story: a common word."""
    return any(regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(w.lower())}"
                            rf"(?![\p{{L}}\p{{M}}])", prose) for w in words)
