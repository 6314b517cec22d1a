"""The HTML flattener's blocks: the open lists, table rows and items, and the breaks and
numbers they write (html.py reads the tags; the flattener is a BlockLoop)."""

from __future__ import annotations

from citelint.read.html_anchors import ROW
from citelint.read.html_links import LinkLoop
from citelint.whole_numbers import whole_number


class BlockLoop(LinkLoop):
    """The link loop with the state of the open lists, rows and items."""

    def __init__(self) -> None:
        super().__init__()
        self.lists: list[list[int] | None] = []  # [next number] for <ol>, None for <ul>
        # Open table rows: [cells so far, table depth]. A row is one "| a | b |" line, as in
        # Markdown, so that a link in one cell is read with the whole row around it.
        self.rows: list[list[int]] = []
        self.tables = 0
        self.items = 0  # open <li> elements
        # The open <div>s that are bibliography entries: counted, as deep nesting made any() slow.
        self.entry_divs = 0

    def _item_prefix(self, value: str) -> str:
        counter = self.lists[-1] if self.lists else None
        if counter is None:
            return "- "
        number = whole_number(value.strip()) if value else None  # most items have none
        if number is not None:
            counter[0] = number
        number = counter[0]
        counter[0] += 1
        return f"{number}. "

    def _write_break(self) -> None:
        """A block's break, emitted (written here, not by a call to emit: blocks are many)."""
        if self.rows:
            flat = " "
        # Paragraphs inside a list item stay indented lines of that item, as an entry's are.
        elif (self.items and self.lists) or self.entry_divs > 0:
            flat = "\n "
        else:
            flat = "\n\n"
        self._rows += ROW(self.length, self.lineno, self.offset, 0)
        self.pieces.append(flat)
        self.length += len(flat)

    def end_row(self) -> None:
        self.rows.pop()
        self.emit(" |" + (" " if self.rows else "\n\n"))
