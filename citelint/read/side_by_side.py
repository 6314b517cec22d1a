"""A two-column PDF page as `pdftotext -layout` writes it: both columns on the same lines.

Read line by line, the left column's sentence ran into the right column's words, and the
reference list (in the right column beside the body) was cut into pieces: CL101, CL103 and
CL102 errors on a correct article (user29b P1-4). A page is told two-column by its gutter: on
most of its long lines a run of spaces ends at the same place, where the right column starts.
Such a page is given back as its left column's lines, then its right column's, each piece
anchored to where it stands in the file so findings keep their lines and columns.
"""

from __future__ import annotations

from functools import partial

from citelint.read.lines import Locate, anchored_place

_LEAST_LINES = 12  # long lines with the gutter, on a page
_LEAST_SHARE = 0.6  # of the page's long lines
_LONG = 40  # a line this long may hold two columns
_LEAST_WORDS = 4  # a column's words on a line, on average


def one_column(text: str) -> tuple[str, Locate] | None:
    """``text`` with each two-column page's columns one after the other, and where each of its
    offsets stands in ``text``; None when no page has two columns side by side. Pages are
    told by pdftotext's form feeds: the caller asks only of a text holding one."""
    pages = text.split("\f")
    lines_of = [page.split("\n") for page in pages]
    gutters = [_gutter(lines) for lines in lines_of]
    if not any(gutters):
        return None
    out: list[str] = []
    anchors: list[tuple[int, int, int, int]] = []
    offset, line_number = 0, 1
    for lines, gutter in zip(lines_of, gutters, strict=True):
        pieces = _pieces(lines, gutter, line_number) if gutter else _whole(lines, line_number)
        for piece, (line, column) in pieces:
            anchors.append((offset, line, column, len(piece)))
            out.append(piece)
            offset += len(piece) + 1
        line_number += len(lines) - 1  # the form feed's line goes on as the next page's first
    return "\n".join(out), partial(anchored_place, anchors)


def _gutter(lines: list[str]) -> int | None:
    """Where the gutter between a page's two columns stands (a place where most long lines
    hold two spaces), or None when the page has one column."""
    long_lines = [line for line in lines if len(line) >= _LONG]
    if len(long_lines) < _LEAST_LINES:
        return None
    widest = max(map(len, long_lines))
    best, place = 0, None
    for column in range(widest // 4, widest * 3 // 4):
        spaced = sum(line[column - 1 : column + 1] == "  " for line in long_lines)
        if spaced > best:
            best, place = spaced, column
    if best < _LEAST_LINES or best < _LEAST_SHARE * len(long_lines):
        return None
    return place if place is not None and _prose_on_both_sides(long_lines, place) else None


def _prose_on_both_sides(lines: list[str], gutter: int) -> bool:
    """Whether the lines split at ``gutter`` hold words on either side, as columns of prose
    do: a typed table's cells ("Haemoglobin   10.2   12.1   g/dL") hold a word or a value."""
    split = [line for line in lines if _right_start(line, gutter) is not None]
    left = sum(len(line[:gutter].split()) for line in split)
    right = sum(len(line[gutter:].split()) for line in split)
    return left >= _LEAST_WORDS * len(split) and right >= _LEAST_WORDS * len(split)


def _right_start(line: str, gutter: int) -> int | None:
    """Where the right column's text starts on ``line``: the first character after the
    gutter's spaces; None when the line has no gutter there (a line spanning both columns)
    or nothing after it (a line of the left column alone)."""
    if line[gutter - 1 : gutter + 1] != "  ":
        return None
    rest = line[gutter:].lstrip(" ")
    return len(line) - len(rest) if rest else None


def _pieces(lines: list[str], gutter: int, first: int) -> list[tuple[str, tuple[int, int]]]:
    """The page's left pieces, then its right pieces, with their (line, column) in the file."""
    left: list[tuple[str, tuple[int, int]]] = []
    right: list[tuple[str, tuple[int, int]]] = []
    for number, line in enumerate(lines, first):
        start = _right_start(line, gutter)
        if start is None:
            left.append((line.rstrip(), (number, 1)))
            continue
        left.append((line[:start].rstrip(), (number, 1)))
        right.append((line[start:].rstrip(), (number, start + 1)))
    return left + [("", (first, 1))] + right


def _whole(lines: list[str], first: int) -> list[tuple[str, tuple[int, int]]]:
    return [(line, (number, 1)) for number, line in enumerate(lines, first)]
