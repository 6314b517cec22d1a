"""Edits to the text: markers rewritten with new numbers, entries moved, identifiers added.

Every edit is made at a source position the reader reported, all against the original text, so
offsets never shift and whatever the fix does not mean to change stays byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from citelint.commands.fix.plan import FixRefused, cited_markers, cited_works
from citelint.commands.fix.source import (
    ENTITY,
    Slot,
    entity_character,
    entry_slots,
    line_starts,
    marker_span,
)
from citelint.models import Document, Marker, Resolution, Status

# Ranges longer than this are not expanded: no article cites a thousand works in one marker.
_LONGEST_RANGE = 1000
_SUPERSCRIPT_TO_ASCII = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻˒", "0123456789-,")
_ASCII_TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NUMBER_LIST = re.compile(r"\d+(?:[ \t]*[,;\-–—][ \t]*\d+)*")
_SEPARATOR = re.compile(r"[ \t]*[,;][ \t]*")
_DASH = re.compile(r"[ \t]*[\-–—][ \t]*")
# Parts of a marker whose digits are not citation numbers: tags (href="#ref2") and Markdown
# link destinations ([2](#ref-2)). Anchors travel with their entries, so links stay right.
_NOT_NUMBERS = re.compile(r"<[^>]*>|(?<=\])\([^)]*\)")


def apply_fix(text: str, document: Document, mapping: dict[int, int]) -> str:
    """``text`` with every marker renumbered and the reference entries reordered to match."""
    starts = line_starts(text)
    edits: list[tuple[int, int, str]] = []
    html = document.format == "html"
    for marker in cited_markers(document):
        start, end = marker_span(text, starts, marker, html)
        edits.append((start, end, rewrite_source(marker, mapping, text[start:end], html)))
    slots = entry_slots(text, starts, document)
    by_new_number = {mapping[slot.reference.number]: slot for slot in slots}
    for position, slot in enumerate(slots, start=1):
        moved = by_new_number[position]
        edits.append((slot.start, slot.end, _entry_text(text, moved, position)))
    return apply_edits(text, edits)


def rewrite_marker(marker: Marker, mapping: dict[int, int], source: str | None = None) -> str:
    """The marker's source text (``marker.raw`` unless given) with its numbers renumbered.

    Numbers inside one list are sorted, ranges are expanded and compressed again in the
    marker's own style (``[1-3]`` may become ``[2, 4, 5]``), separators and dashes are kept.
    """
    raw = marker.raw if source is None else source
    plain = raw.translate(_SUPERSCRIPT_TO_ASCII)
    masked = _NOT_NUMBERS.sub(lambda match: "\0" * len(match.group()), plain)
    spans = list(_NUMBER_LIST.finditer(masked))
    found = [number for span in spans for number in _expand(span.group(), marker)]
    if _unique(found) != _unique(marker.numbers):
        raise FixRefused(
            f"line {marker.line}: marker {raw!r} does not read as citations "
            f"{', '.join(map(str, marker.numbers))}"
        )
    pieces: list[str] = []
    last = 0
    for span in spans:
        numbers = sorted({mapping[number] for number in _expand(span.group(), marker)})
        new = _format_numbers(numbers, raw[span.start() : span.end()], span.group())
        pieces += [raw[last : span.start()], new]
        last = span.end()
    pieces.append(raw[last:])
    return "".join(pieces)


def _expand(listed: str, marker: Marker) -> list[int]:
    numbers: list[int] = []
    for part in re.split("[,;]", listed):
        bounds = [int(bound) for bound in re.split(r"[\-–—]", part)]
        first, last = bounds[0], bounds[-1]
        if last < first or last - first > _LONGEST_RANGE:
            raise FixRefused(f"line {marker.line}: marker {marker.raw!r} has a bad range")
        numbers.extend(range(first, last + 1))
    return numbers


def _unique(numbers: Iterable[int]) -> list[int]:
    return sorted(set(numbers))


def _format_numbers(numbers: list[int], original: str, plain: str) -> str:
    """``numbers`` written the way ``original`` wrote its list (``plain`` is its ASCII form)."""
    comma = _SEPARATOR.search(plain)
    separator = original[comma.start() : comma.end()] if comma else ", "
    dash_match = _DASH.search(plain)
    dash = original[dash_match.start() : dash_match.end()] if dash_match else None
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts: list[str] = []
    for run in runs:
        if dash is not None and len(run) >= 3:
            parts.append(f"{run[0]}{dash}{run[-1]}")
        else:
            parts.extend(str(number) for number in run)
    written = separator.join(parts)
    if any(char in "⁰¹²³⁴⁵⁶⁷⁸⁹" for char in original):
        written = written.translate(_ASCII_TO_SUPERSCRIPT)
    return written


def _entry_text(text: str, slot: Slot, new_number: int) -> str:
    content = text[slot.start : slot.end]
    if slot.number_at is None or slot.number_end is None:
        return content
    start, end = slot.number_at - slot.start, slot.number_end - slot.start
    return content[:start] + str(new_number) + content[end:]


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping edits, every one at its offset in the original text.

    The text is rebuilt in one pass from the untouched pieces between the edits, so offsets
    never shift under later edits and a large article costs linear time.
    """
    ordered = sorted(edits)
    for (_, end, _), (start, _, _) in pairwise(ordered):
        if start < end:
            raise FixRefused("a citation marker overlaps a reference entry")
    pieces: list[str] = []
    cursor = 0
    for start, end, replacement in ordered:
        pieces += [text[cursor:start], replacement]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


