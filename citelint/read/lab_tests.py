"""A laboratory test named right before its value: "Na 128 [135-145]", "ALT 120 [7-56]",
"WBC 0.3 [4-11]", "ferritin 900 µg/L [15-50]". Brackets after such a value, holding a
rising range the value lies outside, are the test's reference range, whatever the page's
list holds or whether it has one: prose names no test straight before a number it cites
after ("in 120 patients [7-9]", "(n = 45) [15-20]", "a sodium below 115 mmol/L [12-14]").

Every pattern here is anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import YEAR, words

# Tests as notes abbreviate them, in their own case: "Na", "K", "Hb", "Plt" (so that "ca"
# for circa, "Mg" beside "mg" or "PT" for physiotherapy name no test here).
_ABBREVIATIONS = frozenset(
    words(
        "Na K Cl HCO3 BUN Cr Hb Hgb HGB Plt PLT WBC ANC INR APTT aPTT CRP ESR PCT ALT AST"
        " ALP GGT LDH CK CPK TSH fT4 FT4 BNP NT-proBNP HbA1c pH pCO2 PaCO2 pO2 PaO2 eGFR"
        " SpO2 Lac Bili"
    )
)
# Tests named in words, in any case: "sodium", "Platelets", "Ferritin".
_NAMES = frozenset(
    words(
        "sodium potassium chloride bicarbonate urea creatinine glucose albumin bilirubin"
        " ferritin haemoglobin hemoglobin platelets neutrophils lymphocytes leukocytes"
        " lactate troponin procalcitonin lipase amylase ammonia fibrinogen d-dimer"
        " transferrin phosphate magnesium calcium triglycerides cholesterol"
    )
)
# The value and, perhaps, its unit ("900 µg/L", "45 x10^3/uL"), ending where the brackets
# open: no percentage ("SpO2 88% [94-98]" is left to the ranges' other signs), no dose or
# time ("40 mg", "20 min").
# After no sign of a threshold ("> 10000", "≤ 4"): those out of a class, as a class holding
# characters above U+00FF builds a table of every character.
_VALUE = LazyPattern(
    r"(?<![\w.,<>=])(?<!≤)(?<!≥)(\d{1,6}(?:\.\d{1,3})?)"
    r"(?:[ \t]{1,12}(\S{1,12}))?[ \t]{1,16}\Z"
)
_UNIT = LazyPattern(r"(?:[×x]10\S{0,6}|[^\W\d_]{1,5})?/[^\W\d_]{1,3}|[×x]10\S{0,6}")
# The test's name before its value: a word and perhaps a colon ("Na: 128", "(ALT 120").
_NAME_BEFORE = LazyPattern(r"(?:^|(?<=[\s(,;]))([^\W\d_][\w-]{0,9})(?::|\s?=)?[ \t]{1,12}\Z")
# How far before the brackets the name and its value may begin.
_REACH = 48


def named_test_range(text: str, start: int, low: float, high: float) -> bool:
    """Whether brackets opening at ``start`` holding the range ``low``-``high`` follow a
    value outside it that a test's name stands right before ("Na 128 mmol/L [135-145]",
    "WBC 0.3 [4-11]"): a laboratory reference range, not a citation."""
    if not low < high:
        return False
    value = _VALUE.search(text, max(0, start - _REACH), start)
    if value is None or YEAR.fullmatch(value[1]):
        return False
    if value[2] is not None and _UNIT.fullmatch(value[2]) is None:
        return False  # "120 patients", "40 mg", "45%": no laboratory unit
    number = float(value[1])
    if low <= number <= high:
        return False  # inside: an interval around it (see is_interval)
    if _few_whole_numbers(low, high):
        return False
    return _is_test_name(_NAME_BEFORE.search(text, max(0, value.start() - 24), value.start()))


def _few_whole_numbers(low: float, high: float) -> bool:
    """Whether a range names a handful of whole numbers, as prose's citations after a value
    do ("CK 3 [7-9] times the limit", "the potassium 40 [7-9] trial", "a target INR 2.5
    [12-14]"): a test's range of whole numbers spans more ("Hgb 7 [12-16]", "ALT 120
    [7-56]")."""
    return low.is_integer() and high.is_integer() and high - low < _FEWEST_SPAN


# The least span of a range of whole numbers after a whole value, as tests' ranges are.
_FEWEST_SPAN = 4


def _is_test_name(name: re.Match[str] | None) -> bool:
    if name is None:
        return False
    word = name[1]
    return word in _ABBREVIATIONS or word.lower() in _NAMES
