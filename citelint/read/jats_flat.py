"""A JATS article flattened into Markdown-like text that remembers where each piece came from.

Section titles become "## ..." lines, each paragraph, list item and table row one line of
its own (so its sentences can be cut into claims), and the text of every ``<xref>`` keeps its
span and ``rid``. Formulas, figures' images and the article's metadata are left out; so is
the reference list when its entries are read from their tags instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citelint.read.lines import anchored_place
from citelint.read.xmltree import Element, Text

# Metadata, formulas and other matter that holds no claim; sub-articles (peer review reports,
# replies) are articles of their own with their own references.
_SKIPPED = frozenset(
    [
        "journal-meta",
        "title-group",
        "contrib-group",
        "aff",
        "aff-alternatives",
        "author-notes",
        "pub-date",
        "history",
        "permissions",
        "kwd-group",
        "funding-group",
        "counts",
        "custom-meta-group",
        "article-categories",
        "article-id",
        "self-uri",
        "related-article",
        "processing-meta",
        "sub-article",
        "response",
        "disp-formula",
        "inline-formula",
        "tex-math",
        "math",
        "graphic",
        "inline-graphic",
        "media",
        "object-id",
        "alt-text",
        "long-desc",
        "code",
        "preformat",
    ]
)
# Elements whose children are blocks: they never hold running text of their own.
_CONTAINERS = frozenset(
    [
        "body",
        "back",
        "sec",
        "abstract",
        "trans-abstract",
        "ack",
        "app",
        "app-group",
        "fn-group",
        "fn",
        "glossary",
        "def-list",
        "def-item",
        "fig",
        "fig-group",
        "caption",
        "table-wrap",
        "table-wrap-group",
        "table-wrap-foot",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "boxed-text",
        "disp-quote",
        "statement",
        "list",
        "floats-group",
        "notes",
        "supplementary-material",
        "array",
    ]
)
# Tables and figures kept after the body (in <floats-group>, or an appendix in <back>):
# Vancouver numbers their citations where the text first calls them out, so where they stand
# in the file says nothing of the order (Marker.floating). A table in <body> stands by its
# call-out and is held to the order.
_FLOATS = frozenset(["table-wrap", "fig"])
_TITLED = frozenset(["sec", "abstract", "trans-abstract", "ack", "app", "notes", "boxed-text"])
_LIST_NUMBER = re.compile(r"[(\[]?(\d{1,4})[.)\]]?")


@dataclass
class Xref:
    start: int  # flat offsets of the element's text
    end: int
    rids: list[str]
    ref_type: str
    floating: bool = False  # in a table or figure after the body (see _FLOATS)
    # In a <supplementary-material>'s caption, which says where the material comes from and
    # claims nothing a cited abstract must support (a false CL302, user33b P1-4).
    supplement: bool = False


@dataclass
class Flat:
    """The flattened article: text, the blocks cut from it, and the xrefs inside them."""

    text: str
    blocks: list[tuple[int, int]]
    xrefs: list[Xref]
    # (flat offset, source line, source column, how many characters match the source)
    anchors: list[tuple[int, int, int, int]] = field(repr=False)

    def locate(self, offset: int) -> tuple[int, int]:
        return anchored_place(self.anchors, offset)


class _Flattener:
    def __init__(self, skip: frozenset[str]) -> None:
        self.skip = _SKIPPED | skip
        self.pieces: list[str] = []
        self.length = 0
        self.anchors: list[tuple[int, int, int, int]] = []
        self.blocks: list[tuple[int, int]] = []
        self.xrefs: list[Xref] = []
        self.block_start: int | None = None
        self.in_block = 0  # open elements whose text belongs to a block
        self.item_prefix: str | None = None  # a list item's number, until its first paragraph
        self.containers: list[str] = []  # the open containers, outermost first
        self.position = (1, 1)

    def emit(self, flat: str) -> None:
        self.anchors.append((self.length, *self.position, 0))
        self.pieces.append(flat)
        self.length += len(flat)

    def text(self, node: Text) -> None:
        if self.block_start is None:
            if not self.in_block and not node.value.strip():
                return
            self.open_block("")
        self.position = (node.line, node.column)
        line, column = node.line, node.column
        for index, piece in enumerate(node.value.split("\n")):
            if index:
                line, column = line + 1, 1
                self.pieces.append(" ")
                self.length += 1
            self.anchors.append((self.length, line, column, len(piece) if node.exact else 0))
            self.pieces.append(piece.replace("\t", " "))
            self.length += len(piece)

    def open_block(self, prefix: str) -> None:
        self.close_block()
        self.emit("\n\n" + prefix)
        self.block_start = self.length

    def close_block(self) -> None:
        if self.block_start is not None and self.length > self.block_start:
            self.blocks.append((self.block_start, self.length))
        self.block_start = None

    def walk(self, element: Element, parent: str = "") -> None:
        tag = element.tag
        if tag in self.skip or tag == "label":
            return
        self.position = (element.line, element.column)
        if tag == "title" and parent in _TITLED:
            self.close_block()
            self.emit("\n\n## ")
            self._inline(element)
            self.emit("\n\n")
        elif tag == "list":
            self._list(element)
        elif tag == "tr" and any(_citation_cell(cell) for cell in element.elements()):
            self._row(element)
        elif tag == "tr":
            self.open_block("| ")
            for cell in element.elements():
                self._in_block(cell)
                self.emit(" | ")
            self.close_block()
        elif tag == "p" or tag == "title" or tag == "term" or tag == "def":
            if self.item_prefix is not None and tag == "p":
                self.item_prefix = None
                self._inline(element)
            else:
                self.open_block("")
                self._in_block(element)
        elif tag in _CONTAINERS or parent == "":
            self.close_block()
            self.containers.append(tag)
            for child in element.elements():
                self.walk(child, tag)
            self.containers.pop()
            self.close_block()
        else:
            self._inline(element)

    def _row(self, row: Element) -> None:
        """A row with a cell of citations only (a "Ref." column's "4" or "[4]") is one block,
        "| drug | result | 4 |", which cites the whole row, as a Word table's row does: cut
        into a block per cell, the lone xref cited nothing (a false CL102, user33b P1-2)."""
        self.open_block("")
        self.emit("| ")
        self.in_block += 1
        for cell in row.elements():
            self._inline(cell)
            self.emit(" | ")
        self.in_block -= 1
        self.close_block()

    def _in_block(self, element: Element, item: bool = False) -> None:
        self.in_block += 1
        self.item_prefix = "" if item else None
        self._inline(element)
        self.item_prefix = None
        self.in_block -= 1
        self.close_block()

    def _inline(self, element: Element) -> None:
        if element.tag == "xref" and self.in_block and self.block_start is None:
            # Its text would open the block after the xref's start, leaving it out of the
            # block (a cell opening with a citation: "<td><xref>Lee 2019</xref> found ...").
            self.open_block("")
        start = self.length
        for child in element.children:
            if isinstance(child, Text):
                self.text(child)
            elif child.tag == "label" or _footnote_mark(child):
                continue
            elif child.tag in self.skip or child.tag in ("break", "hr"):
                self.emit(" ")
            elif child.tag in _CONTAINERS or child.tag in ("p", "tr"):
                self.walk(child, element.tag)
            else:
                self._inline(child)
        if element.tag == "xref":
            rids = element.attr("rid").split()
            kind = element.attr("ref-type")
            floating = "floats-group" in self.containers or (
                "back" in self.containers and not _FLOATS.isdisjoint(self.containers)
            )
            supplement = "supplementary-material" in self.containers
            self.xrefs.append(Xref(start, self.length, rids, kind, floating, supplement))

    def _list(self, element: Element) -> None:
        """Items of an ordered list are numbered "N. " (their label's number when they have
        one), so a reference list written as a list reads as one."""
        ordered = element.attr("list-type") in ("order", "arabic")
        counter = 0
        self.close_block()
        for child in element.elements():
            if child.tag != "list-item":
                self.walk(child, "list")
                continue
            counter += 1
            label = child.find("label")
            number = _LIST_NUMBER.fullmatch(label.text().strip()) if label is not None else None
            if number:
                counter = int(number[1])
            elif label is not None and label.text().strip():
                ordered = False  # "a)", "•": not a numbered list
            self.open_block(f"{counter}. " if ordered else "- ")
            self._in_block(child, item=True)


def _citation_cell(cell: Element) -> bool:
    """Whether a table cell holds citations and nothing else but brackets and separators."""
    xrefs = [xref for xref in cell.iter("xref") if xref.attr("ref-type") in ("bibr", "")]
    if not xrefs:
        return False
    rest = cell.text()
    for xref in xrefs:
        rest = rest.replace(xref.text(), "", 1)
    return not rest.strip(" \t\n[](),;-\u2013")


def _footnote_mark(element: Element) -> bool:
    """Whether the element is a footnote's letter or symbol ("a", "*", "†"): left out, it was
    glued to the sentence it follows ("events.a", user27 P3-1) and kept the next sentence
    from being cut off. A numeric mark stays: an article without cited xrefs reads its
    markers from the text."""
    if element.tag != "xref" or element.attr("ref-type") not in ("fn", "table-fn"):
        return False
    return not any(character.isdigit() for character in element.text())


def flatten(article: Element, skip: frozenset[str] = frozenset()) -> Flat:
    """The article's running text, as blocks; elements named in ``skip`` are left out."""
    flattener = _Flattener(skip)
    for part in article.elements():
        if part.tag == "front":
            meta = part.find("article-meta")
            for abstract in meta.elements() if meta is not None else ():
                if abstract.tag in ("abstract", "trans-abstract"):
                    flattener.walk(abstract, "front")
        else:
            flattener.walk(part, "article")
    flattener.close_block()
    text = "".join(flattener.pieces)
    return Flat(text, flattener.blocks, flattener.xrefs, flattener.anchors)
