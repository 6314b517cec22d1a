"""A PDF's running heads and feet inside its reference list, as the PDF is copied as text.

A page break inside an entry puts the page's furniture into it: the running head or foot
("4 Castellanos et al. Eur Heart J Open 2024;4:oeae012"), a download stamp ("Downloaded from
https://academic.oup.com/... by guest on 12 May 2024") or "Page 4 of 12". Read as part of
the entry, the head's journal and year were taken for the entry's source (a false CL203), and
the last entry swallowed the foot after it. Those lines are dropped before entries are read.

A head is told by the page, never by its line alone: its words come back, word for word, on
a line outside the list, each time beside the page's number, and that number changes (an
entry cited twice, "4 Anker SD ..." and "7 Anker SD ...", is in the list both times). A
download stamp or a "Page 4 of 12" is told by its own words.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from citelint.lazy_pattern import LazyPattern
from citelint.read.lines import Line
from citelint.read.page_furniture import HEAD_LENGTH, head_and_folio

# Oxford Academic's and HighWire's stamp: no entry is downloaded "by guest".
_GUEST_STAMP = LazyPattern(
    r"Downloaded from \S+ (?:by guest on\b|on\b.{0,60}\bby guest\b).{0,120}", re.IGNORECASE
)
_STAMP_START = "Downloaded from "
# "Page 4 of 12", alone or at either end of a running head's line (BMC, Springer).
_PAGE_OF = LazyPattern(r"(?:Page (\d{1,4}) of (\d{1,4})\b.*|.*\bPage (\d{1,4}) of (\d{1,4}))")
_WORD = LazyPattern(r"[^\W\d_]{3}")
# The shorter head of the other pages ("6 Castellanos et al." beside the full head): a
# beginning of a head at least this long.
SHORT_HEAD = 10


def without_running_heads(text: str, lines: list[Line], section: tuple[int, int]) -> list[Line]:
    """The lines of the reference list at ``section`` of the page ``text`` (whose lines are
    ``lines``) less its running heads and feet (see the module)."""
    inside = lines[section[0] : section[1]]
    # A blank line is never furniture (stripped, it holds nothing): half a spaced list's lines.
    candidates = [line for line in inside if not line.blank and _may_be_furniture(line.text)]
    if not candidates:
        return inside  # most lists: no line with a page's number, a stamp or "Page"
    outside = _Outside(text, lines, section)
    heads: set[str] = set()
    dropped: set[int] = set()
    shorter: list[tuple[Line, str]] = []  # lines with a folio, perhaps a head's beginning
    for line in candidates:
        stripped = line.text.strip()
        if _stamp(stripped, outside):
            dropped.add(line.number)
            _stamp_wrapped(inside, line.number, dropped)
            continue
        if _page_of(stripped):
            dropped.add(line.number)
            continue
        head, folio = head_and_folio(stripped)
        if folio is None:
            continue
        if head in heads or outside.head(head, folio):
            heads.add(head)
            dropped.add(line.number)
        else:
            shorter.append((line, head))
    if heads:
        dropped.update(line.number for line, head in shorter if _begins_a_head(head, heads))
    if not dropped:
        return inside
    _beside_furniture(inside, dropped, outside)
    return [line for line in inside if line.number not in dropped]


def _stamp_wrapped(inside: list[Line], number: int, dropped: set[int]) -> None:
    """Add to ``dropped`` the line after the stamp on line ``number`` when it is the rest of
    the stamp ("No other uses without permission. Copyright © 2024 ..."), as a PDF wraps it."""
    from citelint.read.download_stamps import is_stamp_tail

    after = number - inside[0].number + 1
    if after < len(inside) and is_stamp_tail(inside[after].text.strip()):
        dropped.add(inside[after].number)


def _beside_furniture(inside: list[Line], dropped: set[int], outside: _Outside) -> None:
    """Add to ``dropped`` the lines beside furniture that are furniture too: a head printed
    without the page's number, word for word outside the list ("Okonkwo et al. BMC Nephrology
    (2024) 25:112" above "Page 3 of 7"), and a page's number alone on the line before them
    (not after: a number alone above an entry is its label, as the Lancet sets them)."""
    grown = True
    while grown:
        grown = False
        for index, line in enumerate(inside):
            if line.number in dropped or line.blank:
                continue
            before = index > 0 and inside[index - 1].number in dropped
            after = index + 1 < len(inside) and inside[index + 1].number in dropped
            if not (before or after):
                continue
            text = line.text.strip()
            folio = after and text.isdigit() and len(text) <= 3
            if folio or (len(text) >= HEAD_LENGTH and outside.holds_line(text)):
                dropped.add(line.number)
                grown = True


def _may_be_furniture(text: str) -> bool:
    """Whether a line may be a head with its folio ("4 Castellanos et al. ...", "... 5"), a
    stamp or "Page 4 of 12": asked of every line of every list, so told without a pattern
    ("1. Smith J" or "2019;381:1995" is none)."""
    first, last = text[:1], text[-1:]
    if not (first.isdigit() or last.isdigit() or first in "DP \t" or last in " \t"):
        return False  # most lines of a list, told at their two ends
    text = text.strip()
    if text.startswith((_STAMP_START, "Page ")):
        return True
    start = text[:4]
    digits = len(start) - len(start.lstrip("0123456789"))
    if 0 < digits <= 3 and start[digits : digits + 1] in (" ", "\t"):
        return True
    end = text[-4:]
    digits = len(end) - len(end.rstrip("0123456789"))
    return 0 < digits <= 3 and end[-digits - 1 : -digits] in (" ", "\t")


def _stamp(text: str, outside: _Outside) -> bool:
    if not text.startswith(_STAMP_START):
        return False
    from citelint.read.download_stamps import is_stamp  # only for a line so opening

    return bool(_GUEST_STAMP.fullmatch(text)) or is_stamp(text) or outside.holds_line(text)


def names_a_page(text: str) -> bool:
    """Whether a line is "Page 4 of 12" alone (stripped): a PDF's foot, which never ends a list
    (user29b P1-1: a page break inside entry 1 ended the list there)."""
    return text[:5] == "Page " and _page_of(text) and text[-1:].isdigit()


# How an article prints its own citation on its first page or after its list (MDPI's
# "Citation:", Springer's "Cite this article", T&F's "To cite this article:").
_OWN_CITATION_LABELS = ("Citation:", "Cite this article", "How to cite", "To cite this article")
# The first four characters of a line that may be page furniture in the body: one look at
# each line's head instead of a search of the page for each label.
_OWN_CITATION_LINES = 8  # the most an article's own citation takes, with its DOI
_FURNITURE_HEADS = frozenset(("Page", *(label[:4] for label in _OWN_CITATION_LABELS)))


def body_furniture(lines: list[Line], listed: bool) -> set[int]:
    """The numbers of the body's lines that are a PDF's "Page 1 of 3" alone (user29b P1-7: its
    numbers were a claim's) and, on a page with a reference list (``listed``), of the
    article's own citation under one of _OWN_CITATION_LABELS (user29b P1-8: MDPI's "Citation:
    ... J Clin Med 2023, 12, 4411." was read as a claim citing reference 1, "4411" as "441"
    and a 1). A page without a list may give its source so: "Citation: ... doi:..." under a
    news story names the study it reports."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        text = line.text
        if (text[:4] if text[:1] != " " else text.lstrip()[:4]) not in _FURNITURE_HEADS:
            continue
        text = text.strip()
        if listed and text.startswith(_OWN_CITATION_LABELS):
            # A label alone is a button (Nature's "Cite this article" above "2150 Accesses"
            # and the abstract): the citation starts on the label's own line.
            found |= _own_citation(lines, index) if _cites_after_label(text) else {line.number}
        elif names_a_page(text):
            found.add(line.number)
    return found


