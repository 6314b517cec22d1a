"""What a source states, by kind, and whether a claim's number is among it (CL301).

``citelint.support.numbers`` finds a text's numbers and their roles; this module gathers a
source's (an abstract's) into kinds, also numbers written as words and shares given as
fractions, and looks a claim's numbers up as the same kind of quantity.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property

from citelint.support.comparisons import compared_durations, compared_pairs, relative_changes
from citelint.support.durations import duration_met
from citelint.support.number_words import number_words, word_shares
from citelint.support.numbers import (
    _DAYS,
    _TOKEN,
    Quantity,
    _all_quantities,
    _normalise_keep_length,
    _value,
)
from citelint.support.shares import DecimalShares
from citelint.support.wording import direction_of_change, is_difference

_DIGIT = re.compile(r"\d")
_SPACED_GROUPS = re.compile(r"(?=\d)(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])")


@dataclass(frozen=True)
class SourceNumbers:
    """What a source text states, by kind, ready for looking claim numbers up."""

    values: tuple[float, ...] = ()  # numbers without a unit: counts, ratios, means, labels
    percents: tuple[float, ...] = ()  # percentages, and proportions written as such (x100)
    relative_changes: tuple[float, ...] = ()  # of each ratio (HR 0.74: 26), as percentages
    # The text and its percentages, for ``change_ratios``, which few claims ask for.
    plain: str = field(default="", compare=False, repr=False)
    shares_read: tuple[Quantity, ...] = field(default=(), compare=False, repr=False)
    p_values: tuple[float, ...] = ()  # p-values, exact or bounds
    durations: tuple[float, ...] = ()  # every stated duration, in days
    # Each duration written with its unit, as (value, days in its unit, decimals written):
    # "2.3 years" is (2.3, 365.25, 1), for a claim rounding it or giving it in a finer unit.
    duration_forms: tuple[tuple[float, float, int], ...] = ()
    doses: tuple[float, ...] = ()
    # Durations and doses as written ("16" of "16 to 18 years"), for a claim that drops the
    # unit; matched only exactly.
    written: tuple[float, ...] = ()
    # Differences of two percentages the source compares, for a claim stating a difference.
    differences: tuple[float, ...] = ()
    # Differences of two rates the source compares (43.2 and 61.2 per 1000 patient-years:
    # 18.0), for a count a claim says a treatment averts ("prevents about 18 events").
    rate_differences: tuple[float, ...] = ()
    # Relative changes between two shares or rates the source compares (8.6 vs 6.2 events
    # per 1000 person-years: up 38.7%, down 27.9%), for a claim saying which way they went.
    rises: tuple[float, ...] = ()
    falls: tuple[float, ...] = ()
    # How much a dose changed "from 92 to 30 mg/dL" (62), and how far apart two compared
    # durations are, in days ("10 days with remdesivir and 15 days with placebo": 5).
    dose_differences: tuple[float, ...] = ()
    duration_differences: tuple[float, ...] = ()
    # How many of ``values`` (the last ones) are numbers written as words ("three years").
    spelled: int = 0

    @cached_property
    def change_ratios(self) -> tuple[float, ...]:
        """The ratio each relative change the source states gives: "reduced the risk of death
        by 25%" is 0.75, "40% higher" 1.40 (a claim may give it as a hazard ratio)."""
        return tuple(_change_ratios(self.plain, self.shares_read))


_RATIOS = ("hazard-ratio", "odds-ratio", "risk-ratio")
# "12/40" or "12 of 40": a claim may give the share as a percentage (30%).
_FRACTION = re.compile(r"(?=\d)(?<![\d.,/])(\d{1,6})\s*(?:/|of|out of)\s*(\d{1,6})(?![\d.,/])")
_FRACTION_CUE = re.compile(r"\s*(?:/|of|out of)")


