"""The entries of a JATS ``<ref-list>``, read from their tags rather than from their text.

``<element-citation>`` holds only tagged fields; ``<mixed-citation>`` (and the older
``<nlm-citation>``, ``<citation>``) holds the printed text with the fields tagged inside it.
Either way ``<article-title>``, ``<source>``, ``<year>``, ``<volume>``, ``<issue>``,
``<fpage>``/``<lpage>`` and ``<pub-id pub-id-type="pmid|doi">`` go to the resolver as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citelint.read.entries import parse_entry
from citelint.read.fielded import (
    Fields,
    author_name,
    clean_doi,
    clean_pmid,
    page_range,
    squash,
    year_of,
)
from citelint.read.xmltree import Element

_CITATIONS = ("element-citation", "mixed-citation", "nlm-citation", "citation")
_LABEL_NUMBER = re.compile(r"[\[(]?\s*(\d{1,4})\s*[.)\]]?")
_ID_LINKS = ("doi", "pmid")
_IDENTIFIER_LINK = re.compile(r"pubmed|ncbi\.nlm\.nih\.gov|doi\.org", re.IGNORECASE)
# A supplement's own list: "Supplementary references", "References for the supplementary
# material", "Additional references cited in the supplement"; its labels "S1.", "[S12]".
_SUPPLEMENT_TITLE = re.compile(
    r"\bsupplement(?:ary|al)?\b.{0,40}\breferences?\b|\breferences?\b.{0,40}\bsupplement",
    re.IGNORECASE | re.DOTALL,
)
_SUPPLEMENT_LABEL = re.compile(r"[\[(]?\s*S\d{1,4}\s*[.)\]]?")
# Sub-articles (peer review, author replies) carry reference lists of their own.
_OTHER_ARTICLES = ("sub-article", "response")


@dataclass
class Ref:
    ids: list[str]  # the <ref>'s id and its citations' ids, any of which an xref may name
    label: str
    fields: Fields
    line: int
    column: int

    @property
    def label_number(self) -> int | None:
        found = _LABEL_NUMBER.fullmatch(self.label.strip())
        return int(found[1]) if found else None


@dataclass
class RefLists:
    refs: list[Ref]  # the article's entries, in order
    line: int | None  # the first reference list's line
    # The ids of the entries of a supplement's own list ("Supplementary references", "S1."),
    # which the supplement cites, not the article: left out of ``refs``, and an xref to one
    # cites none of them.
    supplementary: set[str]


def read_refs(article: Element) -> RefLists:
    """Every ``<ref>`` of the article (not of its sub-articles) but a supplement's."""
    found = RefLists([], None, set())
    lists = _main_ref_lists(article)
    for ref_list, titles in lists:
        entries = [_ref(ref) for ref in ref_list.elements() if ref.tag == "ref"]
        if len(lists) > 1 and _supplementary(entries, titles):
            found.supplementary.update(identifier for ref in entries for identifier in ref.ids)
            continue
        found.line = found.line or ref_list.line
        found.refs += entries
    return found


def _main_ref_lists(article: Element) -> list[tuple[Element, list[str]]]:
    """The reference lists, each with the titles of the sections around it and its own."""
    found: list[tuple[Element, list[str]]] = []
    stack: list[tuple[Element, list[str]]] = [(e, []) for e in reversed(list(article.elements()))]
    while stack:
        element, titles = stack.pop()
        if element.tag in _OTHER_ARTICLES:
            continue
        title = element.find("title")
        if title is not None:
            titles = [*titles, title.text()]
        if element.tag == "ref-list":
            found.append((element, titles))
        # Lists nest: a reference list may hold sections that are lists of their own.
        stack.extend((child, titles) for child in reversed(list(element.elements())))
    return found


def _supplementary(entries: list[Ref], titles: list[str]) -> bool:
    """A list the supplement cites: so titled, or every entry labelled "S1", "S2"..."""
    if any(_SUPPLEMENT_TITLE.search(title) for title in titles):
        return True
    return bool(entries) and all(_SUPPLEMENT_LABEL.fullmatch(ref.label.strip()) for ref in entries)


def _ref(ref: Element) -> Ref:
    label = ref.find("label")
    citations = _citations(ref)
    ids = [ref.attr("id")] + [c.attr("id") for c in citations]
    label_text = label.text() if label is not None else ""
    fields = (
        _ref_fields(citations, label_text) if citations else Fields(raw=squash(ref.text()) or "")
    )
    return Ref(
        [i for i in ids if i],
        label_text,
        fields,
        ref.line,
        ref.column,
    )


def _citations(ref: Element) -> list[Element]:
    """The ref's citations, also those inside ``<citation-alternatives>`` (the same work
    tagged and as printed, or in two languages), which many publishers' PMC files use."""
    found: list[Element] = []
    for child in ref.elements():
        if child.tag in _CITATIONS:
            found.append(child)
        elif child.tag == "citation-alternatives":
            found += [item for item in child.elements() if item.tag in _CITATIONS]
    return found


