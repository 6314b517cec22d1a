"""Citation digits glued to a name that ends in a number, or to a unit, as Nature-style pages
copy superscripts set before the stop: "severe COVID-192." (COVID-19, then 2), "at least 190
mg/dL2." (mg/dL, then 2), "kept at 4 °C2." (°C, then 2); and a superscript copied after a
symbol's stop that number_readings cannot read ("loss of CD4+.6 The", "PD-L1.9", "p53.7").

Like number_readings, each is offered as a NUMBER reading, taken only where the page's order
of first citations calls for it. A name is split only where its own number is known: the
page names it elsewhere without the glued digits, or it is one of a few names that end in a
number ("COVID-19"); "COVID-19" alone is never split.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import LARGEST_CITATION, NUMBER, Found, read_numbers
from citelint.read.glued_words import LIST_TAIL

# A hyphen after a letter, a slash or a degree sign, then letters or digits up to a glued
# number before a stop or a space: where a name's or a unit's token may end in a citation.
# Three patterns, each led by its literal, which the regex engine skips to: one pattern
# with the three as branches was tried at every character, ten times slower.
_TAIL = rf"(?P<tail>(?:[-–]\d{{1,3}})?{LIST_TAIL})(?=[.,;:)]?(?:\s|\Z))"
_AFTER_HYPHEN = LazyPattern(rf"-(?<=[A-Za-z]-)(?P<digits>\d{{2,5}}){_TAIL}")
_AFTER_SLASH = LazyPattern(rf"(?P<unit>/[A-Za-z]{{1,5}})(?P<unit_digits>\d{{1,3}}){_TAIL}")
_AFTER_DEGREE = LazyPattern(rf"(?P<unit>°[CF])(?P<unit_digits>\d{{1,3}}){_TAIL}")
# The name before the hyphen: letters, perhaps with inner hyphens ("SARS-CoV").
_NAME_BEFORE = LazyPattern(r"(?<![\w\-/.])[A-Za-z][A-Za-z\-]{0,20}[A-Za-z]\Z")
# The unit's first part before the slash ("mg", "mmol", "µg"); no unit ending in a metre,
# whose glued "2" or "3" is a power ("kg/m2", "cells/mm3").
_UNIT_BEFORE = LazyPattern(r"(?<![\w\-/.])[A-Za-zµμ]{1,5}\Z")
# What a name's first character follows inside a longer token.
_INSIDE_BEFORE = frozenset("-/._0123456789abcdefghijklmnopqrstuvwxyz")
# A stop right after a digit or a "+", then a citation and the next sentence: where a gene's
# or a protein's symbol may end before a copied superscript ("BRCA1.21 The", "CD4+.6 The").
_AFTER_SYMBOL = LazyPattern(
    r"\.(?<=[0-9+]\.)(?P<digits>[0-9]{1,3})(?=[ \t]+[A-Z][a-z]|[ \t]*\n|[ \t]*\Z)"
)
# The symbols number_readings cannot read, as a hyphen or a "+" stands in them or a lower-case
# letter opens them: "PD-L1", "HLA-B27", "5-HT3", "CD4+", "p53" (its tokens start after the
# hyphen or the "+"). Two capitals at least, but for "p53".
_SYMBOL = LazyPattern(
    r"(?:\d{1,2}-[A-Za-z]+|[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9]*[A-Za-z])[0-9]{1,3}"
    r"|[A-Za-z][A-Za-z0-9]*[0-9]\+|p[0-9]{2,3}"
)
# Names that end in a number, whose number is known without the page naming them again.
_NUMBERED_NAMES = frozenset(("covid-19", "sars-cov-2", "cox-1", "cox-2", "glp-1", "icd-10"))


def named_readings(text: str, taken: list[Found]) -> list[Found]:
    """The readings of citation digits glued to a numbered name or a unit in ``text``, not
    overlapping ``taken``."""
    readings: list[Found] = []
    starts = sorted(marker.start for marker in taken)
    # Each pattern is compiled and run only on a paragraph holding its literal.
    names = list(_AFTER_HYPHEN.finditer(text)) if "-" in text else []
    units = list(_AFTER_SLASH.finditer(text)) if "/" in text else []
    if "°" in text:
        units += _AFTER_DEGREE.finditer(text)
    lower = text.lower() if names else text
    if len(lower) != len(text):
        lower = text  # a letter whose lower case is longer ("İ"): places kept, case matters
    matches = [(match, True) for match in names] + [(match, False) for match in units]
    if "." in text:
        readings += _symbol_readings(text, starts)
    for match, named in matches:
        reading = _name_reading(text, lower, match) if named else _unit_reading(text, match)
        if reading is None:
            continue
        index = bisect_left(starts, reading.start)
        if index < len(starts) and starts[index] < reading.end:
            continue
        readings.append(reading)
    return sorted(readings, key=lambda found: found.start) if len(readings) > 1 else readings


def _symbol_readings(text: str, starts: list[int]) -> list[Found]:
    """ "loss of p53.7 The", "in PD-L1.9 The": the citation after a gene's or a protein's
    symbol ending in digits, which the scan for glued citations takes for a decimal and
    number_readings does not read (user30a P1-4); never "HbA1c 7.2" or "0.74"."""
    readings = []
    for match in _AFTER_SYMBOL.finditer(text):
        at = match.start()
        token = text[max(0, at - 12) : at].rsplit(None, 1)[-1].lstrip("(")
        if not _SYMBOL.fullmatch(token):
            continue
        if token[0] != "p" and sum(map(str.isupper, token)) < 2:
            continue
        index = bisect_left(starts, match.start("digits"))
        if index < len(starts) and starts[index] < match.end():
            continue
        reading = _reading(match.start("digits"), match.end(), match["digits"], token)
        if reading is not None:
            readings.append(reading)
    return readings


def _name_reading(text: str, lower: str, match: re.Match[str]) -> Found | None:
    """ "COVID-192." as COVID-19 and 2: the split whose name the page knows, if one."""
    name = _NAME_BEFORE.search(text, max(0, match.start() - 22), match.start())
    if name is None:
        return None
    digits, tail = match["digits"], match["tail"]
    whole = f"{name[0]}-{digits}"
    if _named_alone(lower, whole, match.start("digits")):
        return None  # the page names "IL-12" as it is: no citation glued to it
    for kept in range(1, len(digits)):
        head = f"{name[0]}-{digits[:kept]}"
        if head.lower() in _NUMBERED_NAMES or _named_alone(lower, head, match.start("digits")):
            start = match.start("digits") + kept
            return _reading(start, match.end(), digits[kept:] + tail, head)
    return None


def _unit_reading(text: str, match: re.Match[str]) -> Found | None:
    """ "190 mg/dL2." as mg/dL and 2; never a metre's power ("kg/m2")."""
    unit = match["unit"]
    if unit.endswith("m"):
        return None
    if unit.startswith("/"):
        before = _UNIT_BEFORE.search(text, max(0, match.start() - 5), match.start())
        if before is None:
            return None
        unit = before[0] + unit
    return _reading(
        match.start("unit_digits"), match.end(), match["unit_digits"] + match["tail"], unit
    )


def _reading(start: int, end: int, raw: str, word: str) -> Found | None:
    if raw[0] == "0":
        return None
    read = read_numbers(raw)
    if read is None or read[1] is not None or not 0 < max(read[0]) <= LARGEST_CITATION:
        return None
    return Found(start, end, raw, read[0], None, False, NUMBER, word)


def _named_alone(lower: str, name: str, not_at: int) -> bool:
    """Whether ``lower``, a paragraph in lower case, holds ``name`` as a whole token somewhere
    other than the token whose digits start at ``not_at``. (A pattern made for each name
    cost a compilation for each.)"""
    name = name.lower()
    at = lower.find(name)
    while at >= 0:
        end = at + len(name)
        alone = (at == 0 or lower[at - 1] not in _INSIDE_BEFORE) and (
            end == len(lower) or not (lower[end].isalnum() or lower[end] in "-_")
        )
        if alone and not at < not_at <= end:
            return True
        at = lower.find(name, at + 1)
    return False
