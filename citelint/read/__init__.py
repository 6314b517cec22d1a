"""Format readers: article bytes in, one Document out.

read_path(Path("answer.txt"))            -> Document (format from the suffix and content)
read_path(Path("-"), "html")             -> Document read from standard input
read_text(text, "a.md", "md")            -> Document

With ``claim_text=False`` claims carry their markers but no words (see ``read_layout``): the
cheaper reading for runs whose rules look at markers and entries only.

Each format's reader is imported when an article of that format is read, so that importing a
light module of this package (identifiers, inline_view) does not load every parser.
"""

from __future__ import annotations

import contextlib
import fnmatch
import io
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from citelint.config import DEFAULT_MAX_FILE_MB, MAX_FILE_ENV, Config
from citelint.errors import InputError
from citelint.models import Document
from citelint.read.detect import (
    INPUT_FORMATS,
    SUPPORTED_SUFFIXES,
    detect_format,
    is_article_file,
    is_web_archive_file,
    refuse_web_archive,
    sniff_text,
)
from citelint.read.own_identifiers import without_own_identifiers
from citelint.read.suppress import parse_suppressions
from citelint.read.unread_documents import refuse_unread_document

__all__ = [
    "INPUT_FORMATS",
    "SUPPORTED_SUFFIXES",
    "is_article_file",
    "is_web_archive_file",
    "read_article",
    "read_data",
    "read_path",
    "read_text",
    "sniff_format",
]

_TEXT_FORMATS = ("txt", "md", "html", "jats", "pandoc")
STDIN = "-"
MB = 1024 * 1024


def read_article(path: Path, config: Config, *, claim_text: bool = True) -> Document:
    """One article as the configuration asks: its format, and the reference list kept beside
    it (``--references``, or ``[tool.citelint.references]``) attached."""
    document = read_path(
        path,
        config.input_format,
        config.unused_bibliography,
        claim_text=claim_text,
        max_mb=config.max_file_mb,
    )
    listed = reference_list_for(path, config)
    if listed is None:
        return document
    from citelint.read.reflists import attach_references

    return attach_references(document, listed)


def reference_list_for(path: Path, config: Config) -> Path | None:
    if config.reference_list:
        return Path(config.reference_list)
    if not config.references:
        return None  # no list mapped to articles: no path to work out for each file
    folder = Path(config.source).parent if config.source else Path.cwd()
    absolute = path.resolve()
    names = [path.as_posix(), path.name]
    if absolute.is_relative_to(folder.resolve()):
        names.append(absolute.relative_to(folder.resolve()).as_posix())
    for pattern, listed in config.references.items():
        if any(fnmatch.fnmatch(name, pattern) for name in names):
            return folder / listed
    return None


def read_path(
    path: Path,
    input_format: str | None = None,
    unused_bibliography: bool = False,
    *,
    claim_text: bool = True,
    max_mb: float = DEFAULT_MAX_FILE_MB,
) -> Document:
    """Read one article; every problem with the file becomes an InputError, never a traceback.

    ``unused_bibliography`` keeps the bibliography entries no citation key uses in a pandoc
    article's reference list, so that CL102 reports them. A file over ``max_mb`` megabytes
    is refused before it is read.
    """
    name = str(path)
    if name == STDIN:
        data = read_limited(sys.stdin.buffer, name, max_mb)
        fmt = input_format or ("docx" if data.startswith(b"PK\x03\x04") else None)
        if fmt is None:
            fmt = sniff_format(decode(data, name))
        return read_data(data, name, fmt, unused_bibliography, claim_text=claim_text)
    data = read_file(path, max_mb)
    fmt = input_format or detect_format(path, data)
    return read_data(data, name, fmt, unused_bibliography, claim_text=claim_text)


def read_file(path: Path, max_mb: float = DEFAULT_MAX_FILE_MB) -> bytes:
    """The bytes of an article file, at most ``max_mb`` megabytes of them, else InputError."""
    name = str(path)
    if _named_pipe(path):
        raise InputError(name, "is a named pipe, not a regular file: refused unread")
    try:
        with path.open("rb") as handle:
            return read_limited(handle, name, max_mb)
    except IsADirectoryError:
        raise InputError(name, "is a directory, not an article") from None
    except OSError as error:
        raise InputError(name, error.strerror or str(error)) from None


