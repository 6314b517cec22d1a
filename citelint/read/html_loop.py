"""The HTML flattener's plain loop: the quick tokenizer's, with the commonest work done in it.

A real-size page is mostly text runs and tags written plainly (``<p>``, ``</li>``, ``<i>``).
The tokenizer's own loop hands each of them to a callback, and the callback to another; here
a text run is written to the flat text and its anchor in the loop itself, a tag that writes
or counts nothing (``<i>``, ``</span>``) is passed over, and a plain tag is known by a
dictionary of its exact text, without a pattern. Every other piece is handed to the
callbacks as ``Tokenizer._run`` hands it, at the same place: so the flat text, its anchors and
every callback's arguments stay what the standard tokenizer's callbacks make of the page.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set
from itertools import accumulate, count
from operator import add

from citelint.read.found import words
from citelint.read.html_anchors import ROW, Anchors
from citelint.read.html_tokens import _MODAL, _TOKEN, Tokenizer

# Tag names read without a pattern where written plainly, in lower case: the flattener's and
# the commonest inline ones. (A name missing here is only read the slower way.)
_PLAIN_NAMES = words(
    "a abbr address article aside b big blockquote body br caption center cite col dd del dfn "
    "div dl dt em figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html i img ins kbd "
    "label li main mark nav ol p q s samp section small span strong sub summary sup table tbody "
    "td tfoot th thead time tr u ul var wbr details fieldset pre code head"
)
_START, _END, _LINK_END = 0, 1, 2
# "<p>" is a start tag p, "</p>" its end: exactly as the tokenizer's pattern reads them.
# Tags that change how the standard tokenizer reads what follows are never plain starts.
# (Keyed by what stands between "<" and ">".)
_PLAIN_TAGS: dict[str, tuple[str, int]] = {
    **{name: (name, _START) for name in _PLAIN_NAMES if name not in _MODAL},
    **{f"/{name}": (name, _END) for name in _PLAIN_NAMES},
    "/a": ("a", _LINK_END),
}
# The plain start tags' names, and attribute names read plainly: '<li id="B3">' is the start
# tag li with one attribute, as the pattern reads it, when its value holds no '"' or '&'.
_PLAIN_STARTS = frozenset(name for name in _PLAIN_NAMES if name not in _MODAL)
_PLAIN_ATTRIBUTES = words("href id class role start value lang src alt title type rel name")


class FlatLoop(Tokenizer):
    # The start and end tags whose callbacks write or count something; the loop passes any
    # other tag over (a start tag ends a closed list first, as every start tag does).
    # Every end tag heard must be a start tag heard, so that "<i/>" stays silent. (A reader
    # may make its own changeable copies: HtmlLinks.)
    loud_starts: frozenset[str] = frozenset()
    loud_ends: Set[str] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []
        self.length = 0
        # For every emitted piece: its flat offset, source line and column, and how many of
        # its first characters are the source's own, one for one.
        self.anchors = Anchors()
        self._rows = self.anchors.rows  # the same bytes, one attribute nearer
        self.skipping: list[str] = []
        # The outermost list that just ended ("ol" or "ul"), until something else follows it.
        self.list_closed: str | None = None
        self._loud_starts: Set[str] = self.loud_starts | self._modal
        self._split_text: str | None = None
        self._tabs = False  # whether the page holds a tab (set with its split)
        self._split: tuple[list[int], list[str]] = ([], [])
        # Versions whose tokenizer reads more tags as raw text have fewer plain starts.
        self._plain, self._plain_starts = _PLAIN_TAGS, _PLAIN_STARTS
        if not self._modal <= _MODAL:
            self._plain = {
                text: tag
                for text, tag in _PLAIN_TAGS.items()
                if tag[1] != _START or tag[0] not in self._modal
            }
            self._plain_starts = _PLAIN_STARTS - self._modal

    def emit(self, flat: str) -> None:
        # The tokenizer's own position (what getpos returns), without a call per piece.
        self._rows += ROW(self.length, self.lineno, self.offset, 0)
        self.pieces.append(flat)
        self.length += len(flat)

    def end_closed_list(self, continued: bool) -> None:
        """Overridden: what a closed list's end writes when something follows it."""
        self.list_closed = None

    def start_link(self, href: str) -> None:
        """Overridden: what ``handle_starttag("a", [("href", href)])`` does, not skipping."""

    def end_link(self) -> None:
        """Overridden: what ``handle_endtag("a")`` does, not skipping."""

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.list_closed and data.strip():
            self.end_closed_list(continued=False)
        # One anchor per source line, so finding a position never counts newlines. Tabs and
        # newlines become spaces: the flat text keeps the source's characters one for one.
        line, column = self.lineno, self.offset  # getpos(), without the call
        start = self.length
        rows = self.anchors.rows
        newline = data.find("\n")
        if newline < 0:  # most pieces: one line
            rows += ROW(start, line, column, len(data))
            self.pieces.append(data.replace("\t", " ") if "\t" in data else data)
        else:
            beginning = 0
            while newline >= 0:
                rows += ROW(start + beginning, line, column, newline - beginning)
                line, column, beginning = line + 1, 0, newline + 1
                newline = data.find("\n", beginning)
            rows += ROW(start + beginning, line, column, len(data) - beginning)
            self.pieces.append(data.translate(_SPACED))
        self.length = start + len(data)

    def read(self, text: str, parts: list[str] | None = None) -> None:
        """Tokenize the text; ``parts``, when given, must be ``text.split("<")``."""
        if parts is not None:
            self._split_text, self._split = text, (_less_at(parts), parts)
            self._tabs = "\t" in text
        super().read(text)
        self._split_text, self._split = None, ([], [])  # a copy of the page: let go

    def _split_at_less(self, text: str) -> tuple[list[int], list[str]]:
        """Where each "<" of the text stands (and the text's length after them), and the
        pieces between them: once a page, where a search after each tag cost as much."""
        if self._split_text is not text:
            parts = text.split("<")
            self._split_text, self._split = text, (_less_at(parts), parts)
            self._tabs = "\t" in text  # asked once a page, not at each return to the loop
        return self._split

    def _run(self, text: str, at: int) -> int:
        """Handle plain pieces from ``at`` on; return where the first other one starts.
        The loop steps from "<" to "<": each step is the text run before a tag, then the tag.
        (One loop, long because a call per piece is what it saves; see the module's doc.)"""
        less_at, parts = self._split_at_less(text)
        size = len(text)
        skipping, pieces, rows, plain = self.skipping, self.pieces, self.anchors.rows, self._plain
        loud_starts, loud_ends = self._loud_starts, self.loud_ends
        tabs = self._tabs  # most pages have none: no run is asked
        # Lines are tracked per line, not per piece: until a piece starts past the next
        # newline, only the column moves; and the column is handed over (self.offset) only
        # to the callbacks that read it. (lineno is self.lineno: callbacks never move it.)
        lineno, line_start = self.lineno, at - self.offset
        newline = _next(text, "\n", at)
        index = bisect_left(less_at, at)  # less_at[index]: the first "<" from at on
        less = less_at[index]
        run = _run_before(text, at, less)
        while True:
            if run:  # the text from at to the next "<" (less)
                if at > newline or skipping or self.list_closed or "&" in run:
                    if at > newline:
                        lineno += text.count("\n", newline, at)
                        line_start = text.rindex("\n", newline, at) + 1
                        newline = _next(text, "\n", at)
                    self.lineno, self.offset = lineno, at - line_start
                    at = self._text_run(text, at, less)
                    lineno, line_start = self.lineno, at - self.offset
                    if at > newline:
                        newline = _next(text, "\n", at)
                    if at < less:
                        break  # a "&" only the standard tokenizer reads
                elif less <= newline:  # handle_data's commonest case: a run within a line
                    start = self.length
                    rows += ROW(start, lineno, at - line_start, less - at)
                    pieces.append(run.replace("\t", " ") if tabs else run)
                    self.length = start + less - at
                else:  # what handle_data does with a run over lines: an anchor per line
                    start = self.length
                    line_at = at
                    while newline < less:
                        rows += ROW(
                            start + line_at - at, lineno, line_at - line_start, newline - line_at
                        )
                        lineno, line_at = lineno + 1, newline + 1
                        line_start = line_at
                        newline = text.find("\n", line_at)
                        if newline < 0:
                            newline = size
                    rows += ROW(start + line_at - at, lineno, line_at - line_start, less - line_at)
                    pieces.append(run.translate(_SPACED))
                    self.length = start + less - at
                    self.lineno = lineno
            if less == size:
                at = less
                break
            if less > newline:
                lineno += text.count("\n", newline, less)
                line_start = text.rindex("\n", newline, less) + 1
                newline = _next(text, "\n", less)
                self.lineno = lineno
            # The tag at "<": closed before the next "<", what stands between "<" and ">".
            at = less
            index += 1
            inside, closed, run = parts[index].partition(">")
            tag = plain.get(inside) if closed else None
            if tag is not None:
                name, kind = tag
                if kind == _END:
                    if name in loud_ends:
                        self.offset = at - line_start
                        self.handle_endtag(name)
                elif kind == _LINK_END:
                    if not skipping:
                        self.offset = at - line_start
                        self.end_link()
                elif name in loud_starts:
                    self.offset = at - line_start
                    self._tag_text = f"<{inside}>"
                    self.handle_starttag(name, [])
                elif self.list_closed and not skipping:
                    self.offset = at - line_start
                    self.end_closed_list(continued=False)
                less = less_at[index]
                at = less - len(run)
                continue
            if closed and inside[:8] == 'a href="':  # half of all tags: read here, without a list
                href = inside[8:-1]
                # As _plain_attributes reads it: no '"' or '&' in the value, no space first.
                plain_value = '"' not in href and "&" not in href and href[:1] != " "
                if plain_value and inside[-1] == '"' and len(inside) > 8:
                    if not skipping:
                        self.offset = at - line_start
                        self._tag_text = f"<{inside}>"
                        self.start_link(href)
                    less = less_at[index]
                    at = less - len(run)
                    continue
            if closed and self._plain_start(inside, at - line_start):
                less = less_at[index]
                at = less - len(run)
                continue
            self.offset = at - line_start
            end = self._matched_tag(text, at)
            if end < 0:
                break
            # A tag the pattern reads may end past a ">" or a "<" in its values.
            if end != at + len(inside) + 2 or not closed:
                index = bisect_left(less_at, end)
                run = _run_before(text, end, less_at[index])
            if end > newline:
                lineno += text.count("\n", newline, end)
                line_start = text.rindex("\n", newline, end) + 1
                newline = _next(text, "\n", end)
                self.lineno = lineno
            at, less = end, less_at[index]
        if at > newline:
            lineno += text.count("\n", newline, at)
            line_start = text.rindex("\n", newline, at) + 1
        self.lineno, self.offset = lineno, at - line_start
        return at

    def _plain_start(self, inside: str, column: int) -> bool:
        """Hand over a start tag with plain attributes ('<li id="B3">', what stands between
        its "<" and ">"), the tokenizer's line and ``column`` its place; False, having done
        nothing, for any other."""
        name, _, attribute = inside.partition(" ")
        if name not in self._plain_starts:
            return False
        attributes = _plain_attributes(attribute)
        if attributes is None:
            return False
        if name == "a":
            if not self.skipping:
                self.offset = column
                self._tag_text = f"<{inside}>"
                self.start_link(dict(attributes).get("href") or "")
        elif name in self._loud_starts:
            self.offset = column
            self._tag_text = f"<{inside}>"
            asked = name in self.attribute_tags
            self.handle_starttag(name, attributes if asked else [])
        elif self.list_closed and not self.skipping:
            self.offset = column
            self.end_closed_list(continued=False)
        return True

    def _matched_tag(self, text: str, at: int) -> int:
        """Hand over the tag at ``at`` as the tokenizer's pattern reads it (self.offset its
        column); return where it ends, or -1 where the standard tokenizer must read it."""
        found = _TOKEN.match(text, at)  # at a "<": a start or an end tag, or nothing
        if found is None:
            return -1
        if found.lastindex == 4:
            if found[2].lower() not in self._loud_starts:
                if self.list_closed and not self.skipping:
                    self.end_closed_list(continued=False)
            elif not self._start_tag(found):
                return -1
        else:
            name = found[5].lower()
            if name in self.loud_ends:
                self.handle_endtag(name)
        return found.end()

    def _text_run(self, text: str, at: int, end: int) -> int:
        """Hand over the text from ``at`` to ``end`` (no "<" in it): its data and references,
        self.lineno and self.offset following; return where it stopped: ``end``, or a "&"
        only the standard tokenizer reads."""
        while at < end:
            ampersand = text.find("&", at, end)
            if ampersand < 0:
                ampersand = end
            if at < ampersand:
                if not self.skipping:
                    self.handle_data(text[at:ampersand])
                self._move(text, at, ampersand)
                at = ampersand
                if at == end:
                    break
            found = _TOKEN.match(text, at)  # at a "&": a reference closed by ";", or nothing
            if found is None:
                return at
            if found.lastindex == 6:
                self.handle_entityref(found[6])
            else:
                self.handle_charref(found[7])
            self._move(text, at, found.end())
            at = found.end()
        return at


