"""The word scan that places the time patterns finds exactly what one ``finditer`` per
pattern finds: same starts, same matches, on text built from the locale's own cue words
glued and spaced in every way (generated here, no corpus text)."""
from __future__ import annotations

import random

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extractors.times._patterns import _ACCENTS, _word, fold_text, patterns_for
from checker.locales import load_locale

_GLUE = ["", "", " ", " ", " ", "  ", ", ", ". ", "'", "’", "-", "/", ":", "\n", " (", "%", " '"]
_NUMBERS = ["5", "05", "12", "31", "1990", "2024", "2012", "123", "1,5", "2.5", "10", "0", "99",
            "5th", "1er", "2e", "14h30", "1990s", "'90s", "’09", "3/5/2024", "2024-03-05", "7:30"]


def _vocabulary(lang: str) -> list[str]:
    locale = load_locale(lang)
    words: set[str] = set(locale.months) | set(locale.weekdays)
    for key, value in dict(locale.data.get("time", {})).items():
        if isinstance(value, dict):
            words.update(str(k) for k in value)
        elif isinstance(value, (list, tuple)):
            words.update(str(v) for v in value)
    words.update(["the", "they", "there", "army", "lesamedi", "enhiver", "le5", "Les", "LA",
                  "Mardi", "MARCH", "été", "Été", "ete", "apres", "après-demain"])
    return sorted(w for w in words if w.strip())


def _texts(lang: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    vocabulary = _vocabulary(lang) + _NUMBERS * 3
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 14)):
            word = rng.choice(vocabulary)
            parts.append(word.upper() if rng.random() < 0.05 else
                         word.capitalize() if rng.random() < 0.15 else word)
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts))
    return out


def _brute_force(pats, text: str) -> list[tuple[int, int, int]]:
    text = fold_text(text)
    found = []
    for rank, (_, pattern) in enumerate(pats.patterns):
        for match in pattern.finditer(text, 0, len(text)):
            if match.end() > match.start():
                found.append((match.start(), match.end(), rank))
    return sorted(found)


def _scanned(pats, text: str) -> list[tuple[int, int, int]]:
    text = fold_text(text)
    return sorted((position, match.end(), rank)
                  for position, rank, _, match
                  in pats.scanner.scan(pats.patterns, text, 0, len(text)))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_scan_finds_what_finditer_finds(lang):
    pats = patterns_for(load_locale(lang))
    texts = _texts(lang, 1500, seed=7)
    mismatches = [(t, _brute_force(pats, t), _scanned(pats, t)) for t in texts
                  if _brute_force(pats, t) != _scanned(pats, t)]
    assert not mismatches, mismatches[:3]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, March 5, 2024, three days later, the '90s and the 1990's, at 7 p.m."),
    ("en", "About two years ago, the next day, every week, the year 2012, the first quarter."),
    ("fr", "Le mardi 5 mars 2024, il y a trois jours, l'été dernier, les années 60, à 14 h."),
    ("fr", "Lemardi 5 mars, le5 mars, enhiver, l’an 2012, la semaine prochaine, tous les ans."),
    # a weak starter whose next word is a few tokens on (runs of spaces, a lone dash)
    ("en", "It was the  5th of May, the — Tuesday after, the \u00ab  March 5 \u00bb."),
    ("fr", "Le  5 mars, le — mardi 6 mai, le \u00ab  7 juin \u00bb, il y a  deux   jours."),
])
def test_scan_on_written_sentences(lang, text):
    pats = patterns_for(load_locale(lang))
    assert _scanned(pats, text) == _brute_force(pats, text)
    assert _scanned(pats, text)  # these sentences are full of time expressions


