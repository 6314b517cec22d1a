"""The text of one Word paragraph as a reader sees it, run by run.

Runs sit inside hyperlinks, content controls (Mendeley), simple fields, tracked insertions and
smart tags; all of those are read through. A complex field is code then result
(``fldChar begin`` … ``separate`` … ``end``): only the result shows, so EndNote's and Zotero's
field codes are skipped and the citation they display is kept. Alternate content (``mc:``)
is read once, its first choice holding words or else its fallback (a symbol Word 2016 writes
as a ``w16se`` choice and the character as the fallback), and a symbol (``w:sym``) as the
character it shows, and so is the text of a run set in the Symbol font
(read/docx_symbols.py). Deleted text, hidden text,
drawings, text boxes and equations are not part of the paragraph's words; a text box's own
paragraphs are read after the paragraph that anchors it (``text_boxes``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from citelint.read.docx_package import W_NAMESPACES, Package, attribute, child, local
from citelint.read.docx_symbols import symbol_font_text, symbol_text

_MARKUP_COMPATIBILITY = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE_CONTENT = f"{_MARKUP_COMPATIBILITY}AlternateContent"
# Containers whose runs are part of the paragraph's text.
_THROUGH = frozenset(
    [
        "hyperlink",
        "ins",
        "moveTo",
        "smartTag",
        "sdt",
        "sdtContent",
        "fldSimple",
        "customXml",
        "dir",
        "bdo",
    ]
)
_CHARACTERS = {"tab": " ", "br": " ", "cr": " ", "noBreakHyphen": "-", "ptab": " "}
_IDENTIFIER_LINK = re.compile(r"pubmed|ncbi\.nlm\.nih\.gov|doi\.org", re.IGNORECASE)
_OFF = ("0", "false", "off")


@dataclass
class Piece:
    text: str
    superscript: bool = False
    note: str | None = None  # the id of the footnote or endnote this mark cites
    kind: str = ""  # "footnote" or "endnote" for a note mark
    address: bool = False  # a link's address, written after its words: none of the sentence's
    words: int = 0  # for an address: how many pieces before it are the link's words (1 or more)


@dataclass
class Paragraph:
    element: etree._Element
    pieces: list[Piece]
    prefix: str = ""  # "# " for a heading, "3. " for an automatically numbered item
    row: etree._Element | None = None  # the table row it is a cell of (see docx_tables)
    cell: int = 0
    line: int = 0  # its place in the body, or past the body's end for a note's paragraph
    # A reference table's row is one line (docx_tables): a cell's paragraph continues the line
    # ("joined"), an evidence level is counted but not read ("hidden"), and a number alone
    # is written "1." ("suffix").
    joined: bool = False
    hidden: bool = False
    suffix: str = ""

    @property
    def visible(self) -> str:
        return "".join(piece.text for piece in self.pieces if piece.note is None)


class _Reader:
    def __init__(self, package: Package, paragraph_font: str = "") -> None:
        self.package = package
        self.paragraph_font = paragraph_font  # the font its paragraph's style sets, or ""
        self.pieces: list[Piece] = []
        self.fields: list[bool] = []  # per open complex field: True once its result shows

    def container(self, element: etree._Element) -> None:
        for item in element:
            name = local(item)
            if name == "r":
                self.run(item)
            elif name in _THROUGH:
                start = len(self.pieces)
                self.container(item)
                if name == "hyperlink":
                    self.link(item, start)
            elif item.tag == _ALTERNATE_CONTENT:
                chosen = _chosen(item)
                if chosen is not None:
                    self.container(chosen)

    def run(self, run: etree._Element) -> None:
        properties = child(run, "rPr")
        hidden = child(properties, "vanish")
        if hidden is not None and attribute(hidden, "val") not in _OFF:
            return
        superscript = self.superscript(properties)
        in_symbol = self.font(properties).strip().lower() == "symbol"
        self.run_items(run, superscript, in_symbol)

    def font(self, properties: etree._Element | None) -> str:
        """The font Word shows a run's characters past ASCII in: its "hAnsi" font, else its
        "ascii" one, set on the run, by its character style (a "Symbol" style's "³" is ≥,
        read as citation [3] it was a false CL101), or else by its paragraph's style."""
        fonts = child(properties, "rFonts")
        font = attribute(fonts, "hAnsi") or attribute(fonts, "ascii")
        if font or properties is None:
            return font or self.paragraph_font
        style = attribute(child(properties, "rStyle"), "val")
        styled = (found.font for found in self.package.style_chain(style) if found.font)
        return next(styled, self.paragraph_font)

    def run_items(self, items: etree._Element, superscript: bool, in_symbol: bool) -> None:
        for item in items:
            if item.tag == _ALTERNATE_CONTENT:
                chosen = _chosen(item)
                if chosen is not None:
                    self.run_items(chosen, superscript, in_symbol)
                continue
            name = local(item)
            if name == "fldChar":
                self.field_char(attribute(item, "fldCharType"))
            elif not all(self.fields):
                continue  # inside a field's code
            elif name == "t":
                text = symbol_font_text(item.text or "") if in_symbol else item.text or ""
                self.pieces.append(Piece(text, superscript))
            elif name in _CHARACTERS:
                self.pieces.append(Piece(_CHARACTERS[name], superscript))
            elif name == "sym":
                shown = symbol_text(attribute(item, "font"), attribute(item, "char"))
                if shown:
                    self.pieces.append(Piece(shown, superscript))
            elif name in ("footnoteReference", "endnoteReference"):
                custom = attribute(item, "customMarkFollows") in ("1", "true", "on")
                if not custom:
                    kind = name.removesuffix("Reference")
                    self.pieces.append(Piece("", True, attribute(item, "id"), kind))

    def field_char(self, kind: str) -> None:
        if kind == "begin":
            self.fields.append(False)
        elif kind == "separate" and self.fields:
            self.fields[-1] = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    def superscript(self, properties: etree._Element | None) -> bool:
        align = attribute(child(properties, "vertAlign"), "val")
        if align:
            return align == "superscript"
        style = attribute(child(properties, "rStyle"), "val")
        for found in self.package.style_chain(style):
            if found.superscript is not None:
                return found.superscript
        return False

    def link(self, hyperlink: etree._Element, start: int) -> None:
        """A link to PubMed or a DOI keeps its address, which the entry may not print."""
        target = self.package.links.get(_relationship_id(hyperlink), "")
        shown = "".join(piece.text for piece in self.pieces[start:])
        words = len(self.pieces) - start
        # A link with no words shows nothing to follow: its address is no part of the page.
        if words and _IDENTIFIER_LINK.search(target) and target not in shown:
            self.pieces.append(Piece(f" {target} ", address=True, words=words))


