"""Is a capitalised word a form of another word of the language (a gerund, an infinitive,
an adverb)?

Why: the first word of a capitalised chain that opens a sentence takes its capital from
its place ("Losing Holbrook would have been a blow", « Perdre Holbrook aurait été un coup
de massue »): read as a given name, it makes a person of a company. A given name is no
form of another word; a verb or an adverb is, and the word it is a form of is a word
of the language too ("losing" / "lose", « perdre » / « perdu », "clearly" / "clear").
The endings and what undoes them are language knowledge (locale ``speakers.word_forms``);
whether a word is a word of the language is read from wordfreq's frequency list or from
the story itself (it writes the word in lower case).
"""
from __future__ import annotations

import functools
from typing import Any, Callable

from ._lexicon import common_word


@functools.lru_cache(maxsize=16)
def _endings(locale: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The locale's endings, longest first, each with what may replace it."""
    table = locale.get("speakers", "word_forms", {}) or {}
    if not isinstance(table, dict):
        return ()
    return tuple(sorted(((str(end), tuple(str(r) for r in (reps or ("",))))
                         for end, reps in table.items()), key=lambda item: -len(item[0])))


def word_form(word: str, locale: Any, lang: str, lower: Callable[[str], bool]) -> bool:
    """Is ``word`` a form of another word of the language, by an ending of the locale's
    ``speakers.word_forms`` (the longest that fits, on a stem of three letters or more;
    a doubled last letter of the stem may be undone, "running" / "run")? Both words must
    be words of the language: at least ``speakers.word_form_zipf`` on wordfreq's scale,
    or written in lower case in the story (``lower``)."""
    zipf = float(locale.get("speakers", "word_form_zipf", 0) or 0)
    endings = _endings(locale)
    if not endings or zipf <= 0:
        return False
    low = word.lower()
    found = next(((end, reps) for end, reps in endings
                  if low.endswith(end) and len(low) - len(end) >= 3), None)
    if found is None:
        return False
    if not (common_word(low, lang, zipf) or lower(low)):
        return False
    end, reps = found
    stem = low[:-len(end)]
    stems = (stem, stem[:-1]) if stem[-1] == stem[-2] else (stem,)
    return any(s + r != low and (common_word(s + r, lang, zipf) or lower(s + r))
               for s in stems for r in reps)
