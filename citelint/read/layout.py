"""Articles laid out in lines (plain text, Markdown, and HTML once flattened): where the body,
the reference list and the boilerplate are, and what each holds.

The reference list starts at the last heading called References, Bibliography, Sources...
(a Markdown heading, or in plain text a line alone) and ends at the next heading or at
boilerplate such as a disclaimer. Markdown footnote definitions are entries wherever they are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from citelint.models import Claim, InlineCitation, Reference
from citelint.read.claims import build_claims, marker_claims
from citelint.read.entries import parse_entry
from citelint.read.inline import (
    Definition,
    LinkSpan,
    find_inline,
    link_definitions,
    link_entries,
)
from citelint.read.markers import find_markers

Locate = Callable[[int], tuple[int, int]]

_REFERENCE_HEADING = re.compile(
    r"(?:\d{1,2}\.?|[IVX]{1,4}\.)?\s*"
    r"(?:references?(?: list| cited)?|bibliography|sources(?: cited)?|works cited|"
    r"literature(?: cited)?|cited (?:works|literature)|citations|footnotes|endnotes|"
    r"notes and references?|references? and (?:notes|further reading)|sources and references)"
    r"\s*:?",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"\s*(?:(?:professional |medical |legal )*disclaimer|have a follow[- ]up question|"
    r"ask a follow[- ]up question|related (?:questions|articles|posts)|"
    r"was this (?:answer|article|page) helpful|share this (?:article|page|answer))\b",
    re.IGNORECASE,
)
# Sections that follow a reference list in plain text, where headings cannot be told apart.
_CLOSING_SECTION = re.compile(
    r"\s*(?:acknowledge?ments?|appendix|appendices|funding|conflicts? of interest|"
    r"competing interests|author contributions|about the authors?|abbreviations|"
    r"supplementary (?:material|information))\s*:?\s*",
    re.IGNORECASE,
)
# Page furniture that ends a reference list: "Copyright 2024 ...", "Share this page".
_FOOTER = re.compile(
    r"\s*(?:copyright\b|©|\(c\)\s*(?:1[89]|20)\d{2}|all rights reserved|share (?:this|on)\b|"
    r"terms of (?:use|service)|privacy policy|back to top)",
    re.IGNORECASE,
)
_THEMATIC_BREAK = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
_MD_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
_SETEXT_RULE = re.compile(r" {0,3}(?:=+|-{2,})[ \t]*")
_EMPHASIS_LINE = re.compile(r"\s*(\*\*|__)([^*_\n]{1,80})\1\s*:?\s*")
_BULLET = re.compile(r"[ \t]*(?:[-*+•◦▪‣·–—][ \t]+|>[ \t]?)")
_ORDERED = re.compile(r"[ \t]*(?P<number>\d{1,4})[.)](?:[ \t]+|$)")
_NUMBERED_ENTRY = re.compile(
    r"[ \t]*(?:[-*+•][ \t]+)?"
    r"(?:\[(?P<bracket>\d{1,4})\]:?|(?P<dotted>\d{1,4})[.)]|\((?P<paren>\d{1,4})\))"
    r"(?:[ \t]+|$)"
)
_NEWLINE = re.compile("\n")
_TABLE_ROW = re.compile(r"[ \t]*\|")
_BRACKET_ENTRY = re.compile(r"[ \t]*\[\d{1,4}\][ \t]+\S")
_FOOTNOTE_DEFINITION = re.compile(r" {0,3}\[\^(?P<label>[^\]\s]{1,20})\]:[ \t]*")
_LINK_DEFINITION = re.compile(r" {0,3}\[[^\]\n]{1,60}\]:[ \t]*\S")
# A CommonMark link reference definition, "[6]: https://example.org/docs 'Title'": the
# target of links elsewhere, not a reference entry, though it looks like "[6] ...".
_LINK_REFERENCE = re.compile(
    r" {0,3}\[[^\]\n]{1,200}\]:[ \t]*<?(?:[a-z][a-z0-9+.-]{1,20}://|www\.|mailto:|/|#)[^\s<>]*>?"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"\s*(?P<label>research|studies|study|guidelines?|(?:clinical |practice )guidelines?|"
    r"(?:systematic |narrative |literature )?review|meta-?analysis|"
    r"(?:randomi[sz]ed )?(?:controlled |clinical )?trial|rct|cohort study|case (?:report|series)|"
    r"observational study|consensus(?: statement)?|expert opinion|book(?: chapter)?|textbook|"
    r"web ?(?:site|page)|editorial|letter|commentary|preprint)\s*",
    re.IGNORECASE,
)
# Link-outs a page prints after each entry ("PubMed | Google Scholar"): not the entry's text.
_LINK_WORD = re.compile(
    r"(?:pubmed|google\s+scholar|cross\s?ref|(?:free\s+)?full\s+text|pmc\s+free\s+article|"
    r"abstract)\b",
    re.IGNORECASE,
)
_LINK_TRAILER = re.compile(
    r"(?:[\s\-–—|•·,;/\[\]()]+|" + _LINK_WORD.pattern + r"|https?://[^\s<>\[\]]+)+",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://[^\s<>\[\]]+")
_LAST_LINE_TRAILER = re.compile(r"(?<=[.;])[ \t]+" + _LINK_TRAILER.pattern + r"\Z", re.IGNORECASE)
_WEB_SOURCE_LINE = re.compile(r"[^\n]{2,300},\s*(?:1[89]|20)\d{2}\.?\s*")


@dataclass(slots=True)
class Line:
    number: int  # 0-based index into the text's lines
    start: int  # offset of the line's first character in the text
    text: str
    blank: bool  # nothing but white space
    indent: int = 0  # where the content starts after a bullet or list number

    @property
    def content(self) -> str:
        return self.text[self.indent :]


@dataclass
class Layout:
    claims: list[Claim] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    references_line: int | None = None  # 1-based line of the reference heading
    inline: list[InlineCitation] = field(default_factory=list)


def line_locator(text: str) -> Locate:
    """Offset -> (line, column) for text whose offsets are the file's own."""
    starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]

    def locate(offset: int) -> tuple[int, int]:
        line = bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    return locate


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    start = 0
    for number, line in enumerate(text.split("\n")):
        lines.append(Line(number, start, line, not line or line.isspace()))
        start += len(line) + 1
    return lines