@dataclass
class _IdentifierNote:
    """Identifiers to write after one entry's text."""

    number: int
    at: int
    pmid: str | None
    doi: str | None

    @property
    def edit(self) -> tuple[int, int, str]:
        notes = [f"doi: {self.doi}" if self.doi else "", f"PMID: {self.pmid}" if self.pmid else ""]
        return (self.at, self.at, "".join(f" {note}" for note in notes if note))


def add_identifiers(text: str, document: Document, resolutions: dict[int, Resolution]) -> str:
    """Append " doi: x PMID: n" to entries lacking them that PubMed resolved with certainty."""
    notes = identifier_notes(text, document, resolutions)
    return apply_edits(text, [note.edit for note in notes])


def identifier_notes(
    text: str, document: Document, resolutions: dict[int, Resolution]
) -> list[_IdentifierNote]:
    notes = []
    for slot in entry_slots(text, line_starts(text), document):
        entry = slot.reference
        resolution = resolutions.get(entry.number)
        if (
            resolution is None
            or resolution.status != Status.RESOLVED
            or resolution.identifier_record is not None  # its PMID or DOI names another paper
            or resolution.record is None
        ):
            continue
        record = resolution.record
        pmid = record.pmid if entry.pmid is None and record.pmid else None
        doi = record.doi if entry.doi is None and record.doi else None
        if pmid or doi:
            notes.append(_IdentifierNote(entry.number, slot.append_at, pmid, doi))
    return notes


def note_reads_right(before: Document, after: Document, note: _IdentifierNote) -> bool:
    """True when the note changed nothing the reader reads from the article but identifiers,
    and the reader now finds the identifiers written."""
    entry = after.reference(note.number)
    return (
        entry is not None
        and (note.pmid is None or entry.pmid == note.pmid)
        and (note.doi is None or entry.doi == note.doi)
        and cited_works(before) == cited_works(after)
    )


def rewrite_source(marker: Marker, mapping: dict[int, int], source: str, html: bool) -> str:
    """The marker renumbered; in HTML its characters written as entities (``[1&ndash;3]``)
    are read as the characters they stand for and written back as the same entities."""
    entities = set(ENTITY.findall(source)) if html else set()
    if not entities:
        return rewrite_marker(marker, mapping, source)
    written = rewrite_marker(marker, mapping, ENTITY.sub(entity_character, source))
    for entity in entities:
        character = entity_character(entity)
        if not character.isalnum():
            written = written.replace(character, entity)
    return written
