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
# A story of a hundred pages is a few MB of XML once unzipped; a zip bomb of under 1 MB can
# expand to hundreds. The sizes the archive declares are checked before anything is
# inflated, and zipfile stops reading any member that inflates past its declared size.
MAX_UNZIPPED = 64 * 1024 * 1024
MAX_MEMBERS = 5000


def _check_archive(data: bytes) -> None:
    """Refuse an archive that would inflate past MAX_UNZIPPED or hold too many members."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise InputError(f"not a Word .docx document ({type(error).__name__}); save it as .docx "
                         f"from Word, or export the story as text") from None
    if len(members) > MAX_MEMBERS:
        raise InputError(f"this .docx holds {len(members)} files, over {MAX_MEMBERS}; not a story "
                         f"(a damaged or hostile archive)")
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED:
        raise InputError(f"this .docx would unpack to {total / 1048576:.0f} MB, over "
                         f"{MAX_UNZIPPED // 1048576} MB; not a story (a zip bomb?); export the "
                         f"story as text")


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
    _check_archive(data)
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