def source_numbers(text: str) -> SourceNumbers:
    """Every number a source text states, by kind, for looking claim numbers up.

    Wider than ``extract_numbers``: labels and years count, and so do number words
    ("three trials"), because a claim may write as digits what the abstract spells out.
    """
    words, spans = number_words(text)
    # "Half of the patients", "one in five", "doubled": shares and ratios in words.
    shares, multiples = word_shares(text, bool(words))
    words += multiples
    if not _DIGIT.search(text):
        return SourceNumbers(
            values=tuple(words), percents=tuple(shares), durations=tuple(spans), spelled=len(words)
        )
    plain = _normalise_keep_length(text)
    tokens = list(_TOKEN.finditer(plain))
    quantities = _all_quantities(text, plain, tokens)
    values, percents = _values_and_percents(plain, tokens, {q.start: q for q in quantities})
    # The two searches below only ever start at a number followed by "/", "of" or a space
    # and a digit: asked only when one is.
    follows = [plain[m.end() : m.end() + 8] for m in tokens]
    if any(_FRACTION_CUE.match(after) for after in follows):
        for match in _FRACTION.finditer(plain):
            part, whole = int(match.group(1)), int(match.group(2))
            if 0 < part <= whole:
                percents.append(100 * part / whole)
    # Parsers that collapse whitespace turn a thin-space thousands separator into a plain
    # space ("71 553"); in a source, reading such groups as one number too costs nothing.
    if any(after[:1] == " " and after[1:2].isdigit() for after in follows):
        for match in _SPACED_GROUPS.finditer(plain):
            values.append(float(match.group(0).replace(" ", "")))
    durations = [abs(q.value) * q.unit_days for q in quantities if q.unit_days]
    # "Cut deaths by 26%" is how a claim states a hazard ratio of 0.74, and "raised the risk
    # by 30%" one of 1.30: a ratio states its relative change, as a percentage only.
    ratios = [q.value for q in quantities if q.role in _RATIOS and 0 < q.value < 3]
    if _TIME_POINT_CUE.search(plain):
        durations.extend(_time_points(plain))
    pairs = compared_pairs(plain, quantities)
    spans_compared = compared_durations(plain, quantities) if len(durations) > 1 else []
    return SourceNumbers(
        values=tuple(values + words),
        spelled=len(words),
        percents=tuple(percents + shares),
        relative_changes=tuple(abs(1 - ratio) * 100 for ratio in ratios if ratio != 1),
        plain=plain,
        shares_read=tuple(q for q in quantities if q.role == "percent"),
        p_values=tuple(q.value for q in quantities if q.role == "p-value"),
        durations=tuple(durations + spans),
        duration_forms=tuple(
            (abs(q.value), q.unit_days, q.decimals) for q in quantities if q.unit_days
        ),
        doses=tuple(q.value for q in quantities if q.role == "dose"),
        written=tuple(abs(q.value) for q in quantities if q.role in ("duration", "dose")),
        differences=tuple(
            [round(abs(a.value - b.value), 6) for a, b in pairs if a.role == "percent"]
            + _stated_differences(plain, quantities)
        ),
        rate_differences=tuple(
            round(abs(a.value - b.value), 6) for a, b in pairs if a.role != "percent"
        ),
        rises=tuple(relative_changes(pairs + spans_compared, rise=True)),
        falls=tuple(relative_changes(pairs + spans_compared, rise=False)),
        dose_differences=tuple(
            round(abs(a.value - b.value), 6) for a, b in pairs if a.role == "dose"
        ),
        duration_differences=tuple(abs(a.value - b.value) * a.unit_days for a, b in spans_compared),
    )


def _change_ratios(plain: str, shares: tuple[Quantity, ...]) -> list[float]:
    """The ratio of each percentage the source says went down (1 - p) or up (1 + p)."""
    ratios = []
    for quantity in shares:
        if not 0 < quantity.value < 100:
            continue
        direction = direction_of_change(plain, quantity.start, quantity.end)
        if direction in ("down", "both"):
            ratios.append(1 - quantity.value / 100)
        if direction in ("up", "both"):
            ratios.append(1 + quantity.value / 100)
    return ratios


