"""Shortcuts of the quantity extractor held to the slower paths they replace (issue 7)."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.speedups.digit_lead import space_lead
from checker.extractors.quantities._context import _SPACE_BEFORE
from checker.extractors.quantities._grammar import grammar
from checker.extractors.quantities._scan import quantity_matches, scan_hits, scan_hits_full
from checker.locales import load_locale

GRAMMARS = [grammar(load_locale(lang)) for lang in ("en", "fr")]
LANGS = st.sampled_from([0, 1])  # index into GRAMMARS (a grammar's repr is a screenful)

# Number words, openers and symbols of both languages, their pieces, and characters where
# lower-casing and case-blind matching part ways (long s, dotted I, Kelvin sign, final
# sigma, superscripts, combining accent, zero-width joiner, Arabic-Indic digit).
_PIECES = ["about", "ABOUT", "About", "million", "Millions", "dozen", "a", "an", "A", "k", "M", "bn",
           "deux", "Deux", "à", "À", "vingt", "cents", "environ", "près", "PRÈS", "plusieurs", "ten",
           "seven", "ſeven", "ſ", "İ", "ı", "\u212a", "\u212b", "Σ", "σ", "ς", "²", "½", "\u0301",
           "\u200d", "٣", "1", "12", "2,5", "$", "€", "£", "¥", "US$", " ", "  ", "\n", "\u00a0", "-",
           "'", "’", "é", "É", "x", "often", "Ten", "TEN", "🙂"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), LANGS)
def test_folded_scan_finds_the_hits_of_the_one_pass_scan(pieces: list[str], lang: int) -> None:
    g = GRAMMARS[lang]
    text = "".join(pieces)
    assert scan_hits(text, g)[:2] == scan_hits_full(text, g)[:2]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), LANGS)
def test_folded_scan_on_any_text(text: str, lang: int) -> None:
    g = GRAMMARS[lang]
    assert scan_hits(text, g)[:2] == scan_hits_full(text, g)[:2]


def _matches(text: str, g, hits) -> list:
    return [(m.span(), m.groupdict()) for m in quantity_matches(text, 0, len(text), g, hits)]


# Number words, collectives and their look-alikes, openers, digits.
_MATCH_PIECES = ["dozens", "Dozen", "a dozen", "several", "hundreds", "thousands of", "scores", "tens", "of",
                 "about", "some", "two", "twenty", "1", "12", "3,5", "1 200", "$", "€", "bn", "million",
                 "une", "dizaine", "centaines", "milliers", "de", "d'", "plusieurs", "vingtaine", "quelques",
                 "environ", "deux", "cent", "%", "km", " ", "  ", "-", ",", ".", "people", "personnes"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MATCH_PIECES), max_size=14), LANGS)
def test_matches_without_the_collective_branch_where_no_collective_word_follows(pieces: list[str], lang: int) -> None:
    g = GRAMMARS[lang]
    text = " ".join(pieces)
    anchors, openers, collectives = scan_hits(text, g)
    assert collectives is not None  # the folded scan knows them for this text
    assert _matches(text, g, (anchors, openers, collectives)) == _matches(text, g, (anchors, openers, None))


def test_folded_scan_is_used_for_plain_prose_and_not_for_odd_characters() -> None:
    for g in GRAMMARS:
        assert g.folded_scan is not None and g.folded_scan.date is not None
        assert g.folded_scan.ascii_unsafe == "\x1c\x1d\x1e\x1f"  # white space for re, not for regex
        assert g.folded_scan.unsafe.search("Près de 2,5 millions d’euros — “about $3bn”.") is None
        for odd in ("ſ", "İ", "Σ", "²", "\u200d", "٣", "🙂"):
            assert g.folded_scan.unsafe.search(f"seven {odd}") is not None, odd


# The exemption scan also starts each pattern at (the white space before the first digit -
# its space lead): it must find exactly what a scan from the stretch's start finds.

@pytest.mark.parametrize("pattern, lead", [
    (r"(?:March|May)\.?\s+\d{1,2}", 6),
    (r"(?i)(?:march|may)\.?,?\s+\d{4}|\d{1,2}\s+may", 7),
    (r"\baged? (?P<n>\d+)", 5),
    (r"\s(?P<n>\d)", 0),
    (r"(?P<n>\d+)(?:st|nd)\b", 0),
    (r"ab\s+x\d", None),             # white space, then a letter: the run does not end at the digit
    (r"\w+\s+\d", None),             # unbounded before the run
    (r"\d|x", None),                 # a match may hold no digit
])
def test_space_lead_values(pattern: str, lead: int | None) -> None:
    assert space_lead(pattern, case_blind=True) == lead


def test_space_lead_of_a_case_insensitive_pattern_needs_one_to_one_folding() -> None:
    assert space_lead(r"(?i)may\s+\d", case_blind=False) is None
    assert space_lead(r"(?i)may\s+\d", case_blind=True) == 3


_SPACE_PIECES = ["March", "march", "MAY", "mars", "septembre", "September", "Sept.", "décembre", "Resolution",
                 ",", ".", " ", "   ", "\n", "\u00a0", "\u2003", "\t", "1", "12", "2024", "x", "aged", "page",
                 "of", "-", "3rd", "1er"]


def _check_space_scan(text: str, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    digit = regex.search(r"\d", text[start:end])
    patterns = [p for g in GRAMMARS for _, p in g.exempt] + [g.date for g in GRAMMARS]
    for pattern in patterns:
        lead = space_lead(pattern.pattern, case_blind=True)
        if lead is None:
            continue
        full = [m.span() for m in pattern.finditer(text, start, end)]
        if digit is None:
            assert full == []
            continue
        first = start + digit.start()
        space = _SPACE_BEFORE.match(text, start, first) if first > start else None
        spaced = space.start() if space is not None else first
        scan_from = max(start, spaced - lead)
        assert [m.span() for m in pattern.finditer(text, scan_from, end)] == full, (pattern.pattern, text)


def test_space_lead_scan_at_the_widest_leads() -> None:
    # Each pattern's widest prefix before the white space: one character less would miss it.
    for text in ("x September., 2024", "x  septembre.,\n 12", "x Resolution  12", "x Resolution 12",
                 "l'âge de 40 ans", "x agée de  3 ans", "x page 12 and May 3"):
        for cut_start in range(3):
            _check_space_scan(text, cut_start, 0)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPACE_PIECES), max_size=14), st.integers(0, 6), st.integers(0, 6))
def test_space_lead_scan_equals_full_scan(pieces: list[str], cut_start: int, cut_end: int) -> None:
    _check_space_scan("".join(pieces), cut_start, cut_end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MATCH_PIECES), max_size=12), LANGS)
def test_groups_by_number_are_the_groups_by_name(pieces: list[str], lang: int) -> None:
    from checker.extractors.quantities._extract import _GROUPS, _groups, _numbers
    g = GRAMMARS[lang]
    text = " ".join(pieces)
    for pattern in (g.quantity, g.quantity_plain):
        for match in pattern.finditer(text):
            assert _groups(match, _numbers(match.re)) == match.group(*_GROUPS)
            assert match.span(_numbers(match.re)[_GROUPS.index("num")]) == match.span("num")


def _quoted_spans_by_regex(document) -> tuple:
    """The reference: each paragraph's quote marks by one ``regex`` search."""
    from checker.spans import Span
    pairs = {"«": "»", "“": "”", "„": "“", "\"": "\""}
    spans = []
    carried = None
    for paragraph in document.paragraphs:
        opener, start, depth = None, 0, 0
        marks = list(regex.finditer(r"[«»“”„\"]", document.prose[:paragraph.span.end][paragraph.span.start:]))
        if carried is not None and marks and marks[0].group() == pairs[carried] \
                and document.prose[paragraph.span.start:paragraph.span.start + marks[0].start()].strip() \
                and (pairs[carried] != carried or sum(m.group() == carried for m in marks) % 2 == 1):
            spans.append(Span(paragraph.span.start, paragraph.span.start + marks[0].end()))
            marks = marks[1:]
        carried = None
        for mark in marks:
            char, at = mark.group(), paragraph.span.start + mark.start()
            if opener is None:
                if char in pairs:
                    opener, start, depth = char, at, 1
            elif char == pairs[opener]:
                depth -= 1
                if not depth:
                    spans.append(Span(start, at + 1))
                    opener = None
            elif char == opener:
                depth += 1
        if opener is not None:
            spans.append(Span(start, paragraph.span.end))
            carried = opener
    return tuple(spans)


