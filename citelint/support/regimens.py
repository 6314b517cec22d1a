"""A note's schedules and score readings, whose numbers are the writer's own and no result a
cited abstract must state: a vaccine's or a drug's schedule ("two doses, 2-6 months apart",
"at 0, 1 and 6 months"), and a bedside score read against its maximum ("qSOFA 2/3", "GCS
14/15"). A result beside them ("efficacy 97.2%", "HR 0.34") stays checked. And how a regimen's
line may end without a finding ("... with insulin/glucose", "..., then reassess"), which
clauses reads to tell a note's own line from a trial's regimen.
"""

from __future__ import annotations

import re

from citelint.support.criteria import finds, percent_in
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
_LIST_FROM_NOUGHT = (
    rf"(?<![\d.,])0\s*,\s*{_NUMBER}(?:\s*,\s*{_NUMBER})*,?(?:\s*(?:and|&)\s*{_NUMBER})?"
)
_FROM_NOUGHT = re.compile(
    rf"\b{_TIME}\s+{_LIST_FROM_NOUGHT}\b(?!\s*%)|\b{_LIST_FROM_NOUGHT}\s*{_TIME}\b",
    re.IGNORECASE,
)
# What a sentence reporting a finding has and a note's head or an order's condition has not.
FINDING = re.compile(
    r"\b(?:reduc|lower|increas|improv|decreas|prevent|cut|rais|show|found|associat|result|"
    r"led|was|were|had|did|enrol|random)\w*",
    re.IGNORECASE,
)
# What a regimen may end its line with: "SZC 10 g PO TDS up to 72 h with insulin/glucose",
# "... within 3 h, then reassess", "... x 7 d for severe CAP on ICU" (whose "for" the lead took).
# Not "... x 10 d per RECOVERY": that dose is the trial's.
_WITH_TAIL = re.compile(r"\s*,?\s*(?:with|plus|and|\+|then|for|in|on)\s+[^\d;:()]{1,40}?[.\s]*")
_TAIL_OPENED = re.compile(r"\b(?:with|then|for)\s*$")
_TAIL_WORDS = re.compile(r"[^\d;:()]{1,40}?[.\s]*")
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


def with_tail(claim_text: str, lead_end: int) -> bool:
    """Whether the regimen's line ends in a short tail of what goes with it, no finding."""
    tail = _WITH_TAIL.fullmatch(claim_text, lead_end)
    if tail is None and _TAIL_OPENED.search(claim_text, 0, lead_end):
        tail = _TAIL_WORDS.fullmatch(claim_text, lead_end)
    return tail is not None and FINDING.search(claim_text, lead_end) is None


# How a note writes a regimen, and an article does not: "10 mg OD", "IV x1", "single dose",
# "8 mg SL", "(max 24 mg day 1)".
NOTE_SCHEDULE = re.compile(
    r"\b(?:od|bd|bid|tid|tds|qds|qid|qd|po|iv|im|sc|sl|stat|prn|nocte|mane|q\d+h|x\s?\d+|"
    r"single\s+dose|max\s+\d+)\b|×\s?\d|\bmg/kg\b|\bm?L/(?:kg|h|hr)\b",
    re.IGNORECASE,
)
# A dose (a concentration per litre and a rate per minute are none), without which a
# schedule's word is none: "Class IV lupus nephritis", "Type IV
# hypersensitivity" hold "iv" (review28a P1-4).
_DOSE = re.compile(
    r"\d\s?(?:mg|mcg|µg|μg|g|units?|IU|mmol|mEq)\b(?!\s?/\s?d?l\b)|\d\s?mL\b(?!\s?/\s?min)",
    re.IGNORECASE,
)
# A checklist's box opening an order set's item: "- [ ] COWS >= 8 (document score and time)".
_TASK_BOX = re.compile(r"\s*(?:[-*+]\s+)?(?:\[[ xX]\]|[☐☑☒])")
# A row that says whose regimen it is, or what a source advises, is the source's: checked.
_SOURCES_REGIMEN = re.compile(
    r"\b(?:trials?|study|studies|randomi[sz]ed|arms?|intervention|protocol|received|enrolled|"
    r"participants|patients|recommend\w*|should|must|advis\w*|suggest\w*|guidelines?)\b|"
    r"\b(?:per|in)\s+[A-Z][A-Z0-9-]{3,}\b",
    re.IGNORECASE,
)


def is_regimen_row(claim_text: str) -> bool:
    """Whether the claim is a dosing table's row, an order set's row or a checklist item that
    reports nothing: "H. pylori salvage (not first line) 100 mg PO q12h with PPI + bismuth 14
    days", "Buprenorphine SL; 8 mg; if symptoms persist (max 24 mg day 1)", "[ ] COWS >= 8".
    Its doses, schedule, maxima and thresholds are the writer's (user28a P1-5); a row with a
    finding ("eradication 88%", "HR 0.75") or naming a trial's regimen is not such a row."""
    if _TASK_BOX.match(claim_text) is None and not (
        NOTE_SCHEDULE.search(claim_text) and _DOSE.search(claim_text)
    ):
        return False
    end = len(claim_text)
    if finds(claim_text, 0, end) or percent_in(claim_text, 0, end):
        return False
    return _SOURCES_REGIMEN.search(claim_text) is None
