"""The page's own identifiers: a publisher page names its own DOI (and PMC its PMID) in its head.

A page copied or saved from a journal's site shows the article's own identifiers above the
text ("Published online: June 11 2025 https://doi.org/10.2214/...", "JAMA Intern Med.
2024;184(7):801-810. doi:10...", "PMCID: PMC8400001  PMID: 34445000"), repeats them in a
"Cite this article" block or a PDF's running header, and gives its tables and figures DOIs of
their own (".../journal.pone.0299001.t001"). None of them cites anything: read as inline
citations they were looked up as if they backed a claim, and a preprint's DOI, or a figure's,
which PubMed does not index, was reported (CL207) on a clean page.

Only a page with a reference list is judged: there an identifier standing bare, on a line
holding no citation number, is the page's own when
- it stands in the page's head (above the first citation number, or above the list on a
  page whose citing citelint does not read: author and year) among a few words of
  metadata ("Published online", a journal's name and volume, "Cite this article"; a PMID or
  PMC id with labels only, "PMCID: PMC8400001  PMID: 34445000"), not in brackets, and is
  the only one of its kind there (a head with two DOIs lists sources) and stands above any
  heading of sources ("Sources" above an AI answer, with one source or more), or
- it stands alone of its kind after the reference list, among a few words of metadata in
  its block (the Lancet's "Article info": "Identification: DOI: https://doi.org/..."), or
- it is one of those again, or one with a suffix (a figure's or a table's DOI), or
- it is a data repository's DOI (Dryad, Zenodo, figshare...), which a data availability
  statement gives: the page's data, not a paper PubMed could hold.
An identifier in a sentence of prose ("Metformin was as safe as insulin (PMID: 18463375)"),
or as a link's label, stays a citation.

An HTML page is judged by its blocks (a paragraph, a list item, a division, a heading), not
its lines: a page saved on one line (minified) has its head, body and list on the same line.
A line break or a table cell opens none: a DOI after "<br>" stands in its paragraph's prose.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from citelint.lazy_pattern import LazyPattern
from citelint.models import Document
from citelint.read.identifiers import DATA_REPOSITORIES

if TYPE_CHECKING:
    from citelint.inline_citation import InlineCitation

# Words before an identifier in a head's line of metadata: "Published online: June 11 2025"
# has one lowercase word; a sentence of prose has more than this many.
MOST_METADATA_WORDS = 3
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
# The words of a publication line in a page's head, besides labels, numbers and punctuation.
_PUBLICATION_TEXT = (
    "doi org https http dx www published online first epub received accepted revised "
    "issue date version of record cite this article info information identification "
    # The article's type beside its date, as the Cochrane Library's head gives it: "Intervention
    # Review  Version published: 14 February 2025  https://doi.org/..." (user26 P2-8).
    "intervention diagnostic methodology review "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_PUBLICATION_WORDS = frozenset(_PUBLICATION_TEXT.split())
# The words that say a head's line dates the page's publication: "First published: 11 March
# 2025 https://doi.org/...", "Version of record online: ...".
_PUBLISHED_LABELS = frozenset(("published", "epub", "online"))
# The label of a block that gives the page's own citation: Springer Nature's "Cite this
# article", "How to cite this article", Taylor & Francis' "To cite this article:", PLOS's
# "Citation:" (user28b P2-1). Alone in its block, or opening it before a colon.
_CITE_LABEL = (
    r"(?i)[ \t]*(?:#{1,6}[ \t]+)?[*_]{0,2}(?:(?:please |to |how to )?cite this (?:article|paper)"
    r"(?: as)?|how to cite|citation)[*_]{0,2}"
)
_CITE_LABEL_ALONE = LazyPattern(_CITE_LABEL + r"[ \t]*:?[*_]{0,2}[ \t]*")
_CITE_LABEL_OPENING = LazyPattern(_CITE_LABEL + r"[ \t]*:")
_LETTERS = LazyPattern(r"[^\W\d_]+")
_DOI_LABEL_AT_END = LazyPattern(r"(?i)[ \t]*(?:https?://(?:dx\.)?doi\.org/|doi[ \t]*:?)\Z")
# A publisher's citation line under the title, the journal's name then its year, volume, issue
# and pages: Silverchair's "Diabetes Care 2024;47(Supplement_1):S158–S178" (user30b P1-9).
# Capitalised words and their joints only: "McMurray JJ, et al." before a year is a source's;
# and no stop after a word: NLM's abbreviations ("N Engl J Med. 2019;381:1995-2008.") are how
# a cited paper's source is written, not a publisher's line (review30b P1-3).
_JOURNAL_LINE = LazyPattern(
    r"(?:(?:[A-Z][A-Za-z'-]*|of|the|and|in|&)[ \t]+){1,10}(?:19|20)\d\d[ \t]?;[ \t]?"
    r"\d{1,4}(?:\([^()\n]{1,30}\))?[ \t]?:[ \t]?[A-Z]?\d{1,6}(?:[–-][A-Z]?\d{1,6})?\.?"
)
# A page's copyright line: "Copyright © 2025 Massachusetts Medical Society.", "© 2024 The
# Authors", "(c) 2023 Elsevier Inc. All rights reserved."
_IMPRINT = LazyPattern(r"(?i)(?:copyright\b|©|\(c\)[ \t]*(?:19|20)\d\d)")
# The tags that open a block of an HTML page: what stands before them is another block's.
# Not <br> nor <td>: the text before them in their paragraph or row is the DOI's (review24b).
_BLOCK_TAG = LazyPattern(r"(?i)<(?:p|div|li|section|dd|dt|h[1-6])\b")
_LOWERCASE_WORD = LazyPattern(r"\b[a-z][a-z-]+\b")
_PROSE_WORDS = 8
# What may stand beside identifiers on a line of identifiers alone: their labels, an
# address's start, and punctuation; a PMID with its label, as Europe PMC sets it before the
# PMC id ("PMID: 39990001 PMCID: PMC9990001").
_LABELS = LazyPattern(
    r"(?i)\b(?:doi|org|pmid(?:[ \t:]{1,3}\d{1,9})?|pmcid|pmc\d+|https?|dx|www)\b"
    r"|[\s:;,./()\[\]|-]+"
)


def without_own_identifiers(document: Document) -> list[InlineCitation]:
    """The document's inline citations less the page's own identifiers."""
    # A page with no reference list may cite by its identifiers only; one saved while its
    # list was loading has one (its heading stands), and its head is a publisher's.
    loading = document.list_loading and document.references_line is not None
    if not document.inline:
        return document.inline
    if not (document.references or loading):
        return _without_imprint_doi(document)
    lines = document.text.split("\n")
    blocks = _Blocks.of(lines) if document.format == "html" else _Blocks.by_line(lines)
    cited_lines = {
        blocks.place(marker.line, marker.column)[0]
        for claim in document.claims
        for marker in claim.markers
    }
    # Each bare citation beside its copy placed in the blocks, outside blocks citing numbers.
    pairs = [(citation, blocks.moved(citation)) for citation in document.inline]
    pairs = [(c, moved) for c, moved in pairs if _bare(c) and moved.line not in cited_lines]
    placed = [moved for _, moved in pairs]
    if cited_lines:
        own = _heads_own(blocks.lines, placed, min(cited_lines))
        if not own:
            # A byline's superscripts may be read as citations above a head's "First
            # published: ... https://doi.org/..." (Wiley): a dated line above the first
            # sentence of prose is still the head's.
            head_end = _first_prose(blocks.lines, _list_start(document, blocks))
            own = _heads_own(blocks.lines, placed, head_end, _published_metadata)
    else:
        # A page citing by author and year, or by numbers in parentheses citelint does not
        # read, above a list: its head is all above the list, the body's citations being no
        # identifiers (a head with two DOIs is still taken for sources).
        head_end = _first_prose(blocks.lines, _list_start(document, blocks))
        own = _heads_own(blocks.lines, placed, head_end, _dated_metadata)
    if document.references:
        last = document.references[-1]
        own |= _info_blocks_own(blocks.lines, placed, blocks.place(last.line, last.column))
    dropped = {id(c) for c, _ in pairs if _repeats(c.identifier, own) or _data_doi(c)}
    return [citation for citation in document.inline if id(citation) not in dropped]


def _without_imprint_doi(document: Document) -> list[InlineCitation]:
    """A page with no reference list less its own DOI where the page prints it in its
    imprint: labelled "DOI:" alone on its line, next to the copyright line ("DOI:
    10.5555/icm.2025.1187" above "Copyright © 2025 Massachusetts Medical Society.", an Images
    in Medicine page: user31b P1-7). Any other DOI of such a
    page, in its prose or in a list of sources, is what it cites."""
    lines = document.text.split("\n")
    blocks = _Blocks.of(lines) if document.format == "html" else _Blocks.by_line(lines)
    return [
        citation
        for citation in document.inline
        if not (citation.kind == "doi" and _bare(citation))
        or not _in_imprint(blocks.lines, blocks.moved(citation))
    ]


_DOI_LABEL = LazyPattern(r"(?i)doi\s*:?")


def _in_imprint(lines: list[str], citation: InlineCitation) -> bool:
    """Whether a DOI labelled "DOI:" stands alone on its line with the copyright line at most
    two lines above or below."""
    line = lines[citation.line - 1] if citation.line <= len(lines) else ""
    start = max(citation.column - 1, 0)
    # Only a DOI the page labels as its own ("DOI: 10.5555/..."), never a link: an answer
    # page's "Learn more:" links above its copyright footer are its sources (review31b P1-1).
    if "://" in citation.raw or not _DOI_LABEL.fullmatch(_words(line[:start]).strip()):
        return False
    if _words(line[start + len(citation.raw) :]).strip(" .\t"):
        return False
    nearby = [_words(near).strip() for near in lines[max(citation.line - 3, 0) : citation.line + 2]]
    return any(_IMPRINT.match(near) for near in nearby)


def _list_start(document: Document, blocks: _Blocks) -> int:
    """The block where the reference list starts: its first entry, or its heading."""
    first = document.references[0] if document.references else None
    if first is not None:
        return blocks.place(first.line, first.column)[0]
    return blocks.place(document.references_line or 1, 1)[0]


def _first_prose(lines: list[str], until: int) -> int:
    """The line of the first sentence of prose above line ``until`` (eight words or more in
    lower case, ended by a stop), where a page's head ends; ``until`` when there is none
    (review20b: a DOI on a line of its own in the body was taken for the page's). An HTML
    block is judged by its text: "<p>...</p>" ends in its tag (review24b P1-3)."""
    for number, line in enumerate(lines[: until - 1], start=1):
        text = _TAG.sub("", line).rstrip() if "<" in line else line.rstrip()
        if text[-1:] in ".:!?" and len(_LOWERCASE_WORD.findall(text)) >= _PROSE_WORDS:
            return number
    return until


def _data_doi(citation: InlineCitation) -> bool:
    return citation.kind == "doi" and citation.identifier.startswith(DATA_REPOSITORIES)


def _heads_own(
    lines: list[str],
    candidates: list[InlineCitation],
    first_cited: int,
    metadata: Callable[[InlineCitation, str], bool] | None = None,
) -> set[str]:
    """The identifiers the page's head gives as its own: one of each kind at most (a DOI, a
    PMID, a PMC id), however often repeated. A head naming two DOIs lists sources ("Sources"
    above an AI answer), none of them the page's."""
    by_kind: dict[str, set[str]] = {}
    sources = _sources_heading(lines, first_cited)
    for citation in candidates:
        if citation.line >= first_cited or citation.line > sources:
            continue
        line = lines[citation.line - 1] if citation.line <= len(lines) else ""
        if (metadata or _head_metadata)(citation, _words(line[: max(citation.column - 1, 0)])):
            found = by_kind.setdefault(citation.kind, set())
            if not _repeats(citation.identifier, found):
                found.add(citation.identifier)
    return {mine for found in by_kind.values() if len(found) == 1 for mine in found}


