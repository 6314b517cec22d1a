"""Numbers in claims and abstracts: find them, give each its role, and compare them.

Text is first normalised one character for one character (unicode minus and dashes become
"-", a Lancet-style "·" between digits becomes ".", thin and no-break spaces become " "), so
offsets found in the normalised text are offsets in the original text too.
"""

from __future__ import annotations

import re

from citelint.support.quantity import Quantity
from citelint.support.wording import (
    LOCALE_CUE,
    ROUNDED_ROLES,
    approximation,
    claimed_bound,
    direction_of_change,
    is_difference,
    is_multiple,
    is_needed_to_treat,
    is_thousands_glued,
    range_other_end,
    scale_after,
    written_by_locale,
)

# Every character here is replaced by one character, which keeps offsets valid.
_SAME_LENGTH = str.maketrans(
    {
        "\u2212": "-",  # minus sign
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\ufe63": "-",
        "\uff0d": "-",
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u200a": " ",  # hair space
        "\uff1c": "<",
        "\uff1e": ">",
        "\u2264": "≤",
        "\u2265": "≥",
    }
)
# Any character the two steps below replace: most texts have none, and are left alone.
_ODD = re.compile("[" + "".join(chr(c) for c in _SAME_LENGTH) + "\u00b7\u22c5\u2219]")
# Lancet and BMJ print decimals with a raised dot: 2·5 means 2.5.
_RAISED_DOT = re.compile(r"(?<=\d)[\u00b7\u22c5\u2219](?=\d)")
# A thin space between digit groups is a thousands separator: 12 345 means 12345.
_THIN_GROUP = re.compile(r"(?<=\d)[\u2009\u202f](?=\d{3}(?!\d))")

_NUMBER = r"(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)"
# A leading "-" is a sign only where it cannot be a range dash or part of a name (IL-6).
_TOKEN = re.compile(
    rf"(?=[-.\d])(?<![\w.,])(?<![A-Za-z]-)(?P<sign>(?<![\w)\]])-(?=\d))?(?P<num>{_NUMBER})"
)
_CI = re.compile(
    rf"(?=[Cc])(?:\bCI|confidence interval)s?\s*[:=,]?\s*(?:was|of|from)?\s*[\[(]?\s*"
    rf"(?P<a>-?{_NUMBER})\s*%?\s*(?:,|;|to|-)\s*(?P<b>-?{_NUMBER})",
    re.IGNORECASE,
)
_PLUS_MINUS = re.compile(rf"(?=[-.\d])(?P<a>-?{_NUMBER})\s*(?:±|\+/-|\+-)\s*(?P<b>{_NUMBER})")

_UNIT_DOSE = (
    r"mg/kg|mg/m2|mg/d|mg/day|mg|µg|μg|mcg|ng|g/d|g|kg|ml|mL|l\b|IU|units?|U\b|mmol|mEq|Gy|"
    r"mSv|cGy|Hz|kHz|mA|V\b|mmHg|mm Hg"
)
# "N = 4744 HR 0.74": a hazard ratio's "HR" before its value is no unit of hours (user19).
_NOT_A_RATIO = r"(?!(?-i:HR)\b\s*[:=,]?\s*\(?\d)"
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
            rf"^\s*-?\s*{_NOT_A_RATIO}(?:years?|yrs?|months?|mo\b|weeks?|wks?|days?|hours?|hrs?|"
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
    r"(?:co)?transporter|interleukin|peptidase|kinase|receptor|sglt|dpp|il)\s*$",
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


