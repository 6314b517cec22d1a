"""Where a table's or figure's citations count: ICMJE numbers a reference first cited in a
table or a legend where the text first calls the table or figure out ("summarised in Table
1"), not where the table stands. CL104 leaves such citations out of the order it checks
(Marker.floating); renumbering them where they stand (a table placed after the Discussion)
reordered an article ``check`` passes (user24 P1 21). Here each floating marker is placed at
its table's first call-out, or the renumbering is refused: never a silent reorder.
"""

from __future__ import annotations

import re

from citelint.models import Document, Marker

# A caption's label at the start of its line, after Markdown's emphasis or a heading's marks:
# "**Table 1.** Trials ...", "Table 2: ...", "Tabla 1.", "Tab. 1", "Figure 3.", "Abb. 2".
_TABLE_WORDS = r"tables?|tablas?|tabellen?|tableaux?|tabelas?|tab\."
_FIGURE_WORDS = r"figures?|figs?\.|figuras?|abbildung(?:en)?|abb\."
_LABEL = re.compile(
    rf"[#*_>\s]{{0,8}}(?P<word>{_TABLE_WORDS}|{_FIGURE_WORDS})\s*(?P<number>\d{{1,3}})\b", re.I
)
# Lines above a marker that still belong to its table: rows, rules, blank lines between.
_TABLE_ROW = re.compile(r"\s*(?:\|.*|.*\t.*|[-:|+\s]*)")
_LONGEST_TABLE = 200  # lines walked up from a marker to its caption


def callout_places(document: Document, markers: list[Marker]) -> dict[int, tuple[int, int]]:
    """Where each floating marker (by its index in ``markers``) counts: the line and column
    of its table's or figure's first call-out in the text. Raises ValueError, saying why,
    when a caption or its call-out cannot be found."""
    lines = document.text.splitlines()
    places: dict[int, tuple[int, int]] = {}
    for index, marker in enumerate(markers):
        if not marker.floating:
            continue
        caption = _caption_line(lines, marker.line)
        if caption is None:
            raise ValueError(
                f"line {marker.line}: the table or legend citing {marker.raw!r} has no caption"
                " naming it"
            )
        label = _LABEL.match(lines[caption - 1])
        assert label is not None  # _caption_line found it
        place = _first_callout(lines, caption, label["word"], label["number"])
        if place is None:
            raise ValueError(
                f"line {marker.line}: {label['word']} {label['number']}, which cites"
                f" {marker.raw!r}, is never called out in the text"
            )
        places[index] = place
    return places


def _caption_line(lines: list[str], line: int) -> int | None:
    """The line (1-based) of the caption naming the table or legend the marker's line is
    in: the line itself (a legend, a caption), or the first line above its rows."""
    for number in range(line, max(0, line - _LONGEST_TABLE), -1):
        text = lines[number - 1] if number <= len(lines) else ""
        if _LABEL.match(text):
            return number
        if number != line and not _TABLE_ROW.fullmatch(text):
            return None
    return None


def _first_callout(
    lines: list[str], caption: int, word: str, number: str
) -> tuple[int, int] | None:
    """Where the text first names the table or figure, outside its own caption."""
    kind = _TABLE_WORDS if re.fullmatch(_TABLE_WORDS, word, re.I) else _FIGURE_WORDS
    callout = re.compile(rf"\b(?:{kind})\s*{number}(?!\d|[.,]\d)", re.I)
    for index, text in enumerate(lines, start=1):
        found = callout.search(text) if index != caption else None
        if found is not None:
            return index, found.start() + 1
    return None
