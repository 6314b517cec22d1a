"""What stands between a reference list's heading and its first entry and is no entry:

- the rule that opens Hugo's and pandoc's footnotes ('<div class="footnotes"><hr><ol>'),
  which had ended the list before its first entry (user29a P1-15: a CL107 error);
- a health site's statement of its sourcing policy: "Verywell Health uses only high-quality
  sources, including peer-reviewed studies ...", "Medical News Today has strict sourcing
  guidelines ...", "Cleveland Clinic's health articles are based on evidence-backed
  information ...". Read as an entry, it became reference 1 and shifted every numbered
  entry after it (user29a P1-7).
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.lines import THEMATIC_BREAK, Line
from citelint.read.list_entries import YEAR_IN

# The policy's own words; an entry naming such a study gives a year, which the statement does
# not (the year test is asked first, so most entries never try this pattern).
_POLICY = LazyPattern(
    r"\b(?:uses only (?:high-quality|trusted|reputable) sources|"
    r"has strict sourcing guidelines|articles are based on evidence-backed information|"
    r"read our editorial (?:process|policy)|we avoid using tertiary references)\b",
    re.IGNORECASE,
)


def past_preamble(lines: list[Line], section: tuple[int, int]) -> tuple[int, int]:
    """The section from its first line past a leading rule and a sourcing statement."""
    start, end = section
    first = _first_filled(lines, start, end)
    if first is not None and THEMATIC_BREAK.fullmatch(lines[first].text):
        start = first + 1
        first = _first_filled(lines, start, end)
    if first is None or lines[first].indent:
        return start, end
    past = first
    while past < end and not lines[past].blank and not lines[past].indent:
        past += 1
    text = " ".join(line.text for line in lines[first:past])
    if YEAR_IN.search(text) or _POLICY.search(text) is None:
        return start, end
    return past, end


def _first_filled(lines: list[Line], start: int, end: int) -> int | None:
    return next((index for index in range(start, end) if not lines[index].blank), None)
