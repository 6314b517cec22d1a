"""Markdown link reference definitions in a reference section: the targets of links
elsewhere, not entries, but for an answer's numbered sources."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.lines import Line

# A CommonMark link reference definition, "[6]: https://example.org/docs 'Title'": the
# target of links elsewhere, not a reference entry, though it looks like "[6] ...". A
# footnote definition that is an address alone, "[^1]: https://pubmed...", is an entry: taken
# for a link definition, its entry was lost (a false CL101 and CL103, user22 P1 5).
_LINK_REFERENCE = LazyPattern(
    r" {0,3}\[(?!\^)[^\]\n]{1,200}\]:[ \t]*<?(?:[a-z][a-z0-9+.-]{1,20}://|www\.|mailto:|/|#)[^\s<>]*>?"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*",
    re.IGNORECASE,
)


def without_link_definitions(lines: list[Line]) -> list[Line]:
    """The section's lines without its link reference definitions, which are no entries, but
    in a section of nothing else labelled by numbers ("[1]: https://www.nejm.org/doi/...
    "Title | NEJM"", as AI answers list their sources under the "[1]" they cite): those are
    the entries of those citations (user28a P1-3)."""
    # A definition's "[" follows at most three spaces: most lines have none there.
    links = [
        line
        for line in lines
        if "[" in line.text[:4] and _LINK_REFERENCE.fullmatch(line.text) is not None
    ]
    if not links:
        return lines
    numbered = all(line.text.lstrip(" ")[1:].partition("]")[0].isdecimal() for line in links)
    linked = {id(line) for line in links}
    if numbered and all(line.blank for line in lines if id(line) not in linked):
        return lines
    return [line for line in lines if id(line) not in linked]
