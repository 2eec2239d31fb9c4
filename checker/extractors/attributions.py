"""Attributions: where a statement says it comes from ("according to X", "selon X", "X said").

Cues come from the ``attribution:`` section of the locale:

``phrases``        carry their own source ("de source policière", "official figures");
``before_source``  are followed by the source ("selon Al Mayadeen", "data from the census");
``after_source``   follow the source ("police said") or, after a comma or a closing quote,
                   precede it in inverted order ("..., a indiqué le ministère").

Each fact keeps three spans (whole attribution, cue, source), all offsets into the original
text. The field names (``span``, ``cue``, ``source``) are a contract: the speakers helper and
the numbers checks read them.

``covering(document, attributions, continuation=...)`` answers the question the numbers
checks ask: which sentences does an attribution vouch for? Its own sentence, and the
sentence before it when it opens with a continuation ("He said the figure ...", "Ce
chiffre ...") or when the attributed sentence is introduced by a colon.
"""
from __future__ import annotations

import bisect
import functools
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import regex
from regex import _regex

from ..speedups import data_cache, pattern_cache
from ..locales import Locale
from ..spans import Span
from ..speedups import word_trie
from .quantities._grammar import fold_fast

__all__ = ["Attribution", "extract", "covering", "sentence_starts"]

_SOURCE_END = pattern_cache.compile(r"[,.;:!?()\[\]«»\"“”\n]|\s[-–—]\s|\d")
_WORD = pattern_cache.compile(r"[\w’'\-]+")
_MAX_SOURCE_WORDS = 8
_WORD_CHAR = pattern_cache.compile(r"\w").match
_MAX_SUBJECT_WORDS = 6


@dataclass(frozen=True)
class Attribution:
    """One attribution: the cue and the source it names.

    Args:
        span: cue and source together.
        cue: the cue ("according to", "a indiqué").
        source: the source's words, or None when the cue names none in reach.
    """

    span: Span
    cue: Span
    source: Span | None
    reach: str = "sentence"   # "paragraph": a transcript label ("Name: answer") vouches for its paragraph

    def source_text(self, document: Any) -> str | None:
        return None if self.source is None else document.text[self.source.start:self.source.end]

    def to_json(self, document: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": "attribution", "offset": self.span.start, "length": self.span.length,
            "text": document.text[self.span.start:self.span.end],
            "source": self.source_text(document),
            "cue": {"offset": self.cue.start, "length": self.cue.length,
                    "text": document.text[self.cue.start:self.cue.end]},
        }
        if self.source is not None:
            data["source_span"] = {"offset": self.source.start, "length": self.source.length}
        return data


@dataclass(frozen=True, eq=False)
class _Cues:
    phrases: Any
    before: Any
    after: Any
    stop: frozenset[str]
    continuation: Any
    quantifiers: Any = None   # "Most", "La plupart" opening a sentence, and the word after them
    not_pronoun: frozenset[str] = frozenset()   # words after a quantifier that make it a determiner
    scan: "_Scan | None" = None   # where any cue may start (None: run the patterns)
    titles: frozenset[str] = frozenset()   # capitalised abbreviations ("M", "Dr") a source holds
    viewpoint: Any = None   # sentence openers that give a view ("For the prosecutor, ...")
    openers: tuple[str, ...] = ()   # the same, lower-cased, each with the space after it
    persons: frozenset[str] = frozenset()   # folded role and title words ("prosecutor", "procureur")
    interviewers: frozenset[str] = frozenset()   # transcript labels that ask, not answer
    pronoun_view: Any = None   # a subject pronoun and a verb of forecast or opinion ("He expects")
    determiners: frozenset[str] = frozenset()   # folded words that make a cue after them a noun or an adjective
    passive: frozenset[str] = frozenset()   # folded forms of "to be" that make a cue after them passive
    agents: frozenset[str] = frozenset()   # folded words that name a passive's agent ("by", "par")
    unnamed: frozenset[str] = frozenset()   # folded sources that name no one ("estimates", "on")


