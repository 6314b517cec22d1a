"""Bylines among a paragraph's numbers in parentheses: "Maya Goldberg (1), Ravi Subramanian
(2), Elena Kowalczyk (1,3)" numbers affiliations, not citations (see ``parenthesised``)."""

from __future__ import annotations

from bisect import bisect_left

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import CAPITALS_NAME, DEGREES, NAME, Found, words

_WORD = LazyPattern(r"[^\W\d_]{2,}")
_NAME_WORDS = frozenset(words("and de van von der den da di du le la"))
# A name, or a degree after it, before an affiliation's number: "Maya Goldberg (1)", "Hana
# Okafor, MD, PhD (1)".
_NAME_BEFORE = LazyPattern(rf"(?:{NAME}|{CAPITALS_NAME}|(?<![^\W\d_])(?:{DEGREES}))[ \u00a0]?\Z")
# How far before a number the name is looked for: the longest name in capitals and a space.
_NAME_WINDOW = 80


def without_bylines(text: str, sure: list[Found], starts: list[int]) -> list[Found]:
    """The candidates less those of a byline, whose numbers in parentheses name affiliations:
    a line with no sentence break in which two or more follow a name, "Maya Goldberg (1),
    Ravi Subramanian (2), Elena Kowalczyk (1,3)". ``starts`` are where every number in
    parentheses of ``text`` starts, in order: the first of a byline's counts though it is no
    candidate ("Maya Goldberg (1)" has too few words before it), and a byline of two authors,
    "Maya Goldberg (1), Ravi Subramanian (2)", has one candidate, its "(2)"."""
    if not sure:
        return sure
    lines: dict[int, list[Found]] = {}
    for marker in sure:
        lines.setdefault(text.rfind("\n", 0, marker.start) + 1, []).append(marker)
    dropped: set[int] = set()
    for start, on_line in lines.items():
        end = text.find("\n", start)
        end = end if end >= 0 else len(text)
        if not all(_named_before(text, start, m.start) for m in on_line):
            continue
        if len(on_line) < 2 and not _named_numbers(text, (start, end), on_line[0].start, starts):
            continue
        line = text[start:end]
        # Prose is told at its first word in lower case: "from the United States (15)".
        if all(word[0].isupper() or word in _NAME_WORDS for word in _WORD.findall(line)):
            dropped.update(id(marker) for marker in on_line)
    return [marker for marker in sure if id(marker) not in dropped] if dropped else sure


def _named_numbers(text: str, line: tuple[int, int], candidate: int, starts: list[int]) -> bool:
    """Whether the line (its start and end) holds a number in parentheses after a name other
    than its one candidate, at ``candidate``."""
    on_line = starts[bisect_left(starts, line[0]) : bisect_left(starts, line[1])]
    return any(at != candidate and _named_before(text, line[0], at) for at in on_line)


def _named_before(text: str, line_start: int, at: int) -> bool:
    """Whether a name or a degree ends right before ``at`` (a space between them or not)."""
    return _NAME_BEFORE.search(text, max(line_start, at - _NAME_WINDOW), at) is not None