def _cites_after_label(text: str) -> bool:
    """Whether a line opening with one of _OWN_CITATION_LABELS goes on with the citation."""
    label = next(label for label in _OWN_CITATION_LABELS if text.startswith(label))
    rest = text[len(label) :].strip(" :")
    return bool(rest.removeprefix("this article").strip(" :"))


def _own_citation(lines: list[Line], index: int) -> set[int]:
    """The line at ``index`` opening the article's own citation, with the lines it goes on
    to: up to its end (its locus, a line ending in a digit and a full stop, or its DOI or
    link) and a DOI or link alone after it, eight lines at most. Text saved from Word has no
    blank line before the body that follows; a PDF's box wraps after an initial ("Medina,
    J.") or the title (review29c P1-3)."""
    found: set[int] = set()
    ended = False
    for line in lines[index : index + _OWN_CITATION_LINES]:
        text = line.text.strip()
        link = text.lower().startswith(("doi", "http"))
        if line.blank or (ended and not link):
            break
        found.add(line.number)
        ended = link or "doi" in text.lower() or (text[-2:-1].isdigit() and text[-1:] == ".")
    return found


def _page_of(text: str) -> bool:
    """ "Page 4 of 12" (its number no greater than the pages'), alone or beside a head."""
    match = _PAGE_OF.fullmatch(text)
    if match is None:
        return False
    page, pages = (match[1], match[2]) if match[1] else (match[3], match[4])
    return 0 < int(page) <= int(pages)


