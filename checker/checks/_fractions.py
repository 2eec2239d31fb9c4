"""Shares written in words ("a third of the staff", "la moitié des Français"), and the
partitive that names the whole they are part of ("of its dealerships", "des 27 pays").

Shared by ``numbers.conflict`` (a fraction against the percentage that restates it) and
``numbers.unsourced`` (a fraction of people who think something is a poll's finding):
both read a share that the quantities extractor does not count as a figure, since
"half" alone is seldom a claim.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import regex

from ..extractors.quantities import fold_fast, grammar
from ..speedups import pattern_cache


@functools.lru_cache(maxsize=16)
def values(locale: Any) -> dict[str, float]:
    """The locale's ``numbers.fractions``, folded ("la moitie": 50)."""
    return {fold_fast(str(k)): float(v) for k, v in (locale.get("numbers", "fractions", {}) or {}).items()}


@functools.lru_cache(maxsize=16)
def fraction_pattern(locale: Any) -> Any:
    """The locale's ``numbers.fractions`` ("a third", "un tiers") as one case-blind pattern,
    as the locale writes them ("la moitié") and without accents ("la moitie"): the text is
    matched as written, and the values are looked up folded (``values``)."""
    written = {str(k) for k in (locale.get("numbers", "fractions", {}) or {})}
    words = sorted({regex.escape(w).replace("\\ ", r"\s+") for w in written | set(values(locale))},
                   key=len, reverse=True)
    return regex.compile(rf"(?<!\w)(?P<fraction>{'|'.join(words)})(?!\w)", regex.IGNORECASE) if words else None


@functools.lru_cache(maxsize=16)
def fraction_gate(locale: Any) -> tuple[Any, ...]:
    """The last word of each of the locale's fractions ("third" of "a third", "tiers"), each
    as a case-blind literal pattern: a fraction phrase ends with one, matched as written."""
    written = {str(k) for k in (locale.get("numbers", "fractions", {}) or {})}
    return tuple(pattern_cache.compile(regex.escape(w), regex.IGNORECASE)
                 for w in sorted({w.split()[-1] for w in written | set(values(locale)) if w.split()}))


@functools.lru_cache(maxsize=4)
def fractions_in(prose: str, locale: Any) -> tuple[Any, ...]:
    """The matches of ``fraction_pattern`` in ``prose``, found once per story.

    Why: several readings (a fraction against a share, a fraction restated as a share, a
    share the story's own counts make, a poll's finding written as a fraction) each ran the
    case-blind pattern over the whole story; most stories write no fraction, and a literal
    search for the last word of each (``fraction_gate``, same engine and flags, so it finds
    every place the pattern can match) costs a quarter of one scan. The memo holds a few
    stories' results (a pure function of its arguments, so nothing depends on the order of
    files)."""
    pattern = fraction_pattern(locale)
    if pattern is None or not any(word.search(prose) for word in fraction_gate(locale)):
        return ()
    return tuple(pattern.finditer(prose))


@functools.lru_cache(maxsize=16)
def partitive(locale: Any) -> Any:
    """``of its dealerships``, ``des 27 gouvernements``: a joiner (numbers.collective_joiners),
    an optional determiner (speakers.determiners) or number, then the noun."""
    joiners = [regex.escape(w) for w in locale.words("numbers", "collective_joiners")]
    determiners = [regex.escape(w) for w in locale.words("speakers", "determiners")]
    if not joiners:
        return None
    # "of its 310 branches", "de ses 220 boutiques": a determiner, then a number, then the noun;
    # "of the mill's employees": a possessive names whose, the noun after it the whole.
    # "de l'effectif": an elided determiner runs into its noun.
    return regex.compile(rf"\s*(?:{'|'.join(joiners)})\s*(?:(?:{'|'.join(determiners) or '(?!x)x'})(?:\s+|['’]))?"
                         rf"(?:[^\W\d_][\w\-]*['’]s\s+)?(?:[\d\s.,]+\s)?"
                         rf"(?P<noun>(?!(?:{'|'.join(determiners) or '(?!x)x'})\b)[^\W\d_][\w'’\-]{{2,}})",
                         regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def same_wholes(locale: Any, stem: Any) -> dict[str, str]:
    """Stem -> the stem its group is known by, for the locale's ``numbers.same_wholes`` (the
    nouns of one whole: "staff", "employees", "workforce"; the words that say one thing of it:
    "live", "home"): "a quarter of the staff live in Brenton" and "Brenton, home to 41% of
    the employees" speak of one share, however each names it."""
    found: dict[str, str] = {}
    for group in locale.get("numbers", "same_wholes", ()) or ():
        stems = [stem(str(w)) for w in (group if isinstance(group, (list, tuple)) else [group])]
        # Two groups that share a stem ("habitants", "habitent") are read as one.
        known = next((found[s] for s in stems if s in found), stems[0] if stems else "")
        for s in stems:
            found.setdefault(s, known)
    return found


# However large the share, a fraction or a ratio restated as a percentage right after it
# ("two-thirds, or 58 per cent") is off by a few points at most, plain and hedged: a sixth
# of 67% would let 58 pass. The same points as a fraction told again as a count.
RESTATED_POINTS = {False: 5.0, True: 8.0}


@functools.lru_cache(maxsize=16)
def near_bounds(locale: Any) -> frozenset[str]:
    """The locale's ``numbers.near_bounds`` ("almost", "près de"), folded."""
    return frozenset(" ".join(fold_fast(w).split()) for w in locale.words("numbers", "near_bounds"))


def fraction_range(value: float, before: str, lower: frozenset[str], upper: frozenset[str],
                   near: frozenset[str], about: frozenset[str]) -> tuple[float, float]:
    """The percentages a fraction allows, read from the words before it (folded): "a third"
    is a sixth of itself either way, "about a third" a fifth, "almost a third" a sixth below
    and a rounding above (28 to 35%), "more than a third" from a little below upwards, "less
    than a third" anything below a little above."""
    if any(before.endswith(w) for w in near):
        return value * 0.84, value * 1.04
    if any(before.endswith(w) for w in lower):
        return value * (1 - 1 / 12), 100.0
    if any(before.endswith(w) for w in upper):
        return 0.0, value * (1 + 1 / 12)
    spread = value * (0.2 if any(before.endswith(w) for w in about) else 1 / 6)
    return value - spread, value + spread


@dataclass(frozen=True)
class Spelled:
    """A share written in words, with the whole it is of: "a third of the staff", "one in
    five nurses", "un salarié sur trois"."""

    start: int       # where its words start ("a third", "one in five")
    end: int
    value: float     # in percent
    whole: str       # the noun of the whole, as written
    said: int        # where what the sentence says of the whole starts

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@functools.lru_cache(maxsize=16)
def _ratio_before(locale: Any) -> tuple[Any, Any] | None:
    """"one in", "un salarié sur": the words before the second number of a ratio (the
    locale's ``numbers.ratio_words``), without and with the counted noun between."""
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in locale.words("numbers", "ratio_words"))
    if not words:
        return None
    return (regex.compile(rf"(?<![\w,.])(?P<n>\w+)\s+(?:{words})\s+$", regex.IGNORECASE),
            regex.compile(rf"(?<![\w,.])(?P<n>\w+)\s+(?P<noun>[^\W\d_][\w'’\-]{{2,}})\s+(?:{words})\s+$",
                          regex.IGNORECASE))


