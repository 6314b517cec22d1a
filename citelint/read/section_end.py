"""Where a reference list ends in plain text and Markdown: at a heading that groups no more
of its entries, a thematic break, boilerplate, a closing section or page furniture, or where a
numbered list starts again from 1."""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.read.entry_labels import label_of
from citelint.read.lines import (
    MD_HEADING,
    SETEXT_RULE,
    THEMATIC_BREAK,
    Line,
    ends_a_list,
    heading_text,
)
from citelint.read.list_entries import (
    YEAR_IN,
    EntryNumbers,
    ends_numbered_list,
    is_subheading,
)
from citelint.read.reference_headings import names_a_review_group
from citelint.read.running_heads import names_a_page

_BREAK_CHARACTERS = ("-", "*", "_")  # what THEMATIC_BREAK's lines are made of
# An abstract's code alone on its line, heading the next abstract of a congress's abstract
# book, each with its own short list: "P3-03", "OP-12", "PO 045", "Abstract 118". Capitals,
# then a space or hyphen before the number: a wrapped entry's "S12" or "e0256789" is no code.
ABSTRACT_CODE = LazyPattern(
    r"[*_#\s]*(?:(?i:abstract|poster|oral|e-?poster)\s+(?:no\.?\s*)?)?"
    r"(?:[A-Z]{1,4}\d{0,2}[- ]\d{1,3}[A-Z]?|"
    r"(?<=[a-z] )(?:no\.?\s*)?[A-Z]{0,3}-?\d{1,4}(?:\.\d{1,3})?)"
    r"[*_:]*\s*"
)


def section_end(
    lines: list[Line],
    start: int,
    headings: set[int],
    markdown: bool,
    numbers: EntryNumbers | None = None,
) -> int:
    """Where the list whose first line is ``start`` ends (see the module)."""
    numbers = EntryNumbers() if numbers is None else numbers
    numbered = is_numbered_list(lines, start, len(lines), numbers)
    level = _grouping_level(lines, start, markdown and numbered)
    seen_entry, last = False, 0
    filled = False  # a line other than blank seen: a rule before any is the heading's own
    end = start
    while end < len(lines):
        line = lines[end]
        underline = end == start and SETEXT_RULE.fullmatch(line.text)
        if (
            end in headings
            and not underline
            and _heading_ends(lines, end, headings, markdown, level, last, numbers)
        ):
            break
        if line.blank:
            end += 1  # no break, boilerplate or entry: half the lines of a spaced-out list
            continue
        number = numbers.of(line)
        # An entry's line is no break, boilerplate or heading: each of those opens with a
        # letter, "#", "*" or "_" and so on, never with an entry's number (most list lines).
        # Hugo's and pandoc's footnotes open with a rule, "<hr>" under the heading: it ends
        # nothing (user29a P1-15: the list read empty, a CL107 error).
        if number is None and _ends_before(lines, end, headings, markdown, not filled):
            break
        if (
            number is None
            and seen_entry
            and ABSTRACT_CODE.fullmatch(line.text)
            and not _entries_resume(lines, end, last, numbers)  # "HIV-1", "A-12" in a list
        ):
            break
        filled = True
        # A running head or page number of a document copied from a PDF may sit between two
        # entries: the list goes on after it. An entry's line ends no list (asked first).
        ended = (
            numbered and seen_entry and number is None and ends_numbered_list(lines, end, numbers)
        )
        # A PDF's foot ("Page 2 of 4") inside an entry or between two ends no list.
        if (
            ended
            and not _entries_resume(lines, end, last, numbers)
            and not names_a_page(line.text.strip())
        ):
            break
        if number is not None:
            if numbered and last > 1 and number[0] == 1:
                break  # a list numbered from 1 again is the page's next list
            seen_entry, last = True, number[0]
        end += 1
    return end


def _heading_ends(
    lines: list[Line],
    at: int,
    headings: set[int],
    markdown: bool,
    level: int,
    last: int,
    numbers: EntryNumbers,
) -> bool:
    """Whether the heading at ``at`` ends the list: one of a lower level than the list's
    own that its next entry follows groups its entries ("### Trials"), and a Cochrane
    review's next group of references ("## Additional references") is more of the same
    list, whatever its level. ``level``: the list's own heading's; ``last``: its last number."""
    grouped = _atx_level(lines[at].text) > level and _entries_resume(lines, at, last, numbers)
    return not grouped and not names_a_review_group(heading_text(lines, at, headings, markdown))


def _grouping_level(lines: list[Line], start: int, numbered_markdown: bool) -> int:
    """The level of the list's own heading: headings deeper than it may group its entries
    ("### Trials" under "## References"). 7, deeper than any, when nothing groups them: a
    list that is not numbered Markdown, or a bold or setext heading (level 0)."""
    if numbered_markdown and start > 0:
        return _atx_level(lines[start - 1].text) or 7
    return 7


def _ends_before(
    lines: list[Line], index: int, headings: set[int], markdown: bool, first: bool
) -> bool:
    """Whether the line at ``index``, which is no entry, ends the list: a thematic break (not
    the ``first`` line of the list: a heading's underline, or the rule Hugo's and pandoc's
    footnotes open with), boilerplate, a closing section's heading or page furniture."""
    text = lines[index].text
    # A break's first "-", "*" or "_" follows at most three spaces (told first: few lines).
    rule = text[:4].lstrip(" ")[:1] in _BREAK_CHARACTERS
    if rule and THEMATIC_BREAK.fullmatch(text) and not first:
        return True
    return ends_a_list(heading_text(lines, index, headings, markdown))


def _entries_resume(lines: list[Line], index: int, last: int, numbers: EntryNumbers) -> bool:
    """Whether a short paragraph at ``index`` is followed by the list's next entry, after blank
    lines or right after it (a PDF's foot and the next page's head, then its first entry:
    user29b P1-1)."""
    after = index
    while after < len(lines) and not lines[after].blank and after - index < 3:
        if after > index and numbers.of(lines[after]) is not None:
            break
        after += 1
    while after < len(lines) and lines[after].blank:
        after += 1
    number = numbers.of(lines[after]) if after < len(lines) else None
    # The next entry must read as a reference: "3. Book a review" numbered on is a step.
    entry = " ".join(line.text for line in lines[after : after + 4])
    return number is not None and number[0] == last + 1 and bool(YEAR_IN.search(entry))


def _atx_level(text: str) -> int:
    """The level of a "## Heading" line; 0 for any other heading, which ends a list."""
    match = MD_HEADING.fullmatch(text)
    return len(match[1]) if match else 0


def is_numbered_list(lines: list[Line], start: int, end: int, numbers: EntryNumbers) -> bool:
    """Whether the first line of ``lines[start:end]`` that is no label or subheading is an
    entry numbered (list_entries.without_subheadings drops a list's subheadings only when its
    first other line is numbered; a subheading never is). Only the lines down to it are read."""
    for index in range(start, end):
        line = lines[index]
        if line.blank or label_of(line.text):
            continue
        if is_subheading(line.text, index == start or lines[index - 1].blank):
            continue
        return numbers.of(line) is not None
    return False
