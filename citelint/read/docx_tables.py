"""Word tables: a row of data read as one line of cells, a reference list set as a table read a
row an entry.

A row of data becomes "| cell | cell", read as a Markdown table's row is: one claim, its cells
apart. A reference list set as a table ("1" | entry | evidence level, "[1]" | entry,
"1. entry" | PMID, often under a header row "No." | "Reference" | "Level") becomes one line
per row: the row's number, its entry and any identifier beside it; an evidence level, a
grade or the header row is no part of an entry and is left out (read each cell a line, a
guideline's list gave an entry per cell: "1", "2-", "No."). A table laying out the page (a
row of one filled cell, a cell of many paragraphs) keeps a paragraph a line, and so does a
list set in columns (two entries a row, or several a cell: joined, they were one entry). A
row citing from a cell beside its entry-like text ("0.74" with its superscript source) is a
body table's row of data, whatever it reads like: a reference list's entries cite nothing.
A table shaped like a list is one only where a list stands (under its heading, its own first
row's too, or at the end of a body with no list heading above it: see docx_places) or when
its rows name authors, a year and a journal: else, a table of trials in
the Results, its rows are data. An entry's authors in a cell of their own join the entry; a
bullet in the first column ("•", Word's Bullets) is no part of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import etree

from citelint.read.docx_package import local
from citelint.read.docx_runs import Paragraph
from citelint.read.entries import parse_entry
from citelint.read.list_entries import entry_number, lone_number
from citelint.read.reference_headings import heading_names_a_list

ReadCell = Callable[[etree._Element], list[Paragraph]]
# What Word writes before the paragraph that is not in its text: "1." for automatic
# numbering at the top level (a table's column numbered with the Numbering button), "•" for
# a bullet (the Bullets button), "" for nothing.
Marked = Callable[[Paragraph], str]
# Whether the table stands where a reference list stands: under a heading naming the list,
# or at the end of the body with no such heading before it (asked only of a table shaped
# like a list: see docx_places).
Placed = Callable[[], bool]

# More paragraphs than this in a cell make the table a page's layout, not a table of data.
_MOST_IN_A_CELL = 4
# An entry's text holds its year and its fields' stops, and is a sentence long.
_ENTRY_TEXT = re.compile(r"\b(?:19|20)\d\d\b.*[.;:]|[.;:].*\b(?:19|20)\d\d\b")
_ENTRY_LENGTH = 50
# A reference table's header cell ("Reference", "Level of evidence") is a few words.
_HEADER_LENGTH = 40
# A cell beside an entry that is no part of it: an evidence level or grade ("2-", "1++",
# "IIa", "B", "Moderate"), a design or a year column, a few characters with no citation
# ("[3]", "(3)") and no identifier.
_ASIDE_LENGTH = 15
# A citation in a cell beside an entry: "[2]", "[2, 3]", "[2-4]".
_BRACKETED = re.compile(r"\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\]")
_IDENTIFIER = re.compile(r"\d{5}|doi|pmid|pmc|http|www\.", re.IGNORECASE)
# A row's bullet typed in a cell of its own, as a bulleted list set as a table shows it.
_BULLETS = frozenset("•◦▪■●·-–*")
# A cell naming an entry's authors, the entry's title and journal in the next cell: "Horby P,
# Lim WS, et al.", "Horby et al.", "Horby P" (not a grade or class: "Grade A", "Class I").
_AUTHORS = re.compile(
    r"\bet al\b|^(?!(?:Grade|Class|Level|Type|Category|Phase|Stage)\b)"
    r"[A-Z][A-Za-z'\u2019-]+,? (?:[A-Z]{1,3}\b|[A-Z]\.)"
)


def table_paragraphs(
    table: etree._Element, read_cell: ReadCell, marked: Marked, placed: Placed
) -> Iterator[Paragraph]:
    """A table's paragraphs in reading order, each told how it joins the one before it."""
    rows = [[read_cell(cell) for cell in _cells(row)] for row in _rows(table)]
    shown = [[_text(cell, marked, bullets=False) for cell in cells] for cells in rows]
    listed = [[_text(cell, marked, bullets=True) for cell in cells] for cells in rows]
    filled = [[text for text in texts if text] for texts in listed]
    citing = [_cites_beside_entry(cells, texts) for cells, texts in zip(rows, listed, strict=True)]
    strict = [_is_list_row(t, spread=True) and not c for t, c in zip(filled, citing, strict=True)]
    shaped = any(strict) and sum(strict) * 2 >= sum(len(t) >= 2 for t in filled)
    # Shaped like a list, a table is one only where a list stands or when its rows read as
    # references: a numbered table of trials ("1" | "RECOVERY, 2021: dexamethasone ...;
    # 28-day mortality ...") is the body's, its short cells part of each row's claim.
    of_references = shaped and (
        _headed(filled) or placed() or _rows_read_as_references(listed, strict)
    )
    seen_entry = False
    for row, cells, texts, cites, words in zip(
        _rows(table), rows, listed, citing, shown, strict=True
    ):
        present = [text for text in words if text]
        if cites or (shaped and not of_references):  # a body table's row: data, never an entry
            yield from _data_row(row, cells, present, entry_like=False)
            continue
        if of_references and not _layout(cells, [text for text in texts if text]):
            entry = _entry_cell(texts)
            if entry is not None and _several_entries(cells, texts, entry, marked):
                for cell in cells:  # a list set in columns: each cell's entries apart
                    yield from cell
                continue
            if entry is not None:
                seen_entry = True
                yield from _entry_row(cells, texts, entry, marked)
                continue
            if not seen_entry and all(len(text) <= _HEADER_LENGTH for text in present):
                yield from _hidden(cells)  # the header row: "No." | "Reference" | "Level"
                continue
        yield from _data_row(row, cells, present)


