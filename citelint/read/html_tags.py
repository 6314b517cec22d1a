"""The tag names the HTML flattener (html.py) tells apart: what each kind writes or counts."""

from __future__ import annotations

from citelint.read.found import words

SKIPPED = frozenset(
    words("script style head title template noscript code pre svg math textarea select button nav")
)
BLOCKS = frozenset(
    words(
        "p div section article main header footer aside blockquote table tr td th caption dl "
        "dt dd figure figcaption hr body html form fieldset details summary address ul ol"
    )
)
VOID = frozenset(words("area base br col embed hr img input link meta source track wbr"))
# The tags whose attributes are read: names of containers, li's value, a's href, ol's start,
# a span's class (heard in in-page links only).
ASKED = frozenset(["section", "div", "ol", "ul", "aside", "li", "a", "span"])
# Inside a table row these are a space: the row stays one line.
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
ROW_BREAKS = BLOCKS | HEADINGS | {"li", "br", "hr", "footer"}
CONTAINERS = frozenset(["section", "div", "ol", "aside", "tr", "table"])  # _open_container's
# The tags whose opening or closing writes or counts something; any other is inline text.
# (BLOCKS holds the lists, tables and containers; ROW_BREAKS the blocks, items and headings.)
OPENING_WRITES = SKIPPED | ROW_BREAKS | {"a", "sup"}
CLOSING_WRITES = BLOCKS | HEADINGS | {"a", "li", "sup"}
# Blocks whose start writes a break and nothing else, whatever their attributes (none of them
# is asked one), and the blocks, items and headings whose end does (_end_block's last case):
# the flattener tells them first, without _start_block's and _end_block's questions.
PLAIN_STARTS = BLOCKS - CONTAINERS - ASKED - {"tr", "td", "th", "hr", "footer"}
PLAIN_ENDS = (BLOCKS | HEADINGS | {"li"}) - {"div", "table", "tr", "ol", "ul"}
