"""Capitalised name candidates and the cues that say whether each is a person.

A candidate is an optional title plus a chain of capitalised words ("M. Hamdane",
"President Barack Obama", "Khalil Hamdane"). Its cues come from the words around it:
a title, a role noun before it, an apposition after it, a speech verb next to it, an
interview label. Negative signs (an organisation word inside, a determiner before it, an
acronym) mark it as a thing rather than a person. Clustering happens in ``people.py``.
"""
from __future__ import annotations

import functools
import unicodedata
from typing import Collection, Iterator, NamedTuple

import regex

from ...speedups import pattern_cache

from ...document import Document
from ...locales import Locale
from ._forms import word_form
from ._lexicon import written_lower
from ._patterns import PersonPatterns, fold_word as fold
from ._scan import _matches

_WINDOW = 70
_INITIALS = pattern_cache.compile(r"(?:\p{Lu}\.-?)+")
_CLAUSE_END = pattern_cache.compile(r"[,.;:!?()«»“”\"]")
# the last word before a name and the spaces after it (searched right to left)
_TRAILING_LETTER_RUN = pattern_cache.compile(r"[\p{L}\p{M}]+$", regex.REVERSE)   # (right to left)
_TAIL = pattern_cache.compile(r"(?P<word>[\p{L}\p{M}]*)(?P<sep>[ \t\u00a0]*)$", regex.REVERSE)
# the last clause boundary before a comma (searched right to left), and words
_PUNCT_BACK = pattern_cache.compile(r"[,.;:!?\n«»“”\"]", regex.REVERSE)
_LETTER_RUNS = pattern_cache.compile(r"[\p{L}\p{M}]+")
# the first word after a name, past an optional comma
_HEAD = pattern_cache.compile(r",?[ \t\u00a0]+([\p{L}\p{M}]+)")
# a capitalised word right after a role noun: the name the role is given to
_NAME_NEXT = pattern_cache.compile(r"[ \t\u00a0]+\p{Lu}[\p{Ll}\p{M}]")
_FOLLOWED = pattern_cache.compile(r"[ \t]+(?:\p{Lu}|\p{Ll}+[ \t]+\p{Lu})")


class Candidate(NamedTuple):
    """A capitalised chain with its cues (a named tuple: thousands are built per story,
    and a tuple is built several times faster than a frozen dataclass).

    Args:
        start / end: the whole candidate, title included.
        tokens: (start, end) of each capitalised name word (particles and initials left out).
        words: the text of each token.
        title: the title word as written ("M", "président"), or "".
        cues: why this may be a person: title, role, apposition, speech, speaker, label
            (title and speaker only until ``complete`` adds the others).
        negative: an organisation word, determiner or acronym says it is not a person
            (when a word of its own says so, ``candidates`` reads nothing around it:
            no cues, sentence_start False, no context; ``people`` only counts its words).
        sentence_start: the chain opens its sentence (capital may be grammatical only).
    """

    start: int
    end: int
    name_start: int
    tokens: tuple[tuple[int, int], ...]
    words: tuple[str, ...]
    title: str
    cues: frozenset[str]
    negative: bool
    sentence_start: bool
    context: tuple | None = None      # what ``complete`` reads; None once it has


# the marks that close a quotation a speaker clause may follow
_QUOTE_CLOSERS = frozenset('»"”')


def _closes_quote(before: str) -> bool:
    """One of ``_QUOTE_CLOSERS`` stands in the window's last 40 characters (asked for most
    candidates: three substring tests cost a tenth of a set built from the characters)."""
    tail = before[-40:]
    return "»" in tail or '"' in tail or "”" in tail


def _may(tails: frozenset[str] | None, word: str) -> bool:
    """Whether a window ending in ``word`` can match a pattern whose forms end in ``tails``."""
    return tails is None or word in tails


