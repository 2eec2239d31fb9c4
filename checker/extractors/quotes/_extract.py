"""Direct quotes and who said them.

Quotes are found between « », “ ”, " ", ‘ ’ and straight single quotes at a word's start
(outermost pair only), after a dialogue dash (not a dash line that only signs the quote
above it), and paragraph by paragraph when a paragraph ends inside a quote and the next
one opens again (or, unclosed, to the end of the paragraph: a missing closing mark must
not hide a quote from the checks). A quote is linked to its speaker by the reporting
clause next to it (``_link``): an incise inside it, the clause after it or before
it in its sentence, a signature ("— Name", "(Name, role)"), an interview label ("Name:
..."); a quote with none continues the quote before it, shares the clause after the next
quote of its sentence, or is introduced by the sentence before or by whom the paragraph
before is about. A role phrase ("the senator") is the person given that role
(``_pronouns.role_link``).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from typing import Any, Iterable

import regex

from ...speedups import pattern_cache

from ...document import Document
from ...spans import Span
from ..people._patterns import fold_word as fold, patterns_for
from ._cues import cues_for
from ._alone import no_speaker, person_alone
from ._roles import roles
from ._link import CLAUSE_WINDOW, after_quote, before_quote, sentence_subject
from ._pronouns import named_source, pronoun_link, role_link
from ._scene import APOSTROPHE, CAPITALS, WORD, Link, Scene, group_word, quantifier, scene

_PAIRS = {"«": "»", "“": "”", "\"": "\"", "‘": "’", "„": "“"}
_OPEN = pattern_cache.compile(r"[«“\"‘„]")   # the reference for _opening_marks
# a straight single quote opens a quote only at a word's start ('dead on arrival'), never
# inside a word (an apostrophe: "don't", "l'armée") or before a digit ("the '90s")
_SINGLE_OPEN = pattern_cache.compile(r"(?<![\p{L}\p{M}\p{N}'])'(?=\p{L})")
_DASH = pattern_cache.compile(r"^[ \t]*[—–―][ \t]")   # the reference for _dash_end
_DASH_LEAD = " \t—–―"
_WORDS = pattern_cache.compile(r"[\p{L}\p{N}]+")
_ASCII_WORDS = re.compile(r"[A-Za-z0-9]+")   # the same on ASCII text, with the faster engine
_HEADING_WORDS = 5   # a paragraph this short between two quotes is a subheading


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
        source_span: where ``source`` is written (None for a pronoun no person resolves).
    """

    span: Span
    speaker: str
    cue: Span | None
    source: str
    words: int
    sentence: bool
    attributed: bool
    source_span: Span | None = None

    def to_json(self, document: Document) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": "quote", "offset": self.span.start, "length": self.span.length,
            "text": document.text[self.span.start:self.span.end], "speaker": self.speaker or None}
        data["cue"] = None if self.cue is None else {
            "offset": self.cue.start, "length": self.cue.length,
            "text": document.text[self.cue.start:self.cue.end]}
        data.update(source=self.source, words=self.words, sentence=self.sentence,
                    attributed=self.attributed)
        data["source_span"] = None if self.source_span is None else {
            "offset": self.source_span.start, "length": self.source_span.length}
        return data


def _closing(prose: str, open_at: int, end: int) -> int:
    """Offset just past the mark closing the quote opened at ``open_at``, or -1.

    Pairs of distinct marks nest (« « » »); a ’ followed by a letter is an apostrophe.
    Marks are looked up with ``str.find``, not character by character."""
    opener = prose[open_at]
    if opener == "'":
        return _single_closing(prose, open_at, end)
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


def _single_closing(prose: str, open_at: int, end: int) -> int:
    """Offset just past the straight single quote closing the one at ``open_at``, or -1:
    the first one after a letter or a stop and before no letter (not the apostrophe of
    "don't"), with no double quote mark between (another quote, not this one)."""
    i = open_at + 1
    while True:
        close = prose.find("'", i, end)
        if close == -1 or any(mark in prose[open_at:close] for mark in "\"«»“”"):
            return -1
        i = close + 1
        after = prose[i:i + 1]
        if after.isalpha() or after.isdigit() or prose[close - 1] in " \t\u00a0":
            continue
        return i if close - open_at > 2 else -1


