"""One ``<PubmedArticle>`` or ``<PubmedBookArticle>`` element turned into a Record.

The same code reads EFetch answers and the local mirror's baseline files (tens of millions of
records), so each element is visited once: the children of every level are walked in one pass
and the first child of each name is kept, instead of asking for each child by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from lxml import etree

from citelint.pubmed.errors import EntrezFormatError
from citelint.record import Record

_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
# NCBI marks paragraphs of an unstructured abstract split in parts this way; it is no label.
_NO_LABEL = {"", "UNLABELLED", "UNASSIGNED"}
# (RefType in CommentsCorrections, Record attribute that collects the notice PMIDs)
_NOTICES = {
    "RetractionIn": "retraction_in",
    "ExpressionOfConcernIn": "concern_in",
    "ErratumIn": "erratum_in",
    # A retracted paper's replacement: NLM's "RetractedandRepublishedIn", or "RepublishedIn".
    "RetractedandRepublishedIn": "republished_in",
    "RepublishedIn": "republished_in",
}


class Parts(NamedTuple):
    """A record with what the mirror files it under beyond the record's own fields."""

    record: Record
    version: str  # the PMID's Version attribute ("1" when absent)
    ids: list[tuple[str, str]]  # (IdType, value) of the record's own ArticleIdLists


def element_record(element: etree._Element) -> Record | None:
    """The record of one ``<PubmedArticle>`` or ``<PubmedBookArticle>``; None for other tags."""
    parts = element_parts(element)
    return parts.record if parts is not None else None


def element_parts(element: etree._Element) -> Parts | None:
    """``element_record``'s record, with its PMID version and every article id, read in the
    same pass (the local mirror needs them for millions of records)."""
    if element.tag == "PubmedArticle":
        return _article_record(element)
    if element.tag == "PubmedBookArticle":
        return _book_record(element)
    return None


def firsts(element: etree._Element | None) -> dict[object, etree._Element]:
    """The first child of each tag, found in one pass over the children."""
    found: dict[object, etree._Element] = {}
    if element is not None:
        for child in element:
            if child.tag not in found:
                found[child.tag] = child
    return found


def text(element: etree._Element | None) -> str:
    """All text inside, inline markup such as ``<i>`` or ``<sup>`` kept as plain text."""
    if element is None:
        return ""
    if len(element) == 0:  # no inline markup (the common case): its text is all there is
        return " ".join((element.text or "").split())
    return " ".join("".join(element.itertext()).split())


def _article_record(article: etree._Element) -> Parts:
    parts = firsts(article)
    if "MedlineCitation" not in parts:
        raise EntrezFormatError("PubmedArticle without MedlineCitation")
    citation = parts["MedlineCitation"]
    cited = firsts(citation)
    body = cited.get("Article")
    held = firsts(body)
    journal = firsts(held.get("Journal"))
    issue = firsts(journal.get("JournalIssue"))
    year = _pub_year(issue.get("PubDate"), body)
    online = _online_year(held.get("ArticleDate"))
    record = Record(
        pmid=text(cited.get("PMID")),
        title=text(held.get("ArticleTitle")) or text(held.get("VernacularTitle")),
        journal=text(journal.get("Title")),
        journal_abbrev=text(journal.get("ISOAbbreviation")) or _medline_ta(citation),
        year=year,
        authors=_authors(held.get("AuthorList")),
        volume=text(issue.get("Volume")) or None,
        issue=text(issue.get("Issue")) or None,
        pages=_pages(held.get("Pagination")),
        publication_types=_publication_types(body),
        mesh_terms=_mesh(citation),
        vernacular_title=text(held.get("VernacularTitle")),
        online_year=online if online != year else None,
        registrations=_registrations(held.get("DataBankList")),
    )
    _set_abstract(record, held.get("Abstract"))
    ids = firsts(parts.get("PubmedData")).get("ArticleIdList")
    locations = body.iterchildren("ELocationID") if body is not None else ()
    found = _set_ids(record, ids, locations)
    _set_notices(record, cited.get("CommentsCorrectionsList"))
    return Parts(record, _version(cited.get("PMID")), found)


def _book_record(article: etree._Element) -> Parts:
    parts = firsts(article)
    if "BookDocument" not in parts:
        raise EntrezFormatError("PubmedBookArticle without BookDocument")
    document = parts["BookDocument"]
    held = firsts(document)
    book = firsts(held.get("Book"))
    book_title = text(book.get("BookTitle"))
    authors = next(
        (
            _authors(item)
            for item in document.iterchildren("AuthorList")
            if item.get("Type", "authors") == "authors"
        ),
        [],
    )
    record = Record(
        pmid=text(held.get("PMID")),
        title=text(held.get("ArticleTitle")) or book_title,
        journal=book_title,
        year=_pub_year(book.get("PubDate"), None),
        authors=authors or _authors(book.get("AuthorList")),
        volume=text(book.get("Volume")) or None,
        publication_types=[text(item) for item in document.iterchildren("PublicationType")],
        book=True,
    )
    _set_abstract(record, held.get("Abstract"))
    found = _set_ids(record, held.get("ArticleIdList"), ())
    found += _set_ids(record, firsts(parts.get("PubmedBookData")).get("ArticleIdList"), ())
    _set_notices(record, held.get("CommentsCorrectionsList"))
    return Parts(record, _version(held.get("PMID")), found)


