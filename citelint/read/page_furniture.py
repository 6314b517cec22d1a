"""Page numbers of a PDF copied as text: a number alone on its line, where a page ended.

Between two sentences ("... falls.\\n3\\nThe weighted ...") such a number reads as a bare
citation, as answer pages print their linked citations on lines of their own. A page number
is told by what surrounds it on the page, never by its line alone: the page's lone numbers
count up one by one, a page apart (1, 2, 3 ... every page or so), or the number stands next
to a running head, a line the page repeats word for word.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import BARE, Found

# A line of numbers alone: one, a page's number perhaps, or a list or range ("2, 3", "4-6"),
# which only citations make.
_LONE_NUMBERS = LazyPattern(r"^[ \t]*(\d{1,3}(?:[ \t]*[,–-][ \t]*\d{1,3})*)[ \t]*$", re.MULTILINE)
_LINE = LazyPattern(r"^[ \t]*(\S[^\n]*?)[ \t]*$", re.MULTILINE)
# A page of text holds some thousand characters at least: citations a line of their own
# prints are closer, and come back to earlier numbers.
PAGE_LENGTH = 1000
SHORT_PAGE = 250  # a title page, or the last of the text
# Page numbers counting up: three make a run no page's citations make by chance.
PAGES_IN_A_RUN = 3
_WORD = LazyPattern(r"[^\W\d_]{3}")
# A running head names the journal or the authors: a line this long, with words.
HEAD_LENGTH = 20
# The page's number printed on the running head's line, first on even pages and last on odd
# ones: "4 Castellanos et al. Eur Heart J Open 2024;4:oeae012", "Castellanos et al. ... 5".
_FOLIO = LazyPattern(r"(?:(\d{1,3})[ \t]+(\S.*)|(.*\S)[ \t]+(\d{1,3}))")

Paragraph = tuple[int, str, list[Found]]


def without_page_numbers(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """``paragraphs`` less the bare numbers that are page numbers (see the module)."""
    if not any(marker.kind == BARE for _, _, markers in paragraphs for marker in markers):
        return paragraphs  # most pages: nothing to tell
    pages = page_numbers(paragraphs)
    if not pages:
        return paragraphs
    return [
        (base, text, [m for m in markers if m.kind != BARE or base + m.start not in pages])
        for base, text, markers in paragraphs
    ]


def page_numbers(paragraphs: list[Paragraph]) -> set[int]:
    """Where the page numbers of ``paragraphs`` start, as places on the page."""
    lone = [
        (base + match.start(1), int(match[1]) if match[1].isdigit() else -1)
        for base, text, _ in paragraphs
        for match in _LONE_NUMBERS.finditer(text)
    ]
    if not lone:
        # A folio before a running head on its line: only where a bare number starts a line.
        return _next_to_running_heads(paragraphs) if _starts_a_line(paragraphs) else set()
    found = {place for place, _ in lone} if _count_pages(lone, paragraphs) else set()
    return found | _next_to_running_heads(paragraphs)


def _starts_a_line(paragraphs: list[Paragraph]) -> bool:
    """Whether a bare number of ``paragraphs`` starts a line whose words the page repeats,
    as a running head's line: the test of running heads is made only there."""
    for _, text, markers in paragraphs:
        for marker in markers:
            if marker.kind != BARE or text[marker.start - 1 : marker.start] != "\n":
                continue
            if text[marker.end : marker.end + 1] != " ":
                continue
            line_end = text.find("\n", marker.end)
            rest = text[marker.end + 1 : line_end if line_end >= 0 else None].strip()
            if len(rest) >= HEAD_LENGTH and sum(t.count(rest) for _, t, _ in paragraphs) > 1:
                return True
    return False


def _count_pages(lone: list[tuple[int, int]], paragraphs: list[Paragraph]) -> bool:
    """Whether the lone numbers are all page numbers: they count up one at a time, a page
    apart (most of them: a title page or the last may be short), and the page cites
    otherwise too (where lone numbers are its only citations, they are read)."""
    if len(lone) < PAGES_IN_A_RUN:
        return False
    pairs = list(zip(lone, lone[1:], strict=False))
    if any(after != number + 1 for (_, number), (_, after) in pairs):
        return False
    gaps = sorted(after - place for (place, _), (after, _) in pairs)
    if gaps[0] < SHORT_PAGE or gaps[len(gaps) // 2] < PAGE_LENGTH:
        return False
    places = {place for place, _ in lone}
    return any(
        base + marker.start not in places for base, _, markers in paragraphs for marker in markers
    )


def _next_to_running_heads(paragraphs: list[Paragraph]) -> set[int]:
    """Lone numbers on the line before or after a running head (see _running_heads)."""
    lines = [
        (base + match.start(1), match[1])
        for base, text, _ in paragraphs
        for match in _LINE.finditer(text)
    ]
    heads = _running_heads(lines)
    if not heads:
        return set()
    found: set[int] = set()
    for index, (place, line) in enumerate(lines):
        if line[:1].isdigit() and not line.isdigit() and head_and_folio(line)[0] in heads:
            found.add(place)  # the head's own folio, before it on its line
        if not line.isdigit() or len(line) > 3:
            continue
        around = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
        if any(head_and_folio(other)[0] in heads for _, other in around):
            found.add(place)
    return found


def head_and_folio(line: str) -> tuple[str, int | None]:
    """``line`` less a page number at its start or end (see _FOLIO), and that number."""
    if not (line[:1].isdigit() or line[-1:].isdigit()):
        return line, None
    match = _FOLIO.fullmatch(line)
    if match is None:
        return line, None
    if match[1]:
        return match[2], int(match[1])
    return match[3], int(match[4])


def _running_heads(lines: list[tuple[int, str]]) -> set[str]:
    """The lines of words the page repeats word for word, a page apart or more each time: a
    journal's or the authors' running head ("Pryce R et al. Age Ageing 2025;54:afae101")."""
    last: dict[str, tuple[int, int | None]] = {}
    heads: set[str] = set()
    crowded: set[str] = set()
    for place, line in lines:
        if len(line) < HEAD_LENGTH:
            continue
        line, folio = head_and_folio(line)
        if line in last:
            was, was_folio = last[line]
            # Folios counting up on the head's line (3, 4, 5) tell pages however short.
            counting = folio is not None and was_folio is not None and 0 < folio - was_folio <= 2
            apart = SHORT_PAGE if counting else PAGE_LENGTH
            (heads if place - was >= apart else crowded).add(line)
        last[line] = (place, folio)
    return {line for line in heads - crowded if _WORD.search(line)}