def quote_spans(document: Document, not_names: frozenset[str] = frozenset()) -> list[Span]:
    """Outermost quote spans, followed across paragraphs the way newspapers continue them.

    Opening marks are found in one pass over the story (``opens``, sorted offsets) and
    each paragraph takes its own by bisection: most paragraphs hold none. A dash line
    that only signs the quote above it ("— Ana Ruiz, resident") is no dialogue line
    (``not_names``: capitalised words that open no name, "Oui", "Yes")."""
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
        if dash != -1 and p.start >= resume \
                and not (index and signature_line(document, index, not_names)):
            spans.append(Span(dash, p.start + len(prose[p.start:p.end].rstrip())))
            continue
        i = max(p.start, resume)
        k = bisect.bisect_left(opens, i)
        if (k == len(opens) or opens[k] >= p.end) and p.start >= resume:
            signed = _signed(prose, p.start, p.end, not_names)
            if signed is not None:
                spans.append(signed)   # "Text of the quote. —Ana Ruiz, farmer"
            continue
        while i < p.end:
            while k < len(opens) and opens[k] < i:
                k += 1
            if k == len(opens) or opens[k] >= p.end:
                break
            at = opens[k]
            if prose[at] == "‘" and at > 0 and prose[at - 1].isalpha():
                i = at + 1
                continue
            if prose[at] == '"' and _closing_shape(prose, at):
                typed = _DOUBLED_OPEN.search(prose, i, at)
                if typed:   # "``I say ... brains."', "''I'd ...," it said"
                    spans.append(Span(typed.start(), at + 1))
                i = at + 1
                continue
            close = _closing(prose, at, p.end)
            if close != -1:
                if close - at > 2:
                    spans.append(Span(at, close))
                i = close
                continue
            if prose[at] == "'":   # an apostrophe after all ("'tis"): no quote opens
                i = at + 1
                continue
            # unclosed: continue into following paragraphs that reopen (one quote per
            # paragraph, as the quote is printed), else stop at the paragraph's end
            spans.append(Span(at, p.start + len(prose[p.start:p.end].rstrip())))
            for q in paragraphs[index + 1:]:
                q = q.span
                head = prose[q.start:q.end].lstrip()
                if not head or head[0] not in (prose[at], "»", "«"):
                    break
                begin = q.start + len(prose[q.start:q.end]) - len(head)
                close = _closing(prose, begin, q.end) if head[0] == prose[at] else -1
                if close != -1:
                    spans.append(Span(begin, close))
                    break
                spans.append(Span(begin, q.start + len(prose[q.start:q.end].rstrip())))
            resume = spans[-1].end
            break
    return spans


# a signature closing a paragraph: "— Ana Ruiz", "―Ana Ruiz, farmer" (no en dash: "X – Y"
# closes many an ordinary sentence; no date after the name: "— Daily Star, March 3" credits)
_SIGNED = pattern_cache.compile(
    r"[ \t\u00a0]*[—―][ \t\u00a0]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}'’.-]*)+)"
    r"(?:,[^.!?,;:—―«»“”\"\d]{1,60})?[ \t\u00a0]*$")   # a role, not a date


def _signed(prose: str, start: int, end: int, not_names: frozenset[str]) -> Span | None:
    """A paragraph without quote marks that a name signs after a dash ("I held on until
    the boat came. —Ana Ruiz, fisher"): its text before the dash is a quote, said by the
    name. A sentence or more opening with a capital, never a title or a credit."""
    dash = max(prose.rfind("—", start, end), prose.rfind("―", start, end))
    if dash <= start:
        return None
    text = prose[start:dash].rstrip(" \t\u00a0")
    found = _SIGNED.match(prose, start + len(text), end)
    if found is None or found.group(1).split()[0] in not_names:
        return None
    if len(text.split()) < 6 or not text[:1].isupper() or text[-1:] not in ".!?…]":
        return None
    return Span(start, start + len(text))


def signature_line(document: Document, index: int, not_names: frozenset[str]) -> bool:
    """Paragraph ``index`` is a dash and a name, with at most a short role after a comma
    ("— Ana Ruiz, resident"), under a paragraph that ends with a quote: it signs that
    quote."""
    prose, paragraphs = document.prose, document.paragraphs
    p = paragraphs[index].span
    at = _dash_end(prose, p.start, p.end)
    above = prose[paragraphs[index - 1].span.start:paragraphs[index - 1].span.end].rstrip()
    if at == -1 or not above or above[-1] not in "»”\"’'":
        return False
    name = CAPITALS.match(prose, at, p.end)
    if name is None or len(name.group().split()) < 2 or name.group().split()[0] in not_names:
        return False
    rest = prose[name.end():p.end].strip()
    return not rest or rest[0] == "," and len(rest.split()) <= _HEADING_WORDS * 2 \
        and not any(mark in rest[:-1] for mark in ".!?")


# a double quote typed as two single quotes or two backquotes, at a word's start
_DOUBLED_OPEN = pattern_cache.compile(r"(?<![\p{L}\p{N}'`])(?:''|``)[ \t]?(?=\p{L})")


_CAPITAL_NEXT = pattern_cache.compile(r"[ \t]+[\p{Lu}\[]")