# One-cell rows above a list's heading row in its table: a table's title, perhaps on two rows.
_TITLE_ROWS = 2


def _headed(filled: list[list[str]]) -> bool:
    """Whether the table's first row is one cell naming the list ("References", often merged
    across the row), or one below title rows of one cell ("Table 3. Sources of the
    recommendations", and a second row naming the pathway and its version): the list's
    heading, as one standing above the table is (review22a)."""
    leading = [texts for texts in filled if texts][: _TITLE_ROWS + 1]
    for texts in leading:
        if len(texts) != 1:
            return False
        if heading_names_a_list(texts[0]):
            return True
    return False


def _rows_read_as_references(listed: list[list[str]], strict: list[bool]) -> bool:
    """Whether half the rows shaped like entries read as references: authors, a year and a
    journal (a trial's row "RECOVERY, 2021: dexamethasone ..." has neither authors nor a
    journal)."""
    entries = [
        _entry_text(texts) for texts, is_entry in zip(listed, strict, strict=True) if is_entry
    ]
    found = [parse_entry([text]) for text in entries]
    return sum(bool(e.authors and e.year and e.journal) for e in found) * 2 >= len(found)


def _entry_text(texts: list[str]) -> str:
    """A row's words less its number or bullet and the levels or grades beside the entry."""
    entry = _entry_cell(texts)
    kept = [
        text
        for index, text in enumerate(texts)
        if text
        and not (entry is not None and index < entry and _row_mark(text))
        and not (index != entry and _aside(text) and not _AUTHORS.search(text))
    ]
    return " ".join(kept)


def _rows(container: etree._Element) -> Iterator[etree._Element]:
    for element in container:
        name = local(element)
        if name == "tr":
            yield element
        elif name in ("sdt", "sdtContent", "customXml"):
            yield from _rows(element)


def _cells(container: etree._Element) -> Iterator[etree._Element]:
    for element in container:
        name = local(element)
        if name == "tc":
            yield element
        elif name in ("sdt", "sdtContent", "customXml"):
            yield from _cells(element)


