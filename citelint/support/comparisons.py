"""Which two numbers of a source are the arms of one comparison (for CL301's relative changes).

A claim may state the relative change between two shares or rates the source compares ("cut
events by 28%" from 8.6 vs 6.2 per 1000 person-years). Only numbers of one kind that one
comparison joins are paired: "X% vs Y%", "X% and Y% of patients ... respectively", "from X to
Y", "X% in the A group and Y% in the B group", "11.0, 7.8, and 4.8 cases per 100 person-years".
Two shares of different outcomes ("death in 10.0% and 12.5%, and adverse events in 30.1% and
29.8%") or a count and a rate ("173 and 211 events (8.6 vs. 6.2 per 1000)") are never paired:
their ratio would let a wrong claim pass (review18 F2).
"""

from __future__ import annotations

import re
from itertools import combinations

from citelint.support.numbers import _RANGE_AFTER, Quantity

# A rate's number: "8.6 events per 1000", "3.1 per 100 patient-years"; and its denominator.
_RATE_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}per\s+\d", re.IGNORECASE)
_DENOMINATOR_BEFORE = re.compile(r"\b(?:per|every)\s+$", re.IGNORECASE)
# "vs." ends no sentence: "8.6 events vs. 6.2 events".
SENTENCE_END = re.compile(r"(?<!\bvs)\.\s|;\s")

# What may stand between two arms of one comparison, after the first number: its unit (and
# a rate's denominator), the arm it is of, a joining word, and the second arm's count.
_UNIT = (
    r"\s*(?:%|percent\b|per cent\b)?"
    r"(?:\s*(?:[a-z-]+\s+){0,2}per\s+[\d,]+(?:\s+[a-z-]+){0,3}|\s+(?:events?|cases?|deaths?)|"
    r"\s*(?:per\s+(?:year|annum|patient-year)|/\s*(?:year|yr)|a\s+year))?"
)
_PEOPLE_WORDS = r"patients|participants|persons|those|women|men|children|adults"
_PEOPLE = rf"(?:{_PEOPLE_WORDS})"
# ") of 9152 patients", " of the patients", " of those"
_SAMPLE = rf"(?:\s*[)\]])?(?:\s+of\s+(?:the\s+)?(?:[\d,]+\s+)?{_PEOPLE}?)?"
_ARM = (
    r"(?P<arm>\s+(?:in|among|for|on|of)\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:group|arm|recipients|users|cohort)|"
    r"\s+(?:with|receiving|given|on)\s+[\w-]+(?:\s+group)?|\s+at\s+baseline|"
    r"\s*\([\w\s/-]{1,30}\))?"  # "2.1% (drug) vs 3.4% (placebo)"
)
_JOIN = (
    r"\s*(?:,\s*(?:and|or)?|(?:,\s*)?(?:and|or|vs\.?|versus|to|(?:as\s+)?compared\s+with))"
    r"(?:\s+(?:in|with|among))?"
)
# The second arm's count ("496 (", "502 of 2371 patients ("), or a control named before it.
_COUNT = (
    rf"(?:\s+[\d,]+(?:\s+of\s+[\d,]+)?(?:\s+(?:{_PEOPLE_WORDS}|events?|cases?))?|"
    r"\s+(?:placebo|controls?|usual[ -]care|sham))?\s*[(\[]?\s*$"
)
_BETWEEN_ARMS = re.compile(_UNIT + _SAMPLE + _ARM + _JOIN + _COUNT, re.IGNORECASE)
_ARM_AFTER = re.compile(_UNIT + _SAMPLE + _ARM, re.IGNORECASE)


def compared_pairs(plain: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The pairs of shares, and of rates, that one comparison of ``plain`` joins, and the two
    values of a measurement given "from X to Y"."""
    shares = [q for q in quantities if q.role == "percent"]
    pairs = _joined(plain, shares)
    if "per " in plain:
        numbers = [
            q
            for q in quantities
            if (q.role == "plain" or (q.role == "sample-size" and _is_rate(plain, q)))
            and not _DENOMINATOR_BEFORE.search(plain, max(0, q.start - 8), q.start)
        ]
        rates = {q.start for q in numbers if _is_rate(plain, q)}
        if rates:
            pairs.extend(
                (first, second)
                for first, second in _joined(plain, numbers)
                if first.start in rates or second.start in rates
            )
    if "from" in plain:
        pairs.extend(_from_to(plain, quantities))
    return pairs


# "from a median baseline value of 92 mg per deciliter to 30 mg per deciliter", "fell from
# 7.4 to 2.8 points": a measurement's two values, before and after.
_FROM_BEFORE = re.compile(r"\bfrom\b[^.;%\d]{0,40}$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s*(?:[a-zA-Zµμ/]+(?:\s+per\s+[a-z]+)?)?\s+to\s+$")


def _from_to(plain: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Two values of one measurement a text gives as "from X to Y" (doses and plain numbers;
    shares and rates pair in ``compared_pairs``)."""
    pairs = []
    for first, second in zip(quantities, quantities[1:], strict=False):
        if (
            first.role == second.role
            and first.role in ("dose", "plain")
            and _TO_BETWEEN.match(plain, first.end, second.start)
            and _FROM_BEFORE.search(plain, max(0, first.start - 48), first.start)
        ):
            pairs.append((first, second))
    return pairs


def _is_rate(plain: str, quantity: Quantity) -> bool:
    """Whether a number, or the list it starts ("11.0, 7.8, and 4.8 cases"), is per so many."""
    listed = _RANGE_AFTER.match(plain[quantity.end : quantity.end + 60])
    return bool(_RATE_AFTER.match(plain, quantity.end + (listed.end() if listed else 0)))


def _arm_after(plain: str, quantity: Quantity) -> str:
    match = _ARM_AFTER.match(plain, quantity.end, quantity.end + 80)
    return (match.group("arm") or "").strip().lower() if match else ""


def _joined(plain: str, items: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Each two members of a run of ``items`` that one comparison joins.

    A run goes on while the text between two numbers is only a unit, an arm and a joining
    word, and ends where an arm comes back ("X% in the drug group and Y% in the placebo
    group, and Z% in the drug group ..." starts another outcome at Z).
    """
    pairs: list[tuple[Quantity, Quantity]] = []
    run: list[Quantity] = []
    arms: set[str] = set()
    for item in items:
        joined = False
        if run and not SENTENCE_END.search(plain, run[-1].end, item.start):
            previous = run[-1]
            arm = _arm_after(plain, item)
            joined = bool(_BETWEEN_ARMS.match(plain[previous.end : item.start])) and (
                not arm or arm not in arms
            )
        if joined:
            run.append(item)
            arms.add(_arm_after(plain, item))
            continue
        pairs.extend(combinations(run, 2))
        run, arms = [item], {_arm_after(plain, item)}
    pairs.extend(combinations(run, 2))
    return pairs


def relative_changes(pairs: list[tuple[Quantity, Quantity]], rise: bool) -> list[float]:
    """Each pair's change as a percentage of its smaller (a rise) or larger (a fall) value."""
    found = []
    for first, second in pairs:
        low, high = sorted((abs(first.value), abs(second.value)))
        if 0 < low < high:
            found.append(100 * (high / low - 1) if rise else 100 * (1 - low / high))
    return found