def _closing_shape(prose: str, at: int) -> bool:
    """The straight double quote at ``at`` is written as a closing mark: right after a
    word or a stop and before a space or the line's end ('...," it said'; after a comma,
    a capital or a bracket next says it opens: 'said," The plan'). It closes a
    quote whose opening was typed otherwise (two single quotes or two backquotes: the
    quote runs from there, ``_DOUBLED_OPEN``) or lost; taken for an opening, it pairs with
    the next quote's opening mark and the narration between two quotes reads as one."""
    before = prose[at - 1:at]
    after = prose[at + 1:at + 2]
    if not before or before.isspace() or before in "([{—–-/" or after and not after.isspace():
        return False
    # 'said," The plan ...' / 'said," [He] ...': a comma, then the quote opening, spaced
    return before != "," or not _CAPITAL_NEXT.match(prose, at + 1)


def _opening_marks(prose: str) -> list[int]:
    """Sorted offsets of every opening mark (what ``_OPEN.finditer`` finds), each mark
    looked up with ``str.find``: a regex reads the story character by character."""
    found: list[int] = []
    for mark in _PAIRS:
        at = prose.find(mark)
        while at != -1:
            found.append(at)
            at = prose.find(mark, at + 1)
    if "'" in prose:
        found.extend(m.start() for m in _SINGLE_OPEN.finditer(prose))
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
    cues = cues_for(facts.locale)
    spans = quote_spans(document, cues.not_names)
    s = scene(document, people, spans, cues, pats)
    outside = s.mentions   # the roles are read only when a pronoun or a role phrase asks
    s = replace(s, roles=functools.cache(lambda: roles(document, outside, cues, pats.role_word)))
    labels = [m for m in people if "label" in m.cues]
    turns = _turns(document, labels, cues)
    people_starts = [m.span.start for m in people]
    interview = len(labels) >= 2
    memo: dict[int, tuple[list[int], list[int]]] = {}
    links: list[Link | None] = []
    crowds: list[bool] = []   # only a group of people, in the sentence before, speaks
    others: list[bool] = []   # the quote speaks of the one the sentence before is about
    shapes: list[tuple[int, bool]] = []
    for index, span in enumerate(spans):
        inner = prose[span.start:span.end]
        words = len((_ASCII_WORDS if inner.isascii() else _WORDS).findall(inner))
        stripped = inner.strip("«»“”\"‘’„—–― \t")
        sentence = words >= 6 and stripped[:1].isupper()
        shapes.append((words, sentence))
        link = None if _code(stripped) else _link(s, index, people, people_starts, turns, sentence)
        if not (link and link.source) and index:
            link = _continued(s, index, links[-1], sentence, _capital(stripped)) or link
        crowd = about = False
        if not (link and link.source) and sentence:
            carried = _sentence_before(s, index) or _paragraph_before(s, index)
            if carried is not None and _another_party(s, carried):
                carried = None   # 'Investigators found photos on one of the defendants' phones.'
            about = carried is not None and carried.cue is None and _speaks_of_another(inner, s.cues)
            if about:
                carried = None   # 'X was arrested in May.' then '"We trusted him ..."': about X
            crowd = carried is not None and _crowd(s, carried)
            link = carried or link
        if link is not None:
            link = role_link(s, link)
        links.append(link)
        crowds.append(crowd)
        others.append(about and link is None)
        if link is not None and named_source(s, link):
            s.named.append(link)
    for index in range(len(spans) - 2, -1, -1):
        if links[index] is None and _shares_clause(s, index, links[index + 1]):
            links[index] = links[index + 1]
    for index, (span, link, (words, sentence)) in enumerate(zip(spans, links, shapes)):
        speaker, cue, source = (link.person, link.cue, link.source) if link else ("", None, "")
        attributed = link is not None and not crowds[index]
        if crowds[index]:
            # 'Protesters gathered outside. "We want our jobs back."': a crowd speaks no
            # sentence in one voice; the writer owes the reader the one who said it
            attributed = (index > 0 and _reopens(prose, spans[index - 1], span)) \
                or _in_turn(document, span)
        elif not attributed:
            attributed = (_introduced(prose, span) or interview
                          or (index > 0 and _reopens(prose, spans[index - 1], span))
                          or _in_turn(document, span) or _named_after(s, index, links)
                          # a speech verb further back in the paragraph before says nothing of
                          # a quote that speaks of the one its last sentence is about
                          or not others[index] and _speech_nearby(document, span, pats, memo,
                                                                  _reflexive(facts.locale)))
        yield Quote(span=span, speaker=speaker, cue=cue, source=source, words=words,
                    sentence=sentence, attributed=attributed,
                    source_span=link.source_span if link else None)


