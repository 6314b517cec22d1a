"""Whether a claim's duration is one its source states (CL301), in any unit, rounded.

A year is 12 months is 52 weeks is 365 days; a claim may round a source's duration into its
own unit ("2.3 years" for 27 months), or give in a finer unit the full text's figure that the
abstract rounded ("27-month follow-up" for "a median follow-up of 2.3 years").
"""

from __future__ import annotations

import math

from citelint.support.numbers import Quantity

# Durations in days within this share of each other are one: 12 months and 1 year.
_SAME_SHARE = 0.02
# A duration rounded into another unit strays no more than this share from its source's.
_ROUNDED_DURATION_SHARE = 0.05


def duration_met(
    quantity: Quantity,
    durations: tuple[float, ...],
    forms: tuple[tuple[float, float, int], ...],
    differences: tuple[float, ...],
) -> bool:
    """Whether a claim's duration (with its unit) is among a source's ``durations`` (days),
    a rounding of one of its written ``forms`` (value, days in the unit, decimals), or, for a
    claim stating a difference ("recovery was 5 days shorter"), among the ``differences``
    of two compared durations (days)."""
    return (
        _same_duration(quantity, durations)
        or any(_rounded_duration(quantity, form) for form in forms)
        or (quantity.difference and _same_duration(quantity, differences))
    )


def _same_duration(quantity: Quantity, durations: tuple[float, ...]) -> bool:
    days = abs(quantity.value) * quantity.unit_days
    return bool(days) and any(abs(stated - days) <= _SAME_SHARE * days for stated in durations)


def _rounded_duration(quantity: Quantity, form: tuple[float, float, int]) -> bool:
    """Whether a claim's duration and a source's written one are one figure rounded: the
    source's in the claim's unit rounds to the claim's ("2.3 years" for 27 months), or the
    claim's, in the source's coarser unit, to the source's ("27-month" from a full text the
    abstract gives as "2.3 years"); either within a twentieth ("2 years" is no 27 months)."""
    value, unit_days, decimals = form
    days = value * unit_days
    claim_days = abs(quantity.value) * quantity.unit_days
    if abs(claim_days - days) > _ROUNDED_DURATION_SHARE * days:
        return False
    if _rounds_half_up(days / quantity.unit_days, abs(quantity.value), quantity.decimals):
        return True
    return unit_days > quantity.unit_days and _rounds_half_up(
        claim_days / unit_days, value, decimals
    )


def _rounds_half_up(exact: float, written: float, decimals: int) -> bool:
    """Whether ``exact`` rounded half up (as people round) to ``decimals`` is ``written``."""
    scale = 10.0**decimals
    return math.floor(exact * scale + 0.5 + 1e-9) == round(written * scale)
