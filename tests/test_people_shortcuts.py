"""Speed shortcuts of the people extractor held to the slower code they stand in for.

Each shortcut must give exactly what the plain version gives, on made-up text built
from the pieces that make them differ (hyphens, particles, apostrophes, letters around).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from checker.extractors.people import _candidates as pc, _scan as scan
from checker.extractors.people._patterns import patterns_for
from checker.locales import load_locale

_PATS = {lang: patterns_for(load_locale(lang)) for lang in ("en", "fr")}


def _lead_starts_by_find(prose: str, pats) -> list[int]:
    """The plain version: ``str.find`` of every lead literal over the whole text."""
    starts = []
    for literal in pats.lead_literals:
        at = prose.find(literal)
        while at != -1:
            if not at or not (prose[at - 1].isalpha() or prose[at - 1] == "-"):
                starts.append(at)
            at = prose.find(literal, at + 1)
    return sorted(starts)


_PIECES = st.sampled_from(["al", "el", "ibn", "bin", "abu", "ash", "as", "a", "s", "h", "-", "A", "É",
                           "--", " ", "\n", "d", "'", "’", "é", "x", "Al", "AL", "président",
                           "ministre", "vice", "3", "_", "\u00a0", "·"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.sampled_from(["en", "fr"]))
@example(["(", "d", "’", "É", "x"], "fr")
@example(["d", "'", "a", " ", "d", "'", "A", "l"], "en")
def test_lead_starts_are_every_literal_found(pieces, lang):
    """Every place a lead literal occurs, less places where no name can start (an
    apostrophe particle before an ASCII character that is no capital: "d'un")."""
    prose = "".join(pieces)
    pats = _PATS[lang]
    found = sorted(scan._lead_starts(prose, pats))
    every = _lead_starts_by_find(prose, pats)
    assert set(found) <= set(every) and len(found) == len(set(found))
    for at in set(every) - set(found):
        assert prose[at:at + 2] in ("d'", "d’")
        assert pats.candidate.match(prose, at) is None
        assert pats.plain.match(prose, at) is None


def test_lead_starts_examples():
    pats = _PATS["en"]
    prose = "Bashar al-Assad met total-al-x and -al- then d'Arc and (ibn-Saud)."
    assert sorted(scan._lead_starts(prose, pats)) == _lead_starts_by_find(prose, pats)
    elided = "d'un côté d'Arc, d’Épinay et d’où d'É d'été d'Zola d'@ d'"
    starts = scan._lead_starts(elided, _PATS["fr"])
    assert sorted(starts) == [elided.index(w) for w in ("d'Arc", "d’Épinay", "d'É", "d'été",
                                                         "d'Zola")]
    assert prose.index("al-Assad") in scan._lead_starts(prose, pats)
    assert prose.index("ibn-Saud") in scan._lead_starts(prose, pats)
    assert prose.index("al-x") not in scan._lead_starts(prose, pats)   # after a hyphen


def _is_acronym_plain(word: str) -> bool:
    """``_is_acronym`` without its shortcut for a lower-case second letter."""
    if pc._INITIALS.fullmatch(word):
        return False
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ABCÉK.-'’abcéxz1 \u0301ǅⅰª"), max_size=8))
def test_is_acronym_shortcut(word):
    assert pc._is_acronym.__wrapped__(word) == _is_acronym_plain(word)


def test_person_mentions_equal_dataclass_construction():
    """Mentions are built without the dataclass __init__: each equals (and hashes like)
    the same fields passed to the constructor."""
    from dataclasses import fields

    from checker.extractors.people._extract import PersonMention
    from checker.facts import Facts
    from checker.readers import read_text

    for lang, text in (("en", "Chief executive Thomas Enders said so. Mr. Enders left.\n"),
                       ("fr", "« Rien », a déclaré le président Jean Castex. M. Castex part.\n")):
        doc = read_text(f"---\nlang: {lang}\n---\n\n{text}", path="story.md")
        found = list(Facts(doc, load_locale(lang)).get("people"))
        assert found
        for mention in found:
            rebuilt = PersonMention(**{f.name: getattr(mention, f.name) for f in fields(mention)})
            assert type(mention) is PersonMention
            assert mention == rebuilt and hash(mention) == hash(rebuilt)
            assert vars(mention) == vars(rebuilt)


def _split_tokens_plain(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    """``_split_tokens`` as first written: every space-separated piece holding a capital."""
    tokens, at = [], start
    for piece in prose[start:end].replace("\t", " ").replace("\u00a0", " ").split(" "):
        if piece and any(c.isupper() for c in piece):
            tokens.append((at, at + len(piece)))
        at += len(piece) + 1
    return tokens


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["Bashar", "al-Assad", "de", "Gaulle", "iPhone", "d'Estaing",
                                 "ǅemal", " ", "  ", "\t", "\u00a0", "K.C.", "van"]),
                max_size=8))
def test_split_tokens_shortcuts(pieces):
    prose = "x " + "".join(pieces) + " y"
    assert pc._split_tokens(prose, 2, len(prose) - 2) == \
        _split_tokens_plain(prose, 2, len(prose) - 2)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_capital_words_are_the_unicode_ones(text):
    """On ASCII text the ASCII-class capital-word pattern finds what the Unicode one does."""
    def found(pattern):
        return [(m.start(), m.group()) for m in pattern.finditer(text)]
    assert found(scan._CAPITAL_WORD_ASCII) == found(scan._CAPITAL_WORD)


def test_ascii_capital_words_examples():
    text = "Smith-Jones met al-Assad, McDonald's 3M and X2 at O'Brien's: A-B."
    assert [m.group() for m in scan._CAPITAL_WORD_ASCII.finditer(text)] == \
        [m.group() for m in scan._CAPITAL_WORD.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(['»', '"', '”', '“', '«', "'", "a", " ", "\n"]), max_size=90))
def test_closes_quote_is_the_set_test(before):
    """``_closes_quote`` answers what the set of the window's last 40 characters did."""
    assert pc._closes_quote(before) == bool(pc._QUOTE_CLOSERS.intersection(before[-40:]))
