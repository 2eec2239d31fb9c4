"""Direct quotes and who said them.

Quotes are found between « », “ ”, " " and ‘ ’ (outermost pair only), after a dialogue
dash, and across paragraphs when a paragraph ends inside a quote and the next one opens
again (or, unclosed, to the end of the paragraph: a missing closing mark must not hide a
quote from the checks). A quote is linked to its speaker by the speech cue next to it:
an incise inside it ("..., a ajouté Khadem, ..."), a cue after it ('" said Smith',
'», déclare-t-il') or before it ('Smith said: "'), or an interview label ("Name: ...").
Pronouns resolve to the last named person before the quote whose gender does not
contradict the pronoun.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterable

import regex

from .. import _regex_cache

from ..document import Document
from ..spans import Span
from ._person_patterns import fold_word as fold, patterns_for

_PAIRS = {"«": "»", "“": "”", "\"": "\"", "‘": "’", "„": "“"}
_OPEN = _regex_cache.compile(r"[«“\"‘„]")   # the reference for _opening_marks
_DASH = _regex_cache.compile(r"^[ \t]*[—–―][ \t]")   # the reference for _dash_end
_DASH_LEAD = " \t—–―"
_WORDS = _regex_cache.compile(r"[\p{L}\p{N}]+")
_ASCII_WORDS = re.compile(r"[A-Za-z0-9]+")   # the same on ASCII text, with the faster engine
_NEAR = 60
_SENTENCE_BREAK = _regex_cache.compile(r"[.!?][ \t]")
_NAMED = _regex_cache.compile(r"[ \t,]*(?P<name>\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*)*)")


@dataclass(frozen=True)
class Quote:
    """A direct quote.

    Args:
        span: the quote, marks included.
        speaker: person id of the speaker, or "" when no person could be linked.
        cue: the speech verb (or label) that links it, or None.
        source: the speaker as written ("Khadem", "il", "Airbus"), or "".
        words: number of words inside.
        sentence: a full sentence or more (not a scare quote or a title).
        attributed: a speaker, a pronoun, a label or a speech cue is near.
    """

    span: Span
    speaker: str
    cue: Span | None
    source: str
    words: int
    sentence: bool
    attributed: bool

    def to_json(self, document: Document) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": "quote", "offset": self.span.start, "length": self.span.length,
            "text": document.text[self.span.start:self.span.end], "speaker": self.speaker or None}
        data["cue"] = None if self.cue is None else {
            "offset": self.cue.start, "length": self.cue.length,
            "text": document.text[self.cue.start:self.cue.end]}
        data.update(source=self.source, words=self.words, sentence=self.sentence,
                    attributed=self.attributed)
        return data


def _closing(prose: str, open_at: int, end: int) -> int:
    """Offset just past the mark closing the quote opened at ``open_at``, or -1.

    Pairs of distinct marks nest (« « » »); a ’ followed by a letter is an apostrophe.
    Marks are looked up with ``str.find``, not character by character."""
    opener = prose[open_at]
    closer = _PAIRS[opener]
    nests = closer != opener
    i, depth = open_at + 1, 0
    while True:
        close = prose.find(closer, i, end)
        if close == -1:
            return -1
        if nests:
            inner = prose.find(opener, i, close)
            if inner != -1:
                depth += 1
                i = inner + 1
                continue
        i = close + 1
        if opener == "‘" and prose[i:i + 1].isalpha():
            continue
        if depth == 0:
            return i
        depth -= 1


def quote_spans(document: Document) -> list[Span]:
    """Outermost quote spans, joined across paragraphs the way newspapers continue them.

    Opening marks are found in one pass over the story (``opens``, sorted offsets) and
    each paragraph takes its own by bisection: most paragraphs hold none."""
    prose = document.prose
    spans: list[Span] = []
    paragraphs = document.paragraphs
    opens = _opening_marks(prose)
    resume = 0
    for index, paragraph in enumerate(paragraphs):
        p = paragraph.span
        if p.end <= resume:
            continue
        dash = _dash_end(prose, p.start, p.end)
        if dash != -1 and p.start >= resume:
            spans.append(Span(dash, p.start + len(prose[p.start:p.end].rstrip())))
            continue
        i = max(p.start, resume)
        k = bisect.bisect_left(opens, i)
        while i < p.end:
            while k < len(opens) and opens[k] < i:
                k += 1
            if k == len(opens) or opens[k] >= p.end:
                break
            at = opens[k]
            if prose[at] == "‘" and at > 0 and prose[at - 1].isalpha():
                i = at + 1
                continue
            close = _closing(prose, at, p.end)
            if close != -1:
                if close - at > 2:
                    spans.append(Span(at, close))
                i = close
                continue
            # unclosed: continue into following paragraphs that reopen, else stop at the end
            end = p.start + len(prose[p.start:p.end].rstrip())
            for q in paragraphs[index + 1:]:
                q = q.span
                head = prose[q.start:q.end].lstrip()
                if not head or head[0] not in (prose[at], "»", "«"):
                    break
                begin = q.start + len(prose[q.start:q.end]) - len(head)
                close = _closing(prose, begin, q.end) if head[0] == prose[at] else -1
                if close != -1:
                    end = close
                    break
                end = q.start + len(prose[q.start:q.end].rstrip())
            spans.append(Span(at, end))
            resume = end
            break
    return spans


def _opening_marks(prose: str) -> list[int]:
    """Sorted offsets of every opening mark (what ``_OPEN.finditer`` finds), each mark
    looked up with ``str.find``: a regex reads the story character by character."""
    found: list[int] = []
    for mark in _PAIRS:
        at = prose.find(mark)
        while at != -1:
            found.append(at)
            at = prose.find(mark, at + 1)
    found.sort()
    return found


def _dash_end(prose: str, start: int, end: int) -> int:
    """Where the text of a dialogue line starts (just past what ``_DASH`` matches at the
    start of ``prose[start:end]``: spaces or tabs, a dash, a space or tab), or -1; read
    with str methods, since a dash opens few paragraphs."""
    first = prose[start:start + 1]
    if first not in _DASH_LEAD:   # "" (an empty paragraph) fails below
        return -1
    at = start
    while at < end and prose[at] in " \t":
        at += 1
    if at + 2 > end or prose[at] not in "—–―" or prose[at + 1] not in " \t":
        return -1
    return at + 2


def extract(document: Document, facts: Any) -> Iterable[Quote]:
    """Quotes of ``document`` in text order, linked to speakers where the text allows."""
    pats = patterns_for(facts.locale)
    prose = document.prose
    people = facts.get("people")
    starts = [m.span.start for m in people]   # text order: a quote's neighbours by bisection
    labels = [m for m in people if "label" in m.cues]
    interview = len({fold(m.name) for m in labels}) >= 1 and len(labels) >= 2
    memo: dict[int, bool] = {}
    for span in quote_spans(document):
        inner = prose[span.start:span.end]
        words = len((_ASCII_WORDS if inner.isascii() else _WORDS).findall(inner))
        stripped = inner.strip("«»“”\"‘’„—–― \t")
        sentence = words >= 6 and stripped[:1].isupper()
        speaker, cue, source = _link(document, span, people, starts, pats)
        attributed = bool(speaker or source)
        if not attributed:
            attributed = (_introduced(prose, span) or interview
                          or _speech_nearby(document, span, pats, memo))
        yield Quote(span=span, speaker=speaker, cue=cue, source=source, words=words,
                    sentence=sentence, attributed=attributed)


def _pronoun_speaker(people, before: int, pronoun: str, pats) -> str:
    gender = "m" if fold(pronoun) in pats.male_pronouns else (
        "f" if fold(pronoun) in pats.female_pronouns else "")
    for m in reversed([m for m in people if m.span.end <= before]):
        if not gender or not m.gender or m.gender == gender:
            return m.person
    return ""


def _link(document: Document, span: Span, everyone, starts: list[int],
          pats) -> tuple[str, Span | None, str]:
    prose = document.prose
    p_index = document.paragraph_index(span.start)
    paragraph = document.paragraphs[p_index].span if p_index is not None else span
    last = document.paragraph_index(max(span.start, span.end - 1))
    after_end = document.paragraphs[last].span.end if last is not None else span.end
    # only mentions from the paragraph (or 2 * _NEAR) before to _NEAR after can link
    people = everyone[bisect.bisect_left(starts, max(paragraph.start, span.start - 2 * _NEAR)):
                      bisect.bisect_right(starts, span.end + _NEAR)]
    # 1. a named speaker next to a speech verb: inside (incise), after, or before
    inside = [m for m in people if span.start < m.span.start < span.end and "speaker" in m.cues]
    after = [m for m in people if span.end <= m.span.start <= span.end + _NEAR
             and m.span.start < after_end and {"speech", "speaker"} & set(m.cues)]
    before = [m for m in people if paragraph.start <= m.span.start < span.start
              and m.span.start >= span.start - 2 * _NEAR and "speech" in m.cues
              and not _SENTENCE_BREAK.search(prose, m.span.end, span.start)]
    for group in (inside, after, before[::-1]):
        if group:
            m = group[0]
            return m.person, _cue_span(document, m, pats), m.name
    # 2. a pronoun: "he said", "a-t-il ajouté", "déclare-t-il"
    window_after = prose[span.end:min(after_end, span.end + _NEAR)]
    found = pats.pronoun_after.match(window_after) or _inversion(window_after[:40], pats)
    if not found:
        found = _inversion(prose[span.start:span.end], pats)
        base = span.start
    else:
        base = span.end
    if found:
        pronoun = found.groupdict().get("pron") or found.groupdict().get("pron2") or ""
        cue = Span(base + found.start(), base + found.end())
        return _pronoun_speaker(everyone, span.start, pronoun, pats), cue, pronoun
    # 3. an interview label opening the paragraph
    for m in everyone[bisect.bisect_left(starts, paragraph.start):
                      bisect.bisect_left(starts, span.start)]:
        if "label" in m.cues:
            return m.person, m.name_span, m.name
    # 4. a speech verb next to a name that is no person (an organisation): attributed
    named = _NAMED.match(window_after)
    if named:
        verb = pats.speech_after.match(window_after[named.end():])   # "^": slice, not pos
        if verb:
            base = span.end + named.end()
            return "", Span(base + verb.start("verb"), base + verb.end()), named.group("name")
    return "", None, ""


def _inversion(text: str, pats):
    """``pats.pronoun_inversion.search(text)``; every inversion holds a hyphen
    ("déclare-t-il"), so text without one is not searched."""
    return pats.pronoun_inversion.search(text) if "-" in text else None


def _cue_span(document: Document, mention, pats) -> Span | None:
    """The speech verb next to a speaker's name (before it when inverted, else after)."""
    prose = document.prose
    start = mention.span.start
    window = prose[max(0, start - 70):start]
    found = pats.speech_before.search(window)
    if found:
        base = start - len(window)
        return Span(base + found.start("verb"), base + found.end("verb"))
    end = mention.span.end
    found = pats.speech_after.match(prose[end:end + 70])   # anchored with "^": slice, not pos
    if found:
        lead = len(found.group()) - len(found.group().lstrip(", \t\u00a0"))
        return Span(end + lead, end + found.end())
    return None


