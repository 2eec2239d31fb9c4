"""``check: unintroduced-speaker`` — a person named only by surname or title+surname.

A person the story quotes or cites as "Khadem" or "M. Khadem" must first be introduced by
full name. When the surname is one typo from an introduced person's, the variant rule
reports it instead. The suggestion is the introduced person whose surname is closest
(rapidfuzz) or, for a quote's speaker, the last person introduced before it: a quote
closing a passage about someone is most often theirs.
"""
from __future__ import annotations

import functools

from dataclasses import dataclass
from typing import Iterable

import regex

from ..speedups import pattern_cache
from ..extractors.people import patterns_for, resembles
from ..locales import fold
from ._speakers import FULL_FORMS, closest, in_heading, persons

FIELDS = ("name", "suggestion", "person")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    """Keys of a ``unintroduced-speaker`` rule.

    Args:
        suggest_ratio (float): minimum rapidfuzz ratio (0-100) for suggesting an introduced
            person whose name is spelt like the stranger's.
        office_groups (list of str): title groups (locale speakers.titles) that identify a
            person by office on their own ("President Bush"): such a reference is reported only
            when the person is quoted.
        taken_groups (list of str): of those, the groups whose title, once a person the
            story introduced in full holds it ("Senator Ann Kellerman"), no longer
            identifies anyone else on its own ("Senator Dubois" is reported). Religious
            titles are left out: a story about clergy names several ayatollahs.
    """
    suggest_ratio: float = 55.0
    office_groups: tuple[str, ...] = ("office", "rank", "military", "religious")
    taken_groups: tuple[str, ...] = ("office", "rank", "military")


@dataclass(frozen=True)
class Evidence:
    mention: object
    suggestion: object | None    # an introduced mention, or None


def collect(rule, document, facts) -> tuple[Evidence, ...]:
    """Each person never introduced, unless a role introduces them on purpose, the name
    is quoted speech, an office names them and they do not speak, or speakers.variant
    reports them.

    The story's quotes (and who speaks in them) are asked for only when a person with no
    introduction gets that far: most stories introduce everyone, and the quote extractor
    costs as much as the people one, so a run of this rule alone need not pay for it."""
    views = persons(facts)
    pats = patterns_for(facts.locale)
    titles = pats.titles
    quotes: tuple | None = None
    speakers: set[str] = set()
    found = []
    for view in views:
        if view.intro is not None:
            continue
        mention = view.first
        if in_heading(document, mention.span.start):
            continue
        if any({"apposition", "role"} & set(m.cues) and "age" not in m.cues
               for m in view.mentions) \
                and not _on_record(document, view, pats) \
                and not _holds_the_office(document, view, facts.locale):
            continue  # "Hassan, un autre manifestant": introduced by a role, on purpose
        if not mention.title and _after_a_minor(document, mention.span.start, facts.locale):
            continue  # "Un adolescent de 14 ans ... Lucas a raconté": a minor's first name
        if not any(m.title for m in view.mentions) and _withheld_anywhere(document, view, views, facts.locale):
            continue  # "Maria, who asked that her surname not be used": one name, on purpose
        if _withheld_earlier_in_paragraph(document, mention.span.start, facts.locale):
            continue  # "A farmer, who asked that his first name be withheld, ... said Mr Venn"
        if not mention.title and _heads_a_name(document, mention.surname, views):
            continue  # "Hartwell Packaging ... said Hartwell's order book": the firm, short
        if quotes is None:
            quotes = facts.get("quotes")
            speakers = {q.speaker for q in quotes if q.speaker}
        if "speaker" not in mention.cues and any(
                q.span.start <= mention.span.start < q.span.end for q in quotes):
            continue  # a name inside quoted speech is the speaker's wording, not a reference
        # "Secretary Shalala says": an office holder who speaks must be introduced too
        speaking = view.person in speakers or any(
            "speaker" in m.cues or "speech" in m.cues and "initial" not in m.cues
            for m in view.mentions)
        groups = {titles.get(fold(m.title).rstrip("."), ("", ""))[0] for m in view.mentions}
        introduced = [v for v in views if v.intro is not None
                      and v.intro.span.start < mention.span.start]
        holder = _office_holder(view, introduced, titles, rule.params.taken_groups)
        if not speaking and groups & set(rule.params.office_groups) and holder is None:
            continue
        key = fold(mention.surname)
        if any(resembles(key, fold(v.intro.surname)) for v in introduced):
            continue  # speakers.variant reports it
        if mention.variant_of and any(v.person == mention.variant_of and v.intro is not None
                                      for v in views):
            continue  # another spelling of someone introduced later: speakers.variant
        suggestion = closest(mention.surname, introduced, minimum=rule.params.suggest_ratio) \
            or holder
        if suggestion is None and view.person in speakers and introduced:
            suggestion = max(introduced, key=lambda v: max(
                m.span.start for m in v.mentions if m.span.start < mention.span.start))
        found.append(Evidence(mention, suggestion.intro if suggestion else None))
    return tuple(found)


