"""A total broken down in the sentence after it, which points back at it: "The chain will
close 40 of its 310 branches. They include 25 in England, 11 in Scotland and 8 in Wales."
The next sentence opens with a pronoun that takes the total up and a verb or phrase of
inclusion (locale ``numbers.parts_openers``: "They include", "Among them", "Parmi elles",
"Il s'agit de"), or on a list of bare figures ("800 will go in France, 300 in Germany and
200 in Spain"); the figures it then lists are parts of that total when they count nothing
of their own ("25 in England": the noun is left out because it is the total's) or count
the total's own thing ("25 branches", "$25 million" for a total in dollars). Listed parts,
even "including" examples, cannot add up to more than the total.

Which figure of the sentence before is the total: the nearest one of the parts' thing; for
parts that name none, the figure the sentence is about, i.e. a count or a part of a whole
("40 of its 310 branches": 40, not the whole it is taken from), the nearest to the pointer.

Pure functions, no state: ``figure_conflict`` calls ``parts_after`` with what it needs.
"""
from __future__ import annotations

import functools
from typing import Any, Callable

import regex


def _alternation(words: Any) -> str:
    """Phrases as one alternation, longest first, any space run and either apostrophe."""
    return "|".join(regex.sub(r"['’]", "['’]", regex.escape(w).replace("\\ ", r"\s+"))
                    for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=16)
def openers(locale: Any) -> Any:
    """The start of a sentence (after any quote mark or bracket) that points back at a total:
    the locale's ``numbers.parts_openers`` ("They include", "Parmi elles"), or a determiner of
    ``numbers.parts_subjects``, a word or two and a verb of ``numbers.parts_verbs`` ("The
    closures include", "Ces fermetures concernent"); apostrophes either way. None when the
    locale has neither."""
    phrases = locale.words("numbers", "parts_openers")
    verbs = locale.words("numbers", "parts_verbs")
    subjects = locale.words("numbers", "parts_subjects")
    options = [_alternation(phrases)] if phrases else []
    if verbs and subjects:
        options.append(rf"(?:{_alternation(subjects)})\s+(?P<subject>(?:[^\W\d_][\w'’\-]*\s+){{1,2}}?)"
                       rf"(?:{_alternation(verbs)})")
    if not options:
        return None
    # a fronted clause may come first ("According to the report, that money will be split
    # between ...", « Selon le rapport, cette somme sera répartie entre ... »)
    return regex.compile(rf"[^\w]*(?:[^,.;:!?\n]{{1,60}},\s+)?(?:{'|'.join(options)})(?!\w)", regex.IGNORECASE)


def _sort(q: Any) -> str:
    """Counts and bare numbers are of one sort (a bare number is a count whose noun is left out)."""
    return "count" if q.kind in ("count", "number") else q.kind


_WORD = regex.compile(r"[^\W\d_][\w'’\-]*")


def _noun_word(q: Any, text: str) -> str | None:
    match = _WORD.search(text, q.noun.start, q.noun.end) if q.noun is not None else None
    return match.group().casefold() if match else None


def _first_after(q: Any, text: str) -> str | None:
    """The word right after the first word of a figure's counted noun ("7 aircraft based",
    "7 avions basés": "based", "basés")."""
    first = _WORD.search(text, q.noun.start, q.noun.end)
    following = _WORD.match(text, first.end() + 1) if first is not None else None
    return following.group().casefold() if following else None


_TOKEN = regex.compile(r"[^\s,;:.()]+")


def _bare(q: Any, text: str = "", function_words: frozenset[str] = frozenset()) -> bool:
    """A figure that counts nothing of its own: no unit, and no noun but a function word
    ("590 in the villages", where "in" was read as what 590 counts)."""
    return q.unit is None and q.kind in ("count", "number") and q.high is None \
        and (q.noun is None or _noun_word(q, text) in function_words)


