"""A laboratory test named right before its value: "Na 128 [135-145]", "ALT 120 [7-56]",
"WBC 0.3 [4-11]", "ferritin 900 µg/L [15-50]". Brackets after such a value, holding a
rising range the value lies outside, are the test's reference range, whatever the page's
list holds or whether it has one: prose names no test straight before a number it cites
after ("in 120 patients [7-9]", "(n = 45) [15-20]", "a sodium below 115 mmol/L [12-14]").

Told from the few words before the brackets, with no pattern: a short window, linear.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import YEAR, words
from citelint.read.lab_flags import without_flags, without_glued_flag

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
        " transferrin phosphate magnesium calcium triglycerides cholesterol osmolality"
    )
)
# Tests named in two words, in any case: "uric acid", "Vitamin D", "alkaline phosphatase".
_TWO_WORD_NAMES = frozenset(
    (first, second)
    for first, second in (
        name.split()
        for name in (
            "uric acid,lactic acid,folic acid,bile acids,vitamin D,vitamin B12,anion gap,"
            "base excess,creatine kinase,alkaline phosphatase,prothrombin time,troponin I,"
            "troponin T,free T4,free T3,total protein,ionized calcium,ionised calcium"
        )
        .lower()
        .split(",")
    )
)
# Words that name where or how a test was measured before its name: "serum sodium", "total
# bilirubin", "corrected calcium".
_QUALIFIERS = frozenset(
    words("serum plasma urine urinary total free direct indirect ionized ionised corrected")
)
# How far before the brackets the name, its value and its unit may begin.
_REACH = 48
# The longest value: "123456.123".
_LONGEST_VALUE = 10


def named_test_range(text: str, start: int, low: float, high: float, trend: bool = False) -> bool:
    """Whether brackets opening at ``start`` holding the range ``low``-``high`` follow a
    value outside it that a test's name stands right before ("Na 128 mmol/L [135-145]",
    "WBC 0.3 [4-11]"): a laboratory reference range, not a citation. With ``trend``, earlier
    values may stand between the name and the value ("HCO3 14 -> 18 [22-29]")."""
    if not low < high or few_whole_numbers(low, high):
        return False
    tokens = _tokens_before(text, start)  # "131 mmol/L [L] [133-146]", "| Hb | 9.1 L | [13-17]"
    # The value and, perhaps, its unit ("900 µg/L", "45 x10^3/uL"): no percentage ("SpO2
    # 88% [94-98]" is left to the ranges' other signs), no dose or time ("40 mg", "20 min"),
    # no count ("120 patients").
    unit = len(tokens) >= 3 and _is_value(tokens[-2]) and _is_unit(tokens[-1])
    if unit:
        names, value = _names_before(tokens[:-2], trend), without_glued_flag(tokens[-2])
    elif len(tokens) >= 2 and _is_value(tokens[-1]):
        names, value = _names_before(tokens[:-1], trend), without_glued_flag(tokens[-1])
    else:
        return False
    if names and _is_aside(names[-1]):
        names = names[:-1]  # "Uric acid (repeat) 9 [3-7]": the test is named before it
    names = names[-3:]
    if not names:
        return False  # "(fasting) 9 [30-70]": no test is named
    number = float(value)
    if YEAR.fullmatch(value) or (low <= number <= high and not unit):
        return False  # "in 2019 [7-12]"; inside, an interval around it (see is_interval)
    # Inside the range with its unit between them ("Na 136 mmol/L [135-145]", the commonest
    # line of a note: user20), the value is normal: no interval is printed after a unit.
    return is_test_name(names[-1]) or (len(names) >= 2 and _is_two_word_name(*names[-2:]))


def _tokens_before(text: str, start: int) -> list[str]:
    """The words within reach before brackets opening at ``start``, without a table's cell
    borders ("| Hb | 9.1 L | [13-17] g/dL |" is a row of a test, its value and its range) and
    the flags after the value; none where no space stands right before the brackets."""
    window = text[max(0, start - _REACH) : start]
    if not window[-1:].isspace():
        return []
    words = window.split()
    return without_flags([word for word in words if word != "|"] if "|" in words else words)


# What a note sets between a test's earlier values and today's: "HCO3 14 -> 18 [22-29]".
_TREND_ARROWS = frozenset(("->", "→", "-->", "=>", ">", "⟶", "↗", "↘"))
# Earlier values a trend may give before the last one (columns "Admission  Day 2  Today").
_MOST_EARLIER_VALUES = 3


def _names_before(tokens: list[str], trend: bool) -> list[str]:
    """The last four words before a value, passing over a trend's earlier values if asked."""
    return (_before_trend(tokens) if trend else tokens)[-4:]


