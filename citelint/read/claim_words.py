"""Cutting a page's paragraphs into claims with their words, at once or only when a run reads
them (``Document.word_claims``), and flagging the citations in tables and captions."""

from __future__ import annotations

import re
from collections.abc import Callable

from citelint.lazy_pattern import LazyPattern
from citelint.models import Claim
from citelint.read.claims import build_claims, is_tab_split_row
from citelint.read.found import Found
from citelint.read.lines import Locate

# "Table 2. Trials of exercise", "**Figure 1:** Flow of patients": a caption, not "Table 2 shows".
_CAPTION = re.compile(
    r"[ \t]*(?:\*\*)?(?:Table|Figure|Fig\.|Supplementary Table)[ \t]*[A-Z]?\d{1,3}[.:|]"
)
_NON_SPACE = LazyPattern(r"\S")


class ClaimWords:
    """A page's paragraphs and their citations: all that cutting them into claims with their
    words needs, whenever it is done (at once, or only when a run reads the words). Kept
    without the page's lines, so that a document read without its claims' words holds little
    more than its text until they are built."""

    def __init__(
        self,
        text: str,
        locate: Locate,
        paragraphs: list[tuple[int, int, list[Found]]],
        wording: Callable[[], str] | None,
    ) -> None:
        self.text = text
        self.locate = locate
        self.paragraphs = paragraphs  # (start, end, citation markers) of each paragraph
        self.wording = wording

    def claims(self, words: str | None = None) -> list[Claim]:
        """The claims; ``words``: the text they take their words from, when made already
        (see read_layout's ``wording``)."""
        if words is None:
            words = self.wording() if self.wording is not None else self.text
        # A PDF's line-end hyphens: "cardio-" / "vascular" reads "cardiovascular" (user20).
        if "-\n" in words or "-\r\n" in words or "- \n" in words:  # else not even imported
            from citelint.read.line_hyphens import join_broken_words

            words = join_broken_words(words)
        claims: list[Claim] = []
        heads: dict[int, list[str] | None] = {}  # each table row's heads, by where it starts
        for base, end, markers in self.paragraphs:
            text = self.text[base:end]
            head = _table_head(self.text, base, heads) if text[:1] == "|" else None
            made = build_claims(text, base, markers, self.locate, words[base:end], head)
            mark_floating(self.text, base, markers, made)
            claims += made
        return claims


def mark_floating(text: str, base: int, markers: list[Found], claims: list[Claim]) -> None:
    """Flag the markers in a table row ("| a | b |", or cells split by tabs) or in a paragraph
    that is a table's or figure's caption ("Table 2. Trials of exercise")."""
    made = [marker for claim in claims for marker in claim.markers]
    if not markers or len(made) != len(markers):
        return
    caption = bool(_CAPTION.match(text, base))
    if caption or not _may_hold_cells(text, base, base + max(m.start for m in markers)):
        for marker in made:
            marker.floating = caption
        return
    line_start = line_end = -1
    floating: bool = caption
    for found, marker in zip(markers, made, strict=True):
        start = base + found.start
        # A line is looked at once, whatever its length and its number of markers.
        if not caption and not line_start <= start <= line_end:
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = line_end if line_end >= 0 else len(text)
            opening = _NON_SPACE.search(text, line_start, line_end)
            row = opening is not None and opening[0] == "|"
            floating = row or is_tab_split_row(text, line_start, line_end)
        marker.floating = floating


def _may_hold_cells(text: str, start: int, last: int) -> bool:
    """Whether a line from the one holding ``start`` to the one holding ``last`` may be a
    table row: a row opens with "|" or has two tabs. Most paragraphs have neither, and their
    markers' lines need no look one by one."""
    first_line = text.rfind("\n", 0, start) + 1
    last_line = text.find("\n", last)
    lines = text[first_line : last_line if last_line >= 0 else len(text)]
    return "|" in lines or "\t" in lines


def _table_head(text: str, base: int, heads: dict[int, list[str] | None]) -> list[str] | None:
    # Imported here: most pages have no table whose rows cite.
    from citelint.read.table_columns import table_head

    return table_head(text, base, heads)
