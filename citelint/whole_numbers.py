"""Whole numbers read from text anyone may have written: a page, a Word file, a header.

Two traps sit between ``str.isdigit()`` and ``int()``: "¹" and "①" are digits to the first
and no number to the second, and ``int()`` refuses more than 4,300 digits (Python's guard
against slow conversions). Either ended a run with an internal error.
"""

from __future__ import annotations

# Far more digits than any list start, level or count holds, and far fewer than int() takes.
LONGEST = 100


def whole_number(text: str) -> int | None:
    """``text`` as a whole number, when it is one written in decimal digits (of any script,
    as ``int`` reads them) and no longer than ``LONGEST``; None for anything else."""
    return int(text) if text.isdecimal() and len(text) <= LONGEST else None


def signed_number(text: str) -> int | None:
    """``whole_number``, with one leading minus sign allowed."""
    number = whole_number(text.removeprefix("-"))
    return None if number is None else -number if text.startswith("-") else number


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def roman(value: int) -> str:
    """``value`` (1 to 3999) as a roman numeral in lower case: 14 -> "xiv"."""
    pieces: list[str] = []
    for size, numeral in _ROMAN:
        count, value = divmod(value, size)
        pieces.append(numeral * count)
    return "".join(pieces)