def _crowd(s: Scene, link: Link) -> bool:
    """The source is a group of people the story has not named, not one person, an
    organisation or a group it has ("the nurses", "les habitants"): a plural pronoun that
    resolves to nothing ("Ils"), or a noun phrase headed by a plural noun of people and
    opened by a quantifier, an indefinite determiner, a number or nothing ("Other
    analysts", "Des manifestants", "Protesters")."""
    if link.person or not link.source:
        return False
    words = WORD.findall(link.source)
    if not words:
        return False
    first = fold(words[0].replace("’", "'"))
    if first in s.cues.plural:
        return link.source_span is None or s.document.prose[
            link.source_span.start:link.source_span.end] == link.source
    if not any(fold(w) in s.cues.groups and not quantifier(w, s.cues) for w in words):
        return False
    return quantifier(words[0], s.cues) or fold(APOSTROPHE.split(first)[0]) in s.cues.indefinite \
        or fold(words[0]) in s.cues.groups \
        or link.source[:1].isdigit() or fold(APOSTROPHE.split(first)[0]) not in s.cues.determiners


def _another_party(s: Scene, link: Link) -> bool:
    """The sentence that gave ``link`` (a group of people or an organisation, no person)
    reports no speech and names, outside that subject, an individual who could say the
    quote after it: a person of the story, or one member of a group of people ("one of
    the defendants", « l'un des prévenus »). 'Investigators found photos on one of the
    defendants' phones.' then '"We just wanted meat."': the subject acted on the other
    party, and the reader cannot tell which of the two speaks. A sentence about the group
    alone ('The nurses remember the night.') still gives its subject as the speaker, and
    so does one person's role ('The mayor toured Tom Hale's farm.'), who stands out."""
    if link.person or link.cue is not None or link.source_span is None \
            or not any(group_word(w, s.cues) for w in WORD.findall(link.source)):
        return False
    document = s.document
    at = document.sentence_index(link.source_span.start)
    if at is None:
        return False
    lo, hi = document.sentences[at].start, document.sentences[at].end
    subject = link.source_span
    if _reports(s, lo, hi) or s.cues.speech_noun.search(document.prose, lo, hi):
        return False
    if any(m.span.end <= subject.start or m.span.start >= subject.end for m in s.mentions_in(lo, hi)):
        return True
    return _member_of_group(s, subject.end, hi) or _member_of_group(s, lo, subject.start)


def _member_of_group(s: Scene, start: int, end: int) -> bool:
    """``[start, end)`` holds one member of a group of people: an indefinite pronoun, a
    complement word and, a word or two on, a plural noun of people or a role noun ("one
    of the defendants", « l'une des prévenues », « l'un des deux élus »)."""
    words = [w.replace("’", "'").rstrip("'.") for w in WORD.findall(s.document.prose, start, end)]
    for i, word in enumerate(words[:-2]):
        if fold(word) not in s.cues.indefinite_pronouns or fold(words[i + 1]) not in s.cues.complements:
            continue
        if any(group_word(w, s.cues, plural=True) or _role(s, w) for w in words[i + 2:i + 5]):
            return True
    return False


def _role(s: Scene, word: str) -> bool:
    found = s.role_word.search(word)
    return found is not None and found.group() == word


def _named_after(s: Scene, index: int, links: list[Link | None]) -> bool:
    """A quote closing its paragraph is owned by the next paragraph's first sentence when
    that sentence reports words and names a person ('So says Mayor Ana Ruiz, ...', "C'est
    ainsi que la maire Ana Ruiz a résumé la situation"), unless that paragraph opens the
    person's own turn: quotes of their own there, linked to them ('The prosecutor Anne
    Morel stressed "how organised" they were. "They knew what to take," she said.') say
    what they said there, not that they said the quote before."""
    document = s.document
    span = s.quotes[index]
    last = document.paragraph_index(max(span.start, span.end - 1))
    if last is None or last + 1 >= len(document.paragraphs):
        return False
    if document.prose[span.end:document.paragraphs[last].span.end].strip(" \t\u00a0."):
        return False
    following = document.paragraphs[last + 1].span
    first = document.sentence_index(following.start)
    end = min(document.sentences[first].end, following.end) if first is not None \
        else following.end
    named = {m.person for m in s.mentions_in(following.start, end)}
    if not named:
        return False
    verb = s.cues.verb.search(document.prose, following.start, end)
    if verb is None:
        if not _speech_noun_of(s, following.start, end):
            return False
    elif _own_content(document.prose, verb.end(), end, s.cues.auxiliaries, s.cues.passive):
        return False
    return not any(link is not None and (link.person in named or link.source_span is not None
                                         and following.start <= link.source_span.start < end)
                   for quote, link in zip(s.quotes[index + 1:], links[index + 1:])
                   if quote.start < following.end)


def _speech_noun_of(s: Scene, start: int, end: int) -> bool:
    """A noun of words said right before a person named in ``[start, end)``, a few words
    between at most ("That was the message from Mayor Ana Ruiz", « Tel était le message de
    la maire Ana Ruiz »): the sentence says whose words the quote before it was."""
    prose = s.document.prose
    for m in s.mentions_in(start, end):
        for noun in s.cues.speech_noun.finditer(prose, start, m.span.start):
            if len(WORD.findall(prose, noun.end(), m.span.start)) <= _NOUN_GAP:
                return True
    return False