# "an absolute risk reduction of 4.9 percentage points": a difference the source states.
_DIFFERENCE_CUES = ("point", "absolute", "difference", "arr")


def _stated_differences(plain: str, quantities: list[Quantity]) -> list[float]:
    """Differences of two shares the source states as such, for a claim giving one ("1 in
    21", "treating 21 patients prevents one event") where the arms' shares are not given."""
    lower = plain.lower()
    if not any(cue in lower for cue in _DIFFERENCE_CUES):
        return []
    return [
        abs(q.value)
        for q in quantities
        if q.role == "percent" and is_difference(plain, q.start, q.end, "percent")
    ]


def _values_and_percents(
    plain: str, tokens: list[re.Match[str]], typed: dict[int, Quantity]
) -> tuple[list[float], list[float]]:
    """Unitless numbers and percentages (with proportions the text names as such)."""
    values: list[float] = []
    percents: list[float] = []
    shares = DecimalShares(plain)
    for match in tokens:
        quantity = typed.get(match.start())
        value = _value(match.group("sign") or "", match.group("num"))
        role = quantity.role if quantity else "label"
        if role == "percent":
            percents.append(value)
            continue
        if role == "one-in" and value > 0:
            percents.append(100 / value)
        if role in ("duration", "dose"):  # ages are among the values
            continue
        values.append(value)
        if quantity and quantity.scale != 1:
            values.append(value * quantity.scale)  # "1.2 million" is 1,200,000 too
        if 0 < value <= 1 and shares.is_share(match.start(), match.end(), role not in _RATIOS):
            percents.append(value * 100)
    return values, percents


# "At week 68", "by day 28", "month 12": a time point written unit first is a duration too.
_TIME_POINT_CUE = re.compile(r"\b(?:week|month|day|year)\s+\d", re.IGNORECASE)
_TIME_POINT = re.compile(r"\b(week|month|day|year)\s+(\d{1,3})(?![\d.,%])", re.IGNORECASE)


def _time_points(plain: str) -> list[float]:
    return [
        int(match.group(2)) * _DAYS[match.group(1).lower()[:2]]
        for match in _TIME_POINT.finditer(plain)
    ]


