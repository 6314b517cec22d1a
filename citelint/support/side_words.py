"""The words that put a number's subject on one side of it: "more than 40%", "≥ 40%", "no
less than 40%" above it; "under 40%", "at most 40%", "not exceeding 40%" below it.

One list for the thresholds a text states (``thresholds``) and the bounds a claim gives its
figures (``wording.claimed_bound``), so that the two never read one phrase two ways.
"""

from __future__ import annotations

# After "no" or "not" a comparison is read with it, never alone: "no more than 40%" is below
# 40%, "not exceeding" too, and "no less than" above.
_NOT = r"(?<!\bno )(?<!\bnot )"
ABOVE_BEFORE = (
    r">=?|≥|&gt;=?|\b(?:no|not) (?:less|fewer|lower) than|"
    rf"\b(?:above|over|{_NOT}more than|{_NOT}greater than|{_NOT}higher than|{_NOT}exceeding|"
    r"in excess of|at least)"
)
BELOW_BEFORE = (
    r"<=?|≤|&lt;=?|\b(?:no|not) (?:more|greater|higher) than|\bnot exceeding|"
    rf"\b(?:below|under|{_NOT}less than|{_NOT}lower than|{_NOT}fewer than|at most|up to)"
)
