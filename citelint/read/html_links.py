"""The HTML flattener's links: identifier links kept for the inline reader, in-page links to
entries read as citations, and the screen-reader words inside those links.

PMC (and sites built on the US web design system, Bootstrap or WordPress) write a citation
link as ``<a href="#R1"><span class="usa-sr-only">Reference </span>1</a>``: a screen reader
says "Reference 1", the page shows "1". Read as written, "Reference 1" is no citation number,
and a page citing only so "cited nothing". Such a span's words are blanked (spaces as long, so
every place stays right) when what the link shows besides is a citation's numbers; any other
span, or a link showing words, is read as written. Spans are heard only inside an in-page
link: elsewhere they write nothing, and the loop passes them over unheard.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.html_anchors import ROW
from citelint.read.html_loop import FlatLoop
from citelint.read.html_markup import ENTRY_TARGET, is_identifier_link
from citelint.read.inline import LinkSpan

_LIST_LENGTH = 100  # how far before a link its citation list's "[" may stand
# An in-page link to an author's affiliation, as Springer Nature's and BMC's bylines write
# "Name<sup><a href="#Aff3">3</a></sup>": its number is no citation (user28b P1-5: CL302
# on the author's name, the number taken for reference 3).
_AFFILIATION_TARGET = LazyPattern(r"#(?:[\w-]*[-_])?af(?:f|fil|filiation)?[-_]?\d{1,4}", re.I)
CITED_NUMBERS = re.compile(r"\s*\d{1,4}(?:\s*[-‐‑–,]\s*\d{1,4})*\s*")
# The classes that show an element to screen readers only.
_SCREEN_READER_ONLY = frozenset(
    [
        "sr-only",
        "usa-sr-only",
        "visually-hidden",
        "visuallyhidden",
        "u-visually-hidden",
        "screen-reader-text",
        "screen-reader-only",
    ]
)


def screen_reader_only(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's class shows it to screen readers only."""
    return any(
        name == "class" and not _SCREEN_READER_ONLY.isdisjoint((value or "").split())
        for name, value in attrs
    )