_QUOTE_PIECES = ["«", "»", "“", "”", "„", "\"", "'", "’", " ", "\n", "\n\n", "# ", "> ", "- ", "He said", "12",
                 "Il a dit", " « Oui » ", "„Ja“"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_QUOTE_PIECES), max_size=20), st.sampled_from(["en", "fr"]))
def test_quoted_spans_by_find_are_those_by_regex(pieces: list[str], lang: str) -> None:
    from checker.extractors.quantities._context import quoted_spans
    from checker.readers import read_text
    document = read_text("".join(pieces) or " ", path="story.md", lang=lang)
    assert quoted_spans(document) == _quoted_spans_by_regex(document)


_DATE_PIECES = ["March", "MARCH", "march", "Mar.", "mars", "Mars", "MARS", "août", "AOÛT", "aout", "Août", "décembre",
                "DÉCEMBRE", "december", "Sept", "ſept", "İ", "\u212a", "of", "OF", "st", "ST", "er", "ᵉʳ", "1er",
                "3rd", "12", "2024", ",", ".", " ", "  ", "\n", "\u00a0", "\u2009", "\x1c", "x", "-", "é"]


def _check_folded_date(text: str, g) -> None:
    from checker.extractors.quantities._scan import folded
    lowered = folded(text, g)
    if lowered is not None:
        assert [m.span() for m in g.folded_scan.date.finditer(lowered)] == [m.span() for m in g.date.finditer(text)]
    else:  # a character the folded passes are not exact for
        assert g.folded_scan.unsafe.search(text) is not None


