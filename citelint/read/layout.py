"""Articles laid out in lines (plain text, Markdown, and HTML once flattened): where the body,
the reference list and the boilerplate are, and what each holds.

The reference list is found by reference_list.py and cut into entries by list_entries.py.
Markdown footnote definitions are entries wherever they are. The body's paragraphs and its
boilerplate are told by layout_blocks.py; entries that are only a link's label by layout_links.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from citelint.models import Claim, Document, Reference
from citelint.read.bylines import without_head_bylines
from citelint.read.citing import page_citations
from citelint.read.claim_words import ClaimWords, mark_floating
from citelint.read.claims import blank_spans, marker_claims
from citelint.read.clues import may_cite
from citelint.read.column_lists import in_column_order
from citelint.read.footnotes import footnote_definitions, footnote_entries
from citelint.read.found import Found, calls_note, side_by_side_links
from citelint.read.layout_blocks import (
    block_span,
    boilerplate_end,
    boilerplate_sections,
    paragraphs,
)
from citelint.read.lines import (
    Line,
    Locate,
    heading_lines,
    line_locator,
    lines_locator,
    split_lines,
)
from citelint.read.list_entries import EntryNumbers, read_entries
from citelint.read.markers import find_markers
from citelint.read.prose_candidates import in_prose, page_notes
from citelint.read.reference_list import (
    bracketed_list,
    endnote_list,
    last_numbered_list,
    looks_like_references,
    notes_section,
    only_notes,
    reference_part,
)
from citelint.read.running_heads import body_furniture, without_running_heads

if TYPE_CHECKING:
    from citelint.inline_citation import InlineCitation
    from citelint.read.inline import Definition, LinkSpan

__all__ = ["Layout", "line_locator", "read_layout", "split_lines"]


# Layout and Page are plain classes: a dataclass compiles its methods when its module is
# imported, a cost every short check pays (issue 13).
class Layout:
    """What the layout of a page gives: its claims, entries and inline citations."""

    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.references: list[Reference] = []
        self.references_line: int | None = None  # 1-based line of the reference heading
        self.inline: list[InlineCitation] = []
        # Builds the claims with their words, when the reading left them for later.
        self.claim_words: Callable[[], list[Claim]] | None = None
        # The chapters before the last of a page with a list per chapter (read.chapters).
        self.chapters: list[Layout] = []

    def chapter_documents(self, path: str, format_name: str, text: str) -> list[Document]:
        """A Document for each of ``chapters``, of the file at ``path``."""
        if not self.chapters:  # most pages have one list
            return []
        from citelint.read.chapters import chapter_documents

        return chapter_documents(path, format_name, text, self.chapters)


def read_layout(
    text: str,
    markdown: bool,
    locate: Locate | None = None,
    wording: Callable[[], str] | None = None,
    links: Sequence[LinkSpan] = (),
    claim_text: bool = True,
    plain: bool = False,
) -> Layout:
    """Claims, references and inline citations of ``text``; Markdown-only syntax is used when
    ``markdown``.

    ``locate`` tells an offset's line and column in the file; None when ``text`` is the
    file's own lines (plain text, Markdown), told then from the lines the page is cut into.
    ``wording``, when given, makes ``text`` with some hidden words shown again (inline code),
    at the same offsets: claims take their words from it, and everything else from ``text``.
    ``links`` are the HTML reader's identifier links, in ``text``'s offsets, in order of
    where their words start.
    ``plain``: the text is a plain-text file's, which may be a PDF's, with its page furniture
    ("Page 1 of 3", its own "Citation: ...") in the body.
    Without ``claim_text`` the paragraphs are not cut into sentences: each paragraph's markers
    make one claim with no text, which is all that rules reading only markers need; the
    layout's ``claim_words`` then builds the claims with their words if a run reads them.
    """
    if links:
        wording = _without_addresses(text, wording, [(ln.text_end, ln.end) for ln in links])
    lines = split_lines(text)
    if locate is None:
        locate = lines_locator(lines)
    page = Page(text, lines, markdown, locate, wording, links, claim_text, plain)
    page.headings = heading_lines(page.lines, markdown)
    found = reference_part(page.lines, page.headings, markdown, page.numbers)
    if found:
        section, part_start = found
        layout = _read(page, section, part_start)
        layout.references_line = locate(page.lines[section[0] - 1].start)[0]
        if part_start:
            layout.chapters = _chapters(page, section, part_start)
        return layout
    bracketed = bracketed_list(page.lines)
    if bracketed:
        layout = _read(page, bracketed)
        if not only_notes(layout.references):
            return layout
        # Footnotes with no heading: calling them cites nothing (user30b P1-12).
        page.footnotes = frozenset(entry.number for entry in layout.references)
        return _read(page, None)
    return _list_by_shape(page)


def _list_by_shape(page: Page) -> Layout:
    """The layout of a page with no reference heading and no bracketed list: its list is one
    told by its shape (endnotes, a numbered list that ends the page, a Notes section), kept
    only if the text cites into it."""
    section = endnote_list(page.lines) or last_numbered_list(
        page.lines, page.headings, page.markdown, page.numbers
    )
    notes = section is None
    if notes:
        section = notes_section(page.lines, page.headings, page.markdown, page.numbers)
    if section is None:
        return _read(page, None)
    # Numbers in parentheses, read only because a list is there, would be that list's own
    # evidence.
    page.parentheses = False
    layout = _read(page, section)
    if not looks_like_references(layout.references) or not _cites_into(layout):
        return _read(page, None)  # a list of steps, or one the text never cites
    if notes:
        layout.references_line = page.locate(page.lines[section[0] - 1].start)[0]
    return layout


def _without_addresses(
    text: str, wording: Callable[[], str] | None, spans: list[tuple[int, int]]
) -> Callable[[], str]:
    """The claims' words with the address written after each identifier link blanked: it
    is where the link goes, not the sentence's words; its digits ("10.1097", a PMID) were
    the claim's numbers (CL301). Made only when a claim's words are (see ``wording``)."""

    def words() -> str:
        return blank_spans(text if wording is None else wording(), spans)

    return words


class Page:
    """A page being read, and what every step of the reading needs of it."""

    def __init__(
        self,
        text: str,
        lines: list[Line],
        markdown: bool,
        locate: Locate,
        wording: Callable[[], str] | None,
        links: Sequence[LinkSpan],
        claim_text: bool,
        plain: bool,
    ) -> None:
        self.text = text
        self.lines = lines
        self.markdown = markdown
        self.locate = locate
        self.wording = wording
        self.links = links
        self.claim_text = claim_text
        self.headings: set[int] = set()
        # Each line's entry number, read once by finding the list and by cutting it.
        self.numbers = EntryNumbers()
        self.parentheses = True  # whether numbers in parentheses may be read as citations
        self.plain = plain  # a plain-text file's (see read_layout)
        self.footnotes: frozenset[int] = frozenset()  # notes' numbers, read as no citation

    @cached_property
    def link_words(self) -> list[tuple[int, int]]:
        """Where each identifier link's words start and end, in order."""
        return [(link.text_start, link.text_end) for link in self.links]

    @cached_property
    def words(self) -> str:
        """The text claims take their words from (see read_layout's ``wording``): made once,
        as a page may be laid out more than once."""
        return self.wording() if self.wording is not None else self.text


