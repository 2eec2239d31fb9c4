"""The quantity grammar of one language, compiled once per locale file.

Everything language-specific (number words, scales, currencies, units, approximators,
exemption patterns) comes from the ``numbers:`` section of the locale; this module only
turns those lists into one big pattern and a few lookup tables. ``grammar(locale)`` is
cached per locale (locales are loaded once per path), so the regexes are compiled once per
process whatever the number of documents.
"""
from __future__ import annotations

import functools
import sys
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Iterable, Mapping

import regex

from ...speedups import data_cache, pattern_cache
from ...locales import Locale, fold
from ...speedups import digit_lead
from ._scan import FoldedScan, folded_scan
from ...speedups.word_trie import trie

@functools.lru_cache(maxsize=8192)
def _fold_cached(word: str) -> str:
    return fold(word)


def fold_fast(text: str) -> str:
    """``locales.fold``, quicker: ASCII text only needs lower-casing (NFKD leaves it alone),
    and the other words recur (the cache is per process, keyed by the word only)."""
    if text.isascii():
        return text.lower()
    return _fold_cached(text) if len(text) < 48 else fold(text)


def _alternation(words: Iterable[str]) -> str:
    """Longest-first alternation of literal phrases; inner spaces match any white space."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace("\\ ", r"\s+").replace(" ", r"\s+") for w in unique)


_ACCENTS = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]"}


def _ic_alternation(words: Iterable[str]) -> str:
    """``_alternation`` for a case-insensitive pattern, as a prefix tree when that matches the
    same strings (the same test as ``_phrase_pattern``: ASCII and Latin-1 letters, which
    lower-case within their case-blind class, and plain spaces).

    Why: the quantity pattern is ``match``-ed at every opener, about 8,000 times over the
    corpus, and its word lists (number words, units, currencies) were tried one by one. At
    one position the words that match are prefixes of one another, and the tree tries them
    longest first, as the sorted alternation does.
    """
    words = [w for w in words if w]
    if words and all((c.lower() == c or ord(c) < 0x100) and (c == " " or not c.isspace()) for w in words for c in w):
        return trie(words)
    return _alternation(words)


def _accent_blind(folded: str) -> str:
    """A pattern for a folded word that also matches its accented spellings ("fevrier")."""
    return "".join(_ACCENTS.get(c, regex.escape(c)) for c in folded)


def _wordlike(phrase: str) -> bool:
    return phrase[:1].isalpha() and phrase[-1:].isalpha()


def _bounded(words: Iterable[str]) -> str:
    """Alternation that refuses to start or end inside a longer word."""
    return rf"(?<![\w])(?:{_alternation(words)})(?![\w])"


def _currency(value: Any) -> tuple[str, float]:
    """``"EUR"`` or ``"FRF*1000000"`` (a code with a built-in multiplier) -> (code, scale)."""
    code, _, factor = str(value).partition("*")
    try:
        return code.strip(), float(factor) if factor else 1.0
    except ValueError:
        return code.strip(), 1.0


@dataclass(frozen=True, eq=False)
class NumberGrammar:
    """Compiled patterns and lookup tables for reading quantities in one language.

    Args:
        quantity: the main pattern; groups ``between``, ``approx``, ``cur``, ``num``, ``art``,
            ``scale``, ``coll``, ``num2``, ``scale2``, ``curafter``, ``unit``, ``approx2``.
        quantity_plain: ``quantity`` without its collective branch ("dozens of", "une
            dizaine de"; same groups, never set), for text without a collective word.
        quantity_digit: ``quantity_plain`` for an opener that is a digit (no range prefix
            nor approximator can start there).
        collective_words: lower-cased first words of the collectives.
        scan: one cheap pass that finds where ``quantity`` can match: anchors (digit runs
            and ``anchor_words``: every match holds one) and the words and symbols a match
            may open with ("about", "between", "$"). See ``quantity_matches``.
        folded_scan: the same hits from quicker passes (see ``FoldedScan``), or None.
        anchor_words: lower-cased number words, collectives' first words, scale words.
        reach: most characters from a match's start to its first anchor.
        noun: what follows a quantity: optional joiner, then up to two words (``noun``).
        exempt: (reason, pattern with group ``n``) pairs from the locale.
        date: numbers next to a month name (day of month, year).
        exempt_leads, date_lead: ``digit_lead.digit_lead`` of each exempt pattern and of
            ``date`` (where a scan may start before a stretch's first digit).
        exempt_space_leads, date_space_lead: their ``digit_lead.space_lead`` (where a
            scan may start before the white space that ends at that digit).
        exempt_gates: ``digit_lead.opening_gate`` of each exempt pattern (its opening
            strings, one of which ends before white space and a digit in any match), or ().
        exempt_followers: ``digit_lead.digit_followers`` of each exempt pattern (one follows
            the run of digits a match opens with), or "".
        exempt_required: ``digit_lead.required_chars`` of each exempt pattern (a stretch
            without any of them holds no match).
        group_number / plain_number: full-match patterns used to read digit strings.
    """

    quantity: Any
    quantity_plain: Any
    quantity_digit: Any
    collective_words: frozenset[str]
    scan: Any
    folded_scan: FoldedScan | None
    anchor_words: frozenset[str]
    reach: int
    noun: Any
    exempt: tuple[tuple[str, Any], ...]
    date: Any
    exempt_leads: tuple[int | None, ...]
    date_lead: int | None
    exempt_space_leads: tuple[int | None, ...]
    date_space_lead: int | None
    exempt_required: tuple[tuple[str, ...], ...]
    exempt_gates: tuple[tuple[str, ...], ...]
    exempt_followers: tuple[str, ...]
    group_number: Any
    plain_number: Any
    contested: Any
    change_before: Any
    change_after: frozenset[str]   # words right after a percentage that make it a change ("3% higher")
    update: Any
    parts_subset: Any
    parts_exhaustive: Any
    words: frozenset[str]
    not_alone: frozenset[str]
    articles: frozenset[str]
    scales: Mapping[str, float]
    money_scales: frozenset[str]
    collectives: Mapping[str, float]
    currency_before: Mapping[str, tuple[str, float]]
    currency_after: Mapping[str, tuple[str, float]]
    units: Mapping[str, str]
    duration_units: frozenset[str]
    not_nouns: frozenset[str]
    noun_adjectives: frozenset[str]
    modifier_plurals: tuple[str, ...]
    conditional_endings: tuple[str, ...]
    conditional_not: frozenset[str]
    auxiliaries: frozenset[str]
    stopwords: frozenset[str]
    lang: str
    claims: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))  # class -> cue words (numbers.claims)
    idioms: tuple[Any, ...] = ()   # set phrases whose group "n" is a number word that counts nothing
    list_joiners: frozenset[str] = frozenset()   # "and", "et": two figures, never a score


def stem_pattern(entries: Iterable[str]) -> Any:
    """Words where a trailing ``*`` means "any ending": ``kill*`` matches killed, killings.

    Built as a prefix tree: the callers only ask whether a sentence holds one of the words
    (``search``), and a tree rejects most positions on their first letter where a flat
    alternation of ~70 words tried each in turn (the English list was ten times slower).
    """
    root: dict[str, dict] = {}
    for entry in entries:
        entry = fold(entry.strip())
        if not entry:
            continue
        stem = entry.endswith("*")
        node = root
        for char in entry[:-1] if stem else entry:
            node = node.setdefault(char, {})
        node["*" if stem else ""] = {}
    if not root:
        return pattern_cache.compile(r"(?!x)x")
    return pattern_cache.compile(rf"(?<![\w])(?:{_tree(root)})(?![\w])")


def _tree(node: dict[str, dict]) -> str:
    """A prefix tree as a pattern: "" marks a word's end, "*" a stem's (any ending)."""
    parts = [(r"\s+" if char == " " else regex.escape(char)) + _tree(child)
             for char, child in sorted(node.items()) if char not in ("", "*")]
    if "*" in node:
        parts.append(r"\w*")
    elif "" in node:
        parts.append("")
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class _UpdateCues:
    """The locale's ``numbers.update_cues``, searched like a pattern; a cue ending with a
    ``change_targets`` word ("fell to", "passé à") counts only with a figure right after it
    ("fell to 40", "rose to about £2m"), not before anything else ("fell to his death",
    "rose to power")."""

    __slots__ = ("pattern", "targets")

    def __init__(self, pattern: Any, targets: frozenset[str]) -> None:
        self.pattern, self.targets = pattern, targets

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else endpos
        for match in self.pattern.finditer(text, pos, end):
            words = match.group().split()
            if self.targets and words and fold(words[-1]) in self.targets \
                    and _FIGURE_SOON.match(text, match.end()) is None:
                continue
            return match
        return None


# a digit within a few words after a change target ("to about 40", "à près de 42")
_FIGURE_SOON = regex.compile(r"[^\d.;!?]{0,16}\d")


def _phrase_pattern(entries: Iterable[str]) -> Any:
    """Cue phrases, case-insensitive; callers only ask whether a text holds one (``search``).

    ``trie`` of the phrases when lower-casing keeps every letter a case partner of itself
    and the only white space is a plain space (ASCII and Latin-1: the same strings match),
    else a flat alternation.
    """
    entries = tuple(entries)
    if not entries:
        return pattern_cache.compile(r"(?!x)x")
    if all(ord(c) < 0x100 and c not in "\t\n\r\x0b\x0c\x85\xa0" for e in entries for c in e):
        return pattern_cache.compile(rf"(?<![\w])(?:{trie(entries)})(?!\w)", regex.IGNORECASE)
    return pattern_cache.compile(_bounded(entries) if all(_wordlike(e) for e in entries)
                         else rf"(?<![\w])(?:{_alternation(entries)})(?!\w)", regex.IGNORECASE)


def _scan(number_words: Iterable[str], collectives: Iterable[str], scale_words: Iterable[str],
          openers: Iterable[str], second_openers: Iterable[str]) -> tuple[Any, frozenset[str], int, Any]:
    """The anchor-and-opener pattern, the anchor words and the reach for ``quantity_matches``,
    and its words, symbols and symbols' class for ``_scan.folded_scan``.

    Why: the quantity pattern tries a dozen alternations at every character, which is most
    of the extractor's time although figures are rare. Every match holds an anchor (a
    digit run, a number word, a collective's first word or a scale word) and starts on a
    word or symbol that can open one, no further than ``reach`` before the anchor; so one
    cheap pass over the text, then ``match`` at those few openers, finds the same matches
    as ``finditer``.
    """
    anchors = {w.lower() for w in number_words} | {c.split()[0].lower() for c in collectives if c.split()} \
        | {w.lower() for w in scale_words}
    words, symbols = set(anchors), set()
    openers, second_openers = tuple(openers), tuple(second_openers)
    for phrase in (*openers, *second_openers):
        phrase = phrase.strip()
        first = regex.match(r"\w+", phrase)
        if first is not None:
            words.add(first.group())
        elif phrase:
            symbols.add(phrase[0])
    symbol_class = "".join(sorted(symbols)).replace("\\", "\\\\").replace("]", "\\]").replace("-", "\\-")
    pattern = rf"\d+|\b(?:{trie(words)})\b" + (rf"|[{symbol_class}]" if symbols else "")
    longest = lambda phrases: max((len(p) for p in phrases), default=0)  # noqa: E731
    # Runs of white space between the words are wider than one space when markup was blanked.
    reach = longest(openers) + longest(second_openers) + 32
    return (pattern_cache.compile(pattern, regex.IGNORECASE | regex.VERSION0), frozenset(anchors), reach,
            (words, symbols, symbol_class))




@functools.lru_cache(maxsize=32)
def grammar(locale: Locale) -> NumberGrammar:
    """The compiled grammar for ``locale`` (cached: one build per locale file per process)."""
    return build_grammar(locale)


def build_grammar(locale: Locale) -> NumberGrammar:
    """``grammar``, uncached."""
    get = lambda key, default=(): locale.get("numbers", key, default)  # noqa: E731
    words_of = lambda key: locale.words("numbers", key)  # noqa: E731
    groups = set(words_of("group_separators")) | {locale.group_symbol}
    decimals = set(words_of("decimal_separators")) | {locale.decimal_symbol}
    group_class = "".join(sorted(groups)).replace("\\", "\\\\").replace("]", "\\]").replace("-", "\\-")
    decimal_class = "".join(sorted(decimals)).replace("\\", "\\\\").replace("]", "\\]").replace("-", "\\-")
    digits = (rf"(?<![\w.,/])(?<![^\W\d]-)(?:\d{{1,3}}(?:[{group_class}]\d{{3}})+(?!\d)(?:[{decimal_class}]\d+)?"
              rf"|\d+(?:[{decimal_class}]\d+)?)(?![\d])")
    number_words = words_of("words")
    joiners = words_of("word_joiners")
    word_alt = _ic_alternation(number_words)
    joiner_alt = _ic_alternation(joiners) or "(?!x)x"
    word_number = (rf"(?<![\w])(?:{word_alt})(?:(?:\s*-\s*|-(?:{joiner_alt})-|\s+(?:(?:{joiner_alt})\s+)?)"
                   rf"(?:{word_alt}))*(?![\w])")
    scales = {str(k): float(v) for k, v in (get("scales", {}) or {}).items()}
    scale_words = [k for k in scales if _wordlike(k)]
    articles = words_of("articles")
    article = (rf"(?<![\w])(?P<art>{_ic_alternation(articles)})\s+(?=(?:{_ic_alternation(scale_words)})(?![\w]))"
               if articles and scale_words else "(?!x)x")
    collectives = {fold(str(k)): float(v) for k, v in (get("collectives", {}) or {}).items()}
    coll_alt = _ic_alternation(get("collectives", {}) or {})
    currency_before = {str(k): _currency(v) for k, v in (get("currency_before", {}) or {}).items()}
    currency_after = {str(k): _currency(v) for k, v in (get("currency_after", {}) or {}).items()}
    units: dict[str, str] = {}
    for canonical, forms in (get("units", {}) or {}).items():
        for form in (forms if isinstance(forms, list) else [forms]):
            units[str(form)] = str(canonical)
    approx = words_of("approximators")
    approx_after = words_of("approximators_after")
    range_prefixes = words_of("range_prefixes")
    range_joiners = words_of("range_joiners")
    # Range joiners: words need spaces around them ("10 to 12"), dashes need not ("10-12").
    word_joiners = [j for j in range_joiners if _wordlike(j)]
    dash_joiners = [j for j in range_joiners if not _wordlike(j)]
    joiner = "|".join(filter(None, [rf"\s+(?:{_ic_alternation(word_joiners)})\s+" if word_joiners else "",
                                    rf"\s?(?:{_ic_alternation(dash_joiners)})\s?" if dash_joiners else ""]))
    cur_before_alt = _ic_alternation(currency_before)
    cur_after_alt = _ic_alternation(currency_after)
    unit_alt = _ic_alternation(units)
    scale_alt = _ic_alternation(scales)
    count = rf"(?:(?:{article}|{word_number}|{digits}))"
    single = (rf"(?:(?<![\w])(?P<cur>{cur_before_alt})\s?)?(?P<num>{count})"
              rf"(?:\s?(?P<scale>{scale_alt})(?![\w²³]))?")
    second = (rf"(?:(?:{cur_before_alt})\s?)?(?P<num2>{count})"
              rf"(?:\s?(?P<scale2>{scale_alt})(?![\w²³]))?")
    collective_articles = articles + ('des', 'several', 'plusieurs', 'quelques')
    collective = (rf"(?:(?<![\w])(?P<collart>{_ic_alternation(collective_articles)})\s+"
                  rf"|(?P<collnum>{digits}|{word_number})\s+)?(?<![\w])(?P<coll>{coll_alt})(?![\w])") if coll_alt else "(?!x)x"
    joiners_after = words_of("collective_joiners")
    elision = [j for j in joiners_after if not _wordlike(j)]
    plain_joiners = [j for j in joiners_after if _wordlike(j)]
    joiner_noun = "|".join(filter(None, [rf"\s+(?:{_alternation(plain_joiners)})\s+" if plain_joiners else "",
                                         rf"\s+(?:{_alternation(elision)})\s*" if elision else ""])) or "(?!x)x"
    cur_words = _ic_alternation(k for k in currency_after if _wordlike(k)) or "(?!x)x"
    unit_words = _ic_alternation(k for k in units if _wordlike(k) and len(k) > 2) or "(?!x)x"
    # "2 millions d'euros", "3 million tonnes of": money and units may follow a joiner.
    tail = (rf"(?:\s?(?P<curafter>{cur_after_alt})(?![\w])|(?:{joiner_noun})(?P<curafter>{cur_words})(?![\w]))?"
            rf"(?:(?:\s?|-)(?P<unit>{unit_alt})(?![\w²³])|(?<=\w)(?:{joiner_noun})(?P<unit>{unit_words})(?![\w]))?")
    if approx_after:
        tail += rf"(?:\s+(?P<approx2>{_ic_alternation(approx_after)})(?![\w]))?"
    prefix = rf"(?:(?<![\w])(?P<approx>{_ic_alternation(approx)})\s+)?" if approx else ""
    between = (rf"(?<![\w])(?P<between>{_ic_alternation(range_prefixes)})\s+" if range_prefixes else "(?!x)x")
    before_collective = rf"(?:{between}{single}(?:{joiner}){second}{tail}|{prefix}(?:"
    after_collective = rf"|{single}(?:(?:{joiner}){second})?){tail})"
    quantity = pattern_cache.compile(before_collective + collective + after_collective,
                                    regex.IGNORECASE | regex.VERSION0)
    # The collective branch parses each figure once more before it fails for want of a
    # collective word (a third of a match's time): without one ahead, a pattern without it.
    quantity_plain = pattern_cache.compile(
        before_collective + "(?!x)x(?P<collart>)(?P<collnum>)(?P<coll>)" + after_collective,
        regex.IGNORECASE | regex.VERSION0) if coll_alt else quantity
    # At a digit, the range prefix ("between") and approximator ("about") cannot match:
    # only the plain figure is tried there (same groups, those never set).
    openers_are_words = not any(w[:1].isdigit() for w in (*range_prefixes, *approx))
    quantity_digit = pattern_cache.compile(
        rf"(?:(?!x)x(?P<between>)(?P<approx>)(?P<collart>)(?P<collnum>)(?P<coll>)"
        rf"|{single}(?:(?:{joiner}){second})?{tail})", regex.IGNORECASE | regex.VERSION0) \
        if openers_are_words else quantity_plain
    collective_words = frozenset(c.split()[0].lower() for c in (get("collectives", {}) or {}) if c.split())
    noun = pattern_cache.compile(rf"(?P<join>{joiner_noun})?(?:\s+)?(?P<noun>[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w\-]*)?)")
    scan, anchor_words, reach, scan_parts = _scan(number_words, list(get("collectives", {}) or {}), scale_words,
                        (*range_prefixes, *approx), (*collective_articles, *currency_before))
    exempt, date, read, date_leads = _exemptions(locale)
    return NumberGrammar(
        quantity=quantity, quantity_plain=quantity_plain, quantity_digit=quantity_digit,
        collective_words=collective_words, scan=scan,
        folded_scan=folded_scan(*scan_parts, date), anchor_words=anchor_words, reach=reach, noun=noun,
        exempt=tuple(exempt), date=date,
        exempt_leads=tuple(lead for lead, *_ in read), date_lead=date_leads[0],
        exempt_space_leads=tuple(read_one[1] for read_one in read), date_space_lead=date_leads[1],
        exempt_required=tuple(read_one[2] for read_one in read), exempt_gates=tuple(read_one[4] for read_one in read),
        exempt_followers=tuple(read_one[5] for read_one in read),
        group_number=pattern_cache.compile(rf"(?P<int>\d{{1,3}}(?:[{group_class}]\d{{3}})+)(?:[{decimal_class}](?P<frac>\d+))?"),
        plain_number=pattern_cache.compile(rf"(?P<int>\d+)(?:[{decimal_class}](?P<frac>\d+))?"),
        contested=stem_pattern(words_of("contested")),
        change_before=_phrase_pattern(words_of("change_cues")),
        change_after=frozenset(fold_fast(w) for w in words_of("change_after")),
        update=_UpdateCues(_phrase_pattern(words_of("update_cues")),
                           frozenset(fold(w) for w in words_of("change_targets"))),
        parts_subset=_phrase_pattern(words_of("parts_subset")),
        parts_exhaustive=_phrase_pattern(words_of("parts_exhaustive")),
        words=frozenset(fold(w) for w in number_words),
        not_alone=frozenset(fold(w) for w in words_of("not_alone")),
        articles=frozenset(fold(w) for w in articles),
        scales=MappingProxyType(scales),
        money_scales=frozenset(words_of("money_scales")),
        collectives=MappingProxyType(collectives),
        currency_before=MappingProxyType(currency_before),
        currency_after=MappingProxyType({fold(k) if _wordlike(k) else k: v for k, v in currency_after.items()}),
        units=MappingProxyType({fold(k) if _wordlike(k) else k: v for k, v in units.items()}),
        duration_units=frozenset(words_of("duration_units")),
        not_nouns=frozenset(fold(w) for w in words_of("not_nouns")),
        noun_adjectives=frozenset(fold(w) for w in words_of("noun_adjectives")),
        modifier_plurals=tuple(str(w) for w in words_of("modifier_plurals")),
        conditional_endings=tuple(str(w) for w in words_of("conditional_endings")),
        conditional_not=frozenset(str(w).casefold() for w in words_of("conditional_not")),
        auxiliaries=frozenset(fold(w) for w in words_of("auxiliaries")),
        stopwords=frozenset(fold(w) for w in locale.words("detect", "stopwords")),
        lang=locale.code,
        list_joiners=frozenset(fold(w) for w in words_of("word_joiners")),
        idioms=tuple(pattern_cache.compile(str(p)) for p in (get("idioms", ()) or ())),
        claims=MappingProxyType({str(k): stem_pattern(v if isinstance(v, list) else [v])
                                 for k, v in (get("claims", {}) or {}).items()}),
    )


def _exemptions(locale: Locale) -> tuple[list[tuple[str, Any]], Any, list[tuple[Any, ...]], tuple[Any, ...]]:
    """The locale's exemption patterns (``numbers.exempt``: a year, an age, a page number is
    no claim), each with its reason, the pattern of a written date, and what the exemption
    scan reads of each to know where a match can start (``_read_exempt``)."""
    get = lambda key, default=(): locale.get("numbers", key, default)  # noqa: E731
    reasons, sources = [], []
    for reason, patterns in (get("exempt", {}) or {}).items():
        for pattern in (patterns if isinstance(patterns, list) else [patterns]):
            reasons.append(str(reason))
            sources.append(str(pattern))
    months = trie((k for k in locale.months if len(k) >= 3), lambda c: _ACCENTS.get(c, regex.escape(c))) \
        if any(len(k) >= 3 for k in locale.months) else ""
    date = pattern_cache.compile(
        rf"(?i)(?<![\w])(?:(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th|er)?(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th|er|ᵉʳ)?\s+(?:of\s+)?(?:{months})\.?(?:,?\s+\d{{4}})?"
        rf"|(?:{months})\.?,?\s+\d{{4}})(?![\w])") if months else pattern_cache.compile(r"(?!x)x")
    case_blind = regex.DEFAULT_VERSION == regex.VERSION0  # simple case folding: one character to one
    read, date_leads = _read_exempt(sources, date.pattern, case_blind)
    # The same matches, an opening alternation of literals as a tree (see opening_tree).
    exempt = [(reason, pattern_cache.compile(read_one[3])) for reason, read_one in zip(reasons, read)]
    return exempt, date, read, date_leads


def _read_exempt(sources: list[str], date: str, case_blind: bool) -> tuple[list[tuple[Any, ...]], tuple[Any, ...]]:
    """(digit lead, space lead, required strings, opening tree, opening gate, digit followers) of each
    exempt pattern and
    the leads of the date pattern (``speedups.digit_lead``).

    Remembered on disk (``checker.speedups.data_cache``) for these sources and this code: the
    standard library's parser read each pattern three times, a few milliseconds per locale
    in every single-article run.
    """
    key = "number-exempt:" + "\0".join((*sources, date, str(case_blind)))  # (hashlib costs 2 ms to import)
    stamp = (data_cache.file_stamp(__file__), data_cache.file_stamp(digit_lead.__file__), sys.version)
    cached = data_cache.get(key, stamp) if None not in stamp else None
    if isinstance(cached, list) and len(cached) == len(sources) + 1:
        return [(lead, space, tuple(required), tree, tuple(gate), follow)
                for lead, space, required, tree, gate, follow in cached[:-1]], tuple(cached[-1])
    read = [(*digit_lead.leads(source, case_blind), digit_lead.required_chars(source),
             digit_lead.opening_tree(source), digit_lead.opening_gate(source),
             digit_lead.digit_followers(source)) for source in sources]
    date_leads = digit_lead.leads(date, case_blind)
    if None not in stamp:
        data_cache.put(key, stamp, [[lead, space, list(required), tree, list(gate), follow]
                                     for lead, space, required, tree, gate, follow in read]
                        + [list(date_leads)])
    return read, date_leads


@functools.lru_cache(maxsize=4096)
def digits_value(text: str, g: NumberGrammar) -> float | None:
    """The value of a digit string written with this language's separators, or None.

    Cached (the same figures recur: "2", "10", "2024"); the grammar is keyed by identity.
    """
    match = g.group_number.fullmatch(text) or g.plain_number.fullmatch(text)
    if match is None:
        return None
    whole = "".join(c for c in match.group("int") if c.isdigit())
    frac = match.group("frac")
    try:
        return float(f"{whole}.{frac}") if frac else float(whole)
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def words_value(text: str, g: NumberGrammar) -> float | None:
    """The value of a run of number words ("quarante-cinq", "two hundred and fifty").

    Cached like ``digits_value``: text2num is pure Python and the same words recur.
    """
    from text_to_num import text2num
    normalized = " ".join(text.split())
    try:
        return float(text2num(normalized, g.lang))
    except (ValueError, TypeError, KeyError, IndexError, AssertionError):
        # text2num wants hyphen-free input in some languages; try again without them.
        try:
            return float(text2num(normalized.replace("-", " "), g.lang))
        except Exception:  # text2num signals every failure differently
            return None
