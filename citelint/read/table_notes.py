"""A table's own footnote marks: "2.5 mg twice a day¹" in a dosage table, "¹ If at least 2
of these apply ..." opening a line right under it (user29a P1-9). The mark calls the note
under the table, not an entry of the page's reference list, even when its number is one.

A table is a run of blocks whose lines are all "| a | b |" rows (Markdown's, or an HTML
table as the HTML reader writes it). Its notes are the lines of the block right after it
that open with a superscript and go on in words. Only superscripts are taken: a bracket
"[1]" in a cell is how the page cites, and stays a citation.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import Found, calls_note
from citelint.read.prose_candidates import SUPERSCRIPT_TO_DIGITS

# A note's opening at a line's start: "<sup>1</sup> If ...", "¹ If ...", "^1^ If ..."; a
# letter must follow (told after the match: a class of letters costs the pattern's compile
# two million instructions).
_NOTE_LINE = LazyPattern(
    r"[ \t]*(?:<sup\b[^>]{0,200}>[ \t]*(\d{1,2})[ \t]*</sup[ \t]*>|([¹²³⁴⁵⁶⁷⁸⁹])|\^(\d{1,2})\^)"
    r"[ \t]*"
)
# What a note line opens with, after white space.
_NOTE_STARTS = "<^¹²³⁴⁵⁶⁷⁸⁹"


def without_table_notes(texts: list[str], cited: list[list[Found]]) -> list[list[Found]]:
    """``cited`` (each block's citations) without the marks of tables' own notes: in the
    table's rows, and at the openings of the note lines under it."""
    if not any(markers for markers in cited):
        return cited
    kept = list(cited)
    index = 0
    while index < len(texts):
        if not _is_table(texts[index]):
            index += 1
            continue
        first = index
        while index < len(texts) and _is_table(texts[index]):
            index += 1
        if index == len(texts):
            break
        notes = _note_openings(texts[index])
        if notes:
            numbers = {number for _, _, number in notes}
            for row in range(first, index):
                kept[row] = [m for m in kept[row] if not (m.numbers and calls_note(m, numbers))]
            kept[index] = [m for m in kept[index] if not any(s <= m.start < e for s, e, _ in notes)]
    return kept


def _is_table(text: str) -> bool:
    """Whether every line of a block is a table's row."""
    lines = text.strip().splitlines()
    return bool(lines) and all(
        line.strip().startswith("|") and line.strip().endswith("|") for line in lines
    )


def _note_openings(text: str) -> list[tuple[int, int, int]]:
    """The span of each note line's mark in ``text`` and the note's number; none unless the
    block's first line opens a note."""
    openings: list[tuple[int, int, int]] = []
    if text.lstrip()[:1] not in _NOTE_STARTS or not text.strip():
        return openings  # most blocks under a table: told without the pattern
    start = 0
    for line in text.splitlines(keepends=True):
        opening = _NOTE_LINE.match(line)
        if opening is not None and not line[opening.end() : opening.end() + 1].isalpha():
            opening = None
        if opening is not None:
            number = (opening[1] or opening[2] or opening[3]).translate(SUPERSCRIPT_TO_DIGITS)
            mark_start = start + len(line) - len(line.lstrip(" \t"))
            openings.append((mark_start, start + opening.end(), int(number)))
        elif not openings and line.strip():
            return []
        start += len(line)
    return openings