def _gapped(first: Any, rest: list[Any], text: str, function_words: frozenset[str],
            verb: Callable[[str], bool]) -> bool:
    """A list told with its verb written once ("710 lived in the town and 590 in the
    villages", "150 venaient des casernes et 80 des départements voisins"): the word after
    the first figure is a verb (``verb``: a past form of the locale), each later figure
    opens on one function word, where the first has its verb and a word ("lived within").
    Then none of them counts a thing of its own."""
    after = [t.casefold() for t in _TOKEN.findall(text, first.number.end, first.number.end + 40)[:2]]
    if len(after) < 2 or not verb(after[0]) or not _WORD.fullmatch(after[1]):
        return False
    joints = {(_TOKEN.findall(text, q.number.end, q.number.end + 20)[:1] or [""])[0].casefold() for q in rest}
    return len(joints) == 1 and joints <= function_words


@functools.lru_cache(maxsize=16)
def verb_test(locale: Any) -> Callable[[str], bool]:
    """Is a lower-case word a past form of a verb: one of the locale's ``time.past_cues``
    ("came", "était"), or a word ending in ``time.past_suffixes`` ("lived") or
    ``numbers.verb_endings`` ("venaient")? Nouns that end so are rare."""
    cues = frozenset(w.casefold() for w in locale.words("time", "past_cues"))
    endings = tuple(w.casefold() for w in locale.words("time", "past_suffixes") + locale.words("numbers", "verb_endings"))
    return lambda word: word in cues or (len(word) > 4 and word.endswith(endings) if endings else False)


def _run(figures: list[Any], text: str, function_words: frozenset[str], verbs: frozenset[str],
         verb: Callable[[str], bool] = lambda word: False) -> list[Any]:
    """A list of bare figures from ``figures[0]`` on, each followed by the same function word
    and a word ("1,400 are in France, 700 in Germany and 500 in Spain", "1 400 seront
    supprimés en France, 700 en Allemagne"): the noun they leave out is one counted before
    them. The first may say more before that word (three words at most, none a noun but a
    verb of ``verbs`` or a function word: "1,400 of them in France"). Its figures, or none when they are no such list ("700 in 2010":
    a period, not a part)."""
    first = figures[0] if figures else None
    if first is None or first.unit is not None or first.kind not in ("count", "number") or first.high is not None:
        return []
    rest = []
    for q in figures[1:]:
        if not _bare(q, text, function_words) or q.span.start - (rest or [first])[-1].span.end > 60:
            break
        rest.append(q)
    if not rest:
        return []
    gapped = _gapped(first, rest, text, function_words, verb)   # "710 lived in ..., 590 in ..."
    if first.noun is not None and _noun_word(first, text) not in verbs | function_words \
            and not _WORD.search(text, first.number.end, first.noun.start) and not gapped:   # "1,400 of them"
        return []
    follow = [[t.casefold() for t in _TOKEN.findall(text, end, end + 40)[:4]]
              for end in [first.number.end if gapped else first.span.end] + [q.number.end for q in rest]]
    joints = {words[0] for words in follow[1:] if len(words) > 1 and _WORD.fullmatch(words[1])}
    if len(joints) != 1 or any(len(w) < 2 or not _WORD.fullmatch(w[1]) for w in follow[1:]):
        return []
    (joint,) = joints
    if gapped:   # "710 lived within the town and 590 in the villages": the verb is the first's
        return [first] + rest
    if joint not in function_words or joint not in follow[0][:3] \
            or not _WORD.fullmatch((follow[0] + [""] * 4)[follow[0].index(joint) + 1]):
        return []
    return [first] + rest


_ALONE = regex.compile(r"\(\s*$")


def _bracketed(figures: list[Any], text: str) -> list[Any]:
    """The first run of bare figures, or sums of one money, each alone in brackets after what
    it counts or pays for ("in England (25), Scotland (11) and Wales (8)", "le nord (18), le
    sud (9)", "road maintenance (£650,000), bus routes (£300,000)"), or none."""
    run: list[Any] = []
    for q in figures:
        priced = q.kind == "amount" and q.unit is not None and q.high is None \
            and (not run or run[0].unit == q.unit)
        alone = (_bare(q) or priced) and _ALONE.search(text, max(0, q.span.start - 3), q.span.start) is not None \
            and text[q.span.end:q.span.end + 3].lstrip().startswith(")")
        if alone and (not run or q.span.start - run[-1].span.end <= 60):
            run.append(q)
        elif len(run) >= 2:
            break
        else:
            run = [q] if alone else []
    return run if len(run) >= 2 else []