def _ref_fields(citations: list[Element], label: str) -> Fields:
    """The fields of a ref's citations. A ref holding the work both tagged and as printed
    (SciELO's <mixed-citation> and <element-citation>, PMC's <citation-alternatives>) is read
    from the tags, which an untagged printed text can only be guessed from, with the printed
    text as its words and the identifiers or authors the tags lack."""
    tagged = next((c for c in citations if c.tag == "element-citation"), None)
    printed = next((c for c in citations if c.tag != "element-citation"), None)
    if tagged is None or printed is None:
        return _fields(citations[0], label)
    fields, shown = _fields(tagged), _fields(printed, label)
    fields.raw = shown.raw
    fields.authors = fields.authors or shown.authors
    fields.pmid, fields.doi = fields.pmid or shown.pmid, fields.doi or shown.doi
    fields.url = fields.url or shown.url
    return fields


def _without_label(text: str, label: str) -> str:
    """The printed text without the copy of the ref's label it opens with ("2. McMurray
    JJV, ..." under <label>2</label>, as SciELO's files print it), which was read as the
    start of the title and left the entry with no authors."""
    number = label.strip().strip("[]().").strip()
    if not number:
        return text
    found = re.match(rf"[\[(]?{re.escape(number)}[.)\]]?\s+(?=\S)", text)
    return text[found.end() :] if found else text


def _fields(citation: Element, label: str = "") -> Fields:
    found: dict[str, str] = {}
    for element in citation.iter():
        if element.tag in ("pub-id", "object-id"):
            kind = element.attr("pub-id-type").lower()
            found.setdefault(f"id:{kind}", element.text())
        elif element.tag == "ext-link" and element.attr("ext-link-type").lower() in _ID_LINKS:
            # A link typed as the identifier it holds: <ext-link ext-link-type="doi"
            # xlink:href="10.1037/amp0000904">, as some publishers tag a DOI.
            kind = element.attr("ext-link-type").lower()
            found.setdefault(f"id:{kind}", element.attr("href") or element.text())
        elif element.tag in ("ext-link", "uri") and "url" not in found:
            address = element.attr("href") or element.text()
            if _IDENTIFIER_LINK.search(address) or not found.get("url"):
                found["url"] = address.strip()
        elif element.tag not in found:
            found[element.tag] = element.text()
    kind = citation.attr("publication-type") or citation.attr("citation-type")
    fields = Fields(
        title=squash(found.get("article-title") or found.get("chapter-title")),
        journal=squash(found.get("source")),
        year=year_of(found.get("year")) or year_of(found.get("date")),
        authors=_authors(citation),
        volume=squash(found.get("volume")),
        issue=squash(found.get("issue")),
        pages=page_range(found.get("fpage"), found.get("lpage"))
        or squash(found.get("elocation-id")),
        pmid=clean_pmid(found.get("id:pmid")),
        doi=clean_doi(found.get("id:doi")),
        url=squash(found.get("url")),
        kind=kind,
    )
    if fields.title is None and kind.lower() not in ("journal", ""):
        # A book, report or web page is named by its source: it is the work's own title.
        fields.title, fields.journal = fields.journal, None
    if citation.tag != "element-citation":
        fields.raw = _without_label(squash(citation.text()) or "", label)
        if fields.raw and not (fields.title and fields.journal and fields.year):
            _fill_from_text(fields)
    return fields


def _fill_from_text(fields: Fields) -> None:
    """The fields a mixed citation prints but does not tag, read from its text as any entry
    is: many publishers' PMC files tag nothing but a DOI, or nothing at all ("Peel NM.
    Epidemiology of falls in older age. Can J Aging. 2011;30(1):7-19. PMID: 21401978."). A
    tagged field keeps its value."""
    printed = parse_entry([fields.raw])
    fields.title = fields.title or printed.title
    fields.journal = fields.journal or printed.journal
    fields.year = fields.year or printed.year
    fields.authors = fields.authors or list(printed.authors)
    if not (fields.volume or fields.issue or fields.pages):
        fields.volume, fields.issue, fields.pages = printed.volume, printed.issue, printed.pages
    fields.pmid = fields.pmid or printed.pmid
    fields.doi = fields.doi or printed.doi


def _authors(citation: Element) -> list[str]:
    groups = [g for g in citation.elements() if g.tag == "person-group"]
    people = [g for g in groups if g.attr("person-group-type") in ("author", "")]
    # <name> may sit in a person-group or straight in the citation, as mixed citations do.
    holders = people or ([citation] if not groups else [])
    names: list[str] = []
    for holder in holders:
        for element in holder.elements():
            if element.tag in ("name", "string-name"):
                surname = element.find("surname")
                given = element.find("given-names")
                if surname is not None:
                    given_names = given.text() if given is not None else ""
                    names.append(author_name(surname.text(), given_names))
                elif squash(element.text()):
                    names.append(squash(element.text()) or "")
            elif element.tag == "collab" and squash(element.text()):
                names.append(squash(element.text()) or "")
    return names