@dataclass(frozen=True, eq=False)
class _Scan:
    """Where a cue can start, found in one case-sensitive pass over the lower-cased prose.

    Why: the three cue patterns are case-insensitive prefix trees, and case-insensitive
    matching is what made them slow: each scanned every paragraph. One pass of
    ``\\b(?:every cue, lower-cased)`` over ``prose.lower()`` finds every place any of them
    can match (and a few more: no closing ``\\b``); each pattern is then only tried there,
    leftmost first and without overlaps, which gives exactly the matches of its
    ``finditer``. That holds for a text whose characters all lower-case to one character
    that keeps its word/space class and that matches no cue letter but its lower-case
    (``_safe``); any other text is scanned the old way.
    """

    pattern: Any
    alphabet: frozenset[str]
    flags: int
    body: str = "(?!x)x"   # the cue tree, ``pattern`` without its ``\\b``
    seen: list[int] = field(default_factory=lambda: [0])   # characters scanned so far

    def starts(self, prose: str) -> list[int] | None:
        """Sorted offsets where a cue may match, or None when ``prose`` is not safe."""
        alphabet, flags = self.alphabet, self.flags
        others: list[str] = []   # the characters past ASCII (a few per story)
        if not prose.isascii():
            chars = set(prose)
            others = [c for c in chars if not c.isascii()]
            if not all(_safe(c, alphabet, flags) for c in
                       (others if _ascii_safe(alphabet, flags) else chars)):
                return None
        elif not _ascii_safe(alphabet, flags):
            return None
        low = prose.lower()
        if self.seen[0] < _FAST_AFTER:
            self.seen[0] += len(low)
            return self.scan(low)
        if any(_re_word_only(c.lower()) for c in others):
            return self.scan_fast(low)
        return self.scan_after_nonword(low)

    def scan(self, low: str) -> list[int]:
        """Where ``pattern`` matches in the lower-cased prose ``low``."""
        search = self.pattern.search
        found = []
        hit = search(low)
        while hit is not None:
            at = hit.start()
            found.append(at)
            hit = search(low, at + 1)
        return found

    def scan_fast(self, low: str) -> list[int]:
        """``scan(low)`` with the standard library's engine, about twice as fast on this
        pattern (it skips to the characters a cue can start with): the cue tree ``body``
        matches where it does in ``regex`` (literal characters, and its ``\\s`` holds
        every ``regex`` space and four control characters more: a few more places at
        worst, where the cue patterns then find nothing), and ``pattern``'s ``\\b`` is
        tested on the character before with ``regex``'s own ``\\w`` (a cue starts with
        a word character)."""
        search = _fast(self.body).search
        found = []
        hit = search(low)
        while hit is not None:
            at = hit.start()
            if not at or not _word(low[at - 1]):
                found.append(at)
            hit = search(low, at + 1)
        return found

    def scan_after_nonword(self, low: str) -> list[int]:
        """``scan_fast(low)`` for a text without a character that only ``re`` counts as a
        word character (``_re_word_only``): the engine looks for a non-word character
        followed by the cue tree, which skips most of the text on one test per character
        (a quarter faster). Non-word for ``regex`` implies non-word for ``re`` there, so
        no place is missed; the character before each place is then tested with
        ``regex``'s ``\\w`` (``_word``), so the places are those of ``scan_fast``. A
        space in front stands for the start of the text."""
        text = " " + low
        found = []
        search = _after_nonword(self.body).search
        hit = search(text)
        while hit is not None:
            at = hit.start()   # the character before the place, in ``low`` terms at - 1
            if not _word(text[at]):
                found.append(at)
            hit = search(text, at + 1)
        return found


# Compiling the cue tree with ``re`` costs about 1.2 (en) to 1.9 ms (fr) per language (its
# parser is Python, and unlike ``regex`` patterns it is not cached on disk), what the
# faster scan saves on some 60,000 characters: a run scans this much prose of a language
# with ``pattern`` first, so that checking a single story (2,300 characters on average)
# does not pay it.
_FAST_AFTER = 60_000


@functools.lru_cache(maxsize=16)
def _fast(body: str) -> Any:
    return re.compile(f"(?:{body})")


