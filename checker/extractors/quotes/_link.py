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

from ...speedups import pattern_cache
from ...spans import Span
from ..people._patterns import fold_word as fold
from ._pronouns import pronoun_link, subject_position
from ._scene import (APOSTROPHE, BOUNDARY, CAPITALS, TRAILING_CAPITALS, WORD, Link, Scene, adverbial, clause_chunks, is_object, mention_link, name_chunk, phrase, phrase_link, quantifier)

CLAUSE_WINDOW = 240          # how far a reporting clause may reach from its quote
# a signature after a quote: "— Ana Ruiz", "(Ana Ruiz, mayor)"
_DASH_NAME = pattern_cache.compile(
    r"[ \t\u00a0,.]*(?:[—–―][ \t\u00a0]*(?=\p{Lu})|\((?=\p{Lu}[^()]*[,)]))")


def subject_before(s: Scene, lo: int, verb: Span) -> Link | None:
    """The subject of the verb at ``verb`` in the clause ``[lo, verb.start)``."""
    prose, cues = s.document.prose, s.cues
    found = cues.pronoun_end.search(prose, lo, verb.start)
    if found:
        return pronoun_link(s, found.start("pron"), found.end("pron"), verb)
    if _coordinated_verb(s, lo, verb):
        return _coordinated(s, lo, verb)   # "X a condamné le crime et estimé que"
    if _participle(s, lo, verb):
        absolute = _absolute_subject(s, lo, verb)
        if absolute is not None:
            return absolute   # "..., with one resident saying": the phrase after "with"
        link = _coordinated(s, lo, verb)   # "X pointed out that ..., suggesting"
        if link is not None:
            return link
    chunks = clause_chunks(prose, lo, verb.start, cues)
    between = prose[chunks[-1][1]:verb.start].strip(" \t\u00a0") if chunks else "x"
    if between == ",":
        # "Marek Olsen, a firefighter at the station, said": an apposition closes before
        # the verb; the subject opens the chain of commas
        for m in s.mentions_in(lo, verb.start):
            if not is_object(s, m, lo):
                return mention_link(m, verb)
        for start, end in chunks:
            named = name_chunk(s, start, end)
            if named is not None:
                return phrase_link(prose, named, verb)
    last = chunks[-1] if chunks and not between.strip(",") else None
    if last is not None and fold(prose[last[0]:last[1]].strip()) in cues.relatives:
        if len(chunks) > 1 and not prose[chunks[-2][1]:last[0]].strip() \
                and not s.mentions_in(*chunks[-2]):
            # "approuvée par la Commission européenne qui regrette": no comma, the noun
            # phrase right before the relative pronoun is its antecedent
            antecedent = _last_noun_phrase(s, *chunks[-2])
            if antecedent is not None:
                return phrase_link(prose, antecedent, verb)
        # "X, a lawyer at Y, who said": the name before the apposition
        for start, end in reversed(chunks[:-1]):
            inside = s.mentions_in(start, end)
            if inside:
                return mention_link(inside[-1], verb)
            tail = TRAILING_CAPITALS.search(prose, start, end)
            if tail and not fold(prose[start:end].strip().split()[0]) in cues.determiners:
                span = Span(tail.start(), tail.start() + len(tail.group().rstrip()))
                return phrase_link(prose, span, verb)
        return None
    if last is not None:
        role = _role_apposition(s, chunks)
        if role is not None:
            # "Ana Ruiz, chair of Local 12, Steel Workers union said": the name the chain
            # of appositions describes
            named = s.mentions_in(*chunks[role - 1]) or ()
            span = name_chunk(s, *chunks[role - 1]) if not named else None
            if named or span is not None:
                return mention_link(named[0], verb) if named else phrase_link(prose, span, verb)
        inside = [m for m in s.mentions_in(*last) if not is_object(s, m, last[0])]
        if inside:
            return mention_link(inside[0], verb)
        span = phrase(prose, *last, cues)
        if span is not None and len(chunks) > 1 and (not prose[span.start].isupper()
                                                     or _starts_with_role(s, span)):
            # "Marek Olsen, a firefighter, said", "X, president and CEO of Y said": the
            # name before its apposition
            for m in s.mentions_in(lo, last[0]):
                if not is_object(s, m, lo):
                    return mention_link(m, verb)
            named = name_chunk(s, *chunks[-2])
            if named is not None and prose[chunks[-2][1]:last[0]].strip() in (",", ""):
                span = named
        link = phrase_link(prose, span, verb)
        if link is not None:
            return link
    for m in s.mentions_in(lo, verb.start):
        if not is_object(s, m, lo):
            return mention_link(m, verb)
    if chunks and chunks[0][0] - lo <= 2:
        # "He pointed to ..., but stated that": the sentence's subject
        head = prose[chunks[0][0]:chunks[0][1]]
        found = cues.pronoun.match(prose, chunks[0][0] + len(head) - len(head.lstrip()))
        if found:
            return pronoun_link(s, found.start(), found.end(), verb)
    for start, end in reversed(chunks[:-1] if last is not None else chunks):
        if start > lo and not BOUNDARY.match(prose, start - 1):
            continue   # a chunk after "that" or "as" is a subordinate clause, no subject
        link = phrase_link(prose, phrase(prose, start, end, cues), verb)
        if link is not None:
            return link
    return None


