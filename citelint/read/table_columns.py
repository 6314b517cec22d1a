"""What a table row's column heads say of its cells: a guideline's level of evidence or
grade ("| 2.5 | Treat ... | D | 5 | [4] |" under "Grade | LoE") is no number the cited paper
states, and a care plan's "Rationale" cell is the one its citation is for, not the patient's
values in the cells beside it (user26 P1-5, P1-6).

A row is a Markdown table's ("| a | b |", its head above a "|---|" line) or an HTML table's
as the HTML reader writes it (a "| a | b |" line a row, blank lines between, the first its
head).
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import NAMED, Found, read_numbers

# "| --- | :---: |": the line under a Markdown table's head.
_DELIMITER_ROW = LazyPattern(r"[ \t]*\|?(?:[ \t]*:?-{1,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")
# Heads of a column of evidence levels or grades: "LoE", "Level of evidence", "Grade",
# "Class", "Strength of recommendation", "GRADE", "Evidence level".
_LEVEL_HEAD = LazyPattern(
    r"(?:lo[er]|gor|cor|sor|levels?(?: of evidence)?|evidence(?: level| grade)?|"
    r"(?:quality|certainty) of evidence|grade(?: of recommendation)?|"
    r"class(?: of recommendation)?|strength(?: of recommendation)?)",
    re.IGNORECASE,
)
# A level as such a column gives it in digits: "1a", "2b", "3", "1++", "2-". Its letters
# ("IIa", "A", "C") stay in the claim's words: no number to find, they cost no check.
_LEVEL = LazyPattern(r"[1-5](?:[a-c]|\+\+|\+|-)?")
# Heads of the column that gives a row's reasons, with its citation: a care plan's
# "Rationale" or "Justification".
# A column headed "Evidence" alone gives a guideline's study types ("RCTs, meta-analysis [3]"),
# and its row's recommendation is the claim (review26a P1-d).
_REASON_HEAD = LazyPattern(
    r"(?:scientific )?rationale(?: \(evidence\)| and evidence)?|justification",
    re.IGNORECASE,
)
_WORD = LazyPattern(r"[^\W\d_]{2,}")
# A reason is a statement: "Strong [1]" under "Rationale" is a grade, and cites its row.
_FEWEST_WORDS = 3
# Blank lines between two rows of one table: the HTML reader writes some between its rows,
# and up to this many are read as one table.
_MOST_BLANK_LINES = 6


def table_head(text: str, row_start: int, known: dict[int, list[str] | None]) -> list[str] | None:
    """The column heads of the table whose row starts at ``row_start`` of ``text``, or None.
    ``known`` holds the heads found for rows asked before, by where each row starts: rows are
    asked in order, so a table's rows are walked up once."""
    seen: list[int] = []
    start = row_start
    while start not in known:
        seen.append(start)
        above = _row_above(text, start)
        if above is None or _DELIMITER_ROW.fullmatch(_line(text, start)):
            # The line above a Markdown table's delimiter row, or an HTML table's first row.
            first = start if above is None else above
            known[start] = [
                cell.strip(" \t*_:.").lower() for cell, _, _ in _cells(_line(text, first))
            ]
            break
        start = above
    head = known[start]
    for row in seen:
        known[row] = head
    return head


def _line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : len(text) if end < 0 else end]


def _row_above(text: str, start: int) -> int | None:
    """Where the row above the row at ``start`` starts: the line above, or the first line
    above blank ones (the HTML reader writes blank lines between a table's rows); None at
    the table's first line."""
    above = start
    for _ in range(_MOST_BLANK_LINES + 1):
        if above < 2:
            return None
        above = text.rfind("\n", 0, above - 1) + 1
        line = text[above:start]
        if line.strip():
            return above if line.lstrip()[:1] == "|" else None
    return None


def _cells(row: str) -> list[tuple[str, int, int]]:
    """Each cell of a "| a | b |" row: its text, and where it starts and ends in ``row``."""
    borders = [index for index, char in enumerate(row) if char == "|"]
    return [(row[a + 1 : b], a + 1, b) for a, b in zip(borders, borders[1:], strict=False)]


def level_cells(row: str, head: list[str]) -> list[tuple[int, int]]:
    """Where the cells of ``row`` under a level or grade head hold only a level in digits
    ("5", "2b")."""
    cells = _cells(row)
    if len(cells) != len(head):
        return []
    return [
        (start, end)
        for (cell, start, end), name in zip(cells, head, strict=True)
        if _LEVEL_HEAD.fullmatch(name) and _LEVEL.fullmatch(cell.strip(" \t*_"))
    ]


