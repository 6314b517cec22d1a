"""Lines of a text (citelint.read.lines): the nearest line above that is not blank."""

from __future__ import annotations

from citelint.read.lines import filled_above, split_lines


def test_the_line_above_passes_over_blank_lines() -> None:
    lines = split_lines("References\n\n   \n1. Okafor N. Title. Lancet. 2020;1:2.\n\n")
    assert filled_above(lines, 3) == 0  # the heading, past two blank lines
    assert filled_above(lines, 0) == -1
    assert filled_above(lines, len(lines)) == 3  # the list's last line, past the blank end
    assert filled_above(split_lines("\n\n"), 2) == -1
