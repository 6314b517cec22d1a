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

from citelint.pubmed.article_xml import element_record as element_record
from citelint.pubmed.article_xml import text as _text
from citelint.pubmed.errors import EntrezError, EntrezFormatError
from citelint.record import Record
from citelint.whole_numbers import whole_number

_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<html|<head|<body)", re.IGNORECASE
)
_HTML_TITLE = re.compile(rb"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# ESearch JSON names its ErrorList/WarningList entries differently from the XML.
_JSON_KINDS = {
    "phrasesnotfound": "PhraseNotFound",
    "fieldsnotfound": "FieldNotFound",
    "quotedphrasesnotfound": "QuotedPhraseNotFound",
    "phrasesignored": "PhraseIgnored",
    "outputmessages": "OutputMessage",
}


def parse_xml(data: bytes) -> etree._Element:
    """The root element of an XML body, parsed without entities, DTDs or network access."""
    _refuse_html(data)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        # lxml's own words ("Premature end of data in tag Id line 13, line 13, column 8
        # (<string>, line 13)") say nothing more to a user than where (user31a P3-1).
        raise EntrezFormatError(f"XML truncated or garbled{_at_line(error.lineno)}") from None
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
    count = whole_number(_text(_child(root, "Count")))
    if count is None:
        raise EntrezFormatError("eSearchResult without a Count")
    return ESearchResult(
        count=count,
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


def _child(element: etree._Element, tag: str) -> etree._Element | None:
    """``element.find(tag)`` for a plain tag name, without the path machinery: the mirror
    reads millions of records through here."""
    return next(element.iterchildren(tag), None)


def _refuse_html(data: bytes) -> None:
    if _HTML_START.match(data[:512]):
        title = _HTML_TITLE.search(data[:4096])
        name = " ".join(title.group(1).decode("utf-8", "replace").split()) if title else ""
        raise EntrezFormatError(f"an HTML page instead of data{': ' + name if name else ''}")


def _load_json(data: bytes) -> object:
    try:
        return json.loads(data)
    except ValueError as error:
        line = getattr(error, "lineno", None)  # a UnicodeDecodeError has none
        raise EntrezFormatError(f"JSON truncated or garbled{_at_line(line)}") from None


def _at_line(line: int | None) -> str:
    return f" at line {line}" if line else ""


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
    count = whole_number(str(result.get("count", ""))) if isinstance(result, dict) else None
    if not isinstance(result, dict) or count is None:
        raise EntrezFormatError("ESearch JSON without esearchresult.count")
    errors = result.get("errorlist") or {}
    warnings = result.get("warninglist") or {}
    return ESearchResult(
        count=count,
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
