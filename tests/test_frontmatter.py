"""Front matter: the flat ``key: value`` shortcut answers only what YAML itself answers."""
from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker._yaml import ConfigError, load_yaml_text
from checker.readers import read_text
from checker.readers.frontmatter import _YAML_TEXT, flat_mapping, front_block


def _yaml(block: str):
    try:
        return load_yaml_text("\n" + block, "a.md")[0]
    except ConfigError:
        return ConfigError


# Keys YAML reads as strings and as booleans or null; values of every kind YAML may read
# differently (quotes, escapes, comments, colons, indicators, numbers, dates, booleans, odd
# spaces and line breaks), mixed into mostly plain words so that many blocks are flat.
_COMMON_KEYS = st.sampled_from(["title", "date", "lang", "id", "_x", "a-b", "source", "url", "y"])
_KEYS = st.one_of(_COMMON_KEYS, _COMMON_KEYS, _COMMON_KEYS,
                  st.sampled_from(["on", "No", "null", "Titre", "1", "1a", "ti.tle", "é", "title ",
                                   "-x", "x-", "k" * 64, "k" * 65, "ſ", "K\u0130"]))
_PLAIN = st.sampled_from(["Le", "maire", "The", "mayor", " ", "é", "a'b", "x\u00a0", "😀", "No",
                          "\u202f", "\u200b", "\xad", "\u3000",
                          "https://x.org/a%27b", "CC BY 2.5; GUM", "(AFP)", "[x]", "{y}", ",", "-"])
_ODD = st.sampled_from(["'", "''", '"', "\\", ":", ": ", " #", "#", "&a", "*a", "!t", "|", ">",
                        "%", "@", "`", "?", "yes", "null", "~", "2015-09-01", "1.5", ".inf", "0x1F",
                        "12", "\u2028", "\t", "  "])
_WORDS = st.sampled_from(["Le", "maire", "Édith", "Nick", "ok", "Yes", "nope", "Ωmega"])
_VALUES = st.tuples(_WORDS, st.lists(st.one_of(_PLAIN, _PLAIN, _PLAIN, _PLAIN, _ODD), max_size=6)
                    ).map(lambda parts: parts[0] + "".join(parts[1]))


@st.composite
def _blocks(draw):
    lines = []
    for key, value in draw(st.lists(st.tuples(_KEYS, _VALUES), max_size=5)):
        quote = draw(st.sampled_from(["", "", "'", '"']))
        space = draw(st.sampled_from([" "] * 6 + ["", "  "]))
        lines.append(f"{key}:{space}{quote}{value}{quote}")
    if draw(st.integers(0, 3)) == 0:
        lines += draw(st.lists(st.sampled_from(["", " ", "  - item", "# comment", "...", "  more"]),
                               max_size=2))
    return "".join(line + "\n" for line in draw(st.permutations(lines)))


@settings(max_examples=1500, deadline=None)
@given(_blocks())
@example("title: Le maire a parlé\nlang: fr\ndate: '2015-09-01'\n")
@example("title: It''s 'quoted' [x], {y}\nsource: 'Text: CC BY 2.5; GUM'\n")
@example("a: 'it''s'\nb: \"plain\"\nc: x\u00a0#y\n")
def test_flat_front_matter_is_what_yaml_reads(block):
    fast = flat_mapping(block)
    if fast is not None:   # YAML reads an empty block as None, split_front_matter as {}
        expected = _yaml(block)
        assert (expected if expected is not None else {}) == fast


@settings(max_examples=1500, deadline=None)
@given(_COMMON_KEYS, st.sampled_from(["", "", "'", '"']), _WORDS,
       st.lists(st.one_of(_PLAIN, _ODD), max_size=4))
def test_one_flat_line_is_what_yaml_reads(key, quote, word, pieces):
    value = word + "".join(pieces)
    block = f"{key}: {quote}{value}{quote}\n"
    fast = flat_mapping(block)
    if fast is not None:
        assert fast == _yaml(block)


@pytest.mark.parametrize("block, expected", [
    ("title: Le maire\nlang: fr\n", {"title": "Le maire", "lang": "fr"}),
    ("date: '2015-09-01'\nlicense: 'Text: CC BY 2.5'\n",
     {"date": "2015-09-01", "license": "Text: CC BY 2.5"}),
    ("title: \"L'été\"\nsource: it''s\n", {"title": "L'été", "source": "it''s"}),
    ("", {}),
])
def test_flat_front_matter_values(block, expected):
    assert flat_mapping(block) == expected == (_yaml(block) or {})


@pytest.mark.parametrize("block", [
    "date: 2015-09-01\n",          # a date for YAML
    "draft: no\n",                 # a boolean
    "title: a: b\n",               # an error
    "title: x # note\n",           # a comment
    "tags:\n  - a\n",              # a list
    "title: 'open\n",              # an unclosed quote
    "title: x\ntitle: y\n",        # a duplicate key (YAML's error names the line)
    "on: x\n",                     # a boolean key
])
def test_anything_else_is_left_to_yaml(block):
    assert flat_mapping(block) is None


@pytest.mark.parametrize("char", ["\t", "\r", "\x85", "\u2028", "\u2029", "\ufeff", "\x7f",
                                  "\x00", "\x1b", "\ud800", "\ufffe", "\ue000", "\U000e0001"])
def test_unusual_characters_are_left_to_yaml(char):
    # YAML reads some of these as line breaks, refuses others; the shortcut never guesses
    assert flat_mapping(f"title: Le{char}maire\n") is None


@pytest.mark.parametrize("char", sorted(_YAML_TEXT))
def test_text_characters_isprintable_refuses_are_read_as_yaml_reads_them(char):
    for block in (f"title: Le{char}maire\n", f"title: Le{char}\n", f"title: 'Le{char}'\n"):
        assert flat_mapping(block) == _yaml(block) == {"title": block[7:-1].strip("'")}


def test_front_matter_read_through_the_shortcut_and_through_yaml_alike():
    story = "Le maire a parlé.\n"
    quick = read_text("---\ntitle: Budget\nlang: fr\ndate: '2024-03-05'\n---\n\n" + story, path="a.md")
    full = read_text("---\ntitle: Budget\nlang: fr\ndate: 2024-03-05\n---\n\n" + story, path="a.md")
    assert quick.lang == full.lang == "fr" and quick.date == full.date
    assert dict(quick.metadata)["date"] == "2024-03-05"
    assert [quick.slice(s) for s in quick.sentences] == [full.slice(s) for s in full.sentences]


_FRONT = regex.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", regex.S)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["---", "--- ", "---\t", "----", "-- -", " ---", "title: x", "",
                                 "a---", "---x", "...", "\r"]), max_size=8),
       st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_front_block_is_the_lazy_pattern(lines, newline, final_newline):
    text = newline.join(lines) + (newline if final_newline else "")
    match = _FRONT.match(text)
    expected = None if match is None else (match.group(1) or "", match.end())
    assert front_block(text) == expected
