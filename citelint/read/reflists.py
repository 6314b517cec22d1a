"""Reference lists kept beside an article: PubMed's MEDLINE export (``.nbib``, "Send to:
Citation manager") read with Biopython's ``Bio.Medline``, and RIS (``.ris``).

``attach_references`` makes such a list the article's reference list: entry n of the file is
reference n, for an article whose text cites ``[n]``. The file's fields (and a MEDLINE
record's PMID) go to the resolver as they are. Findings about an entry point at the first
citation of it in the article (at the article's first line when nothing cites it), since the
article is the file being checked.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

from citelint.errors import InputError
from citelint.models import Document
from citelint.read.fielded import (
    Fields,
    clean_doi,
    clean_pmid,
    page_range,
    squash,
    to_reference,
    year_of,
)

_RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_RIS_KINDS = {
    "JOUR": "article-journal",
    "JFULL": "article-journal",
    "EJOUR": "article-journal",
    "ABST": "article-journal",
    "BOOK": "book",
    "CHAP": "chapter",
    "EBOOK": "book",
    "ECHAP": "chapter",
    "RPRT": "report",
    "THES": "thesis",
    "ELEC": "webpage",
    "WEB": "webpage",
    "BLOG": "webpage",
    "DATA": "dataset",
    "COMP": "software",
}


def read_reference_list(file: Path, article: str) -> list[Fields]:
    """The entries of a MEDLINE or RIS file, in the file's order."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        problem = getattr(error, "strerror", None) or str(error)
        raise InputError(article, f"reference list {file}: {problem}") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"^PMID- ", text, re.MULTILINE):
        entries = _medline(text)
    elif re.search(r"^TY  - ", text, re.MULTILINE):
        entries = _ris(text)
    else:
        raise InputError(
            article,
            f"reference list {file}: neither a MEDLINE (.nbib) nor an RIS file "
            "(no 'PMID- ' or 'TY  - ' line)",
        )
    if not entries:
        raise InputError(article, f"reference list {file}: no entries")
    return entries


def _medline(text: str) -> list[Fields]:
    from Bio import Medline  # loaded only when a MEDLINE list is attached

    entries = []
    for record in Medline.parse(io.StringIO(text)):
        identifiers = [*record.get("AID", []), *record.get("LID", "").split("\n")]
        doi = next((i for i in identifiers if i.endswith("[doi]")), None)
        entries.append(
            Fields(
                title=squash(record.get("TI") or record.get("BTI")),
                journal=squash(record.get("JT") or record.get("TA")),
                year=year_of(record.get("DP")),
                authors=list(record.get("AU", []) or record.get("CN", [])),
                volume=squash(record.get("VI")),
                issue=squash(record.get("IP")),
                pages=squash(record.get("PG")),
                pmid=clean_pmid(record.get("PMID")),
                doi=clean_doi(doi.removesuffix("[doi]")) if doi else None,
                kind="book" if record.get("BTI") else "article-journal",
            )
        )
    return entries


def _ris(text: str) -> list[Fields]:
    entries: list[Fields] = []
    tags: dict[str, list[str]] = {}
    for line in text.split("\n"):
        match = _RIS_LINE.match(line)
        if not match:
            continue
        tag, value = match[1], (match[2] or "").strip()
        if tag == "ER":
            entries.append(_ris_fields(tags))
            tags = {}
        elif value:
            tags.setdefault(tag, []).append(value)
    if tags:
        entries.append(_ris_fields(tags))
    return entries


def _ris_fields(tags: dict[str, list[str]]) -> Fields:
    def first(*names: str) -> str | None:
        return next((tags[name][0] for name in names if name in tags), None)

    kind = _RIS_KINDS.get(first("TY") or "", "")
    database = " ".join(tags.get("DB", []) + tags.get("DP", [])).lower()
    accession = first("AN") if any(w in database for w in ("pubmed", "medline", "nlm")) else None
    links = " ".join(tags.get("UR", []))
    linked = re.search(r"pubmed\.ncbi\.nlm\.nih\.gov/(\d+)|ncbi\.nlm\.nih\.gov/pubmed/(\d+)", links)
    authors = [_ris_author(name) for name in tags.get("AU", []) + tags.get("A1", [])]
    return Fields(
        title=squash(first("TI", "T1")),
        journal=squash(first("T2", "JO", "JF", "JA", "J2")) if kind != "chapter" else None,
        year=year_of(first("PY", "Y1", "DA")),
        authors=[name for name in authors if name],
        volume=squash(first("VL")),
        issue=squash(first("IS")),
        pages=page_range(first("SP"), first("EP")),
        pmid=clean_pmid(accession) or (next(g for g in linked.groups() if g) if linked else None),
        doi=clean_doi(first("DO")),
        url=squash(first("UR")),
        kind=kind,
    )


def _ris_author(name: str) -> str:
    from citelint.read.fielded import author_name

    if "," in name:
        family, given = name.split(",", 1)
        return author_name(family, given)
    return squash(name) or ""


def attach_references(document: Document, file: Path) -> Document:
    """The article with the file's entries as its reference list, entry n as reference n."""
    entries = read_reference_list(file, document.path)
    first_cited: dict[int, tuple[int, int]] = {}
    markers = sorted(
        (marker for claim in document.claims for marker in claim.markers),
        key=lambda marker: (marker.line, marker.column),
    )
    for marker in markers:
        for number in marker.numbers:
            first_cited.setdefault(number, (marker.line, marker.column))
    references = [
        to_reference(fields, number, *first_cited.get(number, (1, 1)))
        for number, fields in enumerate(entries, start=1)
    ]
    return replace(document, references=references, references_line=None)