def _version(pmid: etree._Element | None) -> str:
    return pmid.get("Version", "1") if pmid is not None else "1"


def _medline_ta(citation: etree._Element) -> str:
    """The journal's MEDLINE abbreviation, for records without an ISO one."""
    for info in citation.iterchildren("MedlineJournalInfo"):
        for name in info.iterchildren("MedlineTA"):
            return text(name)
    return ""


def _publication_types(body: etree._Element | None) -> list[str]:
    """The text of every element in the article's PublicationTypeLists."""
    if body is None:
        return []
    return [
        text(item)
        for group in body.iterchildren("PublicationTypeList")
        for item in group.iterchildren(etree.Element)
    ]


def _mesh(citation: etree._Element) -> list[str]:
    return [
        text(name)
        for headings in citation.iterchildren("MeshHeadingList")
        for heading in headings.iterchildren("MeshHeading")
        for name in heading.iterchildren("DescriptorName")
    ]


def _pub_year(pub_date: etree._Element | None, body: etree._Element | None) -> int | None:
    """Year from ``<Year>``, or the first year of a ``<MedlineDate>`` such as "1998 Dec-1999 Jan";
    the electronic ArticleDate when the issue date has none."""
    if pub_date is not None:
        parts = firsts(pub_date)
        for found_text in (text(parts.get("Year")), text(parts.get("MedlineDate"))):
            found = _YEAR.search(found_text)
            if found:
                return int(found.group(1))
    if body is None:
        return None
    for date in body.iterchildren("ArticleDate"):
        found = _YEAR.search(text(next(date.iterchildren("Year"), None)))
        if found:
            return int(found.group(1))
    return None


def _online_year(article_date: etree._Element | None) -> int | None:
    """The year of the article's first ArticleDate, the day it came out online."""
    found = _YEAR.search(text(firsts(article_date).get("Year")))
    return int(found.group(1)) if found else None


def _authors(author_list: etree._Element | None) -> list[str]:
    if author_list is None:
        return []
    names = []
    for author in author_list.iterchildren("Author"):
        # ValidYN="N" marks a misspelt name that PubMed keeps next to the corrected one.
        if author.get("ValidYN") == "N":
            continue
        parts = firsts(author)
        last = text(parts.get("LastName"))
        if last:
            initials = text(parts.get("Initials"))
            if not initials:
                initials = "".join(part[0] for part in text(parts.get("ForeName")).split())
            names.append(f"{last} {initials}".strip())
        else:
            collective = text(parts.get("CollectiveName"))
            if collective:
                names.append(collective)
    return names


def _registrations(banks: etree._Element | None) -> list[str]:
    """The ClinicalTrials.gov numbers of a record's DataBankList ("NCT04960202"); its other
    banks (GenBank, ISRCTN, Dryad ...) are not kept."""
    if banks is None:
        return []
    numbers: list[str] = []
    for bank in banks.iterchildren("DataBank"):
        if text(bank.find("DataBankName")).lower() != "clinicaltrials.gov":
            continue
        for number in bank.iterfind("AccessionNumberList/AccessionNumber"):
            numbers.append(text(number).upper())
    return numbers


def _pages(pagination: etree._Element | None) -> str | None:
    if pagination is None:
        return None
    parts = firsts(pagination)
    medline = text(parts.get("MedlinePgn"))
    if medline:
        return medline
    start, end = text(parts.get("StartPage")), text(parts.get("EndPage"))
    if start and end:
        return f"{start}-{end}"
    return start or None


def _set_abstract(record: Record, abstract: etree._Element | None) -> None:
    if abstract is None:
        return
    for part in abstract.iterchildren("AbstractText"):
        part_text = text(part)
        if not part_text:
            continue
        label = (part.get("Label") or "").strip()
        record.abstract_sections.append((None if label.upper() in _NO_LABEL else label, part_text))
    record.abstract = " ".join(
        f"{label}: {part}" if label else part for label, part in record.abstract_sections
    )


def _set_ids(
    record: Record, id_list: etree._Element | None, locations: Iterable[etree._Element]
) -> list[tuple[str, str]]:
    """DOI and PMC id from the record's own ArticleIdList (never the ReferenceList's), else
    from ELocationID; returns every (IdType, value) of the list."""
    found = []
    if id_list is not None:
        for item in id_list.iterchildren("ArticleId"):
            kind, value = item.get("IdType", ""), text(item)
            found.append((kind, value))
            if kind == "doi" and value and record.doi is None:
                record.doi = value
            elif kind == "pmc" and value and record.pmc is None:
                record.pmc = value
    for location in locations:
        if location.get("EIdType") == "doi" and record.doi is None:
            record.doi = text(location) or None
    return found


def _set_notices(record: Record, corrections: etree._Element | None) -> None:
    if corrections is None:
        return
    for item in corrections.iterchildren("CommentsCorrections"):
        attribute = _NOTICES.get(item.get("RefType", ""))
        if attribute:
            pmid = text(next(item.iterchildren("PMID"), None))
            if pmid:
                getattr(record, attribute).append(pmid)