def _role_apposition(s: Scene, chunks: list[tuple[int, int]]) -> int | None:
    """The index of a chunk between the first and the last that opens with a role after
    a comma ("Ana Ruiz, chair of Local 12, Steel Workers union said"): the chain is the
    apposition of the name before it, and its last chunk is no subject; or None."""
    prose = s.document.prose
    for i in range(1, len(chunks) - 1):
        start, end = chunks[i]
        if prose[chunks[i - 1][1]:start].strip() != ",":
            continue
        words = WORD.findall(prose, start, end)
        if words and (_is_role(s, words[0]) or len(words) > 1 and _is_role(s, words[1])
                      and fold(words[0]) in s.cues.determiners):
            return i
    return None


def _last_noun_phrase(s: Scene, start: int, end: int) -> Span | None:
    """The last noun phrase of ``[start, end)`` opened by a determiner, if short and
    holding a capitalised word or a role ("la Commission européenne", "le maire")."""
    words = list(WORD.finditer(s.document.prose, start, end))
    for i in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if fold(words[i].group()) in s.cues.determiners and i + 1 < len(words):
            rest = words[i + 1:]
            if any(w.group()[0].isupper() or _is_role(s, w.group()) for w in rest):
                return Span(words[i].start(), words[-1].end())
    return None


def _clitic_before(s: Scene, lo: int, verb: Span) -> bool:
    """Only an object pronoun stands between the clause opener and the verb ("comme le
    précise"): no subject there, it follows the verb."""
    chunks = clause_chunks(s.document.prose, lo, verb.start, s.cues)
    if not chunks or s.document.prose[chunks[-1][1]:verb.start].strip():
        return False
    words = WORD.findall(s.document.prose, *chunks[-1])
    return bool(words) and all(fold(w.rstrip("'’")) in s.cues.determiners for w in words)


def _coordinated_verb(s: Scene, lo: int, verb: Span) -> bool:
    """The verb follows "and" / "et": it shares the subject of the verb before it."""
    before = WORD.findall(s.document.prose, max(lo, verb.start - 12), verb.start)
    return bool(before) and fold(before[-1]) in s.cues.coordinators


def _participle(s: Scene, lo: int, verb: Span) -> bool:
    """The verb is a present participle after a comma ("..., suggesting") or in an
    absolute construction ("with one resident saying"): it has no subject of its own."""
    prose = s.document.prose
    word = prose[verb.start:verb.end]
    if " " in word or not word.endswith(s.cues.participle_suffixes):
        return False
    return prose[lo:verb.start].rstrip(" \t\u00a0").endswith(",") \
        or _absolute_opener(s, lo, verb) is not None


def _absolute_opener(s: Scene, lo: int, verb: Span):
    """The word opening an absolute construction that ends right before the verb ("with"
    in "with one resident saying"), or None."""
    prose = s.document.prose
    chunks = clause_chunks(prose, lo, verb.start, s.cues)
    if not chunks or prose[chunks[-1][1]:verb.start].strip():
        return None
    start, end = chunks[-1]
    first = WORD.match(prose, start + len(prose[start:end]) - len(prose[start:end].lstrip()))
    return first if first is not None and fold(first.group()) in s.cues.absolute else None