def _parallel(figures: list[Any], text: str, start: int, function_words: frozenset[str],
              verbs: frozenset[str], verb: Callable[[str], bool] = lambda word: False) -> list[Any]:
    """A sentence that opens on a list of bare figures ("800 will go in France, 300 in
    Germany and 200 in Spain", "18 dans le nord, 9 dans le sud"), or that lists them in
    brackets ("These are in England (25), Scotland (11) ..."): its figures, or none."""
    if not figures:
        return []
    if _WORD.search(text, start, figures[0].span.start):
        return _bracketed(figures, text)
    return _run(figures, text, function_words, verbs, verb) or _bracketed(figures, text)


def parts_within(quantities: list[Any], document: Any, function_words: frozenset[str], verbs: frozenset[str],
                 whole_of: Callable[[Any], bool], update: Any,
                 verb: Callable[[str], bool] = lambda word: False) -> list[tuple[Any, Any, str]]:
    """(first part, total, note) for a count followed in its sentence by a list of bare
    figures that add up to more ("The firm will cut 2,500 jobs, 1,400 in France, 700 in
    Germany and 500 in Spain", "Sur les 2 500 emplois supprimés, 1 400 le seront en France,
    ..."). A sentence that says a figure changed ("up from", "contre") compares, and is left
    alone."""
    text = document.text
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        if q.sentence >= 0:
            by_sentence.setdefault(q.sentence, []).append(q)
    found = []
    for index, figures in by_sentence.items():
        if len(figures) < 3:
            continue
        sentence = document.sentences[index]
        for i, total in enumerate(figures[:-2]):
            if total.kind != "count" or total.noun is None or total.approximate or total.high is not None \
                    or whole_of(total):
                continue
            run = _run(figures[i + 1:], text, function_words, verbs, verb) or _bracketed(figures[i + 1:], text)
            if not run or regex.search(r"\d", text[total.noun.end:run[0].span.start]) \
                    or run[0].span.start - total.noun.end > 60:
                continue
            if update.search(text, sentence.start, sentence.end) is not None:
                break
            added = sum(q.value for q in run)
            if added > total.value and all(q.value < total.value and not q.approximate for q in run):
                found.append((run[0], total, f"the parts listed after it add up to {added:,.12g}"))
            break
    return found


def _alike(parts: list[Any], text: str) -> bool:
    """Are the parts told alike, as the items of one list are: the same word after each of
    the later ones, found among the first's next words too ("25 in England, 11 in Scotland",
    "7 aircraft based in Leeds and 6 based in Belfast", "$25 million for roads and $20
    million for schools")? "25 in England and 20 that opened after 2010" are two ways of
    counting that may overlap."""
    follow = [[t.casefold() for t in _TOKEN.findall(text, (q.noun or q.span).end, (q.noun or q.span).end + 40)[:3]]
              for q in parts]
    joints = {words[0] for words in follow[1:] if words}
    if len(joints) != 1 or not all(follow[1:]):
        return False
    first = [t.casefold() for t in _TOKEN.findall(text, parts[0].span.end, parts[0].span.end + 40)[:4]]
    return joints <= set(first)


_LAST_WORD = regex.compile(r"[^\W\d_]+\s*$")


def _scaled(q: Any, text: str) -> bool:
    """A figure told by its scale alone, no unit ("Of that, 700 million goes to the quay",
    « Sur ce montant, 700 millions iront au quai »): after a sum of money, a sum in the
    same money, the currency left out as the noun of a list's parts is."""
    return q.unit is None and q.kind in ("count", "number") and q.value >= 1e6 \
        and _LAST_WORD.search(text, q.span.start, q.span.end) is not None


def _enumerated(figures: list[Any], text: str, function_words: frozenset[str]) -> bool:
    """Are the figures one list: between each and the next, a few words of the first's noun
    phrase and a comma or a joining word ("five grandmasters, four masters and four
    juniors")?"""
    for a, b in zip(figures, figures[1:]):
        gap = text[(a.noun or a.span).end:b.span.start].strip()
        words = _TOKEN.findall(gap)
        if len(words) > 4 or not (gap.endswith(",") or words and words[-1].casefold() in function_words):
            return False
    return len(figures) >= 2


