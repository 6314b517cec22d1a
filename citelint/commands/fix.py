"""``citelint fix``: renumber citations in order of first citation and reorder the list to match.

Every edit is made at a source position the reader reported, all against the original
text, so offsets never shift and whatever the fix does not mean to change stays byte for
byte (line endings included). The result is read again and checked before anything is
written: if the fixed article is still out of order, or any claim would cite a different
work, the file is left alone. Writes go to a temporary file beside the article that then
replaces it in one step, so the article is never left half-written.
"""

from __future__ import annotations

import difflib
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import unescape
from itertools import pairwise
from pathlib import Path

from citelint.commands.pipeline import collect_files
from citelint.errors import CitelintError, InputError
from citelint.files import write_atomically
from citelint.models import Document, Marker, Reference, Resolution, Status
from citelint.pubmed.resolver import Resolver
from citelint.read import SUPPORTED_SUFFIXES, read_text
from citelint.rules import get_rule
from citelint.rules.base import CheckContext

EXIT_OK, EXIT_WOULD_CHANGE, EXIT_ERROR = 0, 1, 2

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
# An entry's own number at the start of its line, after any tags: "1.", "1)", "[1]", "(1)",
# "[^1]:", "<li>[1]".
_ENTRY_NUMBER = re.compile(
    r"[ \t]*(?:<[^>]*>[ \t]*)*(?:[-*+][ \t]+)?"
    r"(?:\[\^(?P<footnote>\d+)\]:|\[(?P<bracket>\d+)\]|\((?P<paren>\d+)\)|(?P<plain>\d+)[.)])"
)
# What may stand before an entry's text on its first line: a bullet, a number, tags.
_ENTRY_PREFIX = re.compile(
    r"[ \t]*(?:<[^>]*>[ \t]*)*(?:[-*+•◦▪‣·–—][ \t]+)?"
    r"(?:(?:\[\^?\d+\]:?|\d+[.)]|\(\d+\))[ \t]*)?(?:<[^>]*>[ \t]*)*"
)
_GAP = re.compile(r"\s+")
_HTML_GAP = re.compile(r"(?:\s|&nbsp;|&#160;|<[^>]*>)+")
_TAGS = re.compile(r"(?:<[^>]*>)*")
_CLOSING_TAGS = re.compile(r"(?:</[^>]*>)*")
_ENTITY = re.compile(r"&#?\w+;")
_NUMBER_PREFIX = re.compile(r"^\s*(?:\[\^?\d+\]:?|\(\d+\)|\d+[.)])\s*")
_IDENTIFIER_NOTE = re.compile(r"\s*(?:PMID:?\s*\d+|doi:?\s*10\.\d{4,9}/\S+)\.?", re.IGNORECASE)
_SUP_OPEN = re.compile(r"<sup\b", re.IGNORECASE)
_SUP_CLOSE = re.compile(r"</sup\s*>", re.IGNORECASE)
_LIST_ITEM_OPEN = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_ITEM_VALUE = re.compile(r"\svalue\s*=", re.IGNORECASE)
_LIST_ITEM_CLOSE = re.compile(r"</li\s*>", re.IGNORECASE)
_ITEM_CLOSED = re.compile(r"</li\s*>|</[ou]l\s*>", re.IGNORECASE)
_LIST_END = re.compile(r"<li\b|</[ou]l\s*>", re.IGNORECASE)


class FixRefused(CitelintError):
    """The article cannot be renumbered safely; the message says why."""


@dataclass
class FixResult:
    path: str
    changed: bool = False
    diff: str = ""
    messages: list[str] = field(default_factory=list)
    error: bool = False  # refused or unreadable: the file was not touched


@dataclass
class _Slot:
    """Where one reference entry sits in the source."""

    reference: Reference
    start: int
    end: int
    append_at: int  # where " doi: x PMID: n" goes: just after the entry's text
    number_at: int | None = None  # the entry's own number, when it is written out
    number_end: int | None = None


# --- planning ---------------------------------------------------------------------------


def cited_markers(document: Document) -> list[Marker]:
    """Every marker of the article in reading order."""
    markers = [marker for claim in document.claims for marker in claim.markers]
    return sorted(markers, key=lambda marker: (marker.line, marker.column))


def first_citation_order(document: Document) -> list[int]:
    """Entry numbers in the order the text first cites them."""
    order: dict[int, None] = {}  # a dict keeps first insertion order and looks up fast
    for marker in cited_markers(document):
        for number in marker.numbers:
            order.setdefault(number)
    return list(order)


