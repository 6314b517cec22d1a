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
# The claim's own contrast after the dose-response ("... shown in cohorts but not in the
# phase II trial"), or a concession opening it ("Although a dose-response has been shown in
# cohorts, the trial found ..."): the writer agrees with the trial (review32a P1-2).
_CONTRASTED = re.compile(r"\b(?:not|no|never|nor|but|whereas|however|although)\b|n't\b", re.I)
_CONCEDES = re.compile(r"\W*(?:although|though|while|whilst|whereas|despite)\b", re.I)
# A dose effect the abstract reports; an objective's "to determine the dose response" is not.
_AFFIRMED = LazyPattern(
    r"\bdose[- ](?:dependent(?:ly)?|related)\b"
    r"|\b(?:clear|significant|linear|graded|strong|positive|inverse)\s+dose[- ]response\b"
    r"|\bdose[- ]response\s+(?:relationship\s+|effect\s+)?(?:was|were)\s+"
    r"(?:found|observed|seen|evident|shown|demonstrated|present)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no|not|never|nor|without|lack\w*|absen\w+|whether|if)\b|n't\b", re.IGNORECASE
)
# A denial about a harm ("Higher doses did not result in more serious adverse events") says
# nothing against a dose-response for the benefit the claim names.
_HARM = re.compile(
    r"\b(?:adverse|side[- ]effects?|toxicit\w*|safety|bleeding|hypoglyc\w*|harms?)\b",
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
    if _CONCEDES.match(claim_text):
        return False
    for found in _CLAIMED.finditer(claim_text):
        opens = max(claim_text.rfind(mark, 0, found.start()) for mark in ";:,.")
        if _HEDGED.search(claim_text, opens + 1, found.end()):
            continue
        if not _CONTRASTED.search(claim_text, found.end()):
            return True
    return False


def denying_sentence(sentences: list[str], title: str) -> str | None:
    """The abstract sentence that reports no dose-response, or None (a title names the
    question, not the answer)."""
    read = sentences[1:] if sentences and title.strip() else sentences
    if any(_affirms_dose_effect(sentence) for sentence in read):
        return None
    for sentence in read:
        if _DENIED.search(sentence) and not _HARM.search(sentence):
            return sentence
    return None


def _affirms_dose_effect(sentence: str) -> bool:
    """Whether the sentence reports a dose effect ("lowered HbA1c in a dose-dependent
    manner", "with a clear dose-response") with no negation in its clause."""
    for found in _AFFIRMED.finditer(sentence):
        opens = max(sentence.rfind(mark, 0, found.start()) for mark in ";:,.")
        closes = min(
            (at for at in (sentence.find(mark, found.end()) for mark in ";:,.") if at >= 0),
            default=len(sentence),
        )
        if not _NEGATED.search(sentence, opens + 1, closes):
            return True
    return False
