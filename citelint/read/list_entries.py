"""Cutting a reference section into entries: numbered ones, or unnumbered ones in order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citelint.models import Reference
from citelint.read.author_lists import leading_authors
from citelint.read.endnote_numbers import (
    endnote_lines,
    endnote_number,
    lone_endnote,
    wrapped_endnotes,
)
from citelint.read.entry_labels import label_of
from citelint.read.entry_reference import make_reference
from citelint.read.lines import BULLET, Line, Locate, filled_above
from citelint.read.link_trailers import is_link_trailer, without_toolbar
from citelint.read.list_links import without_link_definitions
from citelint.read.unnumbered_entries import unnumbered_entries
from citelint.whole_numbers import whole_number

# The classes "[-*+•]" and "[\"“‘(]" are split by kind of character (loose._QUOTE_OR_NONE
# tells why): as one class each, they cost every run two million instructions to compile.
_NUMBERED_ENTRY = re.compile(
    r"[ \t]*(?:[-*+][ \t]+|•[ \t]+)?"
    # At most three digits: "(2016) https://..." and "2016. Title" start with a year.
    r"(?:\[(?P<bracket>\d{1,3})\]:?|(?P<dotted>\d{1,3})[.)]|\((?P<paren>\d{1,3})\))"
    # PMC's label and entry run together when copied: "1.Smith J"; so do an Elsevier page's
    # label and authors, each in a span of its own: "[2]J.J.V. McMurray".
    r"(?:[ \t]+|$|(?<=[.\]])(?=[^\W\d_]|[\"(]|[“‘]))"
)
_SUBHEADING = re.compile(r"(?:#{1,6}[ \t]+)?[A-Z][A-Za-z'’ ,()&-]{1,48}?[ \t]*#*[ \t]*")
_SUBHEADING_OPENINGS = "#ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # what a match of it opens with
# A year in an entry: "2019", not the "20190" of an identifier.
YEAR_IN = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_LONE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t]*")
FOOTNOTE_DEFINITION = re.compile(r" {0,3}\[\^(?P<label>[^\]\s]{1,20})\]:[ \t]*")
_RETURN_ARROW = "↵"


class EntryNumbers:
    """``entry_number`` of lines of a page, each line read once: finding where the list ends
    (section_end.section_end) and cutting it into entries (read_entries) ask it of the
    same lines. A line made anew (its text changed, as _without_return_arrows makes one) is
    another line, read as it is: each number is kept with the line it was read from."""

    def __init__(self) -> None:
        self._read: dict[int, tuple[Line, tuple[int, int] | None]] = {}

    def of(self, line: Line) -> tuple[int, int] | None:
        known = self._read.get(line.number)
        if known is not None and known[0] is line:
            return known[1]
        number = entry_number(line.text)
        self._read[line.number] = line, number
        return number


def read_entries(
    lines: list[Line], markdown: bool, locate: Locate, numbers: EntryNumbers
) -> list[Reference]:
    """The entries of a reference section: numbered ones, or unnumbered ones in order.
    ``numbers`` are the page's (whose lines ``lines`` are), when it has read them."""
    lines = without_toolbar(lines)
    if markdown:
        lines = without_link_definitions(lines)
    if any(_RETURN_ARROW in line.text for line in lines):
        lines = _without_return_arrows(lines)
    lines = without_subheadings(lines)
    content = [line for line in lines if not line.blank]
    first = next((line for line in content if not label_of(line.text)), None)
    if first is None:
        return []
    if numbers.of(first) is None:
        numbered = numbered_after_unnumbered(lines)
        if numbered is not None:
            return read_entries(numbered, markdown, locate, numbers)
        if _numbered_alone(content):
            return _numbered_entries(content, locate, lambda line: lone_number(line.text))
        if endnote_lines(content):
            return _numbered_entries(content, locate, lambda line: endnote_number(line.text))
        heads = wrapped_endnotes(content) or lone_endnote(content)
        if heads:
            return _numbered_entries(content, locate, lambda line: heads.get(line.text))
        return unnumbered_entries(lines, locate)
    furniture = _between_entries(lines, numbers)
    kept = [line for line in lines if line.number not in furniture]
    entry_lines = [line for line in kept if not line.blank]
    references = _numbered_entries(entry_lines, locate, numbers.of)
    if markdown and len(references) > 1 and len({entry.number for entry in references}) == 1:
        # "1. 1. 1." is Markdown's lazy numbering: the list renders as 1, 2, 3.
        for position, entry in enumerate(references):
            entry.number += position
    return references


def _without_return_arrows(lines: list[Line]) -> list[Line]:
    """The lines without HighWire's back-links to the text, a "↵" before each entry: on a line
    of its own as the page is copied, or after the entry's number ("1.↵"). No part of an entry."""
    kept = []
    for line in lines:
        if _RETURN_ARROW not in line.text:
            kept.append(line)
            continue
        rest = line.text.lstrip(_RETURN_ARROW + " \t")
        if not rest:
            continue  # the arrow's own line
        text = line.text.lstrip()
        if text.startswith(_RETURN_ARROW):  # "↵ Smith A, ...": the entry starts after it
            line = replace(line, start=line.start + len(line.text) - len(rest), text=rest)
        kept.append(replace(line, text=line.text.replace(_RETURN_ARROW, "")))
    return kept


