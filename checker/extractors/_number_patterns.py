"""The quantity grammar of one language, compiled once per locale file.

Everything language-specific (number words, scales, currencies, units, approximators,
exemption patterns) comes from the ``numbers:`` section of the locale; this module only
turns those lists into one big pattern and a few lookup tables. ``grammar(locale)`` is
cached per locale (locales are loaded once per path), so the regexes are compiled once per
process whatever the number of documents.
"""
from __future__ import annotations

import bisect
import functools
import re
import sys
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Callable, Iterable, Iterator, Mapping

import regex

from .. import _data_cache, _regex_cache
from ..locales import Locale, fold
from . import _digit_lead

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
        exempt_leads, date_lead: ``_digit_lead.digit_lead`` of each exempt pattern and of
            ``date`` (where a scan may start before a stretch's first digit).
        exempt_space_leads, date_space_lead: their ``_digit_lead.space_lead`` (where a
            scan may start before the white space that ends at that digit).
        exempt_required: ``_digit_lead.required_chars`` of each exempt pattern (a stretch
            without any of them holds no match).
        group_number / plain_number: full-match patterns used to read digit strings.
    """

    quantity: Any
    quantity_plain: Any
    quantity_digit: Any
    collective_words: frozenset[str]
    scan: Any
    folded_scan: Any
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
    group_number: Any
    plain_number: Any
    contested: Any
    change_before: Any
    update: Any
    parts_subset: Any
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
    auxiliaries: frozenset[str]
    stopwords: frozenset[str]
    lang: str


def _stem_pattern(entries: Iterable[str]) -> Any:
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
        return _regex_cache.compile(r"(?!x)x")
    return _regex_cache.compile(rf"(?<![\w])(?:{_tree(root)})(?![\w])")


def _tree(node: dict[str, dict]) -> str:
    """A prefix tree as a pattern: "" marks a word's end, "*" a stem's (any ending)."""
    parts = [(r"\s+" if char == " " else regex.escape(char)) + _tree(child)
             for char, child in sorted(node.items()) if char not in ("", "*")]
    if "*" in node:
        parts.append(r"\w*")
    elif "" in node:
        parts.append("")
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _phrase_pattern(entries: Iterable[str]) -> Any:
    """Cue phrases, case-insensitive; callers only ask whether a text holds one (``search``).

    ``trie`` of the phrases when lower-casing keeps every letter a case partner of itself
    and the only white space is a plain space (ASCII and Latin-1: the same strings match),
    else a flat alternation.
    """
    entries = tuple(entries)
    if not entries:
        return _regex_cache.compile(r"(?!x)x")
    if all(ord(c) < 0x100 and c not in "\t\n\r\x0b\x0c\x85\xa0" for e in entries for c in e):
        return _regex_cache.compile(rf"(?<![\w])(?:{trie(entries)})(?!\w)", regex.IGNORECASE)
    return _regex_cache.compile(_bounded(entries) if all(_wordlike(e) for e in entries)
                         else rf"(?<![\w])(?:{_alternation(entries)})(?!\w)", regex.IGNORECASE)


_escape = functools.lru_cache(maxsize=4096)(regex.escape)  # one character at a time, the same few


def trie(words: Iterable[str], char_pattern: Callable[[str], str] = _escape) -> str:
    """Alternation of lower-cased words as a prefix tree (for IGNORECASE patterns).

    A tree lets the engine reject a position on its first character instead of trying each
    word in turn; a word that is a prefix of another is tried last, as longest-first does.
    """
    root: dict[str, dict] = {}
    for word in {w.lower() for w in words if w}:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        parts = [(r"\s+" if char.isspace() else char_pattern(char)) + emit(child)
                 for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root) or "(?!x)x"


def _scan(number_words: Iterable[str], collectives: Iterable[str], scale_words: Iterable[str],
          openers: Iterable[str], second_openers: Iterable[str]) -> tuple[Any, frozenset[str], int, Any]:
    """The anchor-and-opener pattern, the anchor words and the reach for ``quantity_matches``,
    and its words, symbols and symbols' class for ``_folded_scan``.

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
    return (_regex_cache.compile(pattern, regex.IGNORECASE | regex.VERSION0), frozenset(anchors), reach,
            (words, symbols, symbol_class))


# Offsets from ``scan_hits``: anchors, openers, collective words (None: unknown).
Hits = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...] | None]

