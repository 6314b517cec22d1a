"""The role of a number in a text: what the words around it say it measures (a percent, a
dose, a duration, a sample size, a ratio, a p-value, an age) or that it measures nothing (a
label such as "type 2", an ordinal, a year, the "95" of "95% CI")."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.support.teeth import is_tooth_number
from citelint.support.wording import is_thousands_glued

NUMBER = r"(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)"

_UNIT_DOSE = (
    r"mg/kg|mg/m2|mg/d|mg/day|mg|µg|μg|mcg|ng|g/d|g|kg|ml|mL|l\b|IU|units?|U\b|mmol|mEq|Gy|"
    r"mSv|cGy|Hz|kHz|mA|V\b|mmHg|mm Hg"
)
# "N = 4744 HR 0.74": a hazard ratio's "HR" before its value is no unit of hours (user19).
NOT_A_RATIO = r"(?!(?-i:HR)\b\s*[:=,]?\s*\(?\d)"
_AFTER_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("ci-level", re.compile(r"^\s*%\s*(?:CI|confidence|credible)", re.IGNORECASE)),
    (
        "percent",
        re.compile(r"^\s*(?:%|percent\b|per cent\b|pct\b|percentage points?\b)", re.IGNORECASE),
    ),
    ("dose", re.compile(rf"^\s*(?:{_UNIT_DOSE})(?![A-Za-z])")),
    (
        "duration",
        re.compile(
            rf"^\s*-?\s*{NOT_A_RATIO}(?:years?|yrs?|months?|mo\b|weeks?|wks?|days?|hours?|hrs?|"
            r"h\b|minutes?|mins?|seconds?|sessions?)(?![A-Za-z])",
            re.IGNORECASE,
        ),
    ),
    (
        "sample-size",
        re.compile(
            r"^\s*(?:[a-z-]+\s+)?(?:patients|participants|subjects|adults|children|women|men|"
            r"individuals|people|persons|cases|controls|studies|trials|RCTs|infants|"
            r"volunteers|eyes|procedures|respondents|residents|veterans|athletes|"
            r"pregnancies|births|hospitals|centres|centers|articles|cohorts)\b",
            re.IGNORECASE,
        ),
    ),
]
# What a ratio is of, between its name and its value: "hazard ratio for death from any cause,
# 0.84", "hazard ratio in the LCZ696 group, 0.80" (NEJM), "hazard ratio for death was 0.75".
_FOR_WHAT = r"(?:\s+(?:for|in|with)\s+[^;:()=,.]{1,35}?(?:,|\s+(?:was|were|of)))?"
_BEFORE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("p-value", re.compile(r"\bp\s*(?:-?\s*value)?\s*(?:[<>=≤≥]|&lt;|&gt;)\s*=?\s*$", re.I)),
    ("sample-size", re.compile(r"\b[nN]\s*=\s*$")),
    (
        "hazard-ratio",
        re.compile(
            # "HR" in capitals: "over 24 hr 3 times" is hours, not a ratio of 3.
            rf"(?:(?-i:\ba?HRs?\b)|hazard ratios?{_FOR_WHAT})\s*(?:\(a?HR\))?\s*"
            r"(?:of|was|=|:|,)?\s*$",
            re.I,
        ),
    ),
    (
        "odds-ratio",
        re.compile(
            rf"(?:\ba?ORs?\b|(?i:odds ratios?{_FOR_WHAT}))\s*(?:\(a?OR\))?\s*(?:of|was|=|:|,)?\s*$"
        ),
    ),
    (
        "risk-ratio",
        re.compile(
            rf"(?:\bI?RRs?\b|(?i:(?:relative risks?|risk ratios?|rate ratios?){_FOR_WHAT}))"
            r"\s*(?:\(I?RR\))?\s*(?:of|was|=|:|,)?\s*$"
        ),
    ),
    (
        "mean-difference",
        re.compile(
            r"(?:\b(?:S|W)?MDs?\b|(?i:(?:standardi[sz]ed |weighted )?mean differences?))"
            r"\s*(?:\((?:S|W)?MD\))?\s*(?:of|was|=|:|,)?\s*$"
        ),
    ),
]
# What each pattern above cannot match without (a necessary substring), tested first
# because a search anchored at the end of the text tries every start position.
_BEFORE_CUES = {
    "p-value": lambda text, lower: any(sign in text for sign in "<>=≤≥&"),
    "sample-size": lambda text, lower: "=" in text,
    "hazard-ratio": lambda text, lower: "hr" in lower or "hazard" in lower,
    "odds-ratio": lambda text, lower: "OR" in text or "odds" in lower,
    "risk-ratio": lambda text, lower: "RR" in text or "risk" in lower or "rate" in lower,
    "mean-difference": lambda text, lower: "MD" in text or "mean diff" in lower,
}
# Numbers that name things rather than measure them: "type 2 diabetes", "phase 3", "Figure 2",
# and the numbered molecules ("sodium-glucose cotransporter 2", "interleukin 6", "SGLT 2").
_LABEL_BEFORE = re.compile(
    r"\b(?:type|stage|grade|phase|class|generation|version|step|tier|figure|fig\.|table|"
    r"chapter|section|model|level|category|group|arm|trial|study|question|item|part|"
    r"appendix|supplement|ref\.|reference|no\.|number|covid|gen|wave|"
    r"(?:co)?transporter|interleukin|peptidase|kinase|receptor|sglt|dpp|il|[a-z]{2}-rads)\s*$",
    re.IGNORECASE,
)
# "1 in 4 patients": the 4 is a natural frequency (25%), the 1 no measurement of its own.
_ONE_IN_BEFORE = re.compile(r"\b(?:1|one|One)\s+(?:in|out of)\s+$")
_PARTS_IN_BEFORE = re.compile(r"(?<![\d.,])[2-9]\s+(?:in|out of)\s+$")
# Not "stage 2 in 45%": a share in percent after "in" is the figure, the 2 a label's.
_ONE_IN_AFTER = re.compile(r"^\s+(?:in|out of)\s+\d+(?:[.,]\d+)?(?![\d.,]|\s*%)")
# The last letters of the label words above: a cheap test before the costly search.
_LABEL_ENDINGS = frozenset("esnpr.lymtxd")


def _could_label(lower: str) -> bool:
    tail = lower.rstrip()
    return bool(tail) and tail[-1] in _LABEL_ENDINGS


# An age is a number without a unit to compare: "aged 80 or older" meets "80 years or older".
# Also the upper end of an age range: the 11 of "aged 6 to 11 years".
# "The median age at diagnosis was 66 years": an age said with its verb is an age too, as the
# abstract's "a median age of 66 years at diagnosis" is (user28a P1-6).
_AGE_BEFORE = re.compile(
    r"\b(?:aged?|ages)\s*(?:of\s*|between\s*|(?:at\s+[a-z]+\s+)?(?:was|were|is)\s+)?"
    r"(?:[<>≥≤]|&[lg]t;)?\s*=?\s*(?:\d+(?:\.\d+)?\s*(?:to|-|and)\s*)?$",
    re.I,
)
_AGE_AFTER = re.compile(
    r"^\s*-?\s*(?:years?|yrs?)(?:\s+(?:or|and)\s+(?:older|over|above|younger)|\s+of\s+age|"
    r"-?\s*old\b)",
    re.IGNORECASE,
)
_CI_LEVEL_BEFORE = re.compile(r"\b(?:IC|CI)\s*(?:del\s*)?$")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
PERCENT_AFTER = _AFTER_RULES[1][1]
DOSE_AFTER = _AFTER_RULES[2][1]
DURATION_AFTER = _AFTER_RULES[3][1]
# "10-20 mg", "1.1 vs 2.8 mL": the first number of a range or comparison takes the unit.
# "-2.01, -2.24, and -2.30 percentage points", "5, 10, or 15 mg": a list takes its last unit.
RANGE_AFTER = re.compile(
    rf"^(?:\s*,\s*-?{NUMBER})*\s*,?\s*(?:-|to|and|or|vs\.?|versus)\s*-?{NUMBER}"
)


# A clock time or a date, as a care plan or a note writes them: "06:00", "03/03",
# "02/03/2025". A patient's timeline, never a figure of the cited paper (user26 P1-6). A
# ratio or a count keeps its shape: "1:10", "3/10", "12/40" (no zero, no year).
_DATE_OR_TIME = LazyPattern(
    r"(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|"
    r"\d{1,2}/\d{1,2}/(?:(?:19|20)\d{2}|\d{2})|"
    r"0\d/(?:\d{1,2}|(?:19|20)\d{2})|\d{1,2}/0\d"
)
_DATE_MARKS = (":", "/")
_DATE_CHARACTERS = frozenset("0123456789:/")


def _in_date_or_time(plain: str, start: int, end: int) -> bool:
    """Whether the number at ``plain[start:end]`` is part of a clock time or a date."""
    first, last = start, end
    while first > 0 and plain[first - 1] in _DATE_CHARACTERS and start - first < 6:
        first -= 1
    while last < len(plain) and plain[last] in _DATE_CHARACTERS and last - end < 8:
        last += 1
    return _DATE_OR_TIME.fullmatch(plain[first:last].strip(":/")) is not None


def _measured(after: str) -> bool:
    """Whether a number is followed by a unit of time or of dose."""
    return bool(DURATION_AFTER.match(after) or DOSE_AFTER.match(after))


def _is_round_denominator(digits: str) -> bool:
    """Whether ``digits`` is 100, 1000, 10,000 ...: the "per 100" of a rate's unit."""
    whole = digits.replace(",", "")
    return whole.isdigit() and len(whole) >= 3 and whole.strip("0") == "1"


