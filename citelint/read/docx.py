"""Word ``.docx``: the document's paragraphs in order, read like a Markdown page.

Each paragraph becomes one line of Markdown-like text: a heading style gives "# ...", Word's
automatic list numbering (``w:numPr``, where the number is not in the text) gives "N. ...",
and superscript runs, joined across the runs Word splits them into, give ``<sup>...</sup>``.
Reference-manager fields (EndNote, Zotero, Mendeley) are read as the text they show, never as
their codes; tracked deletions are left out. The text then goes through the same reading as
Markdown and HTML. When the body holds no reference list but cites endnotes (or footnotes)
that read as references, the notes are the list and their marks the citations.

Locations: the line is the paragraph's number, counting every paragraph from the start of the
document (empty ones and table cells too), and the column the character within it; notes
are numbered on after the body's last paragraph. ``Document.text`` holds one paragraph a line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from lxml import etree

from citelint.models import Document
from citelint.read.claims import blank_spans
from citelint.read.docx_package import Package, attribute, child, local, open_package
from citelint.read.docx_runs import Piece, paragraph_pieces
from citelint.read.entries import parse_entry
from citelint.read.inline import LinkSpan
from citelint.read.layout import read_layout
from citelint.whole_numbers import whole_number

_BLOCK_CONTAINERS = frozenset(["body", "sdt", "sdtContent", "customXml", "tbl", "tr", "tc"])
_NOTE_KINDS = ("endnote", "footnote")
_HEADINGS = ("heading ", "title")


# A citation alone in a table cell: "[2]", "[3, 4]", "[5-7]".
_MARKER_ONLY = re.compile(r"\s*\[\d{1,4}(?:\s*[,;\u2013-]\s*\d{1,4}){0,20}\]\s*")


@dataclass
class _Paragraph:
    element: etree._Element
    pieces: list[Piece]
    prefix: str = ""  # "# " for a heading, "3. " for an automatically numbered item

    @property
    def visible(self) -> str:
        return "".join(piece.text for piece in self.pieces if piece.note is None)


@dataclass
class _Flat:
    pieces: list[str] = field(default_factory=list)
    length: int = 0
    anchors: list[tuple[int, int, int, int]] = field(default_factory=list)
    # The offsets of the links' addresses (see docx_runs.Piece.address): claims leave them out.
    addresses: list[tuple[int, int]] = field(default_factory=list)
    # The PubMed and DOI links, their words and addresses, as the HTML reader gives them: the
    # words are the link's label (CL209).
    links: list[LinkSpan] = field(default_factory=list)

    def add(self, text: str, line: int, column: int, exact: bool) -> None:
        self.anchors.append((self.length, line, column, len(text) if exact else 0))
        self.pieces.append(text)
        self.length += len(text)

    def wording(self) -> str:
        """The text with the addresses blanked, for the claims' words."""
        return blank_spans("".join(self.pieces), self.addresses)

    def locate(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect_right(self.anchors, (offset, 1 << 62)) - 1)
        start, line, column, length = self.anchors[index]
        return line, column + min(max(offset - start, 0), length)


def read_docx(data: bytes, path: str) -> Document:
    package = open_package(data, path)
    body = child(package.document, "body")
    paragraphs = list(_paragraphs(body, package)) if body is not None else []
    _number_lists(paragraphs, package)
    text = "\n".join(paragraph.visible for paragraph in paragraphs)
    flat = _flatten(paragraphs, notes=None)
    layout = read_layout(
        "".join(flat.pieces),
        markdown=True,
        locate=flat.locate,
        wording=flat.wording if flat.addresses else None,
        links=flat.links,
    )
    document = Document(
        path, "docx", text, layout.claims, layout.references, layout.references_line
    )
    document.inline = layout.inline
    if not layout.references:
        _read_notes(document, paragraphs, package)
    return document