_NOUN_GAP = 4   # "message from the mayor, Ana Ruiz": the words between the noun and the name


_CLAUSE_WORDS = pattern_cache.compile(r"[^\W\d_][\w'’\-]*|[,;:]")


def _own_content(prose: str, start: int, end: int, auxiliaries: frozenset[str],
                 passive: frozenset[str] = frozenset()) -> bool:
    """Does the speech verb go on to report words of its own ("Dr Ana Ruiz said her teams
    had treated 61 runners", « a indiqué que ses équipes avaient soigné »): an auxiliary
    within six words, before any comma? Then the sentence tells what it reports, not who
    said the quote before it ("So says Mayor Ana Ruiz, who has ...")."""
    for i, word in enumerate(_CLAUSE_WORDS.finditer(prose, start, end)):
        if i >= 6 or word.group() in ",;:":
            return False
        if fold(word.group()) in auxiliaries or fold(word.group()) in passive:
            return True
    return False


def _in_turn(document: Document, span: Span) -> bool:
    """The quote stands in an interview turn: its paragraph opens with a label of one to
    three capitalised words and a colon ("Q:", "R :", "MODERATOR:", "Ana Ruiz:"), so the
    turn's speaker says it, or quotes it."""
    index = document.paragraph_index(span.start)
    if index is None:
        return False
    start = document.paragraphs[index].span.start
    head = document.prose[start:span.start]
    colon = head.find(":")
    if colon == -1:
        return False
    words = head[:colon].split()
    return 0 < len(words) <= 3 and all(w[0].isupper() for w in words)


def _reopens(prose: str, before: Span, span: Span) -> bool:
    """The quote reopens, in the next paragraph, a quote left unclosed (one quote over
    several paragraphs): whatever attributes it is reported with its first paragraph."""
    opener = prose[before.start]
    if opener not in _PAIRS or prose[before.end - 1] == _PAIRS[opener]:
        return False
    gap = prose[before.end:span.start]
    return "\n" in gap and not gap.strip() and prose[span.start] in (opener, "«", "»")


def _shares_clause(s: Scene, index: int, after: Link | None) -> bool:
    """The quote and the next one stand in one sentence whose reporting clause follows the
    second ('« A » et « B », a-t-il déclaré'): the first is reported by it too."""
    if after is None or after.cue is None:
        return False
    span, following = s.quotes[index], s.quotes[index + 1]
    if after.cue.start < following.end:
        return False
    document = s.document
    gap = document.prose[span.end - 2:following.start]
    return document.sentence_index(span.start) == document.sentence_index(following.start) \
        and not any(mark in gap for mark in ".!?") and not s.mentions_in(span.end, following.start)


def _turns(document: Document, labels, cues) -> dict[int, Link]:
    """The speaker of each interview turn, by paragraph index: a paragraph opening with a
    label ("Ana Ruiz: ...", "Rebecca: ...") that is a person's name, or any label when one
    opens two turns or more (a transcript names its speakers however short their names).
    An interviewer's label ("Q:", "Question :") names nobody."""
    prose = document.prose
    found: dict[int, tuple[str, Span]] = {}
    for index, paragraph in enumerate(document.paragraphs):
        start, end = paragraph.span.start, paragraph.span.end
        colon = prose.find(":", start, min(end, start + 40))
        if colon == -1:
            continue
        head = prose[start:colon]
        name = CAPITALS.fullmatch(head.strip())
        if name is None or len(head.split()) > 3 or head.split()[0] in cues.not_names \
                or fold(head.strip()) in cues.labels:
            continue
        lead = len(head) - len(head.lstrip())
        found[index] = (head.strip(), Span(start + lead, start + lead + len(head.strip())))
    counts: dict[str, int] = {}
    for name, _ in found.values():
        counts[name] = counts.get(name, 0) + 1
    transcript = any(count >= 2 for count in counts.values())
    by_start = {m.name_span.start: m for m in labels}
    turns: dict[int, Link] = {}
    for index, (name, span) in found.items():
        m = by_start.get(span.start)
        if m is not None:
            turns[index] = Link(m.person, m.name_span, m.name, m.name_span)
        elif transcript:
            turns[index] = Link("", span, name, span)
    return turns