def why_not_fixable(document: Document) -> str | None:
    """Why renumbering this article could lose or change a citation; None when it is safe."""
    for marker in cited_markers(document):
        if marker.problem:
            return f"line {marker.line}: marker {marker.raw!r} cannot be read ({marker.problem})"
    markers = cited_markers(document)
    if markers and not document.references:
        return "citations appear but no reference list was found"
    numbers = [entry.number for entry in document.references]
    repeated = sorted(number for number, count in Counter(numbers).items() if count > 1)
    if repeated:
        return f"the reference list repeats number {repeated[0]}"
    missing = sorted(set(range(1, len(numbers) + 1)) - set(numbers))
    if missing:
        return f"the reference list numbering skips {missing[0]}"
    in_place = sorted(document.references, key=lambda entry: (entry.line, entry.column))
    if [entry.number for entry in in_place] != sorted(numbers):
        return "the reference list is not in numerical order"
    if len({entry.numbered for entry in document.references}) > 1:
        return "the reference list mixes numbered and unnumbered entries"
    for marker in markers:
        for number in marker.numbers:
            if number not in numbers:
                return f"line {marker.line}: citation {number} has no entry in the reference list"
    return None


def plan_renumbering(document: Document) -> dict[int, int] | None:
    """New number of each entry: cited ones in order of first citation, then the others.

    Entries nobody cites keep their relative order after the cited ones, so nothing is
    dropped. None when the cited entries are already in order (as CL104 sees it) or the
    article cannot be fixed safely (``why_not_fixable`` says why).
    """
    if why_not_fixable(document) is not None or not document.references:
        return None
    cited = first_citation_order(document)
    if cited == sorted(cited):
        return None  # what CL104 asks for; entries never cited are CL102's business
    uncited = sorted(entry.number for entry in document.references if entry.number not in cited)
    return {old: new for new, old in enumerate(cited + uncited, start=1)}


# --- rewriting ----------------------------------------------------------------------------


def apply_fix(text: str, document: Document, mapping: dict[int, int]) -> str:
    """``text`` with every marker renumbered and the reference entries reordered to match."""
    starts = _line_starts(text)
    edits: list[tuple[int, int, str]] = []
    html = document.format == "html"
    for marker in cited_markers(document):
        start, end = _marker_span(text, starts, marker, html)
        edits.append((start, end, _rewrite_source(marker, mapping, text[start:end], html)))
    slots = _entry_slots(text, starts, document)
    by_new_number = {mapping[slot.reference.number]: slot for slot in slots}
    for position, slot in enumerate(slots, start=1):
        moved = by_new_number[position]
        edits.append((slot.start, slot.end, _entry_text(text, moved, position)))
    return _apply_edits(text, edits)


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


def _entry_text(text: str, slot: _Slot, new_number: int) -> str:
    content = text[slot.start : slot.end]
    if slot.number_at is None or slot.number_end is None:
        return content
    start, end = slot.number_at - slot.start, slot.number_end - slot.start
    return content[:start] + str(new_number) + content[end:]


def _apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
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


# --- finding things in the source ---------------------------------------------------------


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in re.finditer("\n", text))]


def _offset(starts: list[int], line: int, column: int) -> int | None:
    if not 1 <= line <= len(starts) or column < 1:
        return None
    return starts[line - 1] + column - 1


def _rewrite_source(marker: Marker, mapping: dict[int, int], source: str, html: bool) -> str:
    """The marker renumbered; in HTML its characters written as entities (``[1&ndash;3]``)
    are read as the characters they stand for and written back as the same entities."""
    entities = set(_ENTITY.findall(source)) if html else set()
    if not entities:
        return rewrite_marker(marker, mapping, source)
    written = rewrite_marker(marker, mapping, _ENTITY.sub(_entity_character, source))
    for entity in entities:
        character = _entity_character(entity)
        if not character.isalnum():
            written = written.replace(character, entity)
    return written


def _entity_character(entity: re.Match[str] | str) -> str:
    source = entity if isinstance(entity, str) else entity.group()
    # The reader reads a no-break space as a space.
    return unescape(source).replace("\u00a0", " ")


def _marker_span(text: str, starts: list[int], marker: Marker, html: bool) -> tuple[int, int]:
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
        entity = _ENTITY.match(text, position)
        if entity is not None and _entity_character(entity) == char:
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
        if begin == start or text[begin - 1] in " \t>:.)]":
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
                entity = _ENTITY.match(text, position)
            if entity is not None and unescape(entity.group()) == char:
                position = entity.end()
            elif text.startswith(char, position):
                position += 1
            else:
                return None
    if html:
        position = _CLOSING_TAGS.match(text, position).end()  # type: ignore[union-attr]
    return position


