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