class LinkLoop(FlatLoop):
    """The flat loop with the links' state: the flattener (html.py) is one."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []  # the open <a> elements' PubMed or DOI addresses
        # The open <a> elements' in-page links: the piece of the "[" written for a citation in
        # prose (-1 when none was), the target, and the piece the link's words start at.
        self.entry_links: list[tuple[int, str, int] | None] = []
        self.sups = 0  # open <sup> elements
        # Where each open identifier link's words began, and its opening tag.
        self.opened: list[tuple[int, int, int, str] | None] = []
        self.spans: list[LinkSpan] = []  # identifier links, for the inline-citation reader
        self.page_links = 0  # open in-page links: spans are heard while one is
        # The screen-reader spans read in the open in-page link: their first and end pieces.
        self.unseen: list[tuple[int, int]] = []
        self.unseen_depth = 0  # open spans of the screen-reader span read now, itself counted
        self.unseen_start = 0
        # The loop's sets of heard tags, made changeable: "span" is in them in in-page links.
        # (Kept under names of their own too: a reader's class sets loud_ends frozen.)
        self._changeable_starts = set(self._loud_starts)
        self._changeable_ends = set(self.loud_ends)
        self._loud_starts, self.loud_ends = self._changeable_starts, self._changeable_ends

    def start_link(self, href: str) -> None:
        # A link writes only at its end; it ends a closed list.
        if self.list_closed:
            self.end_closed_list(continued=False)
        spans = self.spans
        if spans and spans[-1].end == self.length:
            self._number_link_ends()
        # Entries often link their PMID or DOI rather than print it; keep the address, and
        # where the tag stands (what getpos returns, without the call).
        if href and is_identifier_link(href):
            self.links.append(href)
            tag_text = self.get_starttag_text() or ""
            self.opened.append((self.length, self.lineno, self.offset, tag_text))
        else:
            self.links.append("")
            self.opened.append(None)
        if href[:1] == "#":
            self._open_entry_link(href)
            if not self.page_links:
                self._changeable_starts.add("span")
                self._changeable_ends.add("span")
            self.page_links += 1
        else:
            self.entry_links.append(None)

    def _number_link_ends(self) -> None:
        """A link to a source whose words are a number ("<a href=pubmed/..>2</a>"), then at
        once another link: the second's words follow a space, not the first's address, so
        that "weeks2 3." reads as two citations, as answer pages' side-by-side links are
        meant (user22 P1 7: the address between left "3" a word of the claim, and the
        entries it cited uncited). The address is the span's, which keeps it."""
        last = self.spans[-1]
        number = self.pieces[-2] if len(self.pieces) > 1 else ""
        if self.pieces[-1] != f" {last.href} " or len(number) != last.text_end - last.text_start:
            return
        if number.isdecimal() and len(number) <= 3:
            self.length -= len(self.pieces[-1]) - 1
            self.pieces[-1] = " "
            self.spans[-1] = last._replace(end=self.length)

    def _open_entry_link(self, href: str) -> None:
        """An in-page link to an entry ("#ref-3"), in prose: a "[" that the link's end keeps
        if its text is a number, making "[3](#ref-3)" of it, as Markdown cites through such
        links, or turns into a space. In a superscript or brackets the number is read as it is."""
        cited = not self.sups and ENTRY_TARGET.fullmatch(href)
        pieces = self.pieces
        if not cited or self._inside_brackets():
            self.entry_links.append((-1, href, len(pieces)))
        else:  # emit("["), without the call: a link in four is one
            self._rows += ROW(self.length, self.lineno, self.offset, 0)
            pieces.append("[")
            self.length += 1
            self.entry_links.append((len(pieces) - 1, href, len(pieces)))

    def _inside_brackets(self) -> bool:
        """Whether a "[" stands open just before: "[<a>1</a>, <a>2</a>]" is a bracket. The
        nearest bracket within a list's length of the link tells, as the line's start does."""
        seen = 0
        for piece in reversed(self.pieces):
            # Most pieces hold none of the three: told at once, without three searches.
            if "[" in piece or "]" in piece or "\n" in piece:
                cut = max(piece.rfind("["), piece.rfind("]"), piece.rfind("\n"))
                return piece[cut] == "["
            seen += len(piece)
            if seen > _LIST_LENGTH:
                return False
        return False

    def start_span(self, attrs: list[tuple[str, str | None]]) -> None:
        """A span in an in-page link: a screen-reader one's words are marked."""
        if self.list_closed:
            self.end_closed_list(continued=False)
        if self.unseen_depth:
            self.unseen_depth += 1
        elif attrs and screen_reader_only(attrs):
            self.unseen_depth, self.unseen_start = 1, len(self.pieces)

    def end_span(self) -> None:
        if self.unseen_depth:
            self.unseen_depth -= 1
            if not self.unseen_depth:
                self.unseen.append((self.unseen_start, len(self.pieces)))

    def end_link(self) -> None:
        if not self.links:
            return
        entry_link = self.entry_links.pop()
        if entry_link is not None:
            bracket, target, start = entry_link
            self.page_links -= 1
            if not self.page_links:
                self._changeable_starts.discard("span")
                self._changeable_ends.discard("span")
                self.unseen_depth = 0  # a span left open ends with the link
            if self.unseen:
                self._end_page_link(start, target)
            if bracket < 0:
                if self.sups and _AFFILIATION_TARGET.fullmatch(target):
                    self._blank_affiliation(start)
            elif CITED_NUMBERS.fullmatch("".join(self.pieces[bracket + 1 :])):
                # emit("](#ref-3)"), without the call, as _open_entry_link writes its "["
                self._rows += ROW(self.length, self.lineno, self.offset, 0)
                self.pieces.append(f"]({target})")
                self.length += len(target) + 3
            else:
                self.pieces[bracket] = " "  # as long as the "[", so every place stays right
        href = self.links.pop()
        opened = self.opened.pop()
        if href:
            text_end = self.length
            self._rows += ROW(text_end, self.lineno, self.offset, 0)  # emit, without the call
            self.pieces.append(f" {href} ")
            self.length += len(href) + 2
        if href and opened is not None:
            start, line, column, tag_text = opened
            self.spans.append(LinkSpan(href, start, text_end, self.length, line, column, tag_text))

    def _blank_affiliation(self, start: int) -> None:
        """A superscript link's numbers blanked, spaces as long (every place stays right),
        when it links to an affiliation (_AFFILIATION_TARGET): a byline's, not a citation."""
        shown = "".join(self.pieces[start:])
        if CITED_NUMBERS.fullmatch(shown):
            for piece in range(start, len(self.pieces)):
                self.pieces[piece] = " " * len(self.pieces[piece])

    def _end_page_link(self, start: int, target: str) -> None:
        """An in-page link's end, when screen-reader words were read in it: they are blanked
        when the link is to an entry and the rest is numbers ("Figure 1" to a figure,
        "Footnote 1" to a note stay words)."""
        if not ENTRY_TARGET.fullmatch(target):
            self.unseen.clear()
            return
        unseen = {piece for first, end in self.unseen for piece in range(first, end)}
        self.unseen.clear()
        pieces = range(start, len(self.pieces))
        shown = "".join(self.pieces[piece] for piece in pieces if piece not in unseen)
        if any(character.isdigit() for character in shown) and CITED_NUMBERS.fullmatch(shown):
            for piece in unseen:
                self.pieces[piece] = " " * len(self.pieces[piece])
