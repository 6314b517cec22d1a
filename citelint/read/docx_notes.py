"""How Word shows a note's number: endnotes are "i", "ii", "iii" unless the writer chose
otherwise, and notes may start past 1. Findings name a note-reference as Word shows it."""

from __future__ import annotations

from collections.abc import Iterable

from citelint.read.docx_package import NOTE_DEFAULTS, Level
from citelint.whole_numbers import roman

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def note_names(numbers: Iterable[int], numbering: Level | None, kind: str) -> dict[int, str]:
    """The name Word shows for each note number (1 for the first note) that it does not show
    as that number; an empty mapping when the notes are 1, 2, 3 or their format is not known."""
    format_ = numbering.format if numbering else NOTE_DEFAULTS[kind]
    start = numbering.start if numbering else 1
    names: dict[int, str] = {}
    for number in numbers:
        shown = shown_number(number + start - 1, format_)
        if shown is not None and shown != str(number):
            names[number] = shown
    return names


def shown_number(value: int, format_: str) -> str | None:
    """``value`` in one of Word's number formats, or None for a format not read here
    (symbols, other scripts): the finding then names the note by its place."""
    if value < 1:
        return None
    if format_.startswith("decimal"):
        return str(value)
    if format_ in ("lowerRoman", "upperRoman") and value < 4000:
        numeral = roman(value)
        return numeral if format_ == "lowerRoman" else numeral.upper()
    if format_ in ("lowerLetter", "upperLetter"):
        # Word goes on "y, z, aa, bb": the letter repeated, not "ab".
        letter = _LETTERS[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return letter if format_ == "lowerLetter" else letter.upper()
    return None
