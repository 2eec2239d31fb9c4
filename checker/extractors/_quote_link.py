"""Who said a quote: the subject of the reporting clause next to it.

A quote is reported by a clause: after it ('"...," said Smith', '"...," the company
said', '« ... », a-t-il précisé', '"..." — Ana Ruiz') or before it in its sentence
('Smith, a lawyer, said: "...', 'The senator said the bill was "dead on arrival"',
'Selon lui, « ... »'). The linker finds the clause's reporting verb and reads its subject:
a person mention (the person), a subject pronoun (resolved to the last named speaker
before it whose gender does not contradict it), or else the noun phrase as written ("the
White House", "le quotidien"), which names an organisation or an unnamed source. A quote
with no reporting verb in its sentence (a scare quote, a title) gets no speaker here.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Sequence

import regex

from .. import _regex_cache
from ..document import Document
from ..locales import fold
from ..spans import Span
from ._quote_cues import QuoteCues

_WINDOW = 240          # how far a reporting clause may reach from its quote
_PHRASE_WORDS = 8      # a longer stretch is no subject noun phrase
_BOUNDARY = _regex_cache.compile(r"[,;:()\[\]—–«»“”\"]|[ \t\u00a0]-+[ \t\u00a0]")
_WORD = _regex_cache.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.&-]*")
_DASH_NAME = _regex_cache.compile(r"[ \t\u00a0,.]*[—–―][ \t\u00a0]*(?=\p{Lu})")
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’.&-]*"
_CAPITALS = _regex_cache.compile(
    rf"{_NAME_WORD}(?:[ \t\u00a0]+(?:{_NAME_WORD}|\p{{Ll}}{{1,3}}(?=[ \t\u00a0]+\p{{Lu}})))*")
_TRAILING_CAPITALS = _regex_cache.compile(
    rf"(?<![\p{{L}}\p{{M}}'’-]){_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD})*[ \t\u00a0]*$")


@dataclass(frozen=True)
class Link:
    """A quote's speaker as the text gives it.

    Args:
        person: the person id, or "" (an organisation, an unnamed source, an unresolved pronoun).
        cue: the reporting verb (or label, or dash) that links it.
        source: the speaker as written ("Keller", "he", "the company"); for a pronoun, the
            name it resolves to when no person mention holds it.
        source_span: where ``source`` is written; None for a pronoun nothing resolves.
    """

    person: str
    cue: Span | None
    source: str
    source_span: Span | None


@dataclass(frozen=True)
class Scene:
    """What every quote of one story is read against.

    ``named`` grows in text order as the story's quotes are linked: the named (not
    pronoun) speakers so far, which a later "he said" may resolve to when no person
    mention is a candidate (an organisation, a name the people extractor did not keep)."""

    document: Document
    mentions: Sequence          # PersonMention, text order, none inside a quote
    starts: list[int]           # their start offsets
    quotes: Sequence[Span]      # every quote of the story
    cues: QuoteCues
    role_before: object         # the people patterns' role test ("spokeswoman ")
    role_word: object           # any role noun ("porte-parole", "spokesman")
    named: list[Link] = field(default_factory=list)

    def mentions_in(self, start: int, end: int):
        """Person mentions starting in ``[start, end)``."""
        return self.mentions[bisect.bisect_left(self.starts, start):
                             bisect.bisect_left(self.starts, end)]


def scene(document: Document, people: Sequence, quotes: Sequence[Span], cues: QuoteCues,
          pats) -> Scene:
    """The story's person mentions outside quotes (a name inside quoted speech is the
    speaker's wording, not the speaker), ready for windows by bisection."""
    mentions, q = [], 0
    for m in people:
        while q < len(quotes) and quotes[q].end <= m.span.start:
            q += 1
        if q < len(quotes) and quotes[q].start <= m.span.start:
            continue
        mentions.append(m)
    return Scene(document, tuple(mentions), [m.span.start for m in mentions], tuple(quotes),
                 cues, pats.role_before, pats.role_word)