def _introduced(prose: str, span: Span) -> bool:
    """Introduced by a clause ending in ":" or "," ('X left this farewell, "...'), or
    followed by a source after a dash ('"Title" — CBC.ca')."""
    before = prose[max(0, span.start - 3):span.start].rstrip(" \t\u00a0")
    after = prose[span.end:span.end + 3].lstrip(" \t\u00a0")
    return (bool(before) and before[-1] in ":,") or after[:1] in ("—", "–")


def _speech_nearby(document: Document, span: Span, pats, memo: dict[int, bool]) -> bool:
    """Any speech verb in the quote's paragraph or the adjacent ones (outside the quote).

    The adjacent paragraphs are read once per story (``memo``: paragraph index -> answer),
    however many quotes stand next to them."""
    first = document.paragraph_index(span.start)
    last = document.paragraph_index(max(span.start, span.end - 1))
    if first is None or last is None:
        return False
    prose, paragraphs = document.prose, document.paragraphs
    if _speech_in(prose[paragraphs[first].span.start:span.start], pats) \
            or _speech_in(prose[span.end:paragraphs[last].span.end], pats):
        return True
    for index in (first - 1, last + 1):
        if 0 <= index < len(paragraphs):
            if index not in memo:
                memo[index] = _speech_in(prose[paragraphs[index].span.start:
                                               paragraphs[index].span.end], pats)
            if memo[index]:
                return True
    return False


def _speech_in(text: str, pats) -> bool:
    """Whether ``text`` holds a speech verb."""
    if not text:
        return False
    verdict = pats.speech_gate.verdict(text)
    if verdict is not None:
        return verdict
    return bool(pats.speech_verb.search(text))
