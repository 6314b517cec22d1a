"""Format readers: article bytes in, one Document out.

read_path(Path("answer.txt"))            -> Document (format from the suffix)
read_path(Path("-"), "html")             -> Document read from standard input
read_text(text, "a.md", "md")            -> Document
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from citelint.errors import InputError
from citelint.models import Document
from citelint.read.html import read_html
from citelint.read.markdown import read_markdown
from citelint.read.suppress import parse_suppressions
from citelint.read.text import read_plain_text

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
_READERS = {"txt": read_plain_text, "md": read_markdown, "html": read_html}
STDIN = "-"
_HTML_TAG = re.compile(r"<(?:p|body|sup)[\s>]", re.IGNORECASE)


def read_path(path: Path, input_format: str | None = None) -> Document:
    """Read one article; every problem with the file becomes an InputError, never a traceback."""
    name = str(path)
    if name == STDIN:
        text = decode(sys.stdin.buffer.read(), name)
        return read_text(text, name, input_format or sniff_format(text))
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a directory, not an article") from None
    except OSError as error:
        raise InputError(name, error.strerror or str(error)) from None
    return read_text(decode(data, name), name, input_format or format_of(path))


def sniff_format(text: str) -> str:
    """Standard input has no suffix: HTML by its opening or its tags, else Markdown."""
    head = text[:2048]
    opening = head.lstrip("\ufeff \t\r\n").lower()
    if opening.startswith(("<!doctype html", "<html")) or _HTML_TAG.search(head):
        return "html"
    return "md"


def format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return SUPPORTED_SUFFIXES[suffix]
    shown = f"'{path.suffix}'" if path.suffix else "(no suffix)"
    raise InputError(str(path), f"unknown file type {shown} (use --input-format txt|md|html)")


def decode(data: bytes, path: str) -> str:
    """The bytes as UTF-8 text, refused if binary or UTF-16; read_text then drops the BOM and
    makes every line ending '\\n', so that text it is given directly is read the same way."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "UTF-16 text is not supported; save the article as UTF-8")
    if b"\x00" in data:
        raise InputError(path, "binary file, not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise InputError(
            path, f"not valid UTF-8: byte 0x{byte:02x} at offset {error.start}"
        ) from None


def read_text(text: str, path: str, input_format: str) -> Document:
    """Parse already-decoded article text in one of the formats "txt", "md", "html"."""
    reader = _READERS.get(input_format)
    if reader is None:
        raise InputError(path, f"unknown input format {input_format!r} (use txt, md or html)")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    document = reader(text, path)
    document.suppressions = parse_suppressions(text)
    return document
