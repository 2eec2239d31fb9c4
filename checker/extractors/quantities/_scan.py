"""Where figures may be in the prose: one cheap scan for their anchors and openers, then
the quantity pattern matched only there.

Why: the quantity pattern tries a dozen alternations at every character, yet figures are
rare; ``scan_hits`` finds the few places a match can start and ``quantity_matches`` gives
what ``finditer`` would (see ``_grammar._scan`` for the reasoning, and
tests/test_quantities_speed.py for the properties that hold the shortcuts to it).
"""
from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator

import regex

from ...speedups import data_cache, pattern_cache
from ...speedups.word_trie import trie

if TYPE_CHECKING:
    from ._grammar import NumberGrammar


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


def folded_scan(words: set[str], symbols: set[str], symbol_class: str, date: Any) -> FoldedScan | None:
    """The ``FoldedScan`` of a scan pattern, or None when its words or symbols do not allow one."""
    words = {w.lower() for w in words if w}
    joined = "".join(words)  # letters only when each word is
    compile = pattern_cache.compile
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
        digits=pattern_cache.compile(r"\d+", flags),
        words=re.compile(rf"\b(?:{trie(words)})\b"),
        symbols=pattern_cache.compile(f"[{symbol_class}]", flags) if symbols and not exact else None,
        symbol_chars="".join(sorted(symbols)) if exact else "",
        unsafe=pattern_cache.compile(f"[^{safe_class}]"),
        ascii_unsafe=ascii_unsafe,
        date=folded_date)


def _fold_safe(letters: str) -> tuple[str, str]:
    """The class of characters the folded passes are exact for (see ``FoldedScan``), given
    the letters of their patterns, and the ASCII characters out of it.

    Remembered on disk (``checker.speedups.data_cache``) for this module, ``regex`` and Python
    version: the case-blind checks of ~800 characters took a few milliseconds per locale,
    paid by every single-article run.
    """
    key = "number-fold:" + letters
    stamp = (data_cache.file_stamp(__file__), regex.__version__, sys.version, unicodedata.unidata_version)
    cached = data_cache.get(key, stamp) if stamp[0] is not None else None
    if isinstance(cached, list) and len(cached) == 2 and all(isinstance(part, str) for part in cached):
        return cached[0], cached[1]
    compile = pattern_cache.compile
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
        data_cache.put(key, stamp, [safe_class, ascii_unsafe])
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