def _absolute_subject(s: Scene, lo: int, verb: Span) -> Link | None:
    """The noun phrase between "with" and the participle ("with one poster writing")."""
    opener = _absolute_opener(s, lo, verb)
    if opener is None:
        return None
    for m in s.mentions_in(opener.end(), verb.start):
        return mention_link(m, verb)
    prose = s.document.prose
    return phrase_link(prose, phrase(prose, opener.end(), verb.start, s.cues), verb)


def _coordinated(s: Scene, lo: int, verb: Span) -> Link | None:
    """The subject of a verb coordinated with an earlier one ("X condemned it and said"):
    the clause's, a pronoun opening it, its first person in subject position, or the noun
    phrase opening it."""
    prose = s.document.prose
    chunks = clause_chunks(prose, lo, verb.start, s.cues)
    while len(chunks) > 1 and adverbial(s, *chunks[0]):
        chunks = chunks[1:]
    if not chunks:
        return None
    start, end = chunks[0]
    text = prose[start:end]
    found = s.cues.pronoun.match(prose, start + len(text) - len(text.lstrip()))
    if found:
        return pronoun_link(s, found.start(), found.end(), verb)
    for m in s.mentions_in(lo, verb.start):
        if not is_object(s, m, lo):
            return mention_link(m, verb)
    index = s.document.sentence_index(start)
    if index is None or prose[s.document.sentences[index].start:start].strip(" \t\u00a0-—–"):
        return None   # the clause opens before the window (before an earlier quote)
    for word in WORD.finditer(prose, start, end):   # the phrase up to its verb
        if fold(word.group()) in s.cues.auxiliaries or s.cues.verb.fullmatch(word.group()):
            end = word.start()
            break
    return phrase_link(prose, phrase(prose, start, end, s.cues), verb)


def subject_after(s: Scene, start: int, end: int, cue: Span) -> Link | None:
    """The subject after an inverted verb or "according to": '" said Smith', 'selon lui',
    'according to the prosecutor, Ana Ruiz,' (the name in apposition wins)."""
    prose, cues = s.document.prose, s.cues
    end = min(end, start + 100)
    at = start
    while at < end and prose[at] in " \t\u00a0":
        at += 1
    word = WORD.match(prose, at, end)
    owned = None   # "said her neighbour": the possessive phrase up to its role noun
    if word and (cues.pronoun.fullmatch(word.group()) or fold(word.group()) in cues.male
                 or fold(word.group()) in cues.female):
        role = _owned_role(s, word.end(), end)
        if role is None:
            return pronoun_link(s, word.start(), word.end(), cue)
        owned = Span(word.start(), role)
    chunks = clause_chunks(prose, start, end, cues)
    if not chunks:
        return None
    mentions = s.mentions_in(*chunks[0])
    if mentions:
        return mention_link(mentions[0], cue)
    first = WORD.match(prose, chunks[0][0] + len(prose[chunks[0][0]:chunks[0][1]])
                        - len(prose[chunks[0][0]:chunks[0][1]].lstrip()))
    if first and first.group()[0].islower() and fold(APOSTROPHE.split(first.group())[0]) \
            not in cues.determiners:
        # "a expliqué à la presse Ana Ruiz": a complement, then the name
        tail = TRAILING_CAPITALS.search(prose, *chunks[0])
        if tail:
            end = tail.start() + len(tail.group().rstrip())
            return phrase_link(prose, Span(tail.start(), end), cue)
        # "a indiqué à l'AFP une source au ministère": past the complement, a determiner
        # opens the subject
        later = next((w for w in list(WORD.finditer(prose, *chunks[0]))[2:5]
                      if fold(w.group()) in cues.determiners), None)
        if later is not None:
            return phrase_link(prose, phrase(prose, later.start(), chunks[0][1], cues,
                                             cut=True), cue)
    apposed = _apposed(s, chunks)
    if apposed is not None:
        return mention_link(apposed, cue)
    span = phrase(prose, *chunks[0], cues, cut=True) or owned
    if span is not None and s.role_word.search(prose, span.start, span.end):
        # "said the vice president and chairman of Chrysler Jim Press": the name closing it
        for start, stop in chunks[1:3]:
            named = s.mentions_in(start, stop)
            if named:
                return mention_link(named[-1], cue)
            tail = TRAILING_CAPITALS.search(prose, start, stop)
            if tail and len(tail.group().split()) >= 2 and tail.group().split()[0] \
                    not in cues.not_names:
                written = tail.group().rstrip()
                if written.endswith(".") and written[-2:-1].islower():
                    written = written[:-1]   # "Jim Press." closing the sentence
                return phrase_link(prose, Span(tail.start(), tail.start() + len(written)), cue)
            if prose[stop:stop + 1] in ".;:":
                break
    return phrase_link(prose, _role_phrase(s, span), cue)


