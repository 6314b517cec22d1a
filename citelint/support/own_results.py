"""A writer's own figures in a sentence that cites what they are measured against or drawn
from: an audit's results beside the guideline they fall short of, and the duration a letter's
writers propose.

"Renal function was checked every 6 months in 71.5% and thyroid function in 64.0%, short of
the guideline standard.[3]" cites the guideline for its standard; the two percentages are the
study's own audit, which no guideline reports (user31b P1-10). "We would add that observation
... for 4-6 hours before deciding on CT lowers CT rates further (6)" cites the paper for the
effect of observation; the hours are the writers' proposal (user31b, after fix31c). CL301 and
the audit leave such numbers; the standard's own figure ("short of the standard of 90%") and
a proposal's result ("We would add that observation lowered CT use by 40%") stay checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citelint.record import Record
from citelint.support.instruments import scores_on_cited_instrument
from citelint.support.numbers import extract_numbers, shown_role
from citelint.support.quantity import Quantity

# The writer's figures set against a standard: "short of the guideline standard", "below the
# national target", "did not meet the NICE recommendation", "exceeding the audit benchmark".
_AGAINST_STANDARD = re.compile(
    r"\b(?:(?:fell|falls|falling|fall)\s+)?(?:short\s+of|below|under|above|exceed(?:s|ed|ing)?|"
    r"(?:did\s+not\s+|does\s+not\s+|failed\s+to\s+|not\s+)?(?:meet|met|meets|meeting|reach|"
    r"reached|reaching))\s+(?:the|a|an|its|their|our)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:guidelines?|standards?|targets?|recommendations?|benchmarks?)\b(?!\s+(?:of|at)\s+\d)",
    re.IGNORECASE,
)
# A guideline's record by its title: "recommendations from clinical practice guidelines",
# "Consensus statement on ...", "Quality standards for ...".
_GUIDELINE_TITLE = re.compile(
    r"\b(?:guidelines?|recommendations?|consensus|position\s+statement|quality\s+standards?|"
    r"standards\s+(?:of|for))\b",
    re.IGNORECASE,
)
# A sentence's or a clause's end between the figure and the standard; not a decimal point.
_STOP = re.compile(r"[.;](?!\d)")
_TRIAL = re.compile(r"\btrials?\b|\brandomi[sz]ed\b", re.IGNORECASE)
# A title that names a study of practice ("Adherence to heart failure guidelines: a
# cross-sectional study", "Compliance with quality standards: a national audit"): its figures
# are its results though "guidelines" or "standards" is in its title (review32a P1-1).
_STUDY_OF_PRACTICE = re.compile(
    r"\b(?:adherence|compliance|audits?|cohort|cross-sectional|surveys?|registry|"
    r"observational|retrospective|prospective|study)\b",
    re.IGNORECASE,
)
_GUIDELINE_TYPES = ("Guideline", "Consensus Development Conference")


def is_guideline_record(record: Record) -> bool:
    """Whether the record is a guideline, a consensus or a review of guidelines' advice."""
    if any("Trial" in kind for kind in record.publication_types) or _TRIAL.search(record.title):
        return False
    if any(kind.endswith(_GUIDELINE_TYPES) for kind in record.publication_types):
        return True
    if _STUDY_OF_PRACTICE.search(record.title):
        return False
    return _GUIDELINE_TITLE.search(record.title) is not None


def measured_against_cited_standard(
    claim_text: str, quantity: Quantity, records: Iterable[tuple[int, Record]]
) -> bool:
    """Whether ``quantity`` is a percentage of the writer's own that the same sentence sets
    against a standard every cited record (a guideline) gives: the figures before "short of
    the guideline standard" are the audit's, not the guideline's."""
    if shown_role(claim_text, quantity) != "percent":
        return False
    found = _AGAINST_STANDARD.search(claim_text, quantity.end)
    if found is None or _STOP.search(claim_text, quantity.end, found.start()):
        return False
    records = list(records)
    return bool(records) and all(is_guideline_record(record) for _, record in records)


# The writers' own proposal, opening the sentence or a clause: "We would add that", "We
# suggest", "I would argue that", "we propose".
_PROPOSAL = re.compile(
    r"(?:^|[.;:]\s+)(?:we|I)\s+(?:would\s+|therefore\s+|also\s+|further\s+){0,2}"
    r"(?:add|suggest|propose|argue|advocate|favou?r|prefer)\b",
    re.IGNORECASE,
)


def proposes_duration(
    claim_text: str, quantity: Quantity, records: Iterable[tuple[int, Record]]
) -> bool:
    """Whether ``quantity`` is a duration in the writers' own proposal ("We would add that
    observation ... for 4-6 hours ... lowers CT rates"): how long they would observe is
    theirs, the effect of observing is the cited paper's. Only when no cited abstract gives a
    duration in the same unit: "I would argue that 24 months of warfarin reduced recurrence"
    citing a trial of 18 months misquotes it (review32a P1-3)."""
    if quantity.role != "duration":
        return False
    if not any(found.end() <= quantity.start for found in _PROPOSAL.finditer(claim_text)):
        return False
    return not any(
        stated.role == "duration" and stated.unit_days == quantity.unit_days
        for _, record in records
        for stated in extract_numbers(record.abstract)
    )


def writers_result(
    claim_text: str, quantity: Quantity, records: Iterable[tuple[int, Record]]
) -> bool:
    """Whether ``quantity`` is the writer's own figure: a score on the instrument every cited
    record describes (``instruments``), or one of those the module's docstring names."""
    records = list(records)
    return (
        scores_on_cited_instrument(claim_text, quantity, records)
        or proposes_duration(claim_text, quantity, records)
        or measured_against_cited_standard(claim_text, quantity, records)
    )