@functools.lru_cache(maxsize=16)
def _after_nonword(body: str) -> Any:
    return re.compile(rf"\W(?:{body})")


@functools.lru_cache(maxsize=1 << 12)
def _word(char: str) -> bool:
    return _WORD_CHAR(char) is not None


_RE_WORD = re.compile(r"\w").match


@functools.lru_cache(maxsize=1 << 12)
def _re_word_only(char: str) -> bool:
    """A word character for ``re`` but not for ``regex`` (e.g. "½", "²")."""
    return _RE_WORD(char) is not None and not _word(char)


@functools.lru_cache(maxsize=16)
def _ascii_safe(alphabet: frozenset[str], flags: int) -> bool:
    return all(_safe(chr(i), alphabet, flags) for i in range(128))


@functools.lru_cache(maxsize=1 << 12)
def _safe(char: str, alphabet: frozenset[str], flags: int) -> bool:
    """``char`` lower-cases to one character of the same word/space class, and every cue
    letter it matches case-insensitively (with ``flags``) is its lower-case."""
    low = char.lower()
    if len(low) != 1:
        return False
    word, space = pattern_cache.compile(r"\w").match, pattern_cache.compile(r"\s").match
    if bool(word(char)) != bool(word(low)) or (space(char) and not space(low)):
        return False
    for code in (ord(char), *_regex.get_all_cases(flags, ord(char))):
        other = chr(code)
        if other in alphabet and other != low:
            return False
    return True


def _scan(parts: tuple[tuple[Any, str | None, list[str]], ...], trees: _Trees) -> _Scan | None:
    """The shared scan for the cue patterns ``(pattern, prefix-tree body, cues)``, when
    every list with cues is word-bounded (``_cue_parts`` gave its body) and
    case-insensitive; else None."""
    used = [(pattern, body, words) for pattern, body, words in parts if words]
    if not used or any(body is None for _, body, _ in used) \
            or not hasattr(_regex, "get_all_cases"):
        return None
    flags = {pattern.flags for pattern, _, _ in used}
    if len(flags) != 1 or not next(iter(flags)) & regex.IGNORECASE:
        return None
    alphabet = frozenset(c for _, _, words in used for w in words for c in w.lower()
                         if not c.isspace())
    # one prefix tree of every cue (three trees side by side scan as slowly as before)
    union = trees.tree([w for _, _, words in used for w in words])
    return _Scan(pattern_cache.compile(rf"\b(?:{union})"), alphabet, next(iter(flags)), union)


_escape = functools.lru_cache(maxsize=None)(regex.escape)   # trie() escapes char by char
_LAST_WORD_CHAR = pattern_cache.compile(r"\w$").search


@dataclass(eq=False)
class _Trees:
    """The prefix trees of one locale's cues: those built before (``stored``, from the disk
    cache, by the words they were built from) and those this build used (``used``)."""

    stored: dict[str, str]
    used: dict[str, str] = field(default_factory=dict)

    def tree(self, words: list[str]) -> str:
        """``trie(words)``, from ``stored`` when it holds these words."""
        key = "\0".join(words)
        body = self.stored.get(key)
        if not isinstance(body, str):
            body = word_trie.trie(words, _escape)
        self.used[key] = body
        return body


def _cue_parts(words: Iterable[str], trees: _Trees | None = None) -> tuple[Any, str | None, list[str]]:
    """The cue pattern, its prefix-tree body when the cues are word-bounded (else None),
    and the cues."""
    unique = sorted({w.strip() for w in words if w and w.strip()}, key=lambda w: (-len(w), w))
    if not unique:
        return pattern_cache.compile(r"(?!x)x"), None, unique
    if all(_WORD_CHAR(w) and _LAST_WORD_CHAR(w) for w in unique):
        # Word-bounded phrases: a prefix tree between \b is the same match, several times faster.
        body = (trees or _Trees({})).tree(unique)
        return pattern_cache.compile(rf"\b(?:{body})\b", regex.IGNORECASE), body, unique
    body = "|".join(regex.escape(w).replace("\\ ", r"\s+").replace(" ", r"\s+") for w in unique)
    return pattern_cache.compile(rf"(?<![\w])(?:{body})(?![\w])", regex.IGNORECASE), None, unique


