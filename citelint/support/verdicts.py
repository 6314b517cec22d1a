"""The audit's verdicts on citations, as ``check``'s rules judge the same claims.

A citation's own score gives a first verdict; a co-cited claim is then judged as a whole, as
CL301, CL302 and CL304 judge it, so the audit never calls unsupported what check passes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citelint.support.audit import AuditCitation

GOOD = "good"
WEAK = "weak"
UNSUPPORTED = "unsupported"
UNVERIFIED = "unverified"
CONTRADICTED = "contradicted"
VERDICTS = (GOOD, WEAK, UNSUPPORTED, CONTRADICTED, UNVERIFIED)
# Worst first: the order a reader should see claims in, and how one citation taints a claim.
SEVERITY_ORDER = (UNSUPPORTED, CONTRADICTED, WEAK, UNVERIFIED, GOOD)

# Support below the threshold is "unsupported", which is what CL302 reports; the same option
# moves both. "good" needs more: on the calibration half of fixtures/support/labelled.json no
# swapped citation scores 0.4 or more, while 80% of the true ones do.
GOOD_SUPPORT = 0.4


def judge_together(
    citations: list[AuditCitation], threshold: float, design_numbers: list[int] | None = None
) -> None:
    """A co-cited claim's verdicts as check's rules judge it: the claim need rest on only one
    of its papers, and nothing is called absent from them all while one could not be read.

    A low score is "unsupported" only when CL302 would say so (every paper read, none above
    the threshold); a design is a conflict only when CL304 would say so (every paper read,
    each conflicting); a number counts against support only when, as in CL301, every paper
    was read and none states it (a claim often takes one figure from each of two papers).
    ``design_numbers`` are the entries the claim's design is said of (the citation closing
    its clause, ``clauses.design_citations``); None for all of them.
    """
    scored = [c for c in citations if c.score is not None]
    read_all = len(scored) == len(citations)
    supported = any((c.score or 0.0) >= threshold for c in scored)
    named = [c for c in citations if design_numbers is None or c.number in design_numbers]
    named_read = all(c.score is not None for c in named)
    if not (named and named_read and all(c.design_conflict for c in named)):
        named = []
    for citation in scored:
        if citation.design_conflict and not citation.retracted and citation not in named:
            citation.design_conflict = None
            citation.verdict = score_verdict(citation, threshold)
    for citation in scored:
        low = citation.verdict == UNSUPPORTED and not citation.retracted
        if low and (supported or not read_all):
            citation.verdict = WEAK
            citation.note = (
                "another paper cited with it supports the claim"
                if supported
                else "a paper cited with it could not be read, and may be the claim's source"
            )
    if not read_all:
        return
    absent = set.intersection(*[{n.raw for n in c.numbers_missing} for c in scored])
    for citation in scored:
        if citation.verdict == GOOD and absent & {n.raw for n in citation.numbers_missing}:
            citation.verdict = WEAK


def score_verdict(citation: AuditCitation, threshold: float) -> str:
    score = citation.score if citation.score is not None else 0.0
    if score < threshold:
        # A claim too thin to judge ("A new paragraph added on top.") is not CL302's either;
        # a design it names that the paper is not ("A meta-analysis confirmed this") is CL304's.
        # A paper looked up and found to name another drug or trial ("the claim names
        # empagliflozin, the abstract dapagliflozin") was checked, and fits less: weak, not
        # "unverified", which says the paper could not be read (user22 P2).
        if citation.too_thin:
            return WEAK if citation.design_conflict or citation.mismatches else UNVERIFIED
        return UNSUPPORTED
    if score < max(threshold, GOOD_SUPPORT) or citation.design_conflict or citation.mismatches:
        return WEAK
    return GOOD


def downgrade(verdict: str, code: str) -> str:
    """The rules are calibrated, so their findings outrank the audit's own score bands."""
    if code == "CL302" and verdict in {GOOD, WEAK}:
        return UNSUPPORTED
    if code == "CL306" and verdict in {GOOD, WEAK, UNVERIFIED}:
        return CONTRADICTED
    if verdict == GOOD:
        return WEAK
    return verdict
