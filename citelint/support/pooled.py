"""A review's own pooled estimate: a number no single cited abstract states.

A systematic review's summary-of-findings table or forest-plot row gives the estimate it
pooled from the trials it cites ("| CV death or worsening HF | HR 0.74 (0.68-0.82) | ⊕⊕⊕⊕ High |
2 RCTs [1,2] |"); the pooled interval is the review's, so CL301 must not ask the trials'
abstracts for it (user24 P1 8). Only a number under a citation of several papers is the
review's, and only when none of them is itself a meta-analysis or systematic review (whose
abstract states its pooled result); a number cited to one paper is checked as ever.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citelint.models import Claim
from citelint.record import Record
from citelint.support.clauses import closing_citations
from citelint.support.numbers import Quantity

# What marks a pooled estimate: the words of pooling, GRADE's certainty ratings, or the count
# of studies an estimate rests on ("2 RCTs", "5 trials", "k = 4"; not "phase 3 trials").
_POOLED = re.compile(
    r"\b(?i:pooled|meta-?\s?analy[sz]\w*|summary estimate|overall estimate)\b"
    r"|[⊕⨁]"
    r"|\b(?i:certainty|quality) of (?i:the )?evidence\b"
    r"|\b(?i:high|moderate|low|very low) (?i:certainty)\b"
    r"|(?<![Pp]hase )\b\d+ (?i:RCTs|randomi[sz]ed (?:controlled )?trials|trials|studies|cohorts)\b"
    r"|\bk\s*=\s*\d+\b"
)
_REVIEW_TYPES = frozenset({"Meta-Analysis", "Systematic Review", "Network Meta-Analysis"})


def pooled_estimate(
    claim: Claim, quantity: Quantity, records: Iterable[tuple[int, Record]]
) -> bool:
    """Whether ``quantity`` of ``claim`` is a review's own estimate, pooled from the several
    papers the citation closing its clause cites; ``records`` are the cited entries' records
    by entry number."""
    if _POOLED.search(claim.text) is None:
        return False
    closing = closing_citations(claim, quantity.start)
    numbers = set(closing[1] if closing is not None else claim.numbers)
    if len(numbers) < 2:
        return False
    return not any(
        _REVIEW_TYPES.intersection(record.publication_types)
        for number, record in records
        if number in numbers
    )
