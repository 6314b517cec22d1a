"""A submitted manuscript's line numbers in the left margin, as a PDF of it is read as text.

Journals ask for "continuous line numbering", so the text of a submission PDF starts each line
(or every fifth) with its number: "  74  1. Ridker PM, ...". Read as they are, those numbers
were taken for the reference list's own numbers (the list became a single entry, and every
citation but [1] pointed past its end). They are told by the page, never by a line alone: a
number in the margin counts up with the lines, a line's number minus another's is the count of
lines between them. Such numbers are blanked out (so columns stay where they were).
"""

from __future__ import annotations

from collections import Counter

from citelint.lazy_pattern import LazyPattern

# The number, right-aligned in the margin, then two spaces, a tab or nothing (a blank line).
_MARGIN_NUMBER = LazyPattern(r" {0,8}(\d{1,5})(?: {2,}|\t| *$)")
# Word numbers every line or every fifth: a look at the page's first lines decides.
_FIRST_LINES = 60
_LEAST_NUMBERED = 5
_LEAST_SHARE_IN_STEP = 0.85


def without_margin_numbers(text: str) -> str:
    """``text`` with its margin line numbers blanked out, or ``text`` itself when its lines
    carry none (see the module)."""
    first = _numbered_lines(text.split("\n", _FIRST_LINES)[:_FIRST_LINES])
    if not _counts_up_with_lines(_right_aligned(first), 3):
        return text  # a cheap look at the first lines turns away nearly every page
    lines = text.split("\n")
    numbered = _right_aligned(_numbered_lines(lines))
    if not _spans_the_page(numbered, len(lines)) or not _counts_up_with_lines(
        numbered, _LEAST_NUMBERED
    ):
        return text
    for index, _value, width in numbered:
        lines[index] = " " * width + lines[index][width:]
    return "\n".join(lines)


def _numbered_lines(lines: list[str]) -> list[tuple[int, int, int]]:
    """(index, number, width of the number with its indent) of each line led by a number in
    the margin."""
    numbered = []
    for index, line in enumerate(lines):
        if line[:1] != " " and not line[:1].isdigit():
            continue
        match = _MARGIN_NUMBER.match(line)
        if match is not None:
            numbered.append((index, int(match[1]), match.end(1)))
    return numbered


def _right_aligned(numbered: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The numbered lines whose numbers end where most of them end, in an indented margin: a
    PDF's line numbers are right-aligned ("   9  text", "  10  text"); a list's own numbers
    start its lines ("1<tab>Smith", "1  Smith": review29a P1-3, a list read as one entry)."""
    if not numbered:
        return numbered
    ends = Counter(width for _index, _value, width in numbered)
    end, count = ends.most_common(1)[0]
    if end < 2 or count * 10 < len(numbered) * 9:
        return []
    return [line for line in numbered if line[2] == end]


def _spans_the_page(numbered: list[tuple[int, int, int]], line_count: int) -> bool:
    """Whether the numbers run from the page's top to its end, one line in twenty or more (a
    numbered table or list fills a part of the page)."""
    if len(numbered) * 20 < line_count:
        return False
    slack = line_count // 10 + 5  # Word may number every fifth line
    return numbered[0][0] < slack and line_count - numbered[-1][0] <= slack


def _counts_up_with_lines(numbered: list[tuple[int, int, int]], least: int) -> bool:
    """Whether at least ``least`` lines are numbered and the numbers of most neighbours differ
    by the count of lines between them (a table's column of figures does not; a new page may
    start the count again, and a line of the PDF's own may fall between two numbers)."""
    if len(numbered) < least:
        return False
    in_step = sum(
        0 < value_after - value <= index_after - index <= value_after - value + 1
        for (index, value, _), (index_after, value_after, _) in zip(
            numbered, numbered[1:], strict=False
        )
    )
    return in_step >= _LEAST_SHARE_IN_STEP * (len(numbered) - 1)