def _link(s: Scene, index: int, people, people_starts: list[int], turns: dict[int, Link],
          sentence: bool) -> Link | None:
    """The speaker the text gives a quote: an incise inside it, the reporting clause after
    it, the one before it in its sentence, or an interview label opening its paragraph."""
    document = s.document
    prose = document.prose
    span = s.quotes[index]
    # 1. an incise: '"..., said Smith, ..."', "« ..., a-t-il ajouté, ... »" (the mentions
    # inside the quote found by bisection: people are in text order)
    for m in people[bisect.bisect_right(people_starts, span.start):]:
        if m.span.start >= span.end:
            break
        if "speaker" in m.cues:
            return Link(m.person, _incise_cue(s, m), m.name, m.name_span)
    found = s.cues.inversion.search(prose, span.start, span.end) \
        if "-" in prose[span.start:span.end] else None
    if found:
        pron = "pron" if found.start("pron") != -1 else "pron2"
        return pronoun_link(s, found.start(pron), found.end(pron), Span(found.start(), found.end()))
    # 2. the clause after it, 3. the clause before it in its sentence
    lo, hi = _after_window(document, span, s.quotes[index + 1].start
                           if index + 1 < len(s.quotes) else len(prose), s.cues.not_names)
    after = after_quote(s, lo, hi) if hi > lo else None
    if after is not None and after.source:
        return after
    floor = s.quotes[index - 1].end if index else 0
    lo = _sentence_start(document, span.start, floor)
    long = len(prose[span.start:span.end].split()) >= 6
    before = before_quote(s, lo, span.start, sentence=sentence, long=long,
                          floor=floor if index else None) if lo < span.start else None
    if before is not None and before.source:
        return before
    # 4. an interview label opening the paragraph ("Ana Ruiz: ...", "Rebecca: ..."): a
    # full sentence in the turn, or any quote opening it ('Bill: "-- think again."')
    p_index = document.paragraph_index(span.start)
    turn = turns.get(p_index) if p_index is not None else None
    if turn is not None and (sentence or not prose[turn.source_span.end:span.start].strip(" \t\u00a0:")):
        return turn
    return after or before   # a reporting verb whose subject went unread: attributed


def _code(text: str) -> bool:
    """One token of letters and digits ("A3", "Baa3", "F-16"): a name or a label that the
    story quotes, not speech."""
    return " " not in text and any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _capital(text: str) -> bool:
    """Opens like a sentence: a capital letter, or a dash continuing one ("-- think again")."""
    head = text.lstrip("-—–― \t.[(")
    return bool(head) and head[0].isupper()


def _incise_cue(s: Scene, mention) -> Span | None:
    """The reporting verb of an incise: right before the name ("a ajouté Khadem") or
    right after it ("Khadem said")."""
    prose = s.document.prose
    found = None
    for found in s.cues.verb.finditer(prose, max(0, mention.span.start - 40), mention.span.start):
        pass
    if found is None or prose[found.end():mention.span.start].strip(" \t\u00a0,").count(" ") > 2:
        found = s.cues.verb.match(prose, mention.span.end
                                  + len(prose[mention.span.end:mention.span.end + 5])
                                  - len(prose[mention.span.end:mention.span.end + 5].lstrip(" ,")))
    return None if found is None else Span(found.start(), found.end())


def _continued(s: Scene, index: int, previous: Link | None, sentence: bool,
               capital: bool) -> Link | None:
    """A quote with no clause of its own continues the quote before it: in the same
    sentence ('called it "fast" and "cheap"', '"We are ready," she said, "and ..."'), or as
    a full sentence right after it, in its paragraph or opening the next, with no other
    person named between them (a short one, '"We held on."', in the same paragraph only)."""
    if previous is None or not index:
        return None
    document = s.document
    span, before = s.quotes[index], s.quotes[index - 1]
    gap = document.prose[before.end:span.start]
    same_sentence = document.sentence_index(max(before.start, before.end - 1)) \
        == document.sentence_index(span.start) \
        and not any(mark in document.prose[before.end - 2:span.start] for mark in ".!?")
    if same_sentence and previous.cue is not None and before.end <= previous.cue.start \
            and not gap.rstrip(" \t\u00a0").endswith((",", ":")):
        return None   # '», explique X, bénévole aux « Restos »': a name inside the clause
    if not same_sentence and not ((sentence or capital) and _opens_sentence(document, span)):
        return None
    first = document.paragraph_index(max(before.start, before.end - 1))
    this = document.paragraph_index(span.start)
    if first is None or this is None:
        return None
    if not (this == first or (_previous_body(document, this) == first and sentence
                              and _opens_paragraph(document, span))):
        return None
    others = {m.person for m in s.mentions_in(before.end, span.start)}
    if others <= {previous.person}:
        return Link(previous.person, None, previous.source, previous.source_span)
    return None


def _previous_body(document: Document, index: int) -> int:
    """The paragraph before paragraph ``index``, skipping one short subheading between
    them ("Programme d'investissements."): a quote running over several paragraphs
    continues across it."""
    previous = index - 1
    if previous > 0:
        text = document.prose[document.paragraphs[previous].span.start:
                              document.paragraphs[previous].span.end]
        if len(text.split()) <= _HEADING_WORDS and not _OPEN.search(text):
            return previous - 1
    return previous


def _opens_sentence(document: Document, span: Span) -> bool:
    """Nothing but spaces before the quote in its sentence (or the quote's own mark)."""
    index = document.sentence_index(span.start)
    if index is None:
        return True
    before = document.prose[document.sentences[index].start:span.start].strip(" \t\u00a0—–―-")
    # '... ». « [C'est] ...': a break the sentence splitter did not make after a quote
    return not before or before.rstrip("»”\"’ \t\u00a0")[-1:] in (".", "!", "?")


