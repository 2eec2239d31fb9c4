"""``check: figure-conflict`` — one quantity stated with two values in one story.

Two figures are "the same quantity" when they count the same noun with the same predicate
("12 people were killed" … "the 15 people killed") or measure the same thing in the same
unit ("87 km² de terres" … "78 kilomètres carrés de terres"), about the same named
subject (the capitalised words before them in their sentences share one, or neither has any). They conflict when their
value intervals do not overlap: a range covers its span, an approximation ("about", "une
cinquantaine") and a round number cover a tolerance around their value. Sentences that
say the figure changed ("rose to", "désormais", "from") are left out, and so are pairs in
one sentence (comparisons). A total also conflicts with the parts listed right after it
when they add up to more than it ("14 morts, dont 9 civils et 7 soldats"), or, after a
colon, to anything else.

A figure the story points back at ("ces 12 milliards", "this 47,000 jobs") is its earlier
figure even further off (``given_ratio``); who gives a figure and when ("the police said on
Monday") name no holder; a share of a definite subject ("the layoffs will equal about a
tenth of its workforce") must match the story's own arithmetic (``_share_of_whole``).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from ..speedups import pattern_cache

from ..extractors.quantities import grammar, fold_fast, title_span
from ..spans import Span
from . import _bracketed_shares, _change_arithmetic, _part_shares, _partitive_parts, _parts_after, _predicated, _rest_parts, _restated_ratios, \
    _restating_nouns, _share_of_whole, _ties, _tolls, _transposed, _vote_tally
from ._fractions import fraction_pattern as _fraction_pattern, fraction_range as _fraction_range, \
    restating_glue as _restating_glue, RESTATED_POINTS as _RESTATED_POINTS, \
    fractions_in as _fractions_in, near_bounds as _near_bounds, partitive as _partitive, \
    same_wholes as _same_wholes, spelled as _spelled
from ._changes import is_change
from ._given import given

FIELDS = ("figure", "other", "line_other", "note")
SCOPES = ("document",)

_WORD = pattern_cache.compile(r"[^\W\d_][\w’'\-]*")


@dataclass(frozen=True)
class Params:
    """Keys of a ``figure-conflict`` rule.

    Args:
        kinds (list of str): quantity kinds compared (count, measure, amount, share).
        ignore_exempt (list of str): exemption reasons whose figures are never compared.
        tolerance (float): relative tolerance around an approximate value (0.25 = ±25 %).
        restatements (bool): also pair figures by what they count and what they are about
            (unit or counted noun, content words around them, holder), the title included.
        restatement_kinds (list of str): quantity kinds paired that way.
        reach (int): content words read on each side of a figure for what it is about.
        min_shared (int): content words two body figures must share to be one thing (a
            headline figure needs one).
        ratio (float): largest ratio between two values read as one figure misstated.
        given_ratio (float): the same, for a figure that refers back to an earlier one ("ces
            12 milliards", "this 47,000 jobs"): the reference says they are one, whatever
            the values; no earlier figure of its thing may agree with it.
        lede (int): paragraphs of the body a headline figure is compared with.
        breakdowns (bool): also add up a sentence's counts of a total stated before it.
    """

    kinds: tuple[str, ...] = ("count", "measure")
    ignore_exempt: tuple[str, ...] = ("year", "date", "time", "age", "ordinal", "address",
                                      "phone", "model", "score", "page", "idiom", "name")
    tolerance: float = 0.25
    restatements: bool = True
    restatement_kinds: tuple[str, ...] = ("count", "measure", "amount", "share")
    reach: int = 6
    min_shared: int = 2
    ratio: float = 1.5
    given_ratio: float = 2.0
    lede: int = 3
    breakdowns: bool = True


@dataclass(frozen=True)
class _At:
    """A place in the text a finding points at, shaped like a figure (``span``)."""
    span: Span


@dataclass(frozen=True)
class Conflict:
    span: Span
    other: Span
    note: str


def _lemma(word: str) -> str:
    word = fold_fast(word)
    for ending in ("es", "s", "e"):
        if len(word) > 3 and word.endswith(ending):
            word = word[: -len(ending)]
    return word


def _interval(q: Any, tolerance: float) -> tuple[float, float]:
    if q.high is not None:
        return min(q.value, q.high), max(q.value, q.high)
    if q.approximate:
        return q.value * (1 - tolerance), q.value * (1 + tolerance) + 1
    value = q.value
    if value >= 100 and value.is_integer():
        # A round figure ("1.2 million", "2,000") stands for anything that rounds to it:
        # "200" covers 150 to 249, and 250 rounds up to the next round figure.
        zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
        half = 10 ** zeros / 2 if zeros else 0
        return value - half, value + half - (1e-9 * half)
    return value, value


@dataclass(frozen=True)
class _Bounds:
    """The locale's approximators that make a figure a floor ("more than 40", "40 or more")
    or a ceiling ("nearly 40", "près de 40"); any other approximator means "about". A near
    ceiling ("nearly", "près de") stops close below its value, an open one ("less than")
    reaches further."""

    lower: frozenset[str]
    upper: frozenset[str]
    near: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=16)
def _bounds(locale: Any) -> _Bounds:
    words = lambda key: frozenset(fold_fast(w) for w in locale.words("numbers", key))  # noqa: E731
    return _Bounds(words("lower_bounds"), words("upper_bounds"), words("near_bounds"))


_NOT_WORD = regex.compile(r"[^\w\s'’]|\d")
_COLLECTIVE = 0.2   # how far a singular collective ("a dozen") reaches either way, relatively
# How far below its value a near ceiling reaches: "nearly £9m" is not £7.8m, "nearly 230"
# not 186 (a fraction is coarser: "almost a third" in _fractions.fraction_range).
_NEAR = 0.1


def _reading(q: Any, text: str, bounds: _Bounds, tolerance: float) -> tuple[float, float]:
    """The values a figure allows, read from how it is hedged: a floor ("plus de 2
    millions") runs upwards, a ceiling ("près de 2 millions") stops short of its value, and
    "about 1,300" covers what rounds to it (at least 5 % either side); a collective ("une
    cinquantaine") and a plain figure are read as ``_interval`` reads them."""
    value = q.value
    if q.high is None and not q.approximate and value.is_integer() and not str(int(value)).endswith("00"):
        return value, value   # "520": exact; "2,000" stands for what rounds to it
    if q.high is not None or not q.approximate:
        return _interval(q, tolerance)
    # Words only: "nearly $2 million", "more than US$2 million" are hedged by their words,
    # whatever currency sign or code follows them.
    before = " ".join(_NOT_WORD.sub(" ", fold_fast(text[q.span.start:q.number.start])).split())
    if before not in bounds.lower and before not in bounds.upper and " " in before \
            and before.rsplit(" ", 1)[0] in bounds.lower | bounds.upper:
        before = before.rsplit(" ", 1)[0]
    after = " ".join(_NOT_WORD.sub(" ", fold_fast(text[q.number.end:q.span.end])).split())
    if before in bounds.lower or after in bounds.lower:
        return value * (1 + 1e-9), float("inf")
    if before in bounds.near:
        return value * (1 - min(tolerance, _NEAR)), value * (1 - 1e-9)
    if before in bounds.upper:
        return value * (1 - tolerance), value * (1 - 1e-9)
    if not before and not after:
        words = text[q.number.start:q.number.end].split()
        if words and not words[-1].endswith(("s", "x")):
            # "a dozen", "une cinquantaine": a round count, a fifth either way (15 is no dozen);
            # a plural ("dozens", "des centaines") is read as widely as any approximation.
            return value * (1 - _COLLECTIVE), value * (1 + _COLLECTIVE)
        return _interval(q, tolerance)
    digits = str(int(value)) if value.is_integer() else ""
    zeros = len(digits) - len(digits.rstrip("0")) if digits else 0
    unit = 10 ** zeros * (5 if digits and digits.rstrip("0")[-1:] == "5" else 1) if digits else 0
    # "about 12" allows 13 as well: at least one either side.
    spread = max(unit / 2 if unit > 1 else abs(value) * 0.05, 1.0)
    return value - spread, value + spread


def _predicate(prose: str, start: int, end: int, g: Any) -> str | None:
    """The first content word after the figure (and its noun) in the sentence."""
    for match in _WORD.finditer(prose, start, end):
        word = fold_fast(match.group())
        if word in g.auxiliaries or word in g.stopwords or word in g.not_nouns or len(word) < 3:
            continue
        return _lemma(word)
    return None


def _subject(prose: str, sentence: Span, start: int, g: Any, said: tuple[Span, ...] = ()) -> frozenset[str]:
    """Capitalised words before the figure in its sentence: who or what it is about. The
    words of an attribution ("the Federal Police said", "selon le Parquet") name who gives
    the figure, not whose it is (a restatement may credit another source), and a date ("on
    Monday") says when: ``said`` holds both spans."""
    # The sentence's first word is capitalised whatever it is: it says nothing.
    words = list(_WORD.finditer(prose, sentence.start, start))[1:]
    stopwords = g.stopwords
    inside = [s for s in said if s.start < start and s.end > sentence.start]
    # "iOS", "eBay": a capital second letter makes a name too.
    return frozenset({f for w in words if (w.group()[:1].isupper() or w.group()[1:2].isupper())
                      and (f := fold_fast(w.group()).removesuffix("'s").removesuffix("’s")) not in stopwords
                      and not any(s.start <= w.start() < s.end for s in inside)})


def _key(q: Any, document: Any, g: Any) -> tuple[str, str, str] | None:
    prose = document.prose
    sentence = document.sentences[q.sentence]
    after = q.noun.end if q.noun is not None else q.span.end
    noun = _lemma(prose[q.noun.start:q.noun.end].split()[-1]) if q.noun is not None else None
    if q.unit is not None:
        return (q.unit, noun or "", "") if noun else None
    predicate = _predicate(prose, after, min(sentence.end, after + 80), g)
    if predicate is None:
        # Nothing after the noun ("carrying 227 passengers."): the verb before it.
        words = _WORD.findall(prose, max(sentence.start, q.span.start - 60), q.span.start)
        content = [w for w in words if (f := fold_fast(w)) not in g.stopwords and f not in g.not_nouns
                   and f not in g.auxiliaries and len(w) > 2]
        predicate = "<" + _lemma(content[-1]) if content else None
    if noun is None or predicate is None:
        return None
    return ("", noun, predicate)


# right after a count's noun, the colon that opens the list it counts ("trois groupes :")
_PARTS_COUNT = regex.compile(r"\s*:")


def _total_conflicts(quantities: list[Any], document: Any, g: Any, partitive: Any = None,
                     locale: Any = None) -> list[Conflict]:
    """A total followed in its sentence by a parts cue and two or more parts. The whole a part
    is taken from ("40 of its 310 branches, including 25 in ...") hands the parts to that part:
    the list names what the sentence is about, the 40."""
    found = []
    prose = document.prose
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    for figures in by_sentence.values():
        for i, total in enumerate(figures[:-2] if len(figures) > 2 else []):
            money = total.kind == "amount" and total.unit is not None
            if total.approximate or not money and (total.unit is not None or total.kind not in ("count", "number")):
                continue
            nxt = figures[i + 1]
            counted = None
            if i + 2 < len(figures) and _PARTS_COUNT.match(prose, (nxt.noun or nxt.span).end) \
                    and len(figures) - i - 2 >= nxt.value == len([p for p in figures[i + 2:] if p.kind == total.kind]):
                # "412 chiens, répartis en trois groupes : 187 ..., 96 ... et 143 ...": the
                # count of the parts announces them (as many as it says); the list starts
                # after the colon ("14 points après dix journées : sept victoires et trois
                # défaites" counts the days, whose total the list is)
                counted, nxt = nxt, figures[i + 2]
            gap = prose[total.span.end:nxt.span.start]
            # "14 dead, including 9 ...", "25 membres (12 élus, ...)": the parts cannot add up
            # to more; "27 centres : 12 à ...", "a project funded by ..." (locale
            # numbers.parts_exhaustive) list them all.
            bracket = gap.rstrip().endswith("(")
            subset = g.parts_subset.search(gap) is not None or bracket
            exhaustive = ":" in gap or g.parts_exhaustive.search(gap) is not None
            if not (subset or exhaustive):
                continue
            if len(gap) > 40 and not (subset and not bracket and nxt.noun is None
                                      and g.parts_subset.search(gap[-16:]) is not None):
                # "23 personnes ont été hospitalisées depuis le 1er octobre après avoir consommé
                # des champignons, dont 14 en Sarthe, ...": far from its total, a list of bare
                # figures right after its cue still counts the total's noun
                continue
            # Parts in brackets end with them: "30 aircraft (24 A320s and 6 A321s) and eight ...".
            end = prose.find(")", nxt.span.start) if bracket else -1
            # a sum's parts are sums of its money, the currency perhaps left out ("14 millions
            # d'euros, dont 9 millions apportés par l'État")
            parts = [p for p in figures[i + 1:]
                     if p is not counted
                     and (p.kind == "amount" and p.unit == total.unit or _parts_after._scaled(p, document.text)
                          if money else p.kind in ("count", "number") and p.unit is None)
                     and not p.approximate and p.value < total.value and (not bracket or 0 <= p.span.start < end)]
            if locale is not None:
                parts = _items(prose, parts, g, _prepositions(locale))
            # Parts are listed one after another: only short separators between them.
            if len(parts) < 2 or any(b.span.start - a.span.end > 60 for a, b in zip(parts, parts[1:])):
                continue
            total_of_parts = sum(p.value for p in parts)
            taken = figures[i - 1] if i > 0 else None
            if taken is not None and subset and partitive is not None and not taken.approximate \
                    and (m := partitive.match(prose, taken.span.end)) is not None \
                    and m.start() <= total.span.start < m.start("noun"):
                total = taken   # "40 of its 310 branches, including ...": the parts are of the 40
            if total_of_parts < total.value and ":" not in gap and locale is not None \
                    and _open_ended(prose, parts, document.sentences[parts[-1].sentence].end, locale):
                continue   # "funded by £250,000 from X, £150,000 from Y and a bank loan"
            if total_of_parts > total.value or (exhaustive and not subset and total_of_parts != total.value):
                last = parts[-1].noun or parts[-1].span
                found.append(Conflict(total.span, Span(parts[0].span.start, max(last.end, parts[-1].span.end)),
                                      f"its parts add up to {total_of_parts:,.12g}"))
    return found


@functools.lru_cache(maxsize=16)
def _prepositions(locale: Any) -> frozenset[str]:
    """The locale's ``speakers.prepositions``, folded."""
    return frozenset(fold_fast(w) for w in locale.words("speakers", "prepositions"))


_ITEM_BREAK = regex.compile(r"[,;:(]")


def _items(prose: str, parts: list[Any], g: Any, prepositions: frozenset[str]) -> list[Any]:
    """The figures that open an item of the list: "18 firefighter roles at the two stations,
    12 control posts and 14 support jobs" lists three parts; "two" describes the first
    item, after a preposition in it, and is no part. A later figure counts when no
    preposition stands between the last comma or "and" before it and itself."""
    kept = parts[:1]
    for p in parts[1:]:
        between = prose[kept[-1].span.end:p.span.start]
        cut = max((m.end() for m in _ITEM_BREAK.finditer(between)), default=0)
        words = [fold_fast(w) for w in _WORD.findall(between[cut:])]
        last_joiner = max((i for i, w in enumerate(words) if w in g.list_joiners), default=-1)
        if not any(w in prepositions for w in words[last_joiner + 1:]):
            kept.append(p)
    return kept


def _open_ended(prose: str, parts: list[Any], end: int, locale: Any) -> bool:
    """May a list that a verb says covers its total ("funded by", « financé par ») leave
    some of it unfigured? Yes when no "and" comes before its last figure, or one comes
    after it ("£250,000 from X, £150,000 from Y and a bank loan"), or a rest cue follows it
    ("..., with the rest from donors", locale ``numbers.rest_cues``): parts that add up to
    less are then no contradiction. "... bus routes (£300,000) and cycle parking
    (£150,000)" closes on its last figure."""
    joiners = {fold_fast(w) for w in locale.words("numbers", "word_joiners")}
    before = {fold_fast(w) for w in _WORD.findall(prose, parts[-2].span.end, parts[-1].span.start)}
    after = {fold_fast(w) for w in _WORD.findall(prose, parts[-1].span.end, end)}
    if not before & joiners or after & joiners:
        return True   # no "and" before the last figure, or one after it: more items follow
    from .percent_sum import _rest_pattern
    return _rest_pattern(locale).search(fold_fast(prose[parts[-1].span.end:end])) is not None


_ELIDED = regex.compile(r"[^\W\d_]{1,2}['’](?=[^\W\d_]{3})")


@functools.lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A crude stem for matching words across sentences: folded, plural and past endings
    off, five letters ("dealerships" / "dealership", "supprimés" / "supprimer"). An elided
    article or joiner is no part of the word: "d'amende" and "l’entreprise" are "amende" and
    "entreprise", whichever apostrophe is typed."""
    word = fold_fast(word)
    elided = _ELIDED.match(word)
    if elided is not None:
        word = word[elided.end():]
    for ending in ("ings", "ing", "ies", "es", "s", "x", "ed", "ee", "e"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word[:5]


def _thing(q: Any, text: str, partitive: Any = None) -> str | None:
    """What the figure counts or measures: its unit ("%", "EUR", "km"), else the stem of its
    counted noun, or of the whole it is part of ("1,300 of its dealerships", "22 des 27
    gouvernements"); None for a bare number."""
    if q.unit is not None:
        return q.unit
    if q.noun is not None:
        words = text[q.noun.start:q.noun.end].split()
        return _stem(words[0]) if words else None
    if partitive is not None:
        match = partitive.match(text, q.span.end)
        if match is not None:
            return _stem(match.group("noun"))
    return None


def _level(q: Any, usable: list[Any], document: Any, g: Any) -> bool:
    """Is the figure the level a change states beside its old value ("a profit of £412
    million, up from £365 million")? Another figure of its sentence follows the change cue;
    this one does not. A restatement of the level must agree with it."""
    prose = document.prose

    def after_cue(o: Any) -> bool:
        start = max(document.sentences[o.sentence].start, o.span.start - 20)
        cue = g.update.search(prose, start, o.span.start)
        return cue is not None and not prose[cue.end():o.span.start].strip(" ,(")
    return not after_cue(q) and any(o.sentence == q.sentence and o is not q and after_cue(o) for o in usable)


def _transposable(q: Any, text: str, partitive: Any) -> str | None:
    """What a figure must share with another for a swap of two digits to be a slip: its
    unit; for a count, only being a count of something ("340 jobs" ... "all 430 employees":
    one workforce named two ways), since two true counts of a story are almost never each
    other's digits swapped."""
    thing = _thing(q, text, partitive)
    return "#count" if q.kind == "count" and thing is not None else thing


@functools.lru_cache(maxsize=16)
def _joiners(locale: Any) -> frozenset[str]:
    """The locale's ``numbers.collective_joiners`` ("of", "de"), folded."""
    return frozenset(fold_fast(w) for w in locale.words("numbers", "collective_joiners"))


@functools.lru_cache(maxsize=16)
def _openers(locale: Any) -> frozenset[str]:
    """The locale's ``speakers.complement_openers`` ("in", "du"), folded."""
    return frozenset(fold_fast(w) for w in locale.words("speakers", "complement_openers")) if locale else frozenset()


def _priced(q: Any, prose: str, locale: Any) -> bool:
    """Is the sum a price, right after a word of the locale's ``numbers.price_joiners``
    ("to buy its rival for $1.2bn", « racheter son concurrent pour 1,2 milliard »)?"""
    joiners = _price_joiners(locale)
    before = " " + " ".join(fold_fast(prose[max(0, q.span.start - 24):q.span.start]).split())
    return any(before.endswith(" " + joiner) for joiner in joiners)   # "worth", "valued at", « évalué à »


@functools.lru_cache(maxsize=16)
def _price_joiners(locale: Any) -> frozenset[str]:
    return frozenset(fold_fast(w) for w in locale.words("numbers", "price_joiners")) if locale else frozenset()


@functools.lru_cache(maxsize=16)
def _measure_nouns(locale: Any) -> frozenset[str]:
    """The locale's ``numbers.measure_nouns`` ("seconds", "points"), folded."""
    return frozenset(fold_fast(w) for w in locale.words("numbers", "measure_nouns")) if locale else frozenset()


@functools.lru_cache(maxsize=16)
def _determiners(locale: Any) -> frozenset[str]:
    """The locale's ``speakers.determiners`` ("the", "un"), folded."""
    return frozenset(fold_fast(w) for w in locale.words("speakers", "determiners"))


def _context(q: Any, document: Any, g: Any, reach: int) -> frozenset[str]:
    """Stems of the content words around the figure in its sentence (``reach`` words each
    side; the whole title for a headline figure): what the figure is about."""
    prose = document.prose
    if q.sentence < 0:
        start, end = _title_bounds(q, document)
        words = _WORD.findall(document.text, start, end)
    else:
        sentence = document.sentences[q.sentence]
        before = _WORD.findall(prose, max(sentence.start, q.span.start - 12 * reach), q.span.start)[-reach:]
        after = _WORD.findall(prose, q.span.end, min(sentence.end, q.span.end + 12 * reach))[:reach]
        words = before + after
    skip = g.stopwords | g.not_nouns | g.auxiliaries | g.words
    return frozenset(_stem(w) for w in words if len(w) > 2 and fold_fast(w) not in skip)


def _heads(q: Any, document: Any, g: Any, partitive: Any, joiners: frozenset[str], reach: int,
           determiners: frozenset[str] = frozenset()) -> frozenset[tuple[str, Any]]:
    """The head nouns a share or an amount is of, each with its modifiers: the noun it
    qualifies ("a 51.3 percent stake", "3,5 milliards d'euros d'économies", "une
    participation de 51,3 %") and the measure words of the locale's statistics near it
    ("unemployment at 9.8%", "le chômage a atteint 9,4 %"). Two shares or amounts of one
    head noun with the same modifiers ("youth unemployment" is not "unemployment", "le
    chômage des jeunes" not "le chômage") are one thing even when the sentences around them
    share no other word; a bare "25 percent of the airline" has none."""
    text = document.text
    if q.sentence < 0:
        return frozenset()
    sentence = document.sentences[q.sentence]
    found: set[tuple[str, Any]] = set()

    def add(start: int, end: int) -> None:
        found.add((_stem(text[start:end]), _modifiers(text, start, end, sentence, g, determiners, q.span, joiners)))

    whole = partitive.match(text, q.span.end) if partitive is not None else None
    if q.noun is not None and (q.kind != "share" or whole is None or whole.start("noun") != q.noun.start):
        # "52% of voters": the voters are the whole the share is of, not what it names.
        first = _WORD.match(text, q.noun.start)
        if first is not None:
            add(*first.span())
    if partitive is not None and q.kind == "amount":   # "25 percent of the airline": its whole
        after = partitive.match(text, q.span.end)
        if after is not None:
            add(*after.span("noun"))
    window = max(sentence.start, q.span.start - 60), q.span.start
    # The joiner right before the figure first (one cheap match from the end): the words
    # before it are searched for only when it is one ("une participation de").
    joiner = _JOINER_BEFORE.search(text, *window)
    before = _HEAD_BEFORE.search(text, *window) \
        if joiner is not None and fold_fast(joiner.group("joiner")) in joiners else None
    if before is not None:
        # "une participation de", "un montant proche de", "le montant est plutôt de": the
        # noun after a determiner, up to two words before the joiner; else the word before it.
        words = list(_WORD.finditer(text, *before.span("words")))
        nouns = [b for a, b in zip(words, words[1:])
                 if fold_fast(a.group()) in determiners and fold_fast(b.group()) not in g.stopwords]
        head = nouns[-1] if nouns else words[-1]
        if fold_fast(head.group()) not in g.stopwords:
            add(*head.span())
    statistic = g.claims.get("statistic")
    if statistic is not None:
        words = list(_WORD.finditer(text, max(sentence.start, q.span.start - 12 * reach), q.span.start))[-reach:] + \
            list(_WORD.finditer(text, q.span.end, min(sentence.end, q.span.end + 12 * reach)))[:reach]
        for word in words:
            if len(word.group()) > 3 and statistic.search(fold_fast(word.group())) is not None:
                add(*word.span())
    return frozenset(found)


def _modifiers(text: str, start: int, end: int, sentence: Any, g: Any, determiners: frozenset[str],
               figure: Any = None, joiners: frozenset[str] = frozenset()) -> tuple[frozenset[str], frozenset[str]]:
    """What narrows a head noun: the content word right before it ("youth unemployment",
    "core inflation"; not the figure's own unit: "a 20 percent stake"), and the noun of a
    complement after it or after the figure ("le chômage des jeunes", "a stake in the bank",
    "une participation de 20 % dans la banque"). A verb after it ("le chômage atteint", "le
    montant est plutôt de"), a pronoun ("lui donne") or a date ("in June") is no complement."""
    skip = g.stopwords | g.auxiliaries | g.words | determiners
    before = set()
    previous = _LAST_WORD_BEFORE.search(text, max(sentence.start, start - 40), start)
    if previous is not None and len(previous.group(1)) > 2 and fold_fast(previous.group(1)) not in skip \
            and (figure is None or not figure.start <= previous.start(1) < figure.end):
        before.add(_stem(previous.group(1)))
    complement = set()
    ends = [end] + ([figure.end] if figure is not None and end <= figure.start else [])
    for at in ends:
        stretch = text[at:min(sentence.end, at + 40)].replace("'", "' ").replace("’", "’ ")
        words = [fold_fast(t.strip(",;:.()«»\"“”'’")) for t in stretch.split()[:3]]
        if len(words) < 2:
            continue
        if words[0] in joiners:
            noun = words[2] if words[1] in determiners and len(words) > 2 else words[1]
        elif words[0] in g.stopwords and words[0] not in g.auxiliaries and words[1] in determiners and len(words) > 2:
            noun = words[2]
        else:
            continue
        if noun.isalpha() and len(noun) > 2 and noun not in skip:
            # Right after the head noun it says which one ("le chômage des jeunes"), like
            # the word before it; after the figure it says where or whose, and may be left out.
            (before if at == end else complement).add(_stem(noun))
    return frozenset(before), frozenset(complement)


_LAST_WORD_BEFORE = regex.compile(r"([^\W\d_][\w’'\-]*)\s+$")


def _same_head(one: frozenset[tuple[str, Any]], other: frozenset[tuple[str, Any]]) -> bool:
    """One head noun with the same word before it ("unemployment" is not "youth
    unemployment"), and complements that do not differ (a restatement may leave its
    complement out: "a stake in the airline" ... "the stake")."""
    return any(a == b and m[0] == n[0] and (not m[1] or not n[1] or bool(m[1] & n[1]))
               for a, m in one for b, n in other)


_JOINER_BEFORE = regex.compile(r"(?r)\s(?P<joiner>[^\W\d_]+['’]?)\s*$")
_HEAD_BEFORE = regex.compile(r"(?P<words>(?:[^\W\d_][\w’'\-]*\s+){0,3}[^\W\d_][\w’'\-]{2,})\s+"
                            r"(?P<joiner>[^\W\d_]+['’]?)\s*$")


def _qualifier(q: Any, prose: str, g: Any) -> frozenset[str]:
    """The word right after a figure of a unit that names what it is ("its $1.1 billion
    annual dividend"), when it is a content word: a figure referred back to with such a
    word is the earlier figure only when that one was about it too. Counts name their
    thing in their noun; "ces 9 kilomètres ont coûté" and "the $3.8 billion in savings"
    go on with a function word."""
    if q.noun is not None or q.kind not in ("amount", "measure", "share"):
        return frozenset()
    match = _WORD.match(prose, q.span.end + 1) if prose[q.span.end:q.span.end + 1] == " " else None
    if match is None:
        return frozenset()
    word = fold_fast(match.group())
    if word in g.stopwords or word in g.auxiliaries or word in g.not_nouns or word in g.words or len(word) < 3:
        return frozenset()
    return frozenset({_stem(match.group())})


_LAST_WORD = regex.compile(r"([^\W\d_]+)\s+$")
_NEXT_WORD = regex.compile(r"[\s,]*([^\W\d_][\w'’\-]*)")


_CLAUSE_STOP = pattern_cache.compile(r"[,;:.!?»”\"()—–]")


def _bare_count(q: Any, prose: str, g: Any, when: tuple[Span, ...], sentence_start: int = 0) -> bool:
    """Does a count say nothing of its own after its noun, up to its clause's end: no
    content word but a date ("Trente-trois mille spectateurs cette année :", "33,000
    spectators this year!")? Nor before it in its clause, past its sentence's start."""
    if q.noun is None or q.sentence < 0:
        return False
    stop = _CLAUSE_STOP.search(prose, q.noun.end)
    end = stop.start() if stop else len(prose)
    for word in _WORD.finditer(prose, q.noun.end, end):
        if any(s.start <= word.start() < s.end for s in when):
            continue
        if fold_fast(word.group()) not in g.stopwords:
            return False
    clause = max(prose.rfind(c, 0, q.span.start) for c in ",;:«“\"(")
    start = max(clause + 1, sentence_start)
    return not any(fold_fast(w.group()) not in g.stopwords
                   for w in _WORD.finditer(prose, start, q.span.start))


def _sums_to(title: Any, b: Any, quantities: Any, text: str, partitive: Any) -> bool:
    """Does a headline count add up the lede's counts of its thing ("douze concerts" / "huit
    concerts à Tokyo ..., puis quatre à Séoul": the later ones leave the noun out)? A
    headline often gives the sum of the parts its lede tells."""
    if title.kind not in ("count", "number") or b.kind not in ("count", "number"):
        return False
    thing = _thing(b, text, partitive)
    counts = [q for q in quantities if q.sentence == b.sentence and q.kind in ("count", "number")
              and q.unit is None and q.high is None and q.exempt is None and q.span.start >= b.span.start
              and (_thing(q, text, partitive) in (thing, None) or q.noun is None)]
    return len(counts) > 1 and abs(sum(q.value for q in counts) - title.value) < 0.5


# the lower-case word right after a noun ("nageurs licenciés")
_NEXT_LOWER = regex.compile(r"(?<=^|\s)\p{Ll}[\p{L}'’\-]*(?=[\s,.;:]|$)")


def _counts_nothing(q: Any, text: str, g: Any, locale: Any) -> bool:
    """Is the word read as the figure's noun a verb ("the 4.2 million would go", « les 4,2
    millions iraient »: an auxiliary, a modal or a verb form of the locale), or is there
    none? "4,2 millions d'habitants" counts people."""
    if q.noun is None:
        return True
    word = fold_fast(text[q.noun.start:q.noun.end].split()[0])
    modals = frozenset(fold_fast(w) for w in locale.words("time", "modal_cues")) if locale is not None else frozenset()
    return word in g.auxiliaries or word in modals or (locale is not None and _parts_after.verb_test(locale)(word))


def _restricted(q: Any, prose: str, g: Any, when: tuple[Span, ...],
                prepositions: frozenset[str] = frozenset()) -> bool:
    """Do words after a count's noun narrow it to a part ("the 1,000 workers at the plant",
    "the 300 staff who were hired")? A function word that opens a phrase does, unless the
    phrase is a date ("the 33,000 spectators this year were", « des 33 000 spectateurs de
    cette année »): the count's own period, no part of it; so may an adjective ("les deux
    étoiles internes"). An auxiliary next says nothing more, nor does the sentence's end."""
    at = q.noun.end if q.noun is not None else q.span.end
    for _ in range(2):
        span = next((s for s in when if s.start <= at + 2 and s.end > at), None)
        if span is not None:
            at = span.end
            continue
        match = _NEXT_WORD.match(prose, at)
        if match is None:
            return False   # a stop, a quote mark: nothing narrows it
        word = fold_fast(match.group(1))
        if word in g.auxiliaries and word not in prepositions:
            return False   # ("of", listed among them, still opens a phrase: "the 150 members of the junior section")
        if word not in g.stopwords:
            return True   # "les deux étoiles internes": an adjective may narrow it too
        after = next((s for s in when if match.end() <= s.start <= match.end() + 1), None)
        if after is None:
            return True
        at = after.end
    return False


def _holder_again(q: Any, o: Any, document: Any, g: Any) -> bool:
    """Does the phrase after a count's noun name the holder the earlier count was told of
    ("les quelque 150 licenciés du club" after "Le club ... compte 212 licenciés", "the
    1,000 workers at the plant" after "The plant employs 1,200 workers")? Its first content
    word stands in the earlier count's sentence or the one before: the whole set again, no
    part of it."""
    prose = document.prose
    at = q.noun.end if q.noun is not None else q.span.end
    word = None
    for match in _NEXT_WORDS.finditer(prose, at, min(len(prose), at + 40)):
        folded = fold_fast(match.group())
        if folded not in g.stopwords and folded not in g.auxiliaries:
            word = _stem(match.group())
            break
    if word is None or o.sentence < 0:
        return False
    sentences = document.sentences
    start = sentences[max(0, o.sentence - 1)].start
    return any(_stem(w) == word for w in _NEXT_WORDS.findall(prose, start, sentences[o.sentence].end))


def _pointed(q: Any, prose: str, demonstratives: frozenset[str]) -> bool:
    """Is the word right before the figure a demonstrative ("these", "ces")?"""
    match = _LAST_WORD.search(prose, max(0, q.span.start - 20), q.span.start)
    return match is not None and fold_fast(match.group(1)) in demonstratives


@functools.lru_cache(maxsize=16)
def _collective_joiners(locale: Any) -> frozenset[str]:
    """The locale's ``numbers.collective_joiners`` ("of", "de"), folded, apostrophes off."""
    return frozenset(fold_fast(w).rstrip("'’") for w in locale.words("numbers", "collective_joiners"))


def _demonstrated_share(q: Any, prose: str, demonstratives: frozenset[str], locale: Any) -> bool:
    """A demonstrative, one noun and a joiner right before the share (« ce taux de 7,8 % »,
    "this rate of 7.8%"; locale ``numbers.collective_joiners``)."""
    if locale is None or not demonstratives:
        return False
    words = _WORD.findall(prose, max(0, q.span.start - 30), q.span.start)[-3:]
    joiners = _collective_joiners(locale)
    return len(words) == 3 and fold_fast(words[0]) in demonstratives and fold_fast(words[2]).rstrip("'’") in joiners


@functools.lru_cache(maxsize=16)
def _demonstratives(locale: Any) -> frozenset[str]:
    """The locale's ``numbers.demonstratives`` ("these", "ces"), folded."""
    return frozenset(fold_fast(w) for w in locale.words("numbers", "demonstratives"))


def _named(q: Any, document: Any, g: Any, said: tuple[Span, ...] = ()) -> frozenset[str]:
    """Capitalised words of the figure's whole sentence (its first word aside): the holders
    and places a restatement may leave out but cannot change ("a stake in Nordline" is not
    "a stake in Baltica")."""
    if q.sentence < 0:
        return frozenset()
    sentence = document.sentences[q.sentence]
    return _subject(document.prose, sentence, sentence.end, g, said)


def _title_bounds(q: Any, document: Any) -> tuple[int, int]:
    text = document.text
    start = text.rfind("\n", 0, q.span.start) + 1
    start = text.find(":", start, q.span.start) + 1 or start   # past the "title:" key
    end = text.find("\n", q.span.end)
    return start, len(text) if end < 0 else end


def _close(a: Any, b: Any, ratio: float) -> bool:
    """Near enough to be one figure stated twice (a typo, a misread): different things that
    share a noun are usually far apart ("3 plants" and "40 plants")."""
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and high / low <= ratio


def _periods(quantities: list[Any], document: Any, times: tuple[Any, ...] = (),
             since: Any = None) -> dict[int, list[tuple[int, float]]]:
    """Sentence index (-1: the title) -> (offset, year) of the years it names, read from the
    story's time line (a month without its year is placed by the dates around it: "en
    janvier" in a story of 2012) and from its year figures."""
    found: dict[int, list[tuple[int, float]]] = {}
    for q in quantities:
        if q.exempt in ("year", "date") and q.high is None:
            digits = document.text[q.number.start:q.number.end]
            if since is not None and since.search(document.prose, max(0, q.span.start - 12), q.span.start):
                continue   # "one of the lowest since 2008": a record's bound dates no figure
            if digits.isdigit() and len(digits) == 4:
                found.setdefault(q.sentence, []).append((q.span.start, q.value))
    for time in times:
        value = str(getattr(time, "value", "") or "")
        if len(value) < 4 or not value[:4].isdigit() or getattr(time, "timex_type", "DATE") != "DATE":
            continue   # no year: its sentence is not looked up
        if since is not None and since.search(document.prose, max(0, time.span.start - 12), time.span.start):
            continue   # "one of the lowest since 2008": a record's bound dates no figure
        index = document.sentence_index(time.span.start)
        if index is not None:
            found.setdefault(index, []).append((time.span.start, float(value[:4])))
    if document.date is not None:
        # The story's own year is the period of every figure that names none: only other
        # years set a figure apart ("Thursday" in a story of 2008 says nothing more).
        own = float(document.date.year)
        found = {k: [(at, y) for at, y in v if y != own] for k, v in found.items()}
    return found


@functools.lru_cache(maxsize=16)
def _since(locale: Any) -> Any:
    """The locale's ``time.since`` cues at the end of a text ("since ", « depuis »)."""
    if locale is None or not locale.words("time", "since"):
        return None
    words = sorted((regex.escape(w) for w in locale.words("time", "since")), key=len, reverse=True)
    return regex.compile(rf"(?<![\p{{L}}])(?:{'|'.join(words)})\s+$", regex.IGNORECASE)


def _period(q: Any, periods: dict[int, list[tuple[int, float]]], reach: int = 60,
            prose: str | None = None) -> frozenset[float]:
    """The years named near the figure (``reach`` characters either side, in its sentence;
    the whole title for a headline figure): "14 plants ... after a loss last year" dates
    the loss, not the plants. Given ``prose``, not past a colon or a semicolon: « 33 000
    spectateurs cette année : il y a cinq ans, ... » dates another clause."""
    years = periods.get(q.sentence, ())
    if q.sentence < 0:
        return frozenset(y for _, y in years)
    return frozenset(y for at, y in years if q.span.start - reach <= at <= q.span.end + reach
                     and (prose is None or not _CLAUSE_BREAK.search(
                         prose, min(at, q.span.end), max(at, q.span.start))))


_CLAUSE_BREAK = regex.compile(r"[:;]")


def _same_period(one: frozenset[float] | None, other: frozenset[float] | None) -> bool:
    """A headline often leaves the year out: only two named, different periods differ."""
    return not one or not other or bool(one & other)


_CONVERTED = regex.compile(r"\d[^\d()]{0,30}\(\s*$")


def _conversion(q: Any, prose: str) -> bool:
    """"AU$52.5 million (US$40.4 million)": a figure in brackets right after another one
    converts it; it is the same figure in another unit, not a statement of its own."""
    return _CONVERTED.search(prose[max(0, q.span.start - 40):q.span.start]) is not None


@functools.lru_cache(maxsize=16)
def _reached_pattern(locale: Any) -> Any:
    """The locale's ``numbers.change_targets`` ("to", "à") right before a figure."""
    words = locale.words("numbers", "change_targets")
    if not words:
        return None
    return regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in words) + r")\s+(?:\S{1,3}\s*)?$",
                         regex.IGNORECASE)


def _updated_near(q: Any, document: Any, g: Any, reach: int = 60) -> bool:
    """Does the figure's own stretch of its sentence say it changed ("rose to 16", "up from
    14")? A cue further off speaks of another figure ("... after a loss last year")."""
    sentence = document.sentences[q.sentence]
    return (g.update.search(document.prose, max(sentence.start, q.span.start - reach),
                 min(sentence.end, q.span.end + reach)) is not None)


# the complement of a count of instances: "of felony theft", « de vol aggravé »
_COMPLEMENT = regex.compile(r"\s+(?:of|de|d['’])\s*(?P<words>(?:[^\W\d_][\w'’\-]*\s*){1,3})", regex.IGNORECASE)


def _stem_key(text: str, q: Any) -> str:
    """The counted noun's first word, folded ("counts", « chefs »)."""
    match = _WORD.search(text, q.noun.start, q.noun.end)
    return fold_fast(match.group()) if match else ""


def _current_only(q: Any, document: Any, g: Any, currents: frozenset[str], reach: int = 60) -> bool:
    """Is every change cue near the figure one of ``currents``: cues that only say it is the
    present state ("now", « désormais »; locale ``numbers.current_cues``) or only date it
    ("last year"; ``numbers.period_cues``), not that it moved from another ("rose to", "up
    from")?"""
    if not currents:
        return False
    sentence = document.sentences[q.sentence]
    start, end = max(sentence.start, q.span.start - reach), min(sentence.end, q.span.end + reach)
    cues = []
    while (cue := g.update.search(document.prose, start, end)) is not None:
        cues.append(fold_fast(" ".join(cue.group().split())))
        start = cue.end()
    return bool(cues) and all(c in currents for c in cues)


def _digits(text: str, q: Any) -> str:
    return "".join(c for c in text[q.number.start:q.number.end] if c.isdigit())


def _slip(a: Any, b: Any, text: str) -> bool:
    """Do two exact values differ by one slip of the pen: one digit of as many, two digits
    or more ("344.65" / "334.65", "14" / "16", "22" / "23")? A thing stated twice with
    values that close is a misprint, not two things."""
    if a.approximate or b.approximate or a.high is not None or b.high is not None:
        return False   # "around 200", "entre 33 et 38": not one exact value to misprint
    if a.kind not in ("count", "number") or b.kind not in ("count", "number"):
        return False   # amounts and shares are close by nature: "$1.2 billion", "58 %", "59 %"
    if a.number.length != b.number.length:
        return False   # as many digits written the same way: as long a number
    one, other = _digits(text, a), _digits(text, b)
    if one and other:   # a single digit differs from any other: "3" and "4" are two things
        return len(one) == len(other) > 1 and sum(x != y for x, y in zip(one, other)) == 1
    return False


def _restatements(usable: list[Any], document: Any, g: Any, params: "Params",
                  updated: Any, kinds: tuple[str, ...], everything: tuple[Any, ...],
                  bounds: _Bounds, partitive: Any = None, times: tuple[Any, ...] = (),
                  joiners: frozenset[str] = frozenset(), determiners: frozenset[str] = frozenset(),
                  said: tuple[Span, ...] = (), when: tuple[Span, ...] = (),
                  demonstratives: frozenset[str] = frozenset(), locale: Any = None) -> list[Conflict]:
    """Figures of one thing (same unit or counted noun, about the same words, the same named
    holder or none named on either side) stated with values that cannot both hold, anywhere in the story, the title
    included; the sentence shape does not matter."""
    prose = document.prose
    by_thing: dict[str, list[Any]] = {}
    things: dict[int, str | None] = {}
    # "Seventeen people were injured" is also a count of the injured: (thing, start) of a
    # count filed under a word of its predicate, which only a definite count refers back to.
    borrowed: set[tuple[str, int]] = set()
    closed = joiners | determiners | _openers(locale)
    relatives = frozenset(fold_fast(w) for w in locale.words("numbers", "relatives")) if locale else frozenset()
    currents = frozenset(fold_fast(w) for w in locale.words("numbers", "current_cues")) if locale else frozenset()
    increments = frozenset(fold_fast(w) for w in locale.words("numbers", "increment_words")) if locale else frozenset()
    units_of = frozenset(fold_fast(w) for w in locale.words("numbers", "count_units")) if locale else frozenset()
    head_first = bool(locale.get("numbers", "head_first", False)) if locale else False
    dating = frozenset(fold_fast(" ".join(w.split())) for w in locale.words("numbers", "period_cues")) \
        if locale else frozenset()
    for q in usable:
        if q.kind not in kinds and not (q.kind == "number" and partitive is not None):
            continue
        thing = things[q.span.start] = _thing(q, document.text, partitive)
        if thing is not None:
            by_thing.setdefault(thing, []).append(q)
        if q.kind == "count" and q.noun is not None and units_of and _stem_key(document.text, q) in units_of:
            # "seven counts of felony theft" ... "the eight thefts": a count of instances
            # (locale numbers.count_units) counts the thing its complement names
            of = _COMPLEMENT.match(document.text, q.noun.end)
            words = [w for w in (of.group("words").split() if of else [])]
            content = []
            for word in words:
                if fold_fast(word) in g.stopwords:
                    break
                content.append(word)
            # its head noun: the last word in English ("felony theft"), the first in French
            # (« vol aggravé »; locale numbers.head_first); the complement names the kind in
            # the singular, the counts of it use the plural
            head = (content[0] if head_first else content[-1]) if content else ""
            for key in {_stem(head), _stem(head + "s")} if head else ():
                if key != thing:
                    by_thing.setdefault(key, []).append(q)
        if q.noun is not None and q.unit is None and increments:
            # "to open 40 new bakeries" ... "35 new shops": a word that makes the count an
            # addition (locale numbers.increment_words) names the set too, whatever the noun
            described = _WORD.findall(document.text, q.span.end, q.noun.start)
            if described and fold_fast(described[-1]) in increments \
                    and _stem(described[-1]) != thing:
                by_thing.setdefault(_stem(described[-1]), []).append(q)
        if q.kind == "count" and q.noun is not None and q.sentence >= 0:
            end = document.sentences[q.sentence].end
            for name in _predicated.names(q, document.text, end, g, _stem, closed):
                if name != thing:
                    by_thing.setdefault(name, []).append(q)
                    borrowed.add((name, q.span.start))
            referred = _predicated.key(q, document.text, end, g, _stem, closed, relatives, later=True)
            if referred is not None:   # "the 16 boats that took part in the protest"
                by_thing.setdefault(referred, []).append(q)
        if q.kind == "count" and q.noun is not None and q.sentence >= 0 and given(prose, q, g):
            # « les 450 nageurs licenciés du club » refers back to « quatre cents licenciés »:
            # a definite count is also filed under the other words of its noun phrase
            phrase = _WORD.findall(document.text, q.noun.start, q.noun.end)[1:3] \
                + [m.group() for m in _NEXT_LOWER.finditer(document.text, q.noun.end, q.noun.end + 30)][:1]
            for word in phrase:
                stem = _stem(word)
                if stem != thing and fold_fast(word) not in g.stopwords and len(word) > 3:
                    by_thing.setdefault(stem, []).append(q)
        if q.kind == "amount" and partitive is not None:
            # "3,5 milliards d'euros d'économies" is also a count of what it is of: "les 3,8
            # milliards d'économies" restates it without the currency.
            what = partitive.match(document.text, q.span.end)
            if what is not None and _stem(what.group("noun")) != thing:
                by_thing.setdefault(_stem(what.group("noun")), []).append(q)
        if q.kind in ("number", "count") and q.sentence >= 0 and _parts_after._scaled(q, document.text) \
                and given(prose, q, g) and _counts_nothing(q, document.text, g, locale):
            # « les 4,2 millions iraient à ses petits-enfants »: a sum the story refers back
            # to by its scale alone, in the money of the nearest sum told before it
            money = [o for o in usable if o.kind == "amount" and o.unit and o.span.start < q.span.start]
            if money:
                by_thing.setdefault(_thing(money[-1], document.text, partitive) or money[-1].unit, []).append(q)
                things[q.span.start] = _thing(money[-1], document.text, partitive) or money[-1].unit
        if q.kind in ("number", "count") and not q.approximate and q.high is None \
                and sum(c.isdigit() for c in document.text[q.number.start:q.number.end]) >= 4:
            # A figure precise to four digits or more ("fell 344.65", "a 334.65-point fall")
            # is also paired with any one a digit away (``_slip``) about the same holder,
            # whatever words follow it.
            by_thing.setdefault("#", []).append(q)
    if any(key.startswith("~") for key in by_thing):
        for q in usable:   # "Eighteen vessels took part in the protest": read only when referred to
            if q.kind == "count" and q.noun is not None and q.sentence >= 0:
                told = _predicated.key(q, document.text, document.sentences[q.sentence].end, g, _stem, closed,
                                       relatives, later=False)
                if told is not None and told in by_thing and q not in by_thing[told]:
                    by_thing[told].append(q)
                    borrowed.add((told, q.span.start))
                    by_thing[told].sort(key=lambda o: (o.sentence, o.span.start))
    if all(len(figures) < 2 for figures in by_thing.values()):
        return []   # every thing is stated once (half the corpus): no period or context is read
    found = []
    contexts: dict[int, frozenset[str]] = {}
    subjects: dict[int, frozenset[str]] = {}

    def context(q: Any) -> frozenset[str]:
        if q.span.start not in contexts:
            contexts[q.span.start] = _context(q, document, g, params.reach) - {things.get(q.span.start) or ""}
        return contexts[q.span.start]

    def sentence_context(q: Any) -> frozenset[str]:
        """A headline sums up its lede sentence: all of it is what the figure is about."""
        return _context(q, document, g, 60) - {things.get(q.span.start) or ""}

    changes: dict[int, bool] = {}
    spans: dict[int, frozenset[float]] = {}

    def period(q: Any) -> frozenset[float]:
        if q.span.start not in spans:
            spans[q.span.start] = _period(q, periods, prose=prose)
        return spans[q.span.start]

    def changed(q: Any) -> bool:
        if q.span.start not in changes:
            changes[q.span.start] = _updated_near(q, document, g)
        return changes[q.span.start]

    heads_of: dict[int, frozenset[tuple[str, Any]]] = {}
    names: dict[int, frozenset[str]] = {}

    def heads(q: Any) -> frozenset[tuple[str, Any]]:
        if q.span.start not in heads_of:
            heads_of[q.span.start] = _heads(q, document, g, partitive, joiners, params.reach, determiners) \
                if q.kind in ("share", "amount") else frozenset()
        return heads_of[q.span.start]

    def head_stems(q: Any) -> frozenset[str]:
        return frozenset(stem for stem, _ in heads(q))

    def named(q: Any) -> frozenset[str]:
        if q.span.start not in names:
            # A source named anywhere in the sentence still sets it apart from another
            # named thing ("for the Bankia federation" ... "in Namur"); its date does not.
            names[q.span.start] = _named(q, document, g, when)
        return names[q.span.start]

    def same_whole(q: Any, o: Any) -> bool:
        """Two shares of one whole ("6 percent of the staff at the plant are on strike" ...
        "9% of the staff at the plant are on strike") where neither sentence names anyone,
        about more of the same words than two shares need and none that replaces another
        (a restatement adds or drops words: "52% of voters back the plan" and "48% of voters
        oppose the plan" are two shares)."""
        if partitive is None or named(q) or named(o):
            return False
        one, other = sentence_context(q), sentence_context(o)
        if len(one & other) <= params.min_shared or not (one <= other or other <= one):
            return False
        one, other = partitive.match(document.text, q.span.end), partitive.match(document.text, o.span.end)
        return one is not None and other is not None and _stem(one.group("noun")) == _stem(other.group("noun"))

    def one_holder(q: Any, o: Any) -> bool:
        """Neither sentence names a holder the other contradicts."""
        return not (named(q) and named(o)) or bool(named(q) & named(o))

    def subject(q: Any) -> frozenset[str]:
        if q.span.start not in subjects:
            subjects[q.span.start] = frozenset() if q.sentence < 0 else \
                _subject(prose, document.sentences[q.sentence], q.span.start, g, said)
        return subjects[q.span.start]

    reached_pattern = _reached_pattern(locale)

    def reached(q: Any) -> bool:
        """Is the figure the level a change reached ("profit rises to £42m", "rose to £38.4
        million", "a grimpé à 42 millions")? A headline's new level is the body's new level,
        whatever the change's verb; the old one ("from £32.5 million") is not it."""
        return reached_pattern is not None and reached_pattern.search(document.text, max(0, q.span.start - 12),
                                                                      q.span.start) is not None

    periods = _periods(everything, document, times, _since(locale))
    lede = [p for p in document.paragraphs if p.kind in ("body", "list")][:params.lede]
    lede_end = lede[-1].span.end if lede else -1

    def read(q: Any) -> tuple[float, float]:
        return _reading(q, document.text, bounds, params.tolerance)

    function_words = g.stopwords | g.auxiliaries | g.words | g.not_nouns | determiners

    def slipped(title: Any, b: Any) -> bool:
        """A headline figure one digit off a lede figure told with the same word ("fined
        £150,000" / "fined £450,000"), whose value the body never gives, whatever it counts
        ("8,000 posts" in the body for "8,000 jobs" in the headline). Counts are left out: a
        headline count often adds up the lede's parts ("8,000 jobs" / "3,000 jobs in France")."""
        if title.kind not in ("amount", "measure", "share") or not _ties.digit_slip(document.text, title, b) \
                or not tied(title) & tied(b):
            return False
        low_t, high_t = read(title)
        return not any(o.sentence >= 0 and o.unit == title.unit and not (high < low_t or high_t < low)
                       for o in everything for low, high in (read(o),))

    def tied(q: Any) -> frozenset[str]:
        """The word the figure is told with ("fined £150,000", "une amende de 280 000 euros")."""
        sentence = document.sentences[q.sentence] if q.sentence >= 0 else None
        start, end = _title_bounds(q, document) if sentence is None else (sentence.start, sentence.end)
        return _ties.ties(document.text, q.span, start, end, function_words, joiners, _stem)

    widest = max(params.ratio, params.given_ratio)
    for thing, figures in by_thing.items():
        if len(figures) < 2:
            continue
        titles = [q for q in figures if q.sentence < 0]
        stated = [q for q in figures if q.sentence >= 0]
        body = [q for q in stated if not _conversion(q, prose)]
        for title in titles:
            low_t, high_t = read(title)
            if any(not (high < low_t or high_t < low) for low, high in (read(b) for b in stated)):
                continue   # the body states the headline's figure
            # A headline states the lede's figure: only the opening paragraphs are read.
            # "Visits up 20%" / "Visits rose 12% in a year": the change itself, a share of
            # the level before, may be as far off as a figure referred back to
            change = title.unit == "%" and is_change(document.text, title, g)
            near = [b for b in body if b.span.start < lede_end
                    and (_close(title, b, params.ratio) or slipped(title, b)
                         or change and b.unit == "%" and _close(title, b, params.given_ratio))
                    and _same_period(_period(b, periods), _period(title, periods))
                    and (not changed(b) or reached(title) and reached(b)
                         or change and is_change(prose, b, g))
                    and context(title) & sentence_context(b)]
            if not near and title.kind == "amount" and title.unit is not None:
                # "£2.4m lifeboat" over a body whose one sum in pounds is "£2.1 million": the
                # headline's sum, told otherwise, wherever the body tells it
                sums = [b for b in body if b.kind == "amount" and b.unit == title.unit and b.high is None]
                near = [b for b in sums if len(sums) == 1 and _close(title, b, params.ratio) and not changed(b)
                        and _same_period(_period(b, periods), _period(title, periods))]
            if near and not _sums_to(title, near[0], everything, document.text, partitive):
                found.append(Conflict(near[0].span, title.span, "the headline says otherwise"))
        for i, q in enumerate(body):
            low_b, high_b = read(q)
            # "39 euros en 2008" and "21 euros en 2010": two periods; one sentence compares.
            earlier = body[:i]
            if thing == "#":   # most precise figures are a digit away from none: test that first
                earlier = [o for o in earlier if _slip(q, o, document.text)]
            # "These 9 kilometres" refers back to a figure the story dated ("7 kilometres
            # since May"): a reference names no period of its own and keeps its antecedent's.
            candidates = [o for o in earlier if o.sentence != q.sentence
                          and (period(q) == period(o) or not period(q) and given(prose, q, g))]
            if (thing, q.span.start) in borrowed:
                continue   # it is counted under its own noun; its predicate is only referred to
            if any((thing, o.span.start) in borrowed for o in candidates):
                # Only "the 15 injured", the whole set named by the predicate, refers back to it.
                # (a relative clause that tells the predicate again names the set: "~" keys)
                whole = given(prose, q, g) and (thing.startswith("~") or _predicated.whole(
                    q, document.text, document.sentences[q.sentence].end, closed))
                candidates = [o for o in candidates if whole or (thing, o.span.start) not in borrowed]
            if not any(_close(q, o, widest) and (read(o)[1] < low_b or high_b < read(o)[0])
                       for o in candidates):
                continue   # no near value that disagrees: nothing to read further
            # "last year", « l'an dernier » only date a figure (its period, read above, sets
            # it apart from other years'): no change of it
            if changed(q) and not (period(q) and _current_only(q, document, g, dating)):
                continue
            # "The charity now runs eleven minibuses" ... "the 12 minibuses": a figure said to
            # be the present one is what a later reference back to it must say
            candidates = [o for o in candidates if not changed(o)
                          or given(prose, q, g) and _current_only(o, document, g, currents)
                          or period(o) and _current_only(o, document, g, dating)]
            # Shares are many and near one another in a story: two of them are one only when
            # they name the same holder ("its 51.3 percent stake" ... "its 53.1 percent").
            if thing == "#":   # a bare precise figure: one digit away, about the same named holder
                same = [o for o in candidates if _slip(q, o, document.text) and subject(q) & subject(o)]
            else:
                # One head noun ("stake", "chômage", "montant") names one thing: a holder
                # named on one side only does not set them apart.
                same = [o for o in candidates
                        if (_same_head(heads(q), heads(o)) and one_holder(q, o))
                        or (len(context(q) & context(o)) >= (1 if _slip(q, o, document.text) else params.min_shared)
                            and (not (subject(q) or subject(o)) or subject(q) & subject(o))
                            and (thing != "%" or subject(q) & subject(o) or same_whole(q, o)))]
            ratio = params.ratio
            # « Ce taux de 7,8 % », "this rate of 7.8%": a demonstrative, the head noun and a
            # joiner before the share point back at it as "that 7.8% rate" does
            named_back = q.kind == "share" and _demonstrated_share(q, prose, demonstratives, locale)
            definite = given(prose, q, g) or named_back
            # "a £22 million bypass" … "the £24 million budget": a general noun of sums names
            # the story's earlier sum again, whatever that one was called (near values only).
            renamed = locale is not None and _restating_nouns.restates(q, document.text, locale, definite)
            if not same and thing != "#" and (definite or renamed):
                # "ces 9 kilomètres", "the $11 million it raised": a figure the story refers
                # back to is the nearest one of its thing, whatever the words around them, and
                # the reference says they are one even when the values are far apart; but
                # "the 30GB model" after "a 30GB and a 60GB model" names one of several.
                # "ces 12 milliards d'euros manquants": a demonstrative can only point back, and
                # what it adds after the figure describes what it points at.
                pointed = _pointed(q, prose, demonstratives) or named_back
                held = [o for o in candidates if one_holder(q, o) and (thing != "%" or head_stems(q) & head_stems(o))]
                same = [o for o in held if definite and (pointed or _qualifier(q, prose, g) <= context(o) | head_stems(o))]
                span_of_time = q.kind == "count" and q.noun is not None \
                    and fold_fast(prose[q.noun.start:q.noun.end].split()[0]) in _measure_nouns(locale)
                # "ses douze secondes d'avance" after "de 14 secondes ... et de 41 secondes": a
                # length of time or a margin is no set with parts; it refers to the nearest value
                same = sorted(same, key=lambda o: abs(o.value - q.value))[:1] if span_of_time else same[-1:]
                ratio = params.given_ratio
                if not same and renamed:
                    # Tied by the general noun alone: near values, and an earlier sum that is the
                    # price of a thing it names ("a £22 million bypass"), not a flow ("sales
                    # reached $24 million").
                    same, ratio = [o for o in held[-1:] if _qualifier(o, prose, g) or head_stems(o)
                                   or _priced(o, prose, locale)], params.ratio
                if same and q.kind == "count" and read(same[0])[1] >= low_b and not span_of_time \
                        and (thing, same[0].span.start) not in borrowed and _restricted(q, prose, g, when, _prepositions(locale) if locale is not None else frozenset()) \
                        and not _holder_again(q, same[0], document, g):
                    same = []   # "the 1,000 workers at the plant" after "1,200 workers": maybe a part
                if same and any(not (read(o)[1] < low_b or high_b < read(o)[0]) for o in earlier):
                    same = []   # it restates an earlier figure of its thing
            if not same and thing != "#" and q.kind == "count":
                # "Les sept mallettes dérobées" ... "huit mallettes": a set the story gave as
                # known cannot be outnumbered by a later count of its thing (a smaller count
                # may be a part of it; a measure is no set).
                same = [o for o in candidates if o.kind == "count" and given(prose, o, g) and read(o)[1] < low_b
                        and one_holder(q, o)][-1:]
            if not same and thing != "#" and q.kind == "count" and len(candidates) == 1 \
                    and not subject(q) and one_holder(q, candidates[0]) and _bare_count(q, prose, g, when, document.sentences[q.sentence].start) \
                    and (thing, candidates[0].span.start) not in borrowed:
                # "Trente-trois mille spectateurs cette année : ..." after "38 000
                # spectateurs": a count told with nothing of its own (no verb, no holder, no
                # words that narrow it; its period at most) is the story's count of its thing
                same = candidates
            if not same:
                continue
            intervals = [read(o) for o in same]
            if any(not (high_a < low_b or high_b < low_a) for low_a, high_a in intervals):
                continue   # it restates one of them
            near = [o for o in same if _close(q, o, ratio)]
            if near:
                found.append(Conflict(q.span, near[0].span, "stated differently"))
    return found


_AND_ONE = regex.compile(r"\s*(?:,\s*)?(?P<joiner>[^\W\d_]+)\s+(?P<count>[^\W\d_]+|\d+)\s+(?P<noun>[^\W\d_][\w'’\-]+)")


def _coordinated(q: Any, quantities: list[Any], text: str, g: Any, joiners: frozenset[str]) -> tuple[float, int] | None:
    """"Cinq hommes et une femme", "three men and two women": a count of people told as two
    counts joined by "and" / "et" (the second may be an article: "une femme"). Its total
    and where it ends, or None."""
    if q.noun is None or q.kind != "count" or q.approximate or q.high is not None:
        return None
    match = _AND_ONE.match(text, q.noun.end)
    if match is None or fold_fast(match.group("joiner")) not in joiners:
        return None
    count = match.group("count")
    second = next((o for o in quantities if o.span.start == match.start("count")), None)
    if second is not None and second.kind == "count" and not second.approximate and second.high is None:
        return q.value + second.value, match.end()
    if fold_fast(count) in g.articles:
        return q.value + 1, match.end()
    return None


def _opening(document: Any, g: Any) -> frozenset[str]:
    """Stems of the content words of the body's first sentence."""
    body = [p for p in document.paragraphs if p.kind in ("body", "list")]
    index = document.sentence_index(body[0].span.start) if body else None
    if index is None:
        return frozenset()
    sentence = document.sentences[index]
    skip = g.stopwords | g.not_nouns | g.auxiliaries | g.words
    return frozenset(_stem(w) for w in _WORD.findall(document.prose, sentence.start, sentence.end)
                     if len(w) > 2 and fold_fast(w) not in skip)


def _headline_totals(with_titles: list[Any], document: Any, g: Any, params: "Params", bounds: _Bounds,
                     locale: Any) -> list[Conflict]:
    """A headline count the body never states, against the lede's count told in two parts
    ("sept terroristes présumés arrêtés" / "Cinq hommes et une femme ont été arrêtés"):
    about the same words, their total must be the headline's figure."""
    titles = [q for q in with_titles if q.sentence < 0 and q.kind == "count" and q.noun is not None]
    if not titles:
        return []
    text = document.text
    lede = [p for p in document.paragraphs if p.kind in ("body", "list")][:params.lede]
    lede_end = lede[-1].span.end if lede else -1
    body = [q for q in with_titles if q.sentence >= 0]
    joiners = frozenset(fold_fast(w) for w in locale.words("numbers", "word_joiners"))
    found = []
    for title in titles:
        low_t, high_t = _reading(title, text, bounds, params.tolerance)
        if any(not (high < low_t or high_t < low) for low, high in
               (_reading(b, text, bounds, params.tolerance) for b in body if b.kind == title.kind)):
            continue   # the body states the headline's figure somewhere
        for q in body:
            if q.span.start >= lede_end:
                break
            total = _coordinated(q, body, text, g, joiners)
            if total is None or low_t <= total[0] <= high_t or not 0 < min(total[0], title.value) \
                    or max(total[0], title.value) / min(total[0], title.value) > params.ratio:
                continue
            # the headline sums up the lede: its words may be the lede's opening sentence's
            # ("All 46 aboard rescued after ferry runs aground" / "All passengers and crew were
            # brought ashore after the ferry ran aground. It carried 41 passengers and four crew")
            if _context(title, document, g, 60) & (_context(q, document, g, 60) | _opening(document, g)):
                found.append(Conflict(Span(q.span.start, total[1]), title.span,
                                      f"the headline says {title.value:,.12g}, these add up to {total[0]:,.12g}"))
                break
    return found


def _headline_counts(with_titles: list[Any], document: Any, g: Any, params: "Params", bounds: _Bounds,
                     partitive: Any = None) -> list[Conflict]:
    """A headline count of a thing no body figure counts, and whose value the body never
    states, against the lede's first count ("More than 8,000 finish Larkfield Marathon" / "A
    total of 6,912 runners completed yesterday's Larkfield Marathon"): a headline leaves the
    noun out and its verb is read in its place, so what ties the two is the words they
    share (two at least besides the count's own: the event, the place) and near values."""
    titles = [q for q in with_titles if q.sentence < 0 and q.kind in ("count", "number")]
    body = [q for q in with_titles if q.sentence >= 0]
    if not titles or not body:
        return []
    text = document.text
    things = {_thing(q, text, partitive) for q in body}
    opening = body[0].sentence
    lede = [q for q in body if q.sentence == opening and q.kind == "count" and q.high is None
            and not _updated_near(q, document, g)]
    found = []
    for title in titles:
        if not lede or _thing(title, text, partitive) in things:
            continue   # the body counts its thing: the restatements pair them
        low_t, high_t = _reading(title, text, bounds, params.tolerance)
        if any(not (high < low_t or high_t < low) for low, high in
               (_reading(b, text, bounds, params.tolerance) for b in body
                if b.kind in ("count", "number") and _close(title, b, params.ratio))):
            continue   # the body states the headline's figure somewhere ("40,000 cups" is no "More than 8,000")
        first = lede[0]
        low, high = _reading(first, text, bounds, params.tolerance)
        shared = _context(title, document, g, 60) & _context(first, document, g, 60)
        if (high < low_t or high_t < low) and _close(title, first, params.ratio) \
                and len(shared - {_stem(w) for w in (_thing(title, text, partitive), _thing(first, text, partitive)) if w}) \
                >= params.min_shared:
            found.append(Conflict(first.span, title.span, "the headline says otherwise"))
    return found


@functools.lru_cache(maxsize=16)
def _wins(locale: Any) -> tuple[frozenset[str], Any]:
    """The locale's ``numbers.wins`` (what one event gives one winner: wins, titles,
    victoires) and ``numbers.wins_joiners`` ("in", "en", "sur") as a pattern."""
    wins = frozenset(_stem(w) for w in locale.words("numbers", "wins"))
    joiners = [regex.escape(w) for w in locale.words("numbers", "wins_joiners")]
    pattern = regex.compile(rf"\s+(?:{'|'.join(joiners)})\s+$", regex.IGNORECASE) if joiners else None
    return wins, pattern


def _win_conflicts(quantities: list[Any], document: Any, locale: Any) -> list[Conflict]:
    """"18 victoires en 17 Grands Prix", "12 titles in 11 finals": each event has one
    winner, so the wins cannot outnumber the events they were won in."""
    wins, joiner = _wins(locale)
    if not wins or joiner is None:
        return []
    text = document.text
    found = []
    for a, b in zip(quantities, quantities[1:]):
        if a.sentence != b.sentence or a.noun is None or b.kind not in ("count", "number") or a.high is not None:
            continue
        if _stem(text[a.noun.start:a.noun.end].split()[0]) not in wins:
            continue
        if joiner.search(text[a.noun.end:b.span.start]) is None or a.noun.end >= b.span.start:
            continue
        if a.value > b.value and not a.approximate and not b.approximate:
            found.append(Conflict(a.span, b.span, f"{a.value:,.12g} wins in {b.value:,.12g} events, one winner each"))
    return found


_NEXT_WORDS = regex.compile(r"[^\W\d_][\w'’\-]*")


def _counts_thing(q: Any, text: str, stem: str, rest: Any) -> str | None:
    """Does the figure count ``stem`` ("2,000 production jobs", "3,700 jobs": "noun"), or
    name the rest of a breakdown ("10 autres", "les 14 dernières", "the other 5": "rest")?"""
    words = _NEXT_WORDS.findall(text, q.span.end, q.span.end + 40)[:3]
    before = _NEXT_WORDS.findall(text, max(0, q.span.start - 20), q.span.start)[-1:]
    if any(_stem(w) == stem for w in words):
        return "noun"
    return "rest" if any(rest.search(fold_fast(w)) is not None for w in words[:1] + before) else None


def _breakdown_conflicts(quantities: list[Any], document: Any, g: Any, rest: Any, tolerance: float) -> list[Conflict]:
    """A sentence that breaks down a total stated before it (in its paragraph or the two
    before): its counts of the total's noun ("France will lose 4,300 jobs, Germany 3,700
    jobs ...", "6 banques ..., 10 autres ... et les 12 dernières") cannot add up to more."""
    text = document.text
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        if q.kind in ("count", "number") and q.unit is None and q.sentence >= 0 \
                and (q.high is None or q.high < q.value):   # "1,600 and 400 jobs": two parts
            by_sentence.setdefault(q.sentence, []).append(q)
    found = []
    earlier: list[Any] = []
    sentences = document.sentences
    for index in sorted(by_sentence):
        figures = by_sentence[index]
        if len(figures) < 2 or not earlier:
            earlier.extend(figures)
            continue   # one figure breaks nothing down
        here = document.paragraph_index(figures[0].span.start) or 0
        if g.update.search(document.prose, sentences[index].start, sentences[index].end) is not None:
            earlier.extend(figures)
            continue   # a sentence that compares or updates breaks nothing down
        named = {_stem(text[q.noun.start:q.noun.end].split()[0]) for q in figures if q.noun is not None} | \
            {_stem(w) for q in figures for w in _NEXT_WORDS.findall(text, q.span.end, q.span.end + 40)[:3]}
        for total in reversed(earlier):
            if total.noun is None or total.approximate:
                continue
            if (document.paragraph_index(total.span.start) or 0) < here - 2:
                break
            stem = _stem(text[total.noun.start:total.noun.end].split()[0])
            if stem not in named:
                continue   # the sentence does not count what this total counts
            counted = [(p, _counts_thing(p, text, stem, rest)) for p in figures if p.value < total.value]
            parts = [p for p, how in counted if how]
            if len(parts) < 2 or any(b.span.start - a.span.end > 80 for a, b in zip(parts, parts[1:])):
                continue
            first, how = next((p, how) for p, how in counted if how)
            if how != "noun" or first.noun is None:
                continue   # a breakdown names what it counts first: "6 banques ..., 10 autres"
            values = [(p.value + (p.high or 0), p.approximate and p.high is None) for p in parts]
            low = sum(v * (1 - tolerance / 2 if hedged else 1) for v, hedged in values)
            if low > total.value:
                found.append(Conflict(Span(parts[0].span.start, parts[-1].span.end), total.span,
                                      f"its parts add up to {sum(v for v, _ in values):,.12g}"))
            break   # the nearest earlier total of that noun is the one broken down
        earlier.extend(figures)
    return found


@functools.lru_cache(maxsize=16)
def _ratio_words(locale: Any) -> tuple[Any, Any, dict[str, float]]:
    """The locale's way of giving a part as a share of its whole ("789, or about a third,
    of its 3,200 dealers"): ``numbers.share_joiners`` ("or", "soit"), ``numbers.of_whole``
    ("of its", "de ses") and ``numbers.fractions`` ("a third": 33.3)."""
    fractions = {fold_fast(str(k)): float(v) for k, v in (locale.get("numbers", "fractions", {}) or {}).items()}
    joiners = [regex.escape(w) for w in locale.words("numbers", "share_joiners")]
    wholes = [regex.escape(w).replace("\\ ", r"\s+") for w in locale.words("numbers", "of_whole")]
    if not joiners or not wholes:
        return None, None, fractions
    opening = regex.compile(rf"^\s*,?\s*(?:{'|'.join(joiners)})\s+(?P<share>[^,;()]{{1,40}}?)\s*,?\s+$", regex.IGNORECASE)
    closing = regex.compile(rf"^\s*,?\s*(?:{'|'.join(wholes)})\s+$", regex.IGNORECASE)
    return opening, closing, fractions


def _ratio_conflicts(quantities: list[Any], document: Any, locale: Any, bounds: _Bounds) -> list[Conflict]:
    """"789, or about a third, of its 3,200 dealers": a part restated as a share of its
    whole must be that share (within rounding, or a fifth either way when hedged)."""
    opening, closing, fractions = _ratio_words(locale)
    if opening is None:
        return []
    text = document.text
    found = []
    for i, a in enumerate(quantities[:-1]):
        b = quantities[i + 1]
        if b.unit == "%" and i + 2 < len(quantities):
            b = quantities[i + 2]   # "800, or 30%, of its 3,200": the share is a figure too
        if a.sentence != b.sentence or a.unit is not None or b.unit is not None or not b.value:
            continue
        between = text[a.span.end:b.span.start]
        if len(between) > 60:
            continue
        cut = max(between.rfind(" of "), between.rfind(" de "), between.rfind(" des "), between.rfind(" sur "))
        if cut < 0:
            continue
        head = opening.match(between[:cut + 1])
        if head is None or closing.match(between[cut:]) is None:
            continue
        share_text = " ".join(fold_fast(head.group("share")).split())
        hedged = False
        for hedge in sorted(bounds.lower | bounds.upper | _ABOUT, key=len, reverse=True):
            if share_text.startswith(hedge + " "):
                share_text, hedged = share_text[len(hedge) + 1:], True
                break
        share = fractions.get(share_text)
        if share is None:
            digits = regex.match(r"^(\d+(?:[.,]\d+)?)\s*(?:%|percent|per cent|pour cent)$", share_text)
            share = float(digits.group(1).replace(",", ".")) if digits else None
        if share is None:
            continue
        actual = 100 * a.value / b.value
        allowed = share * 0.2 if hedged or a.approximate else 1.0
        if abs(actual - share) > allowed:
            start = a.span.end + head.start("share")
            found.append(Conflict(Span(start, a.span.end + head.end("share")), b.span,
                                  f"{a.value:,.12g} of {b.value:,.12g} is {actual:.0f}%"))
    return found


_ABOUT = frozenset({"about", "around", "roughly", "some", "environ", "près de", "presque", "quelque"})


def _words_before_fraction(text: str, start: int) -> str:
    """The folded words just before a fraction, an elided "d'" restored ("plus d'un tiers"
    is "plus de" elided), to test for a bound or a hedge."""
    before = " ".join(fold_fast(text[max(0, start - 16):start]).split())
    if before.endswith(("d'", "d’")):
        before = " ".join((before[:-2] + " de").split())
    return before


def _fraction_conflicts(usable: list[Any], document: Any, g: Any, locale: Any, bounds: _Bounds) -> list[Conflict]:
    """"A third of the staff" ... "40% of the staff": a share written as a fraction and as a
    percentage of the same whole, in two sentences, must agree (``_fractions.fraction_range``:
    "almost a quarter" is 21 to 26%) when they say the same thing of it (a content word in
    common). The whole may be named by two nouns of one group (locale ``numbers.same_wholes``:
    "a quarter of the staff" ... "41% of the mill's employees"): then a name and another
    word must be common to both ("live in Brenton" ... "Brenton, home to"). A later share
    after a demonstrative ("Those 25 per cent of adults") points back and needs no word in
    common. Sentences that say the share changed are left out, and so are two sentences
    that name different places or holders."""
    pattern, partitive = _fraction_pattern(locale), _partitive(locale)
    if pattern is None or partitive is None:
        return []
    demonstratives = _demonstratives(locale)
    text = document.text
    # The whole each percentage is of ("40% of the staff"): one without any is compared
    # with no fraction, and a story with none is not scanned for fractions at all.
    shares = [(q, _stem(after.group("noun"))) for q in usable
              if q.unit == "%" and q.high is None and q.kind == "share"
              and (after := partitive.match(text, q.span.end)) is not None]
    if not shares:
        return []
    canon = _same_wholes(locale, _stem)
    found = []
    for share in _spelled(document.prose, 0, len(document.prose), locale, usable):
        index = document.sentence_index(share.start)
        if index is None or _updated_near_span(share.span, index, document, g):
            continue
        value = share.value
        low, high = _fraction_reading(value, text, share.start, bounds, locale)
        stem = _stem(share.whole)
        named = _subject(document.prose, document.sentences[index], document.sentences[index].end, g)
        sentence = document.sentences[index]
        skip = g.stopwords | g.not_nouns | g.auxiliaries | g.words
        around = frozenset(canon.get(w, w) for w in (
            _stem(w) for w in _WORD.findall(text, max(sentence.start, share.start - 72), share.start)[-6:]
            + _WORD.findall(text, share.said, min(sentence.end, share.said + 72))[:6]
            if len(w) > 2 and fold_fast(w) not in skip)) - {canon.get(stem, stem)}
        for q, whole in shares:
            if q.sentence == index or _within(q, low, high):
                continue
            if canon.get(whole, whole) != canon.get(stem, stem) or _updated_near(q, document, g):
                continue
            other = _subject(document.prose, document.sentences[q.sentence], document.sentences[q.sentence].end, g)
            if named and other and not named & other:
                continue
            places = _names(document, index, q.sentence, g)
            if all(places) and not places[0] & places[1]:
                continue   # "... live in Brenton" / "Dunmore, home to ...": two places
            common = around & frozenset(canon.get(w, w) for w in _context(q, document, g, 6))
            if not common - places[0] - places[1] and not (
                    q.sentence > index and _pointed(q, document.prose, demonstratives)):
                # ("Those 25 per cent of adults" points back at the share of adults told
                # before, whatever is said of them)
                # "half of the staff are women" / "60% of the staff work part-time", "a third of
                # the residents of Harwick rent" / "in Harwick, 45% of residents are over 60": two facts
                continue
            if whole != stem and not places[0] & places[1]:
                continue   # two nouns of one whole: a place and what is said of it must tie them
            found.append(Conflict(q.span, Span(*share.span), f"{text[share.start:share.end]} is about {value:.3g}%"))
    return found


def _headline_fractions(usable: list[Any], quantities: Any, document: Any, g: Any, locale: Any, bounds: _Bounds,
                        lede: int) -> list[Conflict]:
    """"A third of nurses plan to quit" over "19% of nurses said they plan to leave": a
    headline's fraction sums up a share its lede gives as a percentage. A lede percentage of
    the same whole (or a noun of its group, ``numbers.same_wholes``) said of the same thing (a
    word of the headline's after the whole; two when the wholes are named by unrelated
    words: "un tiers des retraités du département vivent sous le seuil" / "21 % des plus de
    65 ans du département vivent sous le seuil") must fall in the fraction's range, unless
    one such percentage does (a share of another whole, "40 % de leurs revenus", allows
    nothing), or the body gives the fraction itself, anywhere."""
    span = title_span(document)
    partitive = _partitive(locale)
    if span is None or partitive is None:
        return []
    text = document.text
    percents = [q for q in usable if q.unit == "%" and q.kind == "share" and q.high is None]
    headline = _spelled(text, span.start, span.end, locale, quantities) if percents else ()
    if not headline:
        return []
    canon = _same_wholes(locale, _stem)
    skip = g.stopwords | g.not_nouns | g.auxiliaries | g.words
    joiners = _joiners(locale)
    paragraphs = [p for p in document.paragraphs if p.kind in ("body", "list")][:lede]
    lede_end = paragraphs[-1].span.end if paragraphs else -1
    stated = {(s.value, canon.get(w, w)) for s in _spelled(document.prose, 0, len(document.prose), locale, usable)
              for w in (_stem(s.whole),)}

    def said(start: int, end: int) -> frozenset[str]:
        """The first eight content words from ``start``: what is said of the whole."""
        stems = [_stem(w) for w in _WORD.findall(text, start, end) if len(w) > 2 and fold_fast(w) not in skip][:8]
        return frozenset(canon.get(w, w) for w in stems)

    found = []
    for share in headline:
        whole = _stem(share.whole)
        if (share.value, canon.get(whole, whole)) in stated:
            continue   # the body gives the fraction itself, of its whole
        low, high = _fraction_reading(share.value, text, share.start, bounds, locale)
        told = said(share.said, span.end) - {canon.get(whole, whole)}
        eligible = []   # the percentages said of the headline's whole and of its words
        allowing = []   # and those of its very whole, whatever is said of them
        for q in percents:
            if _updated_near(q, document, g):
                continue
            sentence = document.sentences[q.sentence]
            after = partitive.match(text, q.span.end)
            if after is not None:
                other, start = _stem(after.group("noun")), after.end()
            elif canon.get(whole, whole) in {canon.get(w, w) for w in map(_stem, _WORD.findall(
                    text, max(sentence.start, q.span.start - 80), q.span.start))}:
                other, start = whole, q.span.end   # "Of the nurses surveyed, 19% plan to leave"
            elif (fold_fast(text[q.span.end:q.span.end + 8]).split() or [""])[0] in joiners:
                other, start = "", q.span.end   # "26 % des 18-30 ans qui travaillent": a whole unread
            else:
                continue
            same = canon.get(other, other) == canon.get(whole, whole)
            if same:
                allowing.append(q)
            if q.span.start >= lede_end and not same:
                continue   # past the lede, only a percentage of the headline's own whole
            common = told & said(start, sentence.end)
            if len(common) >= (1 if same and q.span.start < lede_end else 2):
                eligible.append(q)
        if eligible and not any(_within(q, low, high) for q in eligible + allowing):
            found.append(Conflict(eligible[0].span, Span(*share.span), f"the headline's "
                                  f"{text[share.start:share.end]} is about {share.value:.3g}%"))
    return found


def _fraction_reading(value: float, text: str, start: int, bounds: _Bounds, locale: Any) -> tuple[float, float]:
    """The percentages a fraction at ``start`` allows, from the words before it."""
    return _fraction_range(value, _words_before_fraction(text, start), bounds.lower, bounds.upper,
                           _near_bounds(locale), _ABOUT)


def _within(q: Any, low: float, high: float) -> bool:
    """Does a percentage fall in a fraction's range ("about 41%" by a tenth of itself more)?"""
    slack = q.value * 0.1 if q.approximate else 0.0
    return low - slack <= q.value <= high + slack


def _names(document: Any, one: int, other: int, g: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised words of two sentences, stemmed: the places and holders each names. A
    sentence's first word is capitalised whatever it is; it counts as a name when the other
    sentence writes it capitalised within ("Brenton, home to 41% of ..." after "... live in
    Brenton"), not when both merely open on it ("Nearly ...")."""
    def inner(index: int) -> frozenset[str]:
        sentence = document.sentences[index]
        return frozenset(_stem(n) for n in _subject(document.prose, sentence, sentence.end, g))

    def first(index: int) -> str:
        sentence = document.sentences[index]
        match = _WORD.search(document.prose, sentence.start, sentence.end)
        return _stem(match.group()) if match is not None and match.group()[:1].isupper() else ""

    names = inner(one), inner(other)
    return (names[0] | ({first(one)} & names[1]), names[1] | ({first(other)} & names[0]))


def _restated_fractions(usable: list[Any], document: Any, locale: Any, bounds: _Bounds) -> list[Conflict]:
    """"A third of the money, or about 40 percent, comes from the council": a fraction
    restated as a percentage right after it, joined by "or" / "soit", must agree with it (a
    sixth of the fraction either way, a fifth when either is hedged, and five points at
    most, eight hedged), as in two sentences."""
    percents = [q for q in usable if q.unit == "%" and q.high is None and q.kind == "share"]
    counts = [q for q in usable if q.unit is None and q.high is None and q.kind in ("count", "number")]
    pattern, glue = _fraction_pattern(locale), _restating_glue(locale)
    if not (percents or len(counts) >= 2) or pattern is None or glue is None:
        return []
    text = document.text
    partitive = _partitive(locale)
    _, _, fractions = _ratio_words(locale)
    found = []
    for match in _fractions_in(document.prose, locale):
        value = fractions.get(" ".join(fold_fast(match.group("fraction")).split()))
        of = partitive.match(text, match.end()) if partitive is not None else None
        joined = glue.match(text, of.end() if of else match.end())
        if value is None or joined is None:
            continue
        q = next((q for q in percents if joined.end() <= q.span.start <= joined.end() + 12), None)
        before = _words_before_fraction(text, match.start())
        if any(before.endswith(w) for w in bounds.lower | bounds.upper):
            continue   # "more than a third, or ...": a bound, not a value
        if q is None:
            # "20 animaux y sont nés, dont un quart chez les primates, soit huit petits": the
            # fraction told again as a count of the total its sentence gave before it
            part = next((c for c in counts if joined.end() <= c.span.start <= joined.end() + 12
                         and not c.approximate), None)
            whole = [c for c in counts if part is not None and c.sentence == part.sentence
                     and (c.span.end <= match.start() or of is not None and of.start() <= c.span.start < of.end())
                     and c.value > part.value and not c.approximate]
            if part is not None and not whole and part.sentence > 0 \
                    and not text[document.sentences[part.sentence].start:match.start()].strip(" \"'«“—–-"):
                # "The firm employs 1,200 people. Half of them, or 700 people, ...": a sentence
                # that opens on a fraction takes it of the sentence before's count
                whole = [c for c in counts if c.sentence == part.sentence - 1 and c.value > part.value
                         and not c.approximate][:1]
            if part is None or not whole:
                continue
            # off by more than five points of the whole (eight when hedged: "about a third")
            # and more than one: "half of its 1,200 staff, or 700" is 58%
            expected = whole[-1].value * value / 100
            hedged = part.approximate or any(before.endswith(w) for w in _ABOUT)
            if abs(part.value - expected) > max(1.0, whole[-1].value * (0.08 if hedged else 0.05)):
                found.append(Conflict(part.span, Span(*match.span("fraction")),
                                      f"'{match.group('fraction')}' of {whole[-1].value:,.12g} is about {expected:,.12g}"))
            continue
        hedged = q.approximate or any(before.endswith(w) for w in _ABOUT)
        if abs(q.value - value) > min(value * (0.2 if hedged else 1 / 6), _RESTATED_POINTS[hedged]):
            found.append(Conflict(q.span, Span(*match.span("fraction")),
                                  f"{match.group('fraction')} is about {value:,.12g}%"))
    return found


def _computed_shares(usable: list[Any], document: Any, g: Any, locale: Any, bounds: _Bounds) -> list[Conflict]:
    """"3,000 employees" ... "54,000 employees, meaning that the layoffs will equal about a
    tenth of its workforce": a share of a definite subject must be what the story's own
    figures make it (``_share_of_whole``). Read only in a story that counts one noun twice,
    or gives a part's share in brackets (``_bracketed_shares``)."""
    nouns: dict[str, set[int]] = {}
    text = document.text
    for q in usable:
        if q.kind == "count" and q.noun is not None:
            nouns.setdefault(_stem(text[q.noun.start:q.noun.end].split()[0]), set()).add(q.sentence)
    counted_twice = any(len(sentences) >= 2 for sentences in nouns.values())
    if not counted_twice and not _bracketed_shares.any_bracketed(usable, text):
        return []
    pattern, partitive = _share_of_whole.subject_verb(locale), _partitive(locale)
    if pattern is None or partitive is None:
        return []
    hedges = _ABOUT | _hedges(locale)
    shares = [_share_of_whole.Share(q.span.start, q.span.end, q.value,
                                    q.approximate or _share_of_whole.hedged_before(text, q.span.start, hedges))
              for q in usable if q.unit == "%" and q.kind == "share" and q.high is None
              and partitive.match(text, q.span.end) is not None]
    fractions = _fraction_pattern(locale)
    _, _, values = _ratio_words(locale)
    if fractions is not None:
        for match in _fractions_in(document.prose, locale):
            value = values.get(" ".join(fold_fast(match.group("fraction")).split()))
            before = " ".join(fold_fast(text[max(0, match.start() - 16):match.start()]).split())
            if value is None or partitive.match(text, match.end()) is None \
                    or any(before.endswith(w) for w in bounds.lower | bounds.upper):
                continue   # "more than a third": a bound, not a value
            shares.append(_share_of_whole.Share(match.start("fraction"), match.end("fraction"), value,
                                                _share_of_whole.hedged_before(text, match.start(), hedges)))
    found = [Conflict(Span(share.start, share.end), part.span, note)
             for share, part, note in _share_of_whole.share_conflicts(
                 usable, document, shares, pattern, _stem, lambda q: _updated_near(q, document, g),
                 _share_of_whole.groups(locale, _stem))] if counted_twice else []
    known = {c.span.start for c in found}
    found.extend(Conflict(Span(share.start, share.end), part.span, note)
                 for share, part, note in _bracketed_shares.bracket_conflicts(usable, document, shares, pattern, _stem)
                 if share.start not in known)
    return found


@functools.lru_cache(maxsize=16)
def _hedges(locale: Any) -> frozenset[str]:
    """The locale's hedges (``numbers.claims.hedged``: "about", "environ"), folded, words only."""
    claims = locale.get("numbers", "claims", {}) or {}
    return frozenset(" ".join(fold_fast(str(w)).split()) for w in claims.get("hedged", ()) or ()
                     if len(str(w)) > 2)


def _updated_near_span(span: tuple[int, int], index: int, document: Any, g: Any, reach: int = 60) -> bool:
    sentence = document.sentences[index]
    return g.update.search(document.prose, max(sentence.start, span[0] - reach),
                           min(sentence.end, span[1] + reach)) is not None


def _later_parts(usable: list[Any], document: Any, locale: Any, known: set[int],
                 everything: tuple[Any, ...] = ()) -> list[Conflict]:
    """Parts listed in the sentence after their total (``_parts_after``) and a vote's tally
    against the members present (``_vote_tally``), as conflicts not already found."""
    text = document.text
    partitive = _partitive(locale)

    def whole_of(q: Any) -> bool:
        """Is ``q`` the whole another figure is taken from ("40 of its 310 branches")?"""
        return partitive is not None and any(
            (m := partitive.match(text, p.span.end)) is not None and m.start() <= q.span.start < m.start("noun")
            for p in usable if p.sentence == q.sentence and p.span.end <= q.span.start)

    g = grammar(locale)
    verb = _parts_after.verb_test(locale)   # "710 lived in ... and 590 in ...": a verb written once
    pairs = _parts_after.parts_after(usable, document, _parts_after.openers(locale),
                                     lambda q: _thing(q, text, partitive), whole_of, g.stopwords, g.auxiliaries,
                                     verb=verb, complete=g.parts_exhaustive,
                                     open_ended=lambda parts: _open_ended(
                                         document.prose, parts, document.sentences[parts[-1].sentence].end, locale),
                                     stem=_stem)
    pairs += _parts_after.parts_within(usable, document, g.stopwords, g.auxiliaries, whole_of, g.update, verb)
    pairs += _parts_after.funded_parts(usable, document, _parts_after.funding_cues(locale),
                                       lambda parts: _open_ended(document.prose, parts,
                                                                 document.sentences[parts[-1].sentence].end, locale))
    told = {part.span.start for part, _, _ in pairs}   # a list another reading found already
    pairs += [pair for pair in _partitive_parts.partitive_parts(usable, document, locale, g.stopwords | g.auxiliaries,
                                                                _stem, whole_of, g.update)
              if pair[0].span.start not in told]
    told = {part.span.start for part, _, _ in pairs}
    pairs += [pair for pair in _partitive_parts.opened_parts(usable, document, locale, g.stopwords | g.auxiliaries,
                                                             g.update)
              if pair[0].span.start not in told]
    told = {part.span.start for part, _, _ in pairs}
    pairs += [pair for pair in _rest_parts.rest_parts(usable, document, locale) if pair[0].span.start not in told]
    # a change told with both its levels: its rate must be theirs
    pairs += [(_At(Span(*rate)), level, note) for rate, level, note
              in _change_arithmetic.change_conflicts(usable, document, g, locale)]
    pairs += _vote_tally.tally_conflicts(usable + [q for q in everything if q.exempt == "score" and q.sentence >= 0],
                                         document, locale)
    return [Conflict(part.span, total.span, note) for part, total, note in pairs
            if part.span.start not in known and total.span.start not in known]


def collect(rule: Any, document: Any, facts: Any) -> tuple[Conflict, ...]:
    params: Params = rule.params
    g = grammar(facts.locale)
    prose = document.prose
    quantities = facts.get("quantities")
    usable = [q for q in quantities
              if (q.exempt is None or q.exempt not in params.ignore_exempt) and q.sentence >= 0]
    sentences = document.sentences
    bounds = _bounds(facts.locale)
    # Who gives a figure and when are not whose it is: their capitalised words name no holder.
    when = tuple(t.span for t in facts.get("times"))
    said = tuple(a.span for a in facts.get("attributions")) + when
    updates: dict[int, bool] = {}

    def updated(index: int) -> bool:
        """Does the sentence say the figure changed? A figure in such a sentence is left
        out; asked only of figures whose key is stated twice (most keys are stated once)."""
        if index not in updates:
            updates[index] = g.update.search(prose, sentences[index].start, sentences[index].end) is not None
        return updates[index]

    # key -> [figure, its subject or None until a later figure of the key needs it]: most
    # keys are stated once, and their subjects are never read.
    seen: dict[tuple[str, str, str], list[list[Any]]] = {}
    found: list[Conflict] = []
    for q in usable:
        if q.kind not in params.kinds:
            continue
        key = _key(q, document, g)
        if key is None:
            continue
        earlier = seen.setdefault(key, [])
        if not earlier:
            earlier.append([q, None])   # left out later if its sentence states an update
            continue
        if updated(q.sentence):
            continue
        subject = _subject(prose, sentences[q.sentence], q.span.start, g, said)
        # Same thing only when about the same named subject, or neither names one; pairs in
        # one sentence are comparisons ("14 points behind A, 19 behind B"), not restatements.
        others = []
        for entry in earlier:
            first = entry[0]
            if first.sentence == q.sentence or updated(first.sentence):
                continue
            if entry[1] is None:
                entry[1] = _subject(prose, sentences[first.sentence], first.span.start, g, said)
            if not (subject or entry[1]) or subject & entry[1]:
                others.append(first)
        earlier.append([q, subject])
        if not others:
            continue
        # A figure that agrees with any earlier statement of the key is a restatement of that
        # one: the story states several values for a key only when it speaks of several things.
        low_b, high_b = _reading(q, document.text, bounds, params.tolerance)
        if all(high_a < low_b or high_b < low_a
               for low_a, high_a in (_reading(o, document.text, bounds, params.tolerance) for o in others)):
            found.append(Conflict(q.span, others[0].span, "stated differently"))
    if params.restatements:
        with_titles = [q for q in quantities if q.exempt == "title"] + usable
        known = {c.span for c in found}
        found.extend(c for c in _restatements(with_titles, document, g, params, updated, params.restatement_kinds,
                                                  quantities, _bounds(facts.locale), _partitive(facts.locale),
                                                  facts.get("times"), _joiners(facts.locale),
                                                  _determiners(facts.locale), said, when,
                                                  _demonstratives(facts.locale), facts.locale)
                     if c.span not in known)
    if params.restatements:
        known = {c.span.start for c in found}
        found.extend(c for c in _headline_totals([q for q in quantities if q.exempt == "title"] + usable, document, g,
                                                 params, _bounds(facts.locale), facts.locale)
                     if c.span.start not in known)
        known = {c.span.start for c in found} | {c.other.start for c in found}
        found.extend(c for c in _headline_counts([q for q in quantities if q.exempt == "title"] + usable, document,
                                                 g, params, _bounds(facts.locale), _partitive(facts.locale))
                     if c.span.start not in known and c.other.start not in known)
    known = {c.span.start for c in found} | {c.other.start for c in found}
    swaps = [(later, earlier) for later, earlier in _transposed.transposed(
        [q for q in quantities if q.exempt == "title"] + usable, document.text,
        lambda q: _transposable(q, document.text, _partitive(facts.locale)),
        lambda q: q.sentence >= 0 and updated(q.sentence) and not _level(q, usable, document, g))
        if later.span.start not in known]
    if swaps:   # "$12 million in 2024" ... "$21 million in 2025": two years, two true figures
        periods = _periods(quantities, document, facts.get("times"))
        found.extend(Conflict(later.span, earlier.span, "the same digits with two swapped") for later, earlier in swaps
                     if _same_period(_period(later, periods), _period(earlier, periods)))
    found.extend(_total_conflicts(usable, document, g, _partitive(facts.locale), facts.locale))
    found.extend(_win_conflicts(usable, document, facts.locale))
    found.extend(_ratio_conflicts(usable, document, facts.locale, _bounds(facts.locale)))
    known = {c.span for c in found}
    found.extend(c for c in _fraction_conflicts(usable, document, g, facts.locale, _bounds(facts.locale))
                 if c.span not in known)
    known = {c.span for c in found}
    if params.restatements:
        found.extend(c for c in _headline_fractions(usable, quantities, document, g, facts.locale, bounds,
                                                    params.lede) if c.span not in known)
        known = {c.span for c in found}
    found.extend(c for c in _restated_fractions(usable, document, facts.locale, _bounds(facts.locale))
                 if c.span not in known)
    known = {c.span for c in found}
    found.extend(Conflict(span, other, note) for span, other, note
                 in _restated_ratios.restated_ratios(usable, document, facts.locale) if span not in known)
    known = {c.span for c in found}
    found.extend(Conflict(span, other, note) for span, other, note in _part_shares.part_share_conflicts(
        usable, document, facts.locale, _ABOUT | _hedges(facts.locale) | _bounds(facts.locale).upper)
        if span not in known)
    known = {c.span for c in found}
    found.extend(c for c in _computed_shares(usable, document, g, facts.locale, bounds) if c.span not in known)
    if params.restatements:
        timed = frozenset(i for t in facts.get("times") if (i := document.sentence_index(t.span.start)) is not None)
        known = {c.span.start for c in found}
        found.extend(Conflict(later.span, earlier.span, note) for later, earlier, note in _tolls.toll_conflicts(
            usable, document, facts.locale, lambda q: given(prose, q, g),
            lambda q: _reading(q, document.text, bounds, params.tolerance), timed, updated)
            if later.span.start not in known)
        lede = [p for p in document.paragraphs if p.kind in ("body", "list")][:params.lede]
        known = {c.span.start for c in found} | {c.other.start for c in found}
        found.extend(Conflict(toll.span, title.span, note) for toll, title, note in _tolls.headline_toll(
            [q for q in quantities if q.exempt == "title"], usable, document, facts.locale,
            lede[-1].span.end if lede else -1, lambda q: _reading(q, document.text, bounds, params.tolerance))
            if toll.span.start not in known and title.span.start not in known)
    if params.breakdowns:
        found.extend(_later_parts(usable, document, facts.locale,
                                  {c.span.start for c in found} | {c.other.start for c in found}, quantities))
        from .percent_sum import _rest_pattern
        known = {c.span.start for c in found}
        found.extend(c for c in _breakdown_conflicts(usable, document, g, _rest_pattern(facts.locale), params.tolerance)
                     if c.span.start not in known)
    found.sort(key=lambda c: (c.span.start, c.other.start))
    return tuple(found)


def judge(rule: Any, evidence: tuple[Conflict, ...], document: Any) -> Iterable[Any]:
    for conflict in evidence:
        other = document.text[conflict.other.start:conflict.other.end]
        line, _ = document.line_col(conflict.other.start)
        note = "the other statement" if conflict.note == "stated differently" else conflict.note
        yield rule.finding(document, conflict.span,
                           fields={"figure": document.text[conflict.span.start:conflict.span.end],
                                   "other": other, "line_other": line, "note": conflict.note},
                           related=[(conflict.other, note)])