def test_folded_date_pattern_on_dates_and_odd_spaces() -> None:
    for text in ("March\x1c12", "on MARCH 3, 2024.", "le 1er\u2009AOÛT 2024", "3rd of Sept., 2024", "Déc. 12",
                 "ſept 12", "12 \u212aay", "x Mars\u00a02024"):
        for g in GRAMMARS:
            _check_folded_date(text, g)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12), LANGS)
def test_folded_date_pattern_finds_the_dates_of_the_case_blind_one(pieces: list[str], lang: int) -> None:
    _check_folded_date("".join(pieces), GRAMMARS[lang])


class _Quiet(list):
    """A list that prints short (a grammar's repr is a screenful in a falsifying example)."""

    def __repr__(self) -> str:
        return f"<{len(self)} grammars>"


@pytest.fixture(scope="module")
def flat_grammars():
    """The grammars with the quantity pattern's word lists as flat sorted alternations."""
    from checker.extractors.quantities import _grammar
    saved = _grammar._ic_alternation
    _grammar._ic_alternation = _grammar._alternation
    try:
        return _Quiet(_grammar.build_grammar(load_locale(lang)) for lang in ("en", "fr"))
    finally:
        _grammar._ic_alternation = saved


_TREE_PIECES = _MATCH_PIECES + ["Twenty-Five", "quatre-vingt-dix", "et", "and", "to", "à", "per cent", "PER  CENT",
                                "pour cent", "square kilometres", "km²", "kilomètres carrés", "°C", "£", "GBP", "M€",
                                "Md€", "milliards", "more than", "MORE\tthan", "at least", "près de", "jusqu'à",
                                "or so", "odd", "plus", "US$", "US $", "hundred", "thousands", "1,5", "0.5",
                                "5 pounds sterling", "12 kilometres per hour", "3 percentage points", "4 square miles",
                                "2 degrees Celsius", "9 sq km", "7 millions d'euros", "8 kilomètres par heure"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TREE_PIECES), max_size=10), LANGS, st.sampled_from([" ", "", "  ", "\n"]))
def test_quantity_pattern_with_word_trees_matches_the_flat_one(flat_grammars, pieces: list[str], lang: int,
                                                                glue: str) -> None:
    text = glue.join(pieces)
    tree, flat = GRAMMARS[lang], flat_grammars[lang]
    assert tree.quantity.pattern != flat.quantity.pattern
    for start in range(len(text)):
        for a, b in ((tree.quantity.match(text, start), flat.quantity.match(text, start)),
                     (tree.quantity_plain.match(text, start), flat.quantity_plain.match(text, start))):
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, start)


def test_fold_safe_class_is_the_same_computed_or_remembered() -> None:
    from checker.extractors.quantities._scan import _fold_safe
    computed = _fold_safe("abcks")  # the first call computes (and stores), the second reads back
    assert _fold_safe("abcks") == computed
    safe = regex.compile(f"[{computed[0]}]")
    # The long s matches "s" case-blind but lower-cases to itself; the Kelvin sign lower-cases to "k".
    assert safe.fullmatch("S") and safe.fullmatch("\u212a") and not safe.fullmatch("ſ") and not safe.fullmatch("İ")


@pytest.mark.parametrize("pattern, chars", [
    (r"\b(?P<n>\d{1,2}:\d{2})", (":",)),
    (r"\b(?P<n>\d{4}[-–/]\d{2,4})\b", ("-", "/", "–")),
    (r"\b(?:won|lost)\s(?:\w+\s){0,3}?(?P<n>\d+\s?[-–]\s?\d+)\b", ("-", "–")),
    (r"\b(?P<n>\d{1,2}) o.clock", ("clock",)),   # no selective character: the longest literal run
    (r"\baged? (?P<n>\d+)", ("age",)),           # "d?" may be absent
    (r"(?:x|:)\d", ()),             # a branch: neither side is needed
    (r"(?=-)\d", ()),               # a lookahead consumes nothing
    (r"(?i)a-\d", ()),              # case-blind: not read
    (r"\d+(?:-\d+)?", ()),          # optional
    (r"\d+, \d+", ()),              # only common characters, no run of three
])
def test_required_chars_values(pattern: str, chars: tuple) -> None:
    from checker.speedups.digit_lead import required_chars
    assert required_chars(pattern) == chars


