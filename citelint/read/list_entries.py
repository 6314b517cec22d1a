"""Cutting a reference section into entries: numbered ones, or unnumbered ones in order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.author_lists import leading_authors
from citelint.read.entries import parse_entry
from citelint.read.entry_labels import labels_glued, without_study_labels
from citelint.read.lines import BULLET, EMPHASIS_LINE, Line, Locate
from citelint.read.link_trailers import is_link_trailer, without_link_words
from citelint.read.loci import VANCOUVER
from citelint.whole_numbers import whole_number

# The classes "[-*+•]" and "[\"“‘(]" are split by kind of character (loose._QUOTE_OR_NONE
# tells why): as one class each, they cost every run two million instructions to compile.
_NUMBERED_ENTRY = re.compile(
    r"[ \t]*(?:[-*+][ \t]+|•[ \t]+)?"
    # At most three digits: "(2016) https://..." and "2016. Title" start with a year.
    r"(?:\[(?P<bracket>\d{1,3})\]:?|(?P<dotted>\d{1,3})[.)]|\((?P<paren>\d{1,3})\))"
    # PMC's label and entry run together when copied: "1.Smith J".
    r"(?:[ \t]+|$|(?<=\.)(?=[^\W\d_]|[\"(]|[“‘]))"
)
_SUBHEADING = re.compile(r"(?:#{1,6}[ \t]+)?[A-Z][A-Za-z'’ ,()&-]{1,48}?[ \t]*#*[ \t]*")
_LONE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t]*")
# An endnote as Word copies it as text: its number, a space or tab, its text ("1 Smith J").
_ENDNOTE = re.compile(r"[ \t]*(\d{1,3})[ \t]+(?=\S)")
FOOTNOTE_DEFINITION = re.compile(r" {0,3}\[\^(?P<label>[^\]\s]{1,20})\]:[ \t]*")
# A CommonMark link reference definition, "[6]: https://example.org/docs 'Title'": the
# target of links elsewhere, not a reference entry, though it looks like "[6] ...".
_LINK_REFERENCE = LazyPattern(
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
_RETURN_ARROW = "↵"
_LABEL_AGAIN = LazyPattern(r"(?:\[(\d{1,4})\]|(\d{1,4})[.)])(?:\s+|\Z)")  # "1. ", "[1] ", "1) "
_WEB_SOURCE_LINE = LazyPattern(r"[^\n]{2,300},\s*(?:1[89]|20)\d{2}\.?\s*")
# Identifiers that may end a Vancouver entry after its locus (see _ends_in_locus).
_IDENTIFIER_STARTS = ("doi:", "http://", "https://", "10.")
_IDENTIFIER_LABELS = frozenset(["doi", "pmid", "pmid:", "pmcid", "pmcid:"])
_PMC_NUMBER = LazyPattern(r"pmc\d+", re.IGNORECASE)


def label_of(text: str) -> str | None:
    """The label of a line such as "Research" or "**Guideline**", or None."""
    emphasis = EMPHASIS_LINE.fullmatch(text)
    plain = emphasis[2] if emphasis else text
    return plain.strip() if _LABEL.fullmatch(plain) else None


def read_entries(lines: list[Line], markdown: bool, locate: Locate) -> list[Reference]:
    """The entries of a reference section: numbered ones, or unnumbered ones in order."""
    if markdown:
        lines = [line for line in lines if not _LINK_REFERENCE.fullmatch(line.text)]
    if any(_RETURN_ARROW in line.text for line in lines):
        lines = _without_return_arrows(lines)
    lines = without_subheadings(lines)
    content = [line for line in lines if not line.blank]
    first = next((line for line in content if not label_of(line.text)), None)
    if first is None:
        return []
    if entry_number(first.text) is None:
        if _numbered_alone(content):
            return _numbered_entries(content, locate, lone_number)
        if endnote_lines(content):
            return _numbered_entries(content, locate, _endnote_number)
        return _unnumbered_entries(lines, locate)
    furniture = _between_entries(lines)
    kept = [line for line in lines if line.number not in furniture]
    references = _numbered_entries([line for line in kept if not line.blank], locate, entry_number)
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
        line.number
        for index, line in enumerate(lines)
        if _SUBHEADING.fullmatch(line.text)
        and not label_of(line.text)
        and (line.text.startswith("#") or index == 0 or lines[index - 1].blank)
    }
    if not heads:
        return lines
    content = (line for line in lines if not line.blank and line.number not in heads)
    first = next((line for line in content if not label_of(line.text)), None)
    if first is None or entry_number(first.text) is None:
        return lines
    return [line for line in lines if line.number not in heads]


def _numbered_entries(
    lines: list[Line], locate: Locate, number_of: Callable[[str], tuple[int, int] | None]
) -> list[Reference]:
    references: list[Reference] = []
    label: str | None = None  # a label line names the entry that follows it
    current: list[Line] = []
    current_label: str | None = None
    number = 0
    for line in lines:
        if label_of(line.text):
            label = label_of(line.text)
            continue
        start = number_of(line.text)
        if start and current and _broken_off(current[-1].text, line.text, start, number):
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
    end = last.rstrip()
    if not end.endswith(("-", "–")) or not end[-2:-1].isalnum() or start[0] == number + 1:
        return False
    return not leading_authors(text[start[1] :])[0]


def entry_number(text: str) -> tuple[int, int] | None:
    """The number an entry line starts with, and where its text begins."""
    match = _NUMBERED_ENTRY.match(text)
    if match:
        return int(match["bracket"] or match["dotted"] or match["paren"]), match.end()
    footnote = FOOTNOTE_DEFINITION.match(text)
    number = whole_number(footnote["label"]) if footnote else None
    if footnote and number is not None:
        return number, footnote.end()
    return None


def ends_numbered_list(lines: list[Line], index: int) -> bool:
    """A paragraph after a blank line that is no entry, label, list item or indented
    continuation is the next block of the page, not part of the entry above it; unless the
    entry above is its number alone ("1." on a line, as div-built lists are copied)."""
    line = lines[index]
    if line.blank or not lines[index - 1].blank:
        return False
    if line.text[:1].isspace() or label_of(line.text) or BULLET.match(line.text):
        return False
    if is_link_trailer(line.text) or _follows_a_lone_number(lines, index):
        return False
    return entry_number(line.text) is None


def _follows_a_lone_number(lines: list[Line], index: int) -> bool:
    above = index - 1
    while above >= 0 and lines[above].blank:
        above -= 1
    if above < 0:
        return False
    number = entry_number(lines[above].text)
    return number is not None and not lines[above].text[number[1] :].strip()


def _between_entries(lines: list[Line]) -> set[int]:
    """Lines of paragraphs that would end a numbered list but have entries after them: a PDF's
    running head or page number ("Page 3 of 4  J Rural Health 2023; 9: 114–126")."""
    furniture: set[int] = set()
    for index in range(1, len(lines)):
        if lines[index].number in furniture or not ends_numbered_list(lines, index):
            continue
        while index < len(lines) and not lines[index].blank:
            furniture.add(lines[index].number)
            index += 1
    return furniture


def lone_number(text: str) -> tuple[int, int] | None:
    """The number of a line holding nothing else: "1", as the Lancet's pages set a label
    above its entry."""
    match = _LONE_NUMBER.fullmatch(text)
    return (int(match[1]), len(text)) if match else None


def endnote_lines(content: list[Line]) -> bool:
    """Whether every line is an endnote as Word copies it ("1 Smith J. Title..."), numbered
    1, 2, 3...: so numbered, a number and a space are no table row or quantity."""
    numbers = [_endnote_number(line.text) for line in content]
    if len(numbers) < 2 or None in numbers:
        return False
    return [number[0] for number in numbers if number] == list(range(1, len(numbers) + 1))


def _endnote_number(text: str) -> tuple[int, int] | None:
    match = _ENDNOTE.match(text)
    return (int(match[1]), match.end()) if match else None


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


def _unnumbered_entries(lines: list[Line], locate: Locate) -> list[Reference]:
    lines = without_study_labels(lines)
    # Link-out lines belong to the entry above them rather than start one of their own.
    trailers: dict[int, list[Line]] = {}
    kept: list[Line] = []
    last: Line | None = None
    for line in lines:
        if not line.blank and last is not None and is_link_trailer(line.content):
            trailers.setdefault(last.number, []).append(line)
            continue
        kept.append(line)
        last = line if not line.blank else last
    lines = kept
    groups: list[tuple[str | None, list[Line]]] = []
    lines_by_number = {line.number: line for line in lines}
    content = [line for line in lines if not line.blank]
    if any(label_of(line.text) for line in content):
        for line in content:
            if label_of(line.text):
                groups.append((label_of(line.text), []))
            elif groups:
                groups[-1][1].append(line)
            else:
                groups.append((None, [line]))
    elif any(BULLET.match(line.text) for line in content):
        for line in content:
            bullet = BULLET.match(line.text)
            if bullet or not groups:
                line.indent = bullet.end() if bullet else 0
                groups.append((None, [line]))
            else:
                groups[-1][1].append(line)
    elif _web_sources_lead(content):
        # Title line, then "Journal, Year" line, often with blank lines between them. A line
        # ending in a journal's locus is an entry whole.
        pending: list[Line] = []
        for line in content:
            pending.append(line)
            if _WEB_SOURCE_LINE.fullmatch(line.text) or _ends_in_locus(line.text):
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
            wrapped = line.text[:1].isspace() or (
                line.text.lstrip()[:1].islower() and not _led_by_particle(before, line.text)
            )
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
    glued = labels_glued(group for _, group in groups)
    return [
        make_reference(position, group, label, False, locate, glued)
        for position, (label, group) in enumerate(groups, start=1)
    ]


def _web_sources_lead(content: list[Line]) -> bool:
    """Whether entries are laid out as web pages' (a title's line, then "Journal, Year"): more
    lines end so than in a journal's locus. A list of Vancouver entries copied without its
    numbers has one "Accessed March 3, 2024." at most among them (hunt17: that one took the
    other entries for its title's lines, and the list had 2 entries for 20)."""
    sources = sum(1 for line in content if _WEB_SOURCE_LINE.fullmatch(line.text))
    return sources > 0 and sources > sum(1 for line in content if _ends_in_locus(line.text))


def _led_by_particle(before: Line | None, text: str) -> bool:
    """Whether a line in lower case starts an entry of its own, its first author's name led
    by a particle ("van den Berg FF, Boermeester MA. Update on ..."): not a wrapped line, as
    other lines in lower case are (hunt17: the entry was taken into the one above, a false
    CL101 and CL203). A line after a comma or "and" goes on with the names above it."""
    if before is None or before.text.rstrip().endswith((",", ";", "&", " and")):
        return False
    return bool(leading_authors(text.strip())[0])


def _ends_in_locus(text: str) -> bool:
    """Whether the line ends in a journal's year, volume and pages ("2022;35(12):967-988."),
    an identifier or two at most after them ("doi:10.1093/ajh/hpac079", "PMID: 36052735")."""
    if ";" not in text or ":" not in text:
        return False  # no Vancouver locus holds neither
    words = text.split()
    while words:  # the identifiers after the locus, read word by word from the end
        word = words[-1].strip(".;,[]")
        label = words[-2].strip(".;,[]").lower() if len(words) > 1 else ""
        if (
            word.lower().startswith(_IDENTIFIER_STARTS)
            or word.lower() in _IDENTIFIER_LABELS
            or _PMC_NUMBER.fullmatch(word)
            or (word.isdigit() and label in _IDENTIFIER_LABELS)
        ):
            words.pop()
            continue
        break
    tail = " ".join(words)
    end = len(tail.rstrip(" .;"))
    return any(match.end() == end and match["pages"] for match in VANCOUVER.finditer(tail))


def make_reference(
    number: int,
    lines: list[Line],
    label: str | None,
    numbered: bool,
    locate: Locate,
    glued_label: bool = False,
) -> Reference:
    texts = [without_link_words(line.content.strip()) for line in lines]
    if glued_label:
        texts[0] = texts[0][len(str(number)) :]  # "1Jencks SF": see labels_glued
    again = _LABEL_AGAIN.match(texts[0])
    if again and whole_number(again[1] or again[2]) == number:
        # "1. 1. Smith A": a page's own label after its list's number (<ol><li><span>1.</span>).
        texts[0] = texts[0][again.end() :]
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