# Where the folded scan knows how lower-casing and case-blind matching relate (Latin letters,
# punctuation, currency and letterlike symbols); a prose with any other character takes the
# reference pass.
_FOLD_RANGES = ((0x0, 0x250), (0x2000, 0x2070), (0x20A0, 0x20D0), (0x2100, 0x2150))


@dataclass(frozen=True, eq=False)
class FoldedScan:
    """``scan_hits`` in three quick passes instead of one slow one (same hits).

    Why: ``g.scan`` (digit runs | case-blind word tree | symbols) ran at about 8 MB/s, a
    tenth of the extractor: the alternation keeps ``regex`` from skipping ahead, and every
    letter is compared case-blind. Here digit runs and symbols are each one ``regex`` set
    search (these skip ahead), and the words one case-sensitive ``re`` pass over the
    lower-cased prose. The hits are the same because the words are letters only and the
    symbols neither word characters nor digits (no two alternatives' hits can overlap), and
    because every character of the prose is ``safe`` (else ``unsafe`` finds it, or for ASCII
    prose one of ``ascii_unsafe``, the information separators where ``\\s`` differs): it
    lower-cases to one character, matches a letter of the tree case-blind exactly when its
    lower case is that letter, is a word character (a digit, a space) for ``re`` lower-cased
    exactly when it is one for ``regex``, and is a digit for ``str.isdigit`` when ``regex``
    says so.

    ``date``: the month-name date pattern the same way (``re``, case-sensitive, over the
    lower-cased prose: 2.4 times quicker), or None; its characters count as the tree's.
    """

    digits: Any
    words: Any
    symbols: Any
    symbol_chars: str
    unsafe: Any
    ascii_unsafe: str
    date: Any

    def hits(self, prose: str, lowered: str, anchor_words: frozenset[str], collective_words: frozenset[str]) -> Hits:
        """The hits of ``prose`` (``lowered`` is ``folded(prose, g)``)."""
        digits = [m.start() for m in self.digits.finditer(prose)]
        openers: list[int] = []
        anchors: list[int] = []
        collectives: list[int] = []
        for match in self.words.finditer(lowered):
            start = match.start()
            openers.append(start)
            word = match.group()
            if word in anchor_words:
                anchors.append(start)
                if word in collective_words:
                    collectives.append(start)
        symbols: list[int] = []
        if self.symbol_chars:
            for char in self.symbol_chars:
                at = prose.find(char)
                while at >= 0:
                    symbols.append(at)
                    at = prose.find(char, at + 1)
        elif self.symbols is not None:
            symbols = [m.start() for m in self.symbols.finditer(prose)]
        anchors += [s for s in symbols if prose[s].lower() in anchor_words]
        anchors += digits
        openers += digits
        openers += symbols
        anchors.sort()
        openers.sort()
        return tuple(anchors), tuple(openers), tuple(collectives)


def _folded_scan(words: set[str], symbols: set[str], symbol_class: str, date: Any) -> FoldedScan | None:
    """The ``FoldedScan`` of a scan pattern, or None when its words or symbols do not allow one."""
    words = {w.lower() for w in words if w}
    joined = "".join(words)  # letters only when each word is
    compile = _regex_cache.compile
    if not joined.isalpha() or not compile(r"[^\W\d_]+").fullmatch(joined) or not re.fullmatch(r"[^\W\d_]+", joined):
        return None
    if any(compile(r"[\w\d]").match(c) or c.isdigit() for c in symbols):
        return None
    flags = regex.IGNORECASE | regex.VERSION0
    letters = {c for w in words for c in w}
    date_source = date.pattern[len("(?i)"):] if date.pattern.startswith("(?i)") else None
    try:
        folded_date = re.compile(date_source) if date_source is not None and "(?i" not in date_source else None
    except re.error:
        folded_date = None
    if folded_date is not None:
        letters |= set(date_source)  # every character of the pattern: its literals are among them
    safe_class, ascii_unsafe = _fold_safe("".join(sorted(letters)))
    chars = "".join(chr(i) for low, high in _FOLD_RANGES for i in range(low, high))
    # The symbols are found with str.find when no other character the scan may meet
    # matches their class case-blind (a case-blind class search is slow).
    exact = {m.group() for m in compile(f"[{symbol_class}]", flags).finditer(chars)} == symbols
    return FoldedScan(
        digits=_regex_cache.compile(r"\d+", flags),
        words=re.compile(rf"\b(?:{trie(words)})\b"),
        symbols=_regex_cache.compile(f"[{symbol_class}]", flags) if symbols and not exact else None,
        symbol_chars="".join(sorted(symbols)) if exact else "",
        unsafe=_regex_cache.compile(f"[^{safe_class}]"),
        ascii_unsafe=ascii_unsafe,
        date=folded_date)