def _begins_a_head(text: str, heads: set[str]) -> bool:
    """Whether ``text`` (a line less its folio) is the beginning of a head, ended where a
    word ends: the shorter head other pages print ("Castellanos et al.")."""
    if len(text) < SHORT_HEAD or not _WORD.search(text):
        return False
    return any(head.startswith(text) and head[len(text)] == " " for head in heads if head != text)


class _Outside:
    """The page's text outside the reference list, asked for a line's words."""

    def __init__(self, text: str, lines: list[Line], section: tuple[int, int]) -> None:
        self._text = text
        self._lines = lines
        self._begin = lines[section[0]].start
        self._end = lines[section[1]].start if section[1] < len(lines) else len(text)
        self._starts: list[int] | None = None  # made when a line is first looked for

    def holds_line(self, wanted: str) -> bool:
        """Whether a line outside the list reads ``wanted`` (less white space at its ends)."""
        return any(line.text.strip() == wanted for line in self._places(wanted))

    def head(self, head: str, folio: int) -> bool:
        """Whether ``head`` (a line's words less its page number ``folio``) is a running head:
        as long as one, with words, and printed outside the list too beside page numbers, the
        pages before the list's numbered below ``folio`` and those after it above (a note
        the page prints twice, "2 Granger CB ...", has its own number both times)."""
        if len(head) < HEAD_LENGTH or not _WORD.search(head):
            return False
        before: list[int] = []
        after: list[int] = []
        for line in self._places(head):
            words, number = head_and_folio(line.text.strip())
            if words == head and number is not None:
                (before if line.start < self._begin else after).append(number)
        if not before and not after:
            return False
        return max(before, default=folio - 1) < folio < min(after, default=folio + 1)

    def _places(self, words: str) -> list[Line]:
        """The lines outside the list that hold ``words``: found in the text, not line by
        line (a long page has thousands of lines, and most lists need no look)."""
        found: list[Line] = []
        for begin, end in ((0, self._begin), (self._end, len(self._text))):
            at = self._text.find(words, begin, end)
            while at >= 0:
                found.append(self._lines[self._line_at(at)])
                at = self._text.find(words, at + len(words), end)
        return found

    def _line_at(self, offset: int) -> int:
        if self._starts is None:
            self._starts = [line.start for line in self._lines]
        return bisect_right(self._starts, offset) - 1
