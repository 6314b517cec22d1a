"""Reading NLM's PubMed XML files (``pubmed25n0001.xml.gz`` ...) one record at a time.

The files are parsed as a stream (lxml's ``XMLPullParser``, iterparse fed one megabyte at a
time): each ``<PubmedArticle>`` is turned into a Record by the same code that reads EFetch
answers, then cleared together with what came before it, so memory stays flat however large
the file. Elements the mirror never reads (reference lists, affiliations, ...) are skipped as
bytes before parsing: they are most of a file. No DTD is loaded, no entity is resolved,
nothing is fetched; a file whose DOCTYPE declares entities of its own is refused.
"""

from __future__ import annotations

import datetime
import functools
import gzip
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from citelint.pubmed.article_xml import element_parts, text
from citelint.pubmed.errors import EntrezError
from citelint.pubmed.mirror.store import MirrorError, stored_number
from citelint.record import Record

_GZIP_MAGIC = b"\x1f\x8b"
_RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
_ROOT = "PubmedArticleSet"
_CHUNK = 1 << 20
# Compressed bytes read at a time: NLM's files unpack about sevenfold, to about _CHUNK.
_PACKED_CHUNK = 1 << 17
_MAX_PENDING = 16 << 20
_CLOSING = tuple(f"</{tag}>".encode() for tag in _RECORD_TAGS)
# The bulky elements element_record never reads: what the mirror keeps is the same without them.
UNREAD = tuple(
    b"ReferenceList AffiliationInfo History KeywordList GrantList ChemicalList InvestigatorList"
    b" OtherAbstract SupplMeshList DataBankList CoiStatement GeneralNote ObjectList".split()
)
# Read only when the mirror keeps abstracts (and MeSH headings with them).
ABSTRACT = (b"Abstract", b"MeshHeadingList")
# The one element among those that may hold another of its own name.
_NESTING = b"ReferenceList"
_OPENING = re.compile(rb"<(" + _NESTING + rb")[\s/>]")


@dataclass
class Article:
    """One record of a file, with its version and every id it can be found by."""

    record: Record
    version: int
    ids: list[str]  # "doi:10.1/x", "pmc:pmc123", "pii:s0140-..." (lower case)


@dataclass
class Deletion:
    """A ``<DeleteCitation>`` block: these PMIDs are gone from PubMed."""

    pmids: list[str]


def collect(paths: Iterable[str]) -> list[Path]:
    """The PubMed XML files named, folders expanded, in the order NLM numbers them (by name)."""
    found: dict[str, Path] = {}
    for name in paths:
        path = Path(name)
        if path.is_dir():
            children = [*path.glob("*.xml.gz"), *path.glob("*.xml")]
            if not children:
                raise MirrorError(f"{path}: no .xml or .xml.gz files in this folder")
            for child in children:
                found.setdefault(child.name, child)
        elif path.is_file():
            found.setdefault(path.name, path)
        else:
            raise MirrorError(f"{path}: no such file or folder")
    return [found[name] for name in sorted(found)]


def file_date(path: Path) -> str:
    """The file's modification date (downloads keep NLM's), as YYYY-MM-DD."""
    moment = datetime.datetime.fromtimestamp(path.stat().st_mtime, tz=datetime.timezone.utc)
    return moment.date().isoformat()


def read_file(path: Path, abstracts: bool) -> Iterator[Article | Deletion]:
    """Every record and deletion of one file, in file order; MirrorError names what is wrong."""
    try:
        with path.open("rb") as stream:
            yield from _parse(path, _contents(stream), abstracts)
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise MirrorError(f"{path}: the gzip file is truncated or damaged ({error})") from None
    except etree.XMLSyntaxError as error:
        raise MirrorError(f"{path}: the XML is cut off or garbled ({error})") from None
    except OSError as error:
        raise MirrorError(f"{path}: cannot read the file: {error.strerror or error}") from None


def _contents(stream: BinaryIO) -> Iterator[bytes]:
    """The file's bytes, unpacked when it is gzip (by its first bytes, whatever its name).

    zlib itself rather than the gzip module: a third less time for the same bytes. A gzip file
    may be several members one after the other; each is unpacked in turn."""
    chunk = stream.read(_PACKED_CHUNK)
    if chunk[:2] != _GZIP_MAGIC:
        while chunk:
            yield chunk
            chunk = stream.read(_CHUNK)
        return
    unpacker = zlib.decompressobj(wbits=31)
    while chunk:
        yield unpacker.decompress(chunk)
        while unpacker.eof and unpacker.unused_data:
            rest = unpacker.unused_data
            unpacker = zlib.decompressobj(wbits=31)
            yield unpacker.decompress(rest)
        chunk = stream.read(_PACKED_CHUNK)
    if not unpacker.eof:
        raise EOFError("the file ends before the end of its compressed data")


