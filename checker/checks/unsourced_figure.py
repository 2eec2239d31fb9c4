"""``check: unsourced-figure`` — a figure that is a claim, with no attribution in its scope.

Scope (documented in ``rules/numbers.yaml``): the figure's sentence, plus the sentence right
after it when that one opens with a continuation ("He said the figure ...", "Ce chiffre ...")
and the sentence after a colon-ended attributed sentence. Reason: reporters attribute once
per statement, usually inside the sentence or in the one that continues it; wider scopes
(the paragraph) let an attribution about something else vouch for a figure it never saw.

Which figures need a source is a judgement of the claim, not of the number: an editor asks
"says who?" of casualty and crowd counts, estimates and forecasts, polls, statistics about
a population or a market, money a party says it raised, spent or lost, and any hedged
figure ("about", "some", "une cinquantaine"): someone counted or guessed those. Counts the
story establishes, sizes, prices, durations and distances are not asked about. Each class
is read from the words around the figure (the locale's ``numbers.contested`` and
``numbers.claims``) and from the figure itself (hedged); the rule's ``claims`` say which
classes warn, ``info_claims`` which are reported as info, and every other figure gets
``ordinary_severity`` (``off`` by default: no finding).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Any, Iterable

import regex

from ..extractors import attributions as _attributions
from ..extractors.quantities import grammar, fold_fast
from ..spans import Span
from . import _multiples
from ._changes import is_change
from ._fraction_polls import fraction_polls
from ._given import given
from ._ratios import ratios
from ._words import words_before

FIELDS = ("figure", "cue", "claim")

# Claim classes, in the order they are tried: the first that fits names the claim.
CLASSES = ("casualties", "poll", "estimated", "forecast", "conditional", "estimate", "statistic", "money",
           "hedged")
_NAMES = {"casualties": "a figure on casualties, arrests, crowds or fighting", "poll": "a poll figure",
          "estimated": "an estimate told as such", "forecast": "a forecast",
          "conditional": "a figure told in the conditional (unconfirmed)",
          "estimate": "an estimate",
          "statistic": "a statistic", "money": "money raised, spent or lost", "hedged": "a hedged figure",
          "other": "a figure"}
SCOPES = ("sentence",)   # the attribution is looked for in the figure's sentence (see continuation)

EXEMPTIONS = ("year", "date", "time", "age", "ordinal", "address", "phone", "model", "score",
              "page", "quote", "headline", "idiom", "name", "title")


@dataclass(frozen=True)
class Params:
    """Keys of an ``unsourced-figure`` rule.

    Args:
        continuation (bool): also accept the attribution of the sentence a continuation refers
            to ("He said ...", "Ce chiffre ..." after an attributed sentence of the paragraph).
        exempt (list of str): exemption reasons that make a figure not a claim.
        kinds (list of str): quantity kinds that are claims (count, amount, share, measure,
            duration, number); bare numbers are only claims when a class fits them.
        claims (list of str): claim classes reported at the rule's severity (casualties,
            poll, estimate, statistic, money, hedged).
        info_claims (list of str): claim classes reported as info.
        ordinary_severity (str): severity for figures of no listed class: error, warning,
            info or off.
        min_value (float): smaller counts are not asked about ("one of them").
        window (int): words on each side of a figure searched for casualty words.
        cue_window (int): words on each side of a figure searched for the other classes' words.
        forecast_window (int): words before a figure searched for a forecast's verb ("will
            cut the cost of flood damage in the town by around £2 million": the verb heads
            the clause, further off than the other classes' words).
        history (int): a sentence that names a year this many years or more before the
            publication date recalls a matter of record: its figures are not asked about
            (0: never).
    """

    continuation: bool = True
    exempt: tuple[str, ...] = EXEMPTIONS
    kinds: tuple[str, ...] = ("count", "amount", "share", "measure", "number", "duration")
    claims: tuple[str, ...] = CLASSES
    info_claims: tuple[str, ...] = ()
    ordinary_severity: str = "off"
    min_value: float = 2.0
    window: int = 4
    cue_window: int = 4
    forecast_window: int = 12
    history: int = 2


def prepare(params: Params) -> Params:
    from . import RuleParamError
    if params.ordinary_severity not in ("error", "warning", "info", "off"):
        raise RuleParamError("ordinary_severity", "must be error, warning, info or off")
    unknown = set(params.exempt) - set(EXEMPTIONS)
    if unknown:
        raise RuleParamError("exempt", f"unknown exemption {sorted(unknown)}; expected some of "
                                       f"{', '.join(EXEMPTIONS)}")
    for key in ("claims", "info_claims"):
        unknown = set(getattr(params, key)) - set(CLASSES)
        if unknown:
            raise RuleParamError(key, f"unknown claim class {sorted(unknown)}; expected some of {', '.join(CLASSES)}")
    return params


@dataclass(frozen=True)
class Unsourced:
    span: Span
    claim: str          # its class, or "other"
    severity: str | None   # None: the rule's own
    others: int


@functools.lru_cache(maxsize=16)
def _after_pattern(window: int) -> Any:
    """The words after a figure for one ``window`` (compiled once per value, not per figure);
    the words before it are ``_words.words_before``."""
    return regex.compile(r"^(?:\W*[\w'’\-]+){0,%d}" % (window + 1))


def contested(document: Any, quantity: Any, pattern: Any, window: int,
              sentence_cache: dict[int, bool] | None = None, after_window: int | None = None,
              mask: Any = None, clause: bool = False) -> bool:
    """Does the figure speak of casualties, arrests, crowds, fighting or territory (or of
    whatever ``pattern`` holds)?

    Looks at ``window`` words on each side of the figure, inside its sentence: close enough
    to be about the figure ("la libération de 87 km²", "12 people were killed"), not so
    wide that one violent word makes every figure of a long sentence a warning.

    ``sentence_cache`` (sentence index -> the sentence holds a word of ``pattern`` at all)
    lets a caller skip the word window for most figures: the window is part of its sentence,
    so it can only hold such a word when the sentence does (or when a word is glued to the
    figure, where the window adds a space).
    """
    sentences = document.sentences
    if not 0 <= quantity.sentence < len(sentences):
        return False
    sentence = sentences[quantity.sentence]
    prose = document.prose
    if sentence_cache is not None:
        has = sentence_cache.get(quantity.sentence)
        if has is None:
            has = sentence_cache[quantity.sentence] = \
                (pattern.search(fold_fast(prose[sentence.start:sentence.end])) is not None)
        glued = quantity.span.end < len(prose) and (prose[quantity.span.end].isalnum() or prose[quantity.span.end] == "_")
        if not has and not glued:
            return False
    before = prose[sentence.start:quantity.span.start]
    after = prose[quantity.span.end:sentence.end]
    if clause:   # the words after the figure up to its clause's end ("the big three carmakers, beat forecasts")
        stop = _CLAUSE_END.search(after)
        if stop is not None:
            after = after[:stop.start()]
    head = words_before(before[-400:], window)
    tail = _after_pattern(window if after_window is None else after_window).match(after[:400])
    text = fold_fast((head.group() if head else "") + prose[quantity.span.start:quantity.span.end] + " " + (
        tail.group() if tail else ""))
    if mask is not None:
        text = mask.sub(" ", text)   # words that only look like the class ("interest rate")
    return pattern.search(text) is not None


_COUNTED = ("count", "amount", "share")
def _hedged(prose: str, q: Any, g: Any) -> bool:
    """Is the figure a guess ("about 40", "une cinquantaine", "some 300 or so")? A bound
    ("more than 40", "up to 800") or a range is a statement of fact, not a hedge."""
    pattern = g.claims.get("hedged")
    if pattern is None:
        return False
    text = prose[q.span.start:q.number.start] + " " + prose[q.number.end:q.span.end]
    return pattern.search(fold_fast(text)) is not None


_CLAUSE_WORDS = regex.compile(r"[^\W\d_][\w'’\-]*")


def _conditional(document: Any, q: Any, g: Any, window: int) -> bool:
    """Is the figure's verb, among the words before it in its clause, in the conditional
    that reports an unconfirmed claim (« Les pertes atteindraient 60 % », « une surtaxe qui
    rapporterait 2,3 milliards »; locale ``numbers.conditional_endings``, read on the
    written word, so that an imperfect « espérait » is none, and ``conditional_not``)?"""
    endings = g.conditional_endings
    if not endings or q.sentence < 0:
        return False
    sentence = document.sentences[q.sentence]
    before = document.prose[sentence.start:q.span.start]
    clause = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1:]
    words = _CLAUSE_WORDS.findall(clause)[-window:]
    return any(len(w) > 5 and w.endswith(endings) and w.casefold() not in g.conditional_not for w in words)


def claim_class(document: Any, q: Any, g: Any, params: Params, caches: dict[str, dict[int, Any]]) -> str:
    """The first claim class of ``params`` (rule's, then info's) that fits ``q``, else "other"
    (also for a figure the story already established: ``_given.given``)."""
    claim = _first_class(document, q, g, params, caches)
    return "other" if claim != "other" and given(document.prose, q, g) else claim


def _first_class(document: Any, q: Any, g: Any, params: Params, caches: dict[str, dict[int, Any]]) -> str:
    opens: bool | None = None   # read once, when a class needs it
    for name in (*params.claims, *params.info_claims):
        if name == "hedged":
            if q.approximate and q.high is None and q.kind in ("count", "amount") and _hedged(document.prose, q, g):
                return name
            continue
        if name == "conditional":
            if q.kind in _COUNTED and _conditional(document, q, g, params.cue_window + 2):
                return name
            continue
        if q.kind == "duration" or name == "forecast" and q.kind == "measure":
            # a time or a measure is a claim only as a plan's projected effect
            if name == "forecast" and q.approximate and _forecast_effect(document, q, g, params.forecast_window):
                return name
            continue
        if name == "casualties":
            if q.kind in ("amount", "share"):
                continue   # a toll counts people or ground: "15% fewer deaths" is a rate
        elif name == "estimated":
            if q.kind not in ("count", "share", "number"):
                continue   # "at an estimated cost of $26 million": the price of a plan, an estimate at most;
                # a bare number may be what the estimate gives ("is estimated at 3,500")
        elif (name == "money" and q.kind != "amount") or q.kind not in _COUNTED:
            continue   # a size, distance, duration or bare number is no poll, estimate or statistic
        elif name == "poll" and q.kind != "share":
            continue   # "408 respondents" is the poll's size; its findings are shares
        elif name == "statistic" and ((q.kind == "count" and not q.approximate) or _collective(document.prose, q, g)):
            continue   # "five nationalities whose acceptance rate ...": a plain count near a rate word;
            # "millions of people ...": a magnitude, not a measurement
        if name == "statistic" and q.kind == "share" and _period_change(document, q, g, caches):
            return name
        if name == "casualties":
            pattern, window = g.contested, params.window
        elif name == "forecast":
            if not (q.approximate or _round(q.value)):
                continue   # "is expected to create 28 jobs": an exact count is a plan's, not a guess
            pattern, window = g.claims.get(name), params.forecast_window
        else:
            pattern, window = g.claims.get(name), params.cue_window
        if pattern is None:
            continue
        cache = caches.setdefault(name, {})
        has = cache.get(q.sentence)
        if has is None:
            folded = caches.setdefault("", {})   # the folded sentence, shared by the classes
            text = folded.get(q.sentence)
            if text is None:
                sentence = document.sentences[q.sentence]
                text = folded[q.sentence] = fold_fast(document.prose[sentence.start:sentence.end])
            has = cache[q.sentence] = pattern.search(text) is not None
        if not has:
            continue   # no word of the class in the sentence: no window to read
        if opens is None:
            opens = _opens_sentence(document, q)
        after = params.cue_window if name == "forecast" else window * 3 if opens else window
        if contested(document, q, pattern, window, cache, after,
                     g.claims.get("not_" + name), clause=name != "casualties") \
                and not (name == "casualties" and _qualifies_the_noun(document, q, g, pattern, window * 3 if opens else window)):
            return name
    return "other"


def _breaks_down(document: Any, q: Any, quantities: Any) -> bool:
    """Is the sum one of the parts its sentence lists of a total the story gives elsewhere
    ("a £1.2 million restoration" ... "paid for with £750,000 from the fund, £300,000 from
    the council and £150,000 raised by a public appeal")? It tells where that total came
    from, and is what the total is: no claim of its own."""
    parts = [o for o in quantities if o.sentence == q.sentence and o.kind == "amount" and o.unit == q.unit
             and o.high is None]
    if len(parts) < 2:
        return False
    added = sum(o.value for o in parts)
    return any(o.sentence != q.sentence and o.kind == "amount" and o.unit == q.unit and o.high is None
               and abs(o.value - added) <= 0.005 * o.value for o in quantities)


def _forecast_effect(document: Any, q: Any, g: Any, window: int) -> bool:
    """Is a time or a measure the change a plan will make ("will cut response times by
    about four minutes", « réduira le trajet d'environ dix minutes »)? A future verb of
    change (locale ``numbers.claims.forecast_effect``) within ``window`` words before it, and
    the "by" word of a change's size (``numbers.claims.effect_by``) right before it, a hedge
    between at most: someone projected it. (The caller asks for a hedge: "will cut the
    meeting by ten minutes" is a decision.)"""
    effect, by = g.claims.get("forecast_effect"), g.claims.get("effect_by")
    if effect is None or by is None or q.sentence < 0:
        return False
    sentence = document.sentences[q.sentence]
    words = _CLAUSE_WORDS.findall(document.prose, sentence.start, q.span.start)
    if not words or not by.fullmatch(fold_fast(words[-1]).replace("’", "'")):
        return False
    return effect.search(fold_fast(" ".join(words[-window:]))) is not None


def _round(value: float) -> bool:
    """A whole number of hundreds or more ("400", "3 000", "£2 million"): the shape of an
    estimate, where "28" or "1,148" is a count someone fixed."""
    return value >= 100 and float(value).is_integer() and int(value) % 100 == 0


def _continues_a_source(document: Any, q: Any, facts: Any, cache: dict[str, Any]) -> bool:
    """Does the conditional sentence follow, in its paragraph, a sentence with a source
    (« Selon M. Daurat, le budget passera à 180 000 euros. Il serait financé à hauteur de
    95 000 euros ... »)? The conditional then reports that source's words on."""
    if "covered" not in cache:
        cache["covered"] = _attributions.covering(document, facts.get("attributions"), facts.locale,
                                                  continuation=False)
    before = q.sentence - 1
    return before >= 0 and before in cache["covered"] \
        and document.paragraph_index(document.sentences[before].start) == document.paragraph_index(q.span.start)


def _computed(document: Any, q: Any, quantities: Any) -> bool:
    """Is the share one the story's own counts make, in its sentence or the one before
    ("Of its 62 member farms, 47 voted in favour. The 47 votes represent about 76 per
    cent of the membership")? A part over a whole of those sentences gives it within
    rounding (a point, a point and a half when hedged): the reader can check it, and no
    one else needs to vouch for it."""
    if q.sentence < 0 or q.high is not None:
        return False
    near = [o for o in quantities if o.kind in ("count", "number") and o.unit is None and o.high is None
            and not o.approximate and o.exempt is None and o.value > 0
            and not q.span.start <= o.span.start < q.span.end   # a ratio's own terms
            and q.sentence - 1 <= o.sentence <= q.sentence
            and document.paragraph_index(o.span.start) == document.paragraph_index(q.span.start)]
    allowed = 1.5 if q.approximate else 1.0
    return any(part.value < whole.value and abs(100 * part.value / whole.value - q.value) <= allowed
               for part in near for whole in near)


def _collective(prose: str, q: Any, g: Any) -> bool:
    """Is the figure a bare collective ("millions of", "des milliers de"), no number of its own?"""
    return fold_fast(prose[q.number.start:q.number.end].strip()) in g.collectives


def _period_change(document: Any, q: Any, g: Any, caches: dict[str, dict[int, Any]]) -> bool:
    """Is the share a change set against an earlier period ("rose 43% compared with a year
    earlier", "ont augmenté de 46 % par rapport à l'an dernier")? Someone counted both
    periods: a statistic, whatever it counts. The comparison may stand anywhere in the
    sentence (it often closes it); the change word must be the figure's own."""
    pattern = g.claims.get("period_change")
    if pattern is None:
        return False
    cache = caches.setdefault("period_change", {})
    has = cache.get(q.sentence)
    if has is None:
        sentence = document.sentences[q.sentence]
        has = cache[q.sentence] = pattern.search(fold_fast(document.prose[sentence.start:sentence.end])) is not None
    # or a span of months or years right after the change, joined by a word or two ("have
    # risen 35% in five years", « a bondi de 35 % en cinq ans »): both ends were measured
    prose = document.prose
    over = any(_OVER.fullmatch(prose, q.span.end, at) for at in caches.get("durations", {}).get(q.sentence, ())
               if at > q.span.end)
    return (has or over) and is_change(document.prose, q, g)


# between a change and its span of time: one or two words ("in", "over the last", « en »)
_OVER = regex.compile(r"\s+(?:[\p{Ll}'’]+\s+){1,3}")


def _qualifies_the_noun(document: Any, q: Any, g: Any, pattern: Any, window: int) -> bool:
    """Is the class word only in the complement of what the figure counts ("200 témoignages
    d'anciens détenus", "300 letters of prisoners")? The figure counts the noun, not the
    people its complement names: no toll, no crowd."""
    if q.noun is None:
        return False
    prose = document.prose
    if pattern.search(fold_fast(prose[q.noun.start:q.noun.end])) is not None:
        return False   # "14 morts", "9 civils": the counted noun is the class word
    complement = g.noun.match(prose, q.noun.end)
    if complement is None or not complement.group("join") or pattern.search(fold_fast(complement.group())) is None:
        return False
    sentence = document.sentences[q.sentence]
    head = words_before(prose[max(sentence.start, q.span.start - 400):q.span.start], window)
    tail = _after_pattern(window).match(prose[complement.end():min(sentence.end, complement.end() + 400)])
    text = (head.group() if head else "") + prose[q.span.start:q.noun.end] + " " + (tail.group() if tail else "")
    return pattern.search(fold_fast(text)) is None


_LETTER = regex.compile(r"[^\W\d_]")
_CLAUSE_END = regex.compile(r"[,;:()]")
_CLAUSE_OPENER = regex.compile(r"[,;:]\s|\s[-–—]\s")   # a dateline's dash, a colon, a comma
_WORD_AFTER = regex.compile(r"[\w’'\-]+")


def _opens_sentence(document: Any, q: Any) -> bool:
    """Is the figure the subject that opens its sentence or clause ("Trois jeunes femmes âgées
    de 18 à 25 ans sont mortes ...", "1er novembre. - Trois ...", "Hier, trois ...")? Its predicate may then come after a long noun group: the words after it
    are read three windows far."""
    sentence = document.sentences[q.sentence]
    start = sentence.start
    for mark in _CLAUSE_OPENER.finditer(document.prose, sentence.start, q.span.start):
        start = mark.end()
    return _LETTER.search(document.prose, start, q.span.start) is None


def claim_span(document: Any, q: Any, pattern: Any, window: int) -> Span:
    """The figure, stretched to the word after it that makes it a claim ("Trois jeunes femmes
    ... sont mortes"): the finding shows the claim, not only the number. The figure alone
    when that word comes before it or is not found word by word."""
    if pattern is None:
        return q.span
    sentence = document.sentences[q.sentence]
    prose = document.prose
    for count, word in enumerate(_WORD_AFTER.finditer(prose, q.span.end, sentence.end)):
        if count > window:
            break
        if pattern.search(fold_fast(word.group())) is not None:
            return Span(q.span.start, word.end())
    return q.span


def _historical_sentences(document: Any, quantities: Any, years: int) -> set[int]:
    """Sentences that date what they say ``years`` or more before the publication date.

    Why: a toll or a count from an event long past ("the 1999 cyclone left 10,000 dead",
    "l'accident avait fait 228 morts le 1er juin 2009") is a matter of record that the
    story recalls, not a new claim that needs its counter named.
    """
    if document.date is None or years <= 0:
        return set()
    found = set()
    for q in quantities:
        if q.exempt in ("year", "date") and q.high is None and q.sentence >= 0:
            text = document.prose[q.number.start:q.number.end]
            if text.isdigit() and len(text) == 4 and document.date.year - q.value >= years:
                found.add(q.sentence)
    return found


def _recounted_sentences(document: Any, dated: set[int], times: Any) -> set[int]:
    """Sentences that go on telling a past the paragraph has dated: "Le 5 juillet 1962, ...
    À Oran, une fusillade éclate ..., chiffré à plusieurs centaines de morts". A sentence
    with no time expression of its own is read in the time of the sentence before it in
    its paragraph; one that names its own time ("Yesterday the dam burst") is not."""
    if not dated:
        return set()
    timed = {document.sentence_index(t.span.start) for t in times}
    found = set()
    sentences = document.sentences
    for index in sorted(dated):
        paragraph = document.paragraph_index(sentences[index].start)
        following = index + 1
        while following < len(sentences) and following not in timed and following not in dated \
                and document.paragraph_index(sentences[following].start) == paragraph:
            found.add(following)
            following += 1
    return found


def _sourced_elsewhere(by_sentence: dict[int, list[tuple[Any, str, str | None]]],
                       elsewhere: dict[tuple[float, str | None], list[Any]], document: Any, g: Any,
                       params: Params, caches: dict[str, dict[int, Any]]) -> dict[int, list[tuple[Any, str, str | None]]]:
    """The unsourced claims the story sources in another sentence, left out.

    Why: a story attributes a claim once, not at each mention: "Trois personnes ont été
    tuées ..." in the lede and "selon les secours, ... tuant ses trois occupants" below are
    one toll with one source; and the findings of a poll the story has attributed ("selon un
    sondage de l'IFOP, 65 % ...") go on without it ("56 % des personnes interrogées ...").
    A sourced figure of the same value and unit and the same claim class, anywhere in the
    story, or a sourced poll figure in an earlier sentence, is that source.
    """
    if not elsewhere or not by_sentence:
        return by_sentence
    # The first sourced poll and each paragraph's first sourced statistic are read only when
    # an unsourced claim of that class could lean on them: finding them classes every
    # sourced figure of the story, and most stories have no unsourced poll or statistic.
    claims = {claim for figures in by_sentence.values() for _, claim, _ in figures}
    # The class of the sourced figure as it reads, given or not ("tuant ses trois occupants").
    polled = None
    if "poll" in claims:
        polled = min((q.sentence for figures in elsewhere.values() for q in figures
                      if q.kind == "share" and _first_class(document, q, g, params, caches) == "poll"),
                     default=None)
    # A run of statistics from one source is attributed at its first ("Sales fell 35% in
    # January, as manufacturers reported. Ford's dropped 42%."): the paragraph's first
    # sourced statistic covers those after it in the paragraph.
    counted: dict[int, int] = {}
    for figures in elsewhere.values() if "statistic" in claims else ():
        for q in figures:
            paragraph = document.paragraph_index(q.span.start)
            if paragraph is not None and q.sentence < counted.get(paragraph, q.sentence + 1) \
                    and _first_class(document, q, g, params, caches) == "statistic":
                counted[paragraph] = q.sentence
    kept: dict[int, list[tuple[Any, str, str | None]]] = {}
    for sentence, figures in by_sentence.items():
        rest = [(q, claim, severity) for q, claim, severity in figures
                if not (claim == "poll" and polled is not None and polled < sentence)
                and not (claim == "statistic"
                         and counted.get(document.paragraph_index(q.span.start), sentence) < sentence)
                and not any(_first_class(document, o, g, params, caches) == claim
                            for o in elsewhere.get((q.value, q.unit), ()) if o.sentence != sentence)]
        if rest:
            kept[sentence] = rest
    return kept


def _broken_down(by_sentence: dict[int, list[tuple[Any, str, str | None]]], document: Any,
                 quantities: Any) -> dict[int, list[tuple[Any, str, str | None]]]:
    """The tolls of a sentence the next one, in its paragraph, breaks down and sources, left
    out: "Twelve people were taken to hospital. Nine were discharged and three remained
    overnight, a hospital spokeswoman said." Two or more sourced counts smaller than the toll
    in the next sentence go on counting the set just told, in the voice of their source."""
    parts: dict[int, list[float]] = {}   # sentence -> its sourced counts
    for q in quantities:
        if q.sentence >= 0 and q.sourced and q.kind in ("count", "number") and q.unit is None:
            parts.setdefault(q.sentence, []).append(q.value)
    kept: dict[int, list[tuple[Any, str, str | None]]] = {}
    for sentence, figures in by_sentence.items():
        after = parts.get(sentence + 1, [])
        same_paragraph = sentence + 1 < len(document.sentences) and document.paragraph_index(
            document.sentences[sentence].start) == document.paragraph_index(document.sentences[sentence + 1].start)
        rest = [f for f in figures if not (f[1] == "casualties" and same_paragraph
                                           and len([v for v in after if v < f[0].value]) >= 2)]
        if rest:
            kept[sentence] = rest
    return kept


def _one_source_paragraphs(by_sentence: dict[int, list[tuple[Any, str, str | None]]], document: Any,
                           attributions: Any) -> dict[int, list[tuple[Any, str, str | None]]]:
    """The tolls of a paragraph that gives one source and no other, after it names it, left out.

    Why: a paragraph that reports one source's account ("At its peak, 120 firefighters were
    at work, the chief said. No one was badly hurt, although two firefighters were
    injured.") tells the toll in that voice; the reader knows who counted. Two sources in the
    paragraph (or one that names no one) leave the toll's source open; a toll told before
    the source ("Six climbers were killed. Rescuers said the storm came fast.") is the
    paper's own, the source speaking of something else; and a source in another paragraph
    is another statement."""
    sources: dict[int, set[str]] = {}
    first: dict[int, int] = {}   # paragraph -> the first sentence that names its source
    for attribution in attributions:
        paragraph = document.paragraph_index(attribution.cue.start)
        sentence = document.sentence_index(attribution.cue.start)
        if paragraph is None or sentence is None:
            continue
        span = attribution.source
        text = fold_fast(document.prose[span.start:span.end]) if span is not None else ""
        sources.setdefault(paragraph, set()).add(" ".join(text.split()))
        first[paragraph] = min(first.get(paragraph, sentence), sentence)
    kept: dict[int, list[tuple[Any, str, str | None]]] = {}
    for sentence, figures in by_sentence.items():
        paragraph = document.paragraph_index(document.sentences[sentence].start)
        named = sources.get(paragraph, set())
        single = len(named) == 1 and "" not in named and first[paragraph] < sentence
        rest = [f for f in figures if not (single and f[1] == "casualties")]
        if rest:
            kept[sentence] = rest
    return kept


@functools.lru_cache(maxsize=16)
def _first_person_patterns(locale: Any) -> tuple[Any, Any] | None:
    r"""The locale's ``numbers.first_person`` words as two patterns: capitalised as the
    sentence's first word (``match``-ed at its start), and in lower case anywhere
    (``search``-ed): "us" is a speaker, "US" a country, and "Ma" inside a sentence a surname.

    Why two: as one pattern (``^[\W\d_]*(?:We|...)|(?<!\w)we(?!\w)|...``) the engine tried the
    anchored branch and each word's lookbehind at every character of every sentence, five
    times slower; ``_first_person_voice`` asks the same question of the two halves."""
    lower, opening = [], []
    for word in locale.words("numbers", "first_person"):
        end = r"(?!\w)" if word[-1:].isalnum() else ""
        lower.append(f"{regex.escape(word)}{end}")
        opening.append(f"{regex.escape(word[:1].upper() + word[1:])}{end}")
    if not lower:
        return None
    return regex.compile(rf"[\W\d_]*(?:{'|'.join(opening)})"), regex.compile(rf"(?<!\w)(?:{'|'.join(lower)})")


def _first_person_voice(document: Any, index: int, locale: Any, cache: dict[int, bool]) -> bool:
    """Is sentence ``index`` told in a speaker's own voice ("Our volunteers planted 300
    trees", the answers of an interview)? Its figures are the speaker's claims, sourced by
    the voice that makes them. Quotations are exempt on their own; this is the first person
    outside quote marks.

    Asked only of the sentences of figures that reach it (unsourced, not of record), once
    each: most sentences with a figure never need the answer."""
    voiced = cache.get(index)
    if voiced is None:
        patterns = _first_person_patterns(locale)
        if patterns is None or index < 0:
            voiced = False
        else:
            opening, anywhere = patterns
            sentence = document.sentences[index]
            text = document.prose[sentence.start:sentence.end]
            voiced = opening.match(text) is not None or anywhere.search(text) is not None
        cache[index] = voiced
    return voiced


def _worded_polls(document: Any, facts: Any, g: Any, params: Params, by_sentence: dict[int, Any],
                  elsewhere: dict[tuple[float, str | None], list[Any]], past: set[int],
                  voiced: dict[int, bool], caches: dict[str, dict[int, Any]]) -> list[Unsourced]:
    """Poll findings written as a fraction ("La moitié des Français jugent ..."), unsourced:
    not in a sentence an attribution covers, told in the first person or of record, nor
    after a poll the story has sourced (its later findings go on without the source), and
    not in a sentence that already has a finding."""
    if "poll" not in params.claims and "poll" not in params.info_claims:
        return []
    poll = g.claims.get("poll")
    quoted = [q.span for q in facts.get("quotes")]
    found: list[Unsourced] = []
    covered = None
    polled = None
    done: set[int] = set()   # one finding per sentence
    for index, span in fraction_polls(document, facts.locale, poll, params.cue_window, quoted):
        if index in by_sentence or index in past or index in done:
            continue
        if covered is None:   # read only for a story with such a fraction
            covered = _attributions.covering(document, facts.get("attributions"), facts.locale)
            polled = min((q.sentence for figures in elsewhere.values() for q in figures
                          if q.kind == "share" and _first_class(document, q, g, params, caches) == "poll"),
                         default=None)
        if index in covered or (polled is not None and polled < index) \
                or _first_person_voice(document, index, facts.locale, voiced):
            continue
        severity = "info" if "poll" not in params.claims else None
        found.append(Unsourced(span, "poll", severity, 0))
        done.add(index)
    return found


def _worded_changes(document: Any, facts: Any, g: Any, params: Params, by_sentence: dict[int, Any],
                    voiced: dict[int, bool], polls: list[Unsourced]) -> list[Unsourced]:
    """Statistics told as a multiple ("prices have tripled since 2010"), unsourced: not in a
    sentence an attribution covers or told in the first person, and not in a sentence that
    already has a finding."""
    if "statistic" not in params.claims and "statistic" not in params.info_claims:
        return []
    quoted = [q.span for q in facts.get("quotes")]
    taken = set(by_sentence) | {document.sentence_index(p.span.start) for p in polls}
    found: list[Unsourced] = []
    covered = None
    for index, span in _multiples.multiples(document, facts.locale, g.claims.get("period_change"), quoted):
        if index in taken:
            continue   # (a change "since 2010" runs to now: no figure of record)
        if covered is None:   # read only for a story with such a change
            covered = _attributions.covering(document, facts.get("attributions"), facts.locale)
        if index in covered or _first_person_voice(document, index, facts.locale, voiced):
            continue
        severity = "info" if "statistic" not in params.claims else None
        found.append(Unsourced(span, "statistic", severity, 0))
        taken.add(index)
    return found


def collect(rule: Any, document: Any, facts: Any) -> tuple[tuple[Unsourced, ...], str]:
    params: Params = rule.params
    quantities = facts.get("quantities")
    covered = None
    if not params.continuation:
        covered = _attributions.covering(document, facts.get("attributions"), facts.locale,
                                         continuation=False)
    g = grammar(facts.locale)
    info = set(params.info_claims)
    past = _historical_sentences(document, quantities, params.history)
    past |= _recounted_sentences(document, past, facts.get("times") if past else ())
    voiced: dict[int, bool] = {}   # sentence -> told in the first person, read when a figure needs it
    by_sentence: dict[int, list[tuple[Any, str, str | None]]] = {}
    caches: dict[str, dict[int, Any]] = {}
    # the start of each duration, by sentence ("in five years", « en cinq ans »): a change
    # over a span of time is a statistic (``_period_change``)
    spans_of_time = caches.setdefault("durations", {})
    from ._timeline import preceded_by
    for t in facts.get("times"):
        # months or years, after "in" / « en » (locale time.span_in): compiled, not watched;
        # "a 20 year low" is a record's span, not the change's
        if t.form == "duration" and t.unit in ("M", "Y") and preceded_by(document, facts, "span_in", t.span.start,
                                                                            window=12):
            index = document.sentence_index(t.span.start)
            if index is not None:
                spans_of_time.setdefault(index, []).append(t.span.start)
    attributed: dict[str, Any] = {}   # sentence -> attribution, read when a conditional needs it
    elsewhere: dict[tuple[float, str | None], list[Any]] = {}   # sourced figures, by value
    # "one in four tenants", "un locataire sur quatre": a share, judged as one; its numerator
    # is part of it.
    ratio_of = ratios(document, quantities, facts.locale)
    numerators = {id(numerator) for _, _, numerator in ratio_of.values() if numerator is not None}
    for q in quantities:
        if q.exempt is not None and q.exempt in params.exempt:
            continue
        if numerators and id(q) in numerators:
            continue
        ratio = ratio_of.get(q.span.start)
        counted = q
        if ratio is not None:
            q = replace(q, span=ratio[0], value=round(ratio[1], 1), unit="%", kind="share")
        if q.kind not in params.kinds or (q.high is None and q.value < params.min_value):
            continue
        sourced = q.sourced if covered is None else q.sentence in covered
        if sourced and q.sentence >= 0:
            elsewhere.setdefault((q.value, q.unit), []).append(q)
        if q.exempt == "headline" or sourced:
            continue   # before the word-window tests: most figures are sourced
        if q.sentence in past:
            continue   # a figure of record: "the 1999 cyclone left 10,000 dead"
        if _first_person_voice(document, q.sentence, facts.locale, voiced):
            continue   # a speaker's own claim: "we donated $60,000"
        claim = claim_class(document, q, g, params, caches)
        if counted is not q and claim not in params.claims \
                and claim_class(document, counted, g, params, caches) == "casualties":
            claim = "casualties"   # "the virus killed one in ten patients": a toll told as a rate
        if claim == "conditional" and _continues_a_source(document, q, facts, attributed):
            claim = "other"   # « Selon M. Daurat, le budget ... Il serait financé à hauteur de ... »
        if claim != "other" and q.unit == "%" and _computed(document, q, quantities):
            claim = "other"   # "47 voted in favour of its 62 members ... about 76 per cent"
        if claim == "money" and _breaks_down(document, q, quantities):
            claim = "other"   # "paid for with £750,000 from ..., £300,000 ... and £150,000 raised by ..."
        if claim == "other":
            if q.kind == "number" or params.ordinary_severity == "off":
                continue
            severity: str | None = params.ordinary_severity
        else:
            severity = "info" if claim in info and claim not in params.claims else None
        by_sentence.setdefault(q.sentence, []).append((q, claim, severity))
    by_sentence = _sourced_elsewhere(by_sentence, elsewhere, document, g, params, caches)
    if any(claim == "casualties" for figures in by_sentence.values() for _, claim, _ in figures):
        by_sentence = _one_source_paragraphs(by_sentence, document, facts.get("attributions"))
        by_sentence = _broken_down(by_sentence, document, quantities)
    worded = _worded_polls(document, facts, g, params, by_sentence, elsewhere, past, voiced, caches)
    found = []
    rank = {None: 0, "error": 0, "warning": 1, "info": 2}
    asked: set[tuple[str, float]] = set()
    for sentence, figures in sorted(by_sentence.items()):
        # A claim restated ("Six membres du Hamas tués." ... "a fait six morts") is asked
        # about once, where it first appears.
        figures = [f for f in figures if (f[1], f[0].value) not in asked]
        if not figures:
            continue
        asked.update((f[1], f[0].value) for f in figures)
        # One finding per sentence, on the figure whose claim weighs most (the first of them).
        q, claim, severity = min(figures, key=lambda f: rank.get(f[2], 3))
        span = q.span
        if claim == "casualties":
            span = claim_span(document, q, g.contested,
                              params.window * 3 if _opens_sentence(document, q) else params.window)
        found.append(Unsourced(span, claim, severity, len(figures) - 1))
    found.extend(worded)
    found.extend(_worded_changes(document, facts, g, params, by_sentence, voiced, worded))
    found.sort(key=lambda item: item.span.start)
    # The first cue only: locale.words would build (and str()) the whole list per story.
    cues = facts.locale.get("attribution", "before_source", ())
    cue = cues if isinstance(cues, str) else next((str(c) for c in cues or ()), "")
    return tuple(found), cue


def judge(rule: Any, evidence: tuple[tuple[Unsourced, ...], str], document: Any) -> Iterable[Any]:
    figures, cue = evidence
    for item in figures:
        text = document.text[item.span.start:item.span.end]
        if len(text) > 60:
            text = text[:57].rstrip() + "..."
        more = f" (and {item.others} more figure{'s' if item.others > 1 else ''})" if item.others else ""
        yield rule.finding(document, item.span, fields={"figure": text + more, "cue": cue,
                                                        "claim": _NAMES.get(item.claim, "a figure")},
                           severity=item.severity)