def _chapters(page: Page, section: tuple[int, int], part_start: int) -> list[Layout]:
    """Each chapter before the last read with its own list, when read.chapters finds them
    and each chapter cites its own list alone; a chapter in doubt, and those before it, are
    not read."""
    from citelint.read.chapters import chapter_lists, cites_only_its_list

    found = chapter_lists(page.lines, page.headings, page.markdown, part_start, section)
    chapters: list[Layout] = []
    for chapter in reversed(found):
        layout = _read(page, chapter.section, chapter.start, chapter.section[1])
        # One entry under its list's heading is a list (an abstract book's abstract).
        if not looks_like_references(layout.references, fewest=1):
            break
        if not cites_only_its_list(layout.claims, layout.references):
            break
        layout.references_line = page.locate(page.lines[chapter.section[0] - 1].start)[0]
        chapters.append(layout)
    return chapters[::-1]


def _read(
    page: Page, section: tuple[int, int] | None, part_start: int = 0, part_end: int | None = None
) -> Layout:
    """Claims and references of the page, with its reference list at ``section``; the lines
    before ``part_start`` and from ``part_end`` on (chapters citing lists of their own) are
    not read."""
    lines, headings, markdown, locate = page.lines, page.headings, page.markdown, page.locate
    layout = Layout()
    skipped = set(range(section[0], section[1])) if section else set()
    skipped |= set(range(part_start))
    if part_end is not None:
        skipped |= set(range(part_end, len(lines)))
    if section:
        if section[1] < len(lines) and section[1] not in headings:
            skipped |= set(range(section[1], boilerplate_end(lines, section[1], headings)))
        entry_lines = in_column_order(without_running_heads(page.text, lines, section))
        layout.references = read_entries(entry_lines, markdown, locate, page.numbers)
    listed = list(layout.references)
    for start, end in boilerplate_sections(lines, headings, markdown):
        skipped |= set(range(start, end))
    if page.plain:  # "Page 1 of 3", "Citation: ..." (user29b P1-7, P1-8)
        skipped |= body_furniture(lines, listed=section is not None)
    if markdown:
        footnotes = footnote_definitions(lines, skipped)
        skipped |= {line.number for entry in footnotes for line in entry}
        layout.references += footnote_entries(footnotes, listed, locate)
    definitions = _link_definitions(page.text) if markdown else {}
    blocks = paragraphs(lines, skipped | headings, markdown)
    layout.claims = _claims(page, blocks, layout)
    for block in blocks:
        layout.inline += block_citations(page, block, definitions)
    # Only an entry's whole text being a link's label makes it a link: most pages hold no
    # link at all (no block then has one, see layout_links).
    if listed and section and (page.links or "](" in page.text or "][" in page.text):
        from citelint.read.layout_links import link_labelled_entries

        link_labelled_entries(page, section, listed, definitions, layout)
    layout.inline.sort(key=lambda citation: (citation.line, citation.column))
    return layout


