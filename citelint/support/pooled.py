"""A review's own pooled estimate: a number no single cited abstract states.

A systematic review's summary-of-findings table or forest-plot row gives the estimate it
pooled from the trials it cites ("| CV death or worsening HF | HR 0.74 (0.68-0.82) | ⊕⊕⊕⊕ High |
2 RCTs [1,2] |"); the pooled interval is the review's, so CL301 must not ask the trials'
abstracts for it (user24 P1 8). A claim citing one paper, even a meta-analysis, is still
checked: that paper's abstract should state its own pooled result.
"""

from __future__ import annotations

import re

from citelint.models import Claim

# What marks a pooled estimate: the words of pooling, GRADE's certainty ratings, or the count
# of studies an estimate rests on ("2 RCTs", "5 trials", "k = 4").
_POOLED = re.compile(
    r"\b(?i:pooled|meta-?\s?analy[sz]\w*|summary estimate|overall estimate)\b"
    r"|[⊕⨁]"
    r"|\b(?i:certainty|quality) of (?i:the )?evidence\b"
    r"|\b(?i:high|moderate|low|very low) (?i:certainty)\b"
    r"|\b\d+ (?i:RCTs|randomi[sz]ed (?:controlled )?trials|trials|studies|cohorts)\b"
    r"|\bk\s*=\s*\d+\b"
)


def pooled_estimate(claim: Claim) -> bool:
    """Whether ``claim`` gives a review's own estimate pooled from several cited papers."""
    return len(claim.numbers) > 1 and _POOLED.search(claim.text) is not None
