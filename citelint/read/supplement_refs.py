"""Entries a page says are cited only in its supplement: Science's "Supplementary Materials
... References (45-60)" and "References 45-60 are cited in the supplementary materials".
They stand in the article's list but nothing in its text cites them, by design: no entry
"never cited" (CL102), and no sign that parenthesised numbers miss most of the list.

Told from a literal first ("upplement"), then a bounded pattern near it: linear.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

# "References (45-60) are cited in the supplementary materials", "Refs. 45 to 60 appear only
# in the Supplementary Information", "references 31–40 are cited in the online supplement".
_STATED = LazyPattern(
    r"\b(?:References?|Refs?\.?)\s{0,2}\(?(\d{1,4})\s{0,2}(?:[-–—]|to|through)\s{0,2}(\d{1,4})\)?"
    r"\s{1,3}(?:are|is|were|appear)\s{1,3}(?:only\s{1,3})?(?:cited\s{1,3}|referenced\s{1,3}|"
    r"listed\s{1,3})?(?:only\s{1,3})?in\s{1,3}the\s{1,3}(?:online\s{1,3})?supplement",
    re.IGNORECASE,
)
# Science's list of what the supplement holds, ending in the entries it cites, on a line or
# a line each: "Supplementary Materials ... Materials and Methods Figs. S1 to S4 Tables S1
# and S2 References (31-45)".
_LISTED = LazyPattern(
    r"Supplementary\s{1,3}Materials?\b[\s\S]{0,300}?\bReferences?\s{0,2}\((\d{1,4})\s{0,2}"
    r"(?:[-–—]|to)\s{0,2}(\d{1,4})\)",
    re.IGNORECASE,
)
# No supplement cites more entries than this: more, and the numbers are something else.
_MOST = 200


def cited_in_supplement(text: str) -> set[int]:
    """The numbers of the entries the page says only its supplement cites; most pages say
    nothing of it, and are asked no more than whether "upplement" is in them."""
    if "upplement" not in text:
        return set()
    # The patterns cost more to compile than most pages take to read: each is asked only of
    # a page holding the words it needs ("in the supplement", "supplementary material").
    words = " ".join(text.lower().split())
    stated = "in the supplement" in words or "in the online supplement" in words
    patterns = [_STATED] if stated else []
    if "supplementary material" in words:
        patterns.append(_LISTED)
    numbers: set[int] = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            first, last = int(match[1]), int(match[2])
            if 0 < first <= last and last - first < _MOST:
                numbers.update(range(first, last + 1))
    return numbers
