"""Readers turn a source into a ``Document``; the format is chosen by file suffix.

``.md``/``.markdown`` are Markdown with optional YAML front matter; ``.html``/``.htm`` are
web pages (the article body); ``.docx`` is Word (python-docx, optional); anything else is
plain text (front matter is honoured there too, since CMS exports often carry it).
Markdown and HTML honour ``<!-- copydesk-disable ... -->`` comments (checker/suppressions.py).
"""
from __future__ import annotations

import datetime as _dt
import functools
import stat
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO, Iterable

from .._yaml import ConfigError
from ..document import Document, Paragraph
from ..locales import Locale, available_languages, load_locale
from ..sentences import split_sentences
from .decode import DEFAULT_MAX_BYTES, decode, too_big
from .errors import InputError
from .frontmatter import parse_date, split_front_matter

__all__ = ["InputError", "read_text", "read_path", "read_bytes", "ARTICLE_SUFFIXES"]

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".docx")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)


def read_text(text: str, *, path: str = "-", lang: str | None = None,
              date: _dt.date | None = None, rule_paths: Iterable[Path] = (),
              default_lang: str = "en", markdown: bool | None = None) -> Document:
    """Build a Document from text.

    Args:
        text: the article, exactly as it should be reported on.
        path: shown in findings; its suffix picks the reader (``.md`` is Markdown).
        lang: force the language (else front matter ``lang``, else detection).
        date: publication date when the article gives none (front matter wins).
        rule_paths: user rule paths, searched for ``locales/*.yaml``.
        default_lang: used when detection finds nothing.
        markdown: force the Markdown reader on or off regardless of the suffix.
    """
    is_markdown = markdown if markdown is not None else path.lower().endswith(MARKDOWN_SUFFIXES)
    if not is_markdown and path.lower().endswith(HTML_SUFFIXES):
        from .html import read_html
        prose, paragraphs, metadata = read_html(text)
    else:
        metadata, body_start = split_front_matter(text, path)
        if is_markdown:
            from .markdown import read_markdown
            prose, paragraphs = read_markdown(text, body_start)
        else:
            from .plaintext import read_plaintext
            prose, paragraphs = read_plaintext(text, body_start)
    markup = is_markdown or path.lower().endswith(HTML_SUFFIXES)
    return _build(text, prose, paragraphs, metadata, path=path, lang=lang, date=date,
                  rule_paths=tuple(rule_paths), default_lang=default_lang, markup=markup)


def _build(text: str, prose: str, paragraphs: tuple[Paragraph, ...], metadata: dict[str, Any], *,
           path: str, lang: str | None, date: _dt.date | None, rule_paths: tuple[Path, ...],
           default_lang: str, markup: bool) -> Document:
    """The Document from a reader's prose mask and paragraphs: language, date, sentences.

    ``markup`` (Markdown, HTML) turns on suppression comments.
    """
    code = lang or _front_matter_lang(metadata)
    if code is None:
        from ..language import detect_language
        locales = [load_locale(c, rule_paths) for c in available_languages(rule_paths)]
        code = detect_language(prose, locales, default_lang)
    try:
        locale = load_locale(code, rule_paths)
    except ConfigError as error:
        if lang is not None:  # the user's own --lang: a usage error for the whole run
            raise
        # The article's own front matter names a language copydesk does not know: skip
        # this file with the reason, and go on with the others.
        raise InputError(f"front matter lang: {error}", skip=True) from None
    publication, source = parse_date(metadata.get("date")), "front matter"
    if publication is None:
        from ..dateline import find_dateline
        found = find_dateline(prose, paragraphs, locale)
        if found is not None:
            publication, source = found[0], "dateline"
            paragraphs = _mark_dateline(paragraphs, found[1])
    if publication is None and date is not None:
        publication, source = date, "--date"
    sentences = split_sentences(prose, (p.span for p in paragraphs), _abbreviations(locale))
    suppressed: tuple = ()
    if markup:
        from ..suppressions import find_directives, suppressed_regions
        suppressed = suppressed_regions(find_directives(text, prose), paragraphs, len(text))
    return Document(path=path, text=text, prose=prose, paragraphs=paragraphs,
                    sentences=sentences, lang=locale.code,
                    metadata=MappingProxyType(dict(metadata)), date=publication,
                    date_source=source if publication else None, suppressed=suppressed)


