"""The blocks of an article laid out in lines (see layout.py): its paragraphs, the lines
each claim is read from, and its boilerplate (disclaimers, page furniture), which is no
claim's."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.lines import (
    BULLET,
    Line,
    heading_text,
    is_boilerplate,
    numbered_heading,
    numbered_section,
    plain_heading,
)

_ORDERED = re.compile(r"[ \t]*(?P<number>\d{1,4})[.)](?:[ \t]+|$)")
_TABLE_ROW = LazyPattern(r"[ \t]*\|")
_LINK_DEFINITION = LazyPattern(r" {0,3}\[[^\]\n]{1,60}\]:[ \t]*\S")
# What BULLET's match opens with after its "[ \t]*": a line opening otherwise is no bullet.
_BULLET_OPENINGS = frozenset("-*+·–—•‣▪◦>")


def block_span(block: list[Line]) -> tuple[int, int]:
    """Where a paragraph's text starts (after its bullet) and ends."""
    first, last = block[0], block[-1]
    return first.start + first.indent, last.start + len(last.text)


def boilerplate_end(lines: list[Line], start: int, headings: set[int]) -> int:
    """Boilerplate after a reference list runs to the next heading, or to the end of the text."""
    end = start
    while end < len(lines) and (end == start or end not in headings):
        end += 1
    return end


def boilerplate_sections(
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
        if not is_boilerplate(heading_text(lines, index, headings, markdown)):
            index += 1
            continue
        if index in headings:
            end = boilerplate_end(lines, index, headings)
        else:
            end = index + 1
            while end < len(lines) and lines[end].blank:
                end += 1
            while end < len(lines) and not lines[end].blank and end not in headings:
                end += 1
        sections.append((index, end))
        index = end  # what a section covers is not searched again, so this stays linear
    return sections


def paragraphs(lines: list[Line], skipped: set[int], markdown: bool) -> list[list[Line]]:
    """Blocks of the body: a paragraph, or one bullet with its continuation lines."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        text = line.text
        # Each pattern is tried only where the characters its matches open with stand: a
        # definition's "[" after at most three spaces, a row's "|", an item's digit or bullet
        # after spaces and tabs (most lines of a page are none of these).
        if (
            line.number in skipped
            or line.blank
            or (markdown and "[" in text[:4] and _LINK_DEFINITION.match(text))
        ):
            if current:
                blocks.append(current)
            current = []
            continue
        if markdown and "|" in text and _TABLE_ROW.match(text):
            if current:
                blocks.append(current)
            blocks.append([line])  # each row of a table is a claim of its own
            current = []
            continue
        head = text.lstrip(" \t")[:1]  # "" only for a line neither pattern matches
        ordered = _ORDERED.match(text) if head.isdecimal() else None
        item = (BULLET.match(text) if head in _BULLET_OPENINGS else None) or ordered
        # "Summary" (or a PDF's numbered "1. Introduction") over its paragraph: a block of
        # its own, as if a blank line followed, and no part of the first claim.
        if not markdown and (
            numbered_section(line, _below(lines, line), ordered.end())
            if ordered
            else _heads_what_follows(line, lines, current, item is not None)
        ):
            blocks.extend([current, [line]] if current else [[line]])
            current = []
            continue
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


_CITATION_TAIL = "0123456789,-–[]() \t"


def _heads_what_follows(line: Line, lines: list[Line], current: list[Line], item: bool) -> bool:
    """Whether ``line`` of plain text, no list's item, heads the paragraph below it."""
    if item:
        return False
    if line.text.lstrip(" \t")[:1].isdecimal():
        # A label's numbered heading ("5.3 Bleeding") may follow its section's last sentence
        # with no blank line between, and the sentence may end in its citation ("...%).1").
        last = current[-1].text.rstrip(_CITATION_TAIL) if current else "."
        after_sentence = last.endswith((".", ":", "?", "!"))
        # Or right under a numbered item standing alone as a section's title ("6. [A] Avoid
        # stroke" over "6.1. Initiating oral anticoagulation": user30b P2-4).
        under_item = len(current) == 1 and current[0].indent > 0
        return (after_sentence or under_item) and numbered_heading(line, _below(lines, line))
    return not current and plain_heading(line, _below(lines, line))


def _below(lines: list[Line], line: Line) -> Line | None:
    return lines[line.number + 1] if line.number + 1 < len(lines) else None