def _info_blocks_own(
    lines: list[str], candidates: list[InlineCitation], last: tuple[int, int]
) -> set[str]:
    """The identifier an "Article info" or "Cite this article" block after the reference list
    gives the page ("Identification: DOI: https://doi.org/10.1016/..."): a bare one standing
    after nothing but labels and dates in its block (its HTML paragraph, or its line), the
    only one of its kind past the list. "Further reading: https://doi.org/..." is a source."""
    by_kind: dict[str, set[str]] = {}
    for citation in candidates:
        if (citation.line, citation.column) <= last:
            continue
        line = lines[citation.line - 1] if citation.line <= len(lines) else ""
        before = line[: max(citation.column - 1, 0)]
        opened = [found.start() for found in _BLOCK_TAG.finditer(before)]
        if opened:
            before = before[opened[-1] :]
        words = _words(before)
        if _dated_metadata(citation, words, journal_line=False) or _cite_block(
            lines, citation, words
        ):
            by_kind.setdefault(citation.kind, set()).add(citation.identifier)
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
    """The words of part of a line, without HTML tags (a tag cut at the identifier too) and
    with its entities read: PMC's "PMC10999999&nbsp; PMID:" is labels only (review24b P2-1)."""
    cut = source.rfind("<")
    if cut != -1 and ">" not in source[cut:]:
        source = source[:cut]
    words = _TAG.sub(" ", source)
    if "&" not in words:
        return words
    # Imported here: html's table of entity names loads only for a text that holds one.
    from html import unescape

    return unescape(words)


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


