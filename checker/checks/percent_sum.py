"""``check: percent-sum`` — shares of one whole that add up to more than 100 %.

A group is the percentages of one sentence, or of one run of list items (one share per
item: "- Yes: 52 %" / "- No: 41 %" / "- Blank: 12 %"). Left out: changes ("up 3 %",
"en hausse de 2 %", "a 74 % increase", the locale's ``change_cues`` within three words),
percentage points, values above 100, ceilings ("up to 80%", the locale's ``maximum_cues``),
and shares of visibly different wholes ("52 % of men and 60 % of women": the nouns after
"of"/"de" differ). The group is reported when its sum
exceeds 100 by more than the rounding allowance (``rounding`` per share). Also left out:
sentences that compare or update ("contre 95 % actuellement", "désormais"; the locale's
``update_cues``), shares far apart in a sentence (``max_gap``; twice that for parts told
alike, "46 % pour ..., 11 % pour ..."), and a group where one share
is the sum of the others (a subtotal followed by its parts).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from ..speedups import pattern_cache

from ..extractors.quantities import grammar, fold_fast
from ..spans import Span
from . import _parts_after
from ._changes import is_change
from ._share_gaps import gap_shares
from ._words import words_before

FIELDS = ("total", "count")
SCOPES = ("sentence",)   # the shares of one breakdown stand in one sentence

_WORDS_AFTER = pattern_cache.compile(r"^\W*(?:[\w'’\-]+)?")


@dataclass(frozen=True)
class Params:
    """Keys of a ``percent-sum`` rule.

    Args:
        rounding (float): allowance per share for rounding (0.5 = each share may be 0.5 high).
        ignore_exempt (list of str): exemption reasons whose shares are left out.
        max_gap (int): most characters between two shares of one breakdown in a sentence.
    """

    rounding: float = 0.5
    max_gap: int = 60
    ignore_exempt: tuple[str, ...] = ("year", "date", "time", "age", "ordinal", "page", "score", "idiom", "name", "title")


@dataclass(frozen=True)
class Excess:
    span: Span
    others: tuple[Span, ...]
    total: float


_BRACKETS = pattern_cache.compile(r"\([^()]*\)")


def _updates(prose: str, sentence: Span, g: Any, versus: Any, relatives: Any,
             second: int | None = None, periods: frozenset[str] = frozenset()) -> bool:
    """Does the sentence compare or update? A cue inside brackets speaks of the figure it
    follows ("30 % (en hausse de 8 points par rapport à 2001)"), not of the breakdown, and
    so does one in a relative clause with no share that tells who a holder is ("a nurse who
    joined the party last year,", "qui n'a rejoint le parti que l'an dernier,"); and
    "contre", "against", "versus" set two shares of one whole side by side ("51,7 % contre
    48,3 %"): a comparison with another time says when ("contre 95 % l'an dernier").
    A period cue (locale ``numbers.period_cues``: "last year", "l'an dernier") before the
    sentence's second share (at ``second``; None: the sentence has one) dates the whole
    breakdown ("recycled 42% of their waste last year, while 38% went to landfill"); after
    it, it sets another period against the shares before ("60% yes, 40% no, 55% last
    year")."""
    text = _BRACKETS.sub(lambda m: " " * len(m.group()), prose[sentence.start:sentence.end])
    text = versus.sub(lambda m: " " * len(m.group()), text)
    text = relatives.sub(lambda m: m.group() if "%" in m.group() else " " * len(m.group()), text)
    pos = 0
    while (cue := g.update.search(text, pos)) is not None:
        if (second is not None and cue.end() > second - sentence.start) \
                or fold_fast(" ".join(cue.group().split())) not in periods:
            return True
        pos = cue.end()
    return False


@functools.lru_cache(maxsize=16)
def _rate_pattern(locale: Any) -> Any:
    """The locale's ``numbers.rate_nouns`` ("turnout", "participation") as a phrase pattern."""
    from ..extractors.quantities import stem_pattern
    return stem_pattern(locale.words("numbers", "rate_nouns"))


_CLAUSE_BEFORE = pattern_cache.compile(r"[^,;:()]*$")


def _rate(prose: str, q: Any, rates: Any) -> bool:
    """Is the share the value of a measure that is a share of its own whole ("Turnout was
    61.3%", "with a turnout of 58%", "la participation s'élève à 61,3 %")? Turnout is of the
    registered voters, the candidates' shares of the votes cast: not one breakdown. The
    measure is among the four words before the share, in its clause."""
    clause = _CLAUSE_BEFORE.search(prose, max(0, q.span.start - 60), q.span.start)
    before = words_before(clause.group(), 4) if clause is not None else None
    return before is not None and rates.search(fold_fast(before.group())) is not None


@functools.lru_cache(maxsize=16)
def _relatives(locale: Any) -> Any:
    """A relative clause up to its comma (the locale's ``speakers.relative_pronouns``)."""
    words = [regex.escape(w) for w in locale.words("speakers", "relative_pronouns")]
    return regex.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)(?:[^,;:]|,(?=\S))*,(?=\s)", regex.IGNORECASE) if words \
        else regex.compile(r"(?!x)x")


_NAME_WORD = pattern_cache.compile(r"\b\p{Lu}[\w\-]*(?:['’]s)?")


def _gap(prose: str, a: Any, b: Any, asides: Any = None) -> int:
    """Characters between two shares, brackets and capitalised words left out: "30 % des
    sondés (en hausse de 8 points), devant l'inquiétude (21 %)" lists its shares as closely
    as without them, and the names of the holders ("14 points behind Senate Majority Leader
    Ann Ross, and 19 points ...") say who holds each share, not that they are far apart; nor
    does an aside about a holder (``asides``: "30 % par des mécènes privés, dont un
    constructeur japonais implanté dans le département, 20 % ...")."""
    between = _BRACKETS.sub("", prose[a.span.end:b.span.start])
    if asides is not None:
        between = asides.sub("", between)
    return len(_NAME_WORD.sub("", between))


@functools.lru_cache(maxsize=16)
def _asides(locale: Any) -> Any:
    """A comma-set aside that opens on a parts cue or a relative pronoun and holds no share
    (locale ``numbers.parts_subset``, ``speakers.relative_pronouns``); or a relative clause
    that describes a share's part up to the comma or the "and" before the next share ("31 %
    d'emballages qui auraient dû rejoindre le bac jaune et 34 %", "31% packaging that should
    have gone in the recycling and 34%": locale ``numbers.relatives``, ``numbers.word_joiners``)."""
    words = [regex.escape(w).replace("\\ ", r"\s+") for w in
             locale.words("numbers", "parts_subset") + locale.words("speakers", "relative_pronouns")]
    if not words:
        return None
    aside = rf",\s*(?:{'|'.join(words)})(?!\w)[^,;%]*(?=,)"
    relatives = [regex.escape(w) for w in locale.words("numbers", "relatives")]
    joiners = [regex.escape(w) for w in locale.words("numbers", "word_joiners")]
    if relatives and joiners:
        aside += rf"|\s(?:{'|'.join(relatives)})(?!\w)[^,;%]*?(?=(?:,|\s+(?:{'|'.join(joiners)}))\s*$)"
    return regex.compile(aside, regex.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _takers(locale: Any) -> Any:
    """The locale's ``numbers.share_takers`` ("took", "credited with", "qui recueille"), folded,
    as one pattern that must end right before a share."""
    words = sorted((regex.escape(fold_fast(w)).replace("\\ ", r"\s+") for w in locale.words("numbers", "share_takers")),
                   key=len, reverse=True)
    return regex.compile(rf"(?<!\w)(?:{'|'.join(words)})\s*$" if words else r"(?!x)x")


def _taken(prose: str, q: Any, takers: Any) -> bool:
    """Is the share told as what its holder took ("the Greens, who took 23.4%", "créditée
    de 35,1 %")?"""
    return takers.search(fold_fast(prose[max(0, q.span.start - 30):q.span.start])) is not None


def _apart(prose: str, a: Any, b: Any, max_gap: int, takers: Any, asides: Any = None) -> bool:
    """Are two shares too far apart to be one breakdown? Two shares each told as what a
    holder took in a contest ("won 44.2% ... the list led by X, credited with 35.1%") say by
    that verb that they divide one vote: the words that name the holders between them may
    run three times as long ("the list led by the former deputy mayor X, credited with")."""
    gap = _gap(prose, a, b, asides)
    if gap <= max_gap:
        return False
    if gap <= 2 * max_gap and _same_link(prose, a, b):
        return False   # "46 % pour les charges ..., 28 % pour ..., 19 % pour ... et 11 % pour ..."
    return gap > 3 * max_gap or not (_taken(prose, a, takers) and _taken(prose, b, takers))


_LINK = regex.compile(r"\s*([\p{L}'’]+)")


def _same_link(prose: str, a: Any, b: Any) -> bool:
    """Do two shares open their parts with the same short word ("46 % pour les charges de
    personnel ... 11 % pour les intérêts", "40% for roads ... 10% for parks")? Items told
    alike are items of one list, however long each part's name runs: the gap may double."""
    one, other = _LINK.match(prose, a.span.end), _LINK.match(prose, b.span.end)
    return one is not None and other is not None and len(one.group(1)) <= 4 \
        and one.group(1).casefold() == other.group(1).casefold()


def _holders(prose: str, start: int, q: Any, joiners: frozenset[str]) -> int:
    """How many holders share "each" of this share ("A and B at 6% each"): one more than
    the joiners ("and", "et", commas) before it in its clause."""
    text = prose[start:q.span.start]
    words = [fold_fast(w) for w in pattern_cache.compile(r"[\w’'\-]+|,").findall(text)]
    return 1 + sum(1 for w in words if w in joiners or w == ",")


def _rest_groups(document: Any, shares: list[Any], g: Any, cues: Any, each: frozenset[str],
                 joiners: frozenset[str]) -> list[tuple[Any, list[tuple[Any, float]]]]:
    """"the remaining 47 percent", "le reste, 20 %": a share that is the rest of one whole is
    added to the shares stated before it in its paragraph (and the paragraph before, when
    its own has fewer than two): together they are the whole."""
    prose = document.prose
    found = []
    for i, q in enumerate(shares):
        before = words_before(prose[max(0, q.span.start - 60):q.span.start], 3)
        if cues.search(fold_fast(before.group()) if before else "") is None:
            continue
        here = document.paragraph_index(q.span.start)
        if here is None:
            continue
        parts = [p for p in shares[:i] if document.paragraph_index(p.span.start) == here]
        if len(parts) < 2 and here > 0:   # the breakdown began in the paragraph before
            parts = [p for p in shares[:i] if document.paragraph_index(p.span.start) == here - 1] + parts
        if not parts:
            continue
        weighted = []
        for p in parts:
            after = _WORDS_AFTER.search(prose[p.span.end:p.span.end + 20])
            times = 1
            if after and fold_fast(after.group().strip(" ,;")) in each:
                sentence = document.sentences[p.sentence] if p.sentence >= 0 else p.span
                times = _holders(prose, sentence.start, p, joiners)
            weighted.append((p, p.value * times))
        found.append((q, weighted))
    return found


def _whole(prose: str, q: Any, places: Any = None, contents: frozenset[str] = frozenset()) -> str | None:
    """What the share is of: the noun after "of" / "de" ("52% of men"), else the place or
    round it was taken in ("44.2% in the city centre", "61,5 % au second tour"; locale
    ``numbers.whole_places``): one holder's shares in two places are of two wholes. A link
    of the locale's ``numbers.content_links`` (French bare « de »: « 42 % de déchets, 31 %
    d'emballages ») names what the part is made of, not its whole."""
    after = q.span.end
    if q.noun is not None:
        gap = prose[q.span.end:q.noun.start]
        if gap.strip() and fold_fast(gap.strip()) not in contents:
            return fold_fast(prose[q.noun.start:q.noun.end])
        if gap.strip():
            after = q.noun.end   # « 52 % de femmes au conseil »: the place follows the content
    if places is not None:
        where = places.match(prose, after, min(len(prose), after + 60))
        if where is not None:
            return "@" + fold_fast(where.group("place"))
    return None


@functools.lru_cache(maxsize=16)
def _places(locale: Any) -> Any:
    """A place or round right after a share: a word of the locale's ``numbers.whole_places``
    ("in", "au"), a determiner perhaps, and the noun (one or two words)."""
    words = sorted((regex.escape(w) for w in locale.words("numbers", "whole_places")), key=len, reverse=True)
    determiners = [regex.escape(w) for w in locale.words("speakers", "determiners")]
    if not words:
        return None
    det = rf"(?:(?:{'|'.join(determiners)})\s+)?" if determiners else ""
    return regex.compile(rf"\s+(?:{'|'.join(words)})(?:\s+|(?<=['’])){det}"
                         rf"(?P<place>[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*)?)", regex.IGNORECASE)


def _groups(document: Any, shares: list[Any]) -> list[list[Any]]:
    """Shares grouped by sentence, except consecutive list items, grouped by list."""
    groups: dict[tuple[str, int], list[Any]] = {}
    paragraphs = document.paragraphs
    for q in shares:
        index = document.paragraph_index(q.span.start)
        if index is not None and paragraphs[index].kind == "list":
            first = index
            while first > 0 and paragraphs[first - 1].kind == "list":
                first -= 1
            item = groups.setdefault(("list", first), [])
            if not any(document.paragraph_index(other.span.start) == index for other in item):
                item.append(q)
        else:
            groups.setdefault(("sentence", q.sentence), []).append(q)
    return list(groups.values())


_NEXT = pattern_cache.compile(r"\s+(\p{Ll}[\p{L}'’-]*)")


def _gapped(prose: str, group: list[Any], locale: Any) -> bool:
    """Is the breakdown told with its verb written once, after the first share's whole
    ("58 % des festivaliers venaient du département, 31 % d'autres régions et 16 % de
    l'étranger"; ``_parts_after.verb_test``: a past form), and no later share with a verb
    of its own? The later shares' complements ("d'autres régions") then say where each part
    came from, not another whole.""" 
    first = group[0]
    if first.noun is None:
        return False
    verb = _parts_after.verb_test(locale)

    def told(q: Any) -> bool:   # its whole, then a verb of its own (a pronoun may come first: « le rejetaient »)
        at = q.noun.end if q.noun is not None else None
        for _ in range(2):
            after = _NEXT.match(prose, at) if at is not None else None
            if after is None:
                return False
            if verb(after.group(1).casefold()):
                return True
            at = after.end()
        return False

    # "52% of men backed the plan and 60% of women opposed it": each its own verb and whole
    return told(first) and not any(told(q) for q in group[1:])


@functools.lru_cache(maxsize=64)
def _word_set(locale: Any, key: str) -> frozenset[str]:
    """The locale's ``numbers.<key>`` words, folded (once per locale and key)."""
    return frozenset(fold_fast(w) for w in locale.words("numbers", key))


@functools.lru_cache(maxsize=16)
def _versus(locale: Any) -> Any:
    """The locale's ``numbers.versus`` words as one case-blind pattern."""
    words = [regex.escape(w) for w in locale.words("numbers", "versus")]
    return regex.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)" if words else r"(?!x)x", regex.IGNORECASE)


def _a_maximum(prose: str, q: Any, maxima: frozenset[str]) -> bool:
    """Is the share a ceiling ("up to 80% in the lowest plots", « jusqu'à 80 % »; locale
    ``numbers.maximum_cues``) or a yardstick another share is set against ("71% of the
    time, well short of the 90% required", « loin des 90 % exigés »; ``numbers.benchmark_cues``)?
    The most some part reaches, or the level it is measured against, is no part of a breakdown."""
    before = " ".join(fold_fast(prose[max(0, q.number.start - 20):q.number.start]).split())
    return any(before.endswith(m) for m in maxima)


@functools.lru_cache(maxsize=16)
def _rest_pattern(locale: Any) -> Any:
    """The locale's ``numbers.rest_cues`` ("remaining", "le reste") as a phrase pattern."""
    from ..extractors.quantities import stem_pattern
    return stem_pattern(locale.words("numbers", "rest_cues"))


def collect(rule: Any, document: Any, facts: Any) -> tuple[Excess, ...]:
    params: Params = rule.params
    g = grammar(facts.locale)
    prose = document.prose
    shares = [q for q in facts.get("quantities")
              if q.unit == "%" and q.high is None and 0 < q.value <= 100
              and (q.exempt is None or q.exempt not in params.ignore_exempt)]
    # The filters below only take shares away, so a group (sentence or list) never grows:
    # with no two shares in any group now there is nothing to add up (most stories).
    if all(len(group) < 2 for group in _groups(document, shares)):
        return ()
    # "de 75 % à 50 %", "from 30% to 45%": a change written as two shares. Paired before
    # the change filter: "rose from 30% to 85%" drops "30%" as a change, and "85%" must
    # not then be added to the next share of the sentence.
    # "and" / "et" join two shares ("30% and 25%"), not the ends of a change.
    joiners = {fold_fast(j) for j in facts.locale.words("numbers", "range_joiners")} - \
        {fold_fast(j) for j in facts.locale.words("numbers", "word_joiners")}
    paired = set()
    for a, b in zip(shares, shares[1:]):
        if fold_fast(prose[a.span.end:b.span.start].strip()) in joiners:
            paired.update((a.span, b.span))
    shares = [q for q in shares if q.span not in paired]
    words = functools.partial(_word_set, facts.locale)
    shares = [q for q in shares if not is_change(prose, q, g)]
    maxima = _word_set(facts.locale, "maximum_cues") | _word_set(facts.locale, "benchmark_cues")
    shares = [q for q in shares if not _a_maximum(prose, q, maxima)]
    rates = _rate_pattern(facts.locale)
    shares = [q for q in shares if not _rate(prose, q, rates)]
    sentences = document.sentences
    seconds: dict[int, list[int]] = {}
    for q in shares:
        seconds.setdefault(q.sentence, []).append(q.span.start)
    periods = _word_set(facts.locale, "period_cues")
    updated = {i for i in {q.sentence for q in shares if 0 <= q.sentence < len(sentences)}
               if _updates(prose, sentences[i], g, _versus(facts.locale), _relatives(facts.locale),
                           sorted(seconds[i])[1] if len(seconds[i]) > 1 else None, periods)}
    shares = [q for q in shares if q.sentence not in updated]
    derived = gap_shares(document, shares, facts.get("quantities"), facts.locale)
    if derived:
        shares = sorted(shares + derived, key=lambda q: q.span.start)
    found = []
    takers = _takers(facts.locale)
    places = _places(facts.locale)
    contents = _word_set(facts.locale, "content_links")
    rests = _rest_groups(document, shares, g, _rest_pattern(facts.locale), words("each"),
                         words("word_joiners"))
    for rest, weighted in rests:
        total = rest.value + sum(v for _, v in weighted)
        if total > 100 + params.rounding * (len(weighted) + 1):
            found.append(Excess(rest.span, tuple(p.span for p, _ in weighted), total))
    done = {rest.span for rest, _ in rests}
    for group in _groups(document, shares):
        if len(group) < 2:
            continue
        in_sentence = document.paragraph_index(group[0].span.start) is None or \
            document.paragraphs[document.paragraph_index(group[0].span.start)].kind != "list"
        if in_sentence and any(_apart(prose, a, b, params.max_gap, takers, _asides(facts.locale))
                               for a, b in zip(group, group[1:])):
            continue
        values = [q.value for q in group]
        if any(abs(2 * v - sum(values)) <= 0.5 for v in values):
            continue  # a subtotal with its parts: "two thirds (65%): 56% rather, 9% very"
        wholes = {w for w in (_whole(prose, q, places, contents) for q in group) if w}
        if len(wholes) > 1 and not _gapped(prose, group, facts.locale):
            continue
        total = sum(q.value for q in group)
        if any(q.span in done for q in group):
            continue   # a rest and its parts: judged above
        if total > 100 + params.rounding * len(group):
            found.append(Excess(group[0].span, tuple(q.span for q in group[1:]), total))
    found.extend(_paragraph_runs(document, shares, facts.get("quantities"), {e.span for e in found} | done,
                                 params.rounding, params.max_gap, takers, places))
    return tuple(found)


def _paragraph_runs(document: Any, shares: list[Any], quantities: Any, reported: set[Any],
                    rounding: float, max_gap: int, takers: Any, places: Any = None) -> list[Excess]:
    """Shares of one whole told over consecutive sentences of a paragraph ("45% backed the
    mayor. His rival got 41%, and 20% had no opinion."): a run of sentences that each hold
    a share, one of them a breakdown of two or more, close together (``max_gap``), naming no
    two dates (another period) and none
    naming a whole other than the run's ("of voters", "des électeurs"), adds up like one
    sentence."""
    prose = document.prose
    dated: dict[int, set[float]] = {}
    for q in quantities:
        if q.exempt in ("year", "date"):
            dated.setdefault(q.sentence, set()).add(q.value)
    by_sentence: dict[int, list[Any]] = {}
    for q in shares:
        if q.sentence >= 0 and q.span.start not in reported:
            by_sentence.setdefault(q.sentence, []).append(q)
    found = []
    run: list[int] = []

    def close() -> None:
        if len(run) < 2 or all(len(by_sentence[i]) < 2 for i in run):
            return   # one share a sentence: as often one answer to each of several questions
        if any(len(by_sentence[i]) >= 2 and abs(sum(q.value for q in by_sentence[i]) - 100)
               <= rounding * len(by_sentence[i]) for i in run):
            return   # one sentence is a whole breakdown already: "62% for, 31% against and 7%
            # abstained. Turnout was 78%." (the next share is of another whole)
        group = [q for i in run for q in by_sentence[i]]
        if any(q.span in reported for q in group) or any(_apart(prose, a, b, max_gap, takers) for a, b in zip(group, group[1:])):
            return   # judged in its sentence, or shares too far apart to be one breakdown
        values = [q.value for q in group]
        if any(abs(2 * v - sum(values)) <= 0.5 for v in values):
            return   # a subtotal with its parts
        if len({w for w in (_whole(prose, q, places) for q in group) if w}) > 1:
            return
        total = sum(values)
        if total > 100 + rounding * len(group):
            found.append(Excess(group[0].span, tuple(q.span for q in group[1:]), total))

    when: set[float] = set()   # the dates the run's sentences name
    for index in sorted(by_sentence):
        if run and (index != run[-1] + 1 or document.paragraph_index(document.sentences[index].start)
                    != document.paragraph_index(document.sentences[run[-1]].start)
                    or index in dated and dated[index] != when):
            # another paragraph, or another date: "45% in 2019. In 2020, 50% ..."; a date
            # told first dates the sentences after it ("the vote on Sunday 22 March. His
            # rival got ..."), a date told after undated shares is another period
            close()
            run, when = [], set()
        run.append(index)
        when = when or dated.get(index, set())
    close()
    return found


def judge(rule: Any, evidence: tuple[Excess, ...], document: Any) -> Iterable[Any]:
    for excess in evidence:
        yield rule.finding(document, excess.span,
                           fields={"total": f"{excess.total:,.12g}", "count": len(excess.others) + 1},
                           related=[(span, "also part of the sum") for span in excess.others])
