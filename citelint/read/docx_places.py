"""Where a Word table stands: under the reference list's heading, at the end of the body,
or elsewhere (a table of trials in the Results, one in an appendix after the list). A table
shaped like a list is the list only where a list stands (see docx_tables)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from citelint.read.docx_package import W_NAMESPACES
from citelint.read.reference_headings import heading_names_a_list

# In either namespace Word writes: transitional, or "Strict Open XML".
_PARAGRAPH = tuple(f"{{{namespace}}}p" for namespace in W_NAMESPACES)
_TABLE = tuple(f"{{{namespace}}}tbl" for namespace in W_NAMESPACES)
_TEXT = tuple(f"{{{namespace}}}t" for namespace in W_NAMESPACES)


@dataclass
class ListPlaces:
    """Whether a table stands where a reference list stands: under a heading naming the list
    (no other heading between), or, with no such heading above it, at the end of the body
    (nothing with words after it). Not a table of trials in the Results, nor one in an
    appendix after the list. Worked out for every table of a part (the document, the notes)
    in one pass, on the first question: asked of each table alone, walking the paragraphs
    before it, 800 tables took two minutes (review22a)."""

    is_heading: Callable[[etree._Element], bool]
    _parts: dict[etree._Element, dict[etree._Element, bool]] = field(default_factory=dict)

    def where_a_list_stands(self, table: etree._Element) -> bool:
        root = table.getroottree().getroot()
        if root not in self._parts:
            self._parts[root] = _places(root, self.is_heading)
        return self._parts[root][table]


def _places(
    root: etree._Element, is_heading: Callable[[etree._Element], bool]
) -> dict[etree._Element, bool]:
    """Each table's place, in document order: the paragraphs with words before it (outside
    tables) and whether any paragraph with words comes after it."""
    # The paragraphs with words outside tables so far: (paragraph, names a list, a heading).
    worded: list[tuple[etree._Element, bool, bool]] = []
    under_list: bool | None = None  # None: no list heading yet; False: another heading since
    above: dict[etree._Element, bool | None] = {}
    order: dict[etree._Element, int] = {}
    last, last_index = None, -1
    for index, element in enumerate(root.iter(*_PARAGRAPH, *_TABLE)):
        if element.tag in _TABLE:
            order[element] = index
            # A table in a text box: the paragraph anchoring it is not before it.
            anchors = set(element.iterancestors(*_PARAGRAPH))
            above[element] = _under_list(worded, anchors) if anchors else under_list
            continue
        text = "".join(t.text or "" for t in element.iter(*_TEXT)).strip()
        if not text:
            continue
        last, last_index = element, index
        if next(element.iterancestors(*_TABLE), None) is not None:
            continue
        names = heading_names_a_list(text)
        # A heading counts only after a list's heading (none above: the table's place is
        # whether it ends the body).
        heading = not names and under_list is not None and is_heading(element)
        worded.append((element, names, heading))
        if names:
            under_list = True
        elif heading:
            under_list = False
    holding_last = set(last.iterancestors(*_TABLE)) if last is not None else set()
    return {
        table: held
        if held is not None
        else not (last_index > order[table] and table not in holding_last)
        for table, held in above.items()
    }


def _under_list(
    worded: list[tuple[etree._Element, bool, bool]], anchors: set[etree._Element]
) -> bool | None:
    """Walking back from a table in a text box: under a list's heading with no other heading
    between (True), under another heading since (False), or no list heading (None)."""
    between = False
    for paragraph, names, heading in reversed(worded):
        if paragraph in anchors:
            continue
        if names:
            return not between
        between = between or heading
    return None
