"""Whose age, and when: the reading the age check needs from the story.

- **Holder.** An age and a birth year belong to the same person when the names written
  before them in their sentences share a word ("Steve Jobs ... at the age of 56" and "Jobs,
  born in 1955") that is not preceded by two different given names ("Tom Smith", "John
  Smith"), or when one is told with a pronoun ("At 80 he still writes") and the
  other's name is written earlier in the pronoun's paragraph, or when both are told with
  the same pronoun in one paragraph.
- **Reference.** The day an age is counted at: the date nearest to it in its sentence ("died
  in 1680 at the age of 28": 1680; "died yesterday at 56": yesterday); without one, the
  publication date for the present tense, the death the story reports this week for the
  past tense of an obituary ("Il avait 47 ans."), and nothing otherwise ("At 40 he was
  credited with..." could be any year). An age told at a moment ("joined the club at the
  age of 8") with no date is at an undated event, not now, unless its clause says now
  ("At 80 he still writes").
"""
from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from ..speedups import pattern_cache
from ..extractors.times import alternation, clause, past_form, FUTURE, PAST, tense

if TYPE_CHECKING:
    from ..document import Document
    from ..facts import Facts

_CAPITALISED = pattern_cache.compile(r"(?<![\w'’-])\p{Lu}[\p{Ll}\p{Lu}'’-]+")
# Time facts that place an age on the calendar (not durations, clock times, sets).
_PLACING = frozenset(("date", "year", "month_year", "month", "dayword", "weekday", "ago", "season"))
_OBITUARY_DAYS = 7


@dataclass(frozen=True)
class Holder:
    """Who a fact is about: the capitalised words before it in its sentence, or the
    pronoun that stands for them."""

    names: frozenset[str]
    pronoun: str | None
    given: tuple[tuple[str, str], ...] = ()   # (name word, the capitalised word just before it)
    noun: str | None = None   # an unnamed person's noun ("a 34-year-old man", "The man, who ...")


@dataclass(frozen=True)
class Reference:
    """The day (or year: ``precise`` False) an age is counted at, and why."""

    date: _dt.date
    precise: bool
    written: bool          # a date the story writes (not the publication date)
    span: tuple[int, int] | None
    death: bool = False    # the death the story reports, on a day it does not write here


@functools.lru_cache(maxsize=32)
def cue_words(path: str, locale: Any) -> tuple[frozenset[str], Any, Any]:
    """Capitalised words that are not names, the pronoun pattern, the death-cue pattern."""
    skip = {w.lower() for w in locale.words("speakers", "not_names") + locale.words("detect", "stopwords")
            + locale.words("speakers", "titles") + locale.words("speakers", "roles")
            + locale.words("speakers", "pronouns")}
    pronouns = pattern_cache.compile(r"(?<!\w)(?P<p>" + alternation(locale.words("speakers", "pronouns"))
                                    + r")(?!\w)", regex.IGNORECASE)
    deaths = pattern_cache.compile(r"(?<!\w)" + alternation(locale.words("time", "death_cues")) + r"(?!\w)",
                                  regex.IGNORECASE)
    return frozenset(skip), pronouns, deaths