def _opens_paragraph(document: Document, span: Span) -> bool:
    index = document.paragraph_index(span.start)
    return index is not None and not document.prose[
        document.paragraphs[index].span.start:span.start].strip(" \t\u00a0—–―-")


def _speaks_of_another(inner: str, cues: Any) -> bool:
    """Does the quote speak of someone in the third person ("We trusted him", "he never came
    home")? Then the one the sentence before is merely about, with no verb saying they spoke,
    is more likely whom it speaks of than who speaks: nobody tells of themselves as "him"."""
    return bool(cues.third_person) and any(fold(w) in cues.third_person for w in _WORDS.findall(inner))


def _sentence_before(s: Scene, index: int) -> Link | None:
    """A full-sentence quote opening its sentence, with no clause of its own, is
    introduced by the sentence before it in its paragraph ('Wilkins also said so. "..."')
    or, when it opens its paragraph, by the last sentence of the paragraph before
    ('The letter reads:' then the quote)."""
    document = s.document
    span = s.quotes[index]
    at = document.sentence_index(span.start)
    this = document.paragraph_index(span.start)
    if at is None or at == 0 or this is None:
        return None
    previous = document.sentences[at - 1]
    where = document.paragraph_index(previous.start)
    if not (where == this or (where == this - 1 and _opens_paragraph(document, span))):
        return None
    lo = max(previous.start, s.quotes[index - 1].end if index else 0)
    if lo >= previous.end:
        return None
    link = before_quote(s, lo, previous.end) \
        or sentence_subject(s, lo, previous.end, places=_reports(s, lo, previous.end))
    if where == this and no_speaker(s, link):
        # « Chez Thierry Bousquet, on continue. « ... » »: the one person it names
        link = person_alone(s, lo, previous.end) or link
    if link is not None and where != this and link.cue is not None \
            and s.cues.according.match(document.prose, link.cue.start) \
            and not document.prose[lo:previous.end].rstrip().endswith(":"):
        # "Temperatures reached 24C, according to the Met Office, ..." then a quote in a
        # paragraph of its own: "according to" sources what its sentence says; it does not
        # introduce the next paragraph's words as "The letter reads:" does
        return None
    if link is not None and where != this and not (link.person or link.source_span is not None or link.cue):
        return None   # « Il a plu toute la matinée. » then a quote: a pronoun that names no one
    return link


def _reports(s: Scene, start: int, end: int) -> bool:
    """A reporting verb stands in ``[start, end)``: the sentence tells that someone spoke,
    so even a name that reads as a place's may be its speaker (a company, a venue)."""
    return s.cues.verb.search(s.document.prose, start, end) is not None


def _paragraph_before(s: Scene, index: int) -> Link | None:
    """A full-sentence quote opening its paragraph, with no clause of its own and none in
    the sentence before, is said by the one the paragraph before is about: the subject of
    its latest sentence that opens with a person, a group or an organisation ('Ana Ruiz
    runs the shelter. The town was slow to respond.' then the quote). A place's name
    opening a sentence that reports nothing is nobody's voice ("Hollin Quarry was worked
    until 1991."): the quote after it has no speaker."""
    document = s.document
    span = s.quotes[index]
    this = document.paragraph_index(span.start)
    if this is None or not _opens_paragraph(document, span) or this == 0:
        return None
    previous = document.paragraphs[_previous_body(document, this)].span
    if index and s.quotes[index - 1].end > previous.start:
        return None   # a quote there: its speaker carries on (``_continued``) or not
    first = document.sentence_index(previous.start)
    last = document.sentence_index(max(previous.start, previous.end - 1))
    if first is None or last is None:
        return None
    for at in range(last, max(first, last - 2) - 1, -1):
        sentence = document.sentences[at]
        end = min(sentence.end, previous.end)
        link = sentence_subject(s, sentence.start, end, places=_reports(s, sentence.start, end))
        if link is not None and link.source and (link.person or link.source_span is not None):
            return link   # (a pronoun that names no one, « Il a plu », is nobody's voice)
    return None


def _sentence_start(document: Document, at: int, floor: int) -> int:
    """Where the clause before a quote at ``at`` may start: its sentence's start (or its
    paragraph's), never before the previous quote's end ``floor``."""
    index = document.sentence_index(at)
    p_index = document.paragraph_index(at)
    start = document.paragraphs[p_index].span.start if p_index is not None else at
    if index is not None:
        start = max(start, document.sentences[index].start)
    return max(start, floor, at - CLAUSE_WINDOW)


