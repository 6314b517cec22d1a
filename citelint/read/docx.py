"""Word ``.docx``: the document's paragraphs in order, read like a Markdown page.

Each paragraph becomes one line of Markdown-like text: a heading style gives "# ...", Word's
automatic list numbering (``w:numPr``, where the number is not in the text) gives "N. ...",
and superscript runs, joined across the runs Word splits them into, give ``<sup>...</sup>``.
Reference-manager fields (EndNote, Zotero, Mendeley) are read as the text they show, never as
their codes; tracked deletions are left out. The text then goes through the same reading as
Markdown and HTML. When the body holds no reference list but cites endnotes (or footnotes)
that read as references, the notes are the list and their marks the citations.

Locations: the line is the paragraph's number, counting every paragraph from the start of the
document (empty ones, table cells and text boxes too), and the column the character within
it; notes are numbered on after the body's last paragraph. ``Document.text`` holds one
paragraph a line.

A table row is read as one line of cells, "| cell | cell", as a Markdown table's row is, and
a reference list set as a table an entry a row (see docx_tables); a text box's paragraphs
are read after the paragraph anchoring it. Notes beside a list in the body are read after
the paragraph marking them, so that a citation in a note cites.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial

from lxml import etree

from citelint.models import Document, Reference
from citelint.read.docx_notes import note_names
from citelint.read.docx_package import Package, Style, attribute, child, local, open_package
from citelint.read.docx_places import ListPlaces
from citelint.read.docx_runs import Paragraph, Piece, paragraph_pieces, text_boxes
from citelint.read.docx_tables import table_paragraphs
from citelint.read.entries import parse_entry
from citelint.read.inline import LinkSpan
from citelint.read.layout import read_layout
from citelint.read.lines import anchored_place
from citelint.whole_numbers import whole_number

_BLOCK_CONTAINERS = frozenset(["body", "sdt", "sdtContent", "customXml", "tc"])
_NOTE_KINDS = ("endnote", "footnote")
_HEADINGS = ("heading ", "title")


@dataclass
class _Flat:
    pieces: list[str] = field(default_factory=list)
    length: int = 0
    anchors: list[tuple[int, int, int, int]] = field(default_factory=list)
    # The PubMed and DOI links, their words and addresses, as the HTML reader gives them: the
    # words are the link's label (CL209), and read_layout leaves the addresses (see
    # docx_runs.Piece.address) out of the claims' words.
    links: list[LinkSpan] = field(default_factory=list)

    def add(self, text: str, line: int, column: int, exact: bool) -> None:
        self.anchors.append((self.length, line, column, len(text) if exact else 0))
        self.pieces.append(text)
        self.length += len(text)

    def locate(self, offset: int) -> tuple[int, int]:
        return anchored_place(self.anchors, offset)


def read_docx(data: bytes, path: str) -> Document:
    package = open_package(data, path)
    body = child(package.document, "body")
    places = ListPlaces(lambda paragraph: _is_heading(paragraph, package))
    paragraphs = list(_paragraphs(body, package, places)) if body is not None else []
    _number_lists(paragraphs, package)
    for line, paragraph in enumerate(paragraphs, start=1):
        paragraph.line = line
    text = "\n".join(paragraph.visible for paragraph in paragraphs)
    flat = _flatten(paragraphs, notes=None)
    layout = read_layout(
        "".join(flat.pieces),
        markdown=True,
        locate=flat.locate,
        links=flat.links,
    )
    document = Document(
        path, "docx", text, layout.claims, layout.references, layout.references_line
    )
    document.inline = layout.inline
    document.chapters = layout.chapter_documents(path, "docx", text)
    if not layout.references:
        _read_notes(document, paragraphs, package)
    else:
        _read_notes_beside_the_list(document, paragraphs, package)
    return document


def _paragraphs(
    container: etree._Element, package: Package, places: ListPlaces
) -> Iterator[Paragraph]:
    """Every paragraph in reading order, tables, content controls and text boxes included."""
    for element in container:
        name = local(element)
        if name == "p":
            yield Paragraph(element, paragraph_pieces(element, package))
            for box in text_boxes(element):
                yield from _paragraphs(box, package, places)
        elif name == "tbl":
            yield from table_paragraphs(
                element,
                lambda cell: list(_paragraphs(cell, package, places)),
                lambda paragraph: _shown_mark(paragraph, package),
                partial(places.where_a_list_stands, element),
            )
        elif name in _BLOCK_CONTAINERS:
            yield from _paragraphs(element, package, places)


def _number_lists(paragraphs: list[Paragraph], package: Package) -> None:
    """Prefixes: "# " for headings, the number Word shows for automatically numbered items."""
    counters: dict[str, list[int | None]] = {}
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
        levels = counters.setdefault(abstract, [None] * 9)
        if number_id not in started:
            started.add(number_id)
            for override_level, start in overrides.items():
                if 0 <= override_level < 9:
                    levels[override_level] = start - 1
        format_ = package.levels.get((abstract, depth))
        start = format_.start if format_ else 1
        level = levels[depth]
        levels[depth] = (level if level is not None else start - 1) + 1
        for deeper in range(depth + 1, 9):
            levels[deeper] = None
        decimal = format_ is None or format_.format.startswith("decimal")
        paragraph.prefix = f"{levels[depth]}. " if decimal and depth == 0 else "- "


def _shown_mark(paragraph: Paragraph, package: Package) -> str:
    """What Word writes before the paragraph at a list's top level, as _number_lists finds
    it: "1." for a number, "•" for a bullet, "" for nothing (or another level or format)."""
    properties = child(paragraph.element, "pPr")
    chain = package.style_chain(attribute(child(properties, "pStyle"), "val"))
    numbering = _numbering_of(properties, chain)
    if numbering is None or numbering[1] != 0 or _heading_level(properties, chain) is not None:
        return ""
    abstract = package.lists.get(numbering[0], ("", {}))[0]
    format_ = package.levels.get((abstract, numbering[1]))
    if not abstract:
        return ""
    if format_ is None or format_.format.startswith("decimal"):
        return "1."
    return "•" if format_.format == "bullet" else ""


def _is_heading(paragraph: etree._Element, package: Package) -> bool:
    properties = child(paragraph, "pPr")
    chain = package.style_chain(attribute(child(properties, "pStyle"), "val"))
    return _heading_level(properties, chain) is not None


def _removed(paragraph: Paragraph, properties: etree._Element | None) -> bool:
    """A reviewer deleted the whole paragraph, its mark too: Word's final view drops it, so
    the list numbers on without it (the deleted words are never read)."""
    marks = child(properties, "rPr")
    deleted = child(marks, "del") is not None or child(marks, "moveFrom") is not None
    return deleted and not paragraph.visible.strip()


def _heading_level(properties: etree._Element | None, chain: list[Style]) -> int | None:
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


def _numbering_of(properties: etree._Element | None, chain: list[Style]) -> tuple[str, int] | None:
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


def _flatten(paragraphs: list[Paragraph], notes: dict[str, int] | None) -> _Flat:
    """Markdown-like text, a paragraph a line with a blank line between; ``notes`` maps the
    note ids that are citations to their numbers, and their marks become "[n]"."""
    flat = _Flat()
    before: Paragraph | None = None
    for paragraph in paragraphs:
        if paragraph.hidden:
            continue  # a reference table's evidence level or header (see docx_tables)
        number = paragraph.line
        flat.add(_separator(paragraph, before), number, 1, False)
        before = paragraph
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
                flat.links.append(_link_span(piece, starts[-1 - piece.words], flat, number))
                flat.add(piece.text, number, column, False)
                continue
            flat.add(piece.text, number, column, True)
            column += len(piece.text)
        if superscript:
            flat.add("</sup>", number, column, False)
        flat.add(paragraph.suffix, number, column, False)
    return flat


def _separator(paragraph: Paragraph, before: Paragraph | None) -> str:
    """What stands between a paragraph and the one before it: a new line, or within a table
    row " | " between cells (a space between a cell's paragraphs), so that a row is one
    line "| cell | cell", read as a Markdown table's row is: one claim whose cells stay
    apart, and a "Ref" column's "[2]" cites its row (alone it was a paragraph of a marker,
    left unread: a false CL102, user19)."""
    if before is None:
        return "| " if paragraph.row is not None else ""
    if paragraph.joined:
        return " "  # a reference table's row, one entry a line
    if paragraph.row is not None and paragraph.row is before.row:
        return " " if paragraph.cell == before.cell else " | "
    return "\n\n| " if paragraph.row is not None else "\n\n"


def _link_span(address: Piece, words: tuple[int, int], flat: _Flat, line: int) -> LinkSpan:
    """The link whose ``address`` the flattener is about to add, its words starting at
    ``words`` (offset, column)."""
    start, column = words
    end = flat.length + len(address.text)
    return LinkSpan(address.text.strip(), start, flat.length, end, line, column - 1, "")


def _read_notes(document: Document, paragraphs: list[Paragraph], package: Package) -> None:
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
            links=flat.links,
        ).claims
        document.notes_as_list = True
        document.keys = note_names(cited.values(), package.note_numbering.get(kind), kind)
        line = len(paragraphs)
        for note in references:
            line += 1
            document.references.append(
                # Word numbers notes itself: there is no numbering of the writer's to check.
                replace(entries[note], number=cited[note], line=line, column=1, numbered=False)
            )
        document.references.sort(key=lambda entry: entry.number)
        return


def _read_notes_beside_the_list(
    document: Document, paragraphs: list[Paragraph], package: Package
) -> None:
    """Notes of comment beside a list in the body: a reader sees them at the page's foot, and
    a citation there cites ("... when inhaled steroids help less [3]"; unread, a false
    CL102). Each note's paragraphs are read after the paragraph marking it, numbered on
    after the body's last paragraph as notes are (see the module's docstring)."""
    notes = {kind: _note_elements(package, kind) for kind in _NOTE_KINDS}
    woven: list[Paragraph] = []
    seen: set[tuple[str, str]] = set()
    line = len(paragraphs)
    places = ListPlaces(lambda paragraph: _is_heading(paragraph, package))
    for paragraph in paragraphs:
        woven.append(paragraph)
        for piece in paragraph.pieces:
            note = notes[piece.kind].get(piece.note or "") if piece.kind else None
            if note is None or (piece.kind, piece.note) in seen:
                continue
            seen.add((piece.kind, piece.note or ""))
            for inner in _paragraphs(note, package, places):
                line += 1
                inner.line = line
                woven.append(inner)
    if len(woven) == len(paragraphs):
        return
    flat = _flatten(woven, None)
    layout = read_layout("".join(flat.pieces), markdown=True, locate=flat.locate, links=flat.links)
    if [entry.raw for entry in layout.references] != [e.raw for e in document.references]:
        return  # a note's words changed where the list was found: keep the body's reading
    for claim in layout.claims:
        for marker in claim.markers:
            # Where a note's citation stands in the order of first citation is the writer's
            # choice, as a table's is: it is out of the order check (CL104).
            marker.floating = marker.floating or marker.line > len(paragraphs)
    document.claims = layout.claims
    document.inline = layout.inline


def _note_elements(package: Package, kind: str) -> dict[str, etree._Element]:
    part = package.endnotes if kind == "endnote" else package.footnotes
    if part is None:
        return {}
    return {
        attribute(note, "id"): note
        for note in part
        if local(note) == kind and not attribute(note, "type")  # not Word's separators
    }


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


def _reads_as_reference(fields: Reference) -> bool:
    if fields.pmid or fields.doi:
        return True
    return bool(fields.year and fields.title and (fields.journal or fields.authors))