@functools.lru_cache(maxsize=64)
def _abbreviations(locale: Locale) -> tuple[str, ...]:
    """The locale's sentence abbreviations, listed once per locale (a locale is loaded once
    and never changes; its identity is the key) instead of once per story."""
    return locale.words("sentences", "abbreviations")


def _front_matter_lang(metadata: dict[str, Any]) -> str | None:
    value = metadata.get("lang") or metadata.get("language")
    if isinstance(value, str) and value.strip():
        return value.strip().lower().replace("_", "-").split("-")[0]
    return None


def _mark_dateline(paragraphs: tuple[Paragraph, ...], span) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(p.span, "dateline") if p.span == span else p for p in paragraphs)


def read_bytes(data: bytes, *, path: str, max_bytes: int = DEFAULT_MAX_BYTES,
               encoding: str | None = None, **options: Any) -> Document:
    """Decode and read; raises InputError for binary, non-UTF-8, empty or oversized input.

    A ``.docx`` path is read as Word: one line per non-empty paragraph.
    """
    if path.lower().endswith(DOCX_SUFFIXES):
        if max_bytes and len(data) > max_bytes:
            raise InputError(too_big(len(data), max_bytes))
        from .docx import read_docx
        text, paragraphs, metadata = read_docx(data)
        if not text.strip():
            raise InputError("empty document, nothing to check", skip=True)
        options.pop("markdown", None)
        return _build(text, text, paragraphs, metadata, path=path, lang=options.get("lang"),
                      date=options.get("date"), rule_paths=tuple(options.get("rule_paths", ())),
                      default_lang=options.get("default_lang", "en"), markup=False)
    return read_text(decode(data, max_bytes=max_bytes, encoding=encoding), path=path, **options)


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, **options: Any) -> Document:
    """Read a file (never written to). Raises InputError when it cannot be checked."""
    return read_bytes(read_file_bytes(path, max_bytes), path=str(Path(path)), max_bytes=max_bytes,
                      **options)


def read_file_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file within the size limit (opened read-only); InputError otherwise.

    Only regular files: a FIFO blocks until a writer comes and a device such as /dev/zero
    never ends, so both are refused with the way to pipe them in. At most ``max_bytes``
    (+1, to tell) are read, whatever the file's size said a moment before.
    """
    path = Path(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            if stat.S_ISDIR(status.st_mode):
                raise InputError("is a directory")
            raise InputError("not a regular file (a FIFO, socket or device); to check a stream, "
                             "pipe it in: ... | copydesk check -")
        if max_bytes and status.st_size > max_bytes:
            raise InputError(too_big(status.st_size, max_bytes))
        with path.open("rb") as handle:
            data = handle.read() if not max_bytes else _read_at_most(handle, status.st_size, max_bytes)
        if max_bytes and len(data) > max_bytes:
            raise InputError(too_big(len(data), max_bytes))
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    return data


def _read_at_most(handle: BinaryIO, expected: int, max_bytes: int) -> bytes:
    """The file's bytes, at most ``max_bytes`` + 1: the size it had a moment ago first (one
    read of the right size, not a buffer of the limit's size), then whatever it grew by."""
    data = handle.read(expected + 1)
    if len(data) <= expected:
        return data
    rest = handle.read(max_bytes + 1 - len(data)) if len(data) <= max_bytes else b""
    return data + rest


def read_stream(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Standard input, read up to the size limit and no further (``yes | copydesk check -``
    would otherwise fill memory): one byte over the limit is enough to refuse it."""
    return stream.read(max_bytes + 1) if max_bytes else stream.read()
