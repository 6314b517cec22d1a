"""A document's inline citations seen as a document of their own, numbered from 1.

Each citation becomes a reference entry that holds only its identifier, so the resolver
treats it like any listed entry (in the same batch), and each sentence or table row that
carries citations becomes a claim citing them, so the claim rules check it like any other.
Citations that are a reference list's own entries (one-link entries) are numbered too, for
the label check, but stay out of the view's entries and claims: the list speaks for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citelint.inline_citation import InlineCitation
from citelint.lazy_pattern import LazyPattern
from citelint.models import Claim, Document, Marker, Reference
from citelint.read.found import words

LONGEST_SHOWN_LABEL = 60
# A sentence with fewer words than this besides link words only points at its sources.
MIN_CLAIM_WORDS = 4
# A sentence stating a percentage says it of something with fewer: "Only 19% had their
# blood pressure controlled (PMCID: PMC10900001)." is a result to check (user22).
MIN_FIGURE_CLAIM_WORDS = 2
# ... and so does a sentence stating a result, by its verb or its statistic, however short:
# "Haemorrhagic stroke was halved (link).", "It was not superior (p = 0.12) (link)." (user32b
# P2-1). Whole words: "reduced-dose apixaban" names a regimen.
RESULT_WORDS = frozenset(
    words(
        "reduced reduces reduce lowered lowers increased increases raised halved halves doubled "
        "doubles tripled superior inferior noninferior non-inferior improved improves decreased "
        "decreases prevented prevents worsened"
    )
)
_STATISTIC = LazyPattern(r"\b[Pp]\s?[<=>≤≥]\s?0?\.\d|\b(?:a?HR|OR|RR)\b[\s,:=]{0,3}\d")
_WORD = LazyPattern(r"[^\W\d_][\w'-]*")
_PERCENTAGE = LazyPattern(r"\d\s?%|\d\s+per\s?cent\b", re.IGNORECASE)
# A line that lists sources rather than saying anything: "Sources: RECOVERY Collaborative
# Group, N Engl J Med 2021 (PMID: 32678530); WHO living guideline ..." (Gemini, user20).
_SOURCES_LINE = LazyPattern(
    r"\s*(?:[*_]{1,2})?(?:sources?|references?|citations?|further reading|see also|"
    r"bibliography)(?:[*_]{1,2})?\s*:",
    re.IGNORECASE,
)
# A label that cites: a year, "et al." or a locus ("373:2117", "381(21):1995"), not "1:1".
_CITATION_LABEL = LazyPattern(r"\b(?:19|20)\d\d\b|\bet al\b|\d\s*\(\w+\)\s*:\s*\d|\d\d\s*:\s*\d\d")
_EMPTY_BRACKETS = LazyPattern(r"[(\[][\s,;]*[)\]]")
_DANGLING = LazyPattern(r"\s*[—–:]+\s*(?=[.,;!?]*$)")  # "Topic: ." once its label is cut
_INSIDE_BRACKETS = LazyPattern(r"\( | \)")
_SPACE_BEFORE_STOP = LazyPattern(r" ([.,;:!?])")


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
        # DOIs match case-blind, but a reader looks for the one written, capitals and all.
        written = citation.raw if citation.raw.lower() == citation.identifier else None
        return f"DOI {written or citation.identifier}"
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
    cited: dict[tuple[int, int, str], list[int]] = {}  # each sentence's citation numbers
    for number, citation in enumerate(document.inline, start=1):
        if citation.reference is None:
            key = (citation.context_line, citation.context_column, citation.context)
            cited.setdefault(key, []).append(number)
    claims = []
    for (line, column, context), numbers in cited.items():
        citations = [document.inline[number - 1] for number in numbers]
        text = claim_text(context, citations)
        if text is not None:
            pairs = zip(numbers, citations, strict=True)
            markers = [Marker([n], c.line, c.column, c.raw) for n, c in pairs]
            claims.append(Claim(text, line, column, markers))
    entries = [
        reference
        for reference, citation in zip(references, document.inline, strict=True)
        if citation.reference is None
    ]
    view = Document(
        path=document.path,
        format=document.format,
        text=document.text,
        claims=claims,
        references=entries,
        suppressions=document.suppressions,
    )
    return InlineView(view, list(document.inline), references)


def claim_text(context: str, citations: list[InlineCitation]) -> str | None:
    """What the sentence claims, without the labels that cite, as a numbered claim is without
    its markers; None when it only points at its sources.

    A label such as "Zinman B, et al. N Engl J Med. 2015;373:2117-28", set apart as citations
    are, is no part of the claim: its volume and pages were numbers the abstract lacked
    (CL301). Other labels stay: a paper's title lends the claim words a paraphrase lacks, and
    "[25% at 68 weeks](...)" or a label in the sentence's grammar is the claim itself.
    """
    text = context
    for citation in citations:
        label = citation.link_text or ""
        start = text.find(label) if _cites(label) else -1
        if start >= 0 and _stands_apart(text, start, start + len(label)):
            text = text[:start] + " " + text[start + len(label) :]
    if text is not context:
        text = _tidy(text)
    return text if makes_a_claim(text) else None


def _cites(label: str) -> bool:
    """Whether a label is a citation: a year, "et al." or a locus, and no percentage."""
    return bool(label.strip()) and "%" not in label and _CITATION_LABEL.search(label) is not None


def _stands_apart(text: str, start: int, end: int) -> bool:
    """Whether a label stands where citations do, in brackets, after a colon or dash, or at
    the sentence's end, rather than in its grammar ("as [Smith et al., 2019](...) found")."""
    before = text[:start].rstrip()
    after = text[end:].strip()
    return before.endswith(("(", "[", ":", "—", "–")) or not after.strip(".,;:!?)]")


def _tidy(text: str) -> str:
    """The sentence once its labels are cut: no empty brackets or dangling colon or dash,
    single spaces."""
    text = _EMPTY_BRACKETS.sub(" ", text)
    text = _DANGLING.sub("", " ".join(text.split()))
    text = _INSIDE_BRACKETS.sub(lambda space: space[0].strip(), text)
    # A table row's cell mark before a label cut from its last cell: "12%; Amaranth 2021".
    return _SPACE_BEFORE_STOP.sub(r"\1", text).rstrip(" ;")


def makes_a_claim(context: str) -> bool:
    """Whether a sentence says something to check, rather than only point at its sources
    ("Full text of the trial on the publisher's site")."""
    # Imported here: pages without inline citations never need the word lists.
    from citelint.pubmed.vocabulary import LINK_WORDS
    from citelint.support.terms import STOPWORDS

    if _SOURCES_LINE.match(context):
        return False
    words = [w for w in _WORD.findall(context.lower()) if w not in STOPWORDS]
    figure = _PERCENTAGE.search(context) or _STATISTIC.search(context)
    result = figure or not RESULT_WORDS.isdisjoint(words)
    least = MIN_FIGURE_CLAIM_WORDS if result else MIN_CLAIM_WORDS
    return sum(w not in LINK_WORDS for w in words) >= least


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
