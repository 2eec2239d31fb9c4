"""Bytes to text, refusing what is not text with a message that says what to do."""
from __future__ import annotations

from .errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode UTF-8 (a BOM is accepted and dropped); raise InputError for anything else."""
    if max_bytes and len(data) > max_bytes:
        raise InputError(f"file is {len(data) / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB "
                         f"limit; split it or raise the limit with --max-size")
    if not data.strip():
        raise InputError("empty file, nothing to check", skip=True)
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes), not an article; skipped")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise InputError(f"not UTF-8: byte 0x{data[error.start]:02X} at line {line}, byte column "
                         f"{column} (offset {error.start}); convert the file to UTF-8, e.g. "
                         f"iconv -f WINDOWS-1252 -t UTF-8") from None