def read_layout(
    text: str,
    markdown: bool,
    locate: Locate,
    wording: str | None = None,
    links: Sequence[LinkSpan] = (),
    claim_text: bool = True,
) -> Layout:
    """Claims, references and inline citations of ``text``; Markdown-only syntax is used when
    ``markdown``.

    ``wording``, when given, is ``text`` with some hidden words shown again (inline code), at
    the same offsets: claims take their words from it, and everything else from ``text``.
    ``links`` are the HTML reader's identifier links, in ``text``'s offsets.
    Without ``claim_text`` the paragraphs are not cut into sentences: each paragraph's markers
    make one claim with no text, which is all that rules reading only markers need.
    """
    lines = split_lines(text)
    layout = Layout()
    headings = _heading_lines(lines, markdown)
    section = _reference_section(lines, headings, markdown)
    if section:
        layout.references_line = locate(lines[section[0] - 1].start)[0]
    else:
        section = _headless_list(lines)
    skipped = set(range(section[0], section[1])) if section else set()
    if section:
        if section[1] < len(lines) and section[1] not in headings:
            skipped |= set(range(section[1], _boilerplate_end(lines, section[1], headings)))
        layout.references = _entries(lines[section[0] : section[1]], markdown, locate)
    listed = layout.references
    for start, end in _boilerplate_sections(lines, headings, markdown):
        skipped |= set(range(start, end))
    if markdown:
        footnotes = _footnote_definitions(lines, skipped)
        skipped |= {line.number for entry in footnotes for line in entry}
        layout.references += [
            _reference(number, entry, None, True, locate)
            for entry in footnotes
            if (number := _footnote_number(entry[0])) is not None
        ]
    definitions = link_definitions(text) if markdown else {}
    for block in _paragraphs(lines, skipped | headings, markdown):
        first, last = block[0], block[-1]
        base = first.start + first.indent
        end = last.start + len(last.text)
        paragraph = text[base:end]
        if claim_text:
            words = wording[base:end] if wording is not None else paragraph
            layout.claims += build_claims(paragraph, base, find_markers(paragraph), locate, words)
        else:
            layout.claims += marker_claims(base, find_markers(paragraph), locate)
        layout.inline += find_inline(paragraph, base, locate, links, definitions)
    if listed and section:
        others = set(range(len(lines))).difference(range(section[0], section[1])) | headings
        section_citations = [
            citation
            for block in _paragraphs(lines, others, markdown)
            for citation in _block_citations(text, block, locate, links, definitions)
        ]
        kept, moved = link_entries(listed, section_citations, bool(layout.claims))
        layout.references = kept + layout.references[len(listed) :]
        layout.inline += moved
    layout.inline.sort(key=lambda citation: (citation.line, citation.column))
    return layout


