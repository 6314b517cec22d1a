"""Finding markers and reference entries in the source, at the positions the reader reported."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from html import unescape
from itertools import pairwise

from citelint.commands.fix.plan import FixRefused
from citelint.models import Document, Marker, Reference

# An entry's own number at the start of its line, after any tags: "1.", "1)", "[1]", "(1)",
# "[^1]:", "<li>[1]".
_ENTRY_NUMBER = re.compile(
    r"[ \t]*(?:<[^>]*>[ \t]*)*(?:[-*+][ \t]+)?"
    r"(?:\[\^(?P<footnote>\d+)\]:|\[(?P<bracket>\d+)\]|\((?P<paren>\d+)\)|(?P<plain>\d+)[.)])"
)
# What may stand before an entry's text on its first line: a bullet, a number, tags.
_ENTRY_PREFIX = re.compile(
    r"[ \t]*(?:<[^>]*>[ \t]*)*(?:[-*+•◦▪‣·–—][ \t]+)?"
    r"(?:(?:\[\^?\d+\]:?|\d+[.)]|\(\d+\))[ \t]*(?:\r?\n[ \t]*)?)?(?:<[^>]*>[ \t]*)*"
)
_GAP = re.compile(r"\s+")
_HTML_GAP = re.compile(r"(?:\s|&nbsp;|&#160;|<[^>]*>)+")
_TAGS = re.compile(r"(?:<[^>]*>)*")
_CLOSING_TAGS = re.compile(r"(?:</[^>]*>)*")
ENTITY = re.compile(r"&#?\w+;")
_SUP_OPEN = re.compile(r"<sup\b", re.IGNORECASE)
_SUP_CLOSE = re.compile(r"</sup\s*>", re.IGNORECASE)
_LIST_ITEM_OPEN = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_ITEM_VALUE = re.compile(r"\svalue\s*=", re.IGNORECASE)
_LIST_ITEM_CLOSE = re.compile(r"</li\s*>", re.IGNORECASE)
_ITEM_CLOSED = re.compile(r"</li\s*>|</[ou]l\s*>", re.IGNORECASE)
_LIST_END = re.compile(r"<li\b|</[ou]l\s*>", re.IGNORECASE)


@dataclass
class Slot:
    """Where one reference entry sits in the source."""

    reference: Reference
    start: int
    end: int
    append_at: int  # where " doi: x PMID: n" goes: just after the entry's text
    number_at: int | None = None  # the entry's own number, when it is written out
    number_end: int | None = None


def line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in re.finditer("\n", text))]


def _offset(starts: list[int], line: int, column: int) -> int | None:
    if not 1 <= line <= len(starts) or column < 1:
        return None
    return starts[line - 1] + column - 1


def entity_character(entity: re.Match[str] | str) -> str:
    source = entity if isinstance(entity, str) else entity.group()
    # The reader reads a no-break space as a space.
    return unescape(source).replace("\u00a0", " ")


def marker_span(text: str, starts: list[int], marker: Marker, html: bool) -> tuple[int, int]:
    """Where the marker is in the source; an HTML ``<sup>`` is found up to its ``</sup>``,
    because the reader reports it without the links and attributes inside, and HTML
    characters may be written as entities."""
    offset = _offset(starts, marker.line, marker.column)
    if offset is not None and text.startswith(marker.raw, offset):
        return offset, offset + len(marker.raw)
    if offset is not None and html:
        end = _match_characters(text, offset, marker.raw)
        if end is not None:
            return offset, end
    if (
        offset is not None
        and marker.raw.lower().startswith("<sup")
        and _SUP_OPEN.match(text, offset)
    ):
        # Adjacent tags the reader joined into one marker: "<sup>1,</sup><sup>3</sup>".
        closing = None
        position = offset
        for _ in range(len(_SUP_CLOSE.findall(marker.raw))):
            closing = _SUP_CLOSE.search(text, position)
            if closing is None:
                break
            position = closing.end()
        if closing and "\n\n" not in text[offset : closing.start()]:
            return offset, closing.end()
    raise FixRefused(f"line {marker.line}: marker {marker.raw!r} is not at column {marker.column}")


def _match_characters(text: str, start: int, raw: str) -> int | None:
    """End of ``raw`` in HTML ``text`` at ``start``, any character perhaps an entity."""
    position = start
    for char in raw:
        entity = ENTITY.match(text, position)
        if entity is not None and entity_character(entity) == char:
            position = entity.end()
        elif text.startswith(char, position):
            position += 1
        else:
            return None
    return position


def _match_end(text: str, start: int, raw: str, html: bool) -> int | None:
    """End of entry text ``raw`` in ``text`` at ``start``, or None when it is not there.

    The reader reports an entry's text without its number or bullet (in some formats) and
    with its lines joined, so those may precede it and any run of white space matches any
    other. In HTML, tags may sit anywhere and characters may be written as entities.
    """
    words = raw.split()
    prefix_end = _ENTRY_PREFIX.match(text, start).end()  # type: ignore[union-attr]
    for begin in range(start, prefix_end + 1):
        if begin == start or text[begin - 1] in " \t\n>:.)]":
            end = _match_words(text, begin, words, html)
            if end is not None:
                return end
    return None


def _match_words(text: str, position: int, words: list[str], html: bool) -> int | None:
    if not words:
        return None
    for index, word in enumerate(words):
        if index:
            gap = (_HTML_GAP if html else _GAP).match(text, position)
            if gap is None:
                return None
            position = gap.end()
        for char in word:
            entity = None
            if html:
                position = _TAGS.match(text, position).end()  # type: ignore[union-attr]
                entity = ENTITY.match(text, position)
            if entity is not None and unescape(entity.group()) == char:
                position = entity.end()
            elif text.startswith(char, position):
                position += 1
            else:
                return None
    if html:
        position = _CLOSING_TAGS.match(text, position).end()  # type: ignore[union-attr]
    return position


def entry_slots(text: str, starts: list[int], document: Document) -> list[Slot]:
    slots = []
    items = list(_LIST_ITEM_OPEN.finditer(text)) if document.format == "html" else []
    item_starts = [item.start() for item in items]
    for entry in document.references:
        offset = _offset(starts, entry.line, entry.column)
        if offset is None or offset > len(text):
            raise FixRefused(f"line {entry.line}: reference entry {entry.number} is out of range")
        slot = None
        index = bisect_right(item_starts, offset) - 1
        if index >= 0:
            slot = _list_item_slot(text, items[index], offset, entry)
        if slot is None:
            slot = _line_slot(text, starts, offset, entry, document.format == "html")
        _find_entry_number(text, starts, slot)
        slots.append(slot)
    slots.sort(key=lambda slot: slot.start)
    for before, after in pairwise(slots):
        if after.start < before.end:
            raise FixRefused(
                f"reference entries {before.reference.number} and {after.reference.number} "
                "share source text"
            )
    return slots


def _line_slot(text: str, starts: list[int], offset: int, entry: Reference, html: bool) -> Slot:
    """From the entry (or its label line) to the end of its text's line."""
    end = _match_end(text, offset, entry.raw, html)
    if end is None:
        raise FixRefused(
            f"line {entry.line}: cannot find the text of reference entry {entry.number}"
        )
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_end - 1 : line_end] == "\r":
        line_end -= 1
    if text[end:line_end].strip():
        line_end = end  # something else follows on the line: leave it where it is
    # Whatever stands before the entry on its line (indentation, "<p>") stays where it is.
    start = offset
    if entry.label:
        start = _label_start(text, starts, entry.line, entry.label) or start
    return Slot(entry, start, line_end, append_at=end)


