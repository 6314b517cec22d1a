"""Which of a claim's citations a part of the claim belongs to.

A sentence may cite one paper for its first clause and others for its second: "Two trials
extended the benefit [3,4], and a pooled analysis of all four confirmed it [1-4]." Each
marker knows where it stood in the claim's text (``Marker.offset``, None when it closes the
claim), so a word of the claim belongs to the first marker after it. Words after the last
marker belong to every citation of the claim, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citelint.models import Claim, Marker
from citelint.support.criteria import is_note_criterion, restates_definition
from citelint.support.designs import design_position
from citelint.support.numbers import Quantity
from citelint.support.orders import is_orders_own, order_clauses
from citelint.support.patient_values import is_patients_own
from citelint.support.regimens import in_schedule

if TYPE_CHECKING:
    from citelint.support.checker import Cited

# The article's own table or figure, cited in its text: "(Table 1)", "(see Figure 2B)",
# "(Fig. 3)", "(eTable 2 in the Supplement)", "(Supplementary Table S1)".
OWN_EXHIBIT = re.compile(
    r"\((?:see\s+)?(?:online\s+|supplementary\s+|supplemental\s+)?(?:e?Table|e?Fig(?:ure)?s?\.?)"
    r"\s*S?\d+[A-Za-z]?\b[^()]{0,160}\)",
    re.IGNORECASE,
)


def closing_citations(claim: Claim, position: int) -> tuple[Marker, list[int]] | None:
    """The marker closing the clause that holds ``position`` of the claim's text, and the
    entries that clause cites; None when the words at ``position`` follow every marker. A
    marker with no offset closes the claim: the words are said of it and of every marker
    after it ("... found weight loss [1], [3].", and inline citations, which have none)."""
    for at, marker in enumerate(claim.markers):
        if marker.offset is None:
            numbers = [number for later in claim.markers[at:] for number in later.numbers]
            return marker, list(dict.fromkeys(numbers))
        if marker.offset >= position:
            return marker, marker.numbers
    return None


def design_citations(claim: Claim, cited: list[Cited]) -> tuple[list[Cited], list[int], Marker]:
    """The citations the design a claim names is said of, the entries they stand for and the
    marker to report at: the marker closing the design's clause when the claim has several
    markers, else the claim's citations and the first one's marker. No citations when the
    claim names no design."""
    position = design_position(claim.text) if cited else None
    if position is None:
        return [], [], claim.markers[0]
    closing = closing_citations(claim, position) if len(claim.markers) > 1 else None
    if closing is None:
        return cited, claim.numbers, cited[0].marker
    marker, numbers = closing
    by_number = {c.number: c for c in cited}
    own = [by_number[n] for n in numbers if n in by_number]
    return own, numbers, marker


# A clause of its own after a citation that stands mid-sentence: "... with I² [8]; values of 50%
# or more will be regarded ...", "... at admission;3 the proportion was 41.9% ...". Not "...
# [3], from 12% to 8%": that tail is the cited result; nor a table row's cells, joined by "; "
# with no verb ("Case review; 61 children; Mortality 12%"); nor a clause giving an effect
# ("[1]; the hazard ratio was 0.52": the cited result, review31b P1-6). After "and" only what
# the writers will do or how they define a term is theirs.
_OWN_VERB = r"\b(?:will|would|shall|defined|regarded|considered|deemed)\b"
_AND_CLAUSE_AFTER = re.compile(
    r"\s*,?\s*(?:and|but|whereas|while)\s+(?:a|an|the|her|his|their|its|our|this|these|no)"
    rf"\s[^,;()]{{0,80}}?{_OWN_VERB}",
    re.IGNORECASE,
)
_VERB = re.compile(rf"{_OWN_VERB}|\b(?:was|were|is|are)\b", re.IGNORECASE)
_EFFECT = re.compile(
    r"\b(?:hazard|odds|risk|ratios?|(?-i:HR|OR|RR|CI)|confidence|difference|reduc\w*|increas\w*|"
    r"fell|rose|lower\w*|higher|improv\w*|p\s*[<=])\b",
    re.IGNORECASE,
)


def _clause_of_its_own(claim_text: str, last: int) -> bool:
    """Whether the words after the citation at ``last`` make a clause of their own."""
    tail = claim_text[last:]
    if claim_text[:last].rstrip().endswith(";"):
        clause = tail  # "... at admission;3 the proportion was ..."
    elif tail.lstrip().startswith(";"):
        clause = tail.lstrip()[1:]  # "... I² [8]; values of 50% ..."
    else:
        return _AND_CLAUSE_AFTER.match(tail) is not None
    return ";" not in clause and _VERB.search(clause) is not None and not _EFFECT.search(clause)


def own_exhibit_from(claim: Claim) -> int | None:
    """Where words after the claim's last citation begin that are the writer's, not the cited
    paper's: words citing the article's own table or figure ("...eGFR (5); the benefit ... was
    unchanged (Table 1).") or a clause of their own after a citation placed mid-sentence (a
    marker vouches for what precedes it, user31b P1-8). None when no such words follow."""
    last = claim.markers[-1].offset if claim.markers else None
    if last is None:
        return None
    if _clause_of_its_own(claim.text, last):
        return last
    return last if OWN_EXHIBIT.search(claim.text, last) else None


def design_numbers(claim: Claim) -> list[int]:
    """The entries the design a claim names is said of (all the claim's when it names none)."""
    position = design_position(claim.text) if len(claim.markers) > 1 else None
    closing = closing_citations(claim, position) if position is not None else None
    return closing[1] if closing is not None else claim.numbers


def is_writers_own(claim_text: str, quantity: Quantity, orders: list[tuple[int, int]]) -> bool:
    """Whether a number is the writer's, not a result the cited abstract must state: an
    order's dose, schedule or threshold, the patient's own value in a note, a guideline's
    threshold, or a note's own criterion (a threshold, a time limit, an age: see
    ``criteria``). CL301 and the audit ask this of every number no abstract holds."""
    return (
        is_orders_own(claim_text, quantity, orders)
        or in_schedule(claim_text, quantity)
        or is_patients_own(claim_text, quantity, orders)
        or restates_definition(claim_text, quantity)
        or is_note_criterion(claim_text, quantity)
    )


def unclaimed(claim: Claim, missing: list[Quantity]) -> list[Quantity]:
    """Which of the claim's numbers no cited abstract states CL301 holds against it: not
    those after its citations from the article's own table, nor the writer's own (see
    is_writers_own)."""
    own = own_exhibit_from(claim)
    orders = order_clauses(claim.text)
    return [
        quantity
        for quantity in missing
        if (own is None or quantity.start < own)
        and not is_writers_own(claim.text, quantity, orders)
    ]