def _dated_metadata(citation: InlineCitation, before: str, journal_line: bool = True) -> bool:
    """Stricter than ``_head_metadata``, for a page whose citations citelint does not read,
    where the head runs down to the list: nothing before the identifier but labels, dates
    and the words of a publication line ("Published: 12 March 2024 · https://doi.org/...",
    "First published online ..."), or the journal's citation line ("Diabetes Care
    2024;47(Supplement_1):S158–S178"). A bullet naming a topic ("- Dapagliflozin: doi:10...")
    is an AI note citing by identifier. Past the list (``journal_line`` False) a journal's
    line is a source's ("Further reading" + "Diabetes Care 2024;47:S179 https://doi..."),
    review30b P1-3."""
    if not _head_metadata(citation, before):
        return False
    if all(word.lower() in _PUBLICATION_WORDS for word in _LETTERS.findall(before)):
        return True
    if not (journal_line and citation.kind == "doi"):
        return False
    return _JOURNAL_LINE.fullmatch(_DOI_LABEL_AT_END.sub("", before.strip())) is not None


def _published_metadata(citation: InlineCitation, before: str) -> bool:
    """``_dated_metadata`` on a line that says it dates the publication ("First published:
    11 March 2025"): a bare identifier on a line of its own may be a source's."""
    if not _dated_metadata(citation, before):
        return False
    return any(word.lower() in _PUBLISHED_LABELS for word in _LETTERS.findall(before))


