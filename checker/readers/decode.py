"""Bytes to text, refusing what is not text with a message that says what to do."""
from __future__ import annotations

from .errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


# Byte order marks of the encodings that are text despite their NUL bytes (Windows tools
# write "Unicode" as UTF-16 with a BOM); UTF-32's marks first, since UTF-16 LE's is a prefix.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def too_big(size: int, max_bytes: int) -> str:
    """The message for input over the limit; a read stopped at limit + 1 byte says "over"."""
    amount = f"over {max_bytes / 1048576:.0f} MB" if size == max_bytes + 1 else f"{size / 1048576:.1f} MB"
    return (f"file is {amount}, over the {max_bytes / 1048576:.0f} MB limit; split it or raise "
            f"the limit with --max-size")


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> str:
    """Decode UTF-8, or UTF-16/32 marked by a byte order mark (the mark is dropped); raise
    InputError for anything else."""
    if max_bytes and len(data) > max_bytes:
        raise InputError(too_big(len(data), max_bytes))
    if not data.strip():
        raise InputError("empty file, nothing to check", skip=True)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(f"not valid {codec.upper()} although it starts with a {codec.upper()} "
                                 f"byte order mark (offset {error.start}); save it as UTF-8") from None
            if not text.strip():
                raise InputError("empty file, nothing to check", skip=True)
            return text
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes), not an article; skipped")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if encoding not in (None, "utf-8"):
            return _legacy(data, encoding)
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise InputError(f"not UTF-8: byte 0x{data[error.start]:02X} at line {line}, byte column "
                         f"{column} (offset {error.start}); convert the file to UTF-8 (iconv -f WINDOWS-1252 "
                         f"-t UTF-8), or name its encoding with --encoding (or encoding: in the "
                         f"configuration; auto to detect it)") from None


def _legacy(data: bytes, encoding: str) -> str:
    """Text that is not UTF-8, in the encoding the user named (or detected, when they asked
    for ``auto``): a legacy archive in Windows-1252 or Latin-1 is never guessed silently."""
    if encoding == "auto":
        try:
            from charset_normalizer import from_bytes
        except ImportError:
            raise InputError("not UTF-8, and --encoding auto needs charset-normalizer: "
                             "pip install 'copydesk[encodings]', or name the encoding") from None
        best = from_bytes(data).best()
        if best is None:
            raise InputError("not UTF-8, and no text encoding fits these bytes; binary, or "
                             "name the encoding with --encoding") from None
        return str(best)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"not valid {encoding} either (byte 0x{data[error.start]:02X} at offset "
                         f"{error.start}); check the encoding given with --encoding") from None