def _before_trend(tokens: list[str]) -> list[str]:
    """The words before a test's earlier values, where a note gives its trend before the value
    the range follows ("Bicarbonate  14  18  [22-29]" in an "Admission / Today / Ref" table,
    "HCO3 14 -> 18 [22-29]"): the test is named before the first value, not the last (user28a
    P1-1). Words that are no values or arrows stay as they are ("fell from 140 to 128")."""
    end = len(tokens)
    values = 0
    while end and values < _MOST_EARLIER_VALUES:
        token = tokens[end - 1]
        if token in _TREND_ARROWS:
            end -= 1
        elif _is_value(token):
            end -= 1
            values += 1
        else:
            break
    return tokens[:end] if values else tokens


def _is_aside(token: str) -> bool:
    """Whether a token is a word in parentheses a print-out sets between a test's name and
    its value: "(repeat)", "(fasting)", "(POC)" (labs18: "Uric acid (repeat) 9 [3-7]" cited)."""
    return len(token) > 2 and token[0] == "(" and token[-1] == ")" and token[1:-1].isalpha()


def _is_two_word_name(first: str, second: str) -> bool:
    """Whether two tokens before a value name a test: "uric acid", "(Vitamin D", "serum
    sodium", "total bilirubin:"; not "the potassium" or "in sodium"."""
    first, second = first.lstrip("(").lower(), second.rstrip(":").lower()
    return (first, second) in _TWO_WORD_NAMES or (first in _QUALIFIERS and second in _NAMES)


def _is_value(token: str) -> bool:
    """Whether a token is a plain number, perhaps with the flag a print-out glues to it:
    "128", "0.3", "131*", "5.9H" (ehr19); not "<5", "45%", "1,205", "2019a"."""
    token = without_glued_flag(token)
    whole, stop, decimals = token.partition(".")
    return (
        len(token) <= _LONGEST_VALUE
        and token.isascii()
        and whole.isdigit()
        and (decimals.isdigit() if stop else True)
    )


def _is_unit(token: str) -> bool:
    """Whether a token is a laboratory's unit: a count or a mass per volume ("mmol/L",
    "µg/L", "U/L", "x10^3/uL"), or a power of ten ("×10⁹/L")."""
    if token.startswith(("×10", "x10")):
        return True
    numerator, slash, denominator = token.rpartition("/")
    return (
        bool(slash)
        and 0 < len(denominator) <= 3
        and denominator.isalpha()
        and len(numerator) <= 5
        and numerator.isalpha()
    )


def few_whole_numbers(low: float, high: float) -> bool:
    """Whether a range names a handful of whole numbers, as prose's citations after a value
    do ("CK 3 [7-9] times the limit", "the potassium 40 [7-9] trial", "a target INR 2.5
    [12-14]"): a test's range of whole numbers spans more ("Hgb 7 [12-16]", "ALT 120
    [7-56]")."""
    return low.is_integer() and high.is_integer() and high - low < _FEWEST_SPAN


# The least span of a range of whole numbers, as tests' ranges are.
_FEWEST_SPAN = 4