def _tail(before: str) -> tuple[str, bool, bool]:
    """The window's last word (casefolded, letters only, "" if it ends otherwise), whether
    spaces follow it, and whether it ends with a comma and spaces (", ")."""
    stripped = before.rstrip(" \t\u00a0")
    spaced = len(stripped) < len(before)
    end = stripped[-1:]
    if not end.isalpha():   # a comma, a quote mark, an apostrophe, nothing: no last word
        if end and unicodedata.category(end)[0] == "M":
            found = _TAIL.search(before)
            return found.group("word").casefold(), spaced, False
        return "", spaced, spaced and end == ","
    word = stripped[-40:].split()[-1]
    if len(word) < 40 and word.isalpha():
        return word.casefold(), spaced, False
    return _TAIL.search(before).group("word").casefold(), spaced, False


def _meets(tails: frozenset[str] | None, words: frozenset[str]) -> bool:
    return tails is None or not tails.isdisjoint(words)


def _clause_words(before: str, comma: int) -> frozenset[str]:
    """Casefolded words of the clause ending at the comma at ``before[comma]``: a
    "role, Name" or "organisation, Name" pattern can only match if its last word is one."""
    clause = before[:comma]
    cut = _PUNCT_BACK.search(clause)
    return frozenset(_LETTER_RUNS.findall(clause[cut.end() if cut else 0:].casefold()))


def _after_opening(prose: str, p_start: int, start: int) -> bool:
    """The name follows an opening quote or a dash (so its capital may be grammatical)."""
    before = prose[max(p_start, start - 3):start].rstrip(" \t\u00a0")
    if not before:
        return start == p_start or not prose[p_start:start].strip()
    if before[-1] in "«“—–":
        return True
    return before[-1] == '"' and (len(before) == 1 or before[-2] in " \t(\n")


_SPACE_OR_OPENING = frozenset(" \t\u00a0«“—–\"")


def _opening_near(prose: str, p_start: int, start: int) -> bool:
    """False when ``_after_opening`` is sure to be: the character before the name, or the
    one before that single space, is in the paragraph and neither a space nor an opening
    mark (the common case, "said Smith"); True when only ``_after_opening`` can tell."""
    if start <= p_start:
        return True
    char = prose[start - 1]
    if char == " " and start - 2 >= p_start:
        char = prose[start - 2]
    return char in _SPACE_OR_OPENING


@functools.lru_cache(maxsize=1 << 14)
def _is_acronym(word: str) -> bool:
    """All capitals, two letters or more ("NASA", "AFP"), but not initials ("K.C.")."""
    second = word[1:2]
    if not second or second.isalpha() and not second.isupper():
        return False   # "A", "Smith", "Élysée": a letter that is no capital (most words)
    if _INITIALS.fullmatch(word):
        return False   # "K.C." in "K.C. Maurer"
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _has_capital(word: str) -> bool:
    return word[:1].isupper() or any(c.isupper() for c in word)