def _block_citations(
    text: str,
    block: list[Line],
    locate: Locate,
    links: Sequence[LinkSpan],
    definitions: dict[str, Definition],
) -> list[InlineCitation]:
    base = block[0].start + block[0].indent
    end = block[-1].start + len(block[-1].text)
    return find_inline(text[base:end], base, locate, links, definitions)


def _heading_lines(lines: list[Line], markdown: bool) -> set[int]:
    headings: set[int] = set()
    if not markdown:
        return headings
    for index, line in enumerate(lines):
        if _MD_HEADING.fullmatch(line.text):
            headings.add(index)
        elif (
            _SETEXT_RULE.fullmatch(line.text)
            and index > 0
            and not lines[index - 1].blank
            and not _BULLET.match(lines[index - 1].text)
        ):
            headings |= {index - 1, index}
    return headings


def _heading_text(lines: list[Line], index: int, headings: set[int], markdown: bool) -> str:
    text = lines[index].text
    if index in headings or (not markdown and text.startswith("#")):
        match = _MD_HEADING.fullmatch(text)
        return (match[2] or "") if match else text
    emphasis = _EMPHASIS_LINE.fullmatch(text)
    return emphasis[2] if emphasis else text


def _reference_section(
    lines: list[Line], headings: set[int], markdown: bool
) -> tuple[int, int] | None:
    """First and past-the-end line index of the last reference list's entries."""
    start = None
    for index, line in enumerate(lines):
        if line.blank or len(line.text) > 80:
            continue
        if _REFERENCE_HEADING.fullmatch(_heading_text(lines, index, headings, markdown).strip()):
            start = index + 1
    if start is None:
        return None
    numbered = _is_numbered_list(lines[start:])
    seen_entry = False
    end = start
    while end < len(lines):
        line = lines[end]
        underline = end == start and _SETEXT_RULE.fullmatch(line.text)
        if end in headings and not underline:
            break
        if _THEMATIC_BREAK.fullmatch(line.text) and not underline:
            break
        text = _heading_text(lines, end, headings, markdown)
        if _BOILERPLATE.match(text) or _CLOSING_SECTION.fullmatch(text) or _FOOTER.match(text):
            break
        if numbered and seen_entry and _ends_numbered_list(lines, end):
            break
        seen_entry = seen_entry or _entry_number(line.text) is not None
        end += 1
    return start, end


def _is_numbered_list(lines: list[Line]) -> bool:
    first = next((line for line in lines if not line.blank and not _label_of(line.text)), None)
    return first is not None and _entry_number(first.text) is not None


def _ends_numbered_list(lines: list[Line], index: int) -> bool:
    """A paragraph after a blank line that is no entry, label, list item or indented
    continuation is the next block of the page, not part of the entry above it."""
    line = lines[index]
    if line.blank or not lines[index - 1].blank:
        return False
    if line.text[:1].isspace() or _label_of(line.text) or _BULLET.match(line.text):
        return False
    if _is_link_trailer(line.text):
        return False
    return _entry_number(line.text) is None


def _headless_list(lines: list[Line]) -> tuple[int, int] | None:
    """Lines "[1] Smith J. ..." ending the article with no heading above them are its list."""
    end = len(lines)
    while end > 0 and lines[end - 1].blank:
        end -= 1
    start, entries = end, 0
    while start > 0:
        line = lines[start - 1]
        if _BRACKET_ENTRY.match(line.text):
            entries += 1
        elif not line.blank and not line.text[:1].isspace():
            break
        start -= 1
    while start < end and not _BRACKET_ENTRY.match(lines[start].text):
        start += 1
    return (start, end) if entries >= 2 else None