def _text(cell: list[Paragraph], marked: Marked, bullets: bool) -> str:
    """A cell's words, after the number Word writes before them ("1." for any number: only
    its place counts here) and, with ``bullets``, its bullet ("•")."""
    words = " ".join(paragraph.visible for paragraph in cell).strip()
    first = next((p for p in cell if p.visible.strip() or marked(p)), None)
    mark = marked(first) if first is not None else ""
    return f"{mark} {words}".rstrip() if mark == "1." or (mark and bullets) else words


def _layout(cells: list[list[Paragraph]], filled: list[str]) -> bool:
    """A row laying out the page: one filled cell, or a cell of many paragraphs."""
    return len(filled) < 2 or any(
        sum(1 for p in cell if p.visible.strip()) > _MOST_IN_A_CELL for cell in cells
    )


def _data_row(
    row: etree._Element, cells: list[list[Paragraph]], filled: list[str], entry_like: bool = True
) -> Iterator[Paragraph]:
    """A row's paragraphs, each told its row and cell, so that the row is read as one line of
    cells as a Markdown or HTML table's row is, less a numbered table's "#". Not so a
    reference entry set as a row ("[1]" | entry) in a table of other rows, nor a row laying
    out the page: their paragraphs stay lines of their own."""
    if _layout(cells, filled) or (entry_like and _is_list_row(filled)):
        for cell in cells:
            yield from cell
        return
    for index, cell in enumerate(cells):
        if index == 0 and _row_number(filled[0]):
            yield from cell  # a numbered table's "#": no words of the row's claim
            continue
        for paragraph in cell:
            if paragraph.row is None:  # a nested table's paragraph keeps its own row
                paragraph.row, paragraph.cell = row, index
            yield paragraph


def _entry_row(
    cells: list[list[Paragraph]], texts: list[str], entry: int, marked: Marked
) -> Iterator[Paragraph]:
    """A reference table's row as one line: its number ("1" written "1."), its entry, its
    authors when they stand in a cell before it, and an identifier beside it; a bullet, an
    evidence level or grade beside it left out (never a cell carrying a citation: such a row
    is a body table's, see _cites_beside_entry)."""
    first = True
    for index, (cell, text) in enumerate(zip(cells, texts, strict=True)):
        number = index < entry and _row_number(text)
        bullet = index < entry and not number and _row_mark(text)
        authors = index < entry and bool(_AUTHORS.search(text))
        if not text or bullet or (index != entry and not number and not authors and _aside(text)):
            yield from _hidden(cell)
            continue
        for paragraph in cell:
            if not paragraph.visible.strip() and marked(paragraph) != "1.":
                paragraph.hidden = True
            elif first:
                first = False
                if number and entry_number(text) is None:
                    paragraph.suffix = "."  # "1" | entry: the list reads "1. entry"
            else:
                paragraph.joined = True
            yield paragraph


def _hidden(cells: list[list[Paragraph]] | list[Paragraph]) -> Iterator[Paragraph]:
    for item in cells:
        for paragraph in item if isinstance(item, list) else [item]:
            paragraph.hidden = True
            yield paragraph


def _entry_cell(texts: list[str]) -> int | None:
    """Which cell of a reference table's row holds its entry: one that reads as an entry, or
    else, after the row's number, the first that is more than a level or a grade (an entry
    with no year: "Renal Association. Clinical practice guidelines. London")."""
    filled = [text for text in texts if text]
    if not filled:
        return None
    found = next((i for i, text in enumerate(texts) if _reads_as_entry(text)), None)
    if found is not None:
        return found
    if not _row_mark(filled[0]):  # an entry spread over cells from its authors' cell on
        return texts.index(filled[0]) if _AUTHORS.search(filled[0]) else None
    start = texts.index(filled[0]) + 1
    return next((i for i in range(start, len(texts)) if texts[i] and not _aside(texts[i])), None)


