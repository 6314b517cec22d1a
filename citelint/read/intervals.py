"""Brackets after a value that hold no citation because they belong to the value: an
interval around it ("9 [7–11]", a median and its IQR, "1,120 [640–2,210]") or the maximum of
the scale it scores ("GCS 13 [15]"). Laboratory reference ranges, which lie outside the value,
are lab_ranges'.

Every pattern here is bounded or anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern

# A number that may group its thousands: "1,120", "2,210.5", "412", or with a space, a
# no-break or a thin space, as SI and much of Europe print them: "1 120", "2 210".
_SPACES = " \u00a0\u2009\u202f"
_GROUPED_NUMBER = (
    rf"(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:\.\d+)?"
    r"|\d{1,7}(?:\.\d+)?)"
)
_GROUP_MARK = LazyPattern(f"[,{_SPACES}]")  # what parts a number's groups of thousands
# "9 [7–11]", "412 [210, 980]": a number, then two bounds in brackets. The number may group
# its thousands: "1,120 [640–2,210]".
_VALUE_BEFORE = LazyPattern(rf"(?<![\w.]){_GROUPED_NUMBER}\s{{1,3}}\Z")
# Two bounds, as an interval or a laboratory's reference range prints them (lab_ranges).
BOUNDS = LazyPattern(r"\s*(\d{1,7}(?:\.\d+)?)\s*(?:[-–—,;]|to)\s*(\d{1,7}(?:\.\d+)?)\s*")
# Bounds that group their thousands, "[640–2,210]", "[1,200 to 3,400]": a comma is no
# separator between them here.
_GROUPED_BOUNDS = LazyPattern(rf"\s*{_GROUPED_NUMBER}\s*(?:[-–—;]|to)\s*{_GROUPED_NUMBER}\s*")


def is_interval(before: str, content: str) -> bool:
    """Whether brackets after a number hold an interval around it: a median and its IQR
    ("9 [7–11]") or an estimate and its range, as tables and results print them. A citation
    after a number ("in 2019 [3–5]") never brackets that number."""
    bounds = BOUNDS.fullmatch(content)  # asked first: most citations name one number
    # Only brackets holding a comma, a space or some other character (a thin space, a dash).
    if not bounds and ("," in content or " " in content or not content.isascii()):
        bounds = _GROUPED_BOUNDS.fullmatch(content)
        if bounds and not _backwards_when_ungrouped(bounds[1], bounds[2]):
            return False  # "in 2019 [12–14,120]": citations 12-14 and 120
    if not bounds:
        return False
    value = _VALUE_BEFORE.search(before)
    if not value:
        return False
    low, high = _grouped(bounds[1]), _grouped(bounds[2])
    return low <= _grouped(value[1]) <= high


def _backwards_when_ungrouped(low: str, high: str) -> bool:
    """Whether the digits on either side of the dash run backwards unless commas or spaces
    group thousands ("640–2,210", "640–2 210": 640 then 2), as only an interval's bounds
    would; ascending ones ("12–14,120": 12 then 14) are a citation list's range and more."""
    return float(_GROUP_MARK.split(low)[-1]) > float(_GROUP_MARK.split(high)[0])


def _grouped(number: str) -> float:
    """A number that may group its thousands with commas or spaces: "2,210" is 2210."""
    return float(_GROUP_MARK.sub("", number))


# Scores a note prints with their scale's maximum in brackets: "GCS 13 [15]", "MoCA 24 [30]".
_SCALE_MAXIMA = {
    "GCS": "15",
    "NIHSS": "42",
    "MMSE": "30",
    "MoCA": "30",
    "Apgar": "10",
    "APGAR": "10",
}
# The maxima themselves: a bracketed number that is none of these is never out of scale.
SCALE_MAXIMA = frozenset(_SCALE_MAXIMA.values())


def out_of_scale(before: str, content: str) -> bool:
    """Whether brackets hold the maximum of the scale whose score precedes them ("GCS 13
    [15]"), not a citation of entry 15; "Figure 3 [15]" and "GCS 13 [14]" cite."""
    if content not in SCALE_MAXIMA:  # most citations are asked no more
        return False
    words = before.rsplit(None, 2)[-2:]
    return (
        len(words) == 2
        and words[1].isdigit()
        and _SCALE_MAXIMA.get(words[0].rstrip(":")) == content
        and int(words[1]) <= int(content)
    )
