"""The page's own identifiers: a publisher page names its own DOI (and PMC its PMID) in its head.

A page copied or saved from a journal's site shows the article's own identifiers above the
text ("Published online: June 11 2025 https://doi.org/10.2214/...", "JAMA Intern Med.
2024;184(7):801-810. doi:10...", "PMCID: PMC8400001  PMID: 34445000"), repeats them in a
"Cite this article" block or a PDF's running header, and gives its tables and figures DOIs of
their own (".../journal.pone.0299001.t001"). None of them cites anything: read as inline
citations they were looked up as if they backed a claim, and a preprint's DOI, or a figure's,
which PubMed does not index, was reported (CL207) on a clean page.

Only a page that cites by number (a reference list and numbered citations) is judged: there
an identifier standing bare, on a line holding no citation number, is the page's own when
- it stands in the page's head (above the first citation number) among a few words of
  metadata ("Published online", a journal's name and volume, "Cite this article"; a PMID or
  PMC id with labels only, "PMCID: PMC8400001  PMID: 34445000"), not in brackets, and is
  the only one of its kind there (a head with two DOIs lists sources) and stands above any
  heading of sources ("Sources" above an AI answer, with one source or more), or
- it is one of those again, or one with a suffix (a figure's or a table's DOI), or
- it is a data repository's DOI (Dryad, Zenodo, figshare...), which a data availability
  statement gives: the page's data, not a paper PubMed could hold.
An identifier in a sentence of prose ("Metformin was as safe as insulin (PMID: 18463375)"),
or as a link's label, stays a citation.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Document, InlineCitation

# Words before an identifier in a head's line of metadata: "Published online: June 11 2025"
# has one lowercase word; a sentence of prose has more than this many.
MOST_METADATA_WORDS = 3
# The DOI prefixes of data and software repositories: Dryad, Zenodo, figshare, OSF, Harvard
# Dataverse, Mendeley Data, GBIF, PANGAEA.
DATA_REPOSITORIES = (
    "10.5061/",
    "10.5281/",
    "10.6084/",
    "10.17605/",
    "10.7910/",
    "10.17632/",
    "10.15468/",
    "10.1594/",
)
_TAG = LazyPattern(r"<[^>]*>")
# "(PMID: ", "(doi:", "(https://doi.org/" just before the identifier.
_CITED_IN_BRACKETS = LazyPattern(
    r"(?i)[(\[]\s*(?:(?:doi|pmid|pmcid|pubmed)\s*:?\s*|https?://(?:dx\.)?doi\.org/)?\Z"
)
# A heading of sources as AI answers set it: "Sources", "## Citations", "**Key sources:**".
# Not "References": a publisher page's outline names its sections above its own DOI.
_SOURCES_HEADING = LazyPattern(
    r"(?i)[ \t]*(?:#{1,6}[ \t]+)?[*_]{0,2}(?:key |cited |selected )?(?:sources|citations)"
    r"[ \t]*:?[*_]{0,2}:?[ \t]*"
)
_LOWERCASE_WORD = LazyPattern(r"\b[a-z][a-z-]+\b")
# What may stand beside identifiers on a line of identifiers alone: their labels, an
# address's start, and punctuation.
_LABELS = LazyPattern(r"(?i)\b(?:doi|org|pmid|pmcid|pmc\d+|https?|dx|www)\b|[\s:;,./()\[\]|-]+")


def without_own_identifiers(document: Document) -> list[InlineCitation]:
    """The document's inline citations less the page's own identifiers."""
    # A page that cites no number, or has no reference list, may cite by its identifiers only.
    cited_lines = {marker.line for claim in document.claims for marker in claim.markers}
    if not cited_lines or not document.references or not document.inline:
        return document.inline
    candidates = [c for c in document.inline if _bare(c) and c.line not in cited_lines]
    own = _heads_own(document.text.split("\n"), candidates, min(cited_lines))
    dropped = {
        id(citation)
        for citation in candidates
        if _repeats(citation.identifier, own) or _data_doi(citation)
    }
    return [citation for citation in document.inline if id(citation) not in dropped]


def _data_doi(citation: InlineCitation) -> bool:
    return citation.kind == "doi" and citation.identifier.startswith(DATA_REPOSITORIES)


def _heads_own(lines: list[str], candidates: list[InlineCitation], first_cited: int) -> set[str]:
    """The identifiers the page's head gives as its own: one of each kind at most (a DOI, a
    PMID, a PMC id), however often repeated. A head naming two DOIs lists sources ("Sources"
    above an AI answer), none of them the page's."""
    by_kind: dict[str, set[str]] = {}
    sources = _sources_heading(lines, first_cited)
    for citation in candidates:
        if citation.line >= first_cited or citation.line > sources:
            continue
        line = lines[citation.line - 1] if citation.line <= len(lines) else ""
        if _head_metadata(citation, _words(line[: max(citation.column - 1, 0)])):
            found = by_kind.setdefault(citation.kind, set())
            if not _repeats(citation.identifier, found):
                found.add(citation.identifier)
    return {mine for found in by_kind.values() if len(found) == 1 for mine in found}


def _sources_heading(lines: list[str], first_cited: int) -> int:
    """The line number of a heading of sources in the head ("Sources", "Citations:"), under
    which an AI answer lists what it cites, one source or more; past the head when none."""
    for number, line in enumerate(lines[: first_cited - 1], start=1):
        if _SOURCES_HEADING.fullmatch(line):
            return number
    return first_cited


def _bare(citation: InlineCitation) -> bool:
    """A mention or an address with no label of its own: a link whose text is its address or
    identifier ("https://doi.org/10...", "35000001") says no more than a bare one."""
    text = citation.link_text
    return (
        text is None
        or citation.raw.lower() in text.lower()
        and _labels_only(_words(text.lower().replace(citation.raw.lower(), " ")))
    )


def _words(source: str) -> str:
    """The words of part of a line, without HTML tags (a tag cut at the identifier too)."""
    cut = source.rfind("<")
    if cut != -1 and ">" not in source[cut:]:
        source = source[:cut]
    return _TAG.sub(" ", source)


def _head_metadata(citation: InlineCitation, before: str) -> bool:
    """Whether the words before an identifier in the page's head are its metadata: a few
    lowercase words at most (labels and addresses aside), no bracket opened for it, as a
    source is cited ("DAPA-HF (PMID: 31535829)"), and, for a PMID or PMC id, nothing but
    labels ("PMCID: PMC8400001  PMID: 34445000"): a journal's line names the DOI."""
    if _CITED_IN_BRACKETS.search(before):
        return False
    if citation.kind != "doi" and not _labels_only(before):
        return False
    return len(_LOWERCASE_WORD.findall(_LABELS.sub(" ", before))) <= MOST_METADATA_WORDS


def _labels_only(words: str) -> bool:
    return not _LABELS.sub("", words)


def _repeats(identifier: str, own: set[str]) -> bool:
    """The page's own identifier again, or a figure's, table's or supplement's DOI under it."""
    return identifier in own or any(identifier.startswith(f"{mine}.") for mine in own)