def _office_holder(view, introduced, titles, groups):
    """The person introduced in full (the last one) who holds the office this person is
    named by ("Senator Ann Kellerman ... Senator Dubois"), or None: the office names
    someone else, so it identifies no one on its own; the reader asks who Dubois is, or
    whether Kellerman was meant."""
    def office(title: str) -> str:
        group, canonical = titles.get(fold(title).rstrip("."), ("", "")) if title else ("", "")
        return canonical if group in groups else ""
    offices = {office(m.title) for m in view.mentions} - {""}
    if not offices:
        return None
    return next((v for v in reversed(introduced) for m in v.mentions
                 if m.form in FULL_FORMS and office(m.title) in offices), None)


def _on_record(document, view, pats) -> bool:
    """Some mention of the person stands before an apposition naming an office whose
    holder speaks on the record ("Holt, a spokesman for the union"), or right after such
    an office noun ("union spokesman Holt"): a spokesman or a minister is named in full,
    so the role explains no missing surname, as it does for a private person ("Maria, a
    nurse who asked that her surname not be used"). A title is part of the mention
    ("le ministre Ndiaye"): the office rule below weighs it."""
    prose = document.prose
    return any(prose[m.name_span.end:m.name_span.end + 1] == ","
               and pats.on_record_after.match(prose[m.name_span.end:m.name_span.end + 80])
               or pats.on_record_before.search(prose[max(0, m.span.start - 40):m.span.start])
               for m in view.mentions)


def _holds_the_office(document, view, locale) -> bool:
    """Every apposition the person gets names them by a definite article ("said Jenkins,
    the head brewer", « Jenkins, le maître brasseur »; locale ``speakers.definite_articles``):
    the one holder of a post is named in full, where a private person is described as one
    of many ("Hassan, un autre manifestant", "Maria, a nurse")."""
    words = locale.words("speakers", "definite_articles")
    if not words:
        return False
    prose = document.prose
    appositions = [prose[m.name_span.end:m.name_span.end + 40] for m in view.mentions
                   if prose[m.name_span.end:m.name_span.end + 1] == ","]
    pattern = _definite_pattern(tuple(words))
    return bool(appositions) and all(pattern.match(a) for a in appositions)


@functools.lru_cache(maxsize=8)
def _definite_pattern(words: tuple[str, ...]):
    spaced = [regex.escape(w) for w in words if not w.endswith(("'", "’"))]
    elided = [regex.escape(w) for w in words if w.endswith(("'", "’"))]
    options = ([rf"(?:{'|'.join(spaced)})\s+"] if spaced else []) + ([rf"(?:{'|'.join(elided)})"] if elided else [])
    return regex.compile(rf",\s*(?:{'|'.join(options)})\p{{L}}", regex.IGNORECASE)


# a lower-case word (the nouns looked for are written so)
_LOWER_WORD = pattern_cache.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*")
# a minor is described in the sentence naming them or the one before: this far back
_MINOR_WINDOW = 250


# how far after the name an aside about the name may run
_WITHHELD_WINDOW = 160


def _heads_a_name(document, word: str, views) -> bool:
    """Does the story write the word as the first of a longer capitalised name that is no
    person's ("Hartwell Packaging", « Arvel Habitat »), outside headings? Then the word
    alone is that name made short ("said Hartwell's order book"), not a person never
    introduced: a surname ends a person's name, it does not open one."""
    surnames = {fold(v.intro.surname) for v in views if v.intro is not None and v.intro.surname}
    pattern = pattern_cache.compile(rf"(?<![\w'’\-]){regex.escape(word)}[ \t]+(?P<next>\p{{Lu}}[\w'’\-]+)")
    return any(fold(m.group("next")) not in surnames and not in_heading(document, m.start())
               for m in pattern.finditer(document.prose))