def matches(quantity: Quantity, source: SourceNumbers) -> bool:
    """Whether ``quantity`` is stated in ``source`` as the same kind of quantity.

    A percentage is found only among percentages (or proportions the source writes as such),
    a duration only among durations, in any unit ("12 months" for "one year"), a dose only
    among doses, and a count or ratio only among numbers without a unit. The claim may round
    what the source states to its own precision (26.8% written as 27%, never the reverse)
    and drop the sign of a difference ("reduced by 1.63" for -1.63). A p-value given as a
    bound ("p < 0.05") holds when the source states any p-value within it. A number after
    "about" may be the source's rounded to the claim's last non-zero digit ("about 40%" for
    38.7%, "nearly 5,000" for 4744), never by more than a tenth.
    """
    if quantity.scale != 1:
        # "1.2 million adults" for 1,204,332: the source's count in the claim's millions.
        return _stated(quantity, tuple(value / quantity.scale for value in source.values))
    if quantity.role == "p-value":
        if quantity.bound == "<" and any(0 <= p <= quantity.value for p in source.p_values):
            return True
        return _stated(quantity, source.p_values + source.values)
    if quantity.role == "percent":
        # Only a claim worded as a difference ("26% fewer") meets the compared differences.
        differences = source.differences if quantity.difference else ()
        # A claim saying which way a share or rate went ("raised bleeding by 39%") may give
        # the relative change between the two the source compares.
        changes = (source.rises if quantity.direction in ("up", "both") else ()) + (
            source.falls if quantity.direction in ("down", "both") else ()
        )
        return _stated(quantity, source.percents + source.relative_changes + differences + changes)
    if quantity.role == "duration":
        return _duration_met(quantity, source)
    if quantity.role == "dose":
        # "LDL fell by 62 mg/dL": from 92 to 30 mg/dL.
        return _stated(quantity, source.doses + source.values) or (
            quantity.difference and _stated(quantity, source.dose_differences)
        )
    if quantity.role == "one-in":
        # "1 in 4" rounds a share to a whole "1 in N": 25.7% is 1 in 3.9.
        shares = source.percents + (source.differences if quantity.difference else ())
        return _stated(quantity, source.values, rounding=False) or any(
            _one_in(quantity, 100 / share) for share in shares if share > 0
        )
    if quantity.needed_to_treat:
        return _needed_to_treat_met(quantity, source)
    if quantity.role == "sample-size":
        # "About 6 fewer cases per 100 person-years": the difference of two rates too.
        return (
            _stated(quantity, source.values, rounding=quantity.approximate)
            or _share_as_percent(quantity, source.percents)  # "0.38 of adults"
            or _round_thousands_met(quantity, source.values)
            or (quantity.difference and _stated(quantity, source.rate_differences))
        )
    # "Prevents about 18 events" (per 1000 patient-years): the difference of two rates;
    # "1.3 points lower": of two shares.
    if quantity.difference and _stated(quantity, source.rate_differences + source.differences):
        return True
    # "Bleeding was 1.6 times as frequent" (3.1% vs 1.9%): the ratio of two compared arms.
    if quantity.multiple and _stated(quantity, tuple(1 + rise / 100 for rise in source.rises)):
        return True
    # Plain numbers may drop the "%" the source gives them ("ODI fell from 58 to 34"), or
    # its unit ("at 16 to 18" for "at 16 to 18 years"), the latter only exactly; a multiple
    # is no dose or duration ("2.5 times as frequent" is not "2.5 mg").
    # "HR 0.75" for "reduced the risk of death by 25%": the ratio a relative change gives.
    return (
        _stated(quantity, source.values + source.percents)
        or _round_thousands_met(quantity, source.values)
        or (quantity.role in _RATIOS and _stated(quantity, source.change_ratios))
        or (not quantity.multiple and _stated(quantity, source.written, rounding=False))
    )


def _share_as_percent(quantity: Quantity, percents: tuple[float, ...]) -> bool:
    """Whether a proportion the claim writes as a decimal ("0.38 of adults") is a percentage
    of the source at the claim's precision (38.2%)."""
    if not 0 < quantity.value < 1 or quantity.decimals < 2:
        return False
    half = 0.5 * 10.0 ** (2 - quantity.decimals) + 1e-9
    return any(abs(percent - quantity.value * 100) <= half for percent in percents)


# An unhedged round count ("12,000 adults" for 12,012) strays no more than this share.
_ROUND_COUNT_SHARE = 0.05


def _round_thousands_met(quantity: Quantity, values: tuple[float, ...]) -> bool:
    """Whether a count written in whole thousands without a hedge ("a cohort of 12,000") is
    a source's count rounded at its last non-zero digit, within a twentieth (12,012 or 11,800;
    never 12,600, nor 9,200 for "10,000")."""
    target = quantity.value
    if target < 1000 or target % 1000 or quantity.approximate or quantity.decimals:
        return False
    half = _round_step(quantity) / 2
    limit = min(half, _ROUND_COUNT_SHARE * target)
    return any(abs(abs(value) - target) <= limit for value in values)


def _duration_met(quantity: Quantity, source: SourceNumbers) -> bool:
    if not quantity.unit_days:
        return _stated(quantity, source.values)
    return duration_met(
        quantity, source.durations, source.duration_forms, source.duration_differences
    )