def _parse(path: Path, chunks: Iterator[bytes], abstracts: bool) -> Iterator[Article | Deletion]:
    # No remove_blank_text: libxml2 would drop the space in "<i>a</i> <b>b</b>" in a title,
    # which EFetch's parser keeps.
    parser = etree.XMLPullParser(
        events=("end",),
        tag=_RECORD_TAGS,
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
    )
    unread = UNREAD if abstracts else UNREAD + ABSTRACT
    checked = False
    for part in _parts(chunks):
        parser.feed(skip_elements(part, unread))
        for _, element in parser.read_events():
            if not checked:
                _check_document(path, element)
                checked = True
            yield _item(path, element, abstracts)
            # What has been read is dropped, so the tree never holds more than one record.
            element.clear()
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
    root = parser.close()
    if not checked:
        _check_document(path, root)


def _parts(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The bytes in pieces that each end just after a record, so no element is split."""
    pending = b""
    for chunk in chunks:
        pending += chunk
        end = _last_end(pending)
        if not end and len(pending) < _MAX_PENDING:
            continue  # no record ends here yet
        if not end:
            end = len(pending)  # not PubMed-shaped: let the parser see it as it is
        yield pending[:end]
        pending = pending[end:]
    if pending:
        yield pending


def _last_end(data: bytes) -> int:
    """Just past the last record's end tag in ``data``; 0 when there is none."""
    end = 0
    for closing in _CLOSING:  # each searched only after the last end found so far
        at = data.rfind(closing, end)
        if at != -1:
            end = at + len(closing)
    return end


def skip_elements(data: bytes, names: tuple[bytes, ...]) -> bytes:
    """``data`` without the named elements, found as bytes before the XML parser sees them.

    NLM's files are mostly reference lists, affiliations and other parts the mirror never
    reads; leaving them out saves most of the parsing. An element whose end is not in ``data``
    is kept, and so is the rest of ``data`` after it.
    """
    pieces, start = [], 0
    find = data.find
    opening = _start_tags(names)
    found = opening.search(data)
    while found is not None:
        at, name = found.start(), found.group(1)
        tag_end = find(b">", at)
        if tag_end == -1:
            break
        if data[tag_end - 1] == 47:  # "/>": an empty element
            end = tag_end + 1
        else:
            closing = b"</" + name + b">"
            end = find(closing, tag_end)
            if end == -1:
                break
            end += len(closing)
            if name == _NESTING and _OPENING.search(data, tag_end, end):
                end = _nested_end(data, tag_end + 1, closing)
                if end == -1:
                    break
        pieces.append(data[start:at])
        start = end
        found = opening.search(data, end)
    if not pieces:
        return data
    pieces.append(data[start:])
    return b"".join(pieces)


@functools.lru_cache(maxsize=4)
def _start_tags(names: tuple[bytes, ...]) -> re.Pattern[bytes]:
    """Finds ``<Name>``, ``<Name ...>`` or ``<Name/>`` of any of ``names`` (not ``<NameOther>``)."""
    return re.compile(rb"<(" + b"|".join(names) + rb")[\s/>]")


def _nested_end(data: bytes, position: int, closing: bytes) -> int:
    """Just past the end of an element that holds others of its name, from just inside it."""
    depth = 1
    while depth:
        close = data.find(closing, position)
        if close == -1:
            return -1
        inner = _OPENING.search(data, position, close)
        if inner is not None:
            inner_end = data.find(b">", inner.start())
            depth += 0 if data[inner_end - 1] == 47 else 1
            position = inner_end + 1
        else:
            depth -= 1
            position = close + len(closing)
    return position


def _check_document(path: Path, element: etree._Element) -> None:
    tree = element.getroottree()
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise MirrorError(f"{path}: the XML declares entities of its own; refused")
    root = tree.getroot()
    if root is None or root.tag != _ROOT:
        tag = root.tag if root is not None else "nothing"
        raise MirrorError(f"{path}: not PubMed XML (the document is <{tag}>, not <{_ROOT}>)")


def _item(path: Path, element: etree._Element, abstracts: bool) -> Article | Deletion:
    if element.tag == "DeleteCitation":
        # A PMID no record can have is in no mirror, so there is nothing to delete.
        return Deletion(
            [pmid for pmid in map(text, element.iter("PMID")) if stored_number(pmid) is not None]
        )
    try:
        parts = element_parts(element)
    except EntrezError as error:
        raise MirrorError(f"{path}: {error}") from None
    if parts is None or stored_number(parts.record.pmid) is None:
        raise MirrorError(f"{path}: a <{element.tag}> without a usable PMID")
    record = parts.record
    if not abstracts:
        record.abstract, record.abstract_sections, record.mesh_terms = "", [], []
    # Every id the record can be found by, lower case: "doi:10.1/x", "pii:s0140-...".
    ids = {f"doi:{record.doi.lower()}"} if record.doi else set()
    ids.update(
        f"{kind}:{value.lower()}"
        for kind, value in parts.ids
        if kind not in ("", "pubmed") and value
    )
    return Article(record, stored_number(parts.version) or 1, sorted(ids))
