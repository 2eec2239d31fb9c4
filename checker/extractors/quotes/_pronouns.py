"""Pronouns in reporting clauses ("he said", "a-t-elle ajouté", "selon lui"): the last
named speaker before them whose gender does not contradict them.

Candidates, latest first: a person mention that is its clause's subject (not "... met
Ana Ruiz"), the named speaker of an earlier quote (a person, an organisation, an unnamed
speaker with a role: "a spokesman"), or the name opening one of the sentences just
before, which the people extractor may have kept no cue for.
"""
from __future__ import annotations

import bisect

from ...spans import Span
from ..people import written_lower
from ..people._patterns import fold_word as fold
from ._scene import APOSTROPHE, CAPITALS, WORD, Link, Scene, adverbial, clause_chunks, group_word, phrase

def resolve(s: Scene, before: int, pronoun: str) -> Link | None:
    """The last named speaker before ``before`` whose gender fits ``pronoun``: a person
    mention that is its clause's subject ("Ana Ruiz said ...", not "... met Ana Ruiz"),
    or the named speaker of an earlier quote; failing both, the last person the story
    shows to be of the pronoun's gender, in any position, in the sentences just before
    ("... met Jordan Pike, the council's spokesman. 'It will reopen,' he said")."""
    key = fold(pronoun)
    if key in s.cues.plural:
        return _plural_antecedent(s, before)   # "they said": a group, never one person
    gender = "m" if key in s.cues.male else "f" if key in s.cues.female else ""
    genders = _genders(s, before) if gender else {}
    fits = lambda m: genders.get(m.person, gender) == gender  # noqa: E731
    earlier = s.mentions[:bisect.bisect_left(s.starts, before)]
    mention = None
    for m in reversed(earlier):
        if fits(m) and subject_position(s, m):
            mention = m
            break
    named = None
    for link in reversed(s.named):
        if link.source_span is not None and link.source_span.end <= before:
            if link.person and genders.get(link.person, gender) == gender \
                    or not link.person and not (gender and _organisation(s, link.source)) \
                    and _written_gender(s, link.source) in ("", gender):
                named = link
                break
    # a name opening a sentence before wins only when it starts after both of them
    floor = max(mention.name_span.start if mention else -1,
                named.source_span.start if named else -1)
    subject = _named_subject(s, before, floor)
    where = subject.source_span if subject is not None else None
    if where is not None and not all(fits(m) for m in s.mentions_in(where.start, where.end)):
        subject = None   # "Robin Hale, a mother of three, ..." for a "he"
    if subject is not None and gender and _written_gender(s, subject.source) not in ("", gender):
        subject = None   # "Councilwoman Ana Ruiz" for a "he"
    # the latest of the three: a subject mention, an earlier quote's speaker, a name
    # opening a sentence just before
    found = [link for link in (
        Link(mention.person, None, mention.name, mention.name_span) if mention else None,
        named, subject) if link is not None]
    if found:
        latest = max(found, key=lambda link: link.source_span.start)
        return _named_since(s, before, gender, genders, earlier, latest) or latest
    if gender:   # in the pronoun's sentence or the two before it ("il" may be a thing)
        index = s.document.sentence_index(before)
        floor = s.document.sentences[max(0, index - 2)].start if index is not None else before
        known = next((m for m in reversed(earlier)
                      if m.span.start >= floor and genders.get(m.person) == gender), None)
        if known is not None:
            return Link(known.person, None, known.name, known.name_span)
    return None


def _named_since(s: Scene, before: int, gender: str, genders: dict[str, str], earlier,
                 latest: Link) -> Link | None:
    """A person named, in any position, since the latest speaker when the story shows
    that speaker to be of the other gender than ``gender`` and ``latest`` (the candidate
    found) stands before them with no gender known. A "she" after Tom Avery's '"...," he
    said' skips him; going back to someone the story never gave a gender ('"...," Pike
    said' two paragraphs up) is a guess, when a person named since Avery spoke, of no
    other gender ("The bakery of Claire Morel closed in May."), is the one the reader
    expects. None when there is no such person (Pike is then the only one left)."""
    if not gender or genders.get(latest.person) == gender \
            or not latest.person and _written_gender(s, latest.source) == gender:
        return None
    speaker = next((link for link in reversed(s.named)
                    if link.source_span is not None and link.source_span.end <= before), None)
    if speaker is None or not speaker.person or genders.get(speaker.person, gender) == gender \
            or latest.source_span.start >= speaker.source_span.start:
        return None
    since = next((m for m in reversed(earlier) if m.span.start > speaker.source_span.end
                  and genders.get(m.person, gender) == gender), None)
    return Link(since.person, None, since.name, since.name_span) if since else None


