"""Compiled patterns for person mentions and speech cues, built once per locale file.

Every word list comes from the ``speakers:`` section of ``rules/locales/<lang>.yaml``;
this module only turns them into regular expressions. ``patterns_for(locale)`` is cached
by the locale file's path, so a process compiles each language's patterns once.
"""
from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass
from typing import Any, Mapping

import regex

from ...speedups import pattern_cache
from ...locales import Locale, fold

# A capitalised name word: "Hamdane", "Jean-Luc", "O'Brien", "McDonald", "Strauss-Kahn".
_WORD = r"\p{Lu}(?:[\p{Ll}\p{Lu}\p{M}]|['’](?=\p{Lu}))*(?:-\p{Lu}?[\p{Ll}\p{Lu}\p{M}]+)*"
_SEP = r"[ \t\u00a0]+"


class Lazy:
    """A pattern compiled on first use.

    Most cue patterns are only tried when a cheap word test says they may match; a run
    over one short story often needs a few of them, and compiling every long alternation
    up front would cost more than checking the story."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._compiled = pattern, flags, None

    def _get(self) -> regex.Pattern:
        if self._compiled is None:
            self._compiled = pattern_cache.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, *args):
        return self._get().search(*args)

    def match(self, *args):
        return self._get().match(*args)

    def fullmatch(self, *args):
        return self._get().fullmatch(*args)


def _at_end(pattern: str) -> Lazy:
    """A pattern anchored at the end of a window ("...$"), searched right to left: the
    engine tries the window's end first, where the anchor holds, instead of every
    position from the left (five times faster on the 70-character windows before names)."""
    return Lazy(pattern, regex.REVERSE)


def _alternation(words: tuple[str, ...], *, capital_too: bool = False) -> str:
    """A regex alternation of literal words, longest first (so "Premier ministre" wins)."""
    forms: set[str] = set()
    for word in words:
        word = word.strip()
        if not word:
            continue
        forms.add(word)
        if capital_too and word[0].islower():
            forms.add(word[0].upper() + word[1:])
    if not forms:
        return r"(?!x)x"
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_literal(w) for w in ordered) + ")"


_PIECES = pattern_cache.compile(r"(\s+|['’])")


def _literal(word: str) -> str:
    """One cue as a regex: any run of spaces between its words, either apostrophe.

    Pieces are translated one by one, so the replacement for a space is never itself
    rewritten (a chained ``str.replace`` used to turn "Prime Minister" into a pattern
    that could not match, and "d'" into one that needed a stray "]")."""
    out = []
    for piece in _PIECES.split(word):
        if not piece:
            continue
        out.append(_SEP if piece.isspace() else "['’]" if piece in "'’" else regex.escape(piece))
    return "".join(out)


@dataclass(frozen=True, eq=False)
class PersonPatterns:
    """What the people and quotes extractors match with, for one language."""

    candidate: regex.Pattern          # optional title + capitalised chain ("M. de Villepin")
    plain: regex.Pattern              # the same without the title (tried where none can start)
    title_heads: frozenset[str]       # first words of the titles, as written and capitalised
    org_before: Lazy                  # "the animation company " / "la fédération des banques, "
    role_before: Lazy                 # "spokesman " / "le ministre de l'Intérieur, " at window end
    title_before: Lazy                # a title word right before the name ("le président ")
    determiner_before: Lazy           # "the " / "l'" at window end
    apposition_after: Lazy            # ", of the ..." / ", 45," at window start
    role_word: Lazy                   # any role noun (inside an apposition)
    org_word: Lazy                    # any organisation noun ("association", "société")
    roles_word: Lazy                  # any role noun, in the singular or the plural
    on_record_after: Lazy             # ", a spokesman for ..." / ", porte-parole de ..." at window start
    person_verb_after: Lazy           # " would resign" / " a démissionné" at window start
    singular_verb: Lazy               # "has", "plans", "defended": a verb with one subject (full match)
    past_verb: Lazy                   # "was", "has", "defended": a past form or an auxiliary (full match)
    source_before: Lazy               # "according to " / "selon " at window end (not "pour": "Pour Bruxelles")
    on_record_before: Lazy            # "union spokesman " / "le porte-parole " at window end
    speech_after: Lazy                # " said" / " a déclaré" at window start
    in_relative: Lazy                 # ", which runs depots in " at window end: inside a relative clause
    speech_before: Lazy               # "said " / "a ajouté " / "déclare " at window end
    quote_inversion: Lazy             # '», a réagi ' / '," quipped ' right after a quote, at window end
    speech_verb: Lazy                 # any speech verb form (for quote cues)
    pronoun_inversion: Lazy           # "déclare-t-il", "a-t-elle ajouté", "dit-il"
    pronoun_after: Lazy               # "he said" at window start
    titles: Mapping[str, tuple[str, str]]   # folded title -> (group, canonical)
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    person_pronouns: frozenset[str]   # "he", "his": pronouns that only stand for a person
    clause_openers: frozenset[str]    # "what", "that": a clause of its own, with its own subject
    past_forms: frozenset[str]        # "held", "won": irregular past forms (locale time.past_cues, one word)
    not_names: frozenset[str]
    not_person_words: frozenset[str]
    interviewers: frozenset[str]
    prefix_particles: frozenset[str]
    elisions: tuple[str, ...]
    noun_like_verbs: frozenset[str]
    agency_verbs: frozenset[str]      # "reported": what news media do as much as people
    group_nouns: frozenset[str]       # "police", "analysts": plural or collective nouns
    plural_verbs: frozenset[str]      # "say", "ont": a verb agreeing with a plural subject
    group_suffixes: tuple[str, ...]   # "ians": endings of plural demonyms ("Canadians")
    noun_suffixes: tuple[str, ...]    # "tion": endings of abstract nouns ("Construction")
    surname_prefixes: frozenset[str]  # "Mc": written apart, still one surname ("Mc Kenna")
    complement_openers: frozenset[str]   # "of", "de": a noun before them heads its phrase
    # last letters-only word (casefolded) of every form each "..._before" pattern can end
    # with, by pattern name; None when some form ends otherwise. A window whose last word
    # is not in the set cannot match, so the regex is not even tried. "speech_after" holds
    # first words instead.
    tails: Mapping[str, frozenset[str] | None]
    # literal openings of the lower-case forms a candidate can begin with ("président",
    # "al-", "d'"); with capitals at word starts, every place a candidate can begin
    lead_literals: tuple[str, ...]
    # not_names that cannot open a title: a start on one of them followed by nothing that
    # continues a name yields no candidate, and is skipped before matching
    skip_words: frozenset[str]
    continuers: frozenset[str]        # lower-case words a name goes on with (de, al, d)
    subject_openers: frozenset[str]   # "and", "et": a name right after them is still a subject
    speech_gate: "WordGate"           # for speech_verb
    role_gate: "WordGate"             # for role_word
    # how many lower-case words may stand between a role and the name after it ("le
    # président afghan Hamid Karzai": 1); ``role_before`` may then end with the role's
    # last word that many words before the window's end
    role_postmodifiers: int = 0


_TRAILING_LETTERS = pattern_cache.compile(r"[\p{L}\p{M}]+$")
_LEADING_LETTERS = pattern_cache.compile(r"^[\p{L}\p{M}]+")


def _edges(words: tuple[str, ...], edge: regex.Pattern) -> frozenset[str] | None:
    """The casefolded leading or trailing letter run of each form ("told reporters" ->
    "told", "d'État" -> "état"), or None when some form has none."""
    found = set()
    for word in words:
        run = edge.search(word.strip())
        if not run:
            return None
        found.add(run.group().casefold())
    return frozenset(found)


_RUNS = pattern_cache.compile(r"\p{L}+")
_RUNS_NOT_AFTER_HYPHEN = pattern_cache.compile(r"(?<![\p{L}-])\p{L}+")
# the same two on lower-cased ASCII text, with the standard library's engine (three times
# faster there than ``regex`` with its Unicode classes)
_ASCII_RUNS = re.compile(r"[a-z]+")
_ASCII_RUNS_NOT_AFTER_HYPHEN = re.compile(r"(?<![a-z-])[a-z]+")


@dataclass(frozen=True)
class WordGate:
    """Answers from a text's words alone, when it can, whether a word-list pattern
    (``(?i)(?<!letter)form|form|...(?!letter)``) finds something in it.

    A match starts with the first word of its form, so no such word means no match; a
    one-word form present as a whole word is a match. Only in between does the caller
    need to run the pattern: a set lookup instead of trying a long alternation at every
    position of the text.

    Args:
        runs: finds the words a match can start at (the pattern's own left boundary).
        heads: casefolded first word of each form, or None when some form has none.
        singles: casefolded one-word forms.
        wholes: the words of each multi-word form (see ``of``), or None.
        ascii_runs: ``runs`` for lower-cased ASCII text (which casefolds to itself), or
            None; the words it finds there must be exactly those ``runs`` finds.
    """

    runs: regex.Pattern
    heads: frozenset[str] | None
    singles: frozenset[str]
    wholes: tuple[frozenset[str], ...] | None = None
    ascii_runs: re.Pattern | None = None

    @classmethod
    def of(cls, forms: tuple[str, ...], runs: regex.Pattern, *, whole: bool = False,
           ascii_runs: re.Pattern | None = None) -> "WordGate":
        """``whole``: every word of a form is a word of ``runs`` too (no boundary inside a
        form that ``runs`` would not cut at), so a form whose words are not all in the text
        cannot match either."""
        singles = frozenset(f.strip().casefold() for f in forms if f.strip().isalpha())
        wholes = tuple(frozenset(runs.findall(f.strip().casefold())) for f in forms
                       if not f.strip().isalpha()) if whole else None
        return cls(runs, _heads(forms), singles, wholes, ascii_runs)

    def verdict(self, text: str) -> bool | None:
        """False: no match; True: a match; None: run the pattern to know."""
        if self.heads is None:
            return None
        if self.ascii_runs is not None and text.isascii():
            words = self.ascii_runs.findall(text.lower())
        else:
            words = self.runs.findall(text.casefold())
        found = self.heads.intersection(words)   # (no set of the words unless needed)
        if not found:
            return False
        if not found.isdisjoint(self.singles):
            return True
        if self.wholes is not None:
            present = set(words)
            if not any(form <= present for form in self.wholes):
                return False
        return None


def _plurals(tails: frozenset[str] | None) -> frozenset[str] | None:
    """The tails and their plurals in "s" (``role_before`` takes either)."""
    return None if tails is None else tails | {t + "s" for t in tails}


def _heads(words: tuple[str, ...]) -> frozenset[str] | None:
    return _edges(words, _LEADING_LETTERS)


def _tails(words: tuple[str, ...]) -> frozenset[str] | None:
    return _edges(words, _TRAILING_LETTERS)


def _titles(locale: Locale) -> dict[str, tuple[str, str]]:
    raw = locale.get("speakers", "titles", {}) or {}
    titles: dict[str, tuple[str, str]] = {}
    if isinstance(raw, Mapping):
        for key, value in raw.items():
            if isinstance(value, (list, tuple)) and len(value) == 2:
                titles[fold(str(key))] = (str(value[0]), str(value[1]))
    return titles


@functools.lru_cache(maxsize=16)
def _compile(path: str, locale: Locale) -> PersonPatterns:
    """The locale's patterns, built from its ``speakers:`` section, or rebuilt from what
    an earlier run built from the very same section (``checker.speedups.data_cache``, stamped
    with this code, ``locales.fold``, regex and Python): building the pattern sources
    (escaping some 1,500 cue words) was 2.6-3.5 ms of every single-story run."""
    from ...speedups import data_cache
    from ... import locales
    section = repr(locale.data.get("speakers")) if isinstance(locale.data, Mapping) else None
    stamp = (data_cache.file_stamp(__file__), data_cache.file_stamp(locales.__file__),
             regex.__version__, sys.version)
    key = f"person-patterns:{path}"
    usable = section is not None and None not in stamp
    stored = data_cache.get(key, stamp) if usable else None
    if type(stored) is list and len(stored) == 2 and stored[0] == section:
        try:
            return _from_plan(stored[1])
        except Exception:   # noqa: BLE001 - anything amiss in an entry: build afresh
            pass
    built = _build(locale)
    if usable:
        data_cache.put(key, stamp, [section, _to_plan(built)])
    return built


_LAZY_FIELDS = ("org_before", "role_before", "title_before", "determiner_before",
                "apposition_after", "role_word", "org_word", "roles_word", "on_record_after", "person_verb_after", "on_record_before",
                "speech_after", "in_relative", "speech_before", "quote_inversion",
                "speech_verb",
                "pronoun_inversion", "pronoun_after", "singular_verb", "source_before", "past_verb")
_SET_FIELDS = ("title_heads", "male_titles", "female_titles", "male_pronouns",
               "female_pronouns", "not_names", "not_person_words", "interviewers",
               "prefix_particles", "noun_like_verbs", "agency_verbs", "skip_words",
               "continuers", "subject_openers", "group_nouns", "plural_verbs",
               "surname_prefixes", "person_pronouns", "clause_openers", "past_forms",
               "complement_openers")
_GATE_RUNS = {"speech_gate": (_RUNS, _ASCII_RUNS),
              "role_gate": (_RUNS_NOT_AFTER_HYPHEN, _ASCII_RUNS_NOT_AFTER_HYPHEN)}


def _to_plan(pats: PersonPatterns) -> dict:
    """``pats`` as plain data (pattern sources, sorted word lists) for the data cache."""
    listed = lambda words: None if words is None else sorted(words)  # noqa: E731
    gates = {}
    for name, (runs, ascii_runs) in _GATE_RUNS.items():
        gate = getattr(pats, name)
        if gate.runs is not runs or gate.ascii_runs is not ascii_runs:
            raise ValueError(name)
        gates[name] = [listed(gate.heads), listed(gate.singles),
                       None if gate.wholes is None else [sorted(w) for w in gate.wholes]]
    return {"candidate": pats.candidate.pattern, "plain": pats.plain.pattern,
            "lazy": {name: [getattr(pats, name).pattern, int(getattr(pats, name).flags)]
                     for name in _LAZY_FIELDS},
            "sets": {name: sorted(getattr(pats, name)) for name in _SET_FIELDS},
            "titles": {k: list(v) for k, v in pats.titles.items()},
            "elisions": list(pats.elisions), "lead_literals": list(pats.lead_literals),
            "group_suffixes": list(pats.group_suffixes), "noun_suffixes": list(pats.noun_suffixes),
            "tails": {k: listed(v) for k, v in pats.tails.items()}, "gates": gates,
            "role_postmodifiers": pats.role_postmodifiers}


def _from_plan(plan: dict) -> PersonPatterns:
    """The ``PersonPatterns`` that ``_to_plan`` was given."""
    frozen = lambda words: None if words is None else frozenset(words)  # noqa: E731
    gates = {name: WordGate(runs, frozen(heads), frozenset(singles),
                            None if wholes is None else tuple(frozenset(w) for w in wholes),
                            ascii_runs)
             for name, (runs, ascii_runs) in _GATE_RUNS.items()
             for heads, singles, wholes in (plan["gates"][name],)}
    return PersonPatterns(
        candidate=pattern_cache.compile(plan["candidate"]),
        plain=pattern_cache.compile(plan["plain"]),
        **{name: Lazy(pattern, flags) for name, (pattern, flags) in plan["lazy"].items()},
        **{name: frozenset(words) for name, words in plan["sets"].items()},
        titles={k: (v[0], v[1]) for k, v in plan["titles"].items()},
        elisions=tuple(plan["elisions"]), lead_literals=tuple(plan["lead_literals"]),
        group_suffixes=tuple(plan["group_suffixes"]), noun_suffixes=tuple(plan["noun_suffixes"]),
        tails={k: frozen(v) for k, v in plan["tails"].items()}, **gates,
        role_postmodifiers=int(plan["role_postmodifiers"]))


def _name_pattern(locale: Locale) -> tuple[Any, str, tuple[str, ...], str]:
    """The pattern of a name as written: a chain of capitalised words, initials and
    particles ("Jean-Marc de La Tour", "B. Obama", "al-Assad"), after an optional title
    ("le ministre", "Dr."); with the chain alone, the title words and their alternation,
    which the patterns around a name reuse."""
    words = lambda key: locale.words("speakers", key)  # noqa: E731
    particles = _alternation(words("particles"))
    prefixes = _alternation(words("prefix_particles"), capital_too=True)
    apostrophes = _alternation(words("apostrophe_particles"))
    token = (rf"(?:{prefixes}-\p{{Lu}}[\p{{L}}\p{{M}}]+|{apostrophes}['’]\p{{Lu}}[\p{{L}}\p{{M}}]+|"
             rf"{_WORD})")
    initial = rf"(?:\p{{Lu}}\.(?:-?\p{{Lu}}\.)*){_SEP}"
    chain = (rf"(?:{initial})*{token}(?:{_SEP}(?:{initial})*(?:{particles}{_SEP})*{token}|"
             rf"{_SEP}{initial}(?:{initial})*{token})*")
    raw_titles = locale.get("speakers", "titles", {}) or {}
    title_words = tuple(str(k) for k in raw_titles) if isinstance(raw_titles, Mapping) else ()
    titles_alt = _alternation(title_words, capital_too=True)
    # "M. de Villepin", "Dr. van Helsing": a particle may follow a courtesy title only
    # (after an office, "le ministre de la Défense", it opens a complement)
    courtesy = tuple(str(k) for k, v in raw_titles.items()
                     if isinstance(v, (list, tuple)) and len(v) == 2 and str(v[0]) == "courtesy") \
        if isinstance(raw_titles, Mapping) else ()
    courtesy_alt = _alternation(courtesy, capital_too=True)
    candidate = pattern_cache.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}-])(?:(?P<title>{courtesy_alt})\.?{_SEP}{particles}{_SEP}"
        rf"|(?P<title>{titles_alt})\.?{_SEP})?(?P<name>{chain})"
        rf"(?![\p{{L}}\p{{M}}\p{{N}}])")
    return candidate, chain, title_words, titles_alt


def _build(locale: Locale) -> PersonPatterns:
    words = lambda key: locale.words("speakers", key)  # noqa: E731
    candidate, chain, title_words, titles_alt = _name_pattern(locale)
    roles = _alternation(words("roles") + title_words)
    # a role in the plural names the people of a list ("photographers Ana Ruiz and Tom
    # Birch", "les joueurs Anne Roy et Paul Roy")
    # and in languages that place adjectives after the noun, one or two of them may stand
    # between the role and the name ("le président afghan Hamid Karzai")
    between = int(locale.get("speakers", "role_postmodifiers", 0) or 0)
    stop = _alternation(words("determiners") + words("auxiliaries") + words("complement_openers")
                        + words("subject_openers") + words("particles"))
    postmodifiers = (rf"|{_SEP}(?-i:(?!(?:{stop})(?![\p{{L}}]))\p{{Ll}}[\p{{Ll}}\p{{M}}-]{{2,}}{_SEP})"
                     rf"{{1,{between}}}") if between > 0 else ""
    role_before = _at_end(
        rf"(?i)(?<![\p{{L}}-]){roles}s?(?:{_SEP}|\b[^,.;:!?\n«»“”\"]{{0,50}},{_SEP}"
        rf"{postmodifiers})$")
    org_before = _at_end(
        rf"(?i)(?<![\p{{L}}-]){_alternation(words('org_nouns'))}"
        rf"(?:{_SEP}|\b[^,.;:!?\n«»“”\"]{{0,50}},{_SEP})$")
    title_before = _at_end(rf"(?i)(?<![\p{{L}}-])(?P<title>{titles_alt}){_SEP}$")
    # a word that is a determiner and also opens a clause ("that") reads as the clause's
    # opening before a name ("confirmed that Ana Roy had left"), not as a thing's determiner
    openers = set(words("subject_openers"))
    det_words = tuple(w for w in words("determiners") if w not in openers)
    determiners = _alternation(det_words)
    elisions = tuple(words("elisions"))
    # the elided forms that are determiners ("l'"): "qu'" or "d'" before a name opens a
    # clause or a complement ("les propos d'Anne Roy"), not a thing's name
    det_elisions = tuple(words("determiner_elisions")) \
        if locale.get("speakers", "determiner_elisions", None) is not None else elisions
    elision_alt = _alternation(det_elisions) if det_elisions else r"(?!x)x"
    determiner_before = _at_end(
        rf"(?i)(?:(?<![\p{{L}}-]){determiners}{_SEP}|(?<![\p{{L}}]){elision_alt})$")
    apposition = _alternation(words("apposition"))
    # ", of the ...", ", 47,", « , 47 ans, »: an age in apposition, with its unit or without
    age_units = words("age_units")
    age_unit = rf"(?:{_SEP}(?:{_alternation(age_units)}))?" if age_units else ""
    apposition_after = Lazy(
        rf"^,{_SEP}(?:(?:{apposition})\b|\d{{1,3}}{age_unit},)")
    role_word = Lazy(rf"(?i)(?<![\p{{L}}-]){_alternation(words('roles'))}(?![\p{{L}}])")
    org_word = Lazy(rf"(?i)(?<![\p{{L}}-]){_alternation(words('org_nouns'))}(?![\p{{L}}])")
    roles_word = Lazy(rf"(?i)(?<![\p{{L}}-]){_alternation(words('roles'))}s?(?![\p{{L}}])")
    # an apposition naming an office whose holder speaks on the record (a spokesman, a
    # minister): up to three lower-case words, then the office noun
    on_record = words("on_record_roles")
    on_record_after = Lazy(
        rf"^,{_SEP}(?:\p{{Ll}}[\p{{L}}\p{{M}}'’-]*{_SEP}){{0,3}}{_alternation(on_record)}(?![\p{{L}}'’])"
        if on_record else r"(?!x)x")
    on_record_before = _at_end(
        rf"(?i)(?<![\p{{L}}-]){_alternation(on_record)}{_SEP}$" if on_record else r"(?!x)x")
    verbs = words("verbs")
    participles = words("participles")
    auxiliaries = _alternation(words("auxiliaries"))
    verb_forms = _alternation(verbs + participles)
    # an object pronoun may stand between the name and its verb ("Roy leur répondit")
    clitics = words("clitics")
    # (or an elided one written against its verb: « Roux l'avait annoncé »)
    elided = words("elided_clitics")
    clitic = rf"(?:{_alternation(clitics)}{_SEP}" + (rf"|{_alternation(elided)}" if elided else "") + ")?" \
        if clitics else ""
    # and an adverb ("Roy also said", "Roy later told")
    adverbs = words("adverbs")
    adverb = rf"(?:{_alternation(adverbs)}{_SEP})?" if adverbs else ""
    # or one set off by commas ("Roy, however, warned", "Roy, pour sa part, a déclaré")
    aside = rf"(?:,{_SEP}{_alternation(adverbs)}(?=,))?" if adverbs else ""
    speech_after = Lazy(
        rf"^{aside},?{_SEP}{adverb}{clitic}(?:(?:{auxiliaries}){_SEP}(?:\p{{Ll}}+{_SEP})?)?(?P<verb>{verb_forms})(?![\p{{L}}])")
    relatives = words("relative_pronouns")
    in_relative = Lazy(rf"(?i),{_SEP}{_alternation(relatives)}(?![\p{{L}}])[^.;:!?«»\"“”]*$" if relatives
                       else r"(?!x)x")
    # what only a person does ("would resign", "has died", "a témoigné"): its subject is one
    person_verbs = words("person_verbs")
    person_verb_after = Lazy(
        rf"^{_SEP}{adverb}{_alternation(person_verbs)}(?![\p{{L}}])" if person_verbs
        else r"(?!x)x")
    inverted = words("inverted_verbs") or ()
    before_forms = _alternation(inverted + (verbs if participles else ()) + participles)
    speech_before = _at_end(
        # "a ajouté Khadem", "a déclaré le président X", "said the Rev. Jones"
        rf"(?<![\p{{L}}])(?P<verb>(?:{auxiliaries}{_SEP})?{before_forms}){_SEP}(?:{determiners}{_SEP})?$"
        if participles or inverted
        else r"(?!x)x")
    # right after a quotation, the clause that names its speaker puts the verb first, whatever
    # the verb ('« ... », a réagi Khadem', '"...," quipped Ruiz'): the shape is the cue
    quote_inversion = _at_end(
        rf"(?:[»\"”],|,[\"”]){_SEP}(?:(?:{auxiliaries}){_SEP})?\p{{Ll}}[\p{{Ll}}'’-]+{_SEP}$")
    speech_verb = Lazy(rf"(?i)(?<![\p{{L}}]){verb_forms}(?![\p{{L}}])")
    inversion = _alternation(words("inversion_pronouns"))
    pronoun_inversion = Lazy(
        rf"(?i)(?<![\p{{L}}])(?:{verb_forms}-(?:t-)?(?P<pron>{inversion})|"
        rf"{auxiliaries}-(?:t-)?(?P<pron2>{inversion}){_SEP}{verb_forms})(?![\p{{L}}])"
        if words("inversion_pronouns") else r"(?!x)x")
    pronouns = _alternation(words("pronouns"))
    pronoun_after = Lazy(
        rf"(?i)^,?{_SEP}(?P<pron>{pronouns}){_SEP}(?:(?:{auxiliaries}){_SEP})?{verb_forms}(?![\p{{L}}])")
    titles = _titles(locale)
    folded = lambda key: frozenset(fold(w) for w in words(key))  # noqa: E731
    leads: set[str] = set()
    for word in title_words:
        head = _LEADING_LETTERS.search(word.strip())
        if word.strip() and not word.strip()[0].isupper():
            leads.add(head.group() if head else word.strip()[0])
    for word in words("prefix_particles"):
        leads.update((word + "-", word.capitalize() + "-"))
    for word in words("apostrophe_particles"):
        leads.update(word + mark for mark in "'’")
    title_heads = set()
    for word in title_words:
        head = _LEADING_LETTERS.search(word.strip())
        if head:
            title_heads.update((head.group(), head.group()[:1].upper() + head.group()[1:]))
    not_names = frozenset(words("not_names"))
    plain = pattern_cache.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-])(?P<title>(?!x)x)?(?P<name>{chain})"
                          rf"(?![\p{{L}}\p{{M}}\p{{N}}])")
    return PersonPatterns(
        candidate=candidate, plain=plain, title_heads=frozenset(title_heads),
        org_before=org_before, role_before=role_before, title_before=title_before,
        determiner_before=determiner_before, apposition_after=apposition_after,
        role_word=role_word, org_word=org_word, roles_word=roles_word, on_record_after=on_record_after,
        person_verb_after=person_verb_after, on_record_before=on_record_before,
        speech_after=speech_after, in_relative=in_relative, speech_before=speech_before,
        quote_inversion=quote_inversion,
        speech_verb=speech_verb, pronoun_inversion=pronoun_inversion,
        pronoun_after=pronoun_after, titles=titles,
        male_titles=folded("male_titles"), female_titles=folded("female_titles"),
        male_pronouns=folded("pronouns_male"), female_pronouns=folded("pronouns_female"),
        person_pronouns=folded("person_pronouns"),
        clause_openers=folded("clause_openers"),
        past_forms=frozenset(w for w in locale.words("time", "past_cues")
                             if " " not in w and w not in words("plural_verbs")),
        singular_verb=Lazy(locale.get("speakers", "singular_verb", None) or r"(?!x)x"),
        past_verb=Lazy(locale.get("speakers", "past_verb", None) or r"(?!x)x"),
        source_before=_at_end(
            rf"(?i)(?<![\p{{L}}])(?:{_alternation(words('according'))}){_SEP}$"),
        not_names=not_names, skip_words=not_names - title_heads,
        continuers=frozenset(words("particles") + words("prefix_particles")
                             + words("apostrophe_particles")),
        subject_openers=frozenset(words("subject_openers")),
        not_person_words=frozenset(words("not_person_words")),
        interviewers=folded("interviewers"), prefix_particles=folded("prefix_particles"),
        elisions=elisions, noun_like_verbs=folded("noun_like_verbs"),
        agency_verbs=folded("agency_verbs"), group_nouns=folded("group_nouns"),
        plural_verbs=folded("plural_verbs"),
        surname_prefixes=frozenset(words("surname_prefixes")),
        complement_openers=folded("complement_openers"),
        group_suffixes=tuple(sorted(fold(w) for w in words("group_suffixes"))),
        noun_suffixes=tuple(sorted(fold(w) for w in words("noun_suffixes"))),
        # a literal that extends a shorter one ("présidente", "président") finds nothing new
        lead_literals=tuple(sorted(w for w in leads if w and not w[0].isupper() and not any(
            o != w and w.startswith(o) for o in leads))),
        tails={"title": _tails(title_words), "role": _plurals(_tails(words("roles") + title_words)),
               "org": _tails(words("org_nouns")), "on_record": _tails(on_record), "determiner": _tails(det_words),
               "speech": _tails(inverted + (verbs if participles else ()) + participles
                                + words("determiners")),
               "speech_after": _heads(words("auxiliaries") + verbs + participles + clitics
                                      + adverbs + tuple(w.rstrip("'’") for w in words("elided_clitics")))},
        speech_gate=WordGate.of(verbs + participles, _RUNS, whole=True, ascii_runs=_ASCII_RUNS),
        role_gate=WordGate.of(words("roles"), _RUNS_NOT_AFTER_HYPHEN,
                              ascii_runs=_ASCII_RUNS_NOT_AFTER_HYPHEN),
        role_postmodifiers=between)


def patterns_for(locale: Locale) -> PersonPatterns:
    """The compiled patterns of ``locale`` (cached by its file path)."""
    return _compile(locale.path, locale)


@functools.lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """``locales.fold`` memoised per process: stories fold the same name words again and
    again (a corpus run folds each distinct word about ten times)."""
    return fold(word)


@functools.lru_cache(maxsize=1 << 16)
def surname_key(word: str, prefix_particles: frozenset[str]) -> str:
    """The key a surname is compared under: folded, without a particle prefix ("al-"),
    without the space of a prefix written apart ("Mc Kenna" is "mckenna")."""
    key = fold_word(word).replace(" ", "")
    head, dash, rest = key.partition("-")
    if dash and head in prefix_particles and rest:
        return rest
    return key