def resolve(s: Scene, before: int, pronoun: str) -> Link | None:
    """The last named speaker before ``before`` whose gender fits ``pronoun``: a person
    mention that is its clause's subject ("Ana Ruiz said ...", not "... met Ana Ruiz"),
    or the named speaker of an earlier quote."""
    key = fold(pronoun)
    gender = "m" if key in s.cues.male else "f" if key in s.cues.female else ""
    fits = lambda m: not gender or not m.gender or m.gender == gender  # noqa: E731
    mention = None
    for m in reversed(s.mentions[:bisect.bisect_left(s.starts, before)]):
        if fits(m) and _subject_position(s, m):
            mention = m
            break
    named = None
    for link in reversed(s.named):
        if link.source_span is not None and link.source_span.end <= before:
            if not link.person or all(fits(m) for m in s.mentions if m.person == link.person):
                named = link
                break
    if named is not None and (mention is None or named.source_span.start > mention.span.end):
        return named
    subject = _named_subject(s, before)
    if mention is not None and (subject is None or subject.source_span.start < mention.span.end):
        return Link(mention.person, None, mention.name, mention.name_span)
    return subject


def _named_subject(s: Scene, before: int) -> Link | None:
    """No person mention and no speaker before a pronoun: the name opening one of the
    three sentences before it ("Apple CEO Ana Ruiz unveiled the phone ... he said"; "The
    firm's chief executive, Ana Ruiz, commented."), a name the people extractor did not
    keep for want of a cue."""
    document, prose = s.document, s.document.prose
    index = document.sentence_index(before)
    if index is None:
        index = bisect.bisect_right([x.start for x in document.sentences], before)
    for sentence in reversed(document.sentences[max(0, index - 3):index]):
        chunks = _chunks(prose, sentence.start, min(sentence.end, before), s.cues)
        while len(chunks) > 1 and _adverbial(s, *chunks[0]):
            chunks = chunks[1:]
        for start, end in chunks[:3]:
            text = prose[start:end]
            at = start + len(text) - len(text.lstrip(" \t\u00a0-—–"))   # "- Ana Ruiz" (dateline)
            name = _CAPITALS.match(prose, at, end)
            if name and len(name.group().split()) >= 2 and name.group().split()[0] not in s.cues.not_names:
                return Link("", None, name.group().rstrip(), Span(at, at + len(name.group().rstrip())))
            if s.role_word.search(text):
                # "le ministre de la Justice Ana Ruiz désirerait": the name after the role
                for name in _CAPITALS.finditer(prose, at, end):
                    words = name.group().split()
                    if len(words) >= 2 and words[0] not in s.cues.not_names:
                        span = Span(name.start(), name.start() + len(name.group().rstrip()))
                        return Link("", None, prose[span.start:span.end], span)
            elif any(w[0].isupper() for w in _WORD.findall(text)):
                break   # only a role ("The firm's chief executive,") or a date may come first
    return None


def _subject_position(s: Scene, m) -> bool:
    """The mention opens its clause: between the clause's start (its sentence's, a
    comma, a clause opener) and the name stand only capitalised words and determiners."""
    prose = s.document.prose
    index = s.document.sentence_index(m.span.start)
    start = s.document.sentences[index].start if index is not None else m.span.start
    start = max(start, m.span.start - 60)
    chunks = _chunks(prose, start, m.span.start, s.cues)
    if not chunks or not chunks[-1][1] >= m.span.start - 1:
        return True
    text = prose[chunks[-1][0]:m.span.start]
    verb = None
    for verb in s.cues.verb.finditer(text):
        pass
    if verb is not None and not text[verb.end():].strip(" \t\u00a0"):
        return True   # "confirme Ana Ruiz", "said Ana Ruiz"
    role = s.role_before.search(text)   # "La ministre Claire Morel", "spokeswoman Ana Ruiz"
    if role:
        text = text[:role.start()]
    words = _WORD.findall(text)
    return len(words) <= 4 and all(w[0].isupper() or fold(w) in s.cues.determiners
                                   for w in words)


def pronoun_link(s: Scene, at: int, end: int, cue: Span | None) -> Link:
    word = s.document.prose[at:end]
    found = resolve(s, at, word)
    if found is None:
        return Link("", cue, word, None)
    if found.person:
        return Link(found.person, cue, word, Span(at, end))
    return Link("", cue, found.source, found.source_span)


