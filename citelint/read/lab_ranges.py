"""Brackets after a value that hold no citation: a laboratory reference range beside it ("Na
131 [135-145] mmol/L"). An interval around the value ("9 [7–11]") is intervals'.

Every pattern here is bounded or anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import YEAR, Found, words
from citelint.read.intervals import BOUNDS
from citelint.read.lab_flags import VALUE_FLAG
from citelint.read.lab_tests import cites_after_prose, is_score, named_test_range, unit_after_range
from citelint.read.printed_ranges import UNIT_AFTER, continues_printed_ranges

# A laboratory value, perhaps with its unit, before its reference range: "Na 131 [135-145]",
# "Plt 95 ×10⁹/L [150-400]", "ferritin 12 µg/L [15-150]"; a print-out sets them in columns
# ("Sodium      131      mmol/L      [135-145]") and flags them: "128 (L)", "412* µmol/L",
# "6.1 ↑", "5.9H"; a table sets the range in a cell of its own ("| Sodium | 128 mmol/L |
# [135-145] |"). The flags are lab_flags' (VALUE_FLAG).
_FLAG = VALUE_FLAG
_LAB_VALUE_BEFORE = LazyPattern(
    rf"(?<![\w.,])(\d{{1,7}}(?:[.,]\d+)?){_FLAG}"
    rf"(?:(?:\s|[ \t]{{0,12}})(?:\S{{0,8}}[/%]\S{{0,8}}|[^\W\d_]{{1,4}}){_FLAG})?"
    r"(?:\s{1,3}|[ \t]{1,16}|[ \t]{0,16}\|[ \t]{0,16})\Z"
)
# A unit of measure after the brackets, its denominator a volume, a mass or a time: what
# brackets with no value before them must be followed by to be a range ("[15-20] mg/L").
_MEASURE_AFTER = LazyPattern(
    r" ?(?:[×x]10|[^\W\d_]{1,5}/(?:[dmµu]?[Ll]|kg|g|h|hr|d|day|min|m2|m²)\b|%|mmHg\b)"
)
# A time after the brackets: "[12-14] hours", "[5-12] years", "[2-4] Tage", "[3-5] días".
_TIME_AFTER = LazyPattern(  # matched after the space: no " ?" hides its first letters
    r"(?:h|hrs?|hours?|min(?:utes?)?|d|days?|weeks?|months?|years?|Stunden|Tage[n]?"
    r"|Wochen|Monate[n]?|Jahre[n]?|horas|días|semanas|meses|años|heures|jours|semaines"
    r"|mois|ans|ore|giorni|settimane|mesi|anni)\b"
)
# The first two letters of the words _TIME_AFTER takes ("h" and "d" alone aside).
_TIME_STARTS = frozenset(words("hr ho he mi mo me da dí we ye St Ta Wo Mo Ja se an añ jo or gi"))


def time_after(text: str, end: int) -> bool:
    """Whether a time follows brackets that end at ``end`` ("[12-14] hours"); the words'
    first letters are looked at before the pattern (most citations end a phrase)."""
    start = text[end + 1 : end + 3]
    return (
        text.startswith(" ", end)
        and (start in _TIME_STARTS or start[:1] in ("h", "d") and start[1:] in _TIME_UNIT_ENDS)
        and _TIME_AFTER.match(text, end + 1) is not None
    )


# What may follow an "h" or a "d" that is a time: "[2-4] h.", "[3-5] d, then"; not "d-dimer"
# or French "d'observation" (review20 B1a).
_TIME_UNIT_ENDS = frozenset(("", " ", ".", ",", ";", ":", ")"))


def _bound_pair(bounds: re.Match[str]) -> tuple[float, float]:
    return float(bounds[1]), float(bounds[2])


def reference_range(
    text: str,
    marker: Found,
    largest: int | None,
    prints_here: Callable[[], bool],
    prints_on_page: Callable[[], bool],
) -> bool:
    """Whether a bracketed range after a value is its laboratory reference range, as notes
    print it ("Na 131 [135-145] mmol/L", "Plt 95 [150-400]"), not a citation: the value lies
    outside it (inside it, _is_interval has judged it), is of the order of its bounds, and
    the range runs past the list's end or a unit follows it. "in 2019 [31-33]" and "a
    cut-off of 10 [11, 12]" still cite. ``prints_here`` and ``prints_on_page`` say whether
    the paragraph or the page prints ranges no citation can be (see prints_ranges): asked
    only when needed, and computed once by the caller, not once per candidate (review20
    F8)."""
    if not marker.raw.startswith("["):
        return False
    bounds = BOUNDS.fullmatch(marker.raw, 1, len(marker.raw) - 1)
    listed = bounds is not None and ("," in bounds[0] or ";" in bounds[0])
    if bounds and not listed and _named_or_measured(text, marker, bounds, largest):
        return True
    if largest is None:
        return False
    if not bounds:
        return _decimal_comma_range(text, marker, largest)
    # A unit after the brackets ("WBC 14 [4-11] ×10⁹/L", "Hb 9 [12-16] g/dL") follows no
    # citation: the range is the value's, whatever entries its numbers would name.
    unit_after = UNIT_AFTER.match(text, marker.end) is not None
    # A time after a range ("trough [12-14] hours", "aged [5-12] years") follows no
    # citation, whatever stands before it.
    if not listed and time_after(text, marker.end):
        return True
    in_list = float(bounds[2]) <= largest and not unit_after
    # A value, a flag, a unit and a flag are four words at most, the last ending as one of
    # them may: most ranges, citations of entries after words or other citations ("[3-5],
    # [7-9]"), fail that; the others are searched from the fourth word back, so the pattern
    # does not try every number of a sentence full of citations.
    near = max(0, marker.start - 50)
    words = text[near : marker.start].rsplit(None, 4)
    if in_list and not _may_end_a_value(words):
        return False
    window = near + len(words[0]) if len(words) == 5 else near
    value = _LAB_VALUE_BEFORE.search(text, window, marker.start)
    if not value:
        # "a target trough of [15-20] mg/L"; "[2-4] ACE/ARB use" names no unit of measure.
        return unit_after and not listed and _MEASURE_AFTER.match(text, marker.end) is not None
    if YEAR.fullmatch(value[1]):
        return False
    low, high = float(bounds[1]), float(bounds[2])
    if cites_after_prose(text, value.start(), (low, high), unit_after, listed):
        return False
    # In a cell of its own, a range of a handful of numbers may be a table's citations
    # ("| 120 | [51-53] |"); a laboratory's spans more ("| 128 | [135-145] |").
    if "|" in value[0] and high - low < _FEWEST_IN_A_CELL:
        return False
    if in_list:
        return _lab_among_labs(text, value, marker, (low, high), prints_here)
    return _far_past_the_list(text, value, (low, high), largest, (prints_here, prints_on_page))


def _named_or_measured(
    text: str, marker: Found, bounds: re.Match[str], largest: int | None
) -> bool:
    """Whether a test named before the value ("Na 128 [135-145]", "WBC 0.3 [4-11]") or a unit
    after the brackets ("Osmolality 262 [275-295] mOsm/kg", "HR 112 [60-100] bpm"), whatever
    names the value, makes them its range: on a page with a list or without one (a note's: no
    CL107 for its ranges)."""
    low, high = _bound_pair(bounds)
    # A trend's earlier values before the value ("Bicarbonate  14  18  [22-29]") are passed
    # over where the brackets cannot cite the list, and on a note's line of values whatever
    # the list holds (review28c P2-3). A review's table of two value columns and a citation
    # column ("| Hb | 10.2 | 12.1 | [13-17] |", cells in tabs, or typed under a "Studies"
    # heading) cites entries 13-17 (review28a).
    trend = largest is None or high > largest or not _in_a_cited_column(text, marker.start)
    return named_test_range(text, marker.start, low, high, trend) or unit_after_range(
        text, marker.start, marker.end, low, high
    )


# The last heading of a typed table's column of citations: "Measure  CKD  Controls  Studies".
_CITATION_HEADINGS = frozenset(
    words("studies study references reference refs citations citation sources source trials")
)
# How many lines of values a typed table's heading may stand above the row.
_ROWS_UNDER_A_HEADING = 8


def _in_a_cited_column(text: str, start: int) -> bool:
    """Whether brackets opening at ``start`` stand in a table's cell, which a review's
    citation column may be: a line with "|" or tab cells, or a typed table whose heading
    line names its last column for studies or references. A note's line of values
    ("Bicarbonate 14 18 [22-29]" under "Admission  Today  Ref") is no such cell."""
    line_start = text.rfind("\n", 0, start) + 1
    if "|" in text[line_start:start] or "\t" in text[line_start:start]:
        return True
    for _ in range(_ROWS_UNDER_A_HEADING):
        if line_start == 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        last = text[above : line_start - 1].split()[-1:]
        heading = last[0].lower().strip(".:") if last else ""
        # "Ref." with its stop heads a journal table's citations; "Ref" alone, a range.
        cited = last and last[0].lower().rstrip(":") in ("ref.", "refs.")
        if heading in _CITATION_HEADINGS or cited:
            return True
        if not last or heading.isalpha():
            return False  # a line of words, or of a column headed otherwise ("Ref range")
        line_start = above
    return False


def _far_past_the_list(
    text: str,
    value: re.Match[str],
    bounds: tuple[float, float],
    largest: int,
    prints: tuple[Callable[[], bool], Callable[[], bool]],
) -> bool:
    """Whether a range past the list's end, with no unit after it, is the value's: of the
    value's order, or far off it and settled by the value's own shape or the ranges printed
    in its paragraph (``prints``: whether the paragraph, the page prints ranges)."""
    low, high = bounds
    number = float(value[1].replace(",", "."))
    if is_score("".join(text[max(0, value.start() - 20) : value.start()].split()[-1:])):
        return False  # "NIHSS 15 [20-25]": a score has no range
    if low / 10 <= number <= high * 10:
        return True
    # The most abnormal values are the ones a note prints: troponin, BNP or creatine kinase
    # a hundred times the range's top, platelets a tenth of its foot. Far off the range's
    # order, its unit ("880 ng/L [5-26]"), a test's abbreviation before a value far above
    # it ("ALT 4120 [7-56]"; a ratio "OR 0.4" lies below) or the paragraph's other ranges
    # settle it. A dose ("4000 IU/day", "1 mg/kg") has no laboratory unit, and ranges printed
    # in another paragraph (a case report's labs) say nothing of the Discussion's citations
    # (review20 F2), unless the value opens its line after its test's name, as a print-out's
    # row does ("Troponin 880 [5-26]").
    if _measured(value) or (number > high and _named_in_capitals(text, value.start())):
        return True
    if _names_too_many(low, high, largest) or prints[0]():
        return True
    return _opens_a_row(text, value.start()) and prints[1]()


def _opens_a_row(text: str, start: int) -> bool:
    """Whether a value at ``start`` follows only a test's name at the start of its line, as
    a print-out's row ("Troponin I 880 [5-26]", "NT-proBNP: 5400 [5-125]"); prose puts
    other words there ("In a sample of 4000 [51-53]", "Figure 3 [51-53]")."""
    line = text[max(0, start - 40) : start]
    if "\n" not in line and start > 40:
        return False
    name = line.rsplit("\n", 1)[-1].split()
    return (
        0 < len(name) <= 3
        and name[0][:1].isupper()
        and not any(word.strip(":").lower() in _THRESHOLD_WORDS for word in name)
    )


def _names_too_many(low: float, high: float, largest: int) -> bool:
    """Whether a range after a value far from it would name, as citations, more than twice
    as many entries past the list's end as the list holds, its top at least twice its foot:
    no slip of a digit ("Ferritin 4500 [30-400]", "Platelets 5 [150-400]" in a note of three
    references); "a sample of 4000 [51-53]" after a list of 50 still cites."""
    missing = high - max(low - 1, largest)
    return missing >= _FEWEST_MISSING and missing > 2 * largest and high >= 2 * low


# The fewest entries past the list's end a range must name for _names_too_many.
_FEWEST_MISSING = 10


# The fewest numbers a range set in a table cell of its own spans, less one.
_FEWEST_IN_A_CELL = 5


def _may_end_a_value(words: list[str]) -> bool:
    """Whether the last words before brackets may be a value and what follows it (what
    _LAB_VALUE_BEFORE needs, told without it): a digit among them, and the last word the
    value (ending in a digit, a letter, a flag's ")", "*" or arrow, or holding a unit's "/"
    or "%"), or a flag or a unit (four characters at most, or a "/" or "%": no "months")."""
    if not words or not any(map(str.isdigit, "".join(words[-4:]))):
        return False
    last = words[-1]
    if "/" in last or "%" in last:
        return True
    if any(map(str.isdigit, last)):
        return last[-1].isalnum() or last[-1] in ")*↑↓"
    return len(last) <= 4


# Bounds with decimal commas, as most of Europe prints them: "Hb 12,8 g/dL [13,5-17,5]".
_COMMA_BOUNDS = LazyPattern(r"\s?(\d{1,5}),(\d{1,3})\s?[-–]\s?(\d{1,5}),(\d{1,3})\s?")


def _decimal_comma_range(text: str, marker: Found, largest: int) -> bool:
    """Whether brackets after a value hold a range with decimal commas ("[13,5-17,5]",
    "[3,5-5,1]"), not a list of citations: read as a list, their numbers do not rise
    ("13, 5-17, 5"), as a list of citations does ("[3,5-7,9]"). Bounds that rise too ("Urea
    9,8 [2,5-7,8]") are a range after a value with a decimal comma, of their order, where
    the list would end before them or the value has its unit or the bounds' decimals."""
    bounds = _COMMA_BOUNDS.fullmatch(marker.raw, 1, len(marker.raw) - 1)
    if not bounds:
        return False
    first, second, third, fourth = map(int, bounds.groups())
    rising = first < second < third < fourth
    value = _LAB_VALUE_BEFORE.search(text, max(0, marker.start - 50), marker.start)
    if value is None or YEAR.fullmatch(value[1]):
        return False
    whole, comma, decimals = value[1].partition(",")
    if not rising:
        # "5 RCTs [8,2-4,6]" is a list of citations that does not rise: a range only where
        # the value has its decimal comma or its unit, a unit follows, or the list is too
        # short for its numbers (review20 F5).
        return bool(
            comma
            or _measured(value)
            or UNIT_AFTER.match(text, marker.end)
            or max(first, third) > largest
        )
    if not comma or "%" in value[0]:
        return False  # "en 2019 [3,5-7,9]", "in 12 trials [2,5-7,8]", "del 12,5 % [1,2-4,5]"
    number = float(f"{whole}.{decimals}")
    low, high = float(f"{first}.{bounds[2]}"), float(f"{third}.{bounds[4]}")
    if not low / 10 <= number <= high * 10:
        return False
    same_decimals = len(decimals) == len(bounds[2]) == len(bounds[4])
    return fourth > largest or _measured(value) or same_decimals


# A laboratory's unit: a count or a mass per volume ("mmol/L", "ng/mL", "×10⁹/L", "/nl",
# "x10^3/uL"), an osmolality, a ratio to creatinine ("mg/mmol", "mmol/mol"), an eGFR's
# "/1.73m²". A dose is per weight or time ("1 mg/kg", "4000 IU/day", "5 mL/h"): no lab's.
_LAB_UNIT = LazyPattern(
    r"/(?:[µμunpmd]?[lL]|mm[3³]|[hH][pP][fF]|m?mol|g|1\.73)(?![^\W\d_])|[Oo]sm/kg|[×x]\s?10"
)


def _measured(value: re.Match[str]) -> bool:
    """Whether a value carries a laboratory's unit, not a share or a dose: "880 ng/L", "8
    ×10⁹/L"; "4000 IU/day [51-53]" and "1 mg/kg [51-53]" cite (review20 F2)."""
    unit = value[0][len(value[1]) :]
    return ("/" in unit or "×" in unit or "x" in unit) and _LAB_UNIT.search(unit) is not None


def _named_in_capitals(text: str, start: int) -> bool:
    """Whether the word before a value is an abbreviation of two capitals or more, as tests
    are named ("ALT", "CRP", "NT-proBNP", "HbA1c"); prose puts a word there ("of 4000")."""
    words = text[max(0, start - 20) : start].rsplit(None, 1)[-1:]
    return bool(words) and sum(char.isupper() for char in words[0]) >= 2


def _lab_among_labs(
    text: str,
    value: re.Match[str],
    marker: Found,
    bounds: tuple[float, float],
    prints_here: Callable[[], bool],
) -> bool:
    """Whether a range of numbers the list holds, with no unit after it, is a test's range
    all the same: the value (no share: "mortality was 45% [12-14]" cites) lies far outside
    it, or just above it after a test's abbreviation ("WBC 14.2 [4-11]"), and is a lab's
    value by its own shape (that abbreviation, or a laboratory's unit) in a paragraph that
    prints ranges, or continues a run of printed ranges ("Ammonia 120 [5-35]" beside "K 5.9
    [3.5-5.1]"). One printed range elsewhere in the paragraph is no licence (review20 F1b):
    "below 115 mmol/L [5-7]", "of 5 RCTs [12-14]", "Table 2 [12-14]" cite. Near the range
    after a word, or glued to a name by a hyphen, the number is prose or a name's ("CKD
    stage 4 [5-7]", "PHQ-9 [12-14]", "SARS-CoV-2 [12-14]"): those brackets cite."""
    if "%" in value[0] or text[value.start(1) - 1 : value.start(1)] in _JOINERS:
        return False
    low, high = bounds
    number = float(value[1].replace(",", "."))
    named = _named_in_capitals(text, value.start())
    # Just above: a test's, as its abbreviation says; a ratio ("OR 1.8 [3-5]") lies below.
    if low / 2 < number < high * 2 and not (number > high and named):
        return False
    if _after_threshold(text, value.start()) or _DOSE_OR_TIME.match(value[0], len(value[1])):
        return False
    if named or _measured(value):
        return prints_here()
    return continues_printed_ranges(text, value.start(), marker.end)


# Words that put a threshold, a count, a stage or an item's number before a value, not a
# test's name: "below 115 mmol/L [5-7]", "score of 2", "type 2 DM", "Table 2", "over 20 min".
_THRESHOLD_WORDS = frozenset(
    words(
        "below above over under of to at with for from after within than by in across among"
        " score stage type grade class"
        " phase day week month year table figure fig versus vs n de unter über bajo sobre"
        " sous debajo encima menos más inferior superior"
    )
)


# A dose, a volume or a time after a value: "Enoxaparin 40 mg [12-14]", "over 20 min [5-7]".
_DOSE_OR_TIME = LazyPattern(
    r"\s{0,16}(?:[mµμnk]?g|mcg|[mdµμ][lL]|I?U|units?|min|hrs?|h|d|days?)\b(?!/)"  # not "ng/L"
)


def _after_threshold(text: str, start: int) -> bool:
    """Whether the word or sign before a value (at ``start``) makes it a threshold, a count
    or a number of prose ("eGFR below 30", "n = 120", "≥ 75"), not a test's result."""
    before = text[max(0, start - 20) : start].rsplit(None, 1)[-1:]
    if not before:
        return False
    word = before[0].strip("(,;:.").lower()
    return word in _THRESHOLD_WORDS or word[-1:] in ("<", ">", "≤", "≥", "=")


# What glues a number to a name: "PHQ-9", "COVID-19", "IL-6" (no value follows a hyphen).
_JOINERS = {"-", "‐", "‑"}
