"""Compiled cue patterns for linking quotes to speakers, built once per locale file.

A quote's speaker is the subject of the reporting clause next to it, so the linker needs
more than the speech verbs that prove a name is a person's: every verb that reports
words ("described it as", "writing", "évoquant"), the phrases that name a source before
it ("according to", "selon"), the subject pronouns, and the auxiliaries and adverbs
that may stand between a subject and its verb. The words come from the ``speakers:``
section of ``rules/locales/<lang>.yaml`` (``verbs``, ``participles``, ``quote_verbs``,
``according``, ``pronouns``, ``auxiliaries``...); this module only builds patterns.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ...speedups import pattern_cache
from ...locales import Locale, fold
from ..people._patterns import _ASCII_RUNS, _RUNS, _SEP, WordGate, _alternation

_NOT_LETTER_BEFORE = r"(?<![\p{L}\p{M}'’-])"
_NOT_LETTER_AFTER = r"(?![\p{L}\p{M}])"


@dataclass(frozen=True, eq=False)
class QuoteCues:
    """What the quote linker matches with, for one language."""

    verb: regex.Pattern            # a reporting verb with its auxiliary ("a déclaré")
    verb_gate: WordGate            # whether ``verb`` can match, from a text's words
    speech_noun: regex.Pattern     # a noun of words said ("the message from", « le message de »)
    according: regex.Pattern       # "according to" / "selon" (a source follows)
    weak_according: regex.Pattern  # "for" / "pour": a source only when a person follows
    pronoun: regex.Pattern         # a subject pronoun, whole word
    inversion: regex.Pattern       # "déclare-t-il", "a-t-elle ajouté"
    pronoun_end: regex.Pattern     # a subject pronoun closing a window, a word or two after it
    pronouns: frozenset[str]       # folded subject pronouns
    male: frozenset[str]
    female: frozenset[str]
    determiners: frozenset[str]    # folded articles and possessives
    openers: frozenset[str]        # folded words that open a clause ("and", "that", "que")
    auxiliaries: frozenset[str]    # folded auxiliaries ("has", "a")
    labels: frozenset[str]         # folded interview labels that are nobody ("Q", "Question")
    not_names: frozenset[str]      # capitalised words that never open a name ("It", "We")
    relatives: frozenset[str]      # folded relative pronouns ("who", "qui")
    passive: frozenset[str]        # folded forms of "to be" that make a participle passive
    gerunds: frozenset[str]        # folded words that make a participle a gerund ("en")
    naming: frozenset[str]         # folded verbs that give a name ('called "X"')
    complements: frozenset[str]    # folded words opening a name's complement ("of", "de")
    coordinators: frozenset[str]   # folded words joining two verbs of one subject ("and")
    org_nouns: frozenset[str]      # folded nouns heading an organisation ("ministry", "syndicat")
    places: frozenset[str]         # folded nouns naming a place in a name ("quarry", "pont")
    groups: frozenset[str]         # folded plural nouns of groups of people ("residents")
    female_roles: frozenset[str]   # folded role nouns of a woman ("spokeswoman", "directrice")
    male_roles: frozenset[str]
    female_determiners: frozenset[str]   # folded determiners of a feminine noun ("la")
    male_determiners: frozenset[str]
    definite: frozenset[str]       # folded definite determiners ("the", "le")
    plural: frozenset[str]         # folded plural subject pronouns ("they", "ils")
    quantifiers: frozenset[str]    # folded words opening a subject like a determiner ("other")
    indefinite_pronouns: frozenset[str]   # folded pronouns heading a subject ("someone")
    participle_suffixes: tuple[str, ...]   # endings of a present participle ("ing", "ant")
    absolute: frozenset[str]       # folded words opening an absolute construction ("with")
    indefinite: frozenset[str]     # folded indefinite determiners ("some", "des")
    third_person: frozenset[str]   # folded pronouns a quote speaks of someone else by ("him")
    prepositions: frozenset[str] = frozenset()   # folded prepositions ("against", "chez")


def _compile(pattern: str, flags: int = 0) -> regex.Pattern:
    return pattern_cache.compile(pattern, flags)


@functools.lru_cache(maxsize=8)
def _build(path: str, locale: Locale) -> QuoteCues:
    words = lambda key: locale.words("speakers", key)  # noqa: E731
    verbs = words("verbs") + words("participles") + words("quote_verbs")
    verb_alt = _alternation(verbs)
    aux = _alternation(words("auxiliaries"))
    # "a indiqué", "a fermement condamné", "has also said", "avait alors lâché"
    # case-sensitive: "States" or "Notes" opening a name is no verb
    # not after a reflexive pronoun ("Le feu s'est déclaré": the fire broke out)
    reflexive = words("reflexive_pronouns")
    not_reflexive = rf"(?<!(?<![\p{{L}}])(?:{_alternation(reflexive)})\s*(?:\p{{L}}+\s+)?)" if reflexive else ""
    verb = _compile(
        rf"{_NOT_LETTER_BEFORE}{not_reflexive}(?:{aux}{_SEP}(?:\p{{Ll}}+{_SEP})?)?{verb_alt}{_NOT_LETTER_AFTER}")
    according_alt = _alternation(words("according"), capital_too=True)
    according = _compile(rf"{_NOT_LETTER_BEFORE}{according_alt}"
                         rf"(?:{_SEP}|(?<=['’]))")
    weak_alt = _alternation(words("according_weak"), capital_too=True)
    weak_according = _compile(rf"{_NOT_LETTER_BEFORE}{weak_alt}"
                              rf"{_SEP}")
    pronoun_alt = _alternation(words("pronouns"))
    pronoun = _compile(rf"(?i){_NOT_LETTER_BEFORE}{pronoun_alt}{_NOT_LETTER_AFTER}")
    inversion_alt = _alternation(words("inversion_pronouns"))
    inversion = _compile(
        rf"(?i){_NOT_LETTER_BEFORE}(?:{verb_alt}-(?:t-)?(?P<pron>{inversion_alt})|"
        rf"{aux}-(?:t-)?(?P<pron2>{inversion_alt}){_SEP}(?:\p{{Ll}}+{_SEP})?{verb_alt})"
        rf"{_NOT_LETTER_AFTER}" if words("inversion_pronouns") else r"(?!x)x")
    pronoun_end = _compile(
        rf"(?i){_NOT_LETTER_BEFORE}(?P<pron>{pronoun_alt})(?:{_SEP}\p{{Ll}}+){{0,2}}[ \t\u00a0,]*$")
    nouns = words("speech_nouns")
    speech_noun = _compile(rf"(?i){_NOT_LETTER_BEFORE}{_alternation(nouns)}{_NOT_LETTER_AFTER}"
                           if nouns else r"(?!x)x")
    folded = lambda key: frozenset(fold(w) for w in words(key))  # noqa: E731
    return QuoteCues(
        verb=verb, verb_gate=WordGate.of(verbs, _RUNS, whole=True, ascii_runs=_ASCII_RUNS),
        speech_noun=speech_noun,
        according=according, weak_according=weak_according, pronoun=pronoun,
        inversion=inversion,
        pronoun_end=pronoun_end, pronouns=folded("pronouns"), male=folded("pronouns_male"),
        female=folded("pronouns_female"), determiners=folded("determiners"),
        openers=folded("subject_openers"), auxiliaries=folded("auxiliaries"),
        labels=folded("interviewers"), not_names=frozenset(words("not_names")),
        relatives=folded("relative_pronouns"), passive=folded("passive_auxiliaries"),
        gerunds=folded("gerund_markers"), naming=folded("naming_verbs"),
        complements=folded("name_complements"), coordinators=folded("coordinators"),
        org_nouns=folded("org_nouns"), places=folded("place_nouns"), groups=folded("group_nouns"), female_roles=folded("female_roles"),
        male_roles=folded("male_roles"), female_determiners=folded("female_determiners"),
        male_determiners=folded("male_determiners"), definite=folded("definite_determiners"),
        plural=folded("pronouns_plural"), quantifiers=folded("subject_quantifiers"),
        indefinite_pronouns=folded("indefinite_pronouns"),
        participle_suffixes=words("participle_suffixes"), absolute=folded("absolute_markers"),
        indefinite=folded("indefinite_determiners"), third_person=folded("third_person_pronouns"),
        prepositions=folded("prepositions"))


def cues_for(locale: Locale) -> QuoteCues:
    """The compiled quote cues of ``locale`` (cached by its file path)."""
    return _build(locale.path, locale)