def without_subheadings(lines: list[Line]) -> list[Line]:
    """A numbered list grouped under headings of its own ("### Trials", or "Primary studies"
    on a line between blank ones): the headings are no entries and no part of one."""
    heads = {
        lines[index].number for index in _subheadings(lines) if not label_of(lines[index].text)
    }
    if not heads:
        return lines
    content = (line for line in lines if not line.blank and line.number not in heads)
    first = next((line for line in content if not label_of(line.text)), None)
    if first is None or entry_number(first.text) is None:
        return lines
    return [line for line in lines if line.number not in heads]


def _subheadings(lines: list[Line]) -> list[int]:
    """The indexes of the headings within a list: "### Trials", or a few capitalised words
    after a blank line ("Primary studies")."""
    # Where it stands and how it opens told first: most lines are no heading's (a call saved).
    # is_subheading asks the same of one line.
    return [
        index
        for index, line in enumerate(lines)
        if (line.text.startswith("#") or index == 0 or lines[index - 1].blank)
        and line.text[:1] in _SUBHEADING_OPENINGS
        and _SUBHEADING.fullmatch(line.text)
    ]


def is_subheading(text: str, opens_a_block: bool) -> bool:
    """Whether a list's line is one of its headings, as _subheadings tells them:
    ``opens_a_block`` when the line is the list's first or follows a blank line."""
    if not (text.startswith("#") or opens_a_block) or text[:1] not in _SUBHEADING_OPENINGS:
        return False
    return _SUBHEADING.fullmatch(text) is not None


def numbered_after_unnumbered(lines: list[Line]) -> list[Line] | None:
    """The numbered list closing a section that opens with an unnumbered one, each under a
    subheading of its own: a Cochrane review's included studies by author and year ("Alvarez
    2019 {published data only}"), then its "Additional references" numbered 1, 2, 3. The
    text's "[1]" cites the numbered list, which alone is read: read as one list, the studies
    took its numbers and "1. " stayed in the titles (user26 P1-4). The studies are cited by
    name and year, never by number. None for any other section."""
    heads = _subheadings(lines)
    if len(heads) < 2 or any(not line.blank for line in lines[: heads[0]]):
        return None
    before = [line for line in lines[heads[0] + 1 : heads[-1]] if not line.blank]
    after = [line for line in lines[heads[-1] + 1 :] if not line.blank]
    if not before or any(entry_number(line.text) for line in before):
        return None
    numbers = [found[0] for line in after if (found := entry_number(line.text))]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return None
    opening = entry_number(after[0].text)
    return lines[heads[-1] + 1 :] if opening and YEAR_IN.search(after[0].text) else None


def _numbered_entries(
    lines: list[Line], locate: Locate, number_of: Callable[[Line], tuple[int, int] | None]
) -> list[Reference]:
    references: list[Reference] = []
    label: str | None = None  # a label line names the entry that follows it
    current: list[Line] = []
    current_label: str | None = None
    number = 0
    for index, line in enumerate(lines):
        named = label_of(line.text)
        if named:
            label = named
            continue
        start = number_of(line)
        if start and current and _broken_off(current[-1].text, line.text, start, number):
            start = None
        if start and current and _wrapped_out_of_turn(lines, index, start, number, number_of):
            start = None
        if start is None:
            if current:
                current.append(line)
            continue
        if current:
            references.append(make_reference(number, current, current_label, True, locate))
        number, line.indent = start
        current, current_label, label = [line], label, None
    if current:
        references.append(make_reference(number, current, current_label, True, locate))
    return references


def _broken_off(last: str, text: str, start: tuple[int, int], number: int) -> bool:
    """Whether ``text``, a line numbered as ``start`` reads it, goes on with entry ``number``,
    whose last line so far is ``last``: a PDF's copy breaks a word or a range at a line's end
    ("COVID-" / "19. A multicentre cohort", "2012;367:1979-" / "87."), never an entry before
    the next. The dash ends a word or a number, and what follows is no entry's authors (an
    entry out of order is no part of the one above: "... 1979-87. –" / "3. Greenlund IM, ...")."""
    if start[0] == number + 1:
        return False  # the next entry, as most lines so numbered are: told before the copy
    end = last.rstrip()
    if not end.endswith(("-", "–")) or not end[-2:-1].isalnum():
        return False
    return not leading_authors(text[start[1] :])[0]