def _named_pipe(path: Path) -> bool:
    """Whether ``path`` is a FIFO made with mkfifo: opened, it waits for a writer that may
    never come, and the run hangs. A pipe the shell hands over ("<(cmd)", /dev/stdin, under
    /dev/ or /proc/) has its writer, and is read."""
    if str(path.absolute()).startswith(("/dev/", "/proc/")):
        return False
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False  # opening it tells what is wrong


def read_limited(stream: BinaryIO, name: str, max_mb: float) -> bytes:
    limit = int(max_mb * MB)
    try:
        known = os.fstat(stream.fileno()).st_size  # a regular file's size: refused unread
    except (OSError, ValueError, io.UnsupportedOperation):
        known = 0
    if known > limit:
        raise _too_large(name, max_mb)
    # One byte past the limit tells a stream over it from one just at it (a pipe or a device
    # has no size to ask for beforehand). A file of known size is read to one byte past its
    # size, and on only if it grew since: a read of the limit's size would allocate that much
    # for every article (20 MB, a few times the time of reading 50 KB).
    data = stream.read(known + 1) if known else b""
    if not known or len(data) > known:
        data += _read_up_to(stream, limit + 1 - len(data))
    if len(data) > limit:
        raise _too_large(name, max_mb)
    return data


def _read_up_to(stream: BinaryIO, count: int) -> bytes:
    """At most ``count`` more bytes, a megabyte at a time: a file's buffer allocates what one
    read asks for before it reads, so one read of a large limit could end in MemoryError on an
    empty pipe."""
    parts = []
    while count > 0 and (part := stream.read(min(count, MB))):
        parts.append(part)
        count -= len(part)
    return b"".join(parts)


def _too_large(name: str, max_mb: float) -> InputError:
    return InputError(
        name,
        f"larger than the {max_mb:g} MB limit for one article "
        f"(max-file-mb in the configuration, or {MAX_FILE_ENV})",
    )


def read_data(
    data: bytes, path: str, fmt: str, unused_bibliography: bool = False, *, claim_text: bool = True
) -> Document:
    """An article's bytes read as format ``fmt``."""
    if fmt == "docx":
        refuse_unread_document(path, data)  # an .odt named .docx or read as one
        # lxml is loaded only for Word files: lock files and baselines import this package.
        from citelint.read.docx import read_docx

        document = read_docx(data, path)
        document.suppressions = parse_suppressions(document.text)
        document.inline = without_own_identifiers(document)
        return document
    refuse_web_archive(path, data)  # read as the format named for it (--input-format html)
    refuse_unread_document(path, data)  # a PDF's bytes read as text are no article
    text = decode(data, path, html=fmt == "html")
    return read_text(text, path, fmt, unused_bibliography, claim_text=claim_text)


def read_standard_input(max_mb: float = DEFAULT_MAX_FILE_MB) -> str:
    return decode(read_limited(sys.stdin.buffer, STDIN, max_mb), STDIN)


def sniff_format(text: str) -> str:
    """Standard input has no suffix: JATS, HTML by its opening or its tags, else Markdown."""
    return sniff_text(text)


def decode(data: bytes, path: str, *, html: bool = False, wide: bool = True) -> str:
    """The bytes as UTF-8 text, or as UTF-16 text (``wide``); refused if binary. read_text
    then drops the BOM and makes every line ending '\\n', so that text it is given directly
    is read the same way. ``html``: a page, read as Windows-1252 when it declares no charset
    and is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        return _wide_text(data, path, wide)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _not_utf8(data, path, error, html)


def _wide_text(data: bytes, path: str, wide: bool) -> str:
    """Bytes with a UTF-16 byte-order mark or NULs: UTF-16 text, else refused."""
    from citelint.read.encodings import utf16_text  # only for such bytes

    text = utf16_text(data)
    if text is not None and wide:
        return text
    if text is not None or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "UTF-16 text is not supported; save the article as UTF-8")
    raise InputError(path, "binary file, not an article")


def _not_utf8(data: bytes, path: str, error: UnicodeDecodeError, html: bool) -> str:
    """Bytes that are not UTF-8: a page in the charset it declares (Windows-1252 when it
    declares none, as browsers read it; a charset Python does not know or that is no text
    encoding stays refused), else refused, naming the first byte not UTF-8."""
    declared = _declared_charset(data)
    if declared is not None and declared != "utf-8":
        if _mostly_utf8(data):
            return data.decode("utf-8", "replace")
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode(declared)
    elif html and b"charset" not in data[:4096].lower() and not _mostly_utf8(data):
        from citelint.read.encodings import windows_page  # only for such pages

        page = windows_page(data)
        if page is not None:
            return page
    start = error.start
    line_start = data.rfind(b"\n", 0, start) + 1
    line = data.count(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode("utf-8", "replace")) + 1
    raise InputError(
        path,
        f"not valid UTF-8: byte 0x{data[start]:02x} at line {line}, column {column}; save "
        "the article as UTF-8 (it may be Latin-1, Windows-1252, Windows-1250 or another "
        "single-byte encoding)",
    ) from None


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that are not all UTF-8 are UTF-8 with a stray byte or two: a page served
    as UTF-8 while its <meta> still says iso-8859-1 is read in its declared charset as mojibake
    ("1\u00e2\u20ac\u201c3" for "1\u20133"), which breaks every range and dash it holds."""
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    wide = sum(1 for char in text if char > "\x7f" and char != "\ufffd")
    return wide >= 3 * stray


