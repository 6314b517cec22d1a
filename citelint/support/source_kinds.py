"""What a source (an abstract) states, by kind: its numbers gathered into percentages,
durations, doses, p-values, compared pairs and the rest, also numbers written as words and
shares given as fractions, ready for ``sources.matches`` to look a claim's numbers up."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from citelint.support.comparisons import compared_durations, compared_pairs, relative_changes
from citelint.support.number_roles import NUMBER
from citelint.support.number_words import number_words, word_shares
from citelint.support.numbers import (
    _DAYS,
    _TOKEN,
    Quantity,
    _all_quantities,
    _normalise_keep_length,
    _value,
    converted_concentrations,
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
    # Concentrations in the other units a writer converts them to, as (value, unit key).
    concentrations: tuple[tuple[float, str], ...] = ()
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


RATIOS = ("hazard-ratio", "odds-ratio", "risk-ratio")
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
    fractions, grouped = _fractions_and_spaced_groups(plain, tokens)
    values += grouped
    percents += fractions
    durations = [abs(q.value) * q.unit_days for q in quantities if q.unit_days]
    # "Cut deaths by 26%" is how a claim states a hazard ratio of 0.74, and "raised the risk
    # by 30%" one of 1.30: a ratio states its relative change, as a percentage only.
    ratios = [q.value for q in quantities if q.role in RATIOS and 0 < q.value < 3]
    if ratios:
        ratios += _listed_ratios(plain, quantities)
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
        concentrations=tuple(converted_concentrations(plain, quantities)),
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


# A point estimate followed by its interval: Lancet's "(0.48, 0.39-0.59; p<0.0001)", NEJM's
# "and for death from any cause 0.69 (95% CI, 0.53 to 0.88)".
_INTERVAL_AFTER = re.compile(
    rf"(?:\s+for\s+[^;:()=,.]{{1,40}}?)?\s*(?:,|\(\s*(?:9[05]\s*%\s*(?:CI|confidence interval)"
    rf"\s*[:,]?)?)\s*(?P<low>{NUMBER})\s*(?:-|to)\s*(?P<high>{NUMBER})(?![\d%])"
)


def _listed_ratios(plain: str, quantities: list[Quantity]) -> list[float]:
    """The unnamed ratios of an abstract that names its first one: a value written with an
    interval around it, all three between 0 and 3, after the first "hazard ratio" or "RR"
    of the text is the same kind of ratio, whose relative change a claim may give (user32b
    P1-3: "intracranial haemorrhage fell by 52%" for "(0.48, 0.39-0.59; ...)")."""
    listed = []
    for quantity in quantities:
        if quantity.role != "plain" or not 0 < quantity.value < 3 or not quantity.decimals:
            continue
        match = _INTERVAL_AFTER.match(plain, quantity.end)
        if match is None:
            continue
        low, high = float(match.group("low")), float(match.group("high"))
        if 0 < low <= quantity.value <= high < 3:
            listed.append(quantity.value)
    return listed


def _fractions_and_spaced_groups(
    plain: str, tokens: list[re.Match[str]]
) -> tuple[list[float], list[float]]:
    """The shares the text gives as fractions ("12/40": 30%), and its numbers written with
    spaced thousands ("71 553") as one number each."""
    percents: list[float] = []
    values: list[float] = []
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
    return percents, values


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
        if 0 < value <= 1 and shares.is_share(match.start(), match.end(), role not in RATIOS):
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
