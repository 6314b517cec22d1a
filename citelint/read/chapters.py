"""The chapters before the last of a document with a reference list after each chapter or
appendix, each numbered from 1 again (an edited book, a guideline's appendices, a thesis):
where each chapter's text and its own list are, so that each is checked against the other.

reference_list.reference_part finds the last list and where its part starts; this module
finds the lists before it only when the split is certain, and says nothing otherwise (the
earlier chapters are then left unread, as they were before). Certain means: every list is
numbered from 1 with a year in its first entry, right under its heading; a chapter's heading
stands between two lists; and (told by the reader, ``cites_only_its_list``) each chapter's
text cites its own list and nothing past it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citelint.lazy_pattern import LazyPattern
from citelint.models import Document
from citelint.read.lines import Line, heading_text
from citelint.read.reference_headings import heading_names_a_list
from citelint.read.reference_list import first_numbered_entry
from citelint.read.section_end import ABSTRACT_CODE, section_end

if TYPE_CHECKING:
    from citelint.models import Claim, Reference
    from citelint.read.layout import Layout

# "Chapter 3", "Appendix B: Search strategy", "Part II", "Annex 2 — Tables".
_CHAPTER_WORD = LazyPattern(
    r"(?:#+\s*)?[*_]*(?:chapter|appendix|annex|part|section)\s+[\w.]{1,8}\b.{0,70}", re.I
)
# A title alone on its line in text copied from a page: a capital, a few words, no closing
# stop ("Hypertension in Pregnancy", "2 Diagnosis and assessment").
_TITLE_LINE = LazyPattern(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][^.!?;:\n]{2,60}[)\w]")
_MOST_TITLE_WORDS = 10


class ChapterList:
    """One chapter before the last: its text starts at ``start`` (a line index) and its list's
    entries are at ``section`` (first and past-the-end line index)."""

    def __init__(self, start: int, section: tuple[int, int]) -> None:
        self.start = start
        self.section = section


def chapter_lists(
    lines: list[Line],
    headings: set[int],
    markdown: bool,
    part_start: int,
    last_section: tuple[int, int],
) -> list[ChapterList]:
    """The chapters before the last list's part (which starts at ``part_start``, the end of
    the list before it, and whose list is at ``last_section``), first to last; walked from
    the last back, a doubt about two lists leaves the chapters before it unread."""
    lists = _numbered_lists(lines, headings, markdown, part_start)
    if not lists or lists[-1][1] != part_start:
        return []
    chapters = [
        ChapterList(lists[index - 1][1] if index else 0, section)
        for index, section in enumerate(lists)
    ]
    later = ChapterList(part_start, last_section)
    kept: list[ChapterList] = []
    for chapter in reversed(chapters):
        if not _apart(lines, headings, chapter.section, later):
            break
        kept.append(chapter)
        later = chapter
    return kept[::-1]


def _numbered_lists(
    lines: list[Line], headings: set[int], markdown: bool, part_start: int
) -> list[tuple[int, int]]:
    """The lists ending by ``part_start`` under a list's heading, numbered from 1 with a year
    in the first entry, in order; an empty list when two overlap."""
    found: list[tuple[int, int]] = []
    for index in range(part_start):
        line = lines[index]
        if line.blank or len(line.text) > 80:
            continue
        if not heading_names_a_list(heading_text(lines, index, headings, markdown).strip()):
            continue
        start = index + 1
        end = section_end(lines, start, headings, markdown)
        if first_numbered_entry(lines[start:end]) is None:
            continue
        if end > part_start or (found and start <= found[-1][1]):
            return []
        found.append((start, end))
    return found


def _apart(
    lines: list[Line], headings: set[int], earlier: tuple[int, int], later: ChapterList
) -> bool:
    """Whether a chapter's heading stands between the earlier list and the later chapter's
    list, and the two lists are not one list copied twice."""
    first = first_numbered_entry(lines[earlier[0] : earlier[1]])
    if first == first_numbered_entry(lines[later.section[0] : later.section[1]]):
        return False
    between = range(later.start, later.section[0] - 1)
    return any(_heads_a_chapter(lines, headings, index) for index in between)


def _heads_a_chapter(lines: list[Line], headings: set[int], index: int) -> bool:
    line = lines[index]
    if line.blank:
        return False
    if index in headings or _CHAPTER_WORD.fullmatch(line.text.strip()):
        return True
    if ABSTRACT_CODE.fullmatch(line.text):
        return True  # an abstract book's next abstract
    # A title alone: a blank line (or the page's start) above and below it.
    above = index == 0 or lines[index - 1].blank
    below = index + 1 >= len(lines) or lines[index + 1].blank
    text = line.text.strip()
    return (
        above
        and below
        and len(text.split()) <= _MOST_TITLE_WORDS
        and _TITLE_LINE.fullmatch(text) is not None
    )


def cites_only_its_list(claims: list[Claim], references: list[Reference]) -> bool:
    """Whether a chapter's text cites its list, and every number it cites is an entry of it:
    a number past the list may be the next chapter's, and then the split is in doubt."""
    numbers = {entry.number for entry in references}
    cited = [number for claim in claims for marker in claim.markers for number in marker.numbers]
    return bool(cited) and all(number in numbers for number in cited)


def chapter_documents(
    path: str, format_name: str, text: str, chapters: list[Layout]
) -> list[Document]:
    """A Document for each chapter before the last, as read_layout read it (its
    ``chapters``): the file's path and text, the chapter's claims and list."""
    return [
        Document(
            path,
            format_name,
            text,
            chapter.claims,
            chapter.references,
            chapter.references_line,
            claim_words=chapter.claim_words,
        )
        for chapter in chapters
    ]
