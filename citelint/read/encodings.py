"""Text in the encodings Windows tools save it in, read where it can be told safely apart.

UTF-16: Notepad's "Unicode" and PowerShell's ">" write it with a byte-order mark; some
exports leave the mark out, and such a file was refused as binary (user24 P3 2). Without the
mark it is told by its NULs: text of mostly Latin letters in UTF-16 has a NUL in nearly every
other byte, all at even places (big-endian) or all at odd ones (little-endian), which no
binary file and no other text encoding shows; and the bytes must decode cleanly into text with
no control characters. An HTML page with no ``<meta charset>`` that is not UTF-8 is read as
Windows-1252, as browsers read it (user24 P3 5).
"""

from __future__ import annotations

_MARKS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
# Without a mark: at least this many bytes, and this share of the code units with a NUL high
# byte on one side and none on the other.
_SHORTEST = 16
_NUL_SHARE = 0.6
# Of the characters decoded, this share at least must be ASCII (markup, digits, spaces, line
# ends, the citations' brackets), so bytes after a stray mark are not read as CJK.
_ASCII_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f")


def utf16_text(data: bytes) -> str | None:
    """The text of UTF-16 bytes, with or without a byte-order mark; None for other bytes and
    for bytes that do not read as text in UTF-16."""
    codec = _MARKS.get(data[:2])
    if codec is not None:
        return _text_in(data[2:], codec)
    if len(data) < _SHORTEST or len(data) % 2 or b"\x00" not in data:
        return None
    units = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= _NUL_SHARE * units and even == 0:
        return _text_in(data, "utf-16-le")
    if even >= _NUL_SHARE * units and odd == 0:
        return _text_in(data, "utf-16-be")
    return None


def _text_in(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if not text or any(char < " " and char not in _ALLOWED_CONTROLS for char in text):
        return None
    if "\x7f" in text or sum(char.isascii() for char in text) < _ASCII_SHARE * len(text):
        return None
    return text


def windows_page(data: bytes) -> str | None:
    """An HTML page's bytes read as Windows-1252, as a browser reads a page that declares no
    charset and is not UTF-8; None where a byte has no character there (0x81, 0x8d, 0x8f,
    0x90, 0x9d): then it is some other encoding."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None
