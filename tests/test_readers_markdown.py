"""The Markdown reader builds its prose mask from string pieces; it must give exactly the
mask of the plain definition (blank the file, copy each block's characters in, blank the
block's syntax character by character), kept here as the reference."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.document import Paragraph
from checker.readers import markdown as md
from checker.spans import Span


def _reference_blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _reference_copy(text: str, prose: list[str], begin: int, end: int, kind: str,
                    first_in_item: bool) -> Span | None:
    prose[begin:end] = text[begin:end]
    if kind == "heading":
        for match in md._HEADING_MARKS.finditer(text, begin, end):
            _reference_blank(prose, match.start(), match.end())
    if kind == "blockquote":
        for match in md._QUOTE_MARKS.finditer(text, begin, end):
            _reference_blank(prose, match.start(), match.end())
    if kind == "list" and first_in_item:
        match = md._LIST_MARK.match(text, begin, end)
        if match:
            _reference_blank(prose, match.start(), match.end())
    for match in md._INLINE_MASK.finditer(text, begin, end):
        if match.lastgroup == "escape":
            _reference_blank(prose, match.start(), match.start() + 1)
        else:
            _reference_blank(prose, match.start(), match.end())
    while begin < end and prose[begin].isspace():
        begin += 1
    while end > begin and prose[end - 1].isspace():
        end -= 1
    return Span(begin, end) if end > begin else None


def _reference_read(text: str, body_start: int) -> tuple[str, tuple[Paragraph, ...]]:
    """read_markdown as first written: markdown-it's blocks, a list of characters."""
    source = "".join(c if c in "\r\n" else " " for c in text[:body_start]) + text[body_start:]
    starts = [0]
    starts.extend(m.end() for m in md._NEWLINE.finditer(text))
    starts.append(len(text) + 1)
    blocks = [(token.type, token.map) for token in md._parser().parse(source)]
    prose = [c if c in "\r\n" else " " for c in text]
    paragraphs = []
    for begin, end, kind, first_in_item in md.leaf_blocks(blocks, starts, len(text)):
        span = _reference_copy(text, prose, begin, end, kind, first_in_item)
        if span is not None:
            paragraphs.append(Paragraph(span, kind))
    return "".join(prose), tuple(paragraphs)


# Line pieces: plain prose in two languages, every block opener, inline syntax of each kind
# (emphasis, code, links, images, HTML, comments, escapes, footnotes), odd spaces.
_PIECES = ["Le maire a parlé.", "The mayor *said* it.", "# Titre", "## Sub ##", "#hashtag",
           "    code", "\tTab", "  two spaces", "- item", "* star **bold**", "1. one", "2) two",
           "> quote", "> > nested _quote_", "---", "===", "***", "```", "~~~", "<div>",
           "[ref]: http://x", "a [link](http://x) b", "![img](p.png)", "<!-- c -->", "<!--",
           "-->", "`code`", "``a ` b``", "\\*not\\*", "snake_case_word", "_lead", "trail_",
           "~~gone~~", "[^1] note", "<https://x.org>", "<b>bold</b>", "text # not heading",
           "", " ", "\u00a0nbsp\u2003em", "Ünïcödé ligne", "a\\", "2024. Year", "- - deep",
           "   > indented quote", "Setext", "[open", "close]"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from(["\n", "\r\n", "\r"]),
       st.booleans(), st.integers(min_value=0, max_value=3))
def test_prose_mask_is_the_character_by_character_mask(lines, newline, final_newline, front):
    text = newline.join(lines) + (newline if final_newline else "")
    # a front matter block of `front` lines, blanked as split_front_matter's body start says
    head = "".join(f"k{i}: v{i}{newline}" for i in range(front))
    head = f"---{newline}{head}---{newline}" if front else ""
    text = head + text
    assert md.read_markdown(text, len(head)) == _reference_read(text, len(head))


def test_line_starts_agree_with_and_without_carriage_returns():
    for text in ["", "a", "a\n", "a\nb\n\nc", "\n\n", "a\r\nb\rc\n"]:
        expected = [0] + [m.end() for m in md._NEWLINE.finditer(text)] + [len(text) + 1]
        assert md._line_starts(text) == expected


def test_blanked_keeps_only_line_breaks():
    for text in ["", "abc", "a\nbc\n", "é\u00a0x\r\ny\rz", "\n"]:
        assert md._blanked(text) == "".join(c if c in "\r\n" else " " for c in text)


def test_overlapping_copies_overwrite_in_order():
    # markdown-it never gives two blocks one line, but should it, later copies win as they
    # did when each block was copied into a list of characters
    text = "abcdef\nghij"
    copies = [(0, 6, "ABCDEF"), (3, 9, "DE \nxg"), (10, 11, "J")]
    chars = [c if c in "\r\n" else " " for c in text]
    for begin, end, block in copies:
        chars[begin:end] = block
    assert md._assemble(text, copies) == "".join(chars) == "ABCDE \nxg J"