def _withheld_anywhere(document, view, views, locale) -> bool:
    """``_name_withheld`` after any place the story writes one of the person's names (the
    first may open a sentence, where its capital made no person of it)."""
    names = {m.name for m in view.mentions}
    prose = document.prose
    others = [m.span.start for v in views if v.person != view.person for m in v.mentions]
    return any(_name_withheld(document, found.end(), locale) or _withheld_before(document, found.start(), locale)
               or _withheld_next(document, found.end(), others, locale)
               for name in names
               for found in regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}(?![\p{{L}}\p{{M}}])", prose))


def _name_withheld(document, end: int, locale) -> bool:
    """The sentence goes on, right after the name, to speak of the name itself ("Maria,
    who asked that her surname not be used", « Kevin, 26 ans, qui préfère taire son nom »:
    a word of the locale's ``speakers.withheld_name_words``): the story withholds the rest
    of it on purpose."""
    words = frozenset(locale.words("speakers", "withheld_name_words"))
    index = document.sentence_index(end - 1)
    if not words or index is None:
        return False
    prose = document.prose
    if prose[end:end + 1] != ",":
        return False   # "Maria said her name ..." is no aside about the name
    stretch = prose[end:min(document.sentences[index].end, end + _WITHHELD_WINDOW)]
    # the aside closes with a comma before the main clause goes on ("..., said she was")
    aside = stretch[:stretch.rfind(",")]
    return any(w.casefold() in words for w in _LOWER_WORD.findall(aside))


def _withheld_next(document, end: int, others: list[int], locale) -> bool:
    """The sentence right after the name's, in its paragraph, opens on a singular subject
    pronoun (locale ``speakers.pronouns`` less ``pronouns_plural``) and speaks of the name
    ("Marta, 34, sleeps in her car. She asked that her surname not be used ...", « Samir,
    52 ans, dort dehors. Il a souhaité ne donner que son prénom ... »): the pronoun takes up
    the one named last, and the reason for the single name follows at once. No other
    person of the story (``others``: where their mentions start) may be named between: the
    pronoun would be theirs."""
    words = frozenset(locale.words("speakers", "withheld_name_words"))
    pronouns = frozenset(w.casefold() for w in locale.words("speakers", "pronouns")) \
        - frozenset(w.casefold() for w in locale.words("speakers", "pronouns_plural"))
    index = document.sentence_index(end - 1)
    if not words or not pronouns or index is None or index + 1 >= len(document.sentences):
        return False
    following = document.sentences[index + 1]
    if document.paragraph_index(following.start) != document.paragraph_index(end - 1):
        return False
    if any(end <= at < following.start for at in others):
        return False   # "Marta met Ana Ruiz. She asked ...": "she" may be the other
    prose = document.prose
    sentence = prose[following.start:min(following.end, following.start + _WITHHELD_WINDOW)]
    found = _FIRST_WORD.match(sentence)
    if found is None or found.group(1).casefold() not in pronouns:
        return False
    return any(w.casefold() in words for w in _LOWER_WORD.findall(sentence))


# the word opening a sentence
_FIRST_WORD = pattern_cache.compile(r"\s*([\p{L}\p{M}]+)(?![\p{L}\p{M}'’])")


def _withheld_before(document, start: int, locale) -> bool:
    """The name closes an aside about the name, set off by commas ("The woman, who asked to
    be identified only by her first name, Karen, said", « La femme, qui demande à n'être
    identifiée que par son prénom, Karine, ... »): the story gives it as all it may give."""
    words = frozenset(locale.words("speakers", "withheld_name_words"))
    index = document.sentence_index(start)
    if not words or index is None:
        return False
    before = document.prose[max(document.sentences[index].start, start - _WITHHELD_WINDOW):start].rstrip()
    if not before.endswith(","):
        return False
    aside = before[:-1]
    aside = aside[aside.rfind(",") + 1:]
    return any(w.casefold() in words for w in _LOWER_WORD.findall(aside))