def _declared_charset(data: bytes) -> str | None:
    """The codec of the charset an HTML page declares in its first bytes (``<meta
    charset=windows-1252>``), or an XML file in its declaration (``<?xml version="1.0"
    encoding="ISO-8859-1"?>``: older SciELO exports, user33b P2-2), for bytes that are not
    UTF-8; None when they declare none, or one Python does not know. As browsers do,
    "iso-8859-1" and "ascii" are Windows-1252."""
    import codecs
    import re  # only for a page that is not UTF-8

    found = re.search(
        rb"(?i)<meta[^>]{0,200}?charset\s*=\s*[\"']?([a-z0-9_.:-]{1,40})", data[:4096]
    ) or re.match(rb"(?i)\s*<\?xml\s[^>]{0,200}?encoding\s*=\s*[\"']([a-z0-9_.:-]{1,40})", data)
    if found is None:
        return None
    label = found.group(1).decode("ascii").lower()
    if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1"):
        label = "cp1252"
    try:
        name = codecs.lookup(label).name
        # Only a text encoding that writes ASCII as ASCII, as a page's own markup is: not
        # "base64" or "zlib" (no text codecs), nor "utf-16" (the bytes declaring it were ASCII).
        if "<p>".encode(name) != b"<p>":
            return None
    except (LookupError, TypeError, ValueError):
        return None
    return name


def _cites_by_number(document: Document) -> bool:
    """A numbered list and numbered citations: a stray "[@name]" does not make it pandoc."""
    return bool(document.references) and any(claim.markers for claim in document.claims)


def read_text(
    text: str,
    path: str,
    input_format: str,
    unused_bibliography: bool = False,
    *,
    claim_text: bool = True,
) -> Document:
    """Parse already-decoded article text in one of the text formats ("docx" is bytes).

    Markdown that cites by citation key (``[@smith2020]``) is read as pandoc Markdown.
    """
    if input_format not in _TEXT_FORMATS:
        if input_format == "docx":
            raise InputError(path, "a Word file is read from its bytes, not as text")
        choices = ", ".join(INPUT_FORMATS)
        raise InputError(path, f"unknown input format {input_format!r} (use {choices})")
    text = text.removeprefix("\ufeff")
    if "\r" in text:  # one scan of the text where two replacements would take two
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    document = _read_format(text, path, input_format, unused_bibliography, claim_text)
    if input_format == "md" and "@" in text:  # no "@", no citation key: pandoc not loaded
        from citelint.read.pandoc import cites_by_key, read_pandoc

        if cites_by_key(text) and not _cites_by_number(document):
            document = read_pandoc(text, path, unused_bibliography)
    document.suppressions = parse_suppressions(text)
    document.inline = without_own_identifiers(document)
    return document


def _read_format(
    text: str, path: str, fmt: str, unused_bibliography: bool, claim_text: bool
) -> Document:
    """The reader of one format, imported here: each brings its own parsing code. Readers laid
    out by read_layout can leave the claims' words out; the others always read them."""
    if fmt == "txt":
        from citelint.read.text import read_plain_text

        return read_plain_text(text, path, claim_text=claim_text)
    if fmt == "md":
        from citelint.read.markdown import read_markdown

        return read_markdown(text, path, claim_text=claim_text)
    if fmt == "html":
        from citelint.read.html import read_html

        return read_html(text, path, claim_text=claim_text)
    if fmt == "jats":
        from citelint.read.jats import read_jats

        return read_jats(text, path)
    from citelint.read.pandoc import read_pandoc

    return read_pandoc(text, path, unused_bibliography)