def _wrapped_out_of_turn(
    lines: list[Line],
    index: int,
    start: tuple[int, int],
    number: int,
    number_of: Callable[[Line], tuple[int, int] | None],
) -> bool:
    """Whether a line numbered out of turn goes on with entry ``number``: a PDF's copy wraps
    "... 14th ed. Philadelphia: Elsevier; 2021. Chapter" / "27. Urine concentration ...",
    "... Last updated" / "8. March 2024." (user25 P1 12: read as entries 27 and 8, a cascade
    of CL103 errors). So only when the line above ends mid-sentence (a word, no full stop),
    the next numbered line is ``number + 1``, and the text after the number is no authors."""
    if start[0] in (number, number + 1) or not number:
        return False  # the next entry, or one given twice (CL103's)
    end = lines[index - 1].text.rstrip() if index else ""
    if not end or not end[-1].isalpha() or is_link_trailer(end) or _ends_in_a_link(end):
        return False  # an entry's end, or its link-outs ("PubMed  Google Scholar")
    following = (number_of(line) for line in lines[index + 1 :] if not line.blank)
    later = [found[0] for found in following if found is not None]
    if not later or later[0] != number + 1:
        return False
    # A wrapped "8." is given as an entry elsewhere ("8. March 2024." then "8. Centers for
    # ...") or lies beyond the list's end ("27."); a number given nowhere else is an entry
    # out of order, CL103's (review25a F4: "5." between 3 and 4 was glued onto 3, a false
    # CL101 for [5]).
    if start[0] <= max(later) and start[0] not in later:
        earlier = (number_of(line) for line in lines[:index] if not line.blank)
        if all(found is None or found[0] != start[0] for found in earlier):
            return False
    return not leading_authors(lines[index].text[start[1] :])[0]


def _ends_in_a_link(end: str) -> bool:
    """Whether a line ends in a URL or DOI, or gives where the work is available: an entry's
    end ("... Available from: https://www.who.int/publications")."""
    last_word = end.rsplit(None, 1)[-1].lower()
    if "://" in last_word or last_word.startswith(("www.", "doi:", "10.")):
        return True
    return "available from" in end.lower()


def entry_number(text: str) -> tuple[int, int] | None:
    """The number an entry line starts with, and where its text begins."""
    match = _NUMBERED_ENTRY.match(text)
    if match:
        return int(match["bracket"] or match["dotted"] or match["paren"]), match.end()
    # A footnote definition's "[^" follows at most three spaces: most lines have none there.
    footnote = FOOTNOTE_DEFINITION.match(text) if "[^" in text[:5] else None
    number = whole_number(footnote["label"]) if footnote else None
    if footnote and number is not None:
        return number, footnote.end()
    return None


def ends_numbered_list(lines: list[Line], index: int, numbers: EntryNumbers) -> bool:
    """A paragraph after a blank line that is no entry, label, list item or indented
    continuation is the next block of the page, not part of the entry above it; unless the
    entry above is its number alone ("1." on a line, as div-built lists are copied)."""
    line = lines[index]
    if line.blank or not lines[index - 1].blank:
        return False
    if line.text[:1].isspace() or label_of(line.text) or BULLET.match(line.text):
        return False
    if is_link_trailer(line.text) or _follows_a_lone_number(lines, index, numbers):
        return False
    return numbers.of(line) is None


def _follows_a_lone_number(lines: list[Line], index: int, numbers: EntryNumbers) -> bool:
    above = filled_above(lines, index)
    if above < 0:
        return False
    number = numbers.of(lines[above])
    return number is not None and not lines[above].text[number[1] :].strip()


def _between_entries(lines: list[Line], numbers: EntryNumbers) -> set[int]:
    """Paragraphs that would end a numbered list but have entries after them: a PDF's running
    head or folio ("Page 3 of 4  J Rural Health 2023; 9: 114–126"), up to an entry or indent."""
    furniture: set[int] = set()
    for index in range(1, len(lines)):
        line = lines[index]
        # An entry's line ends no list (ends_numbered_list's last question, asked first here:
        # its number is known from finding the list, and most lines of a list are entries).
        if line.blank or not lines[index - 1].blank or line.number in furniture:
            continue
        if numbers.of(line) is not None or not ends_numbered_list(lines, index, numbers):
            continue
        while index < len(lines) and lines[index].text[:1].strip() and not numbers.of(lines[index]):
            furniture.add(lines[index].number)
            index += 1
    if not furniture:
        return furniture
    # Imported here: most lists have no paragraph between their entries.
    from citelint.read.page_breaks import entry_goes_on

    return furniture - entry_goes_on(lines, furniture, numbers.of)


def lone_number(text: str) -> tuple[int, int] | None:
    """The number of a line holding nothing else: "1", as the Lancet's pages set a label
    above its entry."""
    match = _LONE_NUMBER.fullmatch(text)
    return (int(match[1]), len(text)) if match else None


def _numbered_alone(content: list[Line]) -> bool:
    """Whether entries are numbered by lines holding only their number, the first line one.

    The numbers must run 1, 2, 3...: in text copied from a PDF a lone number is as often the
    page's number ("14" above an author-year list), and that list is not numbered.
    """
    labels = [lone_number(line.text) for line in content]
    numbers = [label[0] for label in labels if label is not None]
    if len(numbers) < 2 or labels[0] is None:
        return False
    return numbers == list(range(1, len(numbers) + 1))