# The inline-citation reader (read.inline) is imported where a page may hold a citation: a
# page with no link, link definition or identifier's word never needs it.


def _link_definitions(text: str) -> dict[str, Definition]:
    if "]:" not in text:  # every definition has one
        return {}
    from citelint.read.inline import link_definitions

    return link_definitions(text)


def block_citations(
    page: Page, block: list[Line], definitions: dict[str, Definition]
) -> list[InlineCitation]:
    base, end = block_span(block)
    text = page.text[base:end]
    if not page.links and not definitions and not may_cite(text):
        return []  # as find_inline finds: no HTML link, definition or identifier's word
    from citelint.read.inline import find_inline

    return find_inline(text, base, page.locate, page.links, definitions)


def _linked(page: Page, base: int, text: str, markers: list[Found]) -> list[Found]:
    if not page.links:
        return markers
    return side_by_side_links(markers, text, base, page.link_words)


def _claims(page: Page, blocks: list[list[Line]], layout: Layout) -> list[Claim]:
    """The claims of the body's paragraphs, with the markers the page means as citations;
    without the page's ``claim_text``, one claim without words a paragraph, and the layout's
    ``claim_words`` to build them as they would have been."""
    spans = [block_span(block) for block in blocks]
    texts = [page.text[start:end] for start, end in spans]
    heads: dict[int, int | None] = {}  # each table row's column of citations, if any
    found: list[tuple[int, str, list[Found]]] = []
    for (start, _), text in zip(spans, texts, strict=True):
        candidates = _candidates(page, start, text, layout, heads)
        found.append((start, text, in_prose(text, _linked(page, start, text, candidates))))
    supplement = _cited_in_supplement(page.text) if page.parentheses else frozenset()
    cited = page_citations(found, layout.references, page.parentheses, supplement)
    # A superscript calling a note the page defines, and naming no entry, is no citation.
    notes = page_notes(texts) - {entry.number for entry in layout.references}
    if notes:  # most pages define none: no marker calls one
        cited = [[m for m in markers if not calls_note(m, notes)] for markers in cited]
    if page.footnotes:
        cited = [[m for m in ms if not set(m.numbers) <= page.footnotes] for ms in cited]
    if any(text.lstrip().startswith("|") for text in texts):  # a table's row: few pages
        from citelint.read.table_notes import without_table_notes

        cited = without_table_notes(texts, cited)
    cited = without_head_bylines(texts, cited)
    paragraphs = [(base, end, markers) for (base, end), markers in zip(spans, cited, strict=True)]
    words = ClaimWords(page.text, page.locate, [p for p in paragraphs if p[2]], page.wording)
    if page.claim_text:
        return words.claims(page.words)
    claims: list[Claim] = []
    for base, _, markers in paragraphs:
        made = marker_claims(base, markers, page.locate)
        mark_floating(page.text, base, markers, made)
        claims += made
    layout.claim_words = words.claims
    return claims


def _candidates(
    page: Page, start: int, text: str, layout: Layout, heads: dict[int, int | None]
) -> list[Found]:
    found = find_markers(text, unsure=True)
    if not layout.references or ("|" not in text and "\t" not in text):
        return found
    from citelint.read.table_columns import with_cited_cells  # few pages cite in a column

    return with_cited_cells(found, page.text, start, start + len(text), heads)


def _cites_into(layout: Layout) -> bool:
    """Whether a citation of the text names only entries of the list."""
    numbers = {entry.number for entry in layout.references}
    return any(
        set(marker.numbers) <= numbers for claim in layout.claims for marker in claim.markers
    )


def _cited_in_supplement(text: str) -> frozenset[int]:
    """The entries the page says only its supplement cites (asked only of a page citing in
    parentheses, whose reader alone loads the module)."""
    from citelint.read.supplement_refs import cited_in_supplement

    return frozenset(cited_in_supplement(text))
