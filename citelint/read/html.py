"""HTML: flattened into Markdown-like lines, then read like Markdown.

Headings become "# ..." lines, list items "- ..." or "N. ..." (with ``<ol start>`` and
``<li value>`` honoured), ``<sup>`` keeps its tags so the marker reader sees it, and script,
style and code vanish. Every piece of flat text remembers where it came from in the source,
so markers and entries are reported at the HTML file's own line and column.
The standard library's tokenizer is used because it reports a position for every tag and
piece of text, and it neither loads DTDs nor resolves external entities.
"""

from __future__ import annotations

from collections.abc import Set
from html import unescape

from citelint.models import Document
from citelint.read.html_blocks import BlockLoop
from citelint.read.html_hidden import HIDING_TAGS, HiddenBlocks, is_hidden, list_start
from citelint.read.html_markup import (
    ENTRY,
    FURNISHED,
    FURNITURE,
    ONE_LINE,
    REFERENCE_CONTAINER,
    defused_and_split,
    is_label,
    loading_list,
    substack_note,
)
from citelint.read.html_tags import (
    ASKED,
    BLOCKS,
    CLOSING_WRITES,
    CONTAINERS,
    HEADINGS,
    OPENING_WRITES,
    PLAIN_ENDS,
    PLAIN_STARTS,
    ROW_BREAKS,
    SKIPPED,
    VOID,
)
from citelint.read.layout import read_layout
from citelint.read.markdown import hide_comments
from citelint.whole_numbers import whole_number

# A thematic break, as Markdown writes it: the end of a list or a page footer's start.
_BREAK = "\n\n---\n\n"
_NOTES_CLOSED = "notes"  # list_closed after a Substack note: only another note continues
# list_closed after an entry's list of names (ONE_LINE) that ended on no space: the text after
# it settles whether a space is written (_after_names).
_NAMES_ENDED = "names ended"


