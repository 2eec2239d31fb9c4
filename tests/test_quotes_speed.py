"""Speed shortcuts of the quotes extractor (issue 7) held to the patterns they replace:
opening marks found with ``str.find`` are those of ``_OPEN``, a dialogue dash read with
str methods is the one ``_DASH`` matches."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from checker.extractors.quotes import _extract

# marks, dashes, spaces and a few letters, so that every branch of the shortcuts is taken
_PIECES = st.sampled_from(["«", "»", "“", "”", "\"", "‘", "’", "„", "—", "–", "―", "-",
                           " ", "\t", "\n", "\u00a0", "a", "É", "said", "dit", "x"])
_TEXT = st.lists(_PIECES, max_size=16).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_opening_marks_are_those_of_the_pattern(text: str) -> None:
    assert _extract._opening_marks(text) == [m.start() for m in _extract._OPEN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 20), st.integers(0, 20))
def test_dialogue_dash_is_the_one_the_pattern_matches(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    match = _extract._DASH.match(text[start:end])
    assert _extract._dash_end(text, start, end) == (-1 if match is None else start + match.end())


def test_dialogue_lines_and_marks_in_both_languages() -> None:
    """Worked cases: a dash line in French, marks in English, nothing on plain text."""
    line = "— Nous reconstruirons l'école, a-t-il dit."
    assert _extract._dash_end(line, 0, len(line)) == 2
    assert _extract._dash_end("  –\tOui.", 0, 8) == 4
    assert _extract._dash_end("—Non.", 0, 5) == -1          # no space after the dash
    assert _extract._dash_end("Le 12 — 14 mai", 0, 14) == -1  # not at the start of the line
    text = 'He said "we will rebuild" and «nous aussi».'
    assert _extract._opening_marks(text) == [8, 24, 30]
    assert _extract._opening_marks("Aucune citation ici.") == []