def named_source(s: Scene, link: Link) -> bool:
    """A link that names its speaker: a person, or a proper name ("GM", "Federal
    Reserve"), which a later pronoun may resolve to."""
    if link.source_span is None or not link.source:
        return False
    if link.person:
        return True
    first = link.source.split()[0]
    if first[0].isupper() and first not in s.cues.not_names \
            and fold(first) not in s.cues.determiners:
        return True
    return bool(s.role_word.search(link.source))   # "un porte-parole de la police"


def _mention_link(m, cue: Span | None) -> Link:
    return Link(m.person, cue, m.name, m.name_span)


def _phrase(prose: str, start: int, end: int, cues: QuoteCues, *,
            cut: bool = False) -> Span | None:
    """The noun phrase in ``prose[start:end]``, trimmed, if it can be a subject: it opens
    with a determiner or a capital (no pronoun like "It") and holds a few words. Longer,
    it is its last capitalised words ('Chief officer at X Group Ana Ruiz said') or, with
    ``cut`` (a subject after its verb, which runs on: "said a professor at X who"), its
    first few words."""
    words = list(_WORD.finditer(prose, start, end))
    if not words:
        return None
    if len(words) > _PHRASE_WORDS and not cut:
        tail = _TRAILING_CAPITALS.search(prose, start, words[-1].end())
        if tail is not None and fold(tail.group().split()[0]) not in cues.determiners:
            return Span(tail.start(), tail.start() + len(tail.group().rstrip()))
        # "TVE a émis un communiqué affirmant": the name opening the clause
        head = _CAPITALS.match(prose, words[0].start(), end)
        if head is None or words[0].group() in cues.not_names:
            return None
        return Span(head.start(), head.start() + len(head.group().rstrip()))
    words = words[:_PHRASE_WORDS]
    for i in range(2, len(words) - 1):
        if fold(words[i].group()) in cues.complements and all(
                w.group()[0].isupper() for w in words[:i]) \
                and fold(words[i + 1].group()) in cues.determiners:
            words = words[:i]   # "Ana Ruiz of the Daily Star": the name is the head
            break
    first = words[0].group()
    head = fold(regex.split(r"['’]", first)[0])
    if head not in cues.determiners and (not first[0].isupper() or first in cues.not_names):
        return None
    if all(fold(regex.split(r"['’]", w.group())[-1]) in cues.determiners | cues.auxiliaries
           or fold(w.group()) in cues.determiners for w in words):
        return None   # "l'a rappelé": no noun
    last = words[-1]
    end = last.end() - 1 if last.group().endswith(".") and len(last.group()) > 4 \
        and last.group()[-2].islower() else last.end()   # "son complice." closing its sentence
    return Span(words[0].start(), end)


def _name_chunk(s: Scene, start: int, end: int) -> Span | None:
    """The chunk, if it is nothing but a name ("Marek Olsen")."""
    text = s.document.prose[start:end]
    words = _WORD.findall(text)
    if not words or len(words) > 5 or words[0] in s.cues.not_names \
            or not all(w[0].isupper() for w in words):
        return None
    lead = len(text) - len(text.lstrip())
    return Span(start + lead, start + len(text.rstrip()))


def _phrase_link(prose: str, span: Span | None, cue: Span | None) -> Link | None:
    return None if span is None else Link("", cue, prose[span.start:span.end], span)


def _chunks(prose: str, start: int, end: int, cues: QuoteCues) -> list[tuple[int, int]]:
    """``prose[start:end]`` cut at punctuation and at words that open a clause, in order
    (a relative pronoun is a chunk of its own)."""
    cuts = [start]
    for found in _BOUNDARY.finditer(prose, start, end):
        cuts += [found.start(), found.end()]
    for word in _WORD.finditer(prose, start, end):
        key = fold(word.group())
        if key in cues.openers and not _inside_name(prose, word.start(), word.end()):
            cuts += [word.start(), word.end()]
        elif key in cues.relatives:
            cuts += [word.start(), word.start(), word.end(), word.end()]
    cuts.append(end)
    cuts.sort()
    pairs = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    return [(a, b) for a, b in pairs if prose[a:b].strip(" \t\u00a0")]


def _inside_name(prose: str, start: int, end: int) -> bool:
    """A lower-case word between two capitalised words ("The Globe and Mail")."""
    before = prose[max(0, start - 30):start].rstrip(" \t\u00a0")
    after = prose[end:end + 3].lstrip(" \t\u00a0")
    words = _WORD.findall(before)
    return bool(words) and before.endswith(words[-1]) and words[-1][0].isupper() \
        and after[:1].isupper()


