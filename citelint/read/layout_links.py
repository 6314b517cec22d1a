"""The entries of a page's reference list that are nothing but a labelled link, read as
inline citations of the link instead (layout.py asks, and loads this module, only for a page
with a list and a link)."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from citelint.read.layout import block_citations
from citelint.read.layout_blocks import block_span, paragraphs

if TYPE_CHECKING:
    from citelint.models import Reference
    from citelint.read.inline import Definition
    from citelint.read.layout import Layout, Page
    from citelint.read.lines import Line


def link_labelled_entries(
    page: Page,
    section: tuple[int, int],
    listed: list[Reference],
    definitions: dict[str, Definition],
    layout: Layout,
) -> None:
    """Make inline citations of the entries of the list at ``section`` that are nothing but
    a labelled link (``link_entries``). The section's citations are read only when an
    entry's whole text is a link's label; most pages have no labelled link, or only labels
    ("PubMed", "Crossref") shorter than every entry, and their entries' words are then never
    needed."""
    lines = page.lines
    others = set(range(len(lines))).difference(range(section[0], section[1])) | page.headings
    linked = [block for block in paragraphs(lines, others, page.markdown) if _has_link(page, block)]
    if linked:
        from citelint.read.labelled_entries import longest_label, may_be_labelled

        longest = longest_label(page.text, [block_span(block) for block in linked], page.links)
        if longest and not may_be_labelled(listed, longest):
            return
    labels = {label for block in linked for label in _block_labels(page, block, definitions)}
    if not labels:
        return
    from citelint.read.labelled_entries import labels_name_an_entry, link_entries

    if labels_name_an_entry(labels, listed):
        section_citations = [
            citation for block in linked for citation in block_citations(page, block, definitions)
        ]
        kept, moved = link_entries(listed, section_citations, bool(layout.claims))
        layout.references = kept + layout.references[len(listed) :]
        layout.inline += moved


def _block_labels(page: Page, block: list[Line], definitions: dict[str, Definition]) -> set[str]:
    from citelint.read.labelled_entries import link_labels

    base, end = block_span(block)
    return link_labels(page.text[base:end], base, page.locate, page.links, definitions)


def _has_link(page: Page, block: list[Line]) -> bool:
    """Whether the block holds a Markdown or HTML link, which may be labelled."""
    base, end = block_span(block)
    words = page.text[base:end]
    # The links are in order of where their words start (see read_html).
    first = bisect_left(page.links, base, key=lambda link: link.text_start)
    linked = first < len(page.links) and page.links[first].text_start < end
    return linked or "](" in words or "][" in words