def test_scan_within_a_paragraph_only():
    pats = patterns_for(load_locale("en"))
    text = "Filler words here. On March 5, 2024 it rained."   # nothing to fold
    start = text.index("On")
    scanned = pats.scanner.scan(pats.patterns, text, start, len(text))
    assert scanned and all(position >= start for position, _, _, _ in scanned)
    assert not pats.scanner.scan(pats.patterns, text, 0, start)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_scan_of_many_spans_is_the_scan_of_each(lang):
    pats = patterns_for(load_locale(lang))
    rng = random.Random(11)
    for text in map(fold_text, _texts(lang, 300, seed=3)):
        # cuts anywhere (some inside words) or only on spaces; with or without gaps
        places = list(range(len(text) + 1)) if rng.random() < 0.3 else \
            [0, len(text)] + [i for i, c in enumerate(text) if c.isspace()]
        cuts = sorted(set(rng.sample(places, min(len(places), rng.randint(2, 6)))))
        spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if rng.random() < 0.8]
        separate = sorted((p, r, m.span()) for s, e in spans
                          for p, r, _, m in pats.scanner.scan(pats.patterns, text, s, e))
        together = sorted((p, r, m.span())
                          for p, r, _, m in pats.scanner.scan_all(pats.patterns, text, spans))
        brute = sorted((m.start(), rank, m.span()) for s, e in spans
                       for rank, (_, pattern) in enumerate(pats.patterns)
                       for m in pattern.finditer(text, s, e) if m.end() > m.start())
        assert together == separate == brute, (text, spans)


def test_folded_text_matches_as_accent_classes_do():
    """A plain letter on folded text matches exactly what the accent class matched on the
    original text (case-insensitively), for every character of the BMP."""
    for base, members in _ACCENTS.items():
        accent_class = regex.compile("[" + members + "]", regex.IGNORECASE | regex.VERSION0)
        plain = regex.compile(base, regex.IGNORECASE | regex.VERSION0)
        for code in range(0x10000):
            char = chr(code)
            folded = fold_text(char)
            assert bool(accent_class.fullmatch(char)) == bool(plain.fullmatch(folded)), char
    sample = "Été, NOËL, ça, Ÿ, naïve, œuvre, straße, 5 août 2024"
    assert len(fold_text(sample)) == len(sample)
    assert fold_text(sample) == "Ete, NOEL, ca, Y, naive, œuvre, straße, 5 aout 2024"


@pytest.mark.parametrize("word", ["août", "décembre", "l’année", "il y a", "Février", "œuvre",
                                  "straße"])
def test_folded_word_pattern_matches_like_the_accent_pattern(word):
    classic = regex.compile(_word(word), regex.IGNORECASE | regex.VERSION0)
    folded = regex.compile(_word(word, folded=True), regex.IGNORECASE | regex.VERSION0)
    for text in (word, word.upper(), word.capitalize(), fold_text(word), "aout", "décémbre",
                 "l'annee"):
        assert bool(classic.fullmatch(text)) == bool(folded.fullmatch(fold_text(text))), text


def test_inside_word_shortcut_answers_as_the_regex():
    """``_inside_word`` skips the regex when a space is on either side: same answer as
    ``\\w\\w`` across the position, for every position of texts mixing the odd cases."""
    from checker.extractors.times._scan import _inside_word
    rng = random.Random(5)
    alphabet = ["a", "É", "5", "_", "\u0301", "\u200d", " ", "\n", "\u00a0", "-", "’", "²", "\u3000"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        for position in range(len(text) + 1):
            expected = regex.match(r"\w\w", text[max(position - 1, 0):position + 1]) is not None
            assert _inside_word(text, position) == expected, (text, position)


# characters the word split must judge as ``regex`` does, runs of spaces, and ordinary ones
_ODD_CHARS = ["\u0301", "\u0327", "²", "¹", "¼", "\u200c", "\u200d", "\u203f", "\u2040",
              "\u00ad", "\u0903", "\u20dd", "\U0001e900", "\u3000", "ß", "œ", "É", "ı", "_",
              "’", "«", "\u00a0", "5", "a", " ", "   ", "-", "'", "\n"]


@pytest.mark.parametrize("lang", ["en", "fr"])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_scan_all_finds_what_finditer_finds_with_odd_characters(lang, data):
    """``scan_all`` (the text cut at spaces, each token's starters memoised) finds what one
    ``finditer`` per pattern finds, on cue words mixed with odd characters and spaces."""
    pats = patterns_for(load_locale(lang))
    vocabulary = _VOCABULARY[lang]
    parts = data.draw(st.lists(st.one_of(st.sampled_from(vocabulary), st.sampled_from(_GLUE),
                                         st.sampled_from(_ODD_CHARS)), max_size=30))
    text = fold_text("".join(parts))
    # spans cut anywhere (inside words, before a symbol), with gaps or not
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=5))))
    spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if data.draw(st.booleans()) or a == cuts[0]]
    brute = sorted((m.start(), rank, m.span()) for s, e in spans
                   for rank, (_, pattern) in enumerate(pats.patterns)
                   for m in pattern.finditer(text, s, e) if m.end() > m.start())
    together = sorted((p, r, m.span())
                      for p, r, _, m in pats.scanner.scan_all(pats.patterns, text, spans))
    assert together == brute, (text, spans)