def _object(s: Scene, m, lo: int) -> bool:
    """A lower-case word right before the mention (a preposition, a verb) makes it an
    object, unless it is a determiner, a clause opener or a role ("spokeswoman X")."""
    prose = s.document.prose
    before = prose[max(lo, m.span.start - 40):m.span.start]
    stripped = before.rstrip(" \t\u00a0")
    words = _WORD.findall(stripped)
    if not words or not stripped.endswith(words[-1]):
        return False
    last = words[-1]
    if not last[0].islower():
        return False
    key = fold(regex.split(r"['’]", last)[0])
    if key in s.cues.determiners or key in s.cues.openers or fold(last) in s.cues.openers:
        return False
    return not s.role_before.search(before)


def subject_before(s: Scene, lo: int, verb: Span) -> Link | None:
    """The subject of the verb at ``verb`` in the clause ``[lo, verb.start)``."""
    prose, cues = s.document.prose, s.cues
    found = cues.pronoun_end.search(prose, lo, verb.start)
    if found:
        return pronoun_link(s, found.start("pron"), found.end("pron"), verb)
    chunks = _chunks(prose, lo, verb.start, cues)
    between = prose[chunks[-1][1]:verb.start].strip(" \t\u00a0") if chunks else "x"
    if between == ",":
        # "Marek Olsen, a firefighter at the station, said": an apposition closes before
        # the verb; the subject opens the chain of commas
        for m in s.mentions_in(lo, verb.start):
            if not _object(s, m, lo):
                return _mention_link(m, verb)
        for start, end in chunks:
            named = _name_chunk(s, start, end)
            if named is not None:
                return _phrase_link(prose, named, verb)
    last = chunks[-1] if chunks and not between.strip(",") else None
    if last is not None and fold(prose[last[0]:last[1]].strip()) in cues.relatives:
        # "X, a lawyer at Y, who said": the name before the apposition
        for start, end in reversed(chunks[:-1]):
            inside = s.mentions_in(start, end)
            if inside:
                return _mention_link(inside[-1], verb)
            tail = _TRAILING_CAPITALS.search(prose, start, end)
            if tail and not fold(prose[start:end].strip().split()[0]) in cues.determiners:
                span = Span(tail.start(), tail.start() + len(tail.group().rstrip()))
                return _phrase_link(prose, span, verb)
        return None
    if last is not None:
        inside = [m for m in s.mentions_in(*last) if not _object(s, m, last[0])]
        if inside:
            return _mention_link(inside[0], verb)
        span = _phrase(prose, *last, cues)
        if span is not None and len(chunks) > 1 and not prose[span.start].isupper():
            # "Marek Olsen, a firefighter, said": the name before its apposition
            named = _name_chunk(s, *chunks[-2])
            if named is not None and prose[chunks[-2][1]:last[0]].strip() == ",":
                span = named
        link = _phrase_link(prose, span, verb)
        if link is not None:
            return link
    for m in s.mentions_in(lo, verb.start):
        if not _object(s, m, lo):
            return _mention_link(m, verb)
    if chunks and chunks[0][0] - lo <= 2:
        # "He pointed to ..., but stated that": the sentence's subject
        head = prose[chunks[0][0]:chunks[0][1]]
        found = cues.pronoun.match(prose, chunks[0][0] + len(head) - len(head.lstrip()))
        if found:
            return pronoun_link(s, found.start(), found.end(), verb)
    for start, end in reversed(chunks[:-1] if last is not None else chunks):
        if start > lo and not _BOUNDARY.match(prose, start - 1):
            continue   # a chunk after "that" or "as" is a subordinate clause, no subject
        link = _phrase_link(prose, _phrase(prose, start, end, cues), verb)
        if link is not None:
            return link
    return None


