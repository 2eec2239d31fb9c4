"""Person mentions, clustered into persons p1, p2, ...

A full name ("Khalil Hamdane") introduces a person when some cue says it is a person's
name: a title, a role noun, an apposition, a speech verb, an interview label, or a later
bare use of its surname. Bare surnames, given names and title+surname references then
join the person they name. A title+surname or a named speaker that no full name
introduced becomes a person of its own, with no ``full`` mention: that is exactly what
``speakers.unintroduced`` reports. A bare capitalised word that is one letter away from an
introduced surname also becomes a mention of its own person, for ``speakers.variant``.
"""
from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from typing import Any, Collection, Iterable, Iterator

import regex

from ...speedups import pattern_cache

from ...document import Document
from ...spans import Span
from ._sounds import skeleton, sound_alike
from ._candidates import Candidate, candidates, complete, speech_after
from ._positions import Cast, a_things, position
from ._lexicon import common_word, written_lower
from ._personal import aged, continues, described_after, referred_to
from ._introductions import vouched as evidence_vouched
from ._patterns import PersonPatterns, fold_word as fold, patterns_for, surname_key

# a lower-case word right before a name: it is an object ("analyst from Cazenove"), not a subject
_LOWER_BEFORE = pattern_cache.compile(r"(?<![\p{L}\p{M}])(\p{Ll}[\p{L}\p{M}'’]*)[ \t\u00a0]+$",
                              regex.REVERSE)


# a possessive "'s" right after a name, and the word it owns
_POSSESSIVE = pattern_cache.compile(r"['’]s[ \t\u00a0]+\p{Ll}")
_NEXT_WORD = pattern_cache.compile(r"[ \t\u00a0]+([\p{L}\p{M}'’-]+)")


def _object(prose: str, start: int, pats: PersonPatterns) -> bool:
    """A lower-case word right before the name makes it an object or a complement ("an
    analyst at Cazenove said"), unless it opens a clause ("and Whitaker said")."""
    found = _LOWER_BEFORE.search(prose, max(0, start - 30), start)
    return bool(found) and found.group(1) not in pats.subject_openers


def _agency_verb(prose: str, end: int, pats: PersonPatterns) -> bool:
    """The speech verb after the name is one news media use as much as people
    ("Reuters reported"): no proof, alone, that a name seen once is a person's."""
    found = pats.speech_after.match(prose[end:end + 70])
    return bool(found) and fold(found.group("verb")) in pats.agency_verbs


def _next_word(prose: str, end: int) -> str:
    found = _NEXT_WORD.match(prose, end, end + 40)
    return fold(found.group(1)) if found else ""


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person.

    Args:
        span: the mention as written; includes the title for title+surname forms.
        name_span: the name alone (no title): what related spans point at.
        person: the person's id ("p1").
        form: full | surname | given | title+surname | title+full.
        name: the name as written, without title.
        surname: the family name (last name word).
        given: the first name word of a full mention, else "".
        title: the title as written ("M", "Dr", "président"), else "".
        cues: what showed this is a person (title, role, apposition, speech, speaker,
            label; list: a surname listed right after a person's full name, before the
            story gives its own; age: an adult's age in apposition and nothing that
            describes them, so no description excuses a single name); "initial" when the
            mention opens a sentence (its capital proves nothing).
        gender: "m", "f" or "" (from the title).
        variant_of: for a spelling one slip from an introduced person's surname, that
            person's id ("p1"): the same person, misspelt; else "".
    """

    span: Span
    name_span: Span
    person: str
    form: str
    name: str
    surname: str
    given: str
    title: str
    cues: tuple[str, ...]
    gender: str
    variant_of: str = ""

    def to_json(self, document: Document) -> dict[str, Any]:
        return {"type": "person", "offset": self.span.start, "length": self.span.length,
                "text": document.text[self.span.start:self.span.end], "person": self.person,
                "form": self.form, "name": self.name, "surname": self.surname,
                "title": self.title, "cues": list(self.cues),
                **({"variant_of": self.variant_of} if self.variant_of else {})}


def near_miss(a: str, b: str) -> bool:
    """Two folded surnames one typo apart (two for long names), or equal once folded. A
    short surname has too many one-letter neighbours among words and names; only a letter
    added after its first one ("Cook" / "Cooke", "Vos" / "Voss") is taken for a slip."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 3 or shortest <= 4 and not _short_pair(a, b):
        return False
    from rapidfuzz.distance import OSA   # here: a story whose names all match never pays its import
    return OSA.distance(a, b) <= (2 if shortest >= 9 else 1)


def _short_pair(a: str, b: str) -> bool:
    """A four-letter and a five-letter word with the same first letter, or a three-letter
    word that is a four-letter one with a letter dropped after its first ("Vos" / "Voss",
    "Ebb" / "Ebbs"): a short name loses a letter, it seldom changes one."""
    lengths = {len(a), len(b)}
    if lengths == {4, 5}:
        return a[0] == b[0]
    if lengths != {3, 4}:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short[0] == long_[0] and any(long_[:i] + long_[i + 1:] == short for i in range(1, 4))


