"""Reading NLM's PubMed XML files (``pubmed25n0001.xml.gz`` ...) one record at a time.

The files are parsed as a stream (lxml's ``XMLPullParser``, iterparse fed one megabyte at a
time): each ``<PubmedArticle>`` is turned into a Record by the same code that reads EFetch
answers, then cleared together with what came before it, so memory stays flat however large
the file. Elements the mirror never reads (reference lists, affiliations, ...) are skipped as
bytes before parsing, which halves the time. No DTD is loaded, no entity is
resolved, nothing is fetched; a file whose DOCTYPE declares entities of its own is refused.
"""

from __future__ import annotations

import datetime
import gzip
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from citelint.models import Record
from citelint.pubmed.errors import EntrezError
from citelint.pubmed.mirror.store import MirrorError
from citelint.pubmed.pubmed_xml import element_record

_GZIP_MAGIC = b"\x1f\x8b"
_RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
_ROOT = "PubmedArticleSet"
_ID_LISTS = (
    "PubmedData/ArticleIdList",
    "BookDocument/ArticleIdList",
    "PubmedBookData/ArticleIdList",
)
_PMIDS = ("MedlineCitation/PMID", "BookDocument/PMID")
_CHUNK = 1 << 20
_MAX_PENDING = 16 << 20
_CLOSING = tuple(f"</{tag}>".encode() for tag in _RECORD_TAGS)
_NAME_ENDS = (b">", b" ", b"/", b"\n", b"\t", b"\r")
# The bulky elements element_record never reads: what the mirror keeps is the same without them.
_UNREAD = (b"ReferenceList", b"AffiliationInfo", b"History")
# Read only when the mirror keeps abstracts (and MeSH headings with them).
_ABSTRACT = (b"Abstract", b"MeshHeadingList")


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
        with _open(path) as stream:
            yield from _parse(path, stream, abstracts)
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise MirrorError(f"{path}: the gzip file is truncated or damaged ({error})") from None
    except etree.XMLSyntaxError as error:
        raise MirrorError(f"{path}: the XML is cut off or garbled ({error})") from None
    except OSError as error:
        raise MirrorError(f"{path}: cannot read the file: {error.strerror or error}") from None


def _open(path: Path) -> BinaryIO:
    with path.open("rb") as probe:
        compressed = probe.read(2) == _GZIP_MAGIC
    return gzip.open(path, "rb") if compressed else path.open("rb")  # type: ignore[return-value]


def _parse(path: Path, stream: BinaryIO, abstracts: bool) -> Iterator[Article | Deletion]:
    parser = etree.XMLPullParser(
        events=("end",),
        tag=_RECORD_TAGS,
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        remove_blank_text=True,
        remove_comments=True,
        remove_pis=True,
    )
    unread = _UNREAD if abstracts else _UNREAD + _ABSTRACT
    checked = False
    for part in _parts(stream):
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


def _parts(stream: BinaryIO) -> Iterator[bytes]:
    """The stream in pieces that each end just after a record, so no element is split."""
    pending = b""
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        pending += chunk
        end = max(_end_of(pending, close) for close in _CLOSING)
        if not end and len(pending) < _MAX_PENDING:
            continue  # no record ends here yet
        if not end:
            end = len(pending)  # not PubMed-shaped: let the parser see it as it is
        yield pending[:end]
        pending = pending[end:]
    if pending:
        yield pending


def _end_of(data: bytes, closing: bytes) -> int:
    at = data.rfind(closing)
    return 0 if at == -1 else at + len(closing)


def skip_elements(data: bytes, names: tuple[bytes, ...]) -> bytes:
    """``data`` without the named elements, found as bytes before the XML parser sees them.

    NLM's files are mostly reference lists, affiliations and dates the mirror never reads;
    leaving them out halves the parsing. An element whose end is not in ``data`` is kept.
    """
    for name in names:
        data = _skip(data, b"<" + name, b"</" + name + b">")
    return data


def _skip(data: bytes, opening: bytes, closing: bytes) -> bytes:
    pieces, start = [], 0
    at = _find_tag(data, opening, 0)
    while at != -1:
        end = _element_end(data, at, opening, closing)
        if end == -1:
            break
        pieces.append(data[start:at])
        start = end
        at = _find_tag(data, opening, end)
    if not pieces:
        return data
    pieces.append(data[start:])
    return b"".join(pieces)


def _find_tag(data: bytes, opening: bytes, start: int) -> int:
    """Where the next ``<Name>``, ``<Name ...>`` or ``<Name/>`` starts (not ``<NameOther>``)."""
    at = data.find(opening, start)
    while at != -1 and data[at + len(opening) : at + len(opening) + 1] not in _NAME_ENDS:
        at = data.find(opening, at + 1)
    return at


def _element_end(data: bytes, at: int, opening: bytes, closing: bytes) -> int:
    """Just past the element that starts at ``at`` (nested ones of its name included)."""
    tag_end = data.find(b">", at)
    if tag_end == -1:
        return -1
    if data[tag_end - 1 : tag_end] == b"/":
        return tag_end + 1
    depth, position = 1, tag_end + 1
    while depth:
        close = data.find(closing, position)
        if close == -1:
            return -1
        inner = _find_tag(data, opening, position)
        if inner != -1 and inner < close:
            inner_end = data.find(b">", inner)
            depth += 0 if data[inner_end - 1 : inner_end] == b"/" else 1
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
        return Deletion([text for text in (_text(e) for e in element.iter("PMID")) if text])
    try:
        record = element_record(element)
    except EntrezError as error:
        raise MirrorError(f"{path}: {error}") from None
    if record is None or not record.pmid.isdigit():
        raise MirrorError(f"{path}: a <{element.tag}> without a usable PMID")
    if not abstracts:
        record.abstract, record.abstract_sections, record.mesh_terms = "", [], []
    return Article(record, _version(element), _ids(element, record))


def _version(element: etree._Element) -> int:
    for where in _PMIDS:
        pmid = element.find(where)
        if pmid is not None:
            version = pmid.get("Version", "1")
            return int(version) if version.isdigit() else 1
    return 1


def _ids(element: etree._Element, record: Record) -> list[str]:
    ids = {f"doi:{record.doi.lower()}"} if record.doi else set()
    for where in _ID_LISTS:
        for item in element.iterfind(f"{where}/ArticleId"):
            kind, value = item.get("IdType", ""), _text(item).lower()
            if kind and kind != "pubmed" and value:
                ids.add(f"{kind}:{value}")
    return sorted(ids)


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())