def _split_tokens(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    """The chain's words that hold a capital (particles and lower-case words left out)."""
    text = prose[start:end]
    if " " not in text and "\t" not in text and "\u00a0" not in text:   # one word (the chain
        # pattern separates words with these only), the common case
        return [(start, end)] if _has_capital(text) else []
    if "\t" in text or "\u00a0" in text:
        text = text.replace("\t", " ").replace("\u00a0", " ")
    tokens, at = [], start
    for piece in text.split(" "):
        if piece and (piece[0].isupper() or _has_capital(piece)):
            tokens.append((at, at + len(piece)))
        at += len(piece) + 1
    return tokens


def _apposition_cue(after: str, pats: PersonPatterns) -> bool:
    if not after.startswith(","):
        return False   # both shapes open with a comma
    if pats.apposition_after.match(after):
        return True
    segment = _CLAUSE_END.split(after[1:], maxsplit=1)[0][:60]
    verdict = pats.role_gate.verdict(segment)
    if verdict is False:
        return False
    found = pats.role_word.search(segment)
    if not found:
        return False
    # a role followed by a name is that name's ("Angel Catbird, with illustrator Ana Ruiz");
    # one followed by another role word is a compound title ("its Attorney General")
    name = _NAME_NEXT.match(segment, found.end())
    return not name or bool(pats.role_word.match(segment, name.end() - 2))


def _trim_chain(prose: str, tokens: list[tuple[int, int]], words: list[str], title: str,
                pats: PersonPatterns, calendar: Collection[str]) -> str:
    """A chain of several capitalised words cut down to the name it may hold, in place:
    words that are never names dropped, a surname's particle joined ("Mc Kenna"), a title
    at its head taken as the title ("President Ana Roy"), a role noun heading three words
    left before the name ("Striker Chidi Okafor"), and month and weekday names at either
    end dropped. Returns the title, the one given or the one found."""
    not_names, titles = pats.not_names, pats.titles
    while words and words[0] in not_names:
        del tokens[0], words[0]
    if pats.surname_prefixes and not pats.surname_prefixes.isdisjoint(words[:-1]):
        _join_prefixes(prose, tokens, words, pats.surname_prefixes)
    # "Selon M. Vidalau": the cue word dropped, "M." heads the chain as a title (titles are
    # keyed without their full stop), not as an initial
    while len(words) > 1 and not title and fold(words[0]).rstrip(".") in titles:
        title = words[0]
        del tokens[0], words[0]
    if len(words) == 3 and not title and _role_noun(words[0], pats.role_word):
        del tokens[0], words[0]   # "Striker Chidi Okafor": the role stays before the name
    _cut_affiliation(prose, tokens, words)
    while words and fold(words[-1]).rstrip(".") in calendar:
        del tokens[-1], words[-1]
    while words and fold(words[0]).rstrip(".") in calendar:
        del tokens[0], words[0]
    return title


def candidates(document: Document, locale: Locale, pats: PersonPatterns) -> Iterator[Candidate]:
    """Every capitalised chain in the document's prose, with its cues, in text order.

    Thousands of chains per story, most of them one word: what depends on a word alone
    (a calendar name, an organisation word, an acronym) is worked out once per distinct
    word of the story, and the helpers are inlined."""
    prose = document.prose
    tails = pats.tails
    t_title, t_speech, t_det, t_org = tails["title"], tails["speech"], tails["determiner"], \
        tails["org"]
    calendar = set(locale.months) | set(locale.weekdays)
    titles, not_names, not_person = pats.titles, pats.not_names, pats.not_person_words
    interviewers, elisions = pats.interviewers, pats.elisions
    title_before, speech_before = pats.title_before, pats.speech_before
    quote_inversion = pats.quote_inversion
    determiner_before, org_before, role_word = pats.determiner_before, pats.org_before, \
        pats.role_word
    elision_firsts = {e[:1].casefold() for e in elisions}
    elision_ends = _elision_ends(pats)
    sentence_starts = {s.start for s in document.sentences}
    calendar_words: dict[str, bool] = {}    # word -> a month or weekday name
    negative_words: dict[str, bool] = {}    # word -> an organisation word or an acronym
    followed, punct_back, letter_runs = _FOLLOWED.match, _PUNCT_BACK.search, _LETTER_RUNS.findall
    new = tuple.__new__   # Candidate(...) without the named tuple's Python-level __new__
    current = first_char = -1
    for p_start, p_end, title, title_start, name_from, name_to, chain in _matches(
            prose, pats, document.paragraphs):
        if p_start != current:   # first candidate of this paragraph
            text = prose[p_start:p_end]
            current, first_char = p_start, p_start + len(text) - len(text.lstrip())
        matched_title = title
        words = None
        if chain is not None:   # plain words ("Barack Obama"): ``_matches`` read them
            tokens, words = chain
            word = ""
        else:
            # ``_split_tokens``, inlined for one word (most candidates): its text is the word
            word = prose[name_from:name_to]
            if " " not in word and "\t" not in word and "\u00a0" not in word:
                if not (word[:1].isupper() or _has_capital(word)):
                    continue
                tokens = [(name_from, name_to)]
            else:
                tokens = _split_tokens(prose, name_from, name_to)
                if not tokens:
                    continue
                word = ""
        if elision_firsts and prose[tokens[0][0]].casefold() in elision_firsts:
            s, e = tokens[0]
            for elision in elisions:
                if prose[s:s + len(elision)].casefold() == elision.casefold():
                    tokens[0] = (s + len(elision), e)
                    word, words = "", None
                    break
        split = 0
        if len(tokens) == 1:
            if not word:
                s, e = tokens[0]
                word = prose[s:e]
            if word in not_names:
                continue
            cal = calendar_words.get(word)
            if cal is None:
                cal = calendar_words[word] = fold(word).rstrip(".") in calendar
            if cal:
                continue
            words = [word]
        else:
            if words is None:
                words = [prose[s:e] for s, e in tokens]
            if len(words) > 1 and not title and (
                    tokens[0][0] in sentence_starts
                    or _opening_near(prose, p_start, tokens[0][0])
                    and _after_opening(prose, p_start, tokens[0][0])) \
                    and word_form(words[0], locale, document.lang,
                                  lambda w: written_lower((w,), prose)):
                # "Losing Holbrook would ...", « Perdre Holbrook ... »: a verb or an
                # adverb capitalised by its place opens the chain, not a given name
                del tokens[0], words[0]
            title = _trim_chain(prose, tokens, words, title, pats, calendar)
            if not tokens:
                continue
            split = _thing_before_name(words, negative_words, not_person, titles, pats.role_word)
            if split:   # "Ford Motor Company CEO Alan Mulally": the thing, then the name
                head, tokens, words = tokens[:split], tokens[split:], words[split:]
                yield new(Candidate, (head[0][0], head[-1][1], head[0][0], tuple(head),
                                      tuple(prose[a:b] for a, b in head), "", _NO_CUE, True,
                                      False, None))
                last = prose[head[-1][0]:head[-1][1]]
                if fold(last) in titles:
                    title = last   # "... Prime Minister John Howard": his title
                matched_title = ""
        name_start, end = tokens[0][0], tokens[-1][1]
        start = name_start
        if matched_title and name_start == name_from:
            start = title_start
        after = prose[end:min(p_end, end + _WINDOW)]
        if ":" in after and after.lstrip(" ").startswith(":") \
                and all(fold(w) in interviewers for w in words):
            continue
        negative = False
        for w in words:
            neg = negative_words.get(w)
            if neg is None:
                neg = negative_words[w] = w in not_person or _is_acronym(w)
            if neg:
                negative = True
                break
        if negative:   # a thing, whatever its context: people.py only counts its words
            yield new(Candidate, (start, end, name_start, tuple(tokens), tuple(words), title,
                                  _NO_CUE, True, False, None))
            continue
        before = prose[max(p_start, start - _WINDOW):start]
        # the window's last word decides which "..._before" patterns can match at all
        # (``_tail``, inlined)
        stripped = before.rstrip(" \t\u00a0")
        spaced = len(stripped) < len(before)
        comma = False
        last_char = stripped[-1:]
        if not last_char.isalpha():
            if last_char and unicodedata.category(last_char)[0] == "M":
                last = _TAIL.search(before).group("word").casefold()
            else:
                last = ""
                comma = spaced and last_char == ","
        else:
            last = stripped[-40:].split()[-1]
            last = last.casefold() if len(last) < 40 and last.isalpha() \
                else _TAIL.search(before).group("word").casefold()
        if not title and spaced and (t_title is None or last in t_title):
            found = title_before.search(before)
            if found:
                title = found.group("title")
        cues = _TITLE_CUE if title else _NO_CUE
        if spaced and ((t_speech is None or last in t_speech) and speech_before.search(before)
                       or _closes_quote(before)
                       and quote_inversion.search(before)) \
                and not (not title and followed(after)) \
                and not role_word.match(after.lstrip(" \t")):   # (a title shows a person)
            cues = _SPEECH_CUES | cues
        if comma:   # ``_clause_words``, inlined
            clause = stripped[:-1]
            cut = punct_back(clause)
            clause = frozenset(letter_runs(clause[cut.end() if cut else 0:].casefold()))
        else:
            clause = _NO_CUE
        if not title and not split:   # (after a split the window ends with the thing itself)
            negative = bool(
                ((last in t_det if spaced and t_det is not None
                  else spaced or elision_ends is None or last_char in elision_ends)
                 and determiner_before.search(before))
                or (spaced and (t_org is None or last in t_org
                                or comma and not t_org.isdisjoint(clause))
                    and org_before.search(before)))
        if negative and comma and _role_heads(clause_text(stripped), pats):
            negative = False   # "the president of the association, Ana Ruiz": hers
        yield new(Candidate, (start, end, name_start, tuple(tokens), tuple(words), title, cues,
                              negative, name_start in sentence_starts
                              or _opening_near(prose, p_start, name_start)
                              and _after_opening(prose, p_start, name_start),
                              (before, after, spaced, comma, last, start == first_char, clause)))


def clause_text(stripped: str) -> str:
    """The clause that ends at the comma closing ``stripped`` (the window before a name,
    spaces removed), from the last clause boundary before it."""
    clause = stripped[:-1]
    cut = _PUNCT_BACK.search(clause)
    return clause[cut.end() if cut else 0:]


def _role_heads(phrase: str, pats: PersonPatterns) -> bool:
    """A role noun, not an organisation noun, heads the phrase set before a name by a
    comma ("the president of the association, Ana Ruiz", "according to the team's coach,
    Ana Ruiz", "la présidente de l'association, Anne Ruiz"): the head is the phrase's last
    role or organisation noun before the first complement ("of", "de") that follows one,
    so an organisation in the complement, or before a role as its modifier, names the
    role's employer, and the name after the comma is the role holder's."""
    roles = list(_finditer(pats.roles_word, phrase))
    if not roles:
        return False
    orgs = list(_finditer(pats.org_word, phrase))
    first = min(m.end() for m in roles + orgs)
    for found in _LETTER_RUNS.finditer(phrase, first):
        if found.group().casefold() in pats.complement_openers:
            roles = [m for m in roles if m.end() <= found.start()]
            orgs = [m for m in orgs if m.end() <= found.start()]
            break
    return bool(roles) and (not orgs or roles[-1].end() > orgs[-1].end())


def _finditer(pattern, text: str):
    found = pattern.search(text)
    while found:
        yield found
        found = pattern.search(text, found.end())


def _role_noun(word: str, role_word) -> bool:
    """A capitalised role noun opening a chain of three words ("Striker Chidi
    Okafor" at a sentence's start) describes the person named after it; it is no given
    name, and left before the name it gives the role cue; so does a plural one opening a
    list ("Photographers Ana Ruiz and Tom Birch")."""
    for form in (word, word[:-1]) if word[-1:] == "s" else (word,):
        found = role_word.match(form)
        if found and found.end() == len(form):
            return True
    return False


def _cut_affiliation(prose: str, tokens: list[tuple[int, int]], words: list[str]) -> None:
    """A full name followed by a particle and an acronym ("Anne Ruiz de la CGT", "Paul
    Roy du PS") is the name and its organisation, not one long name: no surname is an
    acronym. The chain is cut, in place, before the particle. (A place word there may
    end a thing's name: "Michelin Amérique du Nord".)"""
    for i in range(2, len(words)):
        if _is_acronym(words[i]) and prose[tokens[i - 1][1]:tokens[i][0]].strip():
            del tokens[i:], words[i:]
            return


def _join_prefixes(prose: str, tokens: list[tuple[int, int]], words: list[str],
                   prefixes: frozenset[str]) -> None:
    """A surname prefix written apart joins the word after it ("Sean Mc Kenna": surname
    "Mc Kenna", the same as "McKenna"), when one space separates them."""
    i = 0
    while i < len(words) - 1:
        if words[i] in prefixes and tokens[i + 1][0] == tokens[i][1] + 1:
            tokens[i:i + 2] = [(tokens[i][0], tokens[i + 1][1])]
            words[i:i + 2] = [prose[tokens[i][0]:tokens[i][1]]]
        i += 1


def _thing_before_name(words: list[str], negative_words: dict[str, bool],
                       not_person: frozenset[str], titles, role_word: object = None) -> int:
    """Where a name starts inside one chain of capitals after an organisation word, an
    acronym or a title ("Ford Motor Company CEO Alan Mulally", "Australian Prime Minister
    John Howard"): the index after the last such word when a full name (two words) follows
    it, or after an organisation word followed by a title and a surname ("Citation Index
    Professor Chomsky"), or after a role noun inside the chain with a full name after it
    ("Public Works Director Daniel Okafor"); else 0, and the chain stays what it is."""
    cut, thing = 0, False
    for i, w in enumerate(words):
        neg = negative_words.get(w)
        if neg is None:
            neg = negative_words[w] = w in not_person or _is_acronym(w)
        if neg or i and fold(w) in titles:
            cut, thing = i + 1, thing or neg
        elif i and role_word is not None and len(words) - i - 1 >= 2 and _role_noun(w, role_word):
            cut = i + 1   # "Public Works Director Daniel Okafor": the office, then the name
    left = len(words) - cut
    if not cut or left < 1 or left == 1 and not (thing and fold(words[cut - 1]) in titles):
        return 0
    return cut


@functools.lru_cache(maxsize=16)
def _elision_ends(pats: PersonPatterns) -> frozenset[str] | None:
    """The characters a window not ending in a space must end with for
    ``pats.determiner_before`` to match it (only its elision branch can: the determiner
    branch ends with spaces), or None when some elision ends otherwise than with an
    apostrophe. The window before most names ends with a space or nothing at all. A line
    break is always in: the pattern's ``$`` also matches before a final one ("la \\n")."""
    ends: set[str] = {"\n"}
    for elision in pats.elisions:
        elision = elision.strip()
        if not elision:
            continue
        if elision[-1] not in "'’":
            return None
        ends.update("'’")
    return frozenset(ends)


_NO_CUE: frozenset[str] = frozenset()
_TITLE_CUE = frozenset(("title",))
_SPEECH_CUES = frozenset(("speech", "speaker"))


def speech_after(after: str, pats: PersonPatterns, before: str = "") -> bool:
    """A speech verb opens the window after a name ("Smith said"): ``complete``'s
    "speech" cue, for a candidate that only this cue could keep. Not when a comma comes
    first and the name closes a relative clause (``before``: "Trent Valley, which runs
    depots in Newark and Mansfield, said"): the verb is the clause's head's."""
    head = _HEAD.match(after)
    return bool(head) and _may(pats.tails["speech_after"], head.group(1).casefold()) \
        and bool(pats.speech_after.match(after)) \
        and not (before and after.lstrip(" \t\u00a0").startswith(",") and pats.in_relative.search(before))


def _role_before_modifiers(before: str, role_tails: frozenset[str], between: int) -> bool:
    """Whether a role's last word can stand one to ``between`` words before the window's
    end, the words a language places after its role nouns ("le président afghan "): the
    gate of ``role_before``'s postmodifier branch, as ``last in tails`` is of the others.
    Each of those words' last letter run is looked up (a role ends with its own: "l'Intérieur")."""
    for word in before.split()[-1 - between:-1]:
        if word.isalpha():
            tail = word
        else:
            run = _TRAILING_LETTER_RUN.search(word)
            tail = run.group() if run else ""
        if tail.casefold() in role_tails:
            return True
    return False


def complete(candidate: Candidate, pats: PersonPatterns) -> Candidate:
    """``candidate`` with the cues read from the words around it: role, apposition, speech
    verb after it, interview label.

    ``candidates`` yields only the cues every candidate needs (title, inverted speech verb);
    the others are read here for the few candidates that turn out to matter."""
    if candidate.context is None:
        return candidate
    before, after, spaced, comma, last, first, clause = candidate.context
    tails = pats.tails
    cues = set(candidate.cues)
    role_tails = tails["role"]
    if spaced and (_may(role_tails, last) or comma and _meets(role_tails, clause)
                   or pats.role_postmodifiers and _role_before_modifiers(
                       before, role_tails, pats.role_postmodifiers)) \
            and pats.role_before.search(before) \
            and not (candidate.title[:1].isupper() and last == candidate.title.casefold()):
        # (a capitalised title right before the name, "Professor Hale", is part of how
        # the name is written, not a role the story gives: "American president Obama")
        cues.add("role")
    if _apposition_cue(after, pats):
        cues.add("apposition")
    if speech_after(after, pats, before):
        cues.add("speech")
    if first and (after.startswith(":") or after.startswith(" :")):
        cues.add("label")
    return tuple.__new__(Candidate, (candidate.start, candidate.end, candidate.name_start,
                                     candidate.tokens, candidate.words, candidate.title,
                                     frozenset(cues), candidate.negative,
                                     candidate.sentence_start, None))
