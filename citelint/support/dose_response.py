"""A dose-response the claim says was shown, which the cited trial found none of (CL306).

"... dose-response has been shown in a phase II trial.2" citing a dose-finding trial whose
abstract says "Larger doses of practice did not produce greater improvement ... than smaller
doses" was rated a good citation: the title's words ("Dose response", "phase II") carried the
score, and the claim has no effect word ("improved", "reduced") for the contradiction test to
read (user31b P2-2). Only the plain form on both sides: a claim that asserts a dose-response
without hedge or negation in its clause, and an abstract sentence that says larger doses did
no better, or that no dose-response was found.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

_CLAIMED = LazyPattern(
    r"\bdose[- ]response\b[^.;:]{0,60}?\s"
    r"(?:has\s+been|have\s+been|was|were|is)\s+(?:clearly\s+)?"
    r"(?:shown|demonstrated|established|found|observed|confirmed)\b"
    r"|\b(?:showed|shown|demonstrated|found|established|confirmed)\s+(?:a|an|the)\s+"
    r"(?:clear\s+|linear\s+|strong\s+)?dose[- ]response\b",
    re.IGNORECASE,
)
# A hedge or a negation before the dose-response in its own clause: "no dose-response has
# been shown", "whether a dose-response ...", "may have been shown".
_HEDGED = re.compile(
    r"\b(?:no|not|never|nor|without|may|might|could|whether|unclear|uncertain|lack\w*|"
    r"if|yet\s+to)\b|n't\b",
    re.IGNORECASE,
)
_DENIED = LazyPattern(
    r"\b(?:larger|higher|greater|more|increas\w+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:doses?|dosages?|amounts?|intensit(?:y|ies))\b[^.;]{0,100}?\b(?:did|does|do|was|were)"
    r"\s+not\s+(?:produce|result\s+in|lead\s+to|give|yield|provide|improve|increase)\b"
    r"[^.;]{0,60}?\b(?:greater|more|larger|better|additional|further)\b"
    r"|\bno\s+(?:evidence\s+of\s+(?:a\s+)?)?dose[- ]response\b"
    r"|\bdose[- ]response\s+(?:relationship\s+)?(?:was|were)\s+not\s+(?:found|observed|seen)\b",
    re.IGNORECASE,
)


def claims_dose_response(claim_text: str) -> bool:
    """Whether the claim plainly says a dose-response was shown."""
    if "dose" not in claim_text.lower():
        return False
    for found in _CLAIMED.finditer(claim_text):
        opens = max(claim_text.rfind(mark, 0, found.start()) for mark in ";:,.")
        if not _HEDGED.search(claim_text, opens + 1, found.end()):
            return True
    return False


def denying_sentence(sentences: list[str], title: str) -> str | None:
    """The abstract sentence that reports no dose-response, or None (a title names the
    question, not the answer)."""
    for index, sentence in enumerate(sentences):
        if index == 0 and title.strip():
            continue
        if _DENIED.search(sentence):
            return sentence
    return None
