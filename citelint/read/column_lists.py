"""A reference list set in two columns, copied from a PDF row by row: its entries interleaved.

Some PDF viewers copy a two-column page line by line across both columns, so the list reads
"1. Zelniker TA ..." / "5. Solomon SD ..." / "secondary prevention ..." / "failure with
mildly ...": every other line is the other column's. Read in that order, entries took the
other column's lines and the numbering went back three times (CL103). Where the lines read
in column order (every other line, the longer column's last lines at the end) give one
list numbered 1, 2, 3 ... without a gap, and only one such order ends its entries as
entries end, and more of them than the list as copied does, the list is read in that
order; otherwise it is left as copied (one column with two entries swapped, CL103's).
A list over several pages, its columns restarting on each page, is read so page by page.
"""

from __future__ import annotations

from citelint.read.lines import Line
from citelint.read.list_entries import entry_number

# Interleaved columns number back within the first rows: the second entry of the first
# column comes after the first entry of the second, within this many lines of an entry of
# some five lines. A list in order there is read as copied, unasked further.
_FIRST_ROWS = 16


def in_column_order(lines: list[Line]) -> list[Line]:
    """``lines`` (a reference list) in column order, if they are two columns interleaved."""
    if _in_order(lines[:_FIRST_ROWS]) or _in_order(lines):
        return lines  # most lists
    end = len(lines)
    while end and lines[end - 1].blank:
        end -= 1
    if any(line.blank for line in lines[:end]):
        return lines  # a PDF's copy has no blank lines between its rows
    reordered = _reordered(lines[:end]) or _pages_reordered(lines[:end])
    return lines if reordered is None else reordered + lines[end:]


def _reordered(lines: list[Line]) -> list[Line] | None:
    """The one column order of ``lines`` that reads as a list, or None."""
    numbers = _numbers(lines)
    if len(numbers) < 4 or sorted(numbers) != list(range(numbers[0], numbers[0] + len(numbers))):
        return None  # a gap or a number twice: no two columns of one list
    orders = [order for _, order in _column_orders(lines) if _numbered_in_turn(order)]
    if not orders:
        return None
    scores = [_ended_entries(order) for order in orders]
    best = max(scores)
    if scores.count(best) > 1:
        return None  # two orders read as well: which is the page's cannot be told
    if best <= _ended_entries(lines):
        return None  # the list as copied reads as well: one column, two entries swapped (CL103)
    return orders[scores.index(best)]


def _pages_reordered(lines: list[Line]) -> list[Line] | None:
    """A list over several pages, each page's rows interleaved anew (the columns restart on
    each page): each page read in its one column order, or None. The pages part where a
    running head or foot was dropped, the lines' numbers jumping there. The whole must number
    its entries in turn and end strictly more of them than the list as copied."""
    pages = _pages(lines)
    if len(pages) < 2:
        return None
    ordered: list[Line] = []
    for page in pages:
        if _in_order(page):
            ordered += page  # a page in one column (the last, often), or with one entry
            continue
        best = _best_page_order(page)
        if best is None:
            return None
        ordered += best
    if not _numbered_in_turn(ordered) or _ended_entries(ordered) <= _ended_entries(lines):
        return None
    return ordered


def _best_page_order(page: list[Line]) -> list[Line] | None:
    """The column order of one page that ends the most entries, numbering them in turn; of
    two that end as many, the one moving fewer lines after the rows (a full page's columns
    are as long as each other, and a line that ends no entry can move unnoticed); None when
    that does not tell."""
    orders = _column_orders(page)
    ranked = sorted(
        (
            (-_ended_entries(order), moved, index)
            for index, (moved, order) in enumerate(orders)
            if _numbered_in_turn(order, True)
        ),
    )
    if not ranked or len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
        return None
    return orders[ranked[0][2]][1]


def _pages(lines: list[Line]) -> list[list[Line]]:
    """The lines parted where their numbers jump: where a page's head or foot was dropped."""
    pages = [[lines[0]]]
    for before, line in zip(lines, lines[1:], strict=False):
        if line.number != before.number + 1:
            pages.append([])
        pages[-1].append(line)
    return pages


def _in_order(lines: list[Line]) -> bool:
    numbers = _numbers(lines)
    return numbers == sorted(numbers)


def _numbers(lines: list[Line]) -> list[int]:
    """The entry numbers the lines open with, in their order."""
    return [number[0] for line in lines if (number := entry_number(line.text)) is not None]


def _column_orders(lines: list[Line]) -> list[tuple[int, list[Line]]]:
    """Every reading of ``lines`` as rows of two columns, the longer column's last lines
    after the rows (as many as the count allows, for either column), each with how many
    lines it reads after the rows."""
    orders: list[tuple[int, list[Line]]] = []
    for extra in range(len(lines) % 2, len(lines) - 3, 2):
        rows = lines[: len(lines) - extra]
        tail = lines[len(lines) - extra :]
        left, right = rows[0::2], rows[1::2]
        orders.append((extra, left + tail + right))
        if extra:
            orders.append((extra, left + right + tail))
    return orders


def _numbered_in_turn(order: list[Line], continued: bool = False) -> bool:
    """Whether ``order`` starts with an entry (or, ``continued``, with the end of one from
    the page before) and numbers its entries one after another."""
    if not continued and entry_number(order[0].text) is None:
        return False
    numbers = _numbers(order)
    return bool(numbers) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _ended_entries(order: list[Line]) -> int:
    """How many entries of ``order`` end as an entry ends: with its pages, article number or
    identifier ("2021;385:1451–1461.", "CD002003.", "NEJMoa1210384"), not a byline's "et al."."""
    ends = [index - 1 for index, line in enumerate(order) if entry_number(line.text)][1:]
    ends.append(len(order) - 1)
    return sum(order[index].text.rstrip().rstrip(".")[-1:].isdigit() for index in ends)