@functools.lru_cache(maxsize=32)
def cues(locale: Locale) -> _Cues:
    """The locale's attribution cues, compiled once per locale."""
    words = lambda key: locale.words("attribution", key)  # noqa: E731
    # The prefix trees (2-3 ms of every single-story run) are remembered on disk
    # (``checker.speedups.data_cache``), by the words they were built from, with this code's stamp:
    # only ``trie``, ``regex.escape`` and Python's idea of a space decide them.
    key = f"attribution-trees:{locale.path}"
    stamp = (data_cache.file_stamp(__file__), data_cache.file_stamp(word_trie.__file__),
             regex.__version__, sys.version)
    stored = data_cache.get(key, stamp) if None not in stamp else None
    trees = _Trees(stored if isinstance(stored, dict) else {})
    continuation = _cue_parts(words("continuation"), trees)[0]
    parts = tuple(_cue_parts(words(key), trees) for key in ("phrases", "before_source", "after_source"))
    phrases, before, after = (pattern for pattern, _, _ in parts)
    compiled = _Cues(phrases=phrases, before=before, after=after,
                     stop=frozenset(fold_fast(w) for w in words("source_stop")),
                     continuation=pattern_cache.compile(rf"\s*[«\"“]?\s*(?:{continuation.pattern})",
                                                       regex.IGNORECASE),
                     quantifiers=_quantifier_pattern(words("continuation_quantifiers")),
                     not_pronoun=frozenset(fold_fast(w) for w in (*words("determiners"),
                                                                  *locale.words("speakers", "determiners"),
                                                                  *locale.words("numbers", "collective_joiners"))),
                     scan=_scan(parts, trees),
                     titles=frozenset(w for w in locale.words("sentences", "abbreviations") if w[:1].isupper()),
                     viewpoint=_cue_parts(words("viewpoint"), trees)[0],
                     openers=tuple(w.lower().split()[0] + " " for w in words("viewpoint") if w.split()),
                     persons=frozenset(fold_fast(w) for w in (*locale.words("speakers", "roles"),
                                                                *locale.words("speakers", "titles"))),
                     interviewers=frozenset(fold_fast(w) for w in locale.words("speakers", "interviewers")),
                     pronoun_view=_pronoun_view(locale.words("speakers", "pronouns"), words("pronoun_views")),
                     determiners=frozenset(fold_fast(w) for w in words("determiners")),
                     passive=frozenset(fold_fast(w) for w in locale.words("speakers", "passive_auxiliaries")),
                     agents=frozenset(fold_fast(w) for w in locale.words("speakers", "agent_words")),
                     unnamed=frozenset(fold_fast(w) for w in words("unnamed_sources")))
    if None not in stamp and trees.used != trees.stored:
        data_cache.put(key, stamp, trees.used)   # what this locale needs now, no more
    return compiled


def _pronoun_view(pronouns: Iterable[str], verbs: Iterable[str]) -> Any:
    """"He expects", "Elle table sur": a subject pronoun right before a verb of forecast or
    opinion (``attribution.pronoun_views``), as one case-blind pattern, or None."""
    def alternation(words: Iterable[str]) -> str:
        return "|".join(regex.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                        for w in sorted(set(words), key=len, reverse=True))
    pronouns, verbs = alternation(pronouns), alternation(verbs)
    if not pronouns or not verbs:
        return None
    return pattern_cache.compile(rf"\b(?P<pron>{pronouns})\s+(?P<verb>{verbs})(?![\w])", regex.IGNORECASE)


def _matches(pattern: Any, prose: str, start: int, end: int, starts: list[int] | None) -> Any:
    """``pattern.finditer(prose, start, end)``, trying the pattern only at ``starts``
    (every place it can match, see ``_Scan``) when there are some."""
    if starts is None:
        yield from pattern.finditer(prose, start, end)
        return
    match = pattern.match
    cursor = start
    for i in range(bisect.bisect_left(starts, start), len(starts)):
        at = starts[i]
        if at >= end:
            break
        if at < cursor:
            continue
        found = match(prose, at, end)
        if found is not None:
            yield found
            cursor = found.end()