def _withheld_earlier_in_paragraph(document, start: int, locale) -> bool:
    """Earlier in the name's paragraph, someone not yet named is described by a relative
    clause about their name ("A farmer, who asked that his first name be withheld, said ...
    'It is our milk,' said Mr Venn", « Une habitante, qui a souhaité que seul son nom de famille
    soit publié, ... explique Mme Lacombe »): the name the paragraph then gives is all the
    story may give. The clause must follow a common noun or a conjunction, not a name:
    "Okonjo, who asked that the quay's name be kept, ..." withholds nothing of anyone else's."""
    words = frozenset(locale.words("speakers", "withheld_name_words"))
    relatives = frozenset(w.casefold() for w in locale.words("speakers", "person_relatives"))
    indefinites = frozenset(w.casefold() for w in locale.words("speakers", "indefinite_determiners"))
    if not words or not relatives:
        return False
    paragraph = next((p.span.start for p in document.paragraphs
                      if p.span.start <= start < p.span.end), None)
    if paragraph is None:
        return False
    before = document.prose[paragraph:start]
    for found in _LOWER_WORD.finditer(before):
        if found.group().casefold() not in relatives:
            continue
        previous = _PREVIOUS_WORD.search(before, 0, found.start())
        if previous is None or not previous.group(1)[:1].islower() and not _opens_unnamed(
                document, paragraph + found.start(), indefinites):
            continue   # the clause describes a named person, or opens the paragraph
        clause = before[found.end():found.end() + _WITHHELD_WINDOW]
        clause = _CLAUSE_END.split(clause, maxsplit=1)[0]
        if any(w.casefold() in words for w in _LOWER_WORD.findall(clause)):
            return True
    return False


def _opens_unnamed(document, at: int, indefinites: frozenset[str]) -> bool:
    """Does the sentence holding ``at`` open on an indefinite determiner ("A resident of
    Gare Road, who ...", « Un habitant de l'avenue de la Gare, qui ... »)? The relative
    clause then describes that unnamed someone, whatever capitalised place ends the phrase."""
    index = document.sentence_index(at)
    if index is None or not indefinites:
        return False
    first = _LOWER_WORD.match(document.prose[document.sentences[index].start:at].lstrip().casefold())
    return first is not None and first.group() in indefinites


# the word before a relative pronoun, over a comma
_PREVIOUS_WORD = pattern_cache.compile(r"([\p{L}\p{M}]+)[\s,]*$")
# a relative clause runs to its closing comma or the end of its sentence
_CLAUSE_END = pattern_cache.compile(r",|[.!?](?:\s|$)")


def _after_a_minor(document, start: int, locale) -> bool:
    """A noun for a child or a teenager (``speakers.young_person_nouns``) stands shortly
    before the name in its paragraph, not as a predicate ("as a teenager": the locale's
    ``predicate_markers``): the story names a minor by first name, on purpose."""
    nouns = frozenset(locale.words("speakers", "young_person_nouns"))
    if not nouns:
        return False
    paragraph = next((p.span.start for p in document.paragraphs
                      if p.span.start <= start < p.span.end), start)
    window = document.prose[max(paragraph, start - _MINOR_WINDOW):start]
    words = _LOWER_WORD.findall(window)
    markers = frozenset(locale.words("speakers", "predicate_markers"))
    # "as a teenager" says what someone already named was: no one new
    return any(w in nouns and markers.isdisjoint(words[max(0, i - 3):i])
               for i, w in enumerate(words))


def judge(rule, evidence: Iterable[Evidence], document) -> Iterable:
    for item in evidence:
        mention = item.mention
        if item.suggestion is not None:
            intro = item.suggestion
            line, _ = document.line_col(intro.name_span.start)
            hint = f"give the full name at the first mention, or did you mean {intro.name}, named on line {line}?"
            yield rule.finding(document, mention.name_span,
                               fields={"name": mention.name, "suggestion": hint,
                                       "person": mention.person},
                               related=[(intro.name_span, "introduced here")],
                               suggestions=[intro.name])
        else:
            yield rule.finding(document, mention.name_span,
                               fields={"name": mention.name, "person": mention.person,
                                       "suggestion": "give the full name at the first mention"})