def _fold_safe(letters: str) -> tuple[str, str]:
    """The class of characters the folded passes are exact for (see ``FoldedScan``), given
    the letters of their patterns, and the ASCII characters out of it.

    Remembered on disk (``checker._data_cache``) for this module, ``regex`` and Python
    version: the case-blind checks of ~800 characters took a few milliseconds per locale,
    paid by every single-article run.
    """
    key = "number-fold:" + letters
    stamp = (_data_cache.file_stamp(__file__), regex.__version__, sys.version, unicodedata.unidata_version)
    cached = _data_cache.get(key, stamp) if stamp[0] is not None else None
    if isinstance(cached, list) and len(cached) == 2 and all(isinstance(part, str) for part in cached):
        return cached[0], cached[1]
    compile = _regex_cache.compile
    flags = regex.IGNORECASE | regex.VERSION0
    ordered = list(letters)
    chars = "".join(chr(i) for low, high in _FOLD_RANGES for i in range(low, high))
    lowered = "".join(c.lower() if len(c.lower()) == 1 else "\0" for c in chars)
    # The first and the last letter each character matches case-blind: one letter or none.
    first = {m.start(): ordered[m.lastindex - 1] for m in
             compile("|".join(f"({regex.escape(c)})" for c in ordered), flags).finditer(chars)}
    last = {m.start(): ordered[-m.lastindex] for m in
            compile("|".join(f"({regex.escape(c)})" for c in reversed(ordered)), flags).finditer(chars)}
    word_regex = {m.start() for m in compile(r"\w").finditer(chars)}
    word_re = {m.start() for m in re.finditer(r"\w", lowered)}
    digit_regex = {m.start() for m in compile(r"\d").finditer(chars)}
    digit_re = {m.start() for m in re.finditer(r"\d", lowered)}
    space_regex = {m.start() for m in compile(r"\s").finditer(chars)}
    space_re = {m.start() for m in re.finditer(r"\s", lowered)}
    safe = [c for i, c in enumerate(chars)
            if len(c.lower()) == 1 and (i in word_regex) == (i in word_re) and (i not in digit_regex or c.isdigit())
            and (i in digit_regex) == (i in digit_re) and (i in space_regex) == (i in space_re)
            and first.get(i) == last.get(i) == (lowered[i] if lowered[i] in letters else None)]
    runs: list[list[int]] = []
    for code in map(ord, safe):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    safe_class = "".join(f"\\u{low:04x}" + (f"-\\u{high:04x}" if high > low else "") for low, high in runs)
    ascii_unsafe = "".join(sorted(set(map(chr, range(128))) - set(safe)))
    if stamp[0] is not None:
        _data_cache.put(key, stamp, [safe_class, ascii_unsafe])
    return safe_class, ascii_unsafe


def folded(prose: str, g: NumberGrammar) -> str | None:
    """``prose.lower()`` when ``g.folded_scan`` is exact for every character of it, else None."""
    scan = g.folded_scan
    if scan is None:
        return None
    if prose.isascii():  # a few "in" tests are quicker than the search
        safe = not any(char in prose for char in scan.ascii_unsafe)
    else:
        safe = scan.unsafe.search(prose) is None
    return prose.lower() if safe else None