_TIME_UNIT = re.compile(
    rf"^\s*-?\s*{_NOT_A_RATIO}(years?|yrs?|months?|mo\b|weeks?|wks?|days?|hours?|hrs?|h\b|"
    r"minutes?|mins?)",
    re.IGNORECASE,
)
# Keyed by the unit's first two letters: years, months, weeks, days, hours, minutes.
_DAYS = {
    "ye": 365.25,
    "yr": 365.25,
    "mo": 30.4375,
    "we": 7.0,
    "wk": 7.0,
    "da": 1.0,
    "ho": 1 / 24,
    "hr": 1 / 24,
    "h": 1 / 24,
    "mi": 1 / 1440,
}
# An age is a number without a unit to compare: "aged 80 or older" meets "80 years or older".
# Also the upper end of an age range: the 11 of "aged 6 to 11 years".
_AGE_BEFORE = re.compile(
    r"\b(?:aged?|ages)\s*(?:of\s*|between\s*)?(?:[<>≥≤]|&[lg]t;)?\s*=?\s*"
    r"(?:\d+(?:\.\d+)?\s*(?:to|-|and)\s*)?$",
    re.I,
)
_AGE_AFTER = re.compile(
    r"^\s*-?\s*(?:years?|yrs?)(?:\s+(?:or|and)\s+(?:older|over|above|younger)|\s+of\s+age|"
    r"-?\s*old\b)",
    re.IGNORECASE,
)
# Roles whose figure a claim may give as a bound ("under 20%") or a range ("37-40%").
_BOUNDED_ROLES = frozenset({"percent", "plain", "sample-size", "dose"})
_UPPER_BOUND = re.compile(r"(?:<|≤|&lt;)\s*=?\s*$")
_CI_LEVEL_BEFORE = re.compile(r"\b(?:IC|CI)\s*(?:del\s*)?$")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_DOSE_AFTER = _AFTER_RULES[2][1]
_DURATION_AFTER = _AFTER_RULES[3][1]
# "10-20 mg", "1.1 vs 2.8 mL": the first number of a range or comparison takes the unit.
# "-2.01, -2.24, and -2.30 percentage points", "5, 10, or 15 mg": a list takes its last unit.
_RANGE_AFTER = re.compile(
    rf"^(?:\s*,\s*-?{_NUMBER})*\s*,?\s*(?:-|to|and|or|vs\.?|versus)\s*-?{_NUMBER}"
)


# Roles of numbers that are not worth checking against a source.
UNCHECKED_ROLES = frozenset({"ci-level", "year", "label"})


def normalise(text: str) -> str:
    """The text with unicode minus, dashes, raised dots and odd spaces made plain.

    Every character stays in place, so offsets into the result are offsets into ``text``; a
    thin space between digit groups becomes a comma ("12 345" reads "12,345").
    """
    return _normalise_keep_length(text)


def _normalise_keep_length(text: str) -> str:
    if text.isascii() or not _ODD.search(text):
        return text  # nothing to replace
    text = _RAISED_DOT.sub(".", text)
    # A thousands thin space becomes a comma, so "12 345" reads as 12,345 at the same length.
    text = _THIN_GROUP.sub(",", text)
    return text.translate(_SAME_LENGTH)


def _value(sign: str, digits: str) -> float:
    number = float(digits.replace(",", ""))
    return -number if sign else number


def extract_numbers(text: str) -> list[Quantity]:
    """Every number in ``text`` that a claim could state, with its role, in text order.

    Years (1900-2100 without a unit), ordinals, the "95" of "95% CI" and numbers that label
    things ("type 2", "phase 3", "IL-6") are left out: they are not measurements to check.
    """
    plain = _normalise_keep_length(text)
    if LOCALE_CUE.search(plain):
        plain = written_by_locale(plain)
    quantities = _all_quantities(text, plain, claim=True)
    return [q for q in quantities if q.role not in UNCHECKED_ROLES]


def _all_quantities(
    text: str,
    plain: str | None = None,
    tokens: list[re.Match[str]] | None = None,
    claim: bool = False,
) -> list[Quantity]:
    """Every number of ``text`` with its role; ``plain`` and ``tokens`` when already made."""
    if plain is None:
        plain = _normalise_keep_length(text)
    if tokens is None:
        tokens = list(_TOKEN.finditer(plain))
    found: dict[int, Quantity] = {}
    for match in _CI.finditer(plain):
        for group in ("a", "b"):
            start, end = match.span(group)
            raw = text[start:end]
            found[start] = Quantity(_parse(match.group(group)), "ci", raw, start, end)
    for match in _PLUS_MINUS.finditer(plain) if "±" in plain or "+" in plain else ():
        for group in ("a", "b"):
            start, end = match.span(group)
            if start not in found:
                value = _parse(match.group(group))
                found[start] = Quantity(value, "mean-sd", text[start:end], start, end)
    for match in tokens:
        start, end = match.span()
        if start in found or (match.group("sign") and start + 1 in found):
            continue
        role = _role(plain, start, end, match.group("num"))
        if role is not None:
            found[start] = _quantity(text, plain, match, role, claim)
    return [found[key] for key in sorted(found)]