def _after_window(document: Document, span: Span, next_quote: int,
                  not_names: frozenset[str]) -> tuple[int, int]:
    """Where the clause after a quote may lie: to the end of the sentence the quote closes
    (or the next one when it opens with a lower-case word or a dash: '..." he said.'),
    never past the next quote or the paragraph."""
    prose = document.prose
    last = document.paragraph_index(max(span.start, span.end - 1))
    p_end = document.paragraphs[last].span.end if last is not None else span.end
    hi = min(p_end, next_quote, span.end + CLAUSE_WINDOW)
    at = span.end
    while at < hi and prose[at] in " \t\u00a0":
        at += 1
    if at >= p_end and last is not None and last + 1 < len(document.paragraphs):
        # '"..."' then a paragraph opening 'said Ana Ruiz, ...': a break in the clause
        following = document.paragraphs[last + 1].span
        if following.start < next_quote and signature_line(document, last + 1, not_names):
            return following.start, following.end   # '"..."' then '— Ana Ruiz, resident'
        head = prose[following.start:following.end].lstrip(" \t\u00a0")
        if head[:1].islower() and following.start < next_quote:
            index = document.sentence_index(following.end - 1)
            end = document.sentences[index].end if index is not None else following.end
            return following.start, min(end, next_quote, following.start + CLAUSE_WINDOW)
    index = document.sentence_index(at)
    if index is None:
        return span.end, span.end
    sentence = document.sentences[index]
    if sentence.start >= span.end:
        head = prose[span.end:sentence.end].lstrip(" \t\u00a0")
        if not head or not (head[0].islower() or head[0] in "—–―,("):
            return span.end, span.end
    return span.end, min(hi, sentence.end)


def _introduced(prose: str, span: Span) -> bool:
    """Introduced by a clause ending in ":" or "," ('X left this farewell, "...'), or
    followed by a source after a dash ('"Title" — CBC.ca')."""
    before = prose[max(0, span.start - 3):span.start].rstrip(" \t\u00a0")
    after = prose[span.end:span.end + 3].lstrip(" \t\u00a0")
    return (bool(before) and before[-1] in ":,") or after[:1] in ("—", "–")


@functools.lru_cache(maxsize=16)
def _reflexive(locale: Any) -> Any:
    """The locale's ``speakers.reflexive_pronouns`` ("se", "s'") at the end of a text, one
    auxiliary allowed after them ("s'est ", "se sont "); None when it has none."""
    words = locale.words("speakers", "reflexive_pronouns")
    if not words:
        return None
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternation})\s*(?:\p{{L}}+\s+)?$", regex.IGNORECASE)


def _speech_nearby(document: Document, span: Span, pats,
                   memo: dict[int, tuple[list[int], list[int]]], reflexive: Any = None) -> bool:
    """Any speech verb in the quote's paragraph (outside the quote) or, for a quote
    opening its paragraph, in the paragraph before (past one short subheading).

    Each paragraph's speech verbs are found once per story (``memo``: paragraph index ->
    their starts and ends), and each quote asks them by position: asking the text before
    and after every quote again made a long paragraph of many quotes quadratic."""
    first = document.paragraph_index(span.start)
    last = document.paragraph_index(max(span.start, span.end - 1))
    if first is None or last is None:
        return False
    prose, paragraphs = document.prose, document.paragraphs
    if (_speech_within(prose, paragraphs, first, pats, memo, paragraphs[first].span.start, span.start, reflexive)
            or _speech_within(prose, paragraphs, last, pats, memo, span.end, paragraphs[last].span.end, reflexive)):
        return True
    opens = not prose[paragraphs[first].span.start:span.start].strip(" \t\u00a0«“\"—–―-")
    for index in ((_previous_body(document, first),) if opens else ()):
        if 0 <= index < len(paragraphs):
            if _speech_within(prose, paragraphs, index, pats, memo,
                              paragraphs[index].span.start, paragraphs[index].span.end, reflexive):
                return True
    return False


def _speech_within(prose: str, paragraphs, index: int, pats,
                   memo: dict[int, tuple[list[int], list[int]]], start: int, end: int,
                   reflexive: Any = None) -> bool:
    """Whether a speech verb of paragraph ``index`` lies wholly inside ``[start, end)``;
    not one made reflexive (``reflexive``: "Le feu s'est déclaré vers 14 h": the fire
    broke out, no one spoke)."""
    found = memo.get(index)
    if found is None:
        low, high = paragraphs[index].span.start, paragraphs[index].span.end
        text = prose[low:high]
        starts: list[int] = []
        ends: list[int] = []
        if text and pats.speech_gate.verdict(text) is not False:
            match = pats.speech_verb.search(text)
            while match is not None:
                if reflexive is None or not reflexive.search(text, max(0, match.start() - 12), match.start()):
                    starts.append(low + match.start())
                    ends.append(low + match.end())
                match = pats.speech_verb.search(text, max(match.end(), match.start() + 1))
        found = memo[index] = (starts, ends)
    starts, ends = found
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and ends[i] <= end