def is_test_name(token: str) -> bool:
    """Whether the token before a value names a test: "Na", "(ALT", "WBC:", "ferritin", or
    a token shaped as an analyte's name (see ``_lab_like``): "IL-6", "CD4", "PTH", "anti-Xa"."""
    word = token.lstrip("(").rstrip(":")
    return word in _ABBREVIATIONS or word.lower() in _NAMES or _lab_like(word)


# Tokens shaped as an analyte's name that name something else before a number: a statistic
# ("HR 0.8", "OR 2.1", "NNT 25"), a score or scale ("NIHSS 15", "PHQ-9 12", "mRS 4"), a
# virus or a disease ("HIV 1", "COVID-19"), a currency.
_NOT_ANALYTES = frozenset(
    words(
        "HR aHR OR aOR RR aRR IRR RRR ARR NNT NNH CI SD SE SEM SMD WMD MD IQR AUC ROC RCT RCTs"
        " VAS NRS GCS NIHSS MMSE MoCA SOFA qSOFA APACHE EDSS ECOG NYHA KPS mRS HAS-BLED"
        " CHA2DS2-VASc PHQ-9 PHQ-2 GAD-7 MELD CURB-65 QALY QALYs DALY HIV HIV-1 HIV-2 COVID-19"
        " SARS-CoV-2 USD EUR GBP US UK EU ICU ED MI CKD BP DBP SBP MAP HbA1C"
    )
)
# Scores and scales among them, which have no reference range: brackets after their value
# past a list's end are a citation, as they are before it (labs18: "NIHSS 15 [20-25]" after a
# list of 12 was a range, a citation after a list of 50). A score a note may print with its
# normal span (MMSE, MoCA, GCS, KPS, MELD) is none of them.
_SCORES = frozenset(
    words(
        "VAS NRS NIHSS SOFA qSOFA APACHE EDSS ECOG NYHA mRS HAS-BLED CHA2DS2-VASc PHQ-9 PHQ-2"
        " GAD-7 CURB-65"
    )
)


def is_score(token: str) -> bool:
    """Whether the token before a value names a score with no reference range: "NIHSS",
    "(mRS", "SOFA:"."""
    return token.lstrip("(").rstrip(":") in _SCORES


# Lower-case words a number names with a hyphen: "type-2", "day-7"; no analyte.
_NOT_ANALYTE_WORDS = frozenset(
    words("type phase stage grade class day week month year step level covid sars cov")
)


def _lab_like(word: str) -> bool:
    """Whether a token is shaped as an analyte's name, as notes print the tests no lexicon
    lists: two capitals or more ("PTH", "MCV", "IgG", "NT-proBNP"), a capital and digits
    ("C3", "CD4", "IL-6", "B12"), an antibody or an anti-factor level ("anti-Xa",
    "anti-CCP") or a named molecule with its number ("interleukin-6"); not a statistic, a
    score or a disease's name (``_NOT_ANALYTES``)."""
    if not 2 <= len(word) <= 16 or word in _NOT_ANALYTES or not word.isascii():
        return False
    if word.startswith("anti-"):
        return any(map(str.isupper, word[5:]))
    stem, hyphen, number = word.partition("-")
    if stem.islower():
        # "interleukin-6": a name of its own and a number; "type-2", "day-7" are none.
        return (
            bool(hyphen)
            and number.isdigit()
            and len(stem) >= 6
            and stem not in (_NOT_ANALYTE_WORDS)
        )
    if not word.replace("-", "").isalnum() or not word[0].isalpha():
        return False
    capitals = sum(map(str.isupper, word))
    return capitals >= 2 or (capitals == 1 and word[0].isupper() and word[-1].isdigit())


