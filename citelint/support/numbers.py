"""Numbers in claims and abstracts: find them, give each its role (``number_roles``), and
compare them.

Text is first normalised one character for one character (unicode minus and dashes become
"-", a Lancet-style "·" between digits becomes ".", thin and no-break spaces become " "), so
offsets found in the normalised text are offsets in the original text too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citelint.support.number_roles import NOT_A_RATIO, NUMBER, RANGE_AFTER, number_role
from citelint.support.quantity import Quantity
from citelint.support.shares import names_share
from citelint.support.wording import (
    LOCALE_CUE,
    ROUNDED_ROLES,
    approximation,
    claimed_bound,
    direction_of_change,
    is_difference,
    is_multiple,
    is_needed_to_treat,
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

# A leading "-" is a sign only where it cannot be a range dash or part of a name (IL-6).
_TOKEN = re.compile(
    rf"(?=[-.\d])(?<![\w.,])(?<![A-Za-z]-)(?P<sign>(?<![\w)\]])-(?=\d))?(?P<num>{NUMBER})"
)
_CI = re.compile(
    rf"(?=[Cc])(?:\bCI|confidence interval)s?\s*[:=,]?\s*(?:was|of|from)?\s*[\[(]?\s*"
    rf"(?P<a>-?{NUMBER})\s*%?\s*(?:,|;|to|-)\s*(?P<b>-?{NUMBER})",
    re.IGNORECASE,
)
_PLUS_MINUS = re.compile(rf"(?=[-.\d])(?P<a>-?{NUMBER})\s*(?:±|\+/-|\+-)\s*(?P<b>{NUMBER})")

_TIME_UNIT = re.compile(
    rf"^\s*-?\s*{NOT_A_RATIO}(years?|yrs?|months?|mo\b|weeks?|wks?|days?|hours?|hrs?|h\b|"
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
# Roles whose figure a claim may give as a bound ("under 20%") or a range ("37-40%").
_BOUNDED_ROLES = frozenset({"percent", "plain", "sample-size", "dose"})
_UPPER_BOUND = re.compile(r"(?:<|≤|&lt;)\s*=?\s*$")
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
    checked = [q for q in quantities if q.role not in UNCHECKED_ROLES]
    return _ranges_as_one(text, plain, _without_own_conversions(plain, checked))


# "-15.3 kg (about 34 lb)": the writer's own conversion of the number before it, which is
# the one to check (user32b P1-6).
_POUNDS_AFTER_KG = re.compile(
    rf"(?P<kg>{NUMBER})\s*kg\s*\(\s*(?:about|approximately|approx\.?|roughly|around|~|≈)?\s*"
    rf"(?P<lb>{NUMBER})\s*(?:lbs?|pounds)\b",
    re.IGNORECASE,
)
_POUNDS_PER_KG = 2.2046


def _without_own_conversions(plain: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` without the pounds a claim adds after its kilograms."""
    if "lb" not in plain and "pound" not in plain:
        return quantities
    converted = set()
    for match in _POUNDS_AFTER_KG.finditer(plain):
        kilograms, pounds = _parse(match.group("kg")), _parse(match.group("lb"))
        if kilograms and abs(pounds / (kilograms * _POUNDS_PER_KG) - 1) <= 0.03:
            converted.add(match.start("lb"))
    return [q for q in quantities if q.start not in converted]


def _ranges_as_one(text: str, plain: str, quantities: list[Quantity]) -> list[Quantity]:
    """A dashed range of percentages ("1–2%", "37-40%") as one figure, its first end with
    the other as ``other_end``: each end was a figure of its own, and a finding named "1"
    and "2" where the claim says "1–2%" (user24 P3 4). Either end matched the same values
    (those within the range), so what matches is unchanged."""
    merged: list[Quantity] = []
    for quantity in quantities:
        opening = merged[-1] if merged else None
        if (
            opening is not None
            and opening.other_end is not None
            and opening.other_end == quantity.value
            and quantity.other_end == opening.value
            and opening.role == quantity.role == "percent"
            and plain[opening.end : quantity.start] == "-"
        ):
            merged[-1] = replace(opening, raw=text[opening.start : quantity.end], end=quantity.end)
        else:
            merged.append(quantity)
    return merged


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
        role = number_role(plain, start, end, match.group("num"))
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
        claim
        and role in ("plain", "sample-size")
        and 0 < value < 1
        and names_share(plain, start, end),
        concentration_unit(plain, end) if claim and role == "dose" else "",
    )


