"""A document's inline citations seen as a document of their own, numbered from 1.

Each citation becomes a reference entry that holds only its identifier, so the resolver
treats it like any listed entry (in the same batch), and each sentence or table row that
carries citations becomes a claim citing them, so the claim rules check it like any other.
Citations that are a reference list's own entries (one-link entries) are numbered too, for
the label check, but stay out of the view's entries and claims: the list speaks for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from citelint.lazy_pattern import LazyPattern
from citelint.models import Claim, Document, InlineCitation, Marker, Reference

LONGEST_SHOWN_LABEL = 60
# A sentence with fewer words than this besides link words only points at its sources.
MIN_CLAIM_WORDS = 4
_WORD = LazyPattern(r"[^\W\d_][\w'-]*")


@dataclass
class InlineView:
    """The inline citations of a document as a document of their own, numbered from 1."""

    document: Document  # claims and entries of the inline citations, numbered from 1
    citations: list[InlineCitation]  # number n is citations[n - 1]
    references: list[Reference]  # one entry per citation, list entries' links included

    def citation(self, number: int) -> InlineCitation:
        return self.citations[number - 1]

    def name(self, number: int, pmid: str | None = None) -> str:
        """How a finding names citation ``number``: "the link 'ORBIT' (PMID 31415926)"."""
        citation = self.citation(number)
        shown = identifier_name(citation)
        if pmid and citation.kind != "pmid":
            shown += f", PMID {pmid}"
        if citation.link_text:
            return f"the link '{short(citation.link_text)}' ({shown})"
        if citation.reference is not None:
            return f"reference {citation.reference} ({shown})"
        return shown


def identifier_name(citation: InlineCitation) -> str:
    if citation.kind == "pmid":
        return f"PMID {citation.identifier}"
    if citation.kind == "doi":
        return f"DOI {citation.identifier}"
    return citation.identifier


def short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= LONGEST_SHOWN_LABEL:
        return text
    return text[: LONGEST_SHOWN_LABEL - 1].rsplit(" ", 1)[0] + "…"


def inline_view(document: Document) -> InlineView | None:
    """The view of ``document``'s inline citations; None when it has none."""
    if not document.inline:
        return None
    references = [
        as_reference(number, citation) for number, citation in enumerate(document.inline, 1)
    ]
    claims: dict[tuple[int, int, str], Claim] = {}
    for number, citation in enumerate(document.inline, start=1):
        if citation.reference is not None or not makes_a_claim(citation.context):
            continue
        key = (citation.context_line, citation.context_column, citation.context)
        claim = claims.setdefault(
            key, Claim(citation.context, citation.context_line, citation.context_column)
        )
        claim.markers.append(Marker([number], citation.line, citation.column, citation.raw))
    entries = [
        reference
        for reference, citation in zip(references, document.inline, strict=True)
        if citation.reference is None
    ]
    view = Document(
        path=document.path,
        format=document.format,
        text=document.text,
        claims=list(claims.values()),
        references=entries,
        suppressions=document.suppressions,
    )
    return InlineView(view, list(document.inline), references)


def makes_a_claim(context: str) -> bool:
    """Whether a sentence says something to check, rather than only point at its sources
    ("Full text of the trial on the publisher's site")."""
    # Imported here: pages without inline citations never need the word lists.
    from citelint.pubmed.vocabulary import LINK_WORDS
    from citelint.support.terms import STOPWORDS

    words = [w for w in _WORD.findall(context.lower()) if w not in STOPWORDS]
    return sum(w not in LINK_WORDS for w in words) >= MIN_CLAIM_WORDS


def as_reference(number: int, citation: InlineCitation) -> Reference:
    """An entry that says nothing but the citation's identifier."""
    identifier = citation.identifier
    if citation.kind == "pmid":
        return Reference(
            number, f"PMID: {identifier}", citation.line, citation.column, pmid=identifier
        )
    if citation.kind == "doi":
        url = f"https://doi.org/{identifier}"
        return Reference(
            number, f"doi: {identifier}", citation.line, citation.column, doi=identifier, url=url
        )
    url = f"https://www.ncbi.nlm.nih.gov/pmc/articles/{identifier}/"
    return Reference(number, f"PMCID: {identifier}", citation.line, citation.column, url=url)