def holder(document: "Document", locale: Any, start: int, *, whole_sentence: bool = False,
           end: int | None = None, modifier: bool = False, subject: bool = False,
           apposed: bool = False) -> Holder:
    """Who the fact at ``start`` is about (see the module docstring); ``whole_sentence``:
    the names after it count too ("the 90th birthday of Ann Lee"). A fact that opens its
    sentence as a clause set off by a comma ("Born in Leeds on 4 March 1937, Mrs Hale
    trained ...", ``end`` given) is about the subject after that comma. ``subject``: the
    fact is told of its clause's subject ("She married Tom Hale, a teacher, in 1960, aged
    22": the age is hers, not Tom Hale's), so a sentence that opens with a pronoun is about
    that pronoun, whatever names its object holds. ``apposed``: the fact is set off by a
    comma right after a name ("Lena, 16,", « Léna, 16 ans, »), whose it is."""
    index = document.sentence_index(start)
    if index is None:
        return Holder(frozenset(), None)
    sentence = document.sentences[index]
    skip, pronouns, _ = cue_words(locale.path, locale)
    prose = document.prose
    if subject and not whole_sentence:
        head = prose[sentence.start:start]
        opening = pronouns.match(prose, sentence.start + len(head) - len(head.lstrip()), start)
        if opening is not None:
            return Holder(frozenset(), opening.group("p").lower())
    if end is not None and not whole_sentence and not regex.search(r"\p{L}", prose[sentence.start:start]):
        # "Born in Leeds on 4 March 1937, the daughter of a baker, Mrs Hale ...": the first
        # comma after the clause that a name follows (an apposition may come between)
        comma = prose.find(",", end, sentence.end)
        gap = prose[end:comma] if comma != -1 else ""
        # the clause closes within a few words, with no subject of its own ("At age 80 he
        # continues ...; his book, Hegemony, ..." is another clause's comma)
        if comma != -1 and len(gap.split()) <= 6 and not regex.search(r"[;:]", gap) \
                and not pronouns.search(gap):
            names = _names_after_comma(prose, comma, min(sentence.end, comma + 120), skip)
            if names:
                return Holder(names, None)
    if apposed and not whole_sentence:
        # "Rabier brought on a youngster, Lena, 16,": an age set off after a name is that
        # name's, a first name alone included, not the subject's named earlier
        names = _name_before_comma(prose[sentence.start:start].rstrip().rstrip(",").rstrip() + ",", skip)
        if names:
            return Holder(names, None, _given_pairs(prose[sentence.start:start], names))
    if modifier and end is not None and not whole_sentence:
        before = prose[sentence.start:start].split()
        if before and before[-1].casefold() in _determiners(locale):
            # "took on a 17-year-old apprentice, Jonah Kellaway": the age is the noun's it
            # modifies, named in the apposition after it or right after the noun ("The
            # 17-year-old junior Maria Alvarez"), or the unnamed person that noun is
            names, given = _name_after_noun(prose, end, sentence.end, skip)
            names = names or _names_after_comma(prose, end, min(sentence.end, end + 40), skip)
            if not names and len(before) >= 3 and before[-2].endswith(","):
                # "Aryan Mehta, a 16-year-old schoolboy, won": the noun phrase is in apposition
                # to the name before it, whose age it tells
                names = _name_before_comma(prose[sentence.start:start].rstrip()[:-len(before[-1])].rstrip(), skip)
            noun = _NOUN_AFTER.match(prose, end)
            return Holder(names, None, given, noun.group(1).casefold() if noun and not names else None)
        if len(before) >= 2 and before[-2].casefold() in _determiners(locale) \
                or before and _ELIDED_LOWER.match(before[-1]):
            # « la lutteuse de 17 ans Maria Alvarez »: the noun before its age, the name right after
            names, given = _name_after_noun(prose, end, sentence.end, skip, noun_between=False)
            if names:
                return Holder(names, None, given)
    text = document.prose[sentence.start:sentence.end if whole_sentence else start]
    names: set[str] = set()
    given: list[tuple[str, str]] = []
    previous: tuple[str, int] | None = None   # the last capitalised word and its end
    for match in _CAPITALISED.finditer(text):
        word = match.group().strip("'’-")
        before, previous = previous, (word.lower(), match.end())
        if word.lower() in skip or len(word) < 3 or _ELIDED_NOUN.match(word):
            continue   # (« L'homme »: an elided article and a common noun)
        if match.start() == len(text) - len(text.lstrip()) and not _followed_by_capital(text, match.end()) \
                and _common(document, word):
            continue   # the sentence's first word, written in lower case elsewhere: not a name
        names.add(word.lower())
        if before is not None and text[before[1]:match.start()] == " " and before[0] not in skip:
            given.append((word.lower(), before[0]))
    if names:
        return Holder(frozenset(names), None, tuple(given))
    found = pronouns.search(document.prose, sentence.start, sentence.end)
    if found is None:
        # "The man, who was born in 1984, ...", « L'homme, né en 1984, ... »: an unnamed
        # person the sentence opens with, by a determiner and a noun; « un homme de 34 ans »:
        # the noun right before the age
        opening = _OPENING_NOUN.match(prose, sentence.start, start) \
            or _NOUN_BEFORE.search(prose, max(sentence.start, start - 40), start)
        if opening is not None and opening.group(1).strip().casefold().rstrip("'’") in _determiners(locale) | _ELIDED:
            return Holder(frozenset(), None, (), opening.group(2).casefold())
    return Holder(frozenset(), found.group("p").lower() if found else None)