def _cite_block(lines: list[str], citation: InlineCitation, words: str) -> bool:
    """Whether an identifier stands in the block that gives the page's own citation, under
    its label: "<p>Cite this article</p><p>Okafor, M. et al. ... https://doi.org/...</p>",
    "How to cite this article: Okafor M, ... doi:10...". Only the nearest block above it
    may hold the label alone (a blank line aside). ``words``: the words before the
    identifier on its line (_words)."""
    if _CITE_LABEL_OPENING.match(words):
        return True
    for number in range(citation.line - 1, max(citation.line - 3, 0), -1):
        above = _words(lines[number - 1]).strip() if number <= len(lines) else ""
        if above:
            return _CITE_LABEL_ALONE.fullmatch(above) is not None
    return False


def _labels_only(words: str) -> bool:
    return not _LABELS.sub("", words)


def _repeats(identifier: str, own: set[str]) -> bool:
    """The page's own identifier again, or a figure's, table's or supplement's DOI under it."""
    return identifier in own or any(identifier.startswith(f"{mine}.") for mine in own)


class _Blocks:
    """The page cut into blocks, each an HTML block (from its opening tag to the next) or a
    line of other text, and where a place in the source (line, column) stands in them.

    A plain class: a dataclass compiles its methods when its module is imported, a cost every
    short check pays (issue 13)."""

    def __init__(self, lines: list[str], starts: list[list[int]], first_block: list[int]):
        self.lines = lines
        # Per source line: the offsets where its blocks start, and its first block's number.
        self.starts = starts
        self.first_block = first_block

    @classmethod
    def by_line(cls, lines: list[str]) -> _Blocks:
        return cls(lines, [[0]] * len(lines), list(range(1, len(lines) + 1)))

    @classmethod
    def of(cls, lines: list[str]) -> _Blocks:
        blocks: list[str] = []
        starts: list[list[int]] = []
        first_block: list[int] = []
        for line in lines:
            cuts = [0] + [found.start() for found in _BLOCK_TAG.finditer(line) if found.start()]
            starts.append(cuts)
            first_block.append(len(blocks) + 1)
            blocks.extend(
                line[start:end] for start, end in zip(cuts, [*cuts[1:], len(line)], strict=True)
            )
        return cls(blocks, starts, first_block)

    def place(self, line: int, column: int) -> tuple[int, int]:
        """The block and the column in it of a place in the source (one past the source's
        end stays past the blocks' end)."""
        if not 1 <= line <= len(self.starts):
            return line - len(self.starts) + len(self.lines), column
        cuts = self.starts[line - 1]
        index = max(bisect.bisect_right(cuts, column - 1) - 1, 0)
        return self.first_block[line - 1] + index, column - cuts[index]

    def moved(self, citation: InlineCitation) -> InlineCitation:
        line, column = self.place(citation.line, citation.column)
        if (line, column) == (citation.line, citation.column):
            return citation
        return dataclasses.replace(citation, line=line, column=column)