def sentence_starts(document: Any) -> list[int]:
    return [s.start for s in document.sentences]


def _trim(prose: str, start: int, end: int) -> Span | None:
    while start < end and not (prose[start].isalnum()):
        start += 1
    while end > start and not (prose[end - 1].isalnum() or prose[end - 1] in ")’'"):
        end -= 1
    return Span(start, end) if end > start else None


def _source_after(prose: str, start: int, limit: int, stop: frozenset[str],
                  titles: frozenset[str] = frozenset()) -> Span | None:
    """The words after a cue, up to punctuation, a digit, a clause word or eight words.

    The period of a capitalised abbreviation or an initial ("M. Dupont", "Dr. Rao", "J.
    Smith") does not end the source: the name comes after it.
    """
    end = limit
    at = start
    while True:
        hit = _SOURCE_END.search(prose, at, limit)
        if hit is None:
            break
        if hit.group() == "." and _abbreviated(prose, start, hit.start(), titles):
            at = hit.end()
            continue
        end = hit.start()
        break
    words = list(_WORD.finditer(prose, start, end))
    if words and fold_fast(words[0].group()) in stop:
        return None   # "..., montre que 59 % ...": a clause follows the cue, not its source
    cut = end
    for count, word in enumerate(words):
        if count >= _MAX_SOURCE_WORDS or (count and fold_fast(word.group()) in stop):
            cut = word.start()
            break
    return _trim(prose, start, cut)


def _abbreviated(prose: str, start: int, dot: int, titles: frozenset[str]) -> bool:
    """Is the word before the period at ``dot`` a title abbreviation or an initial, with a
    capitalised word after it?"""
    word = _LAST_WORD(prose, start, dot)
    if word is None:
        return False
    text = word.group()
    if not (len(text) == 1 and text.isupper()) and text not in titles:
        return False
    return prose[dot + 1:dot + 3].strip()[:1].isupper()


_LAST_WORD = pattern_cache.compile(r"[^\W\d_][\w\-]*$").search
_CLAUSE_MARK = pattern_cache.compile(r"[,;:()\[\]«»\"“”\n]|\s[-–—]\s")


def _source_before(prose: str, begin: int, cue_start: int, stop: frozenset[str]) -> Span | None:
    """The subject before a cue: back to punctuation, a clause word or six words."""
    start = begin
    for mark in _CLAUSE_MARK.finditer(prose, begin, cue_start):
        start = mark.end()
    words = list(_WORD.finditer(prose, start, cue_start))
    kept = []
    for word in reversed(words):
        if not kept and fold_fast(word.group()) in stop:
            continue  # an auxiliary right before the cue ("has said", "a ... indiqué")
        if len(kept) >= _MAX_SUBJECT_WORDS or fold_fast(word.group()) in stop:
            break
        kept.append(word)
    if not kept:
        return None
    return _trim(prose, kept[-1].start(), kept[0].end())