class _Flattener(BlockLoop):
    attribute_tags = ASKED
    loud_starts = OPENING_WRITES
    loud_ends: Set[str] = CLOSING_WRITES | SKIPPED  # as FlatLoop declares it

    def __init__(self) -> None:
        super().__init__()
        self.divs: list[bool] = []  # open <div> elements: whether each is a bibliography entry
        # (self.entry_divs: how many of them are; BlockLoop's)
        # The open <div>s named as reference containers (their depths among self.divs), and
        # the piece where the last one closed: Frontiers puts each entry in a <div
        # class="References"> of its own, one list and not a heading each.
        self.reference_divs: list[int] = []
        self.reference_closed = -1
        self.note_divs: list[int] = []  # the open Substack notes' depths (_substack_note)
        # The open container read as one line (ONE_LINE): its tag, and how many elements of
        # that tag are open (0: none is).
        self.one_line_tag = ""
        self.one_line_depth = 0
        # Oxford Academic's label opening such a container, "<div class="label">1</div>": its
        # depth while open (0: none is), and the piece where the container began.
        self.one_line_label = 0
        self.one_line_start = 0
        self.names_end = 0  # the piece an entry's list of names ended on (_NAMES_ENDED)
        self.loading = 0  # the last line a "Loading..." spinner stood on (FURNITURE), or 0
        self.hidden = HiddenBlocks()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == self.skipping[-1] and tag not in VOID:
                self.skipping.append(tag)
            return
        if tag in HIDING_TAGS:
            if tag == self.hidden.tag:
                self.hidden.depth += 1
            elif attrs and not self.hidden.tag and is_hidden(attrs):
                line, column = self.getpos()
                self.hidden.open(tag, (line, column + 1))
        if tag == "a":  # links are half of all tags: they skip the rest
            href = ""
            for name, value in attrs:  # the last href counts, as in a dictionary of them
                if name == "href":
                    href = value or ""
            self.start_link(href)
            return
        if tag == "span":  # heard only inside an in-page link (html_links.py)
            self.start_span(attrs)
            return
        if tag not in OPENING_WRITES:
            # Inline tags ("i", "span", "em") write nothing; they end a closed list.
            if self.list_closed:
                self.end_closed_list(continued=False)
            return
        if tag in SKIPPED:
            self.skipping.append(tag)
            return
        if self.one_line_depth and tag in ROW_BREAKS:
            self._start_in_one_line(tag, attrs)
            return
        if self.list_closed:
            continued = tag == self.list_closed or (
                self.list_closed == _NOTES_CLOSED
                and substack_note(tag, {name: value or "" for name, value in attrs})
            )
            self.end_closed_list(continued)
        if tag == "sup":  # a tenth of all tags: it only opens a superscript
            self.sups += 1
            self.emit("<sup>")
            return
        if tag in PLAIN_STARTS:
            self._write_break()
        elif tag == "li":
            self._start_item(attrs)
        else:
            self._start_block(tag, attrs)

    def _start_in_one_line(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A block's start inside a container read as one line (ONE_LINE): no break."""
        if tag == self.one_line_tag:
            self.one_line_depth += 1
            if attrs and is_label(attrs) and self._nothing_since(self.one_line_start):
                self.one_line_label = self.one_line_depth
        if tag in ("li", "br") and self.pieces and not self.pieces[-1][-1:].isspace():
            self.emit(" ")  # "<li>Smith A</li><li>Jones B</li>": the names apart

    def _start_block(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A block, item, heading, row or list's start, as its attributes name it."""
        # Only these tags are asked an attribute at all.
        asked = attrs and tag in ASKED
        attributes = {name: value or "" for name, value in attrs} if asked else {}
        names = attributes.get("class", "")
        if names and tag in FURNISHED and FURNITURE.search(names):
            self.skipping.append(tag)
            if "loading" in names:
                self.loading = self.getpos()[0]
            if tag == self.hidden.tag:
                self.hidden.cancel()
            return
        if "cit" in names and not self.rows and ONE_LINE.search(names):  # each holds "cit"
            self.one_line_tag, self.one_line_depth = tag, 1
            self.one_line_label, self.one_line_start = 0, len(self.pieces)
            if tag in ("ol", "ul"):
                return  # a list of names is no list: its items are words of a line
        entry = tag in CONTAINERS and self._open_container(tag, attributes)
        self._write_opening(tag, entry, attributes)
        if tag == "li":
            self.items += 1
        if tag == "tr":
            self.rows.append([0, self.tables])
        if tag == "ol":
            start = whole_number(attributes.get("start", "1").strip())
            self.lists.append([1 if start is None else start])
        elif tag == "ul":
            self.lists.append(None)

    def _start_item(self, attrs: list[tuple[str, str | None]]) -> None:
        """An item's start: _start_block's, told in fewer steps (items are most blocks)."""
        names = value = ""
        for name, written in attrs:  # the last of a name counts, as in _start_block's dict
            if name == "class":
                names = written or ""
            elif name == "value":
                value = written or ""
        if "cit" in names and not self.rows and ONE_LINE.search(names):
            self._start_block("li", attrs)  # an item read as one line: _start_block's case
            return
        self.emit(" " if self.rows else "\n\n" + self._item_prefix(value))
        self.items += 1

    def _open_container(self, tag: str, attributes: dict[str, str]) -> bool:
        """Heading for a reference container, rows and tables; whether a div is an entry."""
        names = ""
        if tag in ("section", "div", "ol", "aside"):
            names = " ".join(
                (attributes.get("class", ""), attributes.get("id", ""), attributes.get("role", ""))
            )
            if REFERENCE_CONTAINER.search(names) or substack_note(tag, attributes):
                if tag != "div" or not self._follows_reference_div():
                    self.emit("\n\n# References\n\n")
                if tag == "div":
                    self.reference_divs.append(len(self.divs) + 1)
                if substack_note(tag, attributes):
                    self.note_divs.append(len(self.divs) + 1)
        if tag == "tr" and self.rows and self.rows[-1][1] == self.tables:
            self.end_row()  # the previous row's </tr> was left out, as HTML allows
        if tag == "table":
            self.tables += 1
        entry = tag == "div" and not self.rows and bool(ENTRY.search(names))
        if entry:
            self.emit("\n\n")
        if tag == "div":
            self.divs.append(entry)
            self.entry_divs += entry
        return entry

    def _follows_reference_div(self) -> bool:
        """Whether nothing but space was written since a reference container <div> closed."""
        return self.reference_closed >= 0 and self._nothing_since(self.reference_closed)

    def _nothing_since(self, piece: int) -> bool:
        """Whether nothing but space was written from that piece on."""
        return not "".join(self.pieces[piece:]).strip()

    def _write_opening(self, tag: str, entry: bool, attributes: dict[str, str]) -> None:
        if self.rows and tag in ("td", "th"):
            self.emit("| " if not self.rows[-1][0] else " | ")
            self.rows[-1][0] += 1
        elif self.rows and tag in ROW_BREAKS:
            self.emit(" ")
        elif tag in HEADINGS:
            self.emit("\n\n" + "#" * int(tag[1]) + " ")
        elif tag == "li":
            self.emit("\n\n" + self._item_prefix(attributes.get("value", "")))
        elif tag == "br":
            self.emit("\n")
        elif tag in ("hr", "footer"):
            self.emit(_BREAK)
        elif tag in BLOCKS and not entry:
            self._write_break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == self.hidden.tag:
            line, column = self.getpos()
            self.hidden.close((line, column + 1))
        if tag == "span":
            self.end_span()
            return
        if tag not in CLOSING_WRITES:
            return
        if self.one_line_depth and tag in ROW_BREAKS and not self._end_in_one_line(tag):
            return
        if tag == "a":
            self.end_link()
            return
        if tag == "sup":
            if self.sups:
                self.sups -= 1
            self.emit("</sup>")
            return
        if tag in PLAIN_ENDS:  # _end_block's last case, told first
            if tag == "li" and self.items:
                self.items -= 1
            self._write_break()
        else:
            self._end_block(tag)

    def _end_in_one_line(self, tag: str) -> bool:
        """A block's end inside a container read as one line (ONE_LINE): whether it is the
        container's own end, written as any block's."""
        if tag != self.one_line_tag:
            return False
        if self.one_line_label == self.one_line_depth:
            self.one_line_label = 0
            self.emit("\n\n")  # the label's end: alone on its line, as a list's label
        self.one_line_depth -= 1
        if self.one_line_depth:
            return False
        if tag in ("ol", "ul"):
            if self.pieces and not self.pieces[-1][-1:].isspace():
                self.list_closed, self.names_end = _NAMES_ENDED, len(self.pieces)
            return False
        return True

    def _end_block(self, tag: str) -> None:
        """A block, item, heading, row or list's end."""
        if tag == "li" and self.items:
            self.items -= 1
        entry = False
        if tag == "div":
            if self.reference_divs and self.reference_divs[-1] == len(self.divs):
                self.reference_divs.pop()
                self.reference_closed = len(self.pieces)
            if self.note_divs and self.note_divs[-1] == len(self.divs):
                # The page's "Subscribe" and comments after the last note are none of it
                # (review25a F5): a thematic break unless another note follows.
                self.note_divs.pop()
                self.list_closed = _NOTES_CLOSED
            entry = bool(self.divs) and self.divs.pop()
            self.entry_divs -= entry
        if tag == "table" and self.tables:
            while self.rows and self.rows[-1][1] == self.tables:
                self.end_row()
            self.tables -= 1
        if tag == "tr" and self.rows:
            self.end_row()
        elif tag in ("ol", "ul") and self.lists:
            self.lists.pop()
            self._write_break()
            self.list_closed = None if self.lists or self.rows else tag
        elif entry:
            self.emit("\n\n")
        elif tag in BLOCKS or tag == "li" or tag in HEADINGS:
            self._write_break()

    def end_closed_list(self, continued: bool) -> None:
        """After the outermost list, a Markdown thematic break marks where it ended, so a
        reference list never runs on into the page's footer; a list of the same kind right
        after it (``<ol start="3">``) continues it."""
        if self.list_closed == _NAMES_ENDED:
            return  # tags pass; the text after the names settles it (_after_names)
        if self.list_closed and not continued:
            self.emit(_BREAK)
        self.list_closed = None

    def handle_entityref(self, name: str) -> None:
        self.handle_reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_reference(f"&#{name};")

    def handle_data(self, data: str) -> None:
        if self.list_closed == _NAMES_ENDED and not self.skipping:
            self._after_names(data)
        super().handle_data(data)

    def _after_names(self, text: str) -> None:
        """The first text after an entry's list of names: a word right after them is set
        apart by a space, as the list's end sets it apart on the page. medRxiv writes the
        title so, "et al.</li></ol><cite><span ...>ACG clinical ..." (user27 P1-3: read "et
        al.ACG ...", the names taken into the title); HighWire's "</ol><cite>. <span ..."
        is written as it stands."""
        self.list_closed = None
        if text[:1].isalnum() and len(self.pieces) == self.names_end:
            self.emit(" ")

    def handle_reference(self, source: str) -> None:
        if self.skipping:
            return
        text = unescape(source)
        if self.list_closed == _NAMES_ENDED:
            self._after_names(text)
        self.end_closed_list(continued=False)
        self.emit(text.replace("\n", " ").replace("\u00a0", " "))


def read_html(text: str, path: str, *, claim_text: bool = True) -> Document:
    flattener = _Flattener()
    # Comments are blanked and unclosed tags defused first, positions kept: neither holds a
    # citation, and the standard tokenizer of older Pythons takes quadratic time over them.
    flattener.read(*defused_and_split(hide_comments(text)))
    flat = "".join(flattener.pieces)
    flattener.pieces.clear()  # held twice otherwise, while the layout is read
    links = sorted(flattener.spans, key=lambda link: link.text_start)
    layout = read_layout(
        flat,
        markdown=True,
        locate=flattener.anchors.locate,
        links=links,
        claim_text=claim_text,
    )
    hidden = flattener.hidden
    hidden.above(list_start(layout.references, layout.references_line))
    hidden.citing(layout.claims, layout.references)
    return Document(
        path,
        "html",
        text,
        hidden.visible_claims(layout.claims),
        layout.references,
        layout.references_line,
        inline=hidden.visible_links(layout.inline),
        claim_words=hidden.visible_words(layout.claim_words),
        list_loading=loading_list(flattener.loading, layout.references, layout.references_line),
    )