def _paragraphs(container: etree._Element, package: Package):  # type: ignore[no-untyped-def]
    """Every paragraph in reading order, tables and content controls included."""
    for element in container:
        name = local(element)
        if name == "p":
            yield _Paragraph(element, paragraph_pieces(element, package))
        elif name in _BLOCK_CONTAINERS:
            yield from _paragraphs(element, package)


def _number_lists(paragraphs: list[_Paragraph], package: Package) -> None:
    """Prefixes: "# " for headings, the number Word shows for automatically numbered items."""
    counters: dict[str, list[int]] = {}
    started: set[str] = set()
    for paragraph in paragraphs:
        properties = child(paragraph.element, "pPr")
        style_id = attribute(child(properties, "pStyle"), "val")
        chain = package.style_chain(style_id)
        level = _heading_level(properties, chain)
        if level is not None:
            paragraph.prefix = "#" * min(level + 1, 6) + " "
            continue
        numbering = _numbering_of(properties, chain)
        if numbering is None or _removed(paragraph, properties):
            continue
        number_id, depth = numbering
        abstract, overrides = package.lists.get(number_id, ("", {}))
        if not abstract:
            continue
        levels = counters.setdefault(abstract, [None] * 9)  # type: ignore[list-item]
        if number_id not in started:
            started.add(number_id)
            for override_level, start in overrides.items():
                if 0 <= override_level < 9:
                    levels[override_level] = start - 1
        format_ = package.levels.get((abstract, depth))
        start = format_.start if format_ else 1
        levels[depth] = (levels[depth] if levels[depth] is not None else start - 1) + 1
        for deeper in range(depth + 1, 9):
            levels[deeper] = None
        decimal = format_ is None or format_.format.startswith("decimal")
        paragraph.prefix = f"{levels[depth]}. " if decimal and depth == 0 else "- "


def _removed(paragraph: _Paragraph, properties: etree._Element | None) -> bool:
    """A reviewer deleted the whole paragraph, its mark too: Word's final view drops it, so
    the list numbers on without it (the deleted words are never read)."""
    marks = child(properties, "rPr")
    deleted = child(marks, "del") is not None or child(marks, "moveFrom") is not None
    return deleted and not paragraph.visible.strip()


def _heading_level(properties: etree._Element | None, chain: list) -> int | None:  # type: ignore[type-arg]
    own = attribute(child(properties, "outlineLvl"), "val")
    level = whole_number(own)
    if level is not None and level < 9:
        return level
    for style in chain:
        if style.name.startswith(_HEADINGS):
            digits = style.name.removeprefix("heading ").strip()
            level = whole_number(digits)
            return 0 if level is None else level - 1
        if style.outline_level is not None and style.outline_level < 9:
            return style.outline_level
    return None


def _numbering_of(properties: etree._Element | None, chain: list) -> tuple[str, int] | None:  # type: ignore[type-arg]
    own = child(properties, "numPr")
    if own is not None:
        number_id = attribute(child(own, "numId"), "val")
        level = attribute(child(own, "ilvl"), "val")
        if number_id:
            return (number_id, whole_number(level) or 0) if number_id != "0" else None
    for style in chain:
        if style.numbering is not None:
            return style.numbering if style.numbering[0] != "0" else None
    return None


def _flatten(paragraphs: list[_Paragraph], notes: dict[str, int] | None) -> _Flat:
    """Markdown-like text, a paragraph a line with a blank line between; ``notes`` maps the
    note ids that are citations to their numbers, and their marks become "[n]"."""
    flat = _Flat()
    for number, paragraph in enumerate(paragraphs, start=1):
        joined = number > 1 and _cites_for_the_cell_before(paragraph, paragraphs[number - 2])
        flat.add(" " if joined else "\n\n" if number > 1 else "", number, 1, False)
        flat.add(paragraph.prefix, number, 1, False)
        column = 1
        superscript = False
        starts: list[tuple[int, int]] = []  # each piece's offset and column
        for piece in paragraph.pieces:
            starts.append((flat.length, column))
            if piece.note is not None:
                cited = notes.get(piece.note) if notes else None
                if cited is not None:
                    flat.add(f"[{cited}]", number, column, False)
                continue
            if piece.superscript != superscript:
                flat.add("<sup>" if piece.superscript else "</sup>", number, column, False)
                superscript = piece.superscript
            if piece.address:
                # Written by the reader, not in the paragraph: no column of its own.
                flat.addresses.append((flat.length, flat.length + len(piece.text)))
                if piece.words:
                    flat.links.append(_link_span(piece, starts[-1 - piece.words], flat, number))
                flat.add(piece.text, number, column, False)
                continue
            flat.add(piece.text, number, column, True)
            column += len(piece.text)
        if superscript:
            flat.add("</sup>", number, column, False)
    return flat


