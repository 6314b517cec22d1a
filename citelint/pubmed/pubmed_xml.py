"""Safe parsing of E-utilities answers: EFetch PubMed XML, ESearch, ECitMatch, error bodies.

Every XML body goes through ``parse_xml``: lxml never resolves entities, never loads a DTD and
never touches the network, and a document whose DOCTYPE declares its own entities (billion
laughs, external file entities) is refused outright. NCBI's real answers only name an external
DTD, so nothing legitimate is lost.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree

from citelint.models import Record
from citelint.pubmed.errors import EntrezError, EntrezFormatError

_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<html|<head|<body)", re.IGNORECASE
)
_HTML_TITLE = re.compile(rb"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# NCBI marks paragraphs of an unstructured abstract split in parts this way; it is no label.
_NO_LABEL = {"", "UNLABELLED", "UNASSIGNED"}
# ESearch JSON names its ErrorList/WarningList entries differently from the XML.
_JSON_KINDS = {
    "phrasesnotfound": "PhraseNotFound",
    "fieldsnotfound": "FieldNotFound",
    "quotedphrasesnotfound": "QuotedPhraseNotFound",
    "phrasesignored": "PhraseIgnored",
    "outputmessages": "OutputMessage",
}

# (RefType in CommentsCorrections, Record attribute that collects the notice PMIDs)
_NOTICES = (
    ("RetractionIn", "retraction_in"),
    ("ExpressionOfConcernIn", "concern_in"),
    ("ErratumIn", "erratum_in"),
)


def parse_xml(data: bytes) -> etree._Element:
    """The root element of an XML body, parsed without entities, DTDs or network access."""
    _refuse_html(data)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise EntrezFormatError(f"unreadable XML (truncated or garbled): {error}") from None
    if root is None:
        raise EntrezFormatError("empty XML document")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise EntrezFormatError("XML declares its own entities; refused")
    return root


def check_error_body(data: bytes) -> None:
    """Raise when a 200 answer carries an error instead of data.

    ``EntrezError`` for ``<ERROR>`` bodies, an ESearch ``ERROR`` and JSON ``{"error": ...}``;
    ``EntrezFormatError`` for an HTML page, an empty body, or XML/JSON that cannot be read.
    Plain text (ECitMatch) passes unless it is HTML.
    """
    stripped = data.lstrip()
    if not stripped:
        raise EntrezFormatError("empty response")
    _refuse_html(stripped)
    if stripped.startswith(b"{"):
        _check_json_error(_load_json(stripped))
    elif stripped.startswith(b"<"):
        _check_xml_error(parse_xml(stripped))


def parse_pubmed_articles(data: bytes) -> list[Record]:
    """The records of an EFetch ``db=pubmed retmode=xml`` answer (a PubmedArticleSet)."""
    root = _answer_root(data)
    if root.tag != "PubmedArticleSet":
        raise EntrezFormatError(f"expected a PubmedArticleSet, got <{root.tag}>")
    return [record for record in map(element_record, root) if record is not None]


def element_record(element: etree._Element) -> Record | None:
    """The record of one ``<PubmedArticle>`` or ``<PubmedBookArticle>``; None for other tags.

    Public so that the local PubMed mirror reads baseline files exactly as EFetch answers.
    """
    if element.tag == "PubmedArticle":
        return _article_record(element)
    if element.tag == "PubmedBookArticle":
        return _book_record(element)
    return None


@dataclass
class ESearchResult:
    count: int
    ids: list[str] = field(default_factory=list)
    # "PhraseNotFound: abcXYZ" style entries of the ErrorList: PubMed ignored those parts.
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "OutputMessage: No items found."
    query_translation: str = ""


def parse_esearch(data: bytes) -> ESearchResult:
    """An ESearch answer, XML or JSON (``retmode=json``)."""
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        return _esearch_from_json(_load_json(stripped))
    root = _answer_root(stripped)
    if root.tag != "eSearchResult":
        raise EntrezFormatError(f"expected an eSearchResult, got <{root.tag}>")
    count = _text(_child(root, "Count"))
    if not count.isdigit():
        raise EntrezFormatError("eSearchResult without a Count")
    return ESearchResult(
        count=int(count),
        ids=[_text(item) for item in root.iterfind("IdList/Id")],
        errors=[f"{item.tag}: {_text(item)}" for item in root.iterfind("ErrorList/*")],
        warnings=[f"{item.tag}: {_text(item)}" for item in root.iterfind("WarningList/*")],
        query_translation=_text(_child(root, "QueryTranslation")),
    )


class CitMatch(NamedTuple):
    """One line of ECitMatch output: the citation's key and the PMID found, if exactly one."""

    key: str
    pmid: str | None
    note: str  # "" when found; else "NOT_FOUND", "NOT_FOUND;INVALID_JOURNAL", "AMBIGUOUS ..."

    @property
    def candidates(self) -> list[str]:
        """PMIDs listed by an ``AMBIGUOUS 123,456`` answer (empty for ``AMBIGUOUS (5 ...)``)."""
        if not self.note.startswith("AMBIGUOUS"):
            return []
        return re.findall(r"\d+", self.note.removeprefix("AMBIGUOUS").split("(")[0])


