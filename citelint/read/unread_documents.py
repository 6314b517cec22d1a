"""Documents citelint does not read: PDF, RTF, Word 97-2003 .doc and OpenDocument .odt. Named
on the command line, each was "unknown file type" with advice to force a format, which then
read a PDF's bytes as text (a false CL107), and an .odt was "not a Word .docx file"; in a
folder they were passed over without a word (user25 P2 2). Each is now refused, or in a
folder skipped, saying what to do.
"""

from __future__ import annotations

from pathlib import Path

from citelint.errors import InputError

# What each is called, by suffix; and what to do instead.
_KINDS = {
    ".pdf": "a PDF",
    ".rtf": "an RTF document",
    ".doc": "a Word 97-2003 document (.doc)",
    ".odt": "an OpenDocument text (.odt)",
}
ADVICE = "save it as a Word .docx, or copy its text into a .txt file, and check that"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file a .doc is stored in
# An OLE file named .docx, as docx_package says it (formats25).
_OLD_OR_LOCKED = "not a Word .docx file: an old .doc or a password-protected file"


def unread_kind(data: bytes, suffix: str = "") -> str | None:
    """What the document is, if one citelint does not read: by its first bytes, whatever its
    name (an .odt renamed .docx, a PDF forced to be read as text), else by its suffix."""
    if data.startswith(b"%PDF-"):
        return _KINDS[".pdf"]
    if data.startswith(b"{\\rtf"):
        return _KINDS[".rtf"]
    if data.startswith(_OLE):
        # Word stores a password-protected .docx in the same compound file (review25a F3).
        return _OLD_OR_LOCKED if suffix == ".docx" else _KINDS[".doc"]
    # An OpenDocument zip opens with its "mimetype" file, stored uncompressed.
    zipped = data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype"
    if zipped and b"opendocument.text" in data[38:120]:
        return _KINDS[".odt"]
    return _KINDS.get(suffix)


def refuse_unread_document(name: str, data: bytes, suffix: str = "") -> None:
    kind = unread_kind(data, suffix)
    if kind == _OLD_OR_LOCKED:
        raise InputError(name, f"{kind}: save it as .docx (without a password)")
    if kind is not None:
        raise InputError(name, f"{kind}, which citelint does not read: {ADVICE}")


def is_unread_document_file(path: Path) -> bool:
    """Whether the file's suffix names a document citelint does not read."""
    return path.suffix.lower() in _KINDS