def quantity_matches(prose: str, start: int, end: int, g: NumberGrammar, hits: Hits) -> Iterator[Any]:
    """The matches of ``g.quantity`` in ``prose[start:end]``, as ``finditer`` gives them.

    Args:
        prose: the text.
        start, end: the paragraph (matches never cross it).
        g: the grammar.
        hits: (anchor offsets, opener offsets, collective word offsets or None when
            unknown) from ``scan_hits``, sorted.
    """
    anchors, openers, collectives = hits
    # A match from an opener past the paragraph's last collective word has no collective.
    if collectives is None:
        last_collective = end
    else:
        k = bisect.bisect_left(collectives, end) - 1
        last_collective = collectives[k] if k >= 0 else -1
    full, plain, digit = g.quantity.match, g.quantity_plain.match, g.quantity_digit.match
    reach = g.reach
    anchor_count, opener_count = len(anchors), len(openers)
    pos = start
    i = bisect.bisect_left(anchors, pos)
    while i < anchor_count and anchors[i] < end:
        anchor = anchors[i]
        j = bisect.bisect_left(openers, pos if pos > anchor - reach else anchor - reach)
        match = None
        while j < opener_count and openers[j] <= anchor:
            opener = openers[j]
            if opener <= last_collective:
                match = full(prose, opener, end)
            else:
                match = (digit if prose[opener].isdigit() else plain)(prose, opener, end)
            if match is not None and match.end() > opener:  # a match starts where asked
                break
            match = None
            j += 1
        if match is None:
            pos = anchor + 1
            i += 1
            continue
        yield match
        pos = match.end()
        i = bisect.bisect_left(anchors, pos, i + 1)


def scan_hits(prose: str, g: NumberGrammar, lowered: str | None | bool = True) -> Hits:
    """Anchor offsets, opener offsets (anchors included) and collective words' offsets of
    the whole prose.

    ``g.folded_scan`` when the prose holds only characters it is exact for (``lowered``:
    ``folded(prose, g)`` when the caller has it), else one pass of ``g.scan``
    (``scan_hits_full``, the reference; it leaves the collectives unknown: a case-blind
    hit need not lower-case to its word).
    """
    if lowered is True:
        lowered = folded(prose, g)
    if isinstance(lowered, str):
        return g.folded_scan.hits(prose, lowered, g.anchor_words, g.collective_words)
    return scan_hits_full(prose, g)