# A unit a laboratory or a bedside chart prints after a reference range: a count, a mass or
# an osmolality per volume ("mmol/L", "ng/ml", "mOsm/kg", "x10^9/L", "/uL"), a rate ("bpm",
# "/min", "L/min", "mm/h"), a pressure ("mmHg", "kPa"), a time ("ms", "sec"), a volume or a
# mass of a cell ("fL", "pg"), a share, a temperature. No dose or weight alone ("mg", "kg"):
# "aspirin 75 [7-9] mg" reads as nothing here.
_UNIT_AFTER_RANGE = LazyPattern(
    r" ?(?:[×x] ?10"
    r"|(?:[mµμunpf]?(?:g|mol|Eq|Osm|L|l)|m?IU|U|cells|copies|beats|breaths|mm|mL|ml)"
    r"/(?:[dmµμun]?[lL]|kg|g|min|h|hr|24 ?h|m?mol|mm[3³]|m[2²]|1\.73)"
    r"|/(?:min|h|hr|[µμun]?[lL]|mm[3³]|HPF|hpf)"
    r"|%|mmHg|kPa|bpm|ms|sec|fL|fl|pg|mEq|mOsm|°C|°F)(?![^\W_])"
)
# Words that put a count, a change or a threshold before a number, not a test's name: "fell
# by 12 [7-9] bpm" would cite, if anyone wrote it.
_PROSE_BEFORE = frozenset(
    words(
        "by in of among across than below above over under to at with for from after within"
        " about around approximately nearly vs versus n = < > ≤ ≥ table figure fig"
    )
)


def unit_after_range(text: str, start: int, end: int, low: float, high: float) -> bool:
    """Whether brackets from ``start`` to ``end`` holding the rising range ``low``-``high``
    sit between a value outside it and a laboratory's or a vital sign's unit ("Osmolality
    262 [275-295] mOsm/kg", "HR 112 [60-100] bpm", "RR 24 [12-20] /min"): a reference
    range, whatever names the value, on a page with a list or without one. A citation
    follows a number ("in 120 patients [7-9]", "aspirin 75 mg [7-9].", "by 40% [12-14].")
    but no unit follows the citation."""
    if not low < high or _UNIT_AFTER_RANGE.match(text, end) is None:
        return False
    tokens = _tokens_before(text, start)  # "131 mmol/L [L] [133-146]", "128 (L)"
    if not tokens or not _is_value(tokens[-1]):
        return False
    value = without_glued_flag(tokens[-1])
    if low <= float(value) <= high or YEAR.fullmatch(value):
        return False  # inside: an interval around it (see is_interval); "in 2019 [7-12] %"
    before = tokens[-2].strip("(,;:").lower() if len(tokens) >= 2 else ""
    return before not in _PROSE_BEFORE and before[-1:] not in ("=", "<", ">", "≤", "≥")


# The words prose puts before a count or a share that a citation follows ("fell by 30%
# [41-42]", "Across 6 RCTs [43-45]", "in 12 trials"); a laboratory value follows its test's
# name ("Na 131", "sodium was 131", "Alkaline phosphatase 180"), whatever the test.
_PROSE_BEFORE_VALUE = frozenset({"by", "across", "in", "among", "than"})


def _after_prose_word(before: str) -> bool:
    """Whether the text before a value ends in a word that puts a count, not a test, there."""
    words = before.rsplit(None, 1)[-1:]
    return bool(words) and words[0].strip("(,;").lower() in _PROSE_BEFORE_VALUE


def cites_after_prose(
    text: str, start: int, bounds: tuple[float, float], unit_after: bool, listed: bool
) -> bool:
    """Whether brackets after a value at ``start`` are a citation whatever else they are:
    without a unit after them, their bounds a list ("fell by 30% [41, 42]") or a count put
    there by prose ("Across 6 RCTs [43-45]"); with a unit, prose's count and a handful of
    whole numbers (labs18: "Heart rate fell by 12 [7-9] bpm" was a range after a list, a
    citation without one); "Platelets fell by 50 [150-400] x10^9/L" spans a test's range."""
    prose = _after_prose_word(text[max(0, start - 30) : start])
    if unit_after:
        return prose and few_whole_numbers(*bounds)
    return listed or prose