def subject_after(s: Scene, start: int, end: int, cue: Span) -> Link | None:
    """The subject after an inverted verb or "according to": '" said Smith', 'selon lui',
    'according to the prosecutor, Ana Ruiz,' (the name in apposition wins)."""
    prose, cues = s.document.prose, s.cues
    end = min(end, start + 100)
    at = start
    while at < end and prose[at] in " \t\u00a0":
        at += 1
    word = _WORD.match(prose, at, end)
    if word and (cues.pronoun.fullmatch(word.group()) or fold(word.group()) in cues.male
                 or fold(word.group()) in cues.female):
        return pronoun_link(s, word.start(), word.end(), cue)
    chunks = _chunks(prose, start, end, cues)
    if not chunks:
        return None
    mentions = s.mentions_in(*chunks[0])
    if mentions:
        return _mention_link(mentions[0], cue)
    first = _WORD.match(prose, chunks[0][0] + len(prose[chunks[0][0]:chunks[0][1]])
                        - len(prose[chunks[0][0]:chunks[0][1]].lstrip()))
    if first and first.group()[0].islower() and fold(regex.split(r"['’]", first.group())[0]) \
            not in cues.determiners:
        # "a expliqué à la presse Ana Ruiz": a complement, then the name
        tail = _TRAILING_CAPITALS.search(prose, *chunks[0])
        if tail:
            return _phrase_link(prose, Span(tail.start(), tail.start() + len(tail.group().rstrip())), cue)
    if len(chunks) > 1 and chunks[1][0] - chunks[0][1] <= 2 and prose[chunks[0][1]] == ",":
        named = s.mentions_in(*chunks[1])
        if named and named[0].span.start - chunks[1][0] <= 2:
            return _mention_link(named[0], cue)
    return _phrase_link(prose, _phrase(prose, *chunks[0], cues, cut=True), cue)


def _gerund(s: Scene, verb) -> bool:
    """The verb is a gerund ("en évoquant"): its subject is the main clause's, no
    reporting clause of its own."""
    before = _WORD.findall(s.document.prose, max(0, verb.start() - 12), verb.start())
    return bool(before) and fold(before[-1]) in s.cues.gerunds


def _passive(s: Scene, verb) -> bool:
    """The verb is a participle after "is"/"est" ("is claimed to be"): nobody reports."""
    before = _WORD.findall(s.document.prose, max(0, verb.start() - 30), verb.start())
    return bool(before) and fold(before[-1]) in s.cues.passive


def after_quote(s: Scene, lo: int, hi: int) -> Link | None:
    """The reporting clause after a quote, in ``[lo, hi)``; its subject must follow the
    quote right away ('"...," the company said'), or come after its verb."""
    prose, cues = s.document.prose, s.cues
    dash = _DASH_NAME.match(prose, lo, hi)
    if dash:
        at = dash.end()
        mentions = s.mentions_in(at, at + 1)
        if mentions:
            return _mention_link(mentions[0], Span(dash.start(), at))
        name = _CAPITALS.match(prose, at, hi)
        if name:
            return Link("", Span(dash.start(), at), name.group(), Span(at, name.end()))
    lead = lo
    while lead < hi and prose[lead] in " \t\u00a0,.:":
        lead += 1
    found = cues.inversion.match(prose, lead, hi)
    if found:
        pron = "pron" if found.start("pron") != -1 else "pron2"
        return pronoun_link(s, found.start(pron), found.end(pron),
                             Span(found.start(), found.end()))
    according = cues.according.match(prose, lead, hi)
    if according:
        return subject_after(s, according.end(), hi, Span(according.start(), according.end()))
    verb = cues.verb.search(prose, lead, min(hi, lead + 120))
    if verb is None:
        return _signature(s, lead, hi)
    if _passive(s, verb) or _gerund(s, verb):
        return None
    cue = Span(verb.start(), verb.end())
    if verb.start() == lead:
        following = _WORD.match(prose, verb.end() + len(prose[verb.end():hi])
                                - len(prose[verb.end():hi].lstrip()), hi)
        if following and fold(following.group()) in cues.openers:
            return None   # '" claimed that ...': the subject stands before the quote
        return subject_after(s, verb.end(), hi, cue)
    inverted = prose[lead:verb.start()].rstrip(" \t\u00a0").endswith(",")
    if inverted and _subject_follows(s, verb.end(), hi):
        # '« ... » l'activité, dans l'ouest, a indiqué jeudi la ministre': the subject after
        words = list(_WORD.finditer(prose, verb.end(), hi))
        start = words[1].start() if fold(words[0].group()) not in cues.determiners \
            and words[0].group()[0].islower() else verb.end()
        link = subject_after(s, start, hi, cue)
        if link is not None:
            return link
    link = _subject_after_quote(s, lead, cue)
    if link is None and inverted:
        # '« ... » qui peut contenir 12 000 personnes, a indiqué un porte-parole'
        link = subject_after(s, verb.end(), hi, cue)
    return link


