"""Which reader an article needs: from its suffix, and where that says too little, its content.

A Word file is a zip archive; a JATS article is XML whose root is ``<article>``; HTML opens
with a doctype or shows its tags. A ``.md`` file becomes "pandoc" later, in ``read_text``,
when it cites by citation key (``[@smith2020]``) rather than by number.
"""

from __future__ import annotations

import re
from pathlib import Path

from citelint.errors import InputError
from citelint.lazy_pattern import LazyPattern
from citelint.read.unread_documents import is_unread_document_file, refuse_unread_document

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    # Quarto and R Markdown are Markdown with code chunks, which are hidden as fenced code is
    # (user22 P2: refused, and a folder of them "checked" nothing, rc 0).
    ".qmd": "md",
    ".rmd": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".xml": "jats",
    ".nxml": "jats",
}
INPUT_FORMATS = ("txt", "md", "html", "docx", "jats", "pandoc")
# MDX (Docusaurus's posts) is Markdown with JSX components and ES module lines, which the
# Markdown reader does not know: not read by its suffix, but said so, in a folder too, where
# such files were passed over without a word (user29a P2-4).
MDX = ".mdx"
MDX_UNREAD = (
    "an MDX page (Markdown with JSX), which citelint does not read by its suffix; "
    "name it with --input-format md to read it as Markdown"
)
# Reference lists kept beside an article, attached with --references rather than read alone.
REFERENCE_LIST_SUFFIXES = (".nbib", ".medline", ".ris")

_ZIP = b"PK\x03\x04"
_WEB_ARCHIVE_SUFFIXES = (".mhtml", ".mht")
_HTML_TAG = LazyPattern(r"<(?:p|body|sup)[\s>]", re.IGNORECASE)
# The first element of the document, after the XML declaration, comments, processing
# instructions and the doctype. PMC's open-access files put <?properties open_access?> before
# the root, and files kept for browser preview an <?xml-stylesheet?>: not skipped, such an
# article was refused, and passed over in silence in a folder (user33b P1-1).
# Comments and processing instructions, any number, where XML allows them before the root.
_MISC = r"(?:<!--.*?-->\s*|<\?(?:[^?]|\?(?!>)){0,500}\?>\s*)*"
_ROOT = LazyPattern(
    r"\A\s*(?:<\?xml[^>]{0,500}\?>\s*)?"
    + _MISC
    + r"(?:<!DOCTYPE\s+(?P<doctype>[\w:.-]+)[^\[>]*(?:\[.*?\]\s*)?>\s*)?"
    + _MISC
    + r"<(?P<root>[\w:.-]+)",
    re.DOTALL,
)
_SNIFFED = 64 * 1024


def is_jats(head: str) -> bool:
    """True when the text is XML whose root element is a JATS ``<article>``."""
    match = _ROOT.match(head.lstrip("\ufeff"))
    return match is not None and match["root"].split(":")[-1] == "article"


def sniff_text(text: str) -> str:
    """Standard input has no suffix: JATS or HTML by their opening or tags, else Markdown."""
    head = text[:_SNIFFED]
    if is_jats(head):
        return "jats"
    opening = head[:2048].lstrip("\ufeff \t\r\n").lower()
    if opening.startswith(("<!doctype html", "<html")) or _HTML_TAG.search(head[:2048]):
        return "html"
    return "md"


def refuse_web_archive(name: str, data: bytes, suffix: str = "") -> None:
    """A web archive (MHTML: a browser's "Webpage, Single File", its page MIME-encoded) read
    as HTML or text gave false findings on its encoded lines: refused with what to do."""
    if suffix in _WEB_ARCHIVE_SUFFIXES or is_web_archive(data):
        raise InputError(
            name,
            "a web archive (MHTML, the browser's 'Webpage, Single File'), which citelint "
            "does not read: save the page as 'Webpage, HTML Only' and check that file",
        )


def is_web_archive_file(path: Path) -> bool:
    """Whether the file's suffix names a web archive (.mhtml, .mht)."""
    return path.suffix.lower() in _WEB_ARCHIVE_SUFFIXES


def is_web_archive(data: bytes) -> bool:
    """Whether the bytes open with the MIME headers of a web archive holding an HTML page."""
    if not data[:1].isalpha():  # a header's name opens it: "From:", "MIME-Version:"
        return False
    head = data[:2048].lower()
    return b"mime-version:" in head and b"multipart/related" in head and b"text/html" in head


def detect_format(path: Path, data: bytes) -> str:
    """The reader for a file: its suffix, checked against what the file holds."""
    name = str(path)
    suffix = path.suffix.lower()
    refuse_web_archive(name, data, suffix)
    refuse_unread_document(name, data, suffix)  # PDF, RTF, .doc, .odt: what to do instead
    if data.startswith(_ZIP) and suffix != ".docx":
        # A Word file saved under another name is still a Word file.
        return "docx"
    if suffix in SUPPORTED_SUFFIXES:
        fmt = SUPPORTED_SUFFIXES[suffix]
        if fmt == "jats" and not is_jats(_head(data)):
            raise InputError(name, "XML file with no JATS <article> root element; not an article")
        return fmt
    if suffix in REFERENCE_LIST_SUFFIXES:
        raise InputError(
            name, "a reference list, not an article: attach it to its article with --references"
        )
    if suffix == MDX:
        raise InputError(name, MDX_UNREAD)
    if is_jats(_head(data)):
        return "jats"
    shown = f"'{path.suffix}'" if path.suffix else "(no suffix)"
    choices = "|".join(INPUT_FORMATS)
    raise InputError(name, f"unknown file type {shown} (use --input-format {choices})")


def is_article_file(path: Path) -> bool:
    """Whether a file met inside a directory is an article citelint reads.

    Repositories hold XML of every kind (build files, data); only JATS articles are taken.
    A web archive is taken too, to be refused with what to do: passed over, a folder holding
    the article saved as "Webpage, Single File" said only that it held no article; and so
    are a PDF, RTF, .doc and .odt (unread_documents).
    """
    suffix = path.suffix.lower()
    if suffix in _WEB_ARCHIVE_SUFFIXES or is_unread_document_file(path):
        return True  # to be skipped beside articles, or refused, saying what to do
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt != "jats":
        return fmt is not None
    try:
        with path.open("rb") as handle:
            return is_jats(_head(handle.read(_SNIFFED)))
    except OSError:
        return True  # reading it will name the problem


def _head(data: bytes) -> str:
    return data[:_SNIFFED].decode("utf-8", errors="replace")
