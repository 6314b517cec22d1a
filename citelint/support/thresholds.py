"""Which side of a threshold a text puts its patients on: "an ejection fraction above 40%"
against "of 40% or less".

Two trials of one drug often differ only by the side of one cut-off (reduced against
preserved ejection fraction), and share nearly every word. CL303 must not propose the paper
about the other side as the one a claim "meant" (user20 P1 11). A side is read only where
the words say it plainly; a value the text states on both sides ("above 40%" in one sentence,
"40% or less" in the next) says nothing.
"""

from __future__ import annotations

import re

from citelint.support.side_words import ABOVE_BEFORE, BELOW_BEFORE

ABOVE, BELOW = "above", "below"

_VALUE = r"(?P<value>\d+(?:\.\d+)?)\s*(?P<percent>%|percent\b|per cent\b)?"
_ABOVE_AFTER = r"or (?:more|higher|greater|above|over|older)|and (?:above|over|higher|older)"
_BELOW_AFTER = r"or (?:less|lower|fewer|below|under|younger)|and (?:below|under|lower|younger)"
# A unit between the value and its side: "65 years or older", "60 ml/min or less".
_UNIT = r"(?:\s+[A-Za-zµ]+(?:/[\w.²]+)*)?"
# "above 40%", "≤ 40%": the side before the value; "40% or less": after it.
_SIDE_BEFORE = re.compile(
    rf"(?:(?P<above>{ABOVE_BEFORE})|{BELOW_BEFORE})\s*{_VALUE}", re.IGNORECASE
)
_SIDE_AFTER = re.compile(
    rf"{_VALUE}{_UNIT}\s*(?:(?P<above>{_ABOVE_AFTER})|{_BELOW_AFTER})\b", re.IGNORECASE
)

Side = tuple[float, bool, str]  # the value, whether it is a percentage, and ABOVE or BELOW


def sides(text: str) -> set[Side]:
    """The thresholds ``text`` states, each with the side it puts its subject on."""
    if not any(c.isdigit() for c in text):
        return set()
    return {
        (float(match["value"]), match["percent"] is not None, ABOVE if match["above"] else BELOW)
        for pattern in (_SIDE_BEFORE, _SIDE_AFTER)
        for match in pattern.finditer(text)
    }


def threshold_starts(text: str) -> set[int]:
    """Where in ``text`` the values of its thresholds start."""
    if not any(c.isdigit() for c in text):
        return set()
    return {
        match.start("value")
        for pattern in (_SIDE_BEFORE, _SIDE_AFTER)
        for match in pattern.finditer(text)
    }


def opposite(claim: set[Side], source: set[Side]) -> bool:
    """Whether ``source`` states one of the claim's thresholds only on its other side."""
    for value, percent, side in claim:
        other = BELOW if side == ABOVE else ABOVE
        if (value, percent, other) in source and (value, percent, side) not in source:
            return True
    return False