_VOCABULARY = {lang: _vocabulary(lang) + _NUMBERS for lang in ("en", "fr")}


def test_memo_gives_the_function_result_and_stays_bounded():
    from checker.extractors.times._scan import _Memo, key_of
    memo = _Memo(key_of, limit=3)
    words = ["The", "5th", "Été", "l", "", "the", "The", "mars", "5th"]
    assert list(map(memo.__getitem__, words)) == [key_of(w) for w in words]
    assert len(memo) <= 3


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["é", "É", "ç", "Ÿ", "ñ", "œ", "ß", "a", " ", "’", "ȁ",
                                           "ḗ", "℮"]), st.characters()), max_size=40).map("".join))
def test_fold_text_replaces_each_accented_letter_as_a_substitution_does(text):
    """``fold_text`` (one ``str.replace`` per accented letter present) equals replacing
    every character of the fold table one by one."""
    from checker.extractors.times._patterns import _fold_table
    accented, table = _fold_table()
    assert fold_text(text) == accented.sub(lambda match: table[match.group()], text)


@pytest.mark.parametrize("lang,text,start", [
    ("en", "the 1980s and the '90s", 18), ("en", "ab'90s, then '90s", 2),
    ("en", "x   '90s", 3), ("fr", "les années '60 et 1970", 11), ("en", "'90s", 0)])
def test_symbol_at_a_span_start_looks_before_it(lang, text, start):
    """A symbol at the start of a span counts only if no word character precedes it in the
    text, as the lookbehind of ``finditer`` sees it."""
    pats = patterns_for(load_locale(lang))
    text = fold_text(text)
    scanned = sorted((p, r, m.span()) for p, r, _, m in pats.scanner.scan(pats.patterns, text, start, len(text)))
    brute = sorted((m.start(), rank, m.span()) for rank, (_, pattern) in enumerate(pats.patterns)
                   for m in pattern.finditer(text, start, len(text)) if m.end() > m.start())
    assert scanned == brute


def _reference_starters(scanner, token):
    """A token's starters by their definition: every ``\\w+\\W*`` piece's entry, the next
    piece's key when the token holds it, and the symbols not after a word character."""
    from checker.extractors.times._scan import _PIECE
    out = [(m.start(), None, m.group(), None) for m in scanner.symbols.finditer(token)] \
        if scanner.symbols is not None else []
    pieces = _PIECE.findall(token)
    offset = 0
    for index, piece in enumerate(pieces):
        found = scanner.entry(piece)
        if found:
            ranks, by_next = found
            following = scanner.key(pieces[index + 1]) if by_next and index + 1 < len(pieces) else None
            out.append((offset, ranks, by_next, following))
        offset += len(piece)
    return tuple(sorted(out, key=lambda starter: starter[0]))


_TOKEN_PARTS = ["the", "The", "THE", "le", "Le", "mars", "March", "years", "ans", "ago", "5", "2024",
                "31", "1er", "5th", "1990s", "l", "d", "an", "a", "x", "é", "œ", "_", "²",
                ",", ".", ";", "'", "’", "''", "-", "/", ":", "(", ")", "«", "»", "\u00a0", "\n"]


