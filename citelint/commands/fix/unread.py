"""Numbers in the text that may be citations the reader did not read, and that a renumbering
would leave pointing at another work.

A superscript flattened into plain text after a sentence ("... over 75.2 Among ...") is read
only where the page and the order of first citations call for it; otherwise the reader
declines it, rightly for a check (when unsure, stay silent). ``citelint fix`` must not stay
silent there: it renumbers every citation it read, and a declined "2" that was a citation
would then name another paper with nothing to tell. So fix looks for the shapes such a
superscript takes and refuses when one of them names an entry the renumbering moves.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from citelint.commands.fix.plan import cited_markers
from citelint.commands.fix.source import entry_slots, line_starts, marker_span
from citelint.models import Document

_NUMBERS = r"\d{1,3}(?:[ \t]?[,\-–][ \t]?\d{1,3})*"
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A sentence's stop with a number glued after it, then the next sentence: "trials.3 Its",
# "over 75.2 Among", "75.1,2 The"; or the end of the line after a word: "disease.2".
# A decimal number in a sentence is followed by more of the sentence, not by a new one, and a
# number before its own stop ("in 2019.") has nothing glued after it.
_GLUED_AFTER_WORD = re.compile(
    rf"(?<=[^\W\d_])\.(?P<numbers>{_NUMBERS})(?=[ \t]+[A-Z][a-z]|[ \t]*(?:\r?\n|\Z))"
)
# The number before the stop stands alone: not a range's end ("0.9–19.8 Gy"), a decimal's
# or a date's part. A unit's symbol after it is a measure ("12.1 Gy"), not a new sentence.
_GLUED_AFTER_NUMBER = re.compile(
    rf"(?<![\d.,/:])(?<!\d[\-–—])\d{{1,4}}\.(?P<numbers>{_NUMBERS})"
    r"(?=[ \t]+(?!(?:Gy|Bq|Sv|Hz|Pa|Da|Ci|Gb|Mb|Kb)\b)[A-Z][a-z])"
)
# Superscript digits after a sentence's stop or a word of prose in lower case ("disease.¹³",
# "trials¹³"); not after a name (a byline's affiliations, "Lindqvist¹˒²") nor after a unit's
# symbol of one to three letters ("kg/m²", "cm³"). Superscript digits are letters to ``\w``.
_SUPERSCRIPT_AFTER_WORD = re.compile(
    rf"(?:(?<=[.,;:)])|(?<![^\W\d_])[a-z][^\W\d_{_SUPERSCRIPTS}]{{3,}})"
    rf"(?P<numbers>[{_SUPERSCRIPTS}]+(?:[,˒⁻][{_SUPERSCRIPTS}]+)*)"
)
_TAG = re.compile(r"<[^<>]*>")
_TO_ASCII = str.maketrans(_SUPERSCRIPTS + "˒⁻", "0123456789,-")
_LONGEST_RANGE = 50


@dataclass(frozen=True)
class Unread:
    """A number shape the reader did not read as a citation, and the entries it could name."""

    line: int
    column: int
    text: str
    numbers: tuple[int, ...]


def unread_citations(text: str, document: Document) -> list[Unread]:
    """The shapes of a flattened superscript in the text that no read marker covers and
    that name entries of the list; the list's own entries are not looked at."""
    starts = line_starts(text)
    html = document.format == "html"
    covered = [marker_span(text, starts, marker, html) for marker in cited_markers(document)]
    covered += [(slot.start, slot.end) for slot in entry_slots(text, starts, document)]
    entries = {entry.number for entry in document.references}
    found = []
    for pattern in (_GLUED_AFTER_WORD, _GLUED_AFTER_NUMBER, _SUPERSCRIPT_AFTER_WORD):
        for match in pattern.finditer(text):
            start, end = match.span("numbers")
            if _opens_line(text, match.start()):
                continue  # a section's number, "2.1 Methods", or an affiliation's
            if any(begin < end and start < finish for begin, finish in covered):
                continue
            listed = _numbers(match["numbers"])
            if pattern is _SUPERSCRIPT_AFTER_WORD and not entries.intersection(listed):
                # Superscripts side by side past the list's end may be read digit by digit
                # ("¹³" as 1 and 3), as the reader does where the order calls for it.
                listed = [
                    int(digit) for digit in match["numbers"].translate(_TO_ASCII) if digit.isdigit()
                ]
            numbers = tuple(dict.fromkeys(n for n in listed if n in entries))
            if numbers:
                line = bisect_right(starts, start)
                column = start - starts[line - 1] + 1
                found.append(Unread(line, column, _context(text, start, end), numbers))
    return sorted(found, key=lambda unread: (unread.line, unread.column))


def why_unread_would_move(text: str, document: Document, mapping: dict[int, int]) -> str | None:
    """Why renumbering with ``mapping`` could change what an unread citation names."""
    for unread in unread_citations(text, document):
        moved = [number for number in unread.numbers if mapping.get(number, number) != number]
        if moved:
            number = moved[0]
            return (
                f"line {unread.line}, column {unread.column}: {unread.text!r} may cite "
                f"entry {number}, which citelint did not read as a citation; renumbering "
                f"would make it name entry {mapping[number]}'s work instead: if it cites, write "
                f"it as [{number}] and fix again; if not, renumber by hand"
            )
    return None


def _opens_line(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    # Only markup before it: Markdown's heading, emphasis or list marks, HTML's tags.
    return not _TAG.sub("", text[line_start:position]).strip(" \t#*>-+_")


def _numbers(listed: str) -> list[int]:
    plain = listed.translate(_TO_ASCII)
    numbers: list[int] = []
    for part in re.split(r"[ \t]*,[ \t]*", plain):
        ends = re.split(r"[ \t]*[\-–][ \t]*", part)
        if not all(end.isdigit() for end in ends):
            continue
        first, last = int(ends[0]), int(ends[-1])
        if len(ends) == 2 and first < last and last - first <= _LONGEST_RANGE:
            numbers += range(first, last + 1)
        else:
            numbers += [int(end) for end in ends]
    return numbers


def _context(text: str, start: int, end: int) -> str:
    """A few words around the number, on its line, as a user would search for it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[max(line_start, start - 20) : start]
    after = text[end:line_end][:24]
    before = before.split(" ", 1)[-1] if " " in before else before
    after = " ".join(after.split(" ")[:2]) if after.startswith(" ") else after.split(" ")[0]
    return before + text[start:end] + after