def _boilerplate_end(lines: list[Line], start: int, headings: set[int]) -> int:
    """Boilerplate after a reference list runs to the next heading, or to the end of the text."""
    end = start
    while end < len(lines) and (end == start or end not in headings):
        end += 1
    return end


def _boilerplate_sections(
    lines: list[Line], headings: set[int], markdown: bool
) -> list[tuple[int, int]]:
    """Disclaimers and page furniture anywhere in the article.

    A boilerplate heading runs to the next heading; a boilerplate line in plain text, where
    headings cannot be told from text, covers itself and the paragraph after it.
    """
    sections: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.blank or len(line.text) > 80:
            index += 1
            continue
        if not _BOILERPLATE.match(_heading_text(lines, index, headings, markdown)):
            index += 1
            continue
        if index in headings:
            end = _boilerplate_end(lines, index, headings)
        else:
            end = index + 1
            while end < len(lines) and lines[end].blank:
                end += 1
            while end < len(lines) and not lines[end].blank and end not in headings:
                end += 1
        sections.append((index, end))
        index = end  # what a section covers is not searched again, so this stays linear
    return sections


def _paragraphs(lines: list[Line], skipped: set[int], markdown: bool) -> list[list[Line]]:
    """Blocks of the body: a paragraph, or one bullet with its continuation lines."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.number in skipped or line.blank or (markdown and _LINK_DEFINITION.match(line.text)):
            if current:
                blocks.append(current)
            current = []
            continue
        if markdown and _TABLE_ROW.match(line.text):
            if current:
                blocks.append(current)
            blocks.append([line])  # each row of a table is a claim of its own
            current = []
            continue
        item = _BULLET.match(line.text) or _ORDERED.match(line.text)
        if item:
            if current:
                blocks.append(current)
            line.indent = item.end()
            current = [line]
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _label_of(text: str) -> str | None:
    """The label of a line such as "Research" or "**Guideline**", or None."""
    emphasis = _EMPHASIS_LINE.fullmatch(text)
    plain = emphasis[2] if emphasis else text
    return plain.strip() if _LABEL.fullmatch(plain) else None


def _entries(lines: list[Line], markdown: bool, locate: Locate) -> list[Reference]:
    """The entries of a reference section: numbered ones, or unnumbered ones in order."""
    if markdown:
        lines = [line for line in lines if not _LINK_REFERENCE.fullmatch(line.text)]
    content = [line for line in lines if not line.blank]
    first = next((line for line in content if not _label_of(line.text)), None)
    if first is None:
        return []
    if _entry_number(first.text) is None:
        return _unnumbered_entries(lines, locate)
    references = _numbered_entries(content, locate)
    if markdown and len(references) > 1 and len({entry.number for entry in references}) == 1:
        # "1. 1. 1." is Markdown's lazy numbering: the list renders as 1, 2, 3.
        for position, entry in enumerate(references):
            entry.number += position
    return references


def _numbered_entries(lines: list[Line], locate: Locate) -> list[Reference]:
    references: list[Reference] = []
    label: str | None = None  # a label line names the entry that follows it
    current: list[Line] = []
    current_label: str | None = None
    number = 0
    for line in lines:
        if _label_of(line.text):
            label = _label_of(line.text)
            continue
        start = _entry_number(line.text)
        if start is None:
            if current:
                current.append(line)
            continue
        if current:
            references.append(_reference(number, current, current_label, True, locate))
        number, line.indent = start
        current, current_label, label = [line], label, None
    if current:
        references.append(_reference(number, current, current_label, True, locate))
    return references


def _entry_number(text: str) -> tuple[int, int] | None:
    """The number an entry line starts with, and where its text begins."""
    match = _NUMBERED_ENTRY.match(text)
    if match:
        return int(match["bracket"] or match["dotted"] or match["paren"]), match.end()
    footnote = _FOOTNOTE_DEFINITION.match(text)
    if footnote and footnote["label"].isdigit():
        return int(footnote["label"]), footnote.end()
    return None


def _unnumbered_entries(lines: list[Line], locate: Locate) -> list[Reference]:
    # Link-out lines belong to the entry above them rather than start one of their own.
    trailers: dict[int, list[Line]] = {}
    kept: list[Line] = []
    last: Line | None = None
    for line in lines:
        if not line.blank and last is not None and _is_link_trailer(line.content):
            trailers.setdefault(last.number, []).append(line)
            continue
        kept.append(line)
        last = line if not line.blank else last
    lines = kept
    groups: list[tuple[str | None, list[Line]]] = []
    lines_by_number = {line.number: line for line in lines}
    content = [line for line in lines if not line.blank]
    if any(_label_of(line.text) for line in content):
        for line in content:
            if _label_of(line.text):
                groups.append((_label_of(line.text), []))
            elif groups:
                groups[-1][1].append(line)
            else:
                groups.append((None, [line]))
    elif any(_BULLET.match(line.text) for line in content):
        for line in content:
            bullet = _BULLET.match(line.text)
            if bullet or not groups:
                line.indent = bullet.end() if bullet else 0
                groups.append((None, [line]))
            else:
                groups[-1][1].append(line)
    elif any(_WEB_SOURCE_LINE.fullmatch(line.text) for line in content):
        # Title line, then "Journal, Year" line, often with blank lines between them.
        pending: list[Line] = []
        for line in content:
            pending.append(line)
            if _WEB_SOURCE_LINE.fullmatch(line.text):
                groups.append((None, pending))
                pending = []
        if pending:
            groups.append((None, pending))
    else:
        # One entry a paragraph; inside a paragraph a new line starts a new entry unless it
        # is indented or starts in lower case, as a wrapped line does.
        for line in content:
            before = lines_by_number.get(line.number - 1)
            blank_before = before is None or before.blank
            wrapped = line.text[:1].isspace() or line.text.lstrip()[:1].islower()
            if blank_before or not wrapped or not groups:
                groups.append((None, [line]))
            else:
                groups[-1][1].append(line)
    groups = [
        (
            label,
            [
                with_trailer
                for line in group
                for with_trailer in (line, *trailers.get(line.number, []))
            ],
        )
        for label, group in groups
        if group
    ]
    return [
        _reference(position, group, label, False, locate)
        for position, (label, group) in enumerate(groups, start=1)
    ]


def _is_link_trailer(text: str) -> bool:
    return bool(_LINK_TRAILER.fullmatch(text) and _LINK_WORD.search(text))


def _without_link_words(text: str) -> str:
    """An entry line with its link-outs dropped, their PubMed or DOI addresses kept."""
    if _is_link_trailer(text):
        return " ".join(_URL.findall(text))
    trailer = _LAST_LINE_TRAILER.search(text)
    if trailer and _LINK_WORD.search(trailer[0]):
        return " ".join([text[: trailer.start()], *_URL.findall(trailer[0])])
    return text


def _reference(
    number: int, lines: list[Line], label: str | None, numbered: bool, locate: Locate
) -> Reference:
    texts = [_without_link_words(line.content.strip()) for line in lines]
    line, column = locate(lines[0].start + _leading_space(lines[0].text))
    entry = Reference(
        number=number,
        raw=" ".join(t for t in texts if t),
        line=line,
        column=column,
        numbered=numbered,
        label=label,
    )
    return parse_entry(texts, into=entry)


def _leading_space(text: str) -> int:
    return len(text) - len(text.lstrip())


def _footnote_definitions(lines: list[Line], skipped: set[int]) -> list[list[Line]]:
    """Markdown footnote definitions "[^1]: ..." with their indented continuation lines."""
    entries: list[list[Line]] = []
    current: list[Line] | None = None
    for line in lines:
        if line.number in skipped:
            current = None
            continue
        match = _FOOTNOTE_DEFINITION.match(line.text)
        if match:
            line.indent = match.end()
            current = [line]
            entries.append(current)
        elif current is not None and line.text.startswith(("    ", "\t")):
            current.append(line)
        elif current is not None and not line.blank and not current[-1].blank:
            current.append(line)  # a lazy continuation line
        else:
            current = None
    return entries


def _footnote_number(line: Line) -> int | None:
    """Footnotes with names ("[^smith]") are not numbered citations; they are left alone."""
    label = _FOOTNOTE_DEFINITION.match(line.text)
    return int(label["label"]) if label and label["label"].isdigit() else None
