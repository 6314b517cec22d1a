"""Whether a claim's number is among what its source states (CL301).

``citelint.support.numbers`` finds a text's numbers and their roles; ``source_kinds`` gathers
a source's (an abstract's) into kinds; this module looks a claim's numbers up among them as
the same kind of quantity.
"""

from __future__ import annotations

import math

from citelint.support.durations import duration_met
from citelint.support.numbers import Quantity
from citelint.support.source_kinds import RATIOS, SourceNumbers, source_numbers

# What a source states is read in ``source_kinds``; looked up here, as the callers import it.
__all__ = ["SourceNumbers", "is_difference_of", "matches", "source_numbers"]


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
        return _percent_met(quantity, source)
    if quantity.role == "duration":
        return _duration_met(quantity, source)
    if quantity.role == "dose":
        # "LDL fell by 62 mg/dL": from 92 to 30 mg/dL.
        return (
            _stated(quantity, source.doses + source.values)
            or (quantity.difference and _stated(quantity, source.dose_differences))
            or _converted_met(quantity, source)
        )
    if quantity.role == "one-in":
        return _one_in_met(quantity, source)
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
    return _number_met(quantity, source)


def _number_met(quantity: Quantity, source: SourceNumbers) -> bool:
    """``matches`` for a quantity of no role read apart (an age, a difference, a multiple,
    a plain number or ratio)."""
    # "The median age was 67 years" for the abstract's "median age, 67.4 years", which reads
    # as a duration: rounded as a duration would be.
    if quantity.role == "age" and _stated(quantity, source.written):
        return True
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
        or (quantity.share and _share_as_percent(quantity, source.percents))  # "0.38 of"
        or _round_thousands_met(quantity, source.values)
        or (quantity.role in RATIOS and _stated(quantity, source.change_ratios))
        or (not quantity.multiple and _stated(quantity, source.written, rounding=False))
    )


_COUNT_ROLES = ("plain", "sample-size")


def is_difference_of(quantity: Quantity, found: list[Quantity]) -> bool:
    """Whether a claim's difference ("54 more deaths ... (257 vs 203)") is that of two of its
    own numbers of the same role that its source states (user32b P1-12)."""
    if not quantity.difference:
        return False
    # "54 more patients died (257 vs 203)": a count, with or without its people, is a count.
    kinds = _COUNT_ROLES if quantity.role in _COUNT_ROLES else (quantity.role,)
    stated = [q.value for q in found if q.role in kinds and not q.difference]
    gaps = [abs(a - b) for index, a in enumerate(stated) for b in stated[index + 1 :]]
    return _stated(quantity, tuple(gaps), rounding=False)


def _converted_met(quantity: Quantity, source: SourceNumbers) -> bool:
    """Whether a claim's concentration is one of the source's in the claim's unit, to the
    claim's precision: "0.2 mg/dL" for "2.0 mg per liter", "20 mg/dL" for 0.51 mmol/L (19.7)."""
    if not quantity.unit:
        return False
    values = tuple(value for value, unit in source.concentrations if unit == quantity.unit)
    return _stated(quantity, values)


def _percent_met(quantity: Quantity, source: SourceNumbers) -> bool:
    # Only a claim worded as a difference ("26% fewer") meets the compared differences.
    differences = source.differences if quantity.difference else ()
    # A claim saying which way a share or rate went ("raised bleeding by 39%") may give
    # the relative change between the two the source compares.
    changes = (source.rises if quantity.direction in ("up", "both") else ()) + (
        source.falls if quantity.direction in ("down", "both") else ()
    )
    return _stated(quantity, source.percents + source.relative_changes + differences + changes)


def _one_in_met(quantity: Quantity, source: SourceNumbers) -> bool:
    # "1 in 4" rounds a share to a whole "1 in N": 25.7% is 1 in 3.9.
    shares = source.percents + (source.differences if quantity.difference else ())
    return _stated(quantity, source.values, rounding=False) or any(
        _one_in(quantity, 100 / share) for share in shares if share > 0
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