def reason_cell(
    row: str, head: list[str], markers: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Where the cell under a "Rationale" head starts and ends when it holds a statement and
    every citation of ``row`` (each a start and end in it): the claim is that cell's."""
    cells = _cells(row)
    if len(cells) != len(head):
        return None
    for (cell, start, end), name in zip(cells, head, strict=True):
        if not _REASON_HEAD.fullmatch(name):
            continue
        inside = all(start <= a and b <= end for a, b in markers)
        if inside and len(_WORD.findall(cell)) >= _FEWEST_WORDS:
            return start, end
    return None


# The head of a recommendation table's last column of citations: ESC's "Ref.", ADA's and
# NICE's "References", "Refs", "Reference(s)", a superscript note after it ("Ref.<sup>c</sup>").
# "Ref" without its stop heads a laboratory's range ("| Na | 128 | Ref |"), and "Studies" a
# count of studies: neither is read.
_CITATIONS_HEAD = LazyPattern(
    r"(?:key |supporting )?(?:references?|reference\(s\)|refs|refs?\.|citations?)",
    re.IGNORECASE,
)
_NOTE_MARK = LazyPattern(r"<sup\b[^>]{0,200}>[^<]{0,5}</sup\s*>|\^[a-z*†‡]\^", re.IGNORECASE)
# A cell of such a column holding only numbers, a list or a range: "4", "2, 3", "4–7".
_CITED_NUMBERS = LazyPattern(r"\d{1,3}(?:[ \t]?[,;–—-][ \t]?\d{1,3}){0,20}")
# How many rows of tab-parted cells a head may stand above a row.
_MOST_TAB_ROWS = 60


def with_cited_cells(
    found: list[Found], text: str, base: int, end: int, known: dict[int, int | None]
) -> list[Found]:
    """A paragraph's candidate markers ``found``, from ``base`` to ``end`` of ``text``, and
    its table rows' cited cells (``cited_cells``) among them in order."""
    cells = cited_cells(text, base, end, known)
    return sorted(found + cells, key=lambda marker: marker.start) if cells else found


def cited_cells(text: str, base: int, end: int, known: dict[int, int | None]) -> list[Found]:
    """The cells holding only numbers ("4–7", "2, 3") under a head naming the table's last
    column for its references (user30b P1-8), in the lines of ``text`` from ``base`` to
    ``end``, as markers at offsets from ``base``. They are NAMED: citations only where every
    number is an entry of the list. Rows are "| a | b |" lines (Markdown's, HTML's and
    Word's as their readers write them, Word's with no last "|") or lines of cells parted by
    tabs (a table copied from a browser). ``known`` holds each row's cited column (or None)
    by where the row starts, so a table is walked up once."""
    cited: list[Found] = []
    start = base
    while start < end:
        line_end = text.find("\n", start, end)
        line_end = end if line_end < 0 else line_end
        line = text[start:line_end]
        separator = "|" if line.lstrip()[:1] == "|" else "\t" if line.count("\t") >= 2 else ""
        if separator:
            column = _cited_column(text, start, separator, known)
            cell = _cell_at(line, separator, column) if column is not None else None
            read = read_numbers(line[cell[0] : cell[1]]) if cell is not None else None
            if cell is not None and read is not None:
                raw, (numbers, problem) = line[cell[0] : cell[1]], read
                offset = start - base
                cited.append(
                    Found(offset + cell[0], offset + cell[1], raw, numbers, problem, kind=NAMED)
                )
        start = line_end + 1
    return cited


def _cited_column(
    text: str, start: int, separator: str, known: dict[int, int | None]
) -> int | None:
    """Which cell of the row at ``start`` stands under a last head naming references."""
    seen: list[int] = []
    row = start
    while row not in known:
        seen.append(row)
        above = _row_above(text, row) if separator == "|" else _tab_row_above(text, row)
        if above is None or (separator == "|" and _DELIMITER_ROW.fullmatch(_line(text, row))):
            first = row if above is None else above
            heads = _split_cells(_line(text, first), separator)
            last = _NOTE_MARK.sub("", heads[-1]).strip(" \t*_:") if len(heads) > 1 else ""
            cites = _CITATIONS_HEAD.fullmatch(last) and not _measures(heads[:-1])
            known[row] = len(heads) - 1 if cites else None
            break
        if len(seen) > _MOST_TAB_ROWS:
            known[row] = None
            break
        row = above
    column = known[row]
    for each in seen:
        known[each] = column
    return column


# A laboratory's table: "| Test | Result | Reference |" holds ranges ("4-11") under its last
# head, no citations (review30b P1-2).
_MEASURE_HEADS = frozenset(["result", "results", "value", "values", "units", "unit", "range"])


def _measures(heads: list[str]) -> bool:
    return any(head.strip(" \t*_:").lower() in _MEASURE_HEADS for head in heads)


def _tab_row_above(text: str, start: int) -> int | None:
    """Where the line above the one at ``start`` starts when it too holds tab-parted cells."""
    if start < 2:
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    return above if text.count("\t", above, start) >= 2 else None


def _split_cells(row: str, separator: str) -> list[str]:
    """A row's cells: "| a | b |" and Word's "| a | b" alike, or "a<TAB>b"."""
    row = row.strip(" \n")
    if separator == "|":
        row = row[1:-1] if row.endswith("|") and len(row) > 1 else row[1:]
    return row.split(separator)


def _cell_at(row: str, separator: str, column: int) -> tuple[int, int] | None:
    """Where the ``column``-th cell of ``row`` holds only cited numbers, if it does and the
    row has as many cells as its head."""
    cells = _split_cells(row, separator)
    if len(cells) != column + 1:
        return None
    cell = cells[column]
    numbers = cell.strip(" \t*_")
    if not numbers or not _CITED_NUMBERS.fullmatch(numbers):
        return None
    if separator == "|":
        opening = row.rstrip(" \n").removesuffix("|").rfind("|") + 1
    else:
        opening = row.rfind("\t") + 1
    cell_start = row.index(numbers, opening)
    return cell_start, cell_start + len(numbers)
