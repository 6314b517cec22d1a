"""Tooth numbers: "tooth 36", "teeth 46 and 47", Universal "#19 or #30", "FDI 38, 48".

A dental text names each tooth by a number (FDI two digits 11-85, Universal 1-32). The
number identifies a tooth as "C5" identifies a vertebra: it is no result that a cited
abstract could state (user31b P1-9).
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern

# The name of a tooth, a numbering system or a "#", then only other tooth numbers of the same
# list before the number: "tooth #19 or #", "(#17, #32; FDI 38, ", "teeth 46 and ".
_TOOTH_LIST_BEFORE = LazyPattern(
    r"(?:\b(?i:tooth|teeth)|\bFDI|\bUniversal(?:\s+numbering)?|#)[\s#:;]*"
    r"(?:\d{1,2}\s*(?:,|;|/|\bor\b|\band\b|&|-|\u2013)\s*#?\s*)*$"
)
# The system named after the list: "36 and 46 in the FDI system", "38 (FDI)".
_SYSTEM_AFTER = LazyPattern(
    r"^(?:\s*(?:,|;|/|\bor\b|\band\b|&)\s*#?\d{1,2})*\s*(?:\(FDI\b|in\s+the\s+FDI\b|\(Universal\b)"
)
# What must be within the 40 characters before a tooth number (a cheap test first).
_CUES = ("tooth", "teeth", "#", "fdi", "universal")


def is_tooth_number(before: str, lower: str, after: str, digits: str) -> bool:
    """Whether the whole number ``digits``, with ``before`` (``lower`` in lower case) and
    ``after`` it, names a tooth: 1-85, no unit or percent after it, and a tooth's word,
    "#" or a numbering system before it or its list, or the system named after the list."""
    if not digits.isdigit() or not 1 <= int(digits) <= 85 or after.lstrip().startswith("%"):
        return False
    if any(cue in lower for cue in _CUES) and _TOOTH_LIST_BEFORE.search(before):
        return True
    named_after = "FDI" in after or "Universal" in after
    return named_after and _SYSTEM_AFTER.match(after) is not None