def _listed(figures: list[Any], gap: int) -> bool:
    return len(figures) >= 2 and all(b.span.start - a.span.end <= gap for a, b in zip(figures, figures[1:]))


def _named_back(opener: Any, by_sentence: dict[int, list[Any]], index: int,
                thing: Callable[[Any], str | None], stem: Callable[[str], str]) -> list[Any] | None:
    """The figures of the latest earlier sentence that counts what the opener's subject names
    ("The homes comprise" ... "a development of 34 homes"), or None."""
    subject = opener.groupdict().get("subject")
    words = _WORD.findall(subject or "")
    if not words:
        return None
    named = stem(words[-1])
    for earlier in range(index - 1, -1, -1):
        figures = by_sentence.get(earlier)
        if figures and any(q.kind == "count" and thing(q) == named for q in figures):
            return [q for q in figures if thing(q) == named]
    return None


def parts_after(quantities: list[Any], document: Any, pattern: Any, thing: Callable[[Any], str | None],
                whole_of: Callable[[Any], bool], function_words: frozenset[str] = frozenset(),
                verbs: frozenset[str] = frozenset(), gap: int = 60,
                verb: Callable[[str], bool] = lambda word: False, complete: Any = None,
                open_ended: Callable[[list[Any]], bool] = lambda parts: True,
                stem: Callable[[str], str] | None = None) -> list[tuple[Any, Any, str]]:
    """(first part, total, note) for each sentence that points back at a total of the
    sentence before it and lists parts adding up to more. ``thing`` is what a figure counts
    or measures (None for a bare number); ``whole_of`` says a figure is the whole another
    figure is taken from ("of its 310 branches"); ``function_words`` (the locale's stopwords)
    tell a list of bare parts that opens a sentence ("800 will go in France, 300 in Germany").
    An opener that says the list covers the total (``complete``, the locale's
    ``numbers.parts_exhaustive``: "that money will be split between") makes parts that
    fall short wrong too, unless the list may leave some of it unfigured (``open_ended``)."""
    text = document.text
    by_sentence: dict[int, list[Any]] = {}
    for q in quantities:
        if q.sentence >= 0 and q.kind in ("count", "number", "amount", "measure"):
            by_sentence.setdefault(q.sentence, []).append(q)
    found = []
    for index, figures in sorted(by_sentence.items()):
        if len(figures) < 2:
            continue
        sentence = document.sentences[index]
        opener = pattern.match(text, sentence.start, sentence.end) if pattern is not None else None
        before = by_sentence.get(index - 1)
        # "The homes comprise 18 for rent, 10 shared-ownership homes and 8 sold ...": a
        # definite subject that names the total's thing points back at the story's last
        # count of it, however far, and each item counts that thing, however described
        pointed = _named_back(opener, by_sentence, index, thing, stem) \
            if opener is not None and stem is not None else None
        before = pointed or before
        if not before:
            continue
        listed = [q for q in figures if q.span.start >= opener.end()] if opener is not None \
            else _parallel(figures, text, sentence.start, function_words, verbs, verb)
        if not listed:
            continue
        # "7 aircraft based in Leeds and 6 based in Belfast": a later part leaves the noun out,
        # and the word after it in the first part may be read as its noun.
        elided = {_first_after(q, text) for q in listed if q.noun is not None}
        gapped = len(listed) >= 2 and _gapped(listed[0], listed[1:], text, function_words, verb)
        money = [q for q in before if q.kind == "amount"]
        scaled = {id(q) for q in listed if money and _scaled(q, text)}
        kinds = {id(q): None if opener is None or gapped or pointed or id(q) in scaled
                 or _noun_word(q, text) in elided else thing(q) for q in listed}
        named = set(kinds.values()) - {None}
        kinds_of_one = False
        if len(named) > 1:
            # "Twelve players took part. The field included five grandmasters, four masters and
            # four juniors": after an opener that says so, a list of counts of several nouns
            # is of the kinds the total's thing comes in
            if not (opener is not None and all(q.kind == "count" and q.unit is None and q.noun is not None
                                               and q.high is None for q in listed)
                    and _enumerated(listed, text, function_words)):
                continue   # parts of different things: no breakdown of one total
            kinds = {id(q): None for q in listed}
            named, kinds_of_one = set(), True
        totals = [q for q in before if not q.approximate and q.high is None and not whole_of(q)
                  and thing(q) is not None and (thing(q) in named or not named and q.kind in ("count", "number")
                                             or not named and scaled and q.kind == "amount")]
        if not totals:
            continue
        # the nearest that is larger than every figure listed (a total exceeds each of its
        # parts: "212 firefighters, backed by two planes. Among them, 150 ...")
        largest = max(q.value for q in listed)
        totals = [q for q in totals if q.value > largest] or totals
        # kinds of one thing: the sentence before may count other things too ("Twelve players
        # from eight countries"): its first count is what it is about, and any count there
        # the list fits in may be the total
        total = totals[0] if kinds_of_one else totals[-1]
        if kinds_of_one and any(t.value >= sum(q.value for q in listed) for t in totals):
            continue
        parts = [q for q in listed if kinds[id(q)] in (None, thing(total)) and q.high is None
                 and (_sort(q) == _sort(total) or id(q) in scaled and total.kind == "amount")
                 and q.value < total.value]
        if not _listed(parts, gap) or any(q.approximate for q in parts) \
                or not (gapped and parts == listed or kinds_of_one and parts == listed
                        or pointed and parts == listed and _enumerated(parts, text, function_words)
                        or _alike(parts, text) or _bracketed(parts, text) == parts):
            continue
        added = sum(q.value for q in parts)
        covers = opener is not None and complete is not None and complete.search(opener.group()) is not None
        if added > total.value or covers and added < total.value and not open_ended(parts):
            found.append((parts[0], total, f"the parts listed after it add up to {added:,.12g}"))
    return found


