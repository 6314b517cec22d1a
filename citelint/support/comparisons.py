"""Which two numbers of a source are the arms of one comparison (for CL301's relative changes).

A claim may state the relative change between two shares or rates the source compares ("cut
events by 28%" from 8.6 vs 6.2 per 1000 person-years). Two neighbouring numbers of one kind
in one sentence are taken as arms of one comparison ("X% vs Y%", "X% in the A group and Y%
of those who received B", "482 patients (22.9%) died ..., as compared with 1110 patients
(25.7%)", "from X to Y") unless the text between them starts another outcome: "death in 10.0%
and 12.5%, and adverse events in 30.1% and 29.8%", "..., respectively, and ...", or an arm
that comes back. A count and a rate ("173 and 211 events (8.6 vs. 6.2 per 1000)") are never
paired: their ratio would let a wrong claim pass (review18 F2). Where the text is unclear a
pair is kept: a pair too many only silences a claim, a pair too few turns a right relative
change into a false CL301 (review19 F6).
"""

from __future__ import annotations

import re
from itertools import combinations

from citelint.support.number_roles import DOSE_AFTER, RANGE_AFTER
from citelint.support.numbers import Quantity
from citelint.support.outcome_breaks import PEOPLE_WORDS as _PEOPLE_WORDS
from citelint.support.outcome_breaks import starts_another_outcome
from citelint.support.variables import (
    COMPARING as _COMPARING,
)
from citelint.support.variables import (
    ComparedNames,
    lists_variables,
    names_another_variable,
    own_variables_differ,
)

# A rate's number: "8.6 events per 1000", "3.1 per 100 patient-years"; and its denominator.
_RATE_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}per\s+\d", re.IGNORECASE)
_DENOMINATOR_BEFORE = re.compile(r"\b(?:per|every)\s+$", re.IGNORECASE)
# "vs." ends no sentence: "8.6 events vs. 6.2 events".
SENTENCE_END = re.compile(r"(?<!\bvs)\.\s|;\s")

# What follows an arm's number: its unit (and a rate's denominator), the sample, the arm.
_UNIT = (
    r"(?:\s*(?:%|percent\b|per cent\b))?"
    r"(?:\s*(?:[a-z-]+\s+){0,2}per\s+[\d,]+(?:\s+[a-z-]+){0,3}|\s+(?:events?|cases?|deaths?)|"
    r"\s*(?:per\s+(?:year|annum|patient-year)|/\s*(?:year|yr)|a\s+year))?"
)
_PEOPLE = rf"(?:{_PEOPLE_WORDS})"
# ") of 9152 patients", " of the patients", " of those"
_SAMPLE = rf"(?:\s*[)\]])?(?:\s+of\s+(?:the\s+)?(?:[\d,]+\s+)?{_PEOPLE}?)?"
_ARM = (
    r"(?P<arm>\s+(?:in|among|for|on|of)\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:group|arm|recipients|users|cohort)|"
    r"\s+(?:with|receiving|given|on)\s+[\w-]+(?:\s+group)?|\s+at\s+baseline|"
    r"\s*\([\w\s/-]{1,30}\))?"  # "2.1% (drug) vs 3.4% (placebo)"
)
_ARM_AFTER = re.compile(_UNIT + _SAMPLE + _ARM, re.IGNORECASE)