def is_denominator(text: str, start: int, locale: Any) -> bool:
    """Is the figure at ``start`` the second number of a ratio ("three in five", « trois
    sur cinq »): a number, then a ratio word (``numbers.ratio_words``), right before it?"""
    patterns = _ratio_before(locale)
    if patterns is None:
        return False
    match = patterns[0].search(text, max(0, start - 30), start)
    if match is None:
        return False
    n = match.group("n")
    return n.isdigit() or fold_fast(n) in grammar(locale).words


def spelled(text: str, start: int, end: int, locale: Any, quantities: Any) -> tuple[Spelled, ...]:
    """The shares written in words between ``start`` and ``end``: the locale's fractions
    followed by their whole ("a third of the staff", "la moitié des salariés"), and ratios of
    a count ("one in five nurses", "1 in 5 nurses", "un salarié sur trois"), whose whole is
    the noun they count."""
    found = []
    whole_of, table = partitive(locale), values(locale)
    pattern = fraction_pattern(locale)
    if pattern is not None and whole_of is not None and any(w.search(text, start, end) for w in fraction_gate(locale)):
        for match in pattern.finditer(text, start, end):
            of = whole_of.match(text, match.end())
            value = table.get(" ".join(fold_fast(match.group("fraction")).split()))
            if of is not None and value is not None:
                found.append(Spelled(match.start("fraction"), match.end("fraction"), value, of.group("noun"), of.end()))
    patterns = _ratio_before(locale)
    ones = frozenset(fold_fast(w) for w in locale.words("numbers", "ratio_ones"))
    figures = {q.span.end: q for q in quantities if start <= q.span.start < end}

    def count(match: Any) -> float | None:
        """The first number of a ratio: a figure, or a word for one."""
        n = match.group("n")
        first = figures.get(match.end("n"))
        if first is not None:
            return first.value
        return float(n) if n.isdecimal() else 1.0 if fold_fast(n) in ones else None

    for q in figures.values() if patterns is not None else ():
        if q.kind not in ("count", "number") or q.approximate or q.high is not None \
                or q.unit is not None or not float(q.value).is_integer() or not 2 <= q.value <= 100:
            continue
        window = max(start, q.span.start - 40), q.span.start
        bare = patterns[0].search(text, *window)
        of = whole_of.match(text, q.span.end) if bare is not None and whole_of is not None else None
        counted = text[q.noun.start:q.noun.end].split() if q.noun is not None else []
        if bare is not None and count(bare) is not None and counted:
            # "one in five nurses": the noun after the count
            match, noun, said = bare, counted[0], q.noun.start + len(counted[0])
        elif bare is not None and count(bare) is not None and of is not None:
            match, noun, said = bare, of.group("noun"), of.end()   # "one in three of the drivers"
        elif (match := patterns[1].search(text, *window)) is not None and count(match) is not None:
            match, noun, said = match, match.group("noun"), q.span.end   # "un salarié sur trois"
        else:
            continue
        first = count(match)
        if first is not None and 0 < first < q.value:
            found.append(Spelled(match.start("n"), q.span.end, 100 * first / q.value, noun, said))
    return tuple(sorted(found, key=lambda s: s.start))


@functools.lru_cache(maxsize=16)
def restating_glue(locale: Any) -> Any:
    """What joins a share's phrase to the percentage that restates it: the rest of the
    phrase (no comma), a comma and a share joiner ("a third of the money, or about 40
    percent", "un habitant sur quatre n'a plus de médecin, soit 40 %"; the locale's
    ``numbers.share_joiners``); None when the locale has none."""
    joiners = [regex.escape(w) for w in locale.words("numbers", "share_joiners")]
    return regex.compile(rf"[^,;()]{{0,40}}?,\s*(?:{'|'.join(joiners)})\s+", regex.IGNORECASE) if joiners else None