def _owned_role(s: Scene, start: int, end: int) -> int | None:
    """Where the role noun ends that follows the pronoun at once, or past one lower-case
    word ("said her neighbour, Paul Hebert", "according to her former lawyer"), or None:
    the pronoun is then a possessive determiner ("her" is both in English), and the
    speaker is the role's holder, not the one the pronoun stands for."""
    words = list(WORD.finditer(s.document.prose, start, end))[:2]
    if not words or s.document.prose[start:words[0].start()].strip(" \t\u00a0"):
        return None   # "according to her, the plan ...": a pronoun, then punctuation
    for word in words:
        if not word.group()[0].islower():
            return None
        if _is_role(s, word.group().rstrip(".")):
            return word.start() + len(word.group().rstrip("."))
    return None


def _apposed(s: Scene, chunks: list[tuple[int, int]]):
    """The person mention opening the second chunk right after a comma closing the first
    ("the prosecutor, Ana Ruiz,", « le trésorier de la ville, Owen Tully, »): a name in
    apposition to the phrase before it, or None."""
    prose = s.document.prose
    if len(chunks) > 1 and chunks[1][0] - chunks[0][1] <= 2 and prose[chunks[0][1]] == ",":
        named = s.mentions_in(*chunks[1])
        if named and named[0].span.start - chunks[1][0] <= 2:
            return named[0]
    return None


def _role_phrase(s: Scene, span: Span | None) -> Span | None:
    """A phrase cut after its role noun and a few words ("la porte-parole de la fédération
    à une question" -> "la porte-parole de la fédération")."""
    if span is None:
        return None
    words = list(WORD.finditer(s.document.prose, span.start, span.end))
    head = next((i for i, w in enumerate(words) if _is_role(s, w.group())), None)
    if head is None or len(words) > 1 and words[-1].group()[0].isupper() \
            and words[-2].group()[0].isupper():
        return span   # "le directeur du site X Ana Ruiz": the name closes it
    return Span(span.start, words[min(len(words) - 1, head + 3)].end())


def _gerund(s: Scene, verb) -> bool:
    """The verb is a gerund ("en évoquant"): its subject is the main clause's, no
    reporting clause of its own."""
    before = WORD.findall(s.document.prose, max(0, verb.start() - 12), verb.start())
    return bool(before) and fold(before[-1]) in s.cues.gerunds


def _passive(s: Scene, verb) -> bool:
    """The verb is a participle after "is"/"est" ("is claimed to be"): nobody reports."""
    before = WORD.findall(s.document.prose, max(0, verb.start() - 30), verb.start())
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
            return mention_link(mentions[0], Span(dash.start(), at))
        name = CAPITALS.match(prose, at, hi)
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
    end = min(hi, lead + 120)
    verb = cues.verb.search(prose, lead, end) \
        if cues.verb_gate.verdict(prose[lead:end]) is not False else None
    if verb is None:
        return _signature(s, lead, hi)
    if _passive(s, verb) or _gerund(s, verb):
        return None
    cue = Span(verb.start(), verb.end())
    if verb.start() == lead:
        following = WORD.match(prose, verb.end() + len(prose[verb.end():hi])
                                - len(prose[verb.end():hi].lstrip()), hi)
        if following and fold(following.group()) in cues.openers:
            return None   # '" claimed that ...': the subject stands before the quote
        return subject_after(s, verb.end(), hi, cue)
    inverted = prose[lead:verb.start()].rstrip(" \t\u00a0").endswith(",") \
        and not _name_opens(s, lead, verb.start())   # '"...," Ruiz, a Democrat, told CNN'
    if inverted and _subject_follows(s, verb.end(), hi):
        # '« ... » l'activité, dans l'ouest, a indiqué jeudi la ministre': the subject after
        words = list(WORD.finditer(prose, verb.end(), hi))
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