def _quantity(
    text: str, plain: str, match: re.Match[str], role: str, claim: bool = False
) -> Quantity:
    """The number ``match`` found, of ``role``, with what the words around it add; whether it
    is a difference, a round figure and which way it went only for a ``claim`` (a source
    states figures; its differences are the pairs ``sources`` compares)."""
    start, end = match.span()
    value = _value(match.group("sign") or "", match.group("num"))
    bounded = claim and role in _BOUNDED_ROLES
    if role == "p-value":
        bound = "<" if _UPPER_BOUND.search(plain[max(0, start - 12) : start]) else ""
    else:
        bound = claimed_bound(plain, start) if bounded else ""
    unit = _unit_days(plain[end : end + 40]) if role == "duration" else 0.0
    difference = claim and is_difference(plain, start, end, role)
    hedge = approximation(plain, start) if claim and role in ROUNDED_ROLES else ""
    direction = direction_of_change(plain, start, end) if claim and role == "percent" else ""
    raw = text[start:end]
    return Quantity(
        value,
        role,
        raw,
        start,
        end,
        bound,
        unit,
        difference,
        bool(hedge),
        direction,
        hedge == "below",
        claim and role == "plain" and is_multiple(plain, end),
        claim and role in ("plain", "sample-size") and is_needed_to_treat(plain, start, end),
        scale_after(plain, end) if role in ("plain", "sample-size") else 1.0,
        range_other_end(plain, start, end) if bounded else None,
    )


def _unit_days(after: str) -> float:
    """Days in the time unit that follows a number, also across a range ("6-12 months")."""
    range_match = _RANGE_AFTER.match(after)
    match = _TIME_UNIT.match(after[range_match.end() :] if range_match else after)
    return _DAYS[match.group(1).lower()[:2]] if match else 0.0


def _parse(raw: str) -> float:
    sign = raw.startswith("-")
    return _value("-" if sign else "", raw.lstrip("-"))


def _measured(after: str) -> bool:
    """Whether a number is followed by a unit of time or of dose."""
    return bool(_DURATION_AFTER.match(after) or _DOSE_AFTER.match(after))


def _role(plain: str, start: int, end: int, digits: str) -> str | None:
    """The role of the number at ``plain[start:end]``; None for things that are not numbers."""
    after = plain[end : end + 60]
    before = plain[max(0, start - 40) : start]
    if _ORDINAL_AFTER.match(after):
        return None
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
        return _role(plain, start, end + 1, digits)  # "12k patients": the role of "12 patients"
    if glued_letter and not (_DOSE_AFTER.match(after) or _DURATION_AFTER.match(after)):
        return None  # "3a", "5HT": part of a name rather than a measurement
    # Labels are small whole numbers ("type 2", "level 3"); "level 7.4" is a measurement.
    lower = before.lower()
    if (
        digits.isdigit()
        and int(digits) <= 20
        and _could_label(lower)
        and _LABEL_BEFORE.search(before)
    ):
        return "label"
    # In a range ("10-20 mg") the first number takes the unit of the second.
    range_match = _RANGE_AFTER.match(after)
    unit_context = after[range_match.end() :] if range_match else after
    if ("age" in lower and _AGE_BEFORE.search(before)) or _AGE_AFTER.match(unit_context):
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
    return "plain"


# A mass, amount or activity per volume ("30 µg/L", "1.5 mg/dL", "140 mmol/L", "35 U/L") is a
# concentration measured in the patient, not a dose given: both read as "dose" for matching.
_CONCENTRATION_AFTER = re.compile(
    r"^\s*(?:[mµμunp]?g|mcg|[mµμnp]?mol|mEq|m?IU|U|units?)\s*/\s*(?:[dcmµμ]?[lL]|litre|liter)"
    r"(?![A-Za-z])"
)


def shown_role(text: str, quantity: Quantity) -> str:
    """The kind of number ``quantity`` of ``text`` is, as a reader names it: its role, but a
    concentration where its role is "dose" only because its unit starts with one."""
    if quantity.role != "dose" or text[quantity.start : quantity.end] != quantity.raw:
        return quantity.role
    after = _normalise_keep_length(text[quantity.end :])
    range_match = _RANGE_AFTER.match(after)
    unit = after[range_match.end() :] if range_match else after
    if _CONCENTRATION_AFTER.match(unit):
        return "concentration"
    return quantity.role
