"""Bracketed numbers on a page with no reference list that show a reader the marks rather
than cite anything: an editorial policy's "Numbers in square brackets, like [1], point to
that list." (user29a P1-1), a glossary's legend of a lab report's flags, "- **[1]**,
**[2]** — a footnote from the lab" (user29a P1-2), and an order set's numbered steps or a
guideline's "Note [1]:" lines (user30b P1-4). Each was a CL107 error.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Marker

# The words that present an example right before the mark: "like [1]", "such as [1]".
_EXAMPLE_LEAD = LazyPattern(r"(?:\blike|\bsuch as|\be\.g\.,?|\bfor example,?)\s*\Z", re.IGNORECASE)
# A legend's item: the marks open it, then a dash or colon and their meaning.
_LEGEND_ITEM = LazyPattern(
    r"[ \t]*(?:[-*+][ \t]+)?(?:[*_]{0,2}\[\d{1,3}\][*_]{0,2}(?:,|[ \t]+or|[ \t]+and)?[ \t]*)+"
    r"(?:[—–:]|-(?=[ \t]))[ \t]*\w"
)

# A line a mark labels: an order set's step "[1] TIME ZERO: record ...", a guideline's "Note
# [2]: IV to oral switch ..." under its table (user30b P1-4).
_LABELLED_LINE = LazyPattern(
    r"[ \t]*(?:[-*+][ \t]+)?(?:(?:note|step|footnote|remark)[ \t]*)?[*_]{0,2}"
    r"(?P<mark>\[)\d{1,3}\][*_]{0,2}[ \t]*[:.)]?[ \t]+\w",
    re.IGNORECASE,
)


def shows_its_marks(text: str, markers: list[Marker]) -> bool:
    """Whether the page's only marks are an example ("like [1]", one mark alone), the items
    of a legend (every mark opening a line that then says what it means), or labels (every
    mark opening a line of its own, as a step's or a note's number: none cites in prose)."""
    lines = text.splitlines()
    if len(markers) == 1 and len(markers[0].numbers) == 1:
        marker = markers[0]
        before = lines[marker.line - 1][: marker.column - 1] if marker.line <= len(lines) else ""
        if _EXAMPLE_LEAD.search(before):
            return True
    opened = [lines[marker.line - 1] for marker in markers if marker.line <= len(lines)]
    if len(opened) < len(markers):
        return False
    return all(map(_LEGEND_ITEM.match, opened)) or all(
        _labels_its_line(line, marker) for line, marker in zip(opened, markers, strict=True)
    )


def _labels_its_line(line: str, marker: Marker) -> bool:
    label = _LABELLED_LINE.match(line)
    return label is not None and label.start("mark") == marker.column - 1