def _name_opens(s: Scene, lead: int, end: int) -> bool:
    """A person, or a name closed by a comma, right after the quote: the subject of the
    verb after its apposition, not an inversion."""
    if s.mentions_in(lead, lead + 1):
        return True
    name = CAPITALS.match(s.document.prose, lead, end)
    return name is not None and s.document.prose[name.end():name.end() + 1] == "," \
        and name_chunk(s, name.start(), name.end()) is not None


def _subject_follows(s: Scene, start: int, end: int) -> bool:
    """A determiner or a name right after the verb (past one adverb: "a indiqué jeudi la
    ministre"): an inverted subject, not a complement ("said on Tuesday")."""
    words = WORD.findall(s.document.prose, start, min(end, start + 60))[:2]
    if not words:
        return False
    determiner = lambda w: fold(APOSTROPHE.split(w)[0]) in s.cues.determiners  # noqa: E731
    if fold(words[0]) in s.cues.openers:
        return False   # "suggested that the markets": a clause, not a subject
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
        return mention_link(mentions[0], None)
    name = CAPITALS.match(prose, lead, hi)
    if name and prose[name.end():name.end() + 1] == "," \
            and s.role_word.search(prose, name.end(), hi) \
            and name_chunk(s, name.start(), name.end()) is not None:
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
    text = s.document.prose[lead:at]
    words = WORD.findall(text)
    if s.role_before.search(text):   # '"...," team member Ana Ruiz told the press'
        return len(words) <= 4
    return len(words) <= 4 and all(w[0].isupper() or fold(w) in s.cues.determiners for w in words)


def before_quote(s: Scene, lo: int, hi: int, *, sentence: bool = True,
                 floor: int | None = None, long: bool = False) -> Link | None:
    """The reporting clause before a quote, in ``[lo, hi)``: its last reporting verb
    (or "according to") and that verb's subject. ``sentence``: the quote is a full
    sentence; ``floor``: where the quote before it ends, if any; ``long``: six words or
    more, speech even when it opens in lower case ('X invited them, "we have always ...')."""
    prose, cues = s.document.prose, s.cues
    verb = gerund = None
    maybe = cues.verb_gate.verdict(prose[lo:hi]) is not False   # most windows hold none
    for found in cues.verb.finditer(prose, lo, hi) if maybe else ():
        if _gerund(s, found):
            gerund = found   # "en évoquant": the main clause's verb reports, if any
        elif not _passive(s, found):
            verb = found
    verb = verb or gerund
    if not sentence and _named(s, lo, hi):
        return None   # 'the robot, named "Bright Idea"': a verb that names, no speech
    according = None
    for according in cues.according.finditer(prose, lo, hi):
        pass
    if according is not None and (verb is None or according.start() > verb.start()):
        if not BOUNDARY.search(prose, according.end(), hi):
            return None   # 'Selon un rapport sur « Les revenus »': the quote is in the source
        return subject_after(s, according.end(), hi, Span(according.start(), according.end()))
    if verb is None or weak_at(s, lo, hi, verb.start()):
        weak = weak_at(s, lo, hi, verb.start() if verb is not None else lo)
        if weak is not None:
            return weak
        if (sentence or long) and prose[lo:hi].rstrip(" \t\u00a0").endswith((":", ",")):
            return _colon_subject(s, lo, hi)   # 'X left this farewell, "..."'
        return None
    if verb is gerund and floor is not None and not s.mentions_in(floor, verb.start()):
        return None   # '» le grand reporter, en évoquant « ... »': the clause before reports
    if not sentence and any(fold(w) in cues.relatives for w in WORD.findall(prose, verb.end(), hi)):
        return None   # 'X claims that ..., which barred Y from using the "Apple" name'
    if floor is not None and not prose[floor:verb.start()].strip(" \t\u00a0,.«»“”\"‘’"):
        return None   # '», explique X, bénévole au « ... »': the verb reports the quote before
    cue = Span(verb.start(), verb.end())
    link = None
    if _clitic_before(s, lo, cue) and _subject_follows(s, verb.end(), hi):
        link = subject_after(s, verb.end(), hi, cue)   # "comme le précise X : « ... »"
    link = link or subject_before(s, lo, cue)
    if link is None and not _coordinated_verb(s, lo, cue) and _subject_follows(s, verb.end(), hi):
        link = subject_after(s, verb.end(), hi, cue)   # "comme le précise X : « ... »"
    # a reporting clause whose subject this reading cannot find still attributes the quote
    return link or Link("", cue, "", None)