def extract(document: Any, facts: Any) -> Iterable[Attribution]:
    """Every attribution in the document's prose, in text order, without overlaps."""
    compiled = cues(facts.locale)
    prose = document.prose
    sentences, sentence_index = document.sentences, document.sentence_index
    cue_starts = compiled.scan.starts(prose) if compiled.scan is not None else None
    taken_starts: list[int] = []   # cues kept so far, never overlapping: sorted starts and ends
    taken_ends: list[int] = []
    found: list[Attribution] = []

    def free(span: Span) -> bool:
        i = bisect.bisect_right(taken_starts, span.start)
        if i and taken_ends[i - 1] > span.start:
            return False
        return not (i < len(taken_starts) and taken_starts[i] < span.end)

    def take(span: Span) -> None:
        i = bisect.bisect_right(taken_starts, span.start)
        taken_starts.insert(i, span.start)
        taken_ends.insert(i, span.end)

    for paragraph in document.paragraphs:
        p_start, p_end = paragraph.span.start, paragraph.span.end
        if cue_starts is not None:
            i = bisect.bisect_left(cue_starts, p_start)
            if i == len(cue_starts) or cue_starts[i] >= p_end:
                continue   # no cue can start here: every _matches below would be empty
        for match in _matches(compiled.phrases, prose, p_start, p_end, cue_starts):
            cue = Span(match.start(), match.end())
            if free(cue):
                take(cue)
                found.append(Attribution(cue, cue, cue))
        for match in _matches(compiled.before, prose, p_start, p_end, cue_starts):
            cue = Span(match.start(), match.end())
            if not free(cue):
                continue
            i = sentence_index(cue.start)
            limit = p_end if i is None else min(p_end, sentences[i].end)
            source = _source_after(prose, cue.end, limit, compiled.stop, compiled.titles)
            if source is None:
                continue
            if _unnamed(prose, source, compiled):
                take(Span(cue.start, source.end))   # "according to estimates": no cue left in it
                continue
            take(cue)
            found.append(Attribution(Span(cue.start, source.end), cue, source))
        for match in _matches(compiled.after, prose, p_start, p_end, cue_starts):
            cue = Span(match.start(), match.end())
            if not free(cue):
                continue
            i = sentence_index(cue.start)
            begin = p_start if i is None else max(p_start, sentences[i].start)
            limit = p_end if i is None else min(p_end, sentences[i].end)
            before = prose[begin:cue.start].rstrip()
            if _adjectival(prose, before, cue, limit, compiled.determiners) \
                    or _passive_without_agent(prose, before, cue, limit, compiled):
                continue
            inverted = not before or before[-1] in ",»\"”'’—–-"
            source = None if inverted else _source_before(prose, begin, cue.start, compiled.stop)
            if source is not None and not free(source):
                continue   # "Data from the census show ...": one attribution, already read
            if source is None:
                source = _source_after(prose, cue.end, limit, compiled.stop, compiled.titles)
            take(cue)
            if source is not None and _unnamed(prose, source, compiled):
                continue   # "On estime que ...": no one is named
            if source is None:
                found.append(Attribution(cue, cue, None))
            else:
                found.append(Attribution(Span(min(cue.start, source.start), max(cue.end, source.end)),
                                         cue, source))
    found.extend(_viewpoints(document, compiled, free, take))
    found.extend(_transcript_labels(document, compiled))
    found.extend(_pronoun_views(document, compiled, found, free, take))
    found.sort(key=lambda a: (a.span.start, a.span.end))
    return found


def _unnamed(prose: str, source: Span, compiled: _Cues) -> bool:
    """Does the source name no one ("selon les estimations", "On estime", "according to
    estimates")? Its words, determiners left out, are one of the locale's
    ``attribution.unnamed_sources``, or all its words are ("a poll", "une étude": which
    one?): the reader still does not know who counted."""
    if not compiled.unnamed:
        return False
    written = fold_fast(prose[source.start:source.end]).split()
    words = [w for w in written if w not in compiled.determiners]
    # an indefinite document ("A poll found", « Une étude montre ») is listed with its article
    return " ".join(words) in compiled.unnamed or " ".join(written) in compiled.unnamed


_WORD_BEFORE_CUE = pattern_cache.compile(r"(?:^|\s)(\S+)$")
_WORD_AFTER_CUE = pattern_cache.compile(r"\s+([\w’'\-]+)")


def _passive_without_agent(prose: str, before: str, cue: Span, limit: int, compiled: _Cues) -> bool:
    """"most cases are never reported to the police", "les cas ne sont pas signalés": a
    speech verb made passive by a form of "to be" (one word may stand between) names no
    one who speaks, unless its agent follows ("was reported by the ministry")."""
    if not compiled.passive or not before or not (before[-1].isalnum() or before[-1] in "'’"):
        return False   # "Douze soldats ont été tués, a indiqué le ministère": inverted, active
    words = regex.split(r"[,;:«»\"“”()]", before)[-1].split()[-2:]
    if not any(fold_fast(w) in compiled.passive for w in words):
        return False
    after = _WORD_AFTER_CUE.match(prose, cue.end, limit)
    return after is None or fold_fast(after.group(1)) not in compiled.agents


