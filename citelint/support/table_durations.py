"""A table's follow-up in the unit its column head names ("Follow-up (y)": "2.1"), which the
cited abstract gives in another ("for 104 weeks", "a median of 18.2 months"): the same
duration, converted and rounded, is found (user30b P1-7). Guideline and formulary tables of
outcome trials give every trial's follow-up so; only a head naming the unit says what the
bare number in the cell measures.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from citelint.lazy_pattern import LazyPattern
from citelint.models import Claim
from citelint.read.table_columns import table_head
from citelint.support.numbers import Quantity
from citelint.support.source_kinds import SourceNumbers

_DAYS_IN = {"y": 365.25, "m": 30.4375, "w": 7.0, "d": 1.0}
# A head naming a time span and its unit: "Follow-up (y)", "Median follow-up, months",
# "Duration (wk)", "Treatment duration in weeks".
_DURATION_HEAD = LazyPattern(
    r"(?:follow[- ]?up|duration|length|period|exposure|observation|treatment)\b.*?"
    r"(?:\(|,|\bin\s)\s*(?P<unit>y|yrs?|years?|mo|mos|months?|wks?|weeks?|d|days?)\)?$"
)
_CELL_SEPARATOR = "; "


def table_duration_met(
    text: str, claim: Claim, quantity: Quantity, sources: Iterable[SourceNumbers]
) -> bool:
    """Whether ``quantity`` is a table cell's duration under a head naming its unit that a
    cited source states in another unit: converted and rounded to the cell's decimals, or
    one unit of its last decimal off (a trial's 104 weeks, 2.0 years, may be a table's 2.1 y:
    its median follow-up, not its treatment time); a whole number only exactly."""
    if quantity.unit_days or quantity.role not in ("plain", "duration"):
        return False
    unit_days = _head_unit_days(text, claim, quantity)
    if unit_days is None:
        return False
    scale = 10.0**quantity.decimals
    written = round(quantity.value * scale)
    # A whole number must be the rounded figure itself: "3" years is no 2.6 years' "4".
    slack = 1 if quantity.decimals else 0
    return any(
        abs(math.floor(days / unit_days * scale + 0.5 + 1e-9) - written) <= slack
        for source in sources
        for days in source.durations
    )


def _head_unit_days(text: str, claim: Claim, quantity: Quantity) -> float | None:
    """The days in the unit the head of ``quantity``'s cell names, or None."""
    lines = text.split("\n", claim.line)
    if len(lines) < claim.line or not lines[claim.line - 1].lstrip().startswith("|"):
        return None
    row = lines[claim.line - 1]
    row_start = sum(len(line) + 1 for line in lines[: claim.line - 1])
    head = table_head(text, row_start, {})
    cell = _claim_cell(claim.text, quantity)
    cells = [c.strip(" \t*_") for c in row.strip().strip("|").split("|")]
    if head is None or len(cells) != len(head) or cells.count(cell) != 1:
        return None
    found = _DURATION_HEAD.search(head[cells.index(cell)])
    return _DAYS_IN[found.group("unit")[0]] if found else None


def _claim_cell(text: str, quantity: Quantity) -> str:
    """The cell of a table row's claim ("SUSTAIN-6; 3,297; 2.1; 0.74") holding ``quantity``."""
    start = text.rfind(_CELL_SEPARATOR, 0, quantity.start)
    start = 0 if start < 0 else start + len(_CELL_SEPARATOR)
    end = text.find(_CELL_SEPARATOR, quantity.end)
    return text[start : len(text) if end < 0 else end].strip()
