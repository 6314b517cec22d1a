"""A note's schedules and score readings, whose numbers are the writer's own and no result a
cited abstract must state: a vaccine's or a drug's schedule ("two doses, 2-6 months apart",
"at 0, 1 and 6 months"), and a bedside score read against its maximum ("qSOFA 2/3", "GCS
14/15"). A result beside them ("efficacy 97.2%", "HR 0.34") stays checked.
"""

from __future__ import annotations

import re

from citelint.support.quantity import Quantity

_TIME = r"(?:months?|mo|weeks?|wks?|days?|d|years?|y)"
_NUMBER = r"\d+(?:\.\d+)?"
# "2 doses 2-6 mo apart", "two doses, 2 months apart", "3 doses 4 weeks apart".
_APART = re.compile(
    rf"\b(?:\d|one|two|three|four)\s+(?:doses?|injections?|shots?)\b,?\s*"
    rf"(?:given\s+)?{_NUMBER}(?:\s*(?:-|–|to)\s*{_NUMBER})?\s*{_TIME}\s+apart\b",
    re.IGNORECASE,
)
# A schedule opens at 0: "at 0, 1 and 6 months", "months 0, 1, 6", "on days 0, 3, 7, 14 and 28".
_LIST_FROM_NOUGHT = rf"0\s*,\s*{_NUMBER}(?:\s*,\s*{_NUMBER})*,?(?:\s*(?:and|&)\s*{_NUMBER})?"
_FROM_NOUGHT = re.compile(
    rf"\b{_TIME}\s+{_LIST_FROM_NOUGHT}\b(?!\s*%)|\b{_LIST_FROM_NOUGHT}\s*{_TIME}\b",
    re.IGNORECASE,
)
# A bedside score read against its maximum: "qSOFA 2/3", "CURB-65 3/5", "GCS 14/15".
_SCORES = (
    r"q?SOFA|CURB-?65|CRB-?65|NEWS2?|GCS|NIHSS|APACHE(?:\s?II)?|CHA2DS2-VASc|HAS-BLED|Wells|"
    r"PESI|sPESI|MELD|Apgar|Child-Pugh|HEART|TIMI|GRACE|Braden|Waterlow|MUST|4AT|AMTS|MMSE|MoCA"
)
_SCORE_READING = re.compile(
    rf"(?<![\w-])(?:{_SCORES})\s*(?:score\s*)?(?:of\s*)?(\d{{1,2}})\s*/\s*(\d{{1,3}})\b"
)


def in_schedule(claim_text: str, quantity: Quantity) -> bool:
    """Whether the number is part of a schedule the line gives, or of a score read against its
    maximum: both the writer's, not the trial's finding."""
    for pattern in (_APART, _FROM_NOUGHT, _SCORE_READING):
        for found in pattern.finditer(claim_text):
            if found.start() <= quantity.start < found.end():
                return True
    return False
