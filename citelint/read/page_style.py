"""How a page cites its references, judged once from every possible marker on it: whether it
cites with bare numbers after its sentences or with numbers glued to its words, and how far
its reference list goes. An unsure reading must name plausible entries: a number far past the
end of the list is a quantity, not a citation.
"""

from __future__ import annotations

from collections import Counter

from citelint.models import Reference
from citelint.read.found import BARE, GLUED, WORD, Found

# How far past the list's last entry an unsure number may go and still be read as a citation
# of a missing entry: a few, or a tenth of the list.
PAST_THE_END = 3
# Without a list, unsure numbers above this are quantities.
LARGEST_WITHOUT_LIST = 30
# A page cites with bare or glued numbers when they are not swamped by sure markers: at
# least one such number for every this many sure ones.
SURE_PER_UNSURE = 4


class PageStyle:
    """How a page cites its references, as ``page_style`` judges it."""

    # A plain class: a dataclass compiles its methods when its module is imported, a cost
    # every short check pays (issue 13).
    def __init__(self, largest: int | None, bare: bool, glued: bool) -> None:
        self.largest = largest  # the largest entry number of the list; None with no list
        self.bare = bare  # the page cites with numbers standing alone after its sentences
        self.glued = glued  # the page cites with numbers glued to its words (superscripts)


def page_style(candidates: list[Found], references: list[Reference]) -> PageStyle:
    """How the page cites, judged from every possible marker on it and its reference list."""
    largest = max((entry.number for entry in references), default=None)
    style = PageStyle(largest, bare=False, glued=False)
    counts = Counter(marker.kind for marker in candidates if plausible(marker, style))
    sure = counts["sure"]
    style.bare = counts[BARE] > 0 and counts[BARE] * SURE_PER_UNSURE >= sure
    glued = counts[WORD] + counts[GLUED]
    style.glued = glued >= 2 and glued * SURE_PER_UNSURE >= sure
    return style


def plausible(marker: Found, style: PageStyle) -> bool:
    """Numbers an unsure marker could mean as entries: up to a little past the list's end."""
    if marker.kind == "sure":
        return True
    if style.largest is None:
        return max(marker.numbers) <= LARGEST_WITHOUT_LIST
    return max(marker.numbers) <= style.largest + max(PAST_THE_END, style.largest // 10)