def _entry_slots(text: str, starts: list[int], document: Document) -> list[_Slot]:
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


def _line_slot(text: str, starts: list[int], offset: int, entry: Reference, html: bool) -> _Slot:
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
    return _Slot(entry, start, line_end, append_at=end)


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
) -> _Slot | None:
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
        return _Slot(entry, opening.start(), closing.end(), append_at=closing.start())
    if next_item is None:
        raise FixRefused(f"line {entry.line}: reference entry {entry.number} never ends")
    end = len(text[: next_item.start()].rstrip())  # an <li> without its optional </li>
    return _Slot(entry, opening.start(), end, append_at=end)


def _find_entry_number(text: str, starts: list[int], slot: _Slot) -> None:
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
    notes = _identifier_notes(text, document, resolutions)
    return _apply_edits(text, [note.edit for note in notes])


def _identifier_notes(
    text: str, document: Document, resolutions: dict[int, Resolution]
) -> list[_IdentifierNote]:
    notes = []
    for slot in _entry_slots(text, _line_starts(text), document):
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


def _note_reads_right(before: Document, after: Document, note: _IdentifierNote) -> bool:
    """True when the note changed nothing the reader reads from the article but identifiers,
    and the reader now finds the identifiers written."""
    entry = after.reference(note.number)
    return (
        entry is not None
        and (note.pmid is None or entry.pmid == note.pmid)
        and (note.doi is None or entry.doi == note.doi)
        and cited_works(before) == cited_works(after)
    )


# --- checking the result ------------------------------------------------------------------


def _work(entry: Reference) -> tuple[object, ...]:
    """What an entry is, whatever its number and identifiers: its text without number prefix,
    PMID or DOI, and what the reader parsed from it (so a journal line left behind shows)."""
    text = _IDENTIFIER_NOTE.sub("", _NUMBER_PREFIX.sub("", entry.raw))
    text = " ".join(text.split()).lower()
    return (
        text,
        entry.label,
        entry.title,
        entry.journal,
        entry.year,
        tuple(entry.authors),
        entry.volume,
        entry.issue,
        entry.pages,
        entry.url,
    )


def cited_works(document: Document) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """Each claim with the works it cites, and every work of the list."""
    works = {entry.number: repr(_work(entry)) for entry in document.references}
    claims = [
        (" ".join(claim.text.split()), sorted(works.get(n, f"?{n}") for n in claim.numbers))
        for claim in document.claims
    ]
    return claims, sorted(works.values())


def check_fixed(before: Document, after: Document) -> str | None:
    """Why ``after`` is not a faithful, in-order version of ``before``; None when it is."""
    problem = why_not_fixable(after)
    if problem is not None:
        return f"the fixed article would not read cleanly: {problem}"
    if plan_renumbering(after) is not None:
        return "the fixed article would still be out of citation order"
    rule = get_rule("CL104")
    if rule is not None and any(True for _ in rule.check(CheckContext(after))):
        return "the fixed article would still raise CL104"
    if cited_works(before) != cited_works(after):
        return "the fixed article would cite different works; nothing was changed"
    return None


# --- files --------------------------------------------------------------------------------


def input_format_of(path: Path, input_format: str | None) -> str:
    if input_format:
        return input_format
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), "unknown file type; use --input-format")
    return fmt