@pytest.mark.parametrize("lang", ["en", "fr"])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(_TOKEN_PARTS), min_size=0, max_size=6))
def test_token_starters_and_first_key_follow_their_definition(lang, parts):
    """The memoised token table, with its quick paths for a plain word or number and one
    separator, gives what the piece-by-piece definition gives."""
    pats = patterns_for(load_locale(lang))
    scanner = pats.scanner
    token = fold_text("".join(parts))
    assert scanner.starters(token) == _reference_starters(scanner, token), token
    word = regex.search(r"\w+", token)
    assert scanner.first_key(token) == (scanner.key(word.group()) if word else None), token


def test_weak_starters_before_wordless_tokens_scan_in_linear_time():
    """The next word after a weak starter is looked for from that starter on, not from the
    start of the paragraph: a long paragraph of "the — the — ..." stays fast."""
    import time
    pats = patterns_for(load_locale("en"))
    text = "the — " * 40000
    started = time.process_time()
    assert pats.scanner.scan(pats.patterns, text, 0, len(text)) == []
    assert time.process_time() - started < 2.0   # linear: ~0.1 s; from the start: ~5 s


_FIRST_SIGHT_PARTS = _TOKEN_PARTS + ['"', "(", "[", ")", "]", "!", "%", "?", "…", "“", "”", "years",
                                     "Years", "1930", "it", "l’", "d'", "90s", "'90s", "ago", "le5",
                                     # glued starters: "lemardi", "midsummer", "theweek"
                                     "lemardi", "Lemardi", "midsummer", "theweek", "enhiver", "inside", "7,447", "3.0"]


@pytest.mark.parametrize("lang", ["en", "fr"])
@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.sampled_from(_FIRST_SIGHT_PARTS), min_size=0, max_size=5))
def test_first_sight_of_a_token_follows_the_definition(lang, parts):
    """The token memo's own first sighting (one ASCII word or number between separators
    answered inline: a word alone, separators before it, several after it, a symbol among
    them) gives what the piece-by-piece definition gives, and so does the first key it
    remembers for ``first_key``; called on the miss itself, so a token seen before still
    takes the quick path."""
    scanner = patterns_for(load_locale(lang)).scanner
    token = fold_text("".join(parts))
    assert scanner.starters.__self__.__missing__(token) == _reference_starters(scanner, token), token
    assert scanner.starters(token) == _reference_starters(scanner, token), token
    # the first key it left in first_key's memo (if any) is the one first_key works out,
    # and first_key's own reading (re for ASCII) is the regex one
    word = regex.search(r"\w+", token)
    expected = scanner.key(word.group()) if word else None
    assert scanner.first_key(token) == scanner.first_key.__self__.function(token) == expected, token


def _closure(function) -> dict:
    return dict(zip(function.__code__.co_freevars, (c.cell_contents for c in function.__closure__)))


@pytest.mark.parametrize("lang", ["en", "fr"])
@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(_FIRST_SIGHT_PARTS), min_size=1, max_size=3))
def test_word_entry_by_key_is_the_entry_the_regexes_find(lang, parts):
    """A piece's entry (a plain ASCII word or number read without regex, one entry per key
    shared by "the", "The", "the,") is the entry of the key and glued digits the regexes
    find, or of the number's leading digits."""
    from checker.extractors.times._scan import _DIGITS, _LETTERS, _PIECE, _PIECES, DIGIT, key_of
    scanner = patterns_for(load_locale(lang)).scanner
    entry = scanner.entry.__self__.function   # not memoised
    cells = _closure(entry)
    for piece in _PIECE.findall(fold_text("".join(parts))):
        whole = _PIECES.match(piece)
        key = key_of(whole.group()) if whole else ""
        if key == DIGIT:   # a number: by its leading digits' count, digits alone or not
            word = whole.group()
            expected = cells["number_entry"](_DIGITS.match(word).end(), word.isdecimal())
            assert entry(piece) == scanner.entry(piece) == expected, piece
            continue
        if not whole or (key not in cells["tables"] and not (
                cells["glue_keys"] and key.startswith(cells["glue_keys"]))):
            continue   # no entry
        letters = _LETTERS.match(whole.group())
        stuck = letters is not None and letters.end() < len(whole.group())
        assert entry(piece) == cells["_key_entry"](key, stuck), piece
        assert scanner.entry(piece) == cells["_key_entry"](key, stuck), piece