@functools.lru_cache(maxsize=16)
def funding_cues(locale: Any) -> Any:
    """Words that say a sentence tells how the story's sum is paid for: the locale's
    ``numbers.funding_cues`` ("Funding will come from", « Selon le plan de financement »),
    before the sentence's first amount; None when the locale has none."""
    words = locale.words("numbers", "funding_cues")
    return regex.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)", regex.IGNORECASE) if words else None


def funded_parts(quantities: list[Any], document: Any, pattern: Any,
                 open_ended: Callable[[list[Any]], bool] = lambda parts: True) -> list[tuple[Any, Any, str]]:
    """(first part, total, note) for a sentence that tells how a sum is paid for
    ("Funding will come from a $6.2 million grant, a $3.5 million loan, $2.1 million in
    bonds and $900,000 from the cooperative") after the story gave the sum ("a $12.4
    million network"), however far before: its amounts are all of the latest earlier sum in
    their money larger than each of them, and must add up to it, unless the list leaves
    some of it unfigured (``open_ended``)."""
    if pattern is None:
        return []
    text = document.text
    amounts = [q for q in quantities if q.kind == "amount" and q.unit is not None and q.high is None
               and q.sentence >= 0]
    found = []
    for index in sorted({q.sentence for q in amounts}):
        sentence = document.sentences[index]
        first = next(q for q in amounts if q.sentence == index)
        opener = pattern.search(text, sentence.start, first.span.start)
        if opener is None:
            continue
        listed = [q for q in amounts if q.sentence == index]
        # each contributor may be named between the sums ("au titre de la dotation ...")
        if len(listed) < 2 or len({q.unit for q in listed}) != 1 or any(q.approximate for q in listed) \
                or not _listed(listed, 100):
            continue
        largest = max(q.value for q in listed)
        earlier = [q for q in amounts if q.sentence < index and q.unit == listed[0].unit
                   and q.value > largest and not q.approximate]
        if not earlier:
            continue
        total = earlier[-1]
        added = sum(q.value for q in listed)
        if abs(added - total.value) > 0.5 and (added > total.value or not open_ended(listed)):
            found.append((listed[0], total, f"the parts listed after it add up to {added:,.12g}"))
    return found