def _cites_for_the_cell_before(paragraph: _Paragraph, before: _Paragraph) -> bool:
    """Whether a paragraph is a table cell holding nothing but a citation ("[2]", "[3-5]"),
    as a "Ref" column does, after another cell of its row: it cites that row, whose words
    it joins (alone, a paragraph of a marker says nothing and was left unread: a false
    CL102). A row's first cell is never joined: "[1]" there numbers a list set as a table."""
    if not _MARKER_ONLY.fullmatch(paragraph.visible):
        return False
    row = _ancestor(paragraph.element, "tr")
    return row is not None and row is _ancestor(before.element, "tr")


def _ancestor(element: etree._Element, name: str) -> etree._Element | None:
    for parent in element.iterancestors():
        if local(parent) == name:
            return parent
        if local(parent) == "body":
            return None
    return None


def _link_span(address: Piece, words: tuple[int, int], flat: _Flat, line: int) -> LinkSpan:
    """The link whose ``address`` the flattener is about to add, its words starting at
    ``words`` (offset, column)."""
    start, column = words
    end = flat.length + len(address.text)
    return LinkSpan(address.text.strip(), start, flat.length, end, line, column - 1, "")


def _read_notes(document: Document, paragraphs: list[_Paragraph], package: Package) -> None:
    """Endnotes (or else footnotes) as the reference list, when they read as references."""
    for kind in _NOTE_KINDS:
        part = package.endnotes if kind == "endnote" else package.footnotes
        order = [p.note for par in paragraphs for p in par.pieces if p.note and p.kind == kind]
        if part is None or not order:
            continue
        texts = _note_texts(part, kind, package)
        numbers: dict[str, int] = {}
        for note in order:
            numbers.setdefault(note, len(numbers) + 1)  # Word numbers notes as they appear
        entries = {n: parse_entry([texts.get(n, "")]) for n in numbers}
        references = [n for n, fields in entries.items() if _reads_as_reference(fields)]
        if len(references) * 5 < len(numbers) * 4:
            continue  # notes of comment, not of sources: citing them is no citation
        cited = {note: numbers[note] for note in references}
        flat = _flatten(paragraphs, cited)
        document.claims = read_layout(
            "".join(flat.pieces),
            markdown=True,
            locate=flat.locate,
            wording=flat.wording if flat.addresses else None,
        ).claims
        document.notes_as_list = True
        line = len(paragraphs)
        for note in references:
            line += 1
            document.references.append(
                # Word numbers notes itself: there is no numbering of the writer's to check.
                replace(entries[note], number=cited[note], line=line, column=1, numbered=False)
            )
        document.references.sort(key=lambda entry: entry.number)
        return


def _note_texts(part: etree._Element, kind: str, package: Package) -> dict[str, str]:
    texts: dict[str, str] = {}
    for note in part:
        if local(note) != kind or attribute(note, "type"):
            continue  # separators and continuation notices are Word's furniture
        words = [
            piece.text
            for paragraph in note
            if local(paragraph) == "p"
            for piece in paragraph_pieces(paragraph, package)
            if piece.note is None
        ]
        texts[attribute(note, "id")] = " ".join("".join(words).split())
    return texts


def _reads_as_reference(fields) -> bool:  # type: ignore[no-untyped-def]
    if fields.pmid or fields.doi:
        return True
    return bool(fields.year and fields.title and (fields.journal or fields.authors))
