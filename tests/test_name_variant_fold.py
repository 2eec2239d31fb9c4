"""names.variant looks only at a story's non-ASCII characters to fold it and to ask whether
it has accents; both must answer what the whole character set answered."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from checker.checks import name_variant


def _folded_by_table(prose: str) -> str:
    """The fold as a table of every distinct character (what ``_folded`` stands for)."""
    table = {ord(c): f for c in set(prose) if (f := name_variant._fold_char(c)) != c}
    if all(f == chr(k).lower() for k, f in table.items()):
        return prose.lower()
    return prose.translate(table)


def _has_accents_by_set(prose: str) -> bool:
    return not prose.isascii() and any(name_variant._accented(c) for c in set(prose) if not c.isascii())


# ASCII letters beside the characters whose lower case is ASCII (Kelvin sign, dotted capital I),
# is two characters (İ), depends on the word (Σ), or loses an accent (É, Å, Ångström sign).
ALPHABET = "aAeEkKzZiI \t-.éÉèÈçÇİıẞßǅŒœﬁΣσςÅÅ\u212a\u212b\u0301\u00a0’«»"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_fold_equals_the_table_of_every_character(prose: str) -> None:
    assert name_variant._folded(prose) == _folded_by_table(prose)
    assert len(name_variant._folded(prose)) == len(prose)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fold_and_accent_test_on_any_text(prose: str) -> None:
    assert name_variant._folded(prose) == _folded_by_table(prose)
    assert name_variant._has_accents(prose) == _has_accents_by_set(prose)
    assert name_variant._non_ascii(prose) == {c for c in prose if not c.isascii()}


def test_examples_in_english_and_french() -> None:
    english = "The Kelvin sign \u212a beside Kabul, and Zürich."
    assert name_variant._folded(english) == _folded_by_table(english)
    assert name_variant._has_accents(english) and not name_variant._has_accents("Egypt, “quoted”.")
    french = "À Qalamoun-Ouest, l'Égypte et l'Egypte ; ÇA VA."
    assert name_variant._folded(french) == "a qalamoun-ouest, l'egypte et l'egypte ; ca va."
    assert name_variant._has_accents(french)


def test_hyphenated_name_occurrences_are_the_same_with_and_without_the_word_index():
    from checker.checks.name_variant import _occurrences, _word_starts
    texts = ["jean-marc dupont et jean marc dupont, puis jean - marc; jeanne-marc et jean-marcel.",
             "the al-qaeda leader; al qaeda; al--qaeda; xal-qaeda; al-qaedas; al-qaeda-al-qaeda",
             "a-a-a a a-a"]
    for text in texts:
        for parts in (["jean", "marc"], ["al", "qaeda"], ["a", "a"]):
            assert _occurrences(text, parts) == _occurrences(text, parts, _word_starts(text))


def test_spots_finds_whole_words_as_the_pattern_did():
    import regex
    from checker.checks._named_things import spots

    def by_pattern(prose, raw):
        pattern = rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’-]){regex.escape(raw)}(?![\p{{L}}\p{{M}}\p{{N}}-])"
        return [m.start() for m in regex.finditer(pattern, prose)]
    prose = ("Valdora, Valdora-Nord, l'Valdora, Valdoras, 2Valdora, Valdora2, Valdora’s, Valdorá, "
             "Valdora\u0301, -Valdora, Valdora. ValdoraValdora Valdora")
    for raw in ("Valdora", "Nord", "s"):
        assert spots(prose, raw) == by_pattern(prose, raw)