def parse_ecitmatch(text: str) -> list[CitMatch]:
    """ECitMatch's pipe-delimited answer: ``journal|year|volume|page|author|key|result``.

    A garbled line is left out, so that only its own citation goes unanswered; an answer
    with no readable line at all is a format error.
    """
    check_error_body(text.encode("utf-8"))
    matches = []
    garbled = ""
    for line in text.split("\n"):
        if not line.strip():
            continue
        fields = line.strip().split("|")
        if len(fields) < 7 or not fields[-2].strip():
            garbled = garbled or line
            continue
        key, result = fields[-2].strip(), fields[-1].strip()
        if result.isdigit():
            matches.append(CitMatch(key, result, ""))
        else:
            matches.append(CitMatch(key, None, result or "NOT_FOUND"))
    if garbled and not matches:
        raise EntrezFormatError(f"ECitMatch line without a result: {garbled[:80]!r}")
    return matches


def _answer_root(data: bytes) -> etree._Element:
    """The root of an XML answer, checked for errors the way ``check_error_body`` does, but
    parsed once: the parsers call this instead of checking the body and then parsing it again."""
    stripped = data.lstrip()
    if not stripped:
        raise EntrezFormatError("empty response")
    if stripped.startswith(b"{"):
        _check_json_error(_load_json(stripped))
    root = parse_xml(stripped)
    _check_xml_error(root)
    return root


def _article_record(article: etree._Element) -> Record:
    citation = _child(article, "MedlineCitation")
    if citation is None:
        raise EntrezFormatError("PubmedArticle without MedlineCitation")
    body = _child(citation, "Article")
    if body is None:
        body = etree.Element("Article")
    journal = _child(body, "Journal")
    if journal is None:
        journal = etree.Element("Journal")
    issue = _child(journal, "JournalIssue")
    if issue is None:
        issue = etree.Element("JournalIssue")
    abbrev = _text(_child(journal, "ISOAbbreviation")) or _text(
        citation.find("MedlineJournalInfo/MedlineTA")
    )
    record = Record(
        pmid=_text(_child(citation, "PMID")),
        title=_text(_child(body, "ArticleTitle")) or _text(_child(body, "VernacularTitle")),
        journal=_text(_child(journal, "Title")),
        journal_abbrev=abbrev,
        year=_pub_year(journal.find("JournalIssue/PubDate"), body.findall("ArticleDate")),
        authors=_authors(_child(body, "AuthorList")),
        volume=_text(_child(issue, "Volume")) or None,
        issue=_text(_child(issue, "Issue")) or None,
        pages=_pages(_child(body, "Pagination")),
        publication_types=[_text(item) for item in body.iterfind("PublicationTypeList/*")],
        mesh_terms=[
            _text(item) for item in citation.iterfind("MeshHeadingList/MeshHeading/DescriptorName")
        ],
    )
    _set_abstract(record, _child(body, "Abstract"))
    _set_ids(record, article.find("PubmedData/ArticleIdList"), body.findall("ELocationID"))
    _set_notices(record, _child(citation, "CommentsCorrectionsList"))
    return record


def _book_record(article: etree._Element) -> Record:
    document = _child(article, "BookDocument")
    if document is None:
        raise EntrezFormatError("PubmedBookArticle without BookDocument")
    book_title = _text(document.find("Book/BookTitle"))
    authors = next(
        (
            _authors(item)
            for item in document.iterfind("AuthorList")
            if item.get("Type", "authors") == "authors"
        ),
        [],
    )
    record = Record(
        pmid=_text(_child(document, "PMID")),
        title=_text(_child(document, "ArticleTitle")) or book_title,
        journal=book_title,
        year=_pub_year(document.find("Book/PubDate"), []),
        authors=authors or _authors(document.find("Book/AuthorList")),
        volume=_text(document.find("Book/Volume")) or None,
        publication_types=[_text(item) for item in document.iterfind("PublicationType")],
        book=True,
    )
    _set_abstract(record, _child(document, "Abstract"))
    _set_ids(record, _child(document, "ArticleIdList"), [])
    _set_ids(record, article.find("PubmedBookData/ArticleIdList"), [])
    _set_notices(record, _child(document, "CommentsCorrectionsList"))
    return record


def _pub_year(pub_date: etree._Element | None, article_dates: list[etree._Element]) -> int | None:
    """Year from ``<Year>``, or the first year of a ``<MedlineDate>`` such as "1998 Dec-1999 Jan";
    the electronic ArticleDate when the issue date has none."""
    if pub_date is not None:
        for text in (_text(_child(pub_date, "Year")), _text(_child(pub_date, "MedlineDate"))):
            found = _YEAR.search(text)
            if found:
                return int(found.group(1))
    for date in article_dates:
        found = _YEAR.search(_text(_child(date, "Year")))
        if found:
            return int(found.group(1))
    return None