def _label_start(text: str, starts: list[int], line: int, label: str) -> int | None:
    """Start of the label line ("Research") above an entry, when it is there."""
    index = line - 2
    while index >= 0:
        end = starts[index + 1]
        content = text[starts[index] : end].strip()
        if content == label.strip():
            return starts[index]
        if content:
            return None
        index -= 1
    return None


def _list_item_slot(
    text: str, opening: re.Match[str], offset: int, entry: Reference
) -> Slot | None:
    """The whole ``<li>…</li>`` holding the entry (``opening`` is the last ``<li>`` before
    it), so the item's attributes, ids included, move with it."""
    if _ITEM_CLOSED.search(text, opening.end(), offset):
        return None
    if _ITEM_VALUE.search(opening.group()):
        raise FixRefused(
            f"line {entry.line}: list items numbered with value= cannot be reordered safely"
        )
    closing = _LIST_ITEM_CLOSE.search(text, opening.end())
    next_item = _LIST_END.search(text, opening.end())
    if closing and (next_item is None or closing.start() < next_item.start()):
        return Slot(entry, opening.start(), closing.end(), append_at=closing.start())
    if next_item is None:
        raise FixRefused(f"line {entry.line}: reference entry {entry.number} never ends")
    end = len(text[: next_item.start()].rstrip())  # an <li> without its optional </li>
    return Slot(entry, opening.start(), end, append_at=end)


def _find_entry_number(text: str, starts: list[int], slot: Slot) -> None:
    """Locate the entry's own written number, if it has one, at the start of its line.

    A number before the slot stays where it is, which is right because the list is in
    numerical order (``why_not_fixable`` checks): position k keeps number k.
    """
    entry = slot.reference
    item = text.startswith("<li", slot.start)
    match = _ENTRY_NUMBER.match(text, slot.start if item else starts[entry.line - 1])
    if match is not None:
        group = next(name for name, value in match.groupdict().items() if value is not None)
        if int(match[group]) == entry.number:
            if match.start(group) >= slot.start:
                slot.number_at, slot.number_end = match.start(group), match.end(group)
            return
    if entry.numbered and not item:
        raise FixRefused(
            f"line {entry.line}: cannot find the number of reference entry {entry.number}"
        )


# --- identifiers --------------------------------------------------------------------------
