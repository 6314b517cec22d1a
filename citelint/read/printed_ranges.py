"""Laboratory reference ranges printed beside their values ("K 5.9 [3.5-5.1]", "Na 131
[135-145] mmol/L"): whether a text prints one, and whether brackets continue a run of them.

Every pattern here is bounded or anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

# A laboratory unit: "g/dL", "mmol/L", "×10⁹/L", "%", "mmHg".
UNIT_AFTER = LazyPattern(
    r" ?(?:[×x]10|(?!and/or\b)[^\W\d_]{1,5}/[^\W_]{1,5}\b|%|mmHg\b|bpm\b)"  # not "and/or"
)

# How far a run of printed ranges reaches: the brackets before or after a value's.
_RUN_REACH = 80
# A sentence's end breaks a run ("... [275-295]. Seizures ... below 115 mmol/L [5-7]").
_SENTENCE_END = LazyPattern(r"[.!?](?:\s|\Z)")
# ... unless the next sentence only names the next test: "[0.6-1.2]. Ammonia 120 [5-35]".
_NAME_ONLY = LazyPattern(r"\W{0,3}\s+[A-Z][^\W\d_]*(?:[ -][^\W\d_]+){0,2}\s{1,3}")


def continues_printed_ranges(text: str, start: int, end: int) -> bool:
    """Whether the brackets next to a value's (the last before ``start``, the first after
    ``end``), in the same sentence or the next line (or a sentence naming only the value's
    test: "Creatinine 2.1 mg/dL [0.6-1.2]. Ammonia 120 [5-35]"), hold a printed range; in a
    bounded window, so a paragraph of many candidates costs linear time (review20 F8)."""
    close = text.rfind("]", max(0, start - _RUN_REACH), start)
    if (
        close != -1
        and (
            not _SENTENCE_END.search(text, close, start)
            or _NAME_ONLY.fullmatch(text, close + 1, start) is not None
        )
        and _printed_range_ending(text, max(0, close - _RUN_REACH), close + 1)
    ):
        return True
    opening = text.find("[", end, end + _RUN_REACH)
    if opening == -1 or _SENTENCE_END.search(text, end, opening):
        return False
    close = text.find("]", opening, opening + 30)
    return close != -1 and _printed_range_ending(text, end, close + 1)


def _printed_range_ending(text: str, start: int, end: int) -> bool:
    """Whether a printed range (see prints_ranges) ends at ``end``, looked for from ``start``."""
    return any(
        found.end() == end and _is_printed(text, found)
        for found in _PRINTED_RANGE.finditer(text, start, end)
    )


# A bracketed dash range a few characters after a number: "Na 131 [135-145]", "6.1 mmol/L
# [0.5-2.2]", "CRP 312 [0-10]": the value, then the low bound with its decimals, then the
# high bound with its decimals.
_PRINTED_RANGE = LazyPattern(
    r"(?<![\w.,‐‑-])(\d{1,7}(?:[.,]\d+)?)[^\n\[\]]{0,12}?"
    r"\[\s?(\d{1,7}(\.\d+)?)\s?[-–]\s?(\d{1,7}(\.\d+)?)\s?\]"
)


def prints_ranges(text: str) -> bool:
    """Whether a text prints a laboratory reference range no citation can be: a bound with a
    decimal point ("K 5.9 [3.5-5.1]"), a range from zero ("CRP 312 [0-10]") or a unit
    after the brackets ("Na 131 [135-145] mmol/L"), with the value before it outside it. A
    confidence interval or an interquartile range holds its estimate ("OR 1.8 [1.2-2.6]",
    "6 days [0-21]"): a results paragraph full of them prints no laboratory range."""
    return any(_is_printed(text, found) for found in _PRINTED_RANGE.finditer(text))


# What marks the number before an interval as no value: its confidence level ("95% CI
# [0.61-0.85]", "95% CrI", "95% UI") or a p value ("p = 0.002, 95% CI [..]") (review20 F1a).
_LEVEL_BETWEEN = LazyPattern(r"\b(?:CI|CrI|UI)\b")
_P_BEFORE = LazyPattern(r"\b[pP]\s?[=<>≤]\s?\Z")


def _is_printed(text: str, found: re.Match[str]) -> bool:
    """Whether a value and the bracketed range after it (a _PRINTED_RANGE match) are a
    laboratory value and its printed range (see prints_ranges)."""
    if not (found[2] == "0" or found[3] or found[5] or UNIT_AFTER.match(text, found.end())):
        return False
    if float(found[2]) <= float(found[1].replace(",", ".")) <= float(found[4]):
        return False
    between = text[found.end(1) : found.start(2)]
    return not (
        _LEVEL_BETWEEN.search(between)
        or _P_BEFORE.search(text, max(0, found.start(1) - 6), found.start(1))
    )