def _authors(author_list: etree._Element | None) -> list[str]:
    if author_list is None:
        return []
    names = []
    for author in author_list.iterfind("Author"):
        # ValidYN="N" marks a misspelt name that PubMed keeps next to the corrected one.
        if author.get("ValidYN") == "N":
            continue
        collective = _text(_child(author, "CollectiveName"))
        last = _text(_child(author, "LastName"))
        initials = _text(_child(author, "Initials"))
        if not initials:
            initials = "".join(part[0] for part in _text(_child(author, "ForeName")).split())
        if last:
            names.append(f"{last} {initials}".strip())
        elif collective:
            names.append(collective)
    return names


def _pages(pagination: etree._Element | None) -> str | None:
    if pagination is None:
        return None
    medline = _text(_child(pagination, "MedlinePgn"))
    if medline:
        return medline
    start, end = _text(_child(pagination, "StartPage")), _text(_child(pagination, "EndPage"))
    if start and end:
        return f"{start}-{end}"
    return start or None


def _set_abstract(record: Record, abstract: etree._Element | None) -> None:
    if abstract is None:
        return
    for part in abstract.iterfind("AbstractText"):
        text = _text(part)
        if not text:
            continue
        label = (part.get("Label") or "").strip()
        record.abstract_sections.append((None if label.upper() in _NO_LABEL else label, text))
    record.abstract = " ".join(
        f"{label}: {text}" if label else text for label, text in record.abstract_sections
    )


def _set_ids(
    record: Record, id_list: etree._Element | None, locations: list[etree._Element]
) -> None:
    """DOI and PMC id from the record's own ArticleIdList (never the ReferenceList's), else
    from ELocationID."""
    if id_list is not None:
        for item in id_list.iterfind("ArticleId"):
            kind, value = item.get("IdType"), _text(item)
            if kind == "doi" and value and record.doi is None:
                record.doi = value
            elif kind == "pmc" and value and record.pmc is None:
                record.pmc = value
    for location in locations:
        if location.get("EIdType") == "doi" and record.doi is None:
            record.doi = _text(location) or None


def _set_notices(record: Record, corrections: etree._Element | None) -> None:
    if corrections is None:
        return
    for item in corrections.iterfind("CommentsCorrections"):
        pmid = _text(_child(item, "PMID"))
        for ref_type, attribute in _NOTICES:
            if item.get("RefType") == ref_type and pmid:
                getattr(record, attribute).append(pmid)


def _child(element: etree._Element, tag: str) -> etree._Element | None:
    """``element.find(tag)`` for a plain tag name, without the path machinery: the mirror
    reads millions of records through here."""
    return next(element.iterchildren(tag), None)


def _text(element: etree._Element | None) -> str:
    """All text inside, inline markup such as ``<i>`` or ``<sup>`` kept as plain text."""
    if element is None:
        return ""
    if len(element) == 0:  # no inline markup (the common case): its text is all there is
        return " ".join((element.text or "").split())
    return " ".join("".join(element.itertext()).split())


def _refuse_html(data: bytes) -> None:
    if _HTML_START.match(data[:512]):
        title = _HTML_TITLE.search(data[:4096])
        name = " ".join(title.group(1).decode("utf-8", "replace").split()) if title else ""
        raise EntrezFormatError(f"an HTML page instead of data{': ' + name if name else ''}")


def _load_json(data: bytes) -> object:
    try:
        return json.loads(data)
    except ValueError as error:
        raise EntrezFormatError(f"unreadable JSON (truncated or garbled): {error}") from None


def _check_json_error(document: object) -> None:
    if not isinstance(document, dict):
        return
    if document.get("error"):
        raise EntrezError(str(document["error"]))
    result = document.get("esearchresult")
    if isinstance(result, dict) and result.get("ERROR"):
        raise EntrezError(str(result["ERROR"]))


def _check_xml_error(root: etree._Element) -> None:
    error = root if root.tag == "ERROR" else _child(root, "ERROR")
    if error is not None:
        raise EntrezError(_text(error) or "E-utilities returned an empty <ERROR>")


def _esearch_from_json(document: object) -> ESearchResult:
    _check_json_error(document)
    result = document.get("esearchresult") if isinstance(document, dict) else None
    if not isinstance(result, dict) or not str(result.get("count", "")).isdigit():
        raise EntrezFormatError("ESearch JSON without esearchresult.count")
    errors = result.get("errorlist") or {}
    warnings = result.get("warninglist") or {}
    return ESearchResult(
        count=int(result["count"]),
        ids=[str(item) for item in result.get("idlist", [])],
        errors=_json_messages(errors),
        warnings=_json_messages(warnings),
        query_translation=str(result.get("querytranslation", "")),
    )


def _json_messages(groups: dict[str, list[str]]) -> list[str]:
    return [
        f"{_JSON_KINDS.get(kind, kind)}: {item}"
        for kind, items in groups.items()
        for item in items or []
    ]
