"""``check: speaker-before-introduction`` — a surname used before the full name that
introduces it comes later ("Bos said ..." two paragraphs before "Nick Bos, of ...").

Headlines are exempt (they use surnames by convention). The early mention must carry a
person cue of its own (a title, an inverted speech verb, or a speech verb when the name
does not open the sentence), or a describing apposition ("Pereira, the first woman to
lead the union, ..."; "Okoro, formerly an aide, ..."): a noun phrase that describes
someone introduces no full name, nor does a description before the name ("the Dutch
skater Ritsma"); then a full name with a cue of its own must come later. Without one, a company named after its founder ("Ford
has announced ...") is not taken for the person.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterable

import regex

from ..speedups import pattern_cache
from ..extractors.people import patterns_for
from ..locales import Locale
from ._speakers import FULL_FORMS, in_heading, persons

FIELDS = ("name", "full")
SCOPES = ("document",)


@dataclass(frozen=True)
class Params:
    pass


@dataclass(frozen=True)
class Evidence:
    mention: object
    intro: object


def collect(rule, document, facts) -> tuple[Evidence, ...]:
    """The first early mention with a person cue of each person introduced later.

    The story's quotes are asked for only when such a mention turns up, and then once:
    most stories have none, and the quote extractor costs as much as the people one, so a
    run of this rule alone need not pay for it."""
    found = []
    quotes = None
    for view in persons(facts):
        if view.intro is None:
            continue
        for m in view.mentions:
            if m.span.start >= view.intro.span.start:
                break
            if m.form in FULL_FORMS or m.form == "given":
                continue
            cues = set(m.cues)
            if not {"title", "speaker", "speech", "apposition", "role", "list"} & cues \
                    and not ((_cued_full(view)
                              or _person_apposition(document.prose, m.name_span.end, facts.locale))
                             and (_describing_apposition(document.prose, m.name_span.end,
                                                         facts.locale)
                                  or _described_before(document.prose, m.name_span.start,
                                                       facts.locale)
                                  or _pronoun_after(document.prose, m.name_span.end, facts.locale))):
                continue
            if in_heading(document, m.span.start):
                continue
            if "speaker" not in cues:
                if quotes is None:
                    quotes = facts.get("quotes")
                if any(q.span.start <= m.span.start < q.span.end for q in quotes):
                    continue   # a name inside quoted words is the speaker's, not the story's
            found.append(Evidence(m, view.intro))
            break
    return tuple(found)


def _pronoun_after(prose: str, end: int, locale: Locale) -> bool:
    """A pronoun only a person takes, a word or none after the name ("Reid and his crew
    brought ...": locale ``speakers.person_pronouns``): the name is the person's, not a
    company's named after its founder."""
    return bool(_pronoun_pattern(locale).match(prose, end, end + 24))


@functools.lru_cache(maxsize=16)
def _pronoun_pattern(locale: Locale):
    words = locale.words("speakers", "person_pronouns")
    if not words:
        return pattern_cache.compile(r"(?!x)x")
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return pattern_cache.compile(rf"[ \t\u00a0]+(?:\p{{Ll}}+[ \t\u00a0]+)?(?:{alternation})(?![\p{{L}}\p{{M}}])")


def _cued_full(view) -> bool:
    """Some full-name mention of the person carries a cue of its own: a description
    alone proves nothing for a "full name" that two capitalised words made ("X Lion")."""
    return any(m.form in FULL_FORMS and set(m.cues) - {"initial"} for m in view.mentions)


def _describing_apposition(prose: str, end: int, locale: Locale) -> bool:
    """", a ...", ", the ...", ", formerly an ...", ", who ..." right after the name: a
    noun phrase or a relative clause set off by a comma, opened by a determiner or a
    relative pronoun (one lower-case word, an adverb, may come first; or a participle
    and its agent or predicate: ", described by the prosecution as ...", « , présenté par
    l'accusation comme ... »), describes the person named."""
    return bool(_apposition_pattern(locale).match(prose, end, end + 40))


def _person_apposition(prose: str, end: int, locale: Locale) -> bool:
    """The apposition after the name holds a role or a noun for a person ("Pereira, the
    first woman to lead the union, ..."; locale ``speakers.roles``, ``female_roles``,
    ``male_roles``): the name is a person's even when its full name later carries no cue
    ("Ana Pereira has led the union since 2020")."""
    if prose[end:end + 1] != ",":
        return False
    stop = prose.find(",", end + 1, end + 80)
    words = prose[end + 1:stop if stop != -1 else end + 80]
    if patterns_for(locale).role_word.search(words):
        return True
    nouns = _person_nouns(locale)
    return any(w in nouns for w in regex.findall(r"[\p{L}\p{M}]+", words.casefold()))


@functools.lru_cache(maxsize=16)
def _person_nouns(locale: Locale) -> frozenset[str]:
    return frozenset(w.casefold() for w in locale.words("speakers", "female_roles")
                     + locale.words("speakers", "male_roles"))


def _described_before(prose: str, start: int, locale: Locale) -> bool:
    """"the Dutch speed skater Ritsma", "le patineur néerlandais Ritsma": a determiner and
    a few words ending in a lower-case one, among them a role noun, right before the name
    describe the person it names ("the carmaker Ford" names a company)."""
    found = _description_pattern(locale).search(prose, max(0, start - 80), start)
    return bool(found) and bool(patterns_for(locale).role_word.search(found.group()))


def _description_pattern(locale: Locale):
    words = locale.words("speakers", "determiners")
    spaced = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    elided = "|".join(regex.escape(w) for w in locale.words("speakers", "determiner_elisions"))
    return pattern_cache.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?i:(?:{spaced or '(?!x)x'})[ \t\u00a0]+|(?:{elided or '(?!x)x'}))"
        rf"(?:[\p{{L}}\p{{M}}'’-]+[ \t\u00a0]+){{0,4}}\p{{Ll}}[\p{{L}}\p{{M}}-]*[ \t\u00a0]+$")


def _apposition_pattern(locale: Locale):
    words = locale.words("speakers", "determiners") \
        + locale.words("speakers", "person_relatives")
    spaced = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    elided = "|".join(regex.escape(w) for w in locale.words("speakers", "determiner_elisions"))
    # a participle may open it with its agent or its predicate before the noun phrase
    # (", described by the prosecution as ...", « , présenté par l'accusation comme ... »,
    # ", seen as the ...")
    # (the predicate is needed: ", guided by the Constitution" is a clause about the subject)
    agents = "|".join(regex.escape(w) for w in locale.words("speakers", "agent_words"))
    markers = "|".join(regex.escape(w) for w in locale.words("speakers", "predicate_markers"))
    agent = rf"(?:(?:{agents})[ \t\u00a0]+(?:[\p{{L}}'’-]+[ \t\u00a0]+){{1,3}})?" if agents else ""
    predicate = rf"\p{{Ll}}+[ \t\u00a0]+{agent}(?:{markers})[ \t\u00a0]+|" if markers else ""
    return pattern_cache.compile(
        rf",[ \t\u00a0]+(?:{predicate}\p{{Ll}}+[ \t\u00a0]+)?"
        rf"(?:(?:{spaced or '(?!x)x'})[ \t\u00a0]+\p{{L}}|(?:{elided or '(?!x)x'})\p{{L}})")


def judge(rule, evidence: Iterable[Evidence], document) -> Iterable:
    for item in evidence:
        yield rule.finding(document, item.mention.name_span,
                           fields={"name": item.mention.name, "full": item.intro.name},
                           related=[(item.intro.name_span, "introduced only here")],
                           suggestions=[item.intro.name])