def _unit_days(after: str) -> float:
    """Days in the time unit that follows a number, also across a range ("6-12 months")."""
    range_match = RANGE_AFTER.match(after)
    match = _TIME_UNIT.match(after[range_match.end() :] if range_match else after)
    return _DAYS[match.group(1).lower()[:2]] if match else 0.0


def _parse(raw: str) -> float:
    sign = raw.startswith("-")
    return _value("-" if sign else "", raw.lstrip("-"))


# A mass, amount or activity per volume ("30 µg/L", "1.5 mg/dL", "140 mmol/L", "35 U/L") is a
# concentration measured in the patient, not a dose given: both read as "dose" for matching.
_CONCENTRATION_AFTER = re.compile(
    r"^\s*(?:[mµμunp]?g|mcg|[mµμnp]?mol|mEq|m?IU|U|units?)\s*/\s*(?:[dcmµμ]?[lL]|litre|liter)"
    r"(?![A-Za-z])"
)
# "a systolic target below 120 mm Hg", "PEEP 10 cmH2O": a pressure, read as "dose" for matching
# because its unit is among the dose units, is no dose given (user24 P2 5).
_PRESSURE_AFTER = re.compile(r"^\s*(?:mm\s?Hg|cm\s?H2O|kPa)(?![A-Za-z])")


_CONCENTRATION_UNIT = re.compile(
    r"\s*(mg|mmol)\s*(?:/\s*|per\s+)(d)?(?:l|liter|litre|deciliter|decilitre)\b", re.IGNORECASE
)
# What a concentration in one unit is in another: CRP in mg/L and mg/dL, and cholesterol in
# mmol/L and mg/dL (38.67 mg/dL for 1 mmol/L), as clinical writers convert them.
_CONVERSIONS = {("mg/l", "mg/dl"): 0.1, ("mg/dl", "mg/l"): 10.0}
_CHOLESTEROL_CONVERSIONS = {("mmol/l", "mg/dl"): 38.67, ("mg/dl", "mmol/l"): 1 / 38.67}
_CHOLESTEROL = re.compile(r"\b(?:LDL|HDL|non-HDL|cholesterol)", re.IGNORECASE)


def concentration_unit(plain: str, end: int) -> str:
    """The unit of a concentration right after ``plain[:end]`` as a key ("mg/dl"), or ""."""
    match = _CONCENTRATION_UNIT.match(plain, end, end + 30)
    if match is None:
        return ""
    return f"{match.group(1).lower()}/{'dl' if match.group(2) else 'l'}"


def converted_concentrations(plain: str, quantities: list[Quantity]) -> list[tuple[float, str]]:
    """Each concentration of a source text in the other units a writer may give it in, as
    (value, unit key): "2.0 mg per liter" is (0.2, "mg/dl")."""
    conversions = dict(_CONVERSIONS)
    if _CHOLESTEROL.search(plain):
        conversions.update(_CHOLESTEROL_CONVERSIONS)
    converted = []
    for quantity in quantities:
        unit = concentration_unit(plain, quantity.end) if quantity.role == "dose" else ""
        for (source_unit, claim_unit), factor in conversions.items() if unit else ():
            if source_unit == unit:
                converted.append((abs(quantity.value) * factor, claim_unit))
    return converted


def shown_role(text: str, quantity: Quantity) -> str:
    """The kind of number ``quantity`` of ``text`` is, as a reader names it: its role, but a
    concentration or a pressure where its role is "dose" only because of its unit."""
    if quantity.role != "dose" or text[quantity.start : quantity.end] != quantity.raw:
        return quantity.role
    after = _normalise_keep_length(text[quantity.end :])
    range_match = RANGE_AFTER.match(after)
    unit = after[range_match.end() :] if range_match else after
    if _CONCENTRATION_AFTER.match(unit):
        return "concentration"
    if _PRESSURE_AFTER.match(unit):
        return "pressure"
    return quantity.role
