"""Markdown footnote definitions ("[^1]: Smith J. ...") read as numbered reference entries."""

from __future__ import annotations

from citelint.models import Reference
from citelint.read.entry_reference import make_reference
from citelint.read.lines import Line, Locate
from citelint.read.list_entries import FOOTNOTE_DEFINITION
from citelint.whole_numbers import whole_number


def footnote_entries(
    footnotes: list[list[Line]], listed: list[Reference], locate: Locate
) -> list[Reference]:
    """The numbered footnotes as entries, but for those the reference list numbers already."""
    # A footnote that reuses a number of the reference list is an aside ("[^1]: The
    # trial enrolled women only."), not a second entry 1.
    taken = {reference.number for reference in listed}
    return [
        make_reference(number, entry, None, True, locate)
        for entry in footnotes
        if (number := _footnote_number(entry[0])) is not None and number not in taken
    ]


def footnote_definitions(lines: list[Line], skipped: set[int]) -> list[list[Line]]:
    """Markdown footnote definitions "[^1]: ..." with their indented continuation lines."""
    entries: list[list[Line]] = []
    current: list[Line] | None = None
    for line in lines:
        if line.number in skipped:
            current = None
            continue
        # A definition's "[^" follows at most three spaces: most lines have none there.
        match = FOOTNOTE_DEFINITION.match(line.text) if "[^" in line.text[:5] else None
        if match:
            line.indent = match.end()
            current = [line]
            entries.append(current)
        elif current is not None and line.text.startswith(("    ", "\t")):
            current.append(line)
        elif current is not None and not line.blank and not current[-1].blank:
            current.append(line)  # a lazy continuation line
        else:
            current = None
    return entries


def _footnote_number(line: Line) -> int | None:
    """Footnotes with names ("[^smith]") are not numbered citations; they are left alone."""
    label = FOOTNOTE_DEFINITION.match(line.text)
    return whole_number(label["label"]) if label else None