def _names_a_label(before: str, lower: str, digits: str) -> bool:
    """Whether a whole number names a thing rather than measures it: a label is small ("type
    2", "level 3"; "level 7.4" is a measurement), or a TIMI study group's number naming its
    trial ("ENGAGE AF-TIMI 48", user32b P1-10), which its abstract often does not spell out."""
    if not digits.isdigit():
        return False
    if before.endswith("TIMI "):
        return True
    return int(digits) <= 20 and _could_label(lower) and _LABEL_BEFORE.search(before) is not None


def number_role(plain: str, start: int, end: int, digits: str) -> str | None:
    """The role of the number at ``plain[start:end]``; None for things that are not numbers."""
    after = plain[end : end + 60]
    before = plain[max(0, start - 40) : start]
    if (after[:1] in _DATE_MARKS or before[-1:] in _DATE_MARKS) and _in_date_or_time(
        plain, start, end
    ):
        return None
    if _ORDINAL_AFTER.match(after):
        return None
    if before[-4:].lower() == "per " and _is_round_denominator(digits):
        return None  # "1.5 events per 100 patient-years": the rate's unit (user32b P1-11)
    if after[:2].lstrip().startswith("%") and _CI_LEVEL_BEFORE.search(before):
        return "ci-level"  # "IC 95 %", "CI 95%"
    # "1 in 4 patients" is a share; "fell to 1 in 6 weeks" a value and a duration.
    one_in = _ONE_IN_AFTER.match(after) if len(digits) == 1 and digits != "0" else None
    if one_in and not _measured(after[one_in.end() :]):
        return None
    if before.endswith(" ") and not _measured(after) and not after.lstrip().startswith("%"):
        if _ONE_IN_BEFORE.search(before):
            return "one-in"
        if _PARTS_IN_BEFORE.search(before):
            return None  # "2 in 5": a share the claim rounds to fifths, left unchecked
    glued_letter = after[:1].isalpha()
    if glued_letter and is_thousands_glued(plain, end):
        # "12k patients": the role of "12 patients"
        return number_role(plain, start, end + 1, digits)
    if glued_letter and not (DOSE_AFTER.match(after) or DURATION_AFTER.match(after)):
        return None  # "3a", "5HT": part of a name rather than a measurement
    lower = before.lower()
    if _names_a_label(before, lower, digits):
        return "label"
    # In a range ("10-20 mg") the first number takes the unit of the second.
    range_match = RANGE_AFTER.match(after)
    unit_context = after[range_match.end() :] if range_match else after
    # "at 60 months of age was 13.7%": a value written with "%" is a percentage, whatever
    # age the words before it name (user32b P1-9).
    if (
        ("age" in lower and _AGE_BEFORE.search(before)) or _AGE_AFTER.match(unit_context)
    ) and not PERCENT_AFTER.match(after):
        return "age"
    for role, pattern in _AFTER_RULES:
        if pattern.match(after) or (role != "ci-level" and pattern.match(unit_context)):
            return role
    for role, pattern in _BEFORE_RULES:
        # Each pattern needs its cue word or sign; without it the costly search is skipped.
        if _BEFORE_CUES[role](before, lower) and pattern.search(before):
            return role
    if "." not in digits and "," not in digits and 1900 <= int(digits) <= 2100:
        return "year"
    if is_tooth_number(before, lower, after, digits):
        return "label"  # "tooth 36", "#19 or #30": a tooth's name, no measurement
    return "plain"