def compared_pairs(plain: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The pairs of shares, and of rates, that one comparison of ``plain`` joins, and the two
    values of a measurement given "from X to Y"."""
    shares = [q for q in quantities if q.role == "percent" and not _LEVEL_AFTER.match(plain, q.end)]
    names = ComparedNames(plain)
    pairs = [
        pair
        for pair in _joined(plain, shares, {}, names)
        if not _changes_against_another(plain, *pair)
    ]
    if "per " in plain:
        numbers = [
            q
            for q in quantities
            if (q.role == "plain" or (q.role == "sample-size" and _is_rate(plain, q)))
            and not _DENOMINATOR_BEFORE.search(plain, max(0, q.start - 8), q.start)
        ]
        kinds = _kinds(plain, numbers)
        pairs.extend(
            (first, second)
            for first, second in _joined(plain, numbers, kinds, names)
            if "rate" in (kinds[first.start], kinds[second.start])
        )
    # "121.4 mm Hg in the intensive-treatment group and 136.2 mm Hg in the standard-treatment
    # group": a measurement's two arms, each named (a list of doses, "5 mg or 10 mg", is none).
    measured = [q for q in quantities if q.role == "dose" and _dose_arm(plain, q)]
    if len(measured) > 1:
        pairs.extend(_joined(plain, measured, {}, names))
    if "from" in plain:
        pairs.extend(_from_to(plain, quantities))
    return pairs


# "95 percent confidence interval": a level, no arm's share.
_LEVEL_AFTER = re.compile(r"\s*(?:%|percent|per cent)\s*(?:CI\b|confidence|credible)", re.I)
# "reduced the incidence by 58 percent ... and metformin by 31 percent, as compared with
# placebo": two changes, each against a control arm; their ratio is nothing. (Changes compared
# with each other or with baseline, "fell by 14.9% with semaglutide and by 2.4% with
# placebo", are arms.)
_CHANGE_BY = re.compile(r"\bby\s+(?:about\s+|approximately\s+|nearly\s+|almost\s+)?$", re.I)
_AGAINST_CONTROL = re.compile(
    r"\b(?:vs\.?|versus|compared\s+(?:with|to)|relative\s+to|than)\s+(?:the\s+|with\s+)?"
    r"(?:placebo|controls?|usual\s+care|standard\s+care|sham|no\s+treatment)\b",
    re.IGNORECASE,
)


def _changes_against_another(plain: str, first: Quantity, second: Quantity) -> bool:
    """Whether two percentages are both changes ("by 58 percent") that the sentence compares
    with a control ("as compared with placebo"), not with each other."""
    if not all(_CHANGE_BY.search(plain, max(0, q.start - 20), q.start) for q in (first, second)):
        return False
    if _COMPARING.search(plain, first.end, second.start):
        return False
    starts = [m.end() for m in SENTENCE_END.finditer(plain, 0, first.start)]
    end = SENTENCE_END.search(plain, second.end)
    sentence_start, sentence_end = (
        (starts[-1] if starts else 0),
        (end.start() if end else len(plain)),
    )
    return bool(
        _AGAINST_CONTROL.search(plain, sentence_start, first.start)
        or _AGAINST_CONTROL.search(plain, second.end, sentence_end)
    )


# "from a median baseline value of 92 mg per deciliter to 30 mg per deciliter", "fell from
# 7.4 to 2.8 points": a measurement's two values, before and after.
_FROM_BEFORE = re.compile(r"\bfrom\b[^.;%\d]{0,40}$", re.IGNORECASE)
# "92 mg per deciliter (2.4 mmol per liter) to 30 mg per deciliter": a conversion in
# brackets may stand after the first value; "150 mm Hg to 135 mm Hg".
_TO_BETWEEN = re.compile(
    r"\s*(?:[a-zA-Zµμ/]+(?:\s+per\s+[a-z]+|\s+Hg)?)?(?:\s*\([^()]{1,40}\))?\s+to\s+$"
)


def _from_to(plain: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Two values of one measurement a text gives as "from X to Y" (doses and plain numbers;
    shares and rates pair in ``compared_pairs``); the second may follow the first's
    conversion in brackets."""
    pairs = []
    for index, first in enumerate(quantities):
        if first.role not in ("dose", "plain"):
            continue
        for second in quantities[index + 1 : index + 3]:
            if (
                first.role == second.role
                and _TO_BETWEEN.match(plain, first.end, second.start)
                and _FROM_BEFORE.search(plain, max(0, first.start - 48), first.start)
            ):
                pairs.append((first, second))
                break
    return pairs


# A duration's own unit, written right after it: "10 days", not the 10 of "10-15 days".
_OWN_TIME_UNIT = re.compile(r"\s*(?:years?|months?|weeks?|days?|hours?)\b", re.IGNORECASE)


def compared_durations(plain: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Two durations of one unit that one comparison joins ("10 days with remdesivir and 15
    days with placebo", "median, 10 days, vs. 15 days"); each must have its unit written, so
    a range ("10 to 15 days") is none."""
    durations = [
        q
        for q in quantities
        if q.role == "duration" and q.unit_days and _OWN_TIME_UNIT.match(plain, q.end)
    ]
    return [
        (first, second)
        for first, second in _joined(plain, durations, {}, ComparedNames(plain))
        if first.unit_days == second.unit_days
    ]


def _is_rate(plain: str, quantity: Quantity) -> bool:
    """Whether a number, or the list it starts ("11.0, 7.8, and 4.8 cases"), is per so many."""
    listed = RANGE_AFTER.match(plain[quantity.end : quantity.end + 60])
    return bool(_RATE_AFTER.match(plain, quantity.end + (listed.end() if listed else 0)))


def _arm_after(plain: str, quantity: Quantity) -> str:
    match = _ARM_AFTER.match(plain, quantity.end, quantity.end + 80)
    return (match.group("arm") or "").strip().lower() if match else ""


# The rest of a unit per volume or time the dose pattern leaves: the "/L" of "mmol/L".
_PER_UNIT = re.compile(r"\s*/\s*[A-Za-z]+")


def _dose_arm(plain: str, quantity: Quantity) -> str:
    """The arm named after a dose's unit: "121.4 mm Hg in the intensive-treatment group",
    "3.1 mmol/L with evolocumab"."""
    unit = DOSE_AFTER.match(plain[quantity.end : quantity.end + 20])
    end = quantity.end + (unit.end() if unit else 0)
    per_unit = _PER_UNIT.match(plain, end, end + 12)
    match = _ARM_AFTER.match(plain, per_unit.end() if per_unit else end, quantity.end + 100)
    return (match.group("arm") or "").strip() if match else ""


# A number that counts people or events ("173 and 211 events", "120 of 1480"): no rate's arm.
_COUNTED_AFTER = re.compile(
    rf"\s*(?:[a-z-]+\s+)?(?:{_PEOPLE_WORDS}|events?|cases?|deaths?|persons|people|subjects)\b"
    r"|\s+of\s+[\d,]",
    re.IGNORECASE,
)


def _kind(plain: str, quantity: Quantity) -> str:
    """ "rate" (per so many), "count" (of people or events) or "bare" ("and 11.3 in the
    placebo group", a rate's second arm)."""
    if _is_rate(plain, quantity):
        return "rate"
    listed = RANGE_AFTER.match(plain[quantity.end : quantity.end + 60])
    after = quantity.end + (listed.end() if listed else 0)
    return "count" if _COUNTED_AFTER.match(plain, after) else "bare"


# "8.6 events vs. 6.2 events per 1000": the unit of the first of two compared rates.
_UNIT_AND_JOIN = re.compile(r"\s*[a-z-]+\s*,?\s*(?:vs\.?|versus|and|or|to)\s*$", re.IGNORECASE)


def _kinds(plain: str, numbers: list[Quantity]) -> dict[int, str]:
    """Each number's kind by its start; a "count" joined to a rate by a unit and a joining
    word only ("8.6 events vs. 6.2 events per 1000") is a rate too."""
    kinds = {q.start: _kind(plain, q) for q in numbers}
    for first, second in reversed(list(zip(numbers, numbers[1:], strict=False))):
        if (
            kinds[first.start] == "count"
            and kinds[second.start] == "rate"
            and _UNIT_AND_JOIN.match(plain[first.end : second.start])
        ):
            kinds[first.start] = "rate"
    return kinds


def _may_join(plain: str, previous: Quantity, item: Quantity, kinds: dict[int, str]) -> bool:
    """Whether ``item`` may be the next arm after ``previous`` by their kinds: a count never
    pairs (its ratio to a rate is nothing), a bare number pairs with a rate it follows or,
    named with its arm, precedes ("11.3 in the placebo group and 10.7 per 1000 ...")."""
    before, after = kinds.get(previous.start, "share"), kinds.get(item.start, "share")
    if "count" in (before, after):
        return False
    if before == "bare" and after == "rate":
        return bool(_arm_after(plain, previous))
    return True


def _joined(
    plain: str, items: list[Quantity], kinds: dict[int, str], names: ComparedNames
) -> list[tuple[Quantity, Quantity]]:
    """Each two members of a run of ``items`` that one comparison joins.

    A run goes on within a sentence until the text between two numbers starts another
    outcome, a count comes between rates, or an arm comes back ("X% in the drug group and Y%
    in the placebo group, and Z% in the drug group ..." starts another outcome at Z).
    """
    pairs: list[tuple[Quantity, Quantity]] = []
    run: list[Quantity] = []
    arms: set[str] = set()
    for item in items:
        joined = False
        if run and not SENTENCE_END.search(plain, run[-1].end, item.start):
            previous = run[-1]
            arm = _arm_after(plain, item)
            joined = (
                _may_join(plain, previous, item, kinds)
                and not starts_another_outcome(plain, previous, item, names)
                and (not arm or arm not in arms)
            )
        if joined:
            run.append(item)
            arms.add(_arm_after(plain, item))
            continue
        pairs.extend(_run_pairs(plain, run, names))
        run, arms = [item], {_arm_after(plain, item)}
    pairs.extend(_run_pairs(plain, run, names))
    return pairs


def _run_pairs(
    plain: str, run: list[Quantity], names: ComparedNames
) -> list[tuple[Quantity, Quantity]]:
    """Each two members of a run, save those that name different variables of their own or
    stand either side of a share naming another outcome ("12.1% mortality with the drug vs
    15.3% with placebo, and 2.0% stroke vs 2.9%"); none when the run is a list of variables
    ("45% women, 30% Black and 22% Hispanic")."""
    if lists_variables(plain, run):
        return []
    parts, part = [], 0
    for index, item in enumerate(run):
        part += bool(index and names_another_variable(plain, run[:index], item, names))
        parts.append(part)
    return [
        (first, second)
        for (i, first), (j, second) in combinations(enumerate(run), 2)
        if parts[i] == parts[j] and not own_variables_differ(plain, first, second, names)
    ]


def relative_changes(pairs: list[tuple[Quantity, Quantity]], rise: bool) -> list[float]:
    """Each pair's change as a percentage of its smaller (a rise) or larger (a fall) value."""
    found = []
    for first, second in pairs:
        low, high = sorted((abs(first.value), abs(second.value)))
        if 0 < low < high:
            found.append(100 * (high / low - 1) if rise else 100 * (1 - low / high))
    return found
