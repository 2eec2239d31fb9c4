"""Word documents: one line per non-empty paragraph, so a finding's line is a paragraph number."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import check_path
from checker.readers import InputError, read_path

docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install 'copydesk[docx]')")

RULES = ('rules:\n  - id: house.hype\n    check: pattern\n    severity: info\n'
         '    message: "{match}"\n    patterns: [historic, historique]\n    ignorecase: true\n')


def word_file(path: Path, language: str | None, paragraphs: list[tuple[str, str | None]]) -> Path:
    document = docx.Document()
    if language:
        document.core_properties.language = language
    for text, style in paragraphs:
        if style == "heading":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text, style=style)
    document.save(str(path))
    return path


def test_paragraphs_become_lines_with_kinds(tmp_path):
    path = word_file(tmp_path / "story.docx", "fr-FR", [
        ("Le conseil vote", "heading"), ("", None), ("Le maire a parlé d'un vote historique.", None),
        ("Premier point", "List Bullet")])
    document = read_path(path)
    assert document.lang == "fr"
    assert document.text == "Le conseil vote\nLe maire a parlé d'un vote historique.\nPremier point\n"
    assert [p.kind for p in document.paragraphs] == ["heading", "body", "list"]


def test_finding_line_is_the_paragraph_number(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text(RULES, encoding="utf-8")
    path = word_file(tmp_path / "story.docx", None, [
        ("Council vote", "heading"), ("", None), ("The mayor spoke.", None),
        ("It was a historic vote.", None)])
    (finding,) = check_path(path, rules=[rules], lang="en")
    assert (finding.line, finding.column, finding.text) == (3, 10, "historic")


def test_not_a_word_file_is_an_input_error(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a Word .docx document"):
        read_path(path)


def test_empty_word_file_is_skipped(tmp_path):
    path = word_file(tmp_path / "empty.docx", None, [("", None)])
    with pytest.raises(InputError) as raised:
        read_path(path)
    assert raised.value.skip


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    import io
    import time
    import zipfile
    story = word_file(tmp_path / "story.docx", "en", [("The council met on Tuesday.", None)])
    buffer = io.BytesIO()
    with zipfile.ZipFile(story) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in source.infolist():
            bomb.writestr(member, source.read(member))
        bomb.writestr("word/padding.xml", b"<a>" + b" " * (80 * 1024 * 1024) + b"</a>")
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(InputError, match=r"would unpack to 8\d MB, over 64 MB"):
        read_path(path)
    assert time.perf_counter() - started < 5
    assert read_path(story).text.startswith("The council met")
