"""split_sentences inlines its usual case and reads ASCII words before a period with str
methods; it must cut exactly where the plain definition cuts, kept here as the reference."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker import sentences as s
from checker.spans import Span

_ABBREVIATIONS = ("Mr.", "Dr.", "M.", "Mme", "etc.", "av. J.-C.", "St.", "Gén.", "No.")


def _reference_abbreviation(prose: str, stop: int, abbreviations: frozenset[str]) -> bool:
    match = s._WORD_BEFORE.search(prose[max(0, stop - 24):stop])
    return s._abbreviated(match.group(1).rstrip(".") if match else "", abbreviations)


def _reference_split(prose: str, paragraphs: list[Span]) -> tuple[Span, ...]:
    abbreviations = s._abbreviation_set(_ABBREVIATIONS)
    sentences: list[Span] = []
    for paragraph in paragraphs:
        start = paragraph.start
        for match in s._BOUNDARY.finditer(prose, paragraph.start, paragraph.end):
            if prose[match.start()] == "." and match.group().startswith(".") \
                    and len(match.group().rstrip("\"'”’»)] \u00a0\u202f")) == 1 \
                    and _reference_abbreviation(prose, match.start(), abbreviations):
                continue
            s._append(prose, sentences, start, match.end())
            start = match.end()
        s._append(prose, sentences, start, paragraph.end)
    return tuple(sentences)


# Words that end sentences, abbreviations, initials, non-ASCII letters and digits right before
# a period, closing quotes, odd spaces, and very long runs (the MAX_SENTENCE cut).
_WORDS = ["Le", "maire", "said", "Mr.", "Dr.", "M.", "Mme", "etc.", "av.", "J.-C.", "J.", "K.",
          "St.", "Gén.", "gén.", "No.", "x-Dr.", "ÉTAT.", "été.", "٣.", "Ⅻ.", "１.", "1.5", "3,5",
          "end.", "end!", "end?", "end…", "end...", "end. .", "«", "»", "”", "“", "’", "—", "(", ")",
          "\u00a0", "\u202f", "\n", "\r\n", "A", "b", "Élise", "42", "¿Qué", "x" * 40]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.sampled_from([" ", "  ", "\t"]),
       st.integers(min_value=1, max_value=400), st.integers(min_value=0, max_value=4))
def test_sentences_are_the_reference_ones(words, space, repeat, cut):
    text = space.join(words)
    if cut == 0:  # one long run: the over-long sentence path
        text = (text + " ") * repeat
    # paragraphs: the whole text, or pieces of it (sentences never cross them)
    step = max(1, len(text) // max(cut, 1))
    bounds = sorted({0, len(text), *range(0, len(text), step)})
    paragraphs = [Span(a, b) for a, b in zip(bounds, bounds[1:])]
    assert s.split_sentences(text, paragraphs, _ABBREVIATIONS) == _reference_split(text, paragraphs)


def test_a_non_ascii_letter_before_an_ascii_run_is_part_of_the_word():
    # "Gén." is an abbreviation: the ASCII run "n" alone is not the word before the period
    abbreviations = s._abbreviation_set(("Gén.",))
    prose = "Le Gén. Dupont"
    assert s._is_abbreviation(prose, prose.index("."), abbreviations)
    assert s._is_abbreviation(prose, prose.index("."), abbreviations) == \
        _reference_abbreviation(prose, prose.index("."), abbreviations)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["mot", "word", "\u00a0", "été", "\r\n", "x" * 50]), min_size=1,
                max_size=8), st.integers(min_value=100, max_value=1500),
       st.sampled_from(["end. Le maire.", "fin ! Il part", "", "Mr. Smith. Dr. No"]))
def test_over_long_sentences_are_cut_as_the_reference_cuts(words, repeat, tail):
    text = " ".join(words * repeat) + " " + tail + " " + " ".join(words * (repeat // 3))
    paragraphs = [Span(0, len(text))]
    assert s.split_sentences(text, paragraphs, _ABBREVIATIONS) == _reference_split(text, paragraphs)