def _adjectival(prose: str, before: str, cue: Span, limit: int, determiners: frozenset[str]) -> bool:
    """Is the cue a participle or a noun, not a verb of speech? After a determiner or a
    figure ("an estimated 300", "42% of registered voters", "300 confirmed cases", "cette
    annonce") it qualifies or names a thing; opening its sentence before a common noun
    ("Reported burglaries rose ...") it is the subject's adjective. A cue that opens a
    sentence before a name or a determiner ("Said the mayor: ...") still speaks."""
    if before:
        if not prose[cue.start - 1:cue.start].isspace():
            return False   # glued to the word before ("l'a dit"): no determiner of it
        last = _WORD_BEFORE_CUE.search(before)
        word = last.group(1) if last else ""
        return fold_fast(word) in determiners or word[-1:].isdigit() or word[-1:] == "%"
    following = _WORD_AFTER_CUE.match(prose, cue.end, limit)
    if following is None:
        return False
    word = following.group(1)
    return word[:1].islower() and fold_fast(word) not in determiners


_VIEW_PHRASE = pattern_cache.compile(r"\s+(?P<phrase>[^,;:!?()\d\n]{2,80}?),")


def _viewpoints(document: Any, compiled: _Cues, free: Any, take: Any) -> list[Attribution]:
    """"For the prosecutor, ...", "Pour le procureur fédéral, ...": a sentence that opens by
    naming whose view it gives. The phrase before the comma must name a person or a body: a
    role or title word, or a capitalised word ("For the first time, ..." is no source)."""
    found = []
    prose = document.prose
    if compiled.viewpoint is None:
        return found
    openers = compiled.openers
    for sentence in document.sentences:
        start = sentence.start
        while start < sentence.end and prose[start] in " \"'«“—–-":
            start += 1
        if not prose[start:start + 16].lower().startswith(openers):
            continue   # most sentences open with no viewpoint
        cue = compiled.viewpoint.match(prose, start, sentence.end)
        if cue is None:
            continue
        phrase = _VIEW_PHRASE.match(prose, cue.end(), sentence.end)
        if phrase is None:
            continue
        words = _WORD.findall(phrase.group("phrase"))
        if not words or len(words) > _MAX_SOURCE_WORDS:
            continue
        if not any(fold_fast(w) in compiled.persons or w[:1].isupper() for w in words):
            continue
        span = Span(cue.start(), phrase.end("phrase"))
        if not free(span):
            continue
        take(span)
        found.append(Attribution(span, Span(cue.start(), cue.end()), _trim(prose, *phrase.span("phrase"))))
    return found


def _pronoun_views(document: Any, compiled: _Cues, found: list[Attribution], free: Any,
                   take: Any) -> list[Attribution]:
    """"He expects the cuts to save ...", "Elle prévoit ...": a subject pronoun with a verb of
    forecast or opinion gives the view of the person it stands for, the source the story
    named last. Only after the first attribution that names a source: before it, the
    pronoun stands for no one the reader was told about."""
    if compiled.pronoun_view is None:
        return []
    named = [a.span.end for a in found if a.source is not None and a.cue != a.source]
    if not named:
        return []
    views = []
    for match in compiled.pronoun_view.finditer(document.prose, min(named)):
        span = Span(match.start(), match.end())
        if not free(span):
            continue
        take(span)
        views.append(Attribution(span, Span(*match.span("verb")), Span(*match.span("pron"))))
    return views


_LABEL = pattern_cache.compile(r"[ \t]*(?P<label>[^\W\d_][\w.'’\-]*(?:[ \t]+[^\W\d_][\w.'’\-]*){0,3})[ \t]*:[ \t]+\S")