def _subject_follows(s: Scene, start: int, end: int) -> bool:
    """A determiner or a name right after the verb (past one adverb: "a indiqué jeudi la
    ministre"): an inverted subject, not a complement ("said on Tuesday")."""
    words = _WORD.findall(s.document.prose, start, min(end, start + 60))[:2]
    if not words:
        return False
    determiner = lambda w: fold(regex.split(r"['’]", w)[0]) in s.cues.determiners  # noqa: E731
    if words[0][0].islower() and not determiner(words[0]):
        return len(words) > 1 and determiner(words[1])   # not "said on Tuesday"
    return determiner(words[0]) or words[0] not in s.cues.not_names


def _signature(s: Scene, lead: int, hi: int) -> Link | None:
    """A name right after a quote with no verb, as a signature: '"...," Ana Ruiz, an
    analyst.' (a person, or a name followed by an apposition with a role)."""
    prose = s.document.prose
    mentions = s.mentions_in(lead, lead + 1)
    if mentions and not prose[mentions[0].span.end:hi].strip(" \t\u00a0.") \
            or mentions and prose[mentions[0].span.end:mentions[0].span.end + 1] == ",":
        return _mention_link(mentions[0], None)
    name = _CAPITALS.match(prose, lead, hi)
    if name and prose[name.end():name.end() + 1] == "," \
            and s.role_word.search(prose, name.end(), hi) \
            and _name_chunk(s, name.start(), name.end()) is not None:
        return Link("", None, name.group(), Span(name.start(), name.end()))
    return None


def _subject_after_quote(s: Scene, lead: int, cue: Span) -> Link | None:
    """The subject before a verb after a quote, if it stands right after the quote."""
    prose, cues = s.document.prose, s.cues
    link = subject_before(s, lead, cue)
    if link is None:
        return None
    where = link.source_span
    if where is None:   # an unresolved pronoun: it must open the clause too
        return link if cues.pronoun.match(prose, lead) else None
    if link.person and where.start > lead + 2:
        where = next((m.name_span for m in s.mentions_in(lead, cue.start)
                      if m.person == link.person), where)
    return link if where.start - lead <= 2 or _opens(s, lead, where.start) else None


def _opens(s: Scene, lead: int, at: int) -> bool:
    """Only a determiner, title or role words stand between the quote and the subject."""
    words = _WORD.findall(s.document.prose, lead, at)
    return len(words) <= 4 and all(w[0].isupper() or fold(w) in s.cues.determiners for w in words)


def before_quote(s: Scene, lo: int, hi: int, *, sentence: bool = True,
                 floor: int | None = None) -> Link | None:
    """The reporting clause before a quote, in ``[lo, hi)``: its last reporting verb
    (or "according to") and that verb's subject. ``sentence``: the quote is a full
    sentence; ``floor``: where the quote before it ends, if any."""
    prose, cues = s.document.prose, s.cues
    verb = gerund = None
    for found in cues.verb.finditer(prose, lo, hi):
        if _gerund(s, found):
            gerund = found   # "en évoquant": the main clause's verb reports, if any
        elif not _passive(s, found):
            verb = found
    verb = verb or gerund
    according = None
    for according in cues.according.finditer(prose, lo, hi):
        pass
    if according is not None and (verb is None or according.start() > verb.start()):
        return subject_after(s, according.end(), hi, Span(according.start(), according.end()))
    if verb is None or weak_at(s, lo, hi, verb.start()):
        weak = weak_at(s, lo, hi, verb.start() if verb is not None else lo)
        if weak is not None:
            return weak
        if sentence and prose[lo:hi].rstrip(" \t\u00a0").endswith((":", ",")):
            return _colon_subject(s, lo, hi)   # 'X left this farewell, "..."'
        return None
    if verb is gerund and floor is not None and not s.mentions_in(floor, verb.start()):
        return None   # '» le grand reporter, en évoquant « ... »': the clause before reports
    if not sentence and any(fold(w) in cues.relatives for w in _WORD.findall(prose, verb.end(), hi)):
        return None   # 'X claims that ..., which barred Y from using the "Apple" name'
    gap = prose[lo:verb.start()]
    if floor is not None and not prose[floor:verb.start()].strip(" \t\u00a0,.«»“”\"‘’"):
        return None   # '», explique X, bénévole au « ... »': the verb reports the quote before
    if not sentence and fold(verb.group()) in cues.naming \
            and all(w[-1] in "'’" for w in _WORD.findall(prose, verb.end(), hi)):
        return None   # 'The plan, called "Way Forward"': a verb that names, no speech
    cue = Span(verb.start(), verb.end())
    # a reporting clause whose subject this reading cannot find still attributes the quote
    return subject_before(s, lo, cue) or Link("", cue, "", None)