_REQUIRED_PIECES = ["12", "3", "2024", "-", "–", ":", "/", "'", "’", "(", ")", " ", "won", "défaite", "Smith", "ans",
                    "l", "âge de", "x", ",", ".", "age", "d", "of", "o", "'clock", "clock", "years", "old",
                    "année", "ann", "ées", "de", "un homme", "à", "a"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_REQUIRED_PIECES), max_size=12))
def test_a_text_without_the_required_characters_has_no_match(pieces: list[str]) -> None:
    from checker.speedups.digit_lead import required_chars
    text = "".join(pieces)
    for g in GRAMMARS:
        for (_, pattern), chars in zip(g.exempt, g.exempt_required):
            assert chars == required_chars(pattern.pattern)
            if chars and not any(c in text for c in chars):
                assert pattern.search(text) is None, (pattern.pattern, text)


@pytest.mark.parametrize("pattern, rewritten", [
    (r"\b(?:won|wins|lost)\s(?P<n>\d+)", r"\b(?:(?:lost|w(?:ins|on)))\s(?P<n>\d+)"),
    (r"\b(?:[Pp]age|pp?\.)\s(?P<n>\d)", r"\b(?:(?:Page|p(?:\.|age|p\.)))\s(?P<n>\d)"),
    (r"\b(?:ab|abc|xy)c(\w)", None),   # "abc" continues "ab" with the "c" that follows: order matters
    (r"\b(?:ab|abc)\s?\d", None),      # what follows may consume nothing
    (r"(?i)\b(?:ab|cd)\s\d", None),    # case-blind
    (r"\b(?:a\w|cd)\s\d", None),       # not literals
    (r"(?:ab|cd)\s\d", None),          # no word boundary first: left alone
])
def test_opening_tree_rewrites_only_when_the_order_cannot_matter(pattern: str, rewritten: str | None) -> None:
    from checker.speedups.digit_lead import opening_tree
    assert opening_tree(pattern) == (rewritten or pattern)
    for text in ("abccd 7", "won 3", "wins  4", "pp. 5", "Page 6", "xyc1"):
        assert [m.span() for m in regex.finditer(opening_tree(pattern), text)] == \
            [m.span() for m in regex.finditer(pattern, text)]


_OPENING_PIECES = ["Page", "page", "p.", "pp.", "P", "Number", "Numbered", "No.", "Article", "Art.", "#", "Resolution",
                   "beat", "beating", "won", "wins", "score", "scored", "scoreline", "vote", "votes", "un", "une",
                   "de la", "du", "le", "homme", "Pas de tir", "pas", "au", "et", " ", "  ", "\n", "12", "3", "1.2",
                   "-", "–", "x", "de", "41 ans", "ans"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_PIECES), max_size=12), st.sampled_from(["", " "]))
def test_opening_trees_match_what_the_alternations_match(pieces: list[str], glue: str) -> None:
    from checker.speedups.digit_lead import opening_tree
    text = glue.join(pieces)
    for lang in ("en", "fr"):
        sources = [str(p) for ps in (load_locale(lang).get("numbers", "exempt", {}) or {}).values()
                   for p in (ps if isinstance(ps, list) else [ps])]
        for source in sources:
            tree = opening_tree(source)
            if tree == source:
                continue
            assert [(m.span(), m.groups()) for m in regex.finditer(tree, text)] == \
                [(m.span(), m.groups()) for m in regex.finditer(source, text)], (source, text)


def test_exempt_reading_is_the_same_computed_or_remembered() -> None:
    from checker.speedups import digit_lead
    from checker.extractors.quantities._grammar import _read_exempt
    sources = [r"\b(?:won|lost)\s(?P<n>\d+-\d+)", r"\baged? (?P<n>\d+)"]
    computed = _read_exempt(sources, r"(?i)may\s+\d", True)  # computes and stores; then reads back
    assert _read_exempt(sources, r"(?i)may\s+\d", True) == computed
    assert computed[0][0] == (*digit_lead.leads(sources[0], True), ("-",), digit_lead.opening_tree(sources[0]),
                              digit_lead.opening_gate(sources[0]), digit_lead.digit_followers(sources[0]))
    assert computed[0][0][4] == ("lost", "won")
    assert computed[1] == (-1, 3)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TREE_PIECES), max_size=10), LANGS)
def test_digit_pattern_matches_what_the_plain_pattern_matches_at_a_digit(pieces: list[str], lang: int) -> None:
    g = GRAMMARS[lang]
    text = " ".join(pieces) + " 12 ²3"
    for start, char in enumerate(text):
        if char.isdigit():
            a, b = g.quantity_digit.match(text, start), g.quantity_plain.match(text, start)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, start)