def _transcript_labels(document: Any, compiled: _Cues) -> list[Attribution]:
    """"Name: answer" paragraphs of an interview transcript: the label is the source of its
    paragraph. A story is a transcript when two paragraphs or more open with a label of
    capitalised words; an interviewer's label ("Question:", "Wikinews:") asks, so it is no
    source."""
    prose = document.prose
    labels = []
    if ":" not in prose:
        return []
    for paragraph in document.paragraphs:
        if prose.find(":", paragraph.span.start, min(paragraph.span.end, paragraph.span.start + 60)) < 0:
            continue   # no colon near its start: no label
        match = _LABEL.match(prose, paragraph.span.start, paragraph.span.end)
        if match is None:
            continue
        words = match.group("label").split()
        if all(w[:1].isupper() for w in words):
            labels.append(match)
    if len(labels) < 2:
        return []
    found = []
    for match in labels:
        label = match.group("label")
        if fold_fast(label) in compiled.interviewers:
            continue
        span = Span(*match.span("label"))
        found.append(Attribution(span, span, span, reach="paragraph"))
    return found


def _same_paragraph(document: Any, a: int, b: int) -> bool:
    first, second = document.paragraph_index(a), document.paragraph_index(b)
    return first is not None and first == second


def _quantifier_pattern(words: list[str]) -> Any:
    """A quantifier opening a sentence and the word after it ("Most went", "La plupart ont")."""
    if not words:
        return None
    alternation = "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return pattern_cache.compile(rf"\s*[«\"“]?\s*(?:{alternation})\s+(?P<next>[^\W\d_][\w'’\-]*)",
                                 regex.IGNORECASE)


def _quantifier_subject(prose: str, sentence: Any, compiled: _Cues) -> bool:
    """Does the sentence open on a quantifier that stands for the set just counted ("Most
    went home", "La plupart ont regagné")? Not when a determiner, a joiner or a plural noun
    follows it ("All the flights", "La plupart des écoles", "Most schools"): that is
    another set. A plural verb after a quantifier does not end in "s"; "was", "has" do."""
    if compiled.quantifiers is None:
        return False
    match = compiled.quantifiers.match(prose, sentence.start, sentence.end)
    if match is None:
        return False
    word = fold_fast(match.group("next"))
    return word not in compiled.not_pronoun and not (word.endswith("s") and len(word) > 3)


def covering(document: Any, attributions: Iterable[Attribution], locale: Locale, *,
             continuation: bool = True) -> Mapping[int, Attribution]:
    """Sentence index -> the attribution that vouches for it.

    Args:
        document: the document.
        attributions: its attribution facts.
        locale: gives the continuation openings ("He", "Ce chiffre").
        continuation: also credit the sentence before an attributed sentence that opens
            with a continuation, and the sentence after one that ends with a colon.

    Returns:
        a mapping from sentence index to the first attribution in scope.
    """
    sentences = document.sentences
    by_sentence: dict[int, Attribution] = {}
    for attribution in attributions:
        i = document.sentence_index(attribution.cue.start)
        if i is not None:
            by_sentence.setdefault(i, attribution)
        if attribution.reach == "paragraph" and i is not None:
            p = document.paragraph_index(attribution.cue.start)
            end = document.paragraphs[p].span.end if p is not None else sentences[i].end
            j = i + 1
            while j < len(sentences) and sentences[j].start < end:
                by_sentence.setdefault(j, attribution)
                j += 1
    if not continuation:
        return by_sentence
    compiled = cues(locale)
    opener = compiled.continuation
    covered = dict(by_sentence)
    for i, attribution in by_sentence.items():
        sentence = sentences[i]
        # A continuation goes on with the statement of its own paragraph: the last sentence
        # of the paragraph before is another statement ("... 13 000 000 voix." / "La police
        # a déclaré ...").
        # A run of continuations goes back to the statement it continues ("212 residents were
        # evacuated. Most spent two nights at the hall. They were allowed home, the council said.")
        j = i
        while j > 0 and (opener.match(document.prose, sentences[j].start, sentences[j].end)
                         or _quantifier_subject(document.prose, sentences[j], compiled)) \
                and _same_paragraph(document, sentences[j - 1].start, sentences[j].start):
            covered.setdefault(j - 1, attribution)
            j -= 1
        if i + 1 < len(sentences) and document.prose[sentence.start:sentence.end].rstrip().endswith(":"):
            covered.setdefault(i + 1, attribution)
    return covered