def sentence_subject(s: Scene, lo: int, hi: int) -> Link | None:
    """The subject opening the clause ``[lo, hi)``: a pronoun, a person mention, or a
    noun phrase with a role ("la porte-parole de la fédération"); for a quote right after
    a sentence about someone ('Senator X issued a statement. "..."')."""
    prose = s.document.prose
    chunks = _chunks(prose, lo, hi, s.cues)
    while len(chunks) > 1 and _adverbial(s, *chunks[0]):
        chunks = chunks[1:]   # "Pour terminer, la porte-parole ...", "However, she ..."
    if not chunks:
        return None
    start, end = chunks[0]
    at = start + len(prose[start:end]) - len(prose[start:end].lstrip())
    found = s.cues.pronoun.match(prose, at, end)
    if found:
        return pronoun_link(s, found.start(), found.end(), None)
    for m in s.mentions_in(start, end):
        if _subject_position(s, m):
            return _mention_link(m, None)
    span = _phrase(prose, start, end, s.cues, cut=True)
    if span is not None and s.role_word.search(prose, span.start, span.end):
        words = list(_WORD.finditer(prose, span.start, span.end))
        head = next((i for i, w in enumerate(words)
                     if (found := s.role_word.search(w.group())) and found.group() == w.group()), None)
        if head is not None:
            last = words[min(len(words) - 1, head + 3)]
            return _phrase_link(prose, Span(span.start, last.end()), None)
    return None


def _adverbial(s: Scene, start: int, end: int) -> bool:
    """A short chunk opening a sentence that holds no subject ("Pour terminer", "On
    Monday", "However"): its first word never opens a name and it names nobody."""
    words = _WORD.findall(s.document.prose, start, end)
    return 0 < len(words) <= 4 and words[0] in s.cues.not_names \
        and not s.cues.pronoun.fullmatch(words[0]) and not s.mentions_in(start, end)


def _colon_subject(s: Scene, lo: int, hi: int) -> Link | None:
    """'X spoke about the incident: "..."' with no reporting verb: the clause's subject
    (its first person mention not in object position, or its opening phrase)."""
    prose = s.document.prose
    for m in s.mentions_in(lo, hi):
        if not _object(s, m, lo):
            return _mention_link(m, None)
    chunks = _chunks(prose, lo, hi, s.cues)
    if not chunks:
        return None
    found = s.cues.pronoun.match(prose, chunks[0][0] + len(prose[chunks[0][0]:chunks[0][1]])
                                 - len(prose[chunks[0][0]:chunks[0][1]].lstrip()))
    if found:
        return pronoun_link(s, found.start(), found.end(), None)
    return sentence_subject(s, lo, hi)


def weak_at(s: Scene, lo: int, hi: int, after: int) -> Link | None:
    """'Pour Ana Ruiz, « ... »', 'For Ana Ruiz, "..."': a word that names a source only
    when a person follows it, then a comma, at or after ``after``."""
    prose = s.document.prose
    for found in s.cues.weak_according.finditer(prose, max(lo, after), hi):
        mentions = s.mentions_in(found.end(), found.end() + 12)
        if mentions:
            m = mentions[0]
            if not prose[found.end():m.span.start].strip() and \
                    prose[m.span.end:m.span.end + 1] == ",":
                return _mention_link(m, Span(found.start(), found.end()))
    return None
