"""A guideline's audit standards: the targets its audit measures care against, listed under a
heading of their own ("Audit standards", then "2. 100% of children with suspected thyroid
storm admitted to a high-dependency bed [4]."). A target is the guideline's, not a result
the cited paper reports: CL301 and the audit leave its numbers (user26 P2-2).

Told from the text written around the claim: the run of list items it stands in, and the
heading right above that run. A list in a table, an HTML page or a Word document is not
told, and its numbers are checked as ever.
"""

from __future__ import annotations

import re

# The heading of a guideline's standards: "Audit standards", "5. Auditable standards",
# "Audit criteria and targets", "Quality standards", "Key performance indicators".
_STANDARDS_HEADING = re.compile(
    r"[#*_ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?"
    r"(?:audit(?:able)?[ \t]+(?:standards?|criteria|measures|targets)"
    r"(?:[ \t]+and[ \t]+(?:standards?|targets))?|standards?[ \t]+for[ \t]+audit"
    r"|quality[ \t]+(?:standards?|indicators?|measures?)|(?:key[ \t]+)?performance[ \t]+"
    r"indicators?)[ \t]*:?[#*_ \t]*",
    re.IGNORECASE,
)
# An item of a list: "2. ", "2) ", "- ", "* ", "• ".
_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]")
# How far above a claim its heading is looked for, in lines: a list of standards is short.
_FARTHEST = 40


def under_standards(text: str, line: int) -> bool:
    """Whether the claim at ``line`` (counted from 1) of ``text`` is an item of a list of
    audit standards: every line between it and the heading above is an item or blank."""
    end = _line_start(text, line - 1)
    if end < 0 or _ITEM.match(text, end) is None:
        return False
    lines = text[:end].split("\n")[-_FARTHEST:]
    for above in reversed(lines):
        # The heading first: a numbered one ("5. Audit standards") opens as an item does.
        if _STANDARDS_HEADING.fullmatch(above):
            return True
        if above.strip() and not _ITEM.match(above):
            return False
    return False


def _line_start(text: str, index: int) -> int:
    """Where the line of ``index`` (counted from 0) starts in ``text``; -1 past its end."""
    start = 0
    for _ in range(index):
        start = text.find("\n", start) + 1
        if start == 0:
            return -1
    return start