def _chosen(alternate: etree._Element) -> etree._Element | None:
    """Which copy of alternate content to read, once: the first choice that shows words of
    its own, else the fallback (Word 2016 writes a symbol as a ``w16se:symEx`` choice and
    the character as the fallback; a shape's two copies show no words: its text box is read
    by ``text_boxes``)."""
    fallback = None
    for branch in alternate:
        if branch.tag == f"{_MARKUP_COMPATIBILITY}Choice" and _shows_words(branch):
            return branch
        if branch.tag == f"{_MARKUP_COMPATIBILITY}Fallback":
            fallback = branch
    return fallback


def _shows_words(branch: etree._Element) -> bool:
    """Whether a copy holds text of the paragraph's own (a text box's is not)."""
    for namespace in W_NAMESPACES:
        for text in branch.iter(f"{{{namespace}}}t"):
            if not any(local(parent) == "txbxContent" for parent in _up_to(text, branch)):
                return True
    return False


def _relationship_id(element: etree._Element) -> str:
    for name, value in element.attrib.items():
        # lxml-stubs 0.5 types attribute names and values str | bytes; lxml gives str.
        if name.endswith("}id"):  # type: ignore[arg-type]
            return value  # type: ignore[return-value]
    return ""


def paragraph_pieces(paragraph: etree._Element, package: Package) -> list[Piece]:
    """The paragraph's text in pieces, each superscript or not, and its note marks."""
    style = attribute(child(child(paragraph, "pPr"), "pStyle"), "val")
    chain = package.style_chain(style) if style else []
    reader = _Reader(package, next((found.font for found in chain if found.font), ""))
    reader.container(paragraph)
    return reader.pieces


def text_boxes(paragraph: etree._Element) -> list[etree._Element]:
    """The text boxes (``w:txbxContent``, in a VML shape or a DrawingML one) anchored in a
    paragraph, outermost only (a box in a box is read with its box), in order. Word writes a
    shape twice, as ``mc:Choice`` and as the ``mc:Fallback`` older readers show: the
    fallback's copy is left out, so a box is read once."""
    boxes: list[etree._Element] = []
    for box in paragraph.iter(*(f"{{{namespace}}}txbxContent" for namespace in W_NAMESPACES)):
        if not any(_outer_or_fallback(parent, paragraph) for parent in _up_to(box, paragraph)):
            boxes.append(box)
    return boxes


def _up_to(element: etree._Element, top: etree._Element) -> Iterator[etree._Element]:
    parent = element.getparent()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.getparent()


def _outer_or_fallback(parent: etree._Element, paragraph: etree._Element) -> bool:
    if local(parent) == "txbxContent":
        return True  # a box inside another box: read with the outer box's paragraphs
    if parent.tag != f"{_MARKUP_COMPATIBILITY}Fallback":
        return False
    choice = parent.getprevious()
    while choice is not None and choice.tag != f"{_MARKUP_COMPATIBILITY}Choice":
        choice = choice.getprevious()
    return choice is not None