def _needed_to_treat_met(quantity: Quantity, source: SourceNumbers) -> bool:
    """ "Treating 77 patients prevents one event": 1 / (5.4% - 4.1%), rounded or up; or as
    the source states it ("6.9 persons would have to participate": about 7), not any figure
    a tenth off ("about 10" is no "9 to 11")."""
    stated = [100 / share for share in source.differences if share > 0]
    # Digits only: "about 3 people need to take part" is no "three years".
    digits = source.values[: len(source.values) - source.spelled]
    values = [value for value in digits if value > 0]
    return any(_one_in(quantity, value, rounded_up=True) for value in stated + values)


def _one_in(quantity: Quantity, exact: float, rounded_up: bool = False) -> bool:
    """Whether "1 in N" gives ``exact`` (100 / a share): rounded, or up as a number needed
    to treat is ("1 in 36" for 1 in 35.7), or within a twentieth after "roughly"."""
    target = quantity.value
    rounded_up = rounded_up or quantity.difference
    if round(exact) == target or (rounded_up and math.ceil(exact - 1e-9) == target):
        return True
    return quantity.approximate and abs(exact - target) <= 0.05 * target


def _stated(quantity: Quantity, values: tuple[float, ...], rounding: bool = True) -> bool:
    target = abs(quantity.value)
    # Half a unit of the claim's last place, either way: 62.5 may be written 62 or 63 (half
    # up, as people round, or half even, as Python does).
    half = 0.5 * 10.0**-quantity.decimals + 1e-9
    step = _round_step(quantity) if rounding and quantity.approximate else 0.0
    # "Nearly 40%" is no figure above 40% but what rounds to it at the claim's last written
    # place: 40.4% ("almost 3.5% died" for 3.52%, as writers hedge a rounded figure), not
    # 4744 for "almost 4,700" (review19 F7).
    ceiling = target + half if quantity.at_most else float("inf")
    if _within_claimed_bounds(quantity, target, half, values):
        return True
    for value in values:
        candidate = abs(value)
        if abs(candidate - target) < 1e-9:
            return True
        if candidate > ceiling:
            continue
        if rounding and abs(candidate - target) <= half:
            return True
        near = abs(candidate - target) <= 0.1 * target
        if step and near and abs(round(candidate / step) * step - target) < 1e-9:
            return True
        # "Nearly 4,750" for 4744: below the figure by less than its step (review19 F7); 60
        # is "about 60", not "nearly 65".
        if step and near and quantity.at_most and candidate > target - step:
            return True
    return False


# How far past a claim's bound the source's figure may lie: "under 20%" for 19% or 17.5%.
_BOUND_REACH = 0.15


def _within_claimed_bounds(
    quantity: Quantity, target: float, half: float, values: tuple[float, ...]
) -> bool:
    """Whether a value lies on the side of a claim's bound ("under 20%" for 19%) or inside
    its range ("37-40%" for 38.2%)."""
    if quantity.other_end is not None:
        low, high = sorted((target, abs(quantity.other_end)))
        return any(low - half <= abs(value) <= high + half for value in values)
    if quantity.role == "p-value" or not quantity.bound:
        return False
    # Near the bound only: "fewer than 1,000 adults" is no bound an age of 30 keeps.
    if quantity.bound == "<":
        low, high = target * (1 - _BOUND_REACH) - half, target + half
    else:
        low, high = target - half, target * (1 + _BOUND_REACH) + half
    return any(low <= abs(value) <= high for value in values)


def _round_step(quantity: Quantity) -> float:
    """The step a round figure after "about" is given to: 10 for 40, 100 for 4,700, 5 for 25."""
    if quantity.decimals or quantity.value != int(quantity.value) or not quantity.value:
        return 0.0
    whole = int(abs(quantity.value))
    step = 1
    while whole % (step * 10) == 0:
        step *= 10
    return 5.0 if step == 1 and whole % 5 == 0 else float(step)