def _several_entries(
    cells: list[list[Paragraph]], texts: list[str], entry: int, marked: Marked
) -> bool:
    """Whether a row holds more than one entry: a list set in two columns, an entry a cell
    ("1. Smith ..." | "2. Jones ...", "1" | entry | "2" | entry) or several a cell (main's
    reading, a cell's paragraph a line, keeps them apart; joined, two entries were one)."""
    others = [
        text
        for index, text in enumerate(texts)
        if index != entry and (_reads_as_entry(text) or _starts_an_entry(text))
    ]
    starts = [p for p in cells[entry] if _starts_an_entry(p.visible.strip()) or marked(p) == "1."]
    return bool(others) or len(starts) > 1


def _starts_an_entry(text: str) -> bool:
    """An entry's number with words after it ("2. Packer M ..."), not a lone number or level."""
    number = entry_number(text)
    return number is not None and bool(text[number[1] :].strip())


def _cites(cell: list[Paragraph]) -> bool:
    """Whether a cell carries a citation: a note's mark, a superscript number, a "[2]"."""
    return any(
        piece.note is not None or (piece.superscript and any(c.isdigit() for c in piece.text))
        for paragraph in cell
        for piece in paragraph.pieces
    ) or any(_BRACKETED.search(paragraph.visible) for paragraph in cell)


def _cites_beside_entry(cells: list[list[Paragraph]], texts: list[str]) -> bool:
    """Whether a row that may read as an entry cites from a cell beside it (a trial's result
    "0.74" with its superscript source): a reference list's entries cite nothing, a body
    table's rows do (review21a: read as a list, the citation was lost)."""
    entry = _entry_cell(texts)
    if entry is None:
        return False
    return any(
        _cites(cell)
        for index, cell in enumerate(cells)
        if index != entry and not (index < entry and _row_mark(texts[index]))
    )


def _aside(text: str) -> bool:
    if len(text) > _ASIDE_LENGTH or _IDENTIFIER.search(text):
        return False
    return not any(mark in text for mark in "[]()")


def _is_list_row(filled: list[str], spread: bool = False) -> bool:
    """Whether a row is a reference list's entry set as a table: "1. Smith J ..." | PMID, or
    "1" | entry | level (review20b: read as one row, the entries lost their fields); with
    ``spread``, also "•" | entry and an entry spread over cells ("1" | authors | title and
    journal, or authors | title and journal)."""
    if not filled:
        return False
    first = filled[0]
    if _row_number(first) or (spread and _row_mark(first)):
        rest = filled[1:]
        return any(_reads_as_entry(text) for text in rest) or (spread and _spread_entry(rest))
    numbered = entry_number(first)
    if numbered is not None and numbered[1] < len(first) and _ENTRY_TEXT.search(first):
        return True
    return spread and _spread_entry(filled)


def _spread_entry(filled: list[str]) -> bool:
    """An entry whose authors stand in a cell of their own, its title, journal and year in
    the next ones ("Horby P, Lim WS, et al." | "Dexamethasone ... N Engl J Med. 2021...")."""
    return (
        len(filled) >= 2 and bool(_AUTHORS.search(filled[0])) and _reads_as_entry(" ".join(filled))
    )


def _reads_as_entry(text: str) -> bool:
    return len(text) >= _ENTRY_LENGTH and bool(_ENTRY_TEXT.search(text))


def _row_mark(text: str) -> bool:
    """A cell holding only a list's number or a bullet ("•", Word's Bullets button)."""
    return text in _BULLETS or _row_number(text)


def _row_number(text: str) -> bool:
    """A cell holding only a list's number: "1", "[1]", "1.", "1)", "(1)", read as the
    reference list reads an entry's start."""
    if lone_number(text) is not None:
        return True
    number = entry_number(text)
    return number is not None and not text[number[1] :].strip()