def sentence_subject(s: Scene, lo: int, hi: int, *, places: bool = True) -> Link | None:
    """The subject opening the clause ``[lo, hi)``: a pronoun, a person mention, or a
    noun phrase with a role ("la porte-parole de la fédération"); for a quote right after
    a sentence about someone ('Senator X issued a statement. "..."'). Without ``places``,
    a name with no personal cue that reads as a place's is nobody ("Hollin Quarry was
    worked for limestone": a sentence that reports nothing makes no place a speaker)."""
    prose = s.document.prose
    chunks = clause_chunks(prose, lo, hi, s.cues)
    if chunks:   # "For the mayor, the answer is simple." then the quote
        first, stop = chunks[0]
        first += len(prose[first:stop]) - len(prose[first:stop].lstrip())
        weak = weak_at(s, first, stop + 1, first) \
            if s.cues.weak_according.match(prose, first) else None
        if weak is not None:
            return weak
    while len(chunks) > 1 and adverbial(s, *chunks[0]):
        chunks = chunks[1:]   # "Pour terminer, la porte-parole ...", "However, she ..."
    if not chunks:
        return None
    start, end = chunks[0]
    at = start + len(prose[start:end]) - len(prose[start:end].lstrip())
    found = s.cues.pronoun.match(prose, at, end)
    if found:
        return pronoun_link(s, found.start(), found.end(), None)
    for m in s.mentions_in(start, end):
        if subject_position(s, m):
            return mention_link(m, None)
    span = phrase(prose, start, end, s.cues, cut=True)
    if span is not None and s.role_word.search(prose, span.start, span.end):
        # "Le trésorier de la ville, Owen Tully, a visité": the name in apposition
        apposed = _apposed(s, chunks)
        if apposed is not None:
            return mention_link(apposed, None)
        return phrase_link(prose, _role_phrase(s, span), None)
    name = _opening_name(s, at, end)
    if name is not None and not places and _place_name(s, name):
        name = None
    return phrase_link(prose, _organisation(s, at, end) or name, None)


def _organisation(s: Scene, at: int, end: int) -> Span | None:
    """A noun phrase headed by a noun of organisations or of a group of people opening
    the clause ("The health ministry issued ...", "Le ministère de la Santé a publié ...",
    "The nurses remember ..."), up to its complement's last capitalised word."""
    words = list(WORD.finditer(s.document.prose, at, end))[:8]
    cues = s.cues
    heads = cues.org_nouns | cues.groups
    for i, word in enumerate(words[:4]):
        if quantifier(word.group(), cues):
            continue   # "D'autres économistes": the noun follows
        if fold(word.group()) in heads:
            break
        if fold(APOSTROPHE.split(word.group())[-1]) in heads:
            break   # "l'agence"
        if i == 0 and fold(APOSTROPHE.split(word.group())[0]) not in cues.determiners \
                and not quantifier(word.group(), cues):
            return None   # neither "The", "Les" nor "Other", "D'autres" 
    else:
        return None
    last = i
    for j in range(i + 1, len(words)):
        w = words[j].group()
        if w[0].isupper():
            last = j
        elif not (fold(w) in cues.complements or fold(APOSTROPHE.split(w)[0]) in cues.determiners):
            break
    return Span(words[0].start(), words[last].end())


def _opening_name(s: Scene, at: int, end: int) -> Span | None:
    """A name opening the clause: two capitalised words or more ("Ana Ruiz was furious"),
    or one after a determiner ("The Kremlin", "L'Élysée"), which the people extractor
    may have kept for want of a cue."""
    name = CAPITALS.match(s.document.prose, at, end)
    if name is None:
        return None
    words = name.group().split()
    first = APOSTROPHE.split(words[0])
    determiner = fold(first[0]) in s.cues.determiners
    if not (len(words) >= 2 and (determiner or words[0] not in s.cues.not_names)
            or determiner and len(first) > 1 and first[-1][:1].isupper()):
        return None
    if any(w.rstrip(".") in s.cues.not_names and not fold(w) in s.cues.determiners
           for w in words[1:]):
        return None
    return Span(name.start(), name.start() + len(name.group().rstrip()))


