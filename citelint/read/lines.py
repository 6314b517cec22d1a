"""An article as lines: where each starts, which are headings, and page furniture.

Shared by finding the reference list (reference_list.py), cutting it into entries
(list_entries.py) and reading the body (layout.py).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from citelint.lazy_pattern import LazyPattern

Locate = Callable[[int], tuple[int, int]]  # text offset -> (line, column), both 1-based

BOILERPLATE = re.compile(
    r"\s*(?:(?:professional |medical |legal )*disclaimer|have a follow[- ]up question|"
    r"ask a follow[- ]up question|related (?:questions|articles|posts)|"
    # A feedback widget in bold or italics too: "**Was this helpful?** [Yes](#)" (user29a).
    r"[*_]{0,3}was this (?:(?:answer|article|page|information) )?helpful|"
    r"share this (?:article|page|answer))\b",
    re.IGNORECASE,
)
# Sections that follow a reference list in plain text, where headings cannot be told apart.
# "Notes" after a list holds the authors' remarks, no entry of it (a list under "Notes"
# starts after that line: see reference_list.notes_section).
CLOSING_SECTION = LazyPattern(
    r"\s*(?:acknowledge?ments?|appendix|appendices|funding|conflicts? of interest|"
    r"competing interests|author contributions|about the authors?|abbreviations|notes|"
    r"supplementary (?:material|information)|external links|further reading|see also)\s*:?\s*",
    re.IGNORECASE,
)
# Page furniture that ends a reference list: "Copyright 2024 ...", "Share this page", and
# Wiley's "Citing Literature" with the volume and pages after it.
FOOTER = LazyPattern(
    r"\s*(?:copyright\b|©|\(c\)\s*(?:1[89]|20)\d{2}|all rights reserved|share (?:this|on)\b|"
    r"terms of (?:use|service)|privacy policy|back to top|publisher['’]?s note\b|"
    r"download (?:references|citations?)\s*$|article info\s*$|see more about\s*$|"
    r"citing literature\s*$|"
    # Taylor & Francis's links after the list (after "Download PDF", a link-out), and
    # ScienceDirect's papers citing this one, "Cited by (3)", then their titles.
    r"related research\s*$|people also read\s*$|cited by \(\d+\)\s*$|recommended articles\s*$|"
    # Medscape's image gallery, table list and authors' block after its list.
    r"media gallery\s*$|back to list\s*$|contributor information and disclosures\s*$|"
    # HighWire's (BMJ journals') links after the list; PLOS's sidebar, its keywords after it.
    r"request permissions\s*$|subject areas\s*$|"
    # The papers citing this one (AHA's "Cited By"), UpToDate's topic line and related topics
    # after its list, and an article's history after Thieme's list ("Received: 12 September
    # 2024"), none of them an entry (user28b P1-7, P1-8, P1-9). Not "Revised: 12 May 2022":
    # a hand-typed guideline entry's own line (review28a P3); a history opens with "Received".
    r"cited by\s*$|related topics\s*$|topic \d{1,6} version \d{1,4}(?:\.\d{1,4})?\s*$|"
    r"(?:received|accepted|article published online|published online)\s*:?\s*"
    r"\d{1,2}\.? [A-Za-z]{3,9}\.? (?:19|20)\d{2}\s*$|"
    # A health site's trailer after its sources (Healthline's, Verywell's): the review
    # notice, the page's versions and its author box (user29a P1-6).
    r"our experts continually monitor\b|current version\s*$|written by\s*$|"
    r"medically reviewed by\b|fact[- ]checked by\b|see our editorial process\s*$|"
    r"meet our medical expert board\s*$|"
    # The Cochrane Library's links under a review's list (tidy33's Cochrane page).
    r"download statistical data\s*$|cite this review\s*$)",
    re.IGNORECASE,
)
# What each name of BOILERPLATE, of CLOSING_SECTION and of FOOTER opens with, in lower case:
# a line whose first characters open with none of them, as most do, is told so without the
# patterns, which a short check then need not compile (7 M instructions, issue 13), and a
# long list need not run on each of its lines.
_BOILERPLATE_OPENINGS = (
    "professional ", "medical ", "legal ", "disclaimer", "have a follow", "ask a follow",
    "related ", "was this ", "share this ",
)  # fmt: skip
_CLOSING_OPENINGS = (
    "acknowledg", "appendi", "funding", "conflict", "competing interests",
    "author contributions", "about the author", "abbreviations", "notes", "supplementary ",
    "external links", "further reading", "see also",
)  # fmt: skip
_FOOTER_OPENINGS = (
    "copyright", "©", "(c)", "all rights reserved", "share ", "terms of ", "privacy policy",
    "back to ", "publisher", "download ", "article info", "see more about", "citing literature",
    "related research", "people also read", "cited by (", "recommended articles",
    "media gallery", "contributor", "request permissions", "subject areas", "cited by",
    "related topics", "topic ", "received", "accepted", "article published",
    "published online", "our experts", "current version", "written by", "medically reviewed",
    "fact", "see our editorial", "meet our medical", "cite this review",
)  # fmt: skip
_ANY_OPENING = _BOILERPLATE_OPENINGS + _CLOSING_OPENINGS + _FOOTER_OPENINGS
_OPENING_LENGTH = max(map(len, _ANY_OPENING))


def _opening(text: str) -> str:
    r"""The line's first characters, lowered, after any emphasis. The patterns open with "\s*",
    which matches what lstrip strips (BOILERPLATE's feedback widget with its emphasis);
    lowered, an ASCII head holds each letter as IGNORECASE would take it, and any other head
    is left to the patterns."""
    return text.lstrip().lstrip("*_")[:_OPENING_LENGTH].lower()


def is_boilerplate(text: str) -> bool:
    """``BOILERPLATE.match(text)``, told at once for a line opening with none of its words."""
    head = _opening(text)
    if head.isascii() and not head.startswith(_BOILERPLATE_OPENINGS):
        return False
    return BOILERPLATE.match(text) is not None


def ends_a_list(text: str) -> bool:
    """Whether the line ends a reference list in plain text: boilerplate, the heading of a
    section that follows a list, or the page furniture after it."""
    head = _opening(text)
    ascii_head = head.isascii()
    if ascii_head and not head.startswith(_ANY_OPENING):
        return False  # most lines of a list
    if (not ascii_head or head.startswith(_BOILERPLATE_OPENINGS)) and BOILERPLATE.match(text):
        return True
    if (not ascii_head or head.startswith(_CLOSING_OPENINGS)) and CLOSING_SECTION.fullmatch(text):
        return True
    return (not ascii_head or head.startswith(_FOOTER_OPENINGS)) and FOOTER.match(text) is not None


THEMATIC_BREAK = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
MD_HEADING = LazyPattern(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
# Pandoc's attributes after a heading's words: "# References {-}", "## References {#refs
# .unnumbered}", Manubot's "## References {.page_break_before}".
_PANDOC_ATTRIBUTES = LazyPattern(r"[ \t]+\{[ \t]*(?:-|[#.][\w:.-]|\w+=)[^{}\n]*\}\Z")
SETEXT_RULE = re.compile(r" {0,3}(?:=+|-{2,})[ \t]*")
EMPHASIS_LINE = re.compile(r"\s*(\*\*|__)([^*_\n]{1,80})\1\s*:?\s*")
_RULE_CHARACTERS = ("=", "-")  # what a setext heading's underline is made of
# "[ \t]*(?:[-*+•◦▪‣·–—][ \t]+|>[ \t]?)", its bullets in classes of at most two runs of
# characters: one class of them costs every run a million instructions to compile (sre
# builds a 64K-character table; see loose._QUOTE_OR_NONE).
BULLET = re.compile(r"[ \t]*(?:[-*+·][ \t]+|[–—•‣][ \t]+|[▪◦][ \t]+|>[ \t]?)")
_NEWLINE = re.compile("\n")
# Words of a plain-text heading: letters, with an apostrophe, slash, ampersand or hyphen inside.
_HEADING_WORDS = LazyPattern(
    r"[^\W\d_]+(?:['’/&-][^\W\d_]+)*(?: (?:&|[^\W\d_]+(?:['’/&-][^\W\d_]+)*)){0,5}:?"
)
# A line ending in one of these goes on below: a column's first line, not a heading.
_GOES_ON = LazyPattern(
    r"(?:a|an|and|as|at|by|for|from|in|into|of|on|or|than|that|the|to|which|who|with)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Line:
    """One line of the text, with where it starts and where its content begins."""

    number: int  # 0-based index into the text's lines
    start: int  # offset of the line's first character in the text
    text: str
    blank: bool  # nothing but white space
    indent: int = 0  # where the content starts after a bullet or list number

    @property
    def content(self) -> str:
        return self.text[self.indent :]


def line_locator(text: str) -> Locate:
    """Offset -> (line, column) for text whose offsets are the file's own."""
    # Machine integers: a long article has a hundred thousand lines.
    starts = array("q", [0])
    starts.extend(match.end() for match in _NEWLINE.finditer(text))
    return _locator(starts)


def lines_locator(lines: list[Line]) -> Locate:
    """``line_locator`` of a text already cut into ``lines`` (split_lines): where each line
    starts is known from the cut, and the text is not searched for its newlines again."""
    return _locator(array("q", [line.start for line in lines]))


def _locator(starts: array) -> Locate:
    def locate(offset: int) -> tuple[int, int]:
        line = bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    return locate


def anchored_place(anchors: list[tuple[int, int, int, int]], offset: int) -> tuple[int, int]:
    """The source's (line, column) of a flattened text's offset, given its anchors: (flat
    offset, source line, source column, how many of the piece's first characters are the
    source's own), in order. The Word and JATS readers keep their pieces so."""
    if not anchors:
        return 1, 1
    index = max(0, bisect_right(anchors, (offset, 1 << 62)) - 1)
    start, line, column, length = anchors[index]
    return line, column + min(max(offset - start, 0), length)


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    start = 0
    for number, line in enumerate(text.split("\n")):
        lines.append(Line(number, start, line, not line or line.isspace()))
        start += len(line) + 1
    return lines


def filled_above(lines: list[Line], index: int) -> int:
    """The index of the nearest line above ``index`` that is not blank; -1 where none is."""
    above = index - 1
    while above >= 0 and lines[above].blank:
        above -= 1
    return above


def plain_heading(line: Line, below: Line | None) -> bool:
    """Whether ``line`` heads the paragraph ``below`` it in plain text, with no blank line
    between ("Summary", "Hospital course:", "Patients and Methods"): read into the first
    claim, it would put that claim on the heading's line and its word in the claim.

    A narrow column (text copied from a PDF) is made of short lines too: a heading is much
    shorter than the line below it, holds no digit or stop, does not end in a word that
    carries the sentence on, and the line below starts as a sentence does."""
    text = line.text.strip()
    if below is None or below.blank or not text[:1].isupper():
        return False
    following = below.text.lstrip()
    if len(text) > 0.6 * len(following) or not (following[:1].isupper() or following[:1].isdigit()):
        return False
    if any(char.isdigit() for char in text) or not _HEADING_WORDS.fullmatch(text):
        return False
    return not _GOES_ON.fullmatch(text.rstrip(":").rsplit(" ", 1)[-1])


# The sections of a research paper a PDF numbers ("1. Introduction"): as a numbered line they
# were read as a list's item, the paragraph below its continuation, and the heading's word
# went into the first claim ("Introduction Sodium-glucose ..."). Only these names: "1. Aspirin"
# over "Given daily ..." is a list's item.
_SECTION_NAMES = frozenset(
    [
        "introduction", "background", "methods", "materials and methods", "patients and methods",
        "results", "discussion", "conclusion", "conclusions", "limitations",
    ]
)  # fmt: skip


def numbered_section(line: Line, below: Line | None, content: int) -> bool:
    """Whether ``line``, numbered, its words starting at ``content``, is a paper's section
    heading over the paragraph ``below`` ("1. Introduction" / "Sodium-glucose ...")."""
    text = line.text[content:].strip()
    if text.lower() not in _SECTION_NAMES:
        return False
    return plain_heading(Line(line.number, line.start + content, text, False), below)


# A drug label's or guideline's numbered heading over its paragraph: "5.3 Spinal/Epidural
# Anesthesia or Puncture", "14 CLINICAL STUDIES", "6.2.1. Direct oral anticoagulants". Read into
# the first claim, its numbers were the claim's: "5.3" and "14" missing from the cited
# abstracts (user30b P1-1). A number with levels, or one level over capitals only: "2 Tablets
# twice daily" over "Take ..." is no heading. A lone digit may stand among the words ("Adults
# with Type 2 Diabetes").
_SECTION_NUMBER = LazyPattern(r"[ \t]*(\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2})[ \t]+")
_HEADING_PHRASE = LazyPattern(
    r"[^\W\d_]+(?:['’/&-][^\W\d_]+)*(?:,? (?:&|\d|[^\W\d_]+(?:['’/&-][^\W\d_]+)*)){0,13}"
)


def numbered_heading(line: Line, below: Line | None) -> bool:
    """Whether ``line`` is a numbered section heading over the paragraph ``below``."""
    number = _SECTION_NUMBER.match(line.text)
    if number is None or below is None or below.blank:
        return False
    words = line.text[number.end() :].rstrip()
    opening = below.text.lstrip()[:1]  # a sentence's, or a sub-heading's number
    if not (words[:1].isupper() and (opening.isupper() or opening.isdecimal())):
        return False
    if "." not in number[1] and not words.isupper():
        return False
    if not _HEADING_PHRASE.fullmatch(words):
        return False
    return not _GOES_ON.fullmatch(words.rsplit(" ", 1)[-1])


def heading_lines(lines: list[Line], markdown: bool) -> set[int]:
    headings: set[int] = set()
    if not markdown:
        return headings
    for index, line in enumerate(lines):
        # Both patterns open with " {0,3}" and then "#", or "=" or "-": the character there
        # tells most lines without a match (a call each, on every line of a page).
        head = line.text[:4].lstrip(" ")[:1]
        if head == "#" and MD_HEADING.fullmatch(line.text):
            headings.add(index)
        elif (
            head in _RULE_CHARACTERS
            and SETEXT_RULE.fullmatch(line.text)
            and index > 0
            and not lines[index - 1].blank
            and not BULLET.match(lines[index - 1].text)
        ):
            headings |= {index - 1, index}
    return headings


def heading_text(lines: list[Line], index: int, headings: set[int], markdown: bool) -> str:
    text = lines[index].text
    if index in headings or (not markdown and text.startswith("#")):
        match = MD_HEADING.fullmatch(text)
        if match is None:
            return text
        words = match[2] or ""
        return _PANDOC_ATTRIBUTES.sub("", words) if words.endswith("}") else words
    emphasis = emphasised(text)
    return emphasis[2] if emphasis else text


def emphasised(text: str) -> re.Match[str] | None:
    """``EMPHASIS_LINE.fullmatch(text)``: every match holds "**" or "__", which most lines
    (asked for their heading's words, or their label) lack."""
    if "**" not in text and "__" not in text:
        return None
    return EMPHASIS_LINE.fullmatch(text)