_SPACED = str.maketrans("\t\n", "  ")


def _less_at(parts: list[str]) -> list[int]:
    """Where each "<" stands in the text split into ``parts`` at them, and its length."""
    # The n-th "<" stands after the first n + 1 parts and the n "<" before it; the last
    # number is the text's length.
    return list(map(add, accumulate(map(len, parts)), count()))


def _plain_attributes(written: str) -> list[tuple[str, str | None]] | None:
    """The attributes of a tag written 'key="value" key="value"' (one space before each,
    names in _PLAIN_ATTRIBUTES, values without '"' or '&'), as the tokenizer's pattern reads
    them; None for any other writing (and for none at all)."""
    if written[-1:] != '"' or "&" in written:
        return None  # references in values are read the pattern's way (in a key, no name)
    # Most tags have one attribute ('<a href="#B1">'): with no other '"' after '="', nor a
    # space just after it (that quote and space would split), the loop below would split
    # nothing off and read the same key and value.
    key, equals, value = written[:-1].partition('="')
    if '"' not in value and value[:1] != " ":
        return [(key, value)] if equals and key in _PLAIN_ATTRIBUTES else None
    attributes: list[tuple[str, str | None]] = []
    for attribute in written[:-1].split('" '):  # no value holds '"': each one ends there
        key, equals, value = attribute.partition('="')
        if not equals or key not in _PLAIN_ATTRIBUTES or '"' in value:
            return None
        attributes.append((key, value))
    return attributes


def _run_before(text: str, at: int, less: int) -> str:
    """The text from ``at`` to the next "<" (``less``); when a "&" stands in it, only the
    text up to that "&", which sends the run to _text_run, read by its places. (The loop
    starts here again after each "&" the standard tokenizer reads: a long run of them,
    sliced whole each time, would take time in the square of its length.)"""
    ampersand = text.find("&", at, less)
    return text[at:less] if ampersand < 0 else text[at : ampersand + 1]


def _next(text: str, character: str, at: int) -> int:
    """Where ``character`` first stands from ``at`` on; the text's length if nowhere."""
    found = text.find(character, at)
    return len(text) if found < 0 else found