def scan_hits_full(prose: str, g: NumberGrammar) -> Hits:
    """``scan_hits`` in one pass of ``g.scan`` over the prose."""
    anchors: list[int] = []
    openers: list[int] = []
    anchor_words = g.anchor_words
    for hit in g.scan.finditer(prose):
        start = hit.start()
        openers.append(start)
        text = hit.group()
        if text[0].isdigit() or text.lower() in anchor_words:
            anchors.append(start)
    return tuple(anchors), tuple(openers), None


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
              rf"(?:\s?(?P<scale>{scale_alt})(?![\w]))?")
    second = (rf"(?:(?:{cur_before_alt})\s?)?(?P<num2>{count})"
              rf"(?:\s?(?P<scale2>{scale_alt})(?![\w]))?")
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
    quantity = _regex_cache.compile(before_collective + collective + after_collective,
                                    regex.IGNORECASE | regex.VERSION0)
    # The collective branch parses each figure once more before it fails for want of a
    # collective word (a third of a match's time): without one ahead, a pattern without it.
    quantity_plain = _regex_cache.compile(
        before_collective + "(?!x)x(?P<collart>)(?P<collnum>)(?P<coll>)" + after_collective,
        regex.IGNORECASE | regex.VERSION0) if coll_alt else quantity
    # At a digit, the range prefix ("between") and approximator ("about") cannot match:
    # only the plain figure is tried there (same groups, those never set).
    openers_are_words = not any(w[:1].isdigit() for w in (*range_prefixes, *approx))
    quantity_digit = _regex_cache.compile(
        rf"(?:(?!x)x(?P<between>)(?P<approx>)(?P<collart>)(?P<collnum>)(?P<coll>)"
        rf"|{single}(?:(?:{joiner}){second})?{tail})", regex.IGNORECASE | regex.VERSION0) \
        if openers_are_words else quantity_plain
    collective_words = frozenset(c.split()[0].lower() for c in (get("collectives", {}) or {}) if c.split())
    noun = _regex_cache.compile(rf"(?P<join>{joiner_noun})?(?:\s+)?(?P<noun>[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w\-]*)?)")
    scan, anchor_words, reach, scan_parts = _scan(number_words, list(get("collectives", {}) or {}), scale_words,
                        (*range_prefixes, *approx), (*collective_articles, *currency_before))
    reasons, sources = [], []
    for reason, patterns in (get("exempt", {}) or {}).items():
        for pattern in (patterns if isinstance(patterns, list) else [patterns]):
            reasons.append(str(reason))
            sources.append(str(pattern))
    months = trie((k for k in locale.months if len(k) >= 3), lambda c: _ACCENTS.get(c, regex.escape(c))) \
        if any(len(k) >= 3 for k in locale.months) else ""
    date = _regex_cache.compile(
        rf"(?i)(?<![\w])(?:(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th|er)?(?:,?\s+\d{{4}})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th|er|ᵉʳ)?\s+(?:of\s+)?(?:{months})\.?(?:,?\s+\d{{4}})?"
        rf"|(?:{months})\.?,?\s+\d{{4}})(?![\w])") if months else _regex_cache.compile(r"(?!x)x")
    case_blind = regex.DEFAULT_VERSION == regex.VERSION0  # simple case folding: one character to one
    read, date_leads = _read_exempt(sources, date.pattern, case_blind)
    # The same matches, an opening alternation of literals as a tree (see opening_tree).
    exempt = [(reason, _regex_cache.compile(tree)) for reason, (_, _, _, tree) in zip(reasons, read)]
    return NumberGrammar(
        quantity=quantity, quantity_plain=quantity_plain, quantity_digit=quantity_digit,
        collective_words=collective_words, scan=scan,
        folded_scan=_folded_scan(*scan_parts, date), anchor_words=anchor_words, reach=reach, noun=noun,
        exempt=tuple(exempt), date=date,
        exempt_leads=tuple(lead for lead, _, _, _ in read), date_lead=date_leads[0],
        exempt_space_leads=tuple(lead for _, lead, _, _ in read), date_space_lead=date_leads[1],
        exempt_required=tuple(required for _, _, required, _ in read),
        group_number=_regex_cache.compile(rf"(?P<int>\d{{1,3}}(?:[{group_class}]\d{{3}})+)(?:[{decimal_class}](?P<frac>\d+))?"),
        plain_number=_regex_cache.compile(rf"(?P<int>\d+)(?:[{decimal_class}](?P<frac>\d+))?"),
        contested=_stem_pattern(words_of("contested")),
        change_before=_phrase_pattern(words_of("change_cues")),
        update=_phrase_pattern(words_of("update_cues")),
        parts_subset=_phrase_pattern(words_of("parts_subset")),
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
        auxiliaries=frozenset(fold(w) for w in words_of("auxiliaries")),
        stopwords=frozenset(fold(w) for w in locale.words("detect", "stopwords")),
        lang=locale.code,
    )


def _read_exempt(sources: list[str], date: str, case_blind: bool) -> tuple[list[tuple[Any, ...]], tuple[Any, ...]]:
    """(digit lead, space lead, required strings, opening tree) of each exempt pattern and
    the leads of the date pattern (``_digit_lead``).

    Remembered on disk (``checker._data_cache``) for these sources and this code: the
    standard library's parser read each pattern three times, a few milliseconds per locale
    in every single-article run.
    """
    key = "number-exempt:" + "\0".join((*sources, date, str(case_blind)))  # (hashlib costs 2 ms to import)
    stamp = (_data_cache.file_stamp(__file__), _data_cache.file_stamp(_digit_lead.__file__), sys.version)
    cached = _data_cache.get(key, stamp) if None not in stamp else None
    if isinstance(cached, list) and len(cached) == len(sources) + 1:
        return [(lead, space, tuple(required), tree) for lead, space, required, tree in cached[:-1]], \
            tuple(cached[-1])
    read = [(*_digit_lead.leads(source, case_blind), _digit_lead.required_chars(source),
             _digit_lead.opening_tree(source)) for source in sources]
    date_leads = _digit_lead.leads(date, case_blind)
    if None not in stamp:
        _data_cache.put(key, stamp, [[lead, space, list(required), tree] for lead, space, required, tree in read]
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