def resembles(a: str, b: str) -> bool:
    """Two folded surnames that may spell one name: a typo apart (``near_miss``) or the
    same name heard the same way ("Gaddafi" / "Kadhafi": ``_sounds``)."""
    return near_miss(a, b) or sound_alike(a, b)


def _sounds_like_any(key: str, by_sound: dict[str, list[str]]) -> bool:
    """Some surname of ``by_sound`` (skeleton -> surnames) sounds like ``key``."""
    return any(sound_alike(key, s) for s in by_sound.get(skeleton(key), ()))


@functools.lru_cache(maxsize=1)
def _within_two():
    """rapidfuzz's search of a list for every entry at most two edits (OSA) from a word,
    imported on first use like ``near_miss``."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA
    return functools.partial(process.extract, scorer=OSA.distance, score_cutoff=2, limit=None)


def near_any(a: str, others: Collection[str]) -> bool:
    """``any(near_miss(a, b) for b in others)``, with one rapidfuzz call for all of them
    (five times faster than a call per pair for a story's handful of surnames)."""
    if not others:
        return False
    if a in others:
        return True
    if len(a) < 3:
        return False
    for b, distance, _ in _within_two()(a, others):
        shortest = min(len(a), len(b))
        if (shortest >= 5 or shortest >= 3 and _short_pair(a, b)) \
                and distance <= (2 if shortest >= 9 else 1):
            return True
    return False


def _variant_spelling(word: str, key: str, occurrences: dict[str, int],
                      surnames: dict[str, int], cued: set[str], prose: str,
                      owned: bool = False) -> bool:
    """A capitalised word one typo from an introduced surname is another spelling of it
    wherever it stands ("the board chose Marsdon"), unless the story's own evidence says
    it is a word of its own: it recurs as often as the surname it resembles, or the story
    also writes it in lower case (a common word that happens to open a sentence).
    ``surnames`` counts each vouched surname's uses; ``cued`` are those a cue vouches for.
    A word that is the surname less its final "s" is the singular or the adjective of a
    plural ("Paralympic" / "Paralympics"), unless it is ``owned``: written with a
    possessive "'s" ("Ebb's deputy" after "Helen Ebbs"), a singular owner, no adjective."""
    count = occurrences.get(key, 0)
    if not any((count < n or count == 1) and (owned or not _plural_of(key, s))
               and (s in cued or not _one_replaced(key, s))
               for s, n in surnames.items() if resembles(key, s)):
        return False
    return word.lower() == word or not written_lower([word], prose)


def _given_pairs(fulls: list[Candidate], key_of: dict[str, str], prefixes: Collection[str],
                 prose: str) -> list[tuple[Candidate, str, str]]:
    """Uncued two-word names sharing their last word under two first words of one
    initial, one written twice or more and the other once ("Pierre Moscovici" twice ...
    "Paul Moscovici"): a person, once under a wrong given name, or two of one family
    (the checks tell which). One use of each is no established spelling to hold to. Places and things that share a last word differ by a
    common word the story also writes in lower case ("North Carolina", "South Carolina"),
    by their initial, or by an ending ("Cats Protection", "Cat Protection": one thing
    misspelt, for ``names.variant``)."""
    by_surname: dict[str, list[Candidate]] = {}
    for c in fulls:
        if len(c.words) == 2 and fold(c.words[0]) not in prefixes \
                and min(len(c.words[0]), len(c.words[1])) >= 3:
            by_surname.setdefault(key_of[c.words[-1]], []).append(c)
    found = []
    for surname, members in by_surname.items():
        uses: dict[str, int] = {}
        for c in members:
            uses[fold(c.words[0])] = uses.get(fold(c.words[0]), 0) + 1
        if not any(uses[a] >= 2 and uses[b] == 1 and a[0] == b[0]
                   and not (a.startswith(b) or b.startswith(a))
                   for a in uses for b in uses) \
                or written_lower({w for c in members for w in c.words}, prose):
            continue
        found += [(c, surname, fold(c.words[0])) for c in members]
    return found


def _case_slip(word: str, written: frozenset[str]) -> bool:
    """Is the word a surname of the story written with other inner capitals ("Dewitt" for
    "DeWitt", "Mckenna" for "McKenna")? Capitals for emphasis ("DEWITT") are no slip."""
    if word in written or word.isupper():
        return False
    folded = word.casefold()
    return any(w.casefold() == folded and w[1:] != word[1:] for w in written)


@functools.lru_cache(maxsize=16)
def _measured_pattern(locale: Any) -> Any:
    """A change verb and a percentage right after a word ("Output rose 25%", « Production
    a progressé de 25 % »; the locale's ``numbers.change_cues`` and its spellings of "%"):
    what rises by a percentage is a measure, never a person. None without those words."""
    cues = [regex.escape(w).replace("\\ ", r"\s+") for w in locale.words("numbers", "change_cues")]
    units = (locale.get("numbers", "units", {}) or {}).get("%") or []
    percent = [regex.escape(str(w)).replace("\\ ", r"\s+") for w in units]
    if not cues or not percent:
        return None
    words = r"(?:[\p{L}'’]+\s+){0,2}"
    return regex.compile(rf"\s+{words}(?:{'|'.join(cues)})\s+{words}\d[\d.,\u00a0\u202f ]*\s*(?:{'|'.join(percent)})",
                         regex.IGNORECASE)


def _common_noun(word: str, prose: str, suffixes: tuple[str, ...] = ()) -> bool:
    """A word opening a sentence that the story also writes in lower case, as it is or
    as the singular of its plural ("Unions said they would fight" in a story about "the
    union"), or built with an ending that makes abstract nouns (``suffixes``:
    "Construction is due to start", "Inflation has ..."; a stem of four letters or more,
    so "Clement" stays a name): a common noun capitalised by its place, not a name."""
    low = word.lower()
    folded = fold(word)
    if any(folded.endswith(s) and len(folded) - len(s) >= 4 for s in suffixes):
        return True
    forms = [low] + ([low[:-1]] if len(low) > 4 and low.endswith(("s", "x")) else [])
    return written_lower(forms, prose)


def _misspelt_reuse(words: tuple[str, ...], surname: str, once_keys: Iterable[str],
                    prose: str) -> bool:
    """A full name that no cue vouches for is a person's when a word written once is
    its surname by a slip's shape (a letter added, dropped or swapped: "Mourdock" /
    "Murdock"; one letter for another, or letters added at the end, "Estonia" /
    "Estonian", make other words as often), and no word of it is one the story also
    writes in lower case ("Team Estonia", "App Store": common nouns, not a name)."""
    if not any(near_miss(surname, k) and not _one_replaced(surname, k)
               and not k.startswith(surname) and not surname.startswith(k)
               for k in once_keys):
        return False
    return not written_lower(words, prose)


def _one_replaced(a: str, b: str) -> bool:
    """Same length, one letter replaced by another ("Wikipédia" / "Wikimédia")."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _plural_of(a: str, b: str) -> bool:
    """One word is the other with an "s" (or "es") at its end: a plural or an adjective
    ("Paralympics" / "Paralympic"), not a misspelling."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_.startswith(short) and long_[len(short):] in ("s", "es") \
        and not short.endswith("s")   # "Jobss" is no plural of "Jobs"


_WORDS_AFTER = pattern_cache.compile(r"[ \t\u00a0]+([\p{L}\p{M}'’-]+)(?:[ \t\u00a0]+([\p{L}\p{M}'’-]+))?")


def _group(word: str, cues: frozenset[str], context: tuple | None,
           pats: PersonPatterns) -> bool:
    """The word names a group, not a person: a plural or collective noun ("Police said",
    "Analysts noted"), a plural demonym ("Canadians"), or the subject of a verb in the
    plural ("Syndicats affirment", "ont déclaré Policiers")."""
    key = fold(word)
    if key in pats.group_nouns or key.endswith(pats.group_suffixes):
        return True
    if len(key) > 4 and key.endswith("s") and _office_noun(key[:-1], pats):
        return True   # "Professors", "Ministres": the plural of a title or a role noun
    if context is None:
        return False
    before, after = context[0], context[1]
    found = _WORDS_AFTER.match(after)
    if found:
        first, second = fold(found.group(1)), fold(found.group(2) or "")
        if first in pats.plural_verbs or second in pats.plural_verbs \
                and pats.speech_after.match(after):
            return True
    if "speaker" in cues:
        tail = before.split()[-3:]
        return any(fold(w) in pats.plural_verbs for w in tail)
    return False


def _office_noun(key: str, pats: PersonPatterns) -> bool:
    """A folded word that is a title or a role noun ("professor", "ministre")."""
    if key in pats.titles:
        return True
    found = pats.role_word.match(key)
    return bool(found) and found.end() == len(key)


_LIST_BEFORE = pattern_cache.compile(r"(?:,[ \t\u00a0]*(?:\p{Ll}{1,4}[ \t\u00a0]+)?|[ \t\u00a0]+\p{Ll}{1,4}[ \t\u00a0]+)$")


def _listed(prose: str, start: int, person_ends: set[int]) -> bool:
    """The word comes next in a list after a person's full name ("guests like Stan Lee,
    Mark Hamill, and Atwood"): ", ", ", and ", " and " or " et " right after the name."""
    found = _LIST_BEFORE.search(prose, max(0, start - 8), start)
    return bool(found) and found.start() in person_ends


def _resembled(key: str, at: int, by_token: dict[str, list[tuple[int, str]]]) -> str:
    """The cluster of the introduced person whose surname ``key`` is a near miss of (the
    one introduced last before ``at``, else the first), or ""."""
    options = [o for s, found in by_token.items() if s != key and resembles(key, s)
               for o in found]
    if not options:
        return ""
    earlier = [o for o in options if o[0] <= at]
    return max(earlier)[1] if earlier else min(options)[1]


_QUOTE_NEXT = pattern_cache.compile(r',[ \t\u00a0]*[«"“]')


def _sourced(prose: str, start: int, end: int, pats: PersonPatterns) -> bool:
    """The name is the source an "according to" phrase names, and a quotation opens
    right after its comma ('according to Okonjo, "the plan is dead"', 'selon Okonjo, « le
    problème ... »'): whose words they are, like the subject of "said". Without the
    quotation the source is as often a newspaper, a poll or a firm ("according to
    Gallup, ..."); a weak cue ("pour") names a capital for its government as often
    ("Pour Bruxelles, « ... »")."""
    return bool(_QUOTE_NEXT.match(prose, end, end + 4)) \
        and bool(pats.source_before.search(prose, max(0, start - 40), start))


@functools.lru_cache(maxsize=1 << 14)
def _fullmatch(pattern, word: str) -> bool:
    """``pattern.fullmatch(word)`` for a locale's word-list pattern, cached by word: the
    readings of a lone name (``_referred_to``, ``_continues``) ask it of every word after
    the name to its sentence's end ("the", "company", "has"), words that recur from story
    to story, and each test tries a long alternation."""
    return bool(pattern.fullmatch(word))


# the letters ending a text, read right to left (a search from the left tries every letter)
_LAST_LETTERS = pattern_cache.compile(r"[\p{L}\p{M}]+$", regex.REVERSE)


def _on_record_before(window: str, pats: PersonPatterns) -> bool:
    """``pats.on_record_before.search(window)`` ("union spokesman " at the window's end),
    run only when the window ends with spaces (before a final line break, where ``$``
    matches too) after a word that ends an on-record role: the gate of the "..._before"
    patterns (``PersonPatterns.tails``), for a test asked of every lone word."""
    tails = pats.tails.get("on_record")
    if tails is not None:
        text = window[:-1] if window.endswith("\n") else window
        stripped = text.rstrip(" \t\u00a0")
        if len(stripped) == len(text):
            return False
        run = _LAST_LETTERS.search(stripped)
        if not run or run.group().casefold() not in tails:
            return False
    return bool(pats.on_record_before.search(window))


def _continues(document: Document, start: int, end: int, pats: PersonPatterns,
               introduced) -> bool:
    """``_personal.continues`` for the name at ``start``-``end``, in its sentence. A name
    opening its sentence needs the sentence before in the same paragraph: a new paragraph
    opens a new topic as often as it goes on about the person ("Lunt said her premium had
    tripled. ¶ Work is due to begin next month"), and a common noun opening it looks like
    a name."""
    index = document.sentence_index(start)
    if not index or document.sentences[index].start == start \
            and document.paragraph_index(document.sentences[index - 1].start) \
            != document.paragraph_index(start):
        return False
    return continues(document.prose, end, document.sentences[index - 1],
                     lambda word: word in pats.past_forms or _fullmatch(pats.past_verb, word),
                     pats.person_pronouns, pats.male_pronouns | pats.female_pronouns, introduced)


def _referred_to(document: Document, end: int, pats: PersonPatterns,
                 known) -> bool:
    """``_personal.referred_to`` for the name ending at ``end``, in its sentence."""
    index = document.sentence_index(end - 1)
    if index is None or not pats.person_pronouns:
        return False
    sentences = document.sentences
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    return referred_to(document.prose, end, sentences[index], following,
                       pats.person_pronouns, known,
                       lambda word: word in pats.past_forms or _fullmatch(pats.singular_verb, word),
                       lambda word: _fullmatch(pats.role_word, word), pats.clause_openers)


def _cast(document: Document, singles: list[Candidate], people_full: list, key_of: dict[str, str],
          by_token: dict, by_given: dict, where) -> Cast:
    """The positions the story's introduced people are named in, bare or in full
    (``where`` reads one), and where they are named."""
    bare = [s for s in singles if not s.title
            and (key_of[s.words[0]] in by_token or key_of[s.words[0]] in by_given)]
    fulls = [c for c, _, _ in people_full if not c.title]
    return Cast.of(document, [where(s) for s in bare] + [where(c) for c in fulls],
                   [s.start for s in bare] + [c.start for c, _, _ in people_full])


def _sentence_end(document: Document, at: int) -> int:
    """Where the sentence holding ``at`` ends (``at`` outside every sentence)."""
    index = document.sentence_index(at)
    return document.sentences[index].end if index is not None else at


# front-matter keys that name the outlet publishing the story
_PUBLISHER_KEYS = ("source", "publisher", "site", "outlet")


# the words of a front-matter value
_LETTER_RUNS = pattern_cache.compile(r"[\p{L}\p{M}]+")


def _gender(title: str, pats: PersonPatterns) -> str:
    key = fold(title).rstrip(".")
    if key in pats.male_titles:
        return "m"
    if key in pats.female_titles:
        return "f"
    return ""


def _two_word_givens(fulls: list[Candidate], key_of: dict[str, str],
                     pats: PersonPatterns) -> dict[str, set[str]]:
    """Folded given name -> surname keys, of the two-word names a cue vouches for (a
    longer chain may hold a thing before the name: "Aer Lingus Chief Executive ...")."""
    givens: dict[str, set[str]] = {}
    for c in fulls:
        if c.cues and len(c.words) == 2 and fold(c.words[0]) not in pats.titles:
            givens.setdefault(fold(c.words[0]), set()).add(key_of[c.words[-1]])
    return givens


@dataclass
class _Draft:
    candidate: Candidate
    key: str          # cluster key (surname key, plus given for full names)
    form: str
    variant: str = ""   # the cluster key of the person this spelling resembles


def _clusters(people_full: list[tuple[Candidate, str, str]]) -> dict[tuple[str, str], list[Candidate]]:
    """Full names grouped by (surname key, given name key), in text order: one surname
    under two given names is two people ("Anne Roy", "Paul Roy"), and an initial joins
    the given name it opens ("B. Obama", "Barack Obama")."""
    clusters: dict[tuple[str, str], list[Candidate]] = {}
    givens: dict[str, list[str]] = {}
    for c, surname, given in people_full:
        known = givens.setdefault(surname, [])
        match = next((g for g in known if g == given or (len(given) <= 2 and g[0] == given[0])
                      or (len(g) <= 2 and g[0] == given[0])), None)
        if match is None:
            known.append(given)
            match = given
        clusters.setdefault((surname, match), []).append(c)
    return clusters


def extract(document: Document, facts: Any) -> Iterable[PersonMention]:
    """Person mentions of ``document`` in text order, each with its person id."""
    pats = patterns_for(facts.locale)
    prose = document.prose
    cands = list(candidates(document, facts.locale, pats))
    prefixes = pats.prefix_particles
    # every word's surname key, worked out once per story (names recur)
    key_of: dict[str, str] = {}
    occurrences: dict[str, int] = {}
    negative_keys: set[str] = set()
    fulls, singles, shaded = [], [], []
    for c in cands:
        for w in c.words:
            k = key_of.get(w)
            if k is None:
                k = key_of[w] = surname_key(w, prefixes)
            occurrences[k] = occurrences.get(k, 0) + 1
            if c.negative:
                negative_keys.add(k)
        if not c.negative:
            (singles if len(c.tokens) == 1 else fulls).append(c)
        elif c.context is not None and len(c.tokens) == 1:
            shaded.append(c)   # a thing by its context only ("the Marsdon campaign")
    # full names get all their cues now; single words only once they turn out to matter
    fulls = [complete(c, pats) for c in fulls]
    single_keys = {key_of[c.words[0]] for c in singles}
    cue_by_name: dict[str, set[str]] = {}
    for c in fulls:
        cue_by_name.setdefault(fold(" ".join(c.words)), set()).update(c.cues)
    headline = str(document.metadata.get("title") or "") if document.metadata else ""
    # the outlet that publishes the story ("source: Harbour Times"): "the Times spoke with
    # a docker" is the newspaper, never a person to introduce
    publisher = frozenset(_LETTER_RUNS.findall(" ".join(
        str(document.metadata.get(k) or "") for k in _PUBLISHER_KEYS))) \
        if document.metadata else frozenset()
    titled_keys = {key_of[c.words[0]] for c in singles
                   if "title" in c.cues or "speaker" in c.cues}
    cued_by_given: dict[str, set[str]] = {}   # given name key -> surname keys, cued names
    cued_by_initial: dict[str, set[str]] = {}   # "B." stands for any cued given name in B
    for c in fulls:
        if c.cues:
            cued_by_given.setdefault(fold(c.words[0]), set()).add(key_of[c.words[-1]])
            cued_by_initial.setdefault(fold(c.words[0])[:1], set()).add(key_of[c.words[-1]])
    # 1. full names that are people
    people_full: list[tuple[Candidate, str, str]] = []   # (cand, surname key, given key)
    # single words the story writes once: "Richard Mourdock ... after Murdock made remarks"
    # reuses the surname, misspelt (the slip is all the evidence the story gives), however
    # often the full name recurs
    once_keys = [k for k in single_keys if occurrences.get(k, 0) == 1 and len(k) >= 5]
    slipped: set[str] = set()   # surnames that only a misspelt reuse vouches for
    for c in fulls:
        words = c.words
        surname, given = key_of[words[-1]], fold(words[0])
        cues = cue_by_name[fold(" ".join(words))]
        # "Nick Bos ... Bos said": surnames get reused ("Al Jarajir ... al-Jarajir" is no
        # name), and a given name seldom stands alone ("Michigan ... Michigan Ford's stock"
        # is two things that met)
        reused = surname in single_keys and given not in prefixes \
            and key_of.get(words[0], given) not in single_keys
        if cues or reused or near_any(surname, titled_keys) \
                or near_any(surname, cued_by_given.get(given, ())) \
                or len(given.rstrip(".")) == 1 and near_any(surname, cued_by_initial.get(given[0], ())):
            people_full.append((c, surname, given))
        elif once_keys and len(surname) >= 5 \
                and len(words[0]) > 1 \
                and given not in prefixes and key_of.get(words[0], given) not in single_keys \
                and near_any(surname, once_keys) \
                and _misspelt_reuse(words, surname, once_keys, prose):
            people_full.append((c, surname, given))
            slipped.add(surname)
    # a full name no cue stands next to, shown a person's by the story's evidence (a list
    # shared with a person, a verb or a pronoun only a person takes)
    kept = {(c.start, c.end) for c, _, _ in people_full}
    evidenced = {fold(" ".join(c.words)) for c in evidence_vouched(
        document, facts.locale, pats, cands, [c for c in fulls if (c.start, c.end) not in kept],
        kept | {(c.start, c.end) for c in singles if "title" in c.cues},
        _two_word_givens(fulls, key_of, pats), written_lower)}
    if evidenced:
        people_full += [(c, key_of[c.words[-1]], fold(c.words[0])) for c in fulls
                        if (c.start, c.end) not in kept and fold(" ".join(c.words)) in evidenced]
    # a full name sharing the surname of a cued one is a person too (a namesake, a
    # relative, or the same person under another given name: the checks tell which)
    cued_surnames = {s for c, s, _ in people_full if cue_by_name[fold(" ".join(c.words))]
                     or fold(" ".join(c.words)) in evidenced}
    kept = {(c.start, c.end) for c, _, _ in people_full}
    people_full += _given_pairs([c for c in fulls if (c.start, c.end) not in kept],
                                key_of, prefixes, prose)
    kept = {(c.start, c.end) for c, _, _ in people_full}
    for c in fulls:
        if (c.start, c.end) not in kept and key_of[c.words[-1]] in cued_surnames \
                and fold(c.words[0]) not in prefixes:
            people_full.append((c, key_of[c.words[-1]], fold(c.words[0])))
    people_full.sort(key=lambda item: item[0].start)
    # 2. cluster full names by surname, keeping different given names apart
    clusters = _clusters(people_full)
    drafts: list[_Draft] = [_Draft(c, f"{s}|{g}", "title+full" if c.title else "full")
                            for (s, g), members in clusters.items() for c in members]
    by_token: dict[str, list[tuple[int, str]]] = {}   # token key -> (intro offset, cluster)
    by_given: dict[str, list[tuple[int, str]]] = {}
    for (s, g), members in clusters.items():
        first = min(m.start for m in members)
        for m in members:
            words = m.words
            for w in words[1:]:
                by_token.setdefault(key_of[w], []).append((first, f"{s}|{g}"))
            by_given.setdefault(fold(words[0]), []).append((first, f"{s}|{g}"))
    person_surnames = {s for s, _ in clusters}
    # surnames whose person some cue vouches for (by the full name, a title, or the surname
    # alone before a speech verb), or that the story names twice or more
    # (then only by a slip's shape, and never by a plural's: "Summer Paralympics ... the
    # Paralympics" has that too): the ones a stray spelling can vary
    # ("Helen Marsden ... 'We need stability,' Marsden said": the surname alone speaks)
    spoken = {key_of[c.words[0]] for c in singles
              if c.context is not None and key_of[c.words[0]] in person_surnames and speech_after(c.context[1], pats, c.context[0])}
    cued = {key_of[c.words[-1]] for c, _, _ in people_full
            if cue_by_name[fold(" ".join(c.words))] or fold(" ".join(c.words)) in evidenced} \
        | (titled_keys & person_surnames) | slipped | spoken
    vouched = cued | {s for s in person_surnames if occurrences.get(s, 0) >= 2}
    # a surname only the story's repetition vouches for varies by a slip's shape only (a
    # letter swapped, added or dropped): one letter for another is as often another name
    key_counts = {s: occurrences.get(s, 0) for s in vouched}
    vouched_keys = tuple(key_counts)
    vouched_sounds: dict[str, list[str]] = {}
    for s in vouched_keys:
        vouched_sounds.setdefault(skeleton(s), []).append(s)
    person_sounds: dict[str, list[str]] = {}
    for s in person_surnames:
        person_sounds.setdefault(skeleton(s), []).append(s)
    # where the full names of people end: a word listed right after one is a person too
    person_ends = {c.end for c, _, _ in people_full}
    # 3. single words: surname, given name, title+surname, or an unintroduced speaker
    full_spans = {(c.start, c.end) for c in fulls}
    near_of: dict[str, bool] = {}   # surname key -> one typo from a person's surname
    ages: list | None = None          # the story's ages, read when a lone word needs them
    calendar = set(facts.locale.months) | set(facts.locale.weekdays)

    cast: Cast | None = None   # where the introduced people stand, read when a word needs it
    objects = pats.male_pronouns | pats.female_pronouns
    things = frozenset(facts.locale.words("speakers", "thing_pronouns"))
    common_zipf = float(facts.locale.get("speakers", "common_word_zipf", 0) or 0)
    measured = _measured_pattern(facts.locale)
    # an object pronoun or an adverb between a subject and its verb ("Roy leur répond")
    between = frozenset(w for w in facts.locale.words("speakers", "clitics")
                        + facts.locale.words("speakers", "adverbs") if " " not in w)

    def finite(word: str) -> bool:
        """A verb in the past, an auxiliary or a speech verb ("said", "déclare")."""
        return word in pats.past_forms or _fullmatch(pats.past_verb, word) \
            or _fullmatch(pats.speech_verb, word)

    def object_at(text: str, start: int) -> bool:
        return _object(text, start, pats)

    def introduced(word: str) -> bool:
        """The word is a name word of a person the story introduced in full."""
        return (key_of.get(word) or surname_key(word, prefixes)) in by_token

    def known(word: str) -> bool:
        """A capitalised word other than a month or a weekday: another name, maybe a
        person's (the pronoun after it may be theirs)."""
        return fold(word).rstrip(".") not in calendar
    written_surnames = frozenset(c.words[-1] for c, _, _ in people_full)
    for c in itertools.chain(singles, shaded):
        if (c.start, c.end) in full_spans:
            continue
        word = c.words[0]
        key = key_of[word]
        if c.negative and key in by_token and _case_slip(word, written_surnames):
            # "the Dewitt design" after "Paul DeWitt": the surname, its inner capitals changed
            c = complete(c, pats)
            options = by_token[key]
            earlier = [o for o in options if o[0] <= c.start]
            drafts.append(_Draft(c, max(earlier)[1] if earlier else min(options)[1], "surname"))
            continue
        if c.negative:   # only as another spelling of someone's surname
            if key_counts and key not in by_token and key not in by_given and len(key) >= 5 \
                    and word not in pats.not_names and occurrences.get(key, 0) == 1 \
                    and (near_any(key, vouched_keys) or _sounds_like_any(key, vouched_sounds)) \
                    and _variant_spelling(word, key, occurrences, key_counts, cued, prose):
                drafts.append(_Draft(complete(c, pats), f"{key}|?", "surname",
                                     _resembled(key, c.start, by_token)))
            continue
        form = "title+surname" if c.title else "surname"
        options = by_token.get(key)
        if not options and not c.title and key in by_given:
            options, form = by_given[key], "given"
        if options:
            earlier = [o for o in options if o[0] <= c.start]
            chosen = max(earlier)[1] if earlier else min(options)[1]
            c = complete(c, pats)
            if not earlier and _listed(prose, c.start, person_ends):
                c = c._replace(cues=c.cues | {"list"})
            drafts.append(_Draft(c, chosen, form))
            continue
        if key in negative_keys or word in pats.not_names:
            continue
        if fold(word) in pats.titles:
            continue
        titled = "title" in c.cues
        speaker = "speaker" in c.cues
        near = near_of.get(key)
        if near is None:
            near = near_of[key] = len(key) >= 3 and (near_any(key, person_surnames)
                                                     or _sounds_like_any(key, person_sounds))
        # "Whitaker said": a speaker named once and nowhere else (an organisation that
        # speaks is named elsewhere too, or in the headline)
        # (a comma after it opens an aside: "Whitaker, however, warned" only)
        alone = occurrences.get(key, 0) == 1 and word not in headline \
            and word not in publisher
        # "according to Holt, a spokesman for the union", "union spokesman Holt": an
        # on-record office, a person
        on_record = alone and (
            prose[c.end:c.end + 1] == "," and bool(pats.on_record_after.match(prose[c.end:c.end + 80]))
            or _on_record_before(prose[max(0, c.start - 40):c.start], pats))
        # "reporters were told that Lindgren would resign": what only a person does
        acting = alone and bool(pats.person_verb_after.match(prose[c.end:c.end + 50]))
        personal = ""
        # 'according to Okonjo, "..."', "selon Okonjo, « ... »": the quotation's source,
        # named like the subject of "said" (and kept by the same tests as "Okonjo said")
        if alone and not (titled or speaker or near or on_record or acting):
            acting = _sourced(prose, c.start, c.end, pats)
        # "Dubois, 49, had left", "Dubois has made migration his priority": what only a
        # person has (an age, a pronoun that stands for them)
        if alone and not (titled or speaker or near or on_record or acting):
            age_end = 0
            if prose[c.end:c.end + 1] == ",":   # (most names have no age after them)
                if ages is None:
                    ages = [a for a in facts.get("ages") if hasattr(a, "years")]
                age_end = aged(prose, c.end, ages)
            # ", 34, a nurse who ...": a private person described on purpose (the
            # apposition excuses a single name); ", 49," alone excuses nothing
            personal = "" if not age_end else \
                "apposition" if described_after(prose, age_end, pats.role_word) else "age"
            acting = bool(age_end) or not _object(prose, c.start, pats) \
                and (_referred_to(document, c.end, pats, known)
                     or _continues(document, c.start, c.end, pats, introduced)
                     and not (c.sentence_start and common_word(word, document.lang, common_zipf))) \
                and not _common_noun(word, prose, pats.noun_suffixes) \
                and not (c.sentence_start and measured is not None and measured.match(prose, c.end))
            # "Later, Whitaker defended the record": where the story's own people stand
            if not acting and by_token:
                where = position(prose, c.start, c.end, c.sentence_start, finite, object_at,
                                 objects, between, pats.elisions)
                if where:
                    if cast is None:
                        cast = _cast(document, singles, people_full, key_of, by_token,
                                     by_given, lambda s: position(
                                         prose, s.start, s.end, s.sentence_start, finite,
                                         object_at, objects, between, pats.elisions))
                    acting = cast.stands(where, c.start) \
                        and not _common_noun(word, prose, pats.noun_suffixes) \
                        and not (c.sentence_start and measured is not None and measured.match(prose, c.end)) \
                        and not (c.sentence_start and common_word(word, document.lang, common_zipf)) \
                        and not a_things(prose, c.end, _sentence_end(document, c.end),
                                         pats.person_pronouns, things)
        once = alone and (prose[c.end:c.end + 1] != "," or speech_after(c.context[1], pats, c.context[0]))
        if not (titled or speaker or near or once or on_record or acting):
            continue
        if not (titled or speaker or near or on_record or acting) \
                and not speech_after(c.context[1], pats, c.context[0]):
            continue   # only ``lone`` could keep it, and it needs "said" after the name
        context = c.context
        c = complete(c, pats)
        if personal:
            c = c._replace(cues=c.cues | {personal})
        close = near and (bool({"speech", "role"} & c.cues)
                          or _variant_spelling(word, key, occurrences, key_counts, cued, prose,
                                               _POSSESSIVE.match(prose, c.end) is not None))
        lone = ((on_record or acting
                 or once and "speech" in c.cues and not _object(prose, c.start, pats))
                and not (c.sentence_start and _common_noun(word, prose, pats.noun_suffixes))
                and not (c.sentence_start and _next_word(prose, c.end) in pats.noun_like_verbs)
                and not _agency_verb(prose, c.end, pats))
        if (titled or speaker or close or lone) \
                and (titled or close or not _group(word, c.cues, context, pats)):
            drafts.append(_Draft(c, f"{key}|?", form,
                                 _resembled(key, c.start, by_token) if near else ""))
    # 4. number persons in order of first mention
    yield from _numbered(drafts, prose, pats)


def _numbered(drafts: list[_Draft], prose: str, pats: PersonPatterns) -> Iterator[PersonMention]:
    """The mentions, in text order, each with its person's id: p1 for the first person
    mentioned, p2 for the next, one id per cluster key."""
    new_mention = object.__new__
    drafts.sort(key=lambda d: d.candidate.start)
    ids: dict[str, str] = {}
    for d in drafts:
        ids.setdefault(d.key, f"p{len(ids) + 1}")
    for d in drafts:
        c = d.candidate
        words = c.words
        name_span = Span(c.name_start, c.end)
        span = Span(c.start, c.end) if d.form == "title+surname" else name_span
        # ``PersonMention(...)`` without the frozen dataclass's __init__ (a setattr per
        # field, four times slower); it has no __post_init__ and no defaults to apply
        mention = new_mention(PersonMention)
        mention.__dict__.update(
            span=span, name_span=name_span, person=ids[d.key], form=d.form,
            name=prose[c.name_start:c.end], surname=words[-1],
            given=words[0] if len(words) > 1 else "", title=c.title,
            cues=tuple(sorted(c.cues | ({"initial"} if c.sentence_start else set()))),
            gender=_gender(c.title, pats), variant_of=ids.get(d.variant, "") if d.variant else "")
        yield mention