def _place_name(s: Scene, name: Span) -> bool:
    """The name reads as a place's or a thing's: one of its words is a noun of places
    ("Hollin Quarry", « Pont Neuf ») or a word the story also writes in lower case, as a
    common noun ("Hollin Quarry" ... "the quarry covers 40 hectares"). A person's name
    has neither. The first word of a name that opens with no determiner may be a given
    name that is also a common word ("Rose", « Pierre »): only a noun of places counts
    there."""
    prose = s.document.prose
    words = list(WORD.finditer(prose, name.start, name.end))
    given = bool(words) and fold(APOSTROPHE.split(words[0].group())[0]) not in s.cues.determiners
    for i, word in enumerate(words):
        key = fold(APOSTROPHE.split(word.group())[-1])
        if key in s.cues.places:
            return True
        lower = APOSTROPHE.split(word.group())[-1].lower()
        if not (i == 0 and given) and len(lower) > 3 and key not in s.cues.determiners \
                and _written_lower(prose, lower):
            return True
    return False


def _written_lower(prose: str, word: str) -> bool:
    """``word`` (in lower case) stands in ``prose`` as a whole word, in lower case."""
    at = prose.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and prose[at - 1].isalpha()) and not prose[end:end + 1].isalpha():
            return True
        at = prose.find(word, at + 1)
    return False


def _named(s: Scene, lo: int, hi: int) -> bool:
    """A naming verb right before the quote ('The plan, called "Way Forward"', 'qualifiés
    d'« officiers »'): the quote is a name, not speech."""
    words = WORD.findall(s.document.prose, max(lo, hi - 40), hi)
    while words and words[-1][-1] in "'’":
        words.pop()
    return bool(words) and fold(words[-1]) in s.cues.naming


def _starts_with_role(s: Scene, span: Span) -> bool:
    first = WORD.match(s.document.prose, span.start, span.end)
    return first is not None and _is_role(s, first.group())


def _is_role(s: Scene, word: str) -> bool:
    found = s.role_word.search(word)
    return found is not None and found.group() == word


def _colon_subject(s: Scene, lo: int, hi: int) -> Link | None:
    """'X spoke about the incident: "..."' with no reporting verb: the clause's subject
    (its first person mention not in object position, or its opening phrase)."""
    prose = s.document.prose
    for m in s.mentions_in(lo, hi):
        if not is_object(s, m, lo):
            return mention_link(m, None)
    chunks = clause_chunks(prose, lo, hi, s.cues)
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
        mentions = s.mentions_in(found.end(), found.end() + 60)
        if mentions:
            m = mentions[0]
            if _role_only(s, prose[found.end():m.span.start]) and \
                    prose[m.span.end:m.span.end + 1] == ",":
                return mention_link(m, Span(found.start(), found.end()))
        name = CAPITALS.match(prose, found.end(), hi)
        if name and prose[name.end():name.end() + 1] == "," and len(name.group().split()) >= 2 \
                and name_chunk(s, *name.span()) is not None:
            return Link("", Span(found.start(), found.end()), name.group(), Span(*name.span()))
        role = _definite_role(s, found.end(), hi)
        if role is not None:   # "Pour le maire, ...", "For the mayor, ..."
            return phrase_link(prose, role, Span(found.start(), found.end()))
    return None


def _definite_role(s: Scene, start: int, hi: int) -> Span | None:
    """A definite determiner and a role noun, with at most a short complement, closed by
    a comma ("le maire,", "the party's leader,", "la ministre de la Santé,")."""
    prose = s.document.prose
    comma = prose.find(",", start, min(hi, start + 60))
    if comma == -1:
        return None
    words = WORD.findall(prose, start, comma)
    if not 2 <= len(words) <= 5 or fold(APOSTROPHE.split(words[0])[0]) not in s.cues.definite \
            or not any(_is_role(s, w) for w in words[1:3]):
        return None
    return Span(start + len(prose[start:comma]) - len(prose[start:comma].lstrip()), comma)


def _role_only(s: Scene, text: str) -> bool:
    """Nothing, or only a determiner and a role, between "for" / "pour" and a name ("Pour
    le ministre Paul Verdier,"): the name is still the source."""
    words = WORD.findall(text)
    if not words:
        return True
    return len(words) <= 5 and (bool(s.role_before.search(text))
                                or all(fold(w) in s.cues.determiners for w in words))
