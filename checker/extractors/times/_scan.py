"""Where to try the time patterns: a one-pass word scan instead of one regex pass per pattern.

Running ~25 patterns with ``finditer`` over every paragraph costs 25 passes over the text,
each trying a large alternation at every character. Every pattern begins with one of a few
known words ("the", "hier", a month, a digit...), so the scanner cuts the document's
paragraphs at spaces once (in C), looks each token up (the words of each distinct token,
split as ``\\w+\\W*`` does, are looked up in a table once), and tries a pattern with
``match`` only where one of its starters stands. Weak starters that are very common ("the",
"a", "le", "de", a bare number) are tried only when the next word can continue the pattern
("the" + a weekday, a digit, "day", "next"...): ``Start.followers``; a word's entry maps
the next word to the patterns to try, so most weak words cost one dictionary lookup.

The candidates are exactly those a ``finditer`` per pattern finds (tests compare the two on
generated text): a pattern's next match is searched after the end of its previous one, and
a starter glued to what follows ("le5 mars", where the pattern allows ``\\s*``) is tried
without the follower test (``Start.glue``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import is_not, itemgetter
from types import MappingProxyType
from typing import Any, Callable, Mapping, Sequence

import regex

from ...speedups import pattern_cache

from ...locales import fold

_FIRST = itemgetter(0)
_NOT_NONE = functools.partial(is_not, None)
DIGIT = "0"   # the key of a word that begins with a digit (word keys are letters)
_PIECE = pattern_cache.compile(r"\w+\W*|\W+")
_PIECE_ASCII = re.compile(_PIECE.pattern)   # the same pieces in ASCII text, a cheaper call
_INSIDE_WORD = pattern_cache.compile(r"\w\w")
_PIECES = pattern_cache.compile(r"\w+")
_PIECES_ASCII = re.compile(_PIECES.pattern)
_LETTERS = pattern_cache.compile(r"[^\W\d_]+")
_DIGITS = pattern_cache.compile(r"\d+")
# separators (never \w) stripped from a piece before the quick test of an ASCII word
_SEPARATORS = ("".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_")) +
               "\u00a0\u202f\u2009’‘“”«»–—…")


class _Memo(dict):  # type: ignore[type-arg]
    """``function``'s results by argument. A dict, so that ``map(memo.__getitem__,
    words)`` runs in C for every word seen before (half the cost of an ``lru_cache`` call);
    ``__missing__`` computes the others. Emptied when full, and long words (a URL, a line
    without spaces) are not kept: memory stays flat over an archive, and a result never
    depends on what was seen before."""

    __slots__ = ("function", "limit")

    def __init__(self, function: Callable[[str], Any], limit: int = 65536) -> None:
        super().__init__()
        self.function = function
        self.limit = limit

    def __missing__(self, word: str) -> Any:
        if len(word) > 64:
            return self.function(word)
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.function(word)
        return value


class _TokenMemo(_Memo):
    """The starters of each token (``function``: ``build``'s ``starters``) with a quick
    first sighting, inline: most new tokens are one ASCII word or number between separators
    ("Nick", "(the", "them.\"", "2015,"). Its ``\\w+\\W*`` pieces are then the separators
    before it (no word: no entry) and the word with those after it (nothing follows it in
    the token): its starters are that piece's entry at the word's offset, unless a symbol
    stands after a separator (or at the start). A word's key (its first key) goes to
    ``firsts``, the memo of ``first_key``, at once: the scan asks for it after "the"."""

    __slots__ = ("words", "glue", "symbols", "entry", "word", "number", "firsts")

    def __init__(self, function: Callable[[str], Any], **parts: Any) -> None:
        super().__init__(function)   # parts: the slots above, from ``build``
        for name, value in parts.items():
            setattr(self, name, value)

    def __missing__(self, token: str) -> Any:
        lowered: str | None = None
        value: Any = None
        if token.isalpha() and token.isascii():   # a word alone (most): no strip
            core = token
        else:
            core = token.strip(_SEPARATORS)
        if core.isalnum() and core.isascii():   # one \\w+ run (ASCII letters and digits)
            if core is token:   # a word alone
                lead, plain = 0, True
            elif token.startswith(core):   # no separator before it (they are no letters)
                # a symbol is a starter only when no word character stands before it
                lead, plain = 0, len(token) - len(core) <= 1 or self.symbols.isdisjoint(token)
            else:
                lead = len(token) - len(token.lstrip(_SEPARATORS))
                plain = self.symbols.isdisjoint(token)
            if plain:
                if core.isalpha():
                    lowered = core.lower()
                    found = (self.word(lowered) if lowered in self.words
                             or lowered.startswith(self.glue) else ())   # entry's own path
                elif core.isdigit():
                    found, lowered = self.number(len(core), True), DIGIT   # its first key
                else:
                    found = self.entry(token[lead:])
                value = ((lead, found[0], found[1], None),) if found else ()
        if value is None:   # anything else: the piece-by-piece reading
            value = self.function(token)
        if len(token) <= 64:
            if len(self) >= self.limit:
                self.clear()
                self.firsts.clear()   # cleared with it: both stay bounded
            self[token] = value
            if lowered is not None:   # an ASCII word or number: its first key (first_key)
                self.firsts[token] = lowered
        return value


@dataclass(frozen=True)
class Start:
    """Words a pattern may begin with.

    Args:
        cues: cue words or phrases (their first word is the starter), or ``DIGIT``.
        followers: when given, a one-word cue is tried only if the next word is the first
            word of one of these (``DIGIT``: a number); a phrase is always tried only if its
            own second word follows.
        glue: the pattern allows nothing (``\\s*``) between this cue and what follows, so a
            word that begins with the cue and goes on with a follower ("lemardi") is tried.
        digits: for ``DIGIT``, the lengths the number's leading digits may have (a year: 4).
    """

    cues: tuple[str, ...]
    followers: tuple[str, ...] | None = None
    glue: bool = False
    digits: tuple[int, ...] | None = None


# (patterns to try, {next word's key: more patterns to try}); () for most words
Entry = tuple[tuple[int, ...], Mapping[str, tuple[int, ...]]] | tuple[()]
Starts = tuple[tuple[int, "frozenset[str] | None"], ...]
# A starter in a token: (offset in the token, patterns to try, {next word's key: more
# patterns}, the next word's key when the token holds it, else None); for a symbol,
# (offset, None, the symbol, None)
Starter = tuple[int, tuple[int, ...], Mapping[str, tuple[int, ...]], "str | None"]


def _entry(found: dict[int, "frozenset[str] | None"]) -> Entry:
    """The entry of a word from pattern -> followers (None: always)."""
    return _entry_of(tuple(sorted(found.items())))


@functools.lru_cache(maxsize=4096)
def _entry_of(found: tuple[tuple[int, "frozenset[str] | None"], ...]) -> Entry:
    # shared by every word with the same starts ("the", "The", "the,"; all years)
    always = tuple(rank for rank, followers in found if followers is None)
    by_next: dict[str, list[int]] = {}
    for rank, followers in found:
        for key in followers or ():
            by_next.setdefault(key, []).append(rank)
    if not always and not by_next:
        return ()
    # a dict, not a read-only proxy: read for every weak word ("the"), never written
    return always, {key: tuple(ranks) for key, ranks in by_next.items()}


def key_of(word: str) -> str:
    """The lookup key of a word (or a word and the separator after it): ``DIGIT`` when it
    begins with a digit, else its leading letters folded ("Aujourd" -> "aujourd"); "" for
    anything else."""
    if word[:1].isdecimal():
        return DIGIT
    plain = word.rstrip(_SEPARATORS)
    if plain.isascii() and plain.isalpha():
        return plain.lower()   # most words: the same key without a regex
    letters = _LETTERS.match(word)
    if letters is None:
        return ""
    text = letters.group()
    return text.lower() if text.isascii() else fold(text)   # same key, without Unicode work


def _cue_keys(cue: str) -> tuple[str, ...]:
    return tuple(key_of(piece) for piece in _PIECES.findall(fold(str(cue))))


@dataclass(frozen=True)
class Scanner:
    """The word table of one locale's patterns (built by ``build``).

    Args:
        entry: word (and its separator) -> (patterns to try there, {next word: more
            patterns}), or () for a word no pattern begins with.
        key: word -> its key (cached ``key_of``).
        symbols: regex of the starters that are not words ("'" of "'90s"), or None.
        symbol_entries: symbol -> entry, as for words.
        starters: space-free token -> its ``Starter`` tuples in order, () for most tokens
            (cached).
        first_key: token -> the key of its first word, None if it holds none (cached).
    """

    entry: Callable[[str], Entry]
    key: Callable[[str], str]
    symbols: Any
    symbol_entries: Mapping[str, Starts]
    starters: Callable[[str], "tuple[Starter, ...]"]
    first_key: Callable[[str], "str | None"]

    def scan(self, patterns: tuple[tuple[str, Any], ...], prose: str, start: int, end: int
             ) -> list[tuple[int, int, str, Any]]:
        """(position, pattern index, name, match) for every match of every pattern in
        ``prose[start:end]``: what one ``finditer`` per pattern finds."""
        return self.scan_all(patterns, prose, ((start, end),))

    def scan_all(self, patterns: tuple[tuple[str, Any], ...], prose: str,
                 spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, str, Any]]:
        """``scan`` of each (start, end) span (in order, not overlapping; paragraphs) with
        the words of all of them split and looked up at once."""
        if not spans:
            return []
        low, high = spans[0][0], spans[-1][1]
        if len(spans) > 1 and any(
                first[1] > second[0] or _inside_word(prose, first[1]) or _inside_word(prose, second[0])
                for first, second in zip(spans, spans[1:])):
            # overlapping spans, or a boundary inside a word (it would split the word
            # differently): span by span
            return [hit for span in spans for hit in self.scan_all(patterns, prose, (span,))]
        found: list[tuple[int, int, str, Any]] = []
        # A pattern's next match starts after its last one, as with finditer. Matches end
        # within their span, so a value left from an earlier span never blocks a later one.
        resume = [low] * len(patterns)
        # each pattern's bound ``match``, looked up on first use (patterns compile lazily)
        matchers: list[Any] = [None] * len(patterns)
        # The text is cut at single spaces (in C); each distinct token's starters are worked
        # out once (``starters``: the words in it a pattern may begin with, as the pieces of
        # ``\\w+\\W*`` find them) and looked up, with the tokens' offsets, in C.
        # (line breaks count as spaces: "said.\n\nThe" would be a new token in every story)
        tokens = prose[low:high].replace("\n", " ").split(" ")
        starters = list(map(self.starters, tokens))
        # token i starts after the tokens before it and their i spaces
        lengths = list(accumulate(map(len, tokens), initial=low))
        first_key, count, last = self.first_key, len(tokens), len(spans)
        span, (span_start, span_end) = 0, spans[0]
        for token in compress(range(count), starters):
            for offset, ranks, by_next, following in starters[token]:
                if ranks is None:   # a symbol ("'" of "'90s"); by_next: the character
                    position = lengths[token] + token + offset
                    if position > low or not _after_word(prose, low):
                        self._symbol(position, by_next, patterns, prose, spans, resume, found)
                    continue
                if by_next:   # "the": only with a weekday, a number, "day", "next"... after it
                    if following is None:   # the last word of its token: the next word is
                        # the first of a later token, "" if none
                        following = first_key(tokens[token + 1]) if token + 1 < count else ""
                        if following is None:
                            following = next(filter(_NOT_NONE, map(first_key, map(
                                tokens.__getitem__, range(token + 2, count)))), "")
                    more = by_next.get(following)
                    if more:
                        ranks += more
                    elif not ranks:
                        continue   # most weak words: no position worked out
                position = lengths[token] + token + offset   # after the tokens and spaces before
                while span_end <= position and span + 1 < last:
                    span += 1
                    span_start, span_end = spans[span]
                if not span_start <= position < span_end:
                    continue
                for rank in ranks:
                    if position < resume[rank]:
                        continue
                    matcher = matchers[rank]
                    if matcher is None:
                        matcher = matchers[rank] = patterns[rank][1].match
                    match = matcher(prose, position, span_end)
                    if match is not None and match.end() > position:
                        resume[rank] = match.end()
                        found.append((position, rank, patterns[rank][0], match))
        return found

    def _symbol(self, position: int, symbol: str, patterns: tuple[tuple[str, Any], ...],
                prose: str, spans: Sequence[tuple[int, int]], resume: list[int],
                found: list[tuple[int, int, str, Any]]) -> None:
        end = next((e for s, e in spans if s <= position < e), None)
        if end is None:
            return
        after = _PIECES.match(prose, position + 1, end)
        following = self.key(after.group()) if after else ""
        for rank, followers in self.symbol_entries[symbol]:
            if position >= resume[rank] and (followers is None or following in followers):
                name, pattern = patterns[rank]
                match = pattern.match(prose, position, end)
                if match is not None and match.end() > position:
                    resume[rank] = match.end()
                    found.append((position, rank, name, match))


def _after_word(prose: str, position: int) -> bool:
    """Whether a word character stands just before ``position``."""
    return position > 0 and _PIECES.match(prose[position - 1]) is not None


def _inside_word(prose: str, position: int) -> bool:
    """Whether ``position`` falls between two word characters (a paragraph boundary inside
    a word); a space on either side (the usual case) answers without a regex."""
    pair = prose[position - 1:position + 1] if position else ""
    if len(pair) < 2 or pair[0].isspace() or pair[1].isspace():
        return False   # no whitespace is a word character
    return _INSIDE_WORD.match(pair) is not None


def _add(table: dict, rank: int, followers: "frozenset[str] | None") -> None:
    """Record that pattern ``rank`` may start here; an unconditional start wins."""
    if followers is None or (rank in table and table[rank] is None):
        table[rank] = None
    else:
        table[rank] = table.get(rank, frozenset()) | followers


def _index(starts: list[tuple[Start, ...]]) -> tuple[dict, list, dict, dict]:
    """The patterns' starters by first word key, number, glued word and symbol: for each,
    the ranks of the patterns that may begin there and the next words each needs."""
    words: dict[str, dict[int, frozenset[str] | None]] = {}
    numbers: list[tuple[int, frozenset[str] | None, tuple[int, ...] | None]] = []
    glued: dict[str, list[tuple[int, tuple[str, ...] | None]]] = {}
    symbols: dict[str, dict[int, frozenset[str] | None]] = {}
    for rank, pattern_starts in enumerate(starts):
        for start in pattern_starts:
            follow = None
            if start.followers is not None:
                follow = frozenset(k for cue in start.followers for k in _cue_keys(cue)[:1])
            for cue in start.cues:
                text = DIGIT if cue == DIGIT else fold(str(cue)).strip()
                keys = (DIGIT,) if cue == DIGIT else _cue_keys(text)
                if text and not regex.match(r"\w", text):
                    _add(symbols.setdefault(text[0], {}), rank, follow)
                elif not keys:
                    continue
                elif keys[0] == DIGIT:
                    # a digit cue ("1st") needs its letters glued; DIGIT is any number
                    numbers.append((rank, follow if text.isdecimal() else frozenset(),
                                    start.digits))
                else:
                    _add(words.setdefault(keys[0], {}), rank,
                         frozenset(keys[1:2]) if len(keys) > 1 else follow)
                    if start.glue and text == keys[0]:
                        letters = None if follow is None else tuple(k for k in follow if k != DIGIT)
                        glued.setdefault(keys[0], []).append((rank, letters))
    return words, numbers, glued, symbols


def build(starts: list[tuple[Start, ...]]) -> Scanner:
    """The scanner for patterns whose starters are ``starts[i]`` (pattern i)."""
    words, numbers, glued, symbols = _index(starts)
    glue_keys = tuple(sorted(glued))
    tables = {key: tuple(sorted(slot.items())) for key, slot in words.items()}

    @functools.lru_cache(maxsize=256)   # a number's entry: by its digits' count (few)
    def number_entry(run: int, pure: bool) -> Entry:
        """The entry of a word of ``run`` leading digits, digits alone (``pure``) or not."""
        found: dict[int, frozenset[str] | None] = {}
        for rank, followers, digits in numbers:
            if digits is None or run in digits:
                # frozenset() marks "1st"-like cues: only a number glued to letters
                if pure and followers == frozenset():
                    continue
                _add(found, rank, followers if pure else None)
        return _entry(found)

    def entry(piece: str) -> Entry:
        plain = piece.rstrip(_SEPARATORS)
        if plain.isascii() and plain.isalpha():   # most words: no regex, no Unicode folding
            lowered = plain.lower()
            if lowered not in tables and not (glue_keys and lowered.startswith(glue_keys)):
                return ()
            return word_entry(lowered)   # what the regexes below find for a plain word
        if plain.isdigit() and plain.isascii():   # "7," of "7,447": as below, no regex
            return number_entry(len(plain), True)
        whole = _PIECES.match(piece)
        if whole is None:
            return ()
        word = whole.group()
        key = key_of(word)
        if key != DIGIT and key not in tables and not (glue_keys and key.startswith(glue_keys)):
            return ()   # most words
        if key == DIGIT:
            return number_entry(_DIGITS.match(word).end(), word.isdecimal())
        letters = _LETTERS.match(word)
        if letters is None or letters.end() == len(word):
            return word_entry(key)
        return _key_entry(key, True)   # "le5": digits follow

    def _key_entry(key: str, stuck: bool) -> Entry:
        """The entry of a word of key ``key``; ``stuck``: digits glued after its letters."""
        found: dict[int, frozenset[str] | None] = {}
        for rank, followers in tables.get(key, ()):
            found[rank] = None if stuck else followers
        if glue_keys and key.startswith(glue_keys):
            for glue in glue_keys:
                if len(glue) < len(key) and key.startswith(glue):
                    rest = key[len(glue):]
                    for rank, follow in glued[glue]:
                        if follow is None or rest.startswith(follow):
                            found[rank] = None
        return _entry(found)

    word_entry = _Memo(functools.partial(_key_entry, stuck=False)).__getitem__   # "The," too

    pattern = None
    symbol_chars = tuple(symbols)
    if symbols:
        pattern = pattern_cache.compile(r"(?<![\w])[" + regex.escape("".join(sorted(symbols))) + "]")
    entry_of = _Memo(entry).__getitem__
    key = _Memo(key_of).__getitem__

    def starters(token: str) -> tuple[Starter, ...]:
        """The words of a space-free token a pattern may begin with, and its symbols not
        after a word character (see ``Starter``), in order."""
        ascii = token.isascii()   # (a word alone and separators: _TokenMemo's quick path)
        pieces = (_PIECE_ASCII if ascii else _PIECE).findall(token)
        out: list[Starter] = []
        if pattern is not None and any(map(token.__contains__, symbol_chars)):
            # at offset 0 a space is before it (or see scan_all)
            if ascii:   # a word character is a letter, a digit or "_" there: no search
                out.extend((i, None, c, None) for i, c in enumerate(token) if c in symbols
                           and not (i and (token[i - 1].isalnum() or token[i - 1] == "_")))
            else:
                out.extend((s.start(), None, s.group(), None) for s in pattern.finditer(token))
        offset = 0
        for index, piece in enumerate(pieces):
            found = entry_of(piece)   # a word's entry depends on the word alone
            if found:
                ranks, by_next = found
                following = key(pieces[index + 1]) if by_next and index + 1 < len(pieces) else None
                out.append((offset, ranks, by_next, following))
            offset += len(piece)
        return tuple(sorted(out, key=_FIRST)) if out and out[0][1] is None else tuple(out)

    def first_key(token: str) -> str | None:
        """The key of the first word of a token; None when it holds none."""
        plain = token.rstrip(_SEPARATORS)
        if plain.isascii() and plain.isalpha():   # one ASCII word (then separators)
            return plain.lower()
        word = (_PIECES_ASCII if token.isascii() else _PIECES).search(token)
        return None if word is None else key(word.group())

    firsts = _Memo(first_key)
    token_memo = _TokenMemo(starters, words=tables, glue=glue_keys, symbols=frozenset(symbols),
                            entry=entry_of, word=word_entry, number=number_entry, firsts=firsts)
    return Scanner(entry=entry_of, key=key, starters=token_memo.__getitem__,
                   first_key=firsts.__getitem__, symbols=pattern,
                   symbol_entries=MappingProxyType({s: tuple(sorted(t.items()))
                                                    for s, t in symbols.items()}))
