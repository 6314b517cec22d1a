"""Blocks a saved page never shows: their citations are no claim's.

A saved page keeps blocks the reader never sees: an old draft or a menu behind ``hidden``, a
pop-over template set ``display: none``. Their numbers were read as citations (a false CL101
for "[9]" on a list of eight). Review20b showed what skipping them whole costs: a collapsed
"References" accordion lost its list, "Show all references" lost entries, a page behind
``hidden="until-found"`` (shown when searched) lost its body, and a ``<li hidden>`` whose end
tag HTML lets one leave out hid the rest of the page. So nothing is skipped: the page is read
whole, and only afterwards are the markers and links that stood inside such a block dropped,
above the reference section alone; the list is never touched. Only a ``div``, ``section`` or
``aside`` counts (their end tags are never left out), and only one whose end was seen.

Review21b showed what dropping every such marker costs: a section a script collapsed (a
"Discussion" behind ``style="display: none;"``, which the reader opens) lost its citations, a
false CL102 for each entry cited only there and a true CL101 lost. So a block's markers are
dropped only when each would be a false alarm: a number past the list's end (the template's
"[48]" on a list of 45) or one the visible text cites too. A block citing an entry nothing else
cites is the article's own: all its markers stay, as they did before hidden blocks were known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from citelint.inline_citation import InlineCitation
from citelint.models import Claim, Reference

Position = tuple[int, int]  # a source line and column (1-based), as markers give theirs
HIDING_TAGS = frozenset(["div", "section", "aside"])
# Classes that hide a block in the stylesheets pages use (Bootstrap, Tailwind, Bulma, Elsevier's
# and Springer's own). No stylesheet is read: a page's own class of that name that shows the
# block is met by the rule above, which keeps any block citing what nothing visible cites.
HIDING_CLASSES = frozenset(["hidden", "d-none", "is-hidden", "u-hide", "u-hidden", "hide"])


def is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether a block's own attributes hide it: ``hidden`` (not ``hidden="until-found"``,
    which the browser shows when the page is searched), a style of ``display: none``, or a
    class the usual stylesheets hide (``hidden``, ``d-none``), unless another class of it
    shows it at some width (``hidden md:block``, ``d-none d-md-block``)."""
    for name, value in attrs:
        if name == "hidden" and (value or "").strip().lower() != "until-found":
            return True
        hiding = name == "class" and value is not None and ("hid" in value or "none" in value)
        if hiding and value is not None and _hiding_classes(value.split()):  # classes keep case
            return True
        style = value.lower() if name == "style" and value else ""
        if "none" in style and "display:none" in "".join(style.split()):
            return True
    return False


def _hiding_classes(classes: list[str]) -> bool:
    """Whether the classes hide their block: one of HIDING_CLASSES, and none that shows it at
    some width (Tailwind's "md:block", Bootstrap's "d-md-block")."""
    if HIDING_CLASSES.isdisjoint(classes):
        return False
    return not any(":" in word or word.startswith("d-") and word != "d-none" for word in classes)


@dataclass
class HiddenBlocks:
    """The hidden blocks of a page, as its flattener meets their start and end tags."""

    ranges: list[tuple[Position, Position]] = field(default_factory=list)
    tag: str = ""  # the open hidden block's tag ("" when none is open)
    depth: int = 0  # how many elements of that tag are open inside it, itself counted
    start: Position = (0, 0)

    def open(self, tag: str, start: Position) -> None:
        self.tag, self.depth, self.start = tag, 1, start

    def close(self, end: Position) -> None:
        """One end tag of the open block's tag: the block's own when none inside is open."""
        self.depth -= 1
        if not self.depth:
            self.ranges.append((self.start, end))
            self.tag = ""

    def cancel(self) -> None:
        """Take back the last start tag counted: its element is skipped, end tag and all."""
        self.depth -= 1
        if not self.depth:
            self.tag = ""

    def above(self, list_start: Position | None) -> None:
        """Forget the blocks that do not end before the reference list starts: one holding
        the list (a collapsed section), or one inside it or after it."""
        if list_start is not None:
            self.ranges = [(start, end) for start, end in self.ranges if end < list_start]

    def citing(self, claims: list[Claim], references: list[Reference]) -> None:
        """Forget the blocks whose markers are not all false alarms: a block that cites an
        entry no marker outside the hidden blocks cites (a collapsed section of the article)
        is read as the page shows it once opened, every marker of it kept."""
        if not self.ranges:
            return
        visible: set[int] = set()
        held: list[set[int]] = [set() for _ in self.ranges]
        for claim in claims:
            for marker in claim.markers:
                block = self._block(marker.line, marker.column)
                (visible if block is None else held[block]).update(marker.numbers)
        last = max((entry.number for entry in references), default=0)
        self.ranges = [
            block
            for block, numbers in zip(self.ranges, held, strict=True)
            if all(number > last or number in visible for number in numbers)
        ]

    def visible_claims(self, claims: list[Claim]) -> list[Claim]:
        """The claims with the markers of hidden blocks taken out; a claim left without a
        marker is dropped."""
        if not self.ranges:
            return claims
        kept = []
        for claim in claims:
            markers = [m for m in claim.markers if not self._hides(m.line, m.column)]
            if len(markers) != len(claim.markers):
                if not markers:
                    continue
                claim.markers = markers
            kept.append(claim)
        return kept

    def visible_words(
        self, claim_words: Callable[[], list[Claim]] | None
    ) -> Callable[[], list[Claim]] | None:
        """The layout's maker of claims with their words, its claims made visible so too."""
        if not self.ranges or claim_words is None:
            return claim_words
        return lambda: self.visible_claims(claim_words())

    def visible_links(self, inline: list[InlineCitation]) -> list[InlineCitation]:
        if not self.ranges:
            return inline
        return [link for link in inline if not self._hides(link.line, link.column)]

    def _hides(self, line: int, column: int) -> bool:
        place = (line, column)
        return any(start <= place <= end for start, end in self.ranges)

    def _block(self, line: int, column: int) -> int | None:
        """The index of the hidden block holding a place, None when none does."""
        place = (line, column)
        for index, (start, end) in enumerate(self.ranges):
            if start <= place <= end:
                return index
        return None


def list_start(references: list[Reference], heading_line: int | None) -> Position | None:
    """Where the reference list starts: its first entry, else its heading's line."""
    if references:
        return min((entry.line, entry.column) for entry in references)
    return None if heading_line is None else (heading_line, 0)
