"""Rule CL306: the cited abstract reports no effect, or the opposite, of what the claim says."""

from __future__ import annotations

from collections.abc import Iterator

from citelint.models import Finding, Severity
from citelint.rules.base import CheckContext, Rule

_RECORD = (
    "1. Aalto S, Brennan C. Tranexamic acid in surgery for hip fracture in older adults: a "
    "pragmatic randomized trial of transfusion. Geriatr Orthop Trials. 2023;12(2):101-109. "
    "PMID: 99100030\n"
)


class ClaimContradicted(Rule):
    code = "CL306"
    name = "claim-contradicted"
    severity = Severity.WARNING
    needs_resolution = True
    needs_records = True
    summary = "The cited abstract reports no effect, or the opposite, of what the claim says."
    rationale = (
        "A claim that a treatment improves, reduces or prevents something, or beats another, "
        "is often cited to a trial that found no significant difference, only "
        "non-inferiority, or a change the other way. The rule speaks only when the claim "
        "asserts the effect plainly (no 'may', no negation) and one abstract sentence on "
        "the same outcome, sharing most of the claim's distinctive terms, reports the null "
        "or opposite result, while no other sentence reports a significant effect on it. "
        "A null result that names its own outcome ('did not significantly reduce all-cause "
        "mortality ... and only modestly reduced stroke') says nothing of a claim about "
        "another one ('modestly reduced stroke'). "
        "The finding quotes that sentence. It is deterministic and narrow on purpose: it "
        "misses contradictions worded in other ways rather than raise false ones."
    )
    bad_example = (
        "# Hip fracture\n\n"
        "Tranexamic acid reduces red-cell transfusion after hip fracture surgery in older "
        "adults. [1]\n\n"
        "## References\n\n" + _RECORD
    )
    good_example = (
        "# Hip fracture\n\n"
        "Tranexamic acid did not lower transfusion after hip fracture surgery in older "
        "adults. [1]\n\n"
        "## References\n\n" + _RECORD
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        from citelint.support.contradiction import contradiction

        checker = context.support()
        for claim in context.document.claims:
            cited = [c for c in checker.cited(claim) if c.profile.has_abstract]
            # With several citations another paper may be the one that found the effect.
            if len(cited) != 1 or not checker.reads_all(claim):
                continue
            (one,) = cited
            found = contradiction(checker.claim_profile(claim.text), one.profile)
            if found is None:
                continue
            yield self.finding(
                context,
                one.marker.line,
                one.marker.column,
                # "PMID 28107561" for an inline mention, as CL301 names it: a page without a
                # numbered list has no "reference 3" (user22 P2).
                f'{context.name(one.number)} reports {found.reason}: "{found.sentence}"',
                citation=one.number,
                reference=one.number,
                pmid=one.record.pmid,
                evidence=found.sentence,
                subject=claim.text,
            )