def read_article(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not UTF-8 text (byte {error.start})") from None


def fix_text(
    text: str, path: str, fmt: str, resolver: Resolver | None = None
) -> tuple[str, list[str]]:
    """The fixed text and what was done; raises FixRefused when it cannot be done safely."""
    # The readers drop a byte-order mark, which would shift every column of the first line.
    mark = "\ufeff" if text.startswith("\ufeff") else ""
    fixed, messages = _fix_body(text[len(mark) :], path, fmt, resolver)
    return mark + fixed, messages


def _fix_body(text: str, path: str, fmt: str, resolver: Resolver | None) -> tuple[str, list[str]]:
    if re.search("\r(?!\n)", text):
        # The readers count a lone carriage return as a line break; positions would not match.
        raise FixRefused("cannot fix safely: lines end in a bare carriage return (old Mac style)")
    document = read_text(text, path, fmt)
    problem = why_not_fixable(document)
    if problem is not None:
        raise FixRefused(f"cannot fix safely: {problem}")
    messages = []
    mapping = plan_renumbering(document)
    fixed = text
    if mapping is not None:
        fixed = apply_fix(text, document, mapping)
        check = check_fixed(document, read_text(fixed, path, fmt))
        if check is not None:
            raise FixRefused(check)
        moves = ", ".join(f"{old}→{new}" for old, new in sorted(mapping.items()) if old != new)
        messages.append(f"renumbered references in order of first citation ({moves})")
    if resolver is not None:
        renumbered = read_text(fixed, path, fmt)
        found = resolver.resolve(renumbered.references)
        resolutions = {resolution.reference: resolution for resolution in found}
        # Each note is tried alone: one that would change how its entry reads is left out.
        edits = []
        for note in _identifier_notes(fixed, renumbered, resolutions):
            alone = read_text(_apply_edits(fixed, [note.edit]), path, fmt)
            if _note_reads_right(renumbered, alone, note):
                edits.append(note.edit)
        if edits:
            with_ids = _apply_edits(fixed, edits)
            check = check_fixed(renumbered, read_text(with_ids, path, fmt))
            if check is not None:
                raise FixRefused(check)
            messages.append(f"added identifiers to {len(edits)} reference entries")
            fixed = with_ids
    return fixed, messages


def fix_file(
    path: str | Path,
    dry_run: bool,
    input_format: str | None = None,
    resolver: Resolver | None = None,
) -> FixResult:
    """Fix one article in place (or only report with ``dry_run``); never half-writes it."""
    path = Path(path)
    result = FixResult(str(path))
    try:
        text = read_article(path)
        fixed, done = fix_text(text, str(path), input_format_of(path, input_format), resolver)
    except CitelintError as error:
        result.error = True
        problem = error.problem if isinstance(error, InputError) else str(error)
        result.messages.append(f"{path}: {problem}")
        return result
    if fixed == text:
        result.messages.append(f"{path}: already in citation order")
        return result
    result.changed = True
    result.diff = unified_diff(text, fixed, _shown_name(path))
    if dry_run:
        result.messages.extend(f"{path}: would have {message}" for message in done)
        return result
    try:
        write_fixed(path, text, fixed)
    except (OSError, CitelintError) as error:
        result.error, result.changed = True, False
        result.messages.append(f"{path}: not written: {error}")
        return result
    result.messages.extend(f"{path}: {message}" for message in done)
    return result


def _shown_name(path: Path) -> str:
    """The path as the diff names it: relative to the working directory when inside it."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(os.getcwd())).as_posix()
    except ValueError:
        return path.as_posix()


def unified_diff(before: str, after: str, name: str) -> str:
    """A patch ``git apply`` and ``patch`` accept, line endings and all."""
    lines = difflib.unified_diff(
        _lines(before),
        _lines(after),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


def _lines(text: str) -> list[str]:
    # Not str.splitlines: that also breaks at form feeds and U+2028, which patch tools do not.
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)


def write_fixed(path: Path, expected: str, new_text: str) -> None:
    """Replace the article in one step; refuse if it changed since it was read."""

    def unchanged_since_read() -> None:
        if read_article(path) != expected:
            raise FixRefused("the file changed while it was being fixed")

    write_atomically(path, new_text, check=unchanged_since_read)


def run_fix(
    paths: Sequence[str],
    diff_only: bool,
    input_format: str | None = None,
    resolver: Resolver | None = None,
    exclude: Sequence[str] = (),
) -> tuple[str, str, int]:
    """Fix every article under ``paths``: (standard output, standard error, exit code).

    Exit code 0 when everything is in order or was fixed, 1 when ``diff_only`` shows changes
    to make, 2 when a file could not be read or fixed safely.
    """
    output: list[str] = []
    errors: list[str] = []
    code = EXIT_OK
    if "-" in paths:
        errors.append("citelint: error: -: fix needs a file, not standard input\n")
        code = EXIT_ERROR
    for path in collect_files([name for name in paths if name != "-"], exclude):
        result = fix_file(path, dry_run=diff_only, input_format=input_format, resolver=resolver)
        if result.error:
            code = EXIT_ERROR
            errors.extend(f"citelint: error: {message}\n" for message in result.messages)
            continue
        if diff_only:
            # Standard output stays a clean patch; what was found goes to standard error.
            output.append(result.diff)
            errors.extend(f"citelint: {message}\n" for message in result.messages)
            if result.changed and code == EXIT_OK:
                code = EXIT_WOULD_CHANGE
        else:
            output.extend(f"{message}\n" for message in result.messages)
    return "".join(output), "".join(errors), code
