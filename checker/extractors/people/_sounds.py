"""Two spellings of one name that sound alike: transliterations ("Gaddafi" / "Kadhafi",
"Kathmandu" / "Katmandou").

A name borrowed from another script is spelt by ear, so two spellings of it keep the
same consonants as heard, not as written: g, k, c and q for one sound, d and t for
another, a silent h, doubled letters. ``skeleton`` keeps that sequence of consonant
sounds; two words with the same skeleton whose written consonants differ are taken for one
name spelt two ways. Words that differ in their vowels only ("Martin" / "Morton") are
other names: vowels are where names differ most, and a typo there is ``near_miss``'s job.
No list of names: the rule is the sound of the letters alone.
"""
from __future__ import annotations

import functools

# consonant letters by the sound they spell; vowels, h, w and y carry none
_SOUNDS = {**dict.fromkeys("bp", "p"), **dict.fromkeys("ckgq", "k"),
           **dict.fromkeys("dt", "t"), **dict.fromkeys("fv", "f"),
           **dict.fromkeys("sz", "s"), "x": "ks", "j": "j", "l": "l", "r": "r", "m": "m",
           "n": "n"}
_VOWELS = frozenset("aeiouy")
# a skeleton this long at least: two sounds ("Cohen" / "Cowan") are too few to tell names
MIN_SOUNDS = 3
MIN_RATIO = 70.0


@functools.lru_cache(maxsize=1 << 14)
def skeleton(word: str) -> str:
    """The consonant sounds of a folded (lower-case, unaccented) word, repeats merged:
    "gaddafi" and "kadhafi" -> "ktf"."""
    word = word.replace("ph", "f")
    out: list[str] = []
    for ch in word:
        sound = _SOUNDS.get(ch)
        if sound is None:
            continue
        for s in sound:
            if not out or out[-1] != s:
                out.append(s)
    return "".join(out)


def _consonants(word: str) -> str:
    return "".join(ch for ch in word if ch.isalpha() and ch not in _VOWELS)


def sound_alike(a: str, b: str) -> bool:
    """Two folded words of five letters or more spell one name heard the same way: the
    same consonant sounds (three or more) from the first letter on, written with other
    consonants, and most letters shared (rapidfuzz ratio 70 or more; "France" / "French",
    "Kanata" / "Canada" share too few). A word and the same word with an ending
    ("Slovenia" / "Slovenian") is a derived word, not a second spelling."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2 \
            or a.startswith(b) or b.startswith(a):
        return False
    key = skeleton(a)
    if len(key) < MIN_SOUNDS or key != skeleton(b) or _consonants(a) == _consonants(b) \
            or _SOUNDS.get(a[0], a[0]) != _SOUNDS.get(b[0], b[0]):
        return False
    from rapidfuzz import fuzz   # here: most stories never compare two such words
    return fuzz.ratio(a, b) >= MIN_RATIO