def _genders(s: Scene, before: int) -> dict[str, str]:
    """Each person's gender as the story shows it before ``before``: its role nouns and
    titles (``_roles``), and, for a person they leave unknown, the gendered pronoun an
    earlier quote's speaker was resolved from ('"...," he said' for Tom Avery): a story
    that called someone "he" does not call them "she" next. Both pronouns for one person
    leave the gender unknown."""
    genders = s.roles().genders
    said: dict[str, set[str]] = {}
    for link in s.named:
        if link.source_span is None or link.source_span.start >= before or not link.person \
                or link.person in genders:
            continue
        key = fold(link.source)
        gender = "m" if key in s.cues.male else "f" if key in s.cues.female else ""
        if gender:
            said.setdefault(link.person, set()).add(gender)
    if not any(len(found) == 1 for found in said.values()):
        return genders
    return {**genders, **{person: next(iter(found)) for person, found in said.items()
                          if len(found) == 1}}


def _plural_antecedent(s: Scene, before: int) -> Link | None:
    """What a plural pronoun stands for: the latest of an earlier quote's source that is
    no person (an organisation, a group) and a noun phrase headed by a group or an
    organisation opening one of the sentences just before ("The unions rejected the
    offer. 'This is an insult,' they said")."""
    named = next((link for link in reversed(s.named) if not link.person
                  and link.source_span is not None and link.source_span.end <= before
                  and (_group(s, link.source) or _organisation(s, link.source))), None)
    document, prose = s.document, s.document.prose
    index = document.sentence_index(before)
    if index is None:
        index = bisect.bisect_right([x.start for x in document.sentences], before) - 1
    opening = None
    for sentence in reversed(document.sentences[max(0, index - 3):index + 1]):
        chunks = clause_chunks(prose, sentence.start, min(sentence.end, before), s.cues)
        while len(chunks) > 1 and adverbial(s, *chunks[0]):
            chunks = chunks[1:]
        if not chunks or s.quoted(chunks[0][0] + 1):
            continue
        span = phrase(prose, *chunks[0], s.cues, cut=True)
        if span is not None and s.mentions_in(span.start, span.end) == () \
                and _group(s, prose[span.start:span.end]):
            opening = Link("", None, prose[span.start:span.end], span)
            break
    found = [link for link in (named, opening) if link is not None]
    return max(found, key=lambda link: link.source_span.start) if found else None


def _group(s: Scene, text: str) -> bool:
    """A noun phrase headed by a group of people or an organisation ("the unions",
    "les syndicats", "the company")."""
    return any(group_word(w, s.cues) for w in WORD.findall(text))


