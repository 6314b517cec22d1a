"""A health site's statement of its sourcing policy, printed between its sources heading and
the list: "Verywell Health uses only high-quality sources, including peer-reviewed studies
...", "Medical News Today has strict sourcing guidelines ...", "Cleveland Clinic's health
articles are based on evidence-backed information ...". It is no entry: read as one, it
became reference 1 and shifted every numbered entry after it (user29a P1-7).
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.lines import Line

# The policy's own words; an entry naming such a study gives a year, which the statement does
# not (the year test is asked first, so most entries never try this pattern).
_POLICY = LazyPattern(
    r"\b(?:uses only (?:high-quality|trusted|reputable) sources|"
    r"has strict sourcing guidelines|articles are based on evidence-backed information|"
    r"read our editorial (?:process|policy)|we avoid using tertiary references)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def past_sourcing_statement(lines: list[Line], section: tuple[int, int]) -> tuple[int, int]:
    """The section from the line after its first paragraph when that paragraph is a site's
    sourcing statement (a paragraph of plain lines, none a list item); else as given."""
    start, end = section
    first = next((index for index in range(start, end) if not lines[index].blank), None)
    if first is None or lines[first].indent:
        return section
    past = first
    while past < end and not lines[past].blank and not lines[past].indent:
        past += 1
    text = " ".join(line.text for line in lines[first:past])
    if _YEAR.search(text) or _POLICY.search(text) is None:
        return section
    return past, end