# the capitalised words right before a final comma ("Aryan Mehta,")
_NAME_THEN_COMMA = regex.compile(r"((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+),$")


def _given_pairs(text: str, names: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(name word, the capitalised word just before it) within the name ``text`` ends with."""
    found = _NAME_THEN_COMMA.search(text.rstrip().rstrip(",").rstrip() + ",")
    words = [w.lower() for w in found.group(1).split()] if found else []
    return tuple((w, b) for b, w in zip(words, words[1:]) if w in names)


def _name_before_comma(text: str, skip: Any) -> frozenset[str]:
    """The name that ``text`` ends with, before its comma, as lower-case words."""
    found = _NAME_THEN_COMMA.search(text)
    if found is None:
        return frozenset()
    return frozenset(w.lower() for w in found.group(1).split() if w.lower() not in skip and len(w) >= 3)


# up to two lower-case words (the noun an age modifies), then a run of capitalised words
_NAME_AFTER_NOUN = regex.compile(r"(?P<nouns>(?:[ \u00a0]+\p{Ll}[\p{Ll}-]*){0,2}?)[ \u00a0]+"
                                 r"(?P<name>\p{Lu}[\p{Ll}'’-]+(?:[ \u00a0]+\p{Lu}[\p{Ll}'’-]+)*)")


def _name_after_noun(prose: str, end: int, stop: int, skip: frozenset[str],
                     noun_between: bool = True) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """The name written right after the noun an age modifies, with no comma ("The
    17-year-old junior Maria Alvarez pinned ..."; « la lutteuse de 17 ans Maria Alvarez »,
    ``noun_between`` False: the noun came before the age), and its (name word, word before)
    pairs: the words between are the noun's, not a preposition's ("a 17-year-old from
    Leeds" names a place)."""
    found = _NAME_AFTER_NOUN.match(prose, end, stop)
    # the noun is between when the age comes first: with none, a capitalised word there
    # modifies the noun that follows ("A 41-year-old Brackley man")
    if found is None or any(w.casefold() in skip for w in found.group("nouns").split()) \
            or noun_between != bool(found.group("nouns")):
        return frozenset(), ()
    words = [w.lower() for w in found.group("name").split()]
    names = frozenset(w for w in words if w not in skip and len(w) >= 3)
    return names, tuple((w, b) for b, w in zip(words, words[1:]) if w in names)


# an elided article written with a capital, then a word in lower case (« L'homme »)
_ELIDED_NOUN = regex.compile(r"\p{Lu}['’]\p{Ll}")
# an elided article and its noun in lower case (« l'haltérophile »)
_ELIDED_LOWER = regex.compile(r"\p{Ll}['’]\p{Ll}{3,}$")


# the noun an age modifies ("a 34-year-old man"), and a sentence's opening determiner and noun
_NOUN_AFTER = regex.compile(r"[ \u00a0]+(\p{Ll}{3,})(?![\p{L}'’-])")
_OPENING_NOUN = regex.compile(r"[\s«“\"]*(\p{L}+['’]|\p{L}+[ \u00a0]+)(\p{Ll}{3,})[ \u00a0]*,")
_NOUN_BEFORE = regex.compile(r"(?<![\p{L}'’])(\p{L}+['’]|\p{L}+[ \u00a0]+)(\p{Ll}{3,})[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?"
                             r"(?:de|d['’]|of)?[ \u00a0]*$")
_ELIDED = frozenset({"l", "d"})   # « l'homme »: an elided article


# The capitalised words that open a clause (titles and names: "Mrs Rosalind Haverty").
_SUBJECT_AFTER = regex.compile(r"\s*(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*)+")


# A comma, then another capitalised run: what follows a place's town ("Trevi, Italy, ...").
_PLACE_CHAIN = regex.compile(r",\s*\p{Lu}")


def _names_after_comma(prose: str, start: int, stop: int, skip: frozenset[str]) -> frozenset[str]:
    """The name words of the first capitalised run right after a comma in ``[start, stop)``."""
    comma = prose.find(",", start, stop)
    while comma != -1:
        subject = _SUBJECT_AFTER.match(prose, comma + 1, stop)
        if subject is not None and _PLACE_CHAIN.match(prose, subject.end(), stop):
            # "Born April 9, 1938, in Trevi, Italy, Pagano came ...": a capitalised run with
            # another right after its comma is a place named down to its country, not the
            # subject the clause leads to
            subject = None
        if subject is not None:
            names = {w.lower() for w in _CAPITALISED.findall(subject.group()) if w.lower() not in skip and len(w) >= 3}
            if names:
                return frozenset(names)
        comma = prose.find(",", comma + 1, stop)
    return frozenset()


@functools.lru_cache(maxsize=16)
def _determiners(locale: Any) -> frozenset[str]:
    return frozenset(w.casefold() for w in locale.words("speakers", "determiners"))


def _common(document: "Document", word: str) -> bool:
    """Whether ``word`` is also written in lower case in the story (a common word)."""
    return regex.search(r"(?<!\w)" + regex.escape(word.lower()) + r"(?!\w)", document.prose) is not None


def _followed_by_capital(text: str, end: int) -> bool:
    rest = text[end:].lstrip()
    return bool(rest) and rest[0].isupper()


def same_holder(document: "Document", first: Holder, first_at: int, second: Holder,
                second_at: int) -> bool:
    """Whether two facts are about the same person: their names share a word; or one is
    told with a pronoun and the other's name is written earlier in the pronoun's paragraph
    (its likely antecedent); or both are told with the same pronoun in one paragraph."""
    if first.noun and second.noun and not (first.names or second.names or first.pronoun or second.pronoun):
        # one unnamed person told twice by one noun, near each other ("a 34-year-old man" ...
        # "The man, who was born in 1984")
        here, there = document.paragraph_index(first_at), document.paragraph_index(second_at)
        return first.noun == second.noun and here is not None and there is not None and abs(here - there) <= 2
    if first.names and second.names:
        shared = first.names & second.names
        # "Tom Smith" and "John Smith": a shared surname under two given names is two people
        one, two = dict(first.given), dict(second.given)
        return any(not (w in one and w in two and one[w] != two[w]) for w in shared)
    same_paragraph = document.paragraph_index(first_at) == document.paragraph_index(second_at)
    if first.pronoun and second.pronoun:
        return first.pronoun == second.pronoun and same_paragraph
    for told, at, named in ((first, first_at, second), (second, second_at, first)):
        if told.pronoun and named.names:
            paragraph = document.paragraph_index(at)
            if paragraph is None:
                continue
            start = document.paragraphs[paragraph].span.start
            before = {m.group().strip("'’-").lower() for m in _CAPITALISED.finditer(document.prose, start, at)}
            if before & named.names:
                return True
    return False


def reference(document: "Document", facts: "Facts", start: int, end: int,
              publications: tuple[_dt.date, ...], obituary: _dt.date | None,
              exclude: tuple[tuple[int, int], ...] = (), *, current: bool = False,
              named: bool = False, event: bool = False) -> list[Reference]:
    """The days the fact at ``start:end`` may be counted at (one per publication date when
    it is the publication date); empty when the story does not say. ``current``: an age
    news style gives as of publication ("Smith, 45,", "the 45-year-old"), whatever the
    tense of its verb, and whatever other date its sentence gives, unless "then" stands
    before it ("Smith, then 45, was elected in 1990"). ``named``: the sentence names whose
    age it is (a death it reports with no day is then news, as of publication). ``event``:
    the age is told at an event ("joined the club at the age of 8", « qu'elle a rejoint à
    l'âge de 8 ans »): the event's own date, or the death the story reports; with neither,
    it is the age at some undated moment, not the age now, unless its clause says the
    moment is now (``_now``: "At age 80 he still writes"); the tense alone does not (French
    tells a life in the present: « elle rejoint le club à l'âge de 9 ans »), nor the past
    tense of an obituary unless the clause tells the death ("came to the United States at
    age 11" is not "died at age 86")."""
    index = document.sentence_index(start)
    if index is None:
        return []
    if current and not _then(document, facts.locale, start):
        # "Smith, 45, who joined in 2001": the sentence's dates are other events'
        return [Reference(p, True, False, None) for p in publications]
    sentence = document.sentences[index]
    best = None
    for fact in facts.get("times"):
        if fact.span.start >= sentence.end:
            break
        if fact.span.end <= sentence.start or fact.form not in _PLACING \
                or fact.span.start < end and start < fact.span.end \
                or any(fact.span.start < e and s < fact.span.end for s, e in exclude):
            continue
        placed = _place(fact, publications)
        if placed is None:
            continue
        distance = max(fact.span.start - end, start - fact.span.end, 0)
        if best is None or distance < best[0]:
            best = (distance, placed, fact)
    if best is not None:
        _, (date, precise, written), fact = best
        if not written:   # relative to publication: one reference per publication date
            shift = date - publications[0]
            return [Reference(p + shift, precise, False, (fact.span.start, fact.span.end))
                    for p in publications]
        return [Reference(date, precise, True, (fact.span.start, fact.span.end))]
    said = None if current else tense(document, start, facts.locale, ignore=exclude, fact_end=end)
    if said == FUTURE:
        return []
    if said == PAST:
        if event and not _of_a_death(document, facts.locale, start):
            # "came to the United States with his parents at age 11", « est arrivé en France
            # à l'âge de 11 ans »: the age then, at an event the story does not date
            return []
        if obituary is not None:
            return [Reference(obituary, True, False, None, death=True)]
        # "Rosa Hale est morte à 91 ans", no day given: a death the story reports as news
        # happened about when it ran (``named``: the sentence names who died; "her father
        # died at 60" may be long past)
        _, _, deaths = cue_words(facts.locale.path, facts.locale)
        if named and deaths.search(document.prose, sentence.start, sentence.end) \
                or _death_told_before(document, facts, index, deaths):
            return [Reference(p, False, False, None) for p in publications]
        return []
    if event and not _now(document, facts.locale, start):
        return []
    return [Reference(p, True, False, None) for p in publications]


def _now(document: "Document", locale: Any, start: int) -> bool:
    """Whether the clause around the fact at ``start`` holds a ``time.age_now_cues`` word
    ("At age 80 he still writes", « À 80 ans, il écrit toujours »): its moment is now."""
    bounds = clause(document, start, locale)
    words = locale.words("time", "age_now_cues")
    return bounds is not None and bool(words) and regex.search(
        r"(?<![\w'’])" + alternation(words) + r"(?![\w'’])", document.prose[bounds[0]:bounds[1]],
        regex.IGNORECASE) is not None


def _death_told_before(document: "Document", facts: "Facts", index: int, deaths: Any) -> bool:
    """Whether the sentence before sentence ``index``, in its paragraph, reports a death with
    no date ("Rosa Hale, the potter, has died. She was 91."): news, about when the story ran,
    that the age told right after is the age at."""
    if index == 0:
        return False
    here, before = document.sentences[index], document.sentences[index - 1]
    if document.paragraph_index(here.start) != document.paragraph_index(before.start) \
            or not deaths.search(document.prose, before.start, before.end):
        return False
    return not any(before.start <= f.span.start < before.end and f.form in _PLACING
                   for f in facts.get("times"))


def _of_a_death(document: "Document", locale: Any, start: int) -> bool:
    """Whether the clause around the age at ``start`` reports a death (``time.death_cues``:
    "died at the age of 86", « est mort à l'âge de 86 ans »): its event is the death the
    story reports, whose day the obituary gives."""
    bounds = clause(document, start, locale)
    _, _, deaths = cue_words(locale.path, locale)
    return bounds is not None and deaths.search(document.prose, bounds[0], bounds[1]) is not None


def told_at_an_event(document: "Document", facts: "Facts", age: Any) -> bool:
    """Whether ``age`` is told with a cue of the moment ("joined at the age of 8", « à l'âge
    de 8 ans »): the age someone had when something happened. Not set off after a name
    ("Smith, age 45,": news style's age now, like "Smith, 45,"). So is an age told as what
    someone was ("emigrated as a 19-year-old") or described after the past verb of its
    clause ("moved to London aged 19", « s'est installé à Paris, âgé de 19 ans »)."""
    if age.form == "cue":
        return not document.prose[max(0, age.span.start - 20):age.span.start].rstrip().endswith(",")
    return _as_a(document, facts.locale, age) or _after_its_past_verb(document, facts, age)


def _after_its_past_verb(document: "Document", facts: "Facts", age: Any) -> bool:
    """Whether a described age ("aged 19", « âgé de 19 ans ») follows a past form in its
    clause ("moved to London aged 19"): the age at that event, not news style's age now,
    unless it is set off right after a person's name ("Police arrested Tom Hale, aged 45,"),
    a name no place word leads to ("moved to London, aged 19": ``time.place_prepositions``)."""
    if age.form != "described":
        return False
    bounds = clause(document, age.span.start, facts.locale)
    if bounds is None or not past_form(facts.locale, document.prose, bounds[0], age.span.start):
        return False
    head = document.prose[max(bounds[0], age.span.start - 80):age.span.start].rstrip()
    named = _NAME_THEN_COMMA.search(head)
    if named is None:
        return True
    places = facts.locale.words("time", "place_prepositions")
    return bool(places) and regex.search(r"(?<![\w'’])" + alternation(places) + r"\s*$",
                                         head[:named.start()], regex.IGNORECASE) is not None


def age_holder(document: "Document", facts: "Facts", age: Any) -> Holder:
    """Whose age ``age`` is: ``holder``, told of the subject when the age follows its
    clause's date (``at_its_date``)."""
    return holder(document, facts.locale, age.span.start, end=age.span.end,
                  modifier=age.form == "adjective", subject=at_its_date(document, facts, age),
                  apposed=_apposed(document, age))


def _apposed(document: "Document", age: Any) -> bool:
    """Whether ``age`` is set off right after a name: "Lena, 16," (its span opens on the
    comma), "Lena, aged 16,", « Léna, âgée de 16 ans, »."""
    if age.form == "apposition":
        return True
    head = document.prose[max(0, age.span.start - 80):age.span.start].rstrip()
    return age.form in ("described", "cue") and _NAME_THEN_COMMA.search(head) is not None


def as_of_publication(document: "Document", facts: "Facts", age: Any) -> bool:
    """Whether news style gives ``age`` as of publication ("Smith, 45,", "the 45-year-old",
    "Smith, aged 45,"): not when it follows its clause's date ("died in 1680, aged 28").
    """
    return age.form in ("adjective", "apposition", "described") and not at_its_date(document, facts, age) \
        and not _as_a(document, facts.locale, age) and not _after_its_past_verb(document, facts, age)


def _as_a(document: "Document", locale: Any, age: Any) -> bool:
    """Whether the age is what someone was "as a 14-year-old" (a predicate marker of the
    locale's ``speakers.predicate_markers`` and an article before it): the age at some past
    moment, not news style's age now."""
    markers = locale.words("speakers", "predicate_markers")
    if not markers or age.form != "adjective":
        return False
    before = document.prose[max(0, age.span.start - 20):age.span.start]
    return regex.search(r"(?<![\w'’])(?:" + alternation(markers) + r")\s+\w{1,3}\s*$", before,
                        regex.IGNORECASE) is not None


# Between a written date and the age that follows it in its clause: a comma and spaces.
_DATE_THEN_AGE = pattern_cache.compile(r"\s*,\s*")


def at_its_date(document: "Document", facts: "Facts", age: Any) -> bool:
    """Whether ``age`` comes right after a written date of its sentence, set off by a comma
    ("She married in 1960, aged 22", "meurt en 1980, âgé de 28 ans", "épouse en 1960, à 22
    ans,"): the age is the one the subject had at that date."""
    sentence = document.sentence_index(age.span.start)
    for fact in facts.get("times"):
        if fact.span.end > age.span.start:
            return False
        if fact.form in ("date", "year", "month_year", "season") and not fact.relative \
                and document.sentence_index(fact.span.start) == sentence \
                and _DATE_THEN_AGE.fullmatch(document.prose, fact.span.end, age.span.start):
            return True
    return False


def _then(document: "Document", locale: Any, start: int) -> bool:
    """Whether a ``time.age_then`` word stands just before the age ("Smith, then 45,")."""
    words = locale.words("time", "age_then")
    return bool(words) and regex.search(r"(?<!\w)" + alternation(words) + r"\s*,?\s*$",
                                        document.prose[max(0, start - 12):start], regex.IGNORECASE) is not None


def _place(fact, publications) -> tuple[_dt.date, bool, bool] | None:
    """(day, precise, written) of a time fact, or None."""
    if fact.form == "ago":
        if fact.date is not None:
            return fact.date, True, False
        if fact.unit == "Y" and fact.amount is not None:
            return _dt.date(publications[0].year - int(fact.amount), 7, 1), False, False
        return None
    if fact.date is not None:
        return fact.date, True, not fact.relative
    if fact.year is not None:
        return _dt.date(fact.year, fact.month or 7, 1), False, not fact.relative
    return None


def obituary_date(document: "Document", facts: "Facts", publications: tuple[_dt.date, ...]) -> _dt.date | None:
    """The day of a death the story reports within a week of publication ("est mort dans la
    nuit de vendredi à samedi", "died on Monday"), or None."""
    _, _, deaths = cue_words(facts.locale.path, facts.locale)
    for fact in facts.get("times"):
        if fact.date is None or fact.form not in ("date", "dayword", "weekday"):
            continue
        if not any(0 <= (p - fact.date).days <= _OBITUARY_DAYS for p in publications):
            continue
        index = document.sentence_index(fact.span.start)
        if index is None:
            continue
        sentence = document.sentences[index]
        if deaths.search(document.prose, sentence.start, sentence.end):
            return fact.date
    return None


# How much of a birth the story writes: its day, its month, or its year only.
DAY, MONTH, YEAR = "day", "month", "year"


def age_at(birth: _dt.date, precision: str, on: Reference) -> tuple[int, ...]:
    """The ages someone born on ``birth`` (known to ``precision``) can have on the reference
    day: one when both days are known, or when the birth's month is known and the reference
    day falls in another month (born in March 2009, one is 16 in February 2026, 17 in
    April); else the two around the birthday."""
    years = on.date.year - birth.year
    if precision == DAY and on.precise:
        return (years - ((on.date.month, on.date.day) < (birth.month, birth.day)),)
    if precision == MONTH and on.precise and on.date.month != birth.month:
        return (years - (on.date.month < birth.month),)
    return (years - 1, years)