def _named_subject(s: Scene, before: int, floor: int = -1) -> Link | None:
    """No person mention and no speaker before a pronoun: the name opening one of the
    three sentences before it ("Apple CEO Ana Ruiz unveiled the phone ... he said"; "The
    firm's chief executive, Ana Ruiz, commented."), a name the people extractor did not
    keep for want of a cue.

    Only a name starting after ``floor`` can count (``resolve`` takes the latest of its
    candidates, the earlier ones on a tie): sentences ending by then are not read, which
    spares most pronouns the chunking of three sentences."""
    document, prose = s.document, s.document.prose
    index = document.sentence_index(before)
    if index is None:
        index = bisect.bisect_right([x.start for x in document.sentences], before)
    for sentence in reversed(document.sentences[max(0, index - 3):index]):
        if min(sentence.end, before) <= floor + 1:
            break   # a name here or in a sentence before starts at ``floor`` at the latest
        chunks = clause_chunks(prose, sentence.start, min(sentence.end, before), s.cues)
        while len(chunks) > 1 and adverbial(s, *chunks[0]):
            chunks = chunks[1:]
        for start, end in chunks[:3]:
            text = prose[start:end]
            at = start + len(text) - len(text.lstrip(" \t\u00a0-—–"))   # "- Ana" (dateline)
            if s.quoted(at):
                continue   # 'The "New GM" he expected': quoted words name no speaker
            name = CAPITALS.match(prose, at, end)
            words = name.group().split() if name else []
            if len(words) >= 2 and words[0] not in s.cues.not_names \
                    and not (at == sentence.start and written_lower(words[:1], prose)):
                # not "Current PowerPC programs": a common word capitalised by the sentence
                written = name.group().rstrip()
                return Link("", None, written, Span(at, at + len(written)))
            if s.role_word.search(text):
                # "le ministre de la Justice Ana Ruiz désirerait": the name after the role
                for name in CAPITALS.finditer(prose, at, end):
                    words = name.group().split()
                    if len(words) >= 2 and words[0] not in s.cues.not_names:
                        span = Span(name.start(), name.start() + len(name.group().rstrip()))
                        return Link("", None, prose[span.start:span.end], span)
            elif any(w[0].isupper() for w in WORD.findall(text)):
                break   # only a role ("The firm's chief executive,") or a date may come first
    return None


def _written_gender(s: Scene, name: str) -> str:
    """The gender a role noun inside a name as written gives ("Councilwoman Ana Ruiz"),
    or "" (none, or both)."""
    words = {fold(w) for w in WORD.findall(name)}
    female, male = bool(words & s.cues.female_roles), bool(words & s.cues.male_roles)
    return "f" if female and not male else "m" if male and not female else ""


def _organisation(s: Scene, name: str) -> bool:
    """A name holding a word of organisations ("General Motors", "Air France"): no "he"."""
    return any(word in s.not_person for word in name.split())


def subject_position(s: Scene, m) -> bool:
    """The mention opens its clause: between the clause's start (its sentence's, a
    comma, a clause opener) and the name stand only capitalised words and determiners."""
    prose = s.document.prose
    index = s.document.sentence_index(m.span.start)
    start = s.document.sentences[index].start if index is not None else m.span.start
    start = max(start, m.span.start - 60)
    chunks = clause_chunks(prose, start, m.span.start, s.cues)
    if not chunks or not chunks[-1][1] >= m.span.start - 1:
        return True
    text = prose[chunks[-1][0]:m.span.start]
    verb = None
    for verb in s.cues.verb.finditer(prose, start, m.span.start):
        pass
    if verb is not None and not prose[verb.end():m.span.start].strip(" \t\u00a0"):
        # "confirme Ana Ruiz", "said Ana Ruiz"; not "X has also confirmed Y": a verb in a
        # compound tense after its subject reports that subject's words
        lead = prose[start:verb.start()].rstrip(" \t\u00a0")
        return not lead or lead[-1] in ",;:«»“”\"—–(" or " " not in verb.group()
    role = s.role_before.search(text)   # "La ministre Claire Morel", "spokeswoman Ana Ruiz"
    if role:
        text = text[:role.start()]
    words = WORD.findall(text)
    # a capitalised preposition opening the clause makes the name its object ("Chez
    # Thierry Bousquet, on continue", "Against Penrose, prosecutors sought")
    return len(words) <= 4 and all(w[0].isupper() and fold(w) not in s.cues.prepositions
                                   or fold(w) in s.cues.determiners for w in words)


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


def role_link(s: Scene, link: Link) -> Link:
    """A source written as a definite role phrase ("the senator", "le ministre de
    l'Intérieur") is the person the story last gave that role before it ("Senator Hal
    Brightwater", "le ministre Paul Verdier"); any other link is kept as it is."""
    if link.person or link.source_span is None:
        return link
    words = WORD.findall(s.document.prose, link.source_span.start, link.source_span.end)
    if len(words) < 2 or fold(APOSTROPHE.split(words[0])[0]) not in s.cues.definite:
        return link
    for word in words[1:4]:
        key = fold(word)
        if key in s.cues.complements:
            break
        person = s.roles().holder(key, link.source_span.start)
        if person:
            return Link(person, link.cue, link.source, link.source_span)
    return link
