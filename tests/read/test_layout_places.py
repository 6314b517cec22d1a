"""Lines and columns of a plain or Markdown page, told by the layout from the lines it cuts
the page into (citelint.read.layout), as line_locator tells them from the text."""

from __future__ import annotations

import pytest

from citelint.read import read_text
from citelint.read.lines import line_locator, lines_locator, split_lines

PAGE = (
    "Statins lower LDL cholesterol in older adults [1].\n"
    "\n"
    "   Aspirin after a first stroke cut recurrence by a fifth [2, 3].\n"
    "\n\n"
    "References\n"
    "1. Haddad R, Lindqvist M. Statins in people over 75. BMJ. 2019;365:l1234.\n"
    "2. Oyelaran T. Aspirin after stroke. Stroke. 2018;49(4):881-9.\n"
    "3. Brennan C, Sato K. Recurrent stroke. Lancet Neurol. 2020;19:10-18.\n"
)


@pytest.mark.parametrize("text", ["", "\n", "one line", "a\n\nb\n", PAGE, "\n\nlast\n\n"])
def test_every_offset_has_the_place_line_locator_gives(text: str) -> None:
    told, searched = lines_locator(split_lines(text)), line_locator(text)
    assert [told(offset) for offset in range(len(text) + 1)] == [
        searched(offset) for offset in range(len(text) + 1)
    ]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_markers_and_entries_stand_where_the_file_has_them(fmt: str) -> None:
    document = read_text(PAGE, f"page.{fmt}", fmt)
    markers = [marker for claim in document.claims for marker in claim.markers]
    assert [(marker.line, marker.column) for marker in markers] == [(1, 47), (3, 59)]
    assert [entry.line for entry in document.references] == [7, 8, 9]
    assert document.references_line == 6
