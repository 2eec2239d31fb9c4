"""Word (.docx): editors write in Word, so copydesk reads it (with python-docx, optional).

The document's text is its non-empty body paragraphs, one per line. A finding's line is
therefore the paragraph number an editor counts in Word (empty paragraphs not counted)
and its column the character within that paragraph. Headings keep their kind (from the
paragraph style), list paragraphs become ``list``. Tables, headers, footers, comments and
text boxes are not the story and are skipped. The core property ``language`` (``fr-FR``)
gives the language when it is set.
"""
from __future__ import annotations

import io
import zipfile
from typing import Any

from ..document import Paragraph
from ..spans import Span
from .errors import InputError

INSTALL_HINT = "reading .docx needs python-docx: pip install 'copydesk[docx]'"


def _kind(style_name: str) -> str:
    name = style_name.lower()
    if name.startswith(("heading", "title", "subtitle", "titre", "sous-titre")):
        return "heading"
    if name.startswith(("list", "liste")):
        return "list"
    if name.startswith(("quote", "intense quote", "citation")):
        return "blockquote"
    return "body"


def read_docx(data: bytes) -> tuple[str, tuple[Paragraph, ...], dict[str, Any]]:
    """The text (one paragraph per line), its paragraphs and metadata of a .docx file.

    Raises:
        InputError: python-docx missing, or the bytes are not a Word document.
    """
    try:
        import docx
    except ImportError:
        raise InputError(INSTALL_HINT) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(f"not a Word .docx document ({type(error).__name__}); save it as .docx "
                         f"from Word, or export the story as text") from None
    except Exception as error:  # python-docx raises its own and lxml's errors on damaged files
        raise InputError(f"cannot read this .docx ({type(error).__name__}: {error})") from None
    lines: list[str] = []
    kinds: list[str] = []
    for paragraph in document.paragraphs:
        content = " ".join(paragraph.text.replace("\r", " ").split("\n")).rstrip()
        if not content.strip():
            continue
        style = paragraph.style.name if paragraph.style is not None and paragraph.style.name else ""
        lines.append(content)
        kinds.append(_kind(style))
    text = "\n".join(lines) + ("\n" if lines else "")
    paragraphs = []
    offset = 0
    for content, kind in zip(lines, kinds):
        start = offset + len(content) - len(content.lstrip())
        paragraphs.append(Paragraph(Span(start, offset + len(content)), kind))
        offset += len(content) + 1
    metadata: dict[str, Any] = {}
    language = document.core_properties.language
    if language and language.strip():
        metadata["lang"] = language.strip()
    if document.core_properties.title:
        metadata["title"] = document.core_properties.title
    return text, tuple(paragraphs), metadata
