"""Rule CL306: the cited abstract reports no effect, or the opposite, of what the claim says."""

from __future__ import annotations

from collections.abc import Iterator

from citelint.models import Finding, Severity
from citelint.rules.base import CheckContext, Rule

_RECORD = (
    "1. Aalto S, Brennan C. Tranexamic acid in surgery for hip fracture in older adults: a "
    "pragmatic randomized trial of transfusion. Geriatr Orthop Trials. 2023;12(2):101-109. "
    "PMID: 99100030\n"
    "2. Okonjo A, Lindqvist P. Intravenous magnesium sulfate for acute asthma in children: a "
    "randomised, placebo-controlled trial. Paediatr Emerg Trials. 2024;31(4):212-220. "
    "PMID: 99100140\n"
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
        "A result or conclusion sentence about the same intervention and outcome words also "
        "contradicts a claim that denies the effect it reports ('did not reduce hospital "
        "admission' against 'reduced hospital admission'), that reports the other direction "
        "('increased' against 'reduced' or 'lower'), or that reports the effect on an "
        "outcome or in a group it excludes ('but not length of stay', 'did not differ', "
        "'but not among those with moderate attacks'). The claim may name the intervention "
        "by an abbreviation the abstract spells out ('DOACs', 'direct oral "
        "anticoagulants'), or by words before it that the result leaves out and the title "
        "has ('annual high-dose vitamin D' where the result says 'vitamin D'). "
        "Never when the claim is hedged or "
        "names a group, time point or outcome the sentence does not, when the sentence is "
        "hedged or makes the intervention the comparator, or when another result sentence "
        "agrees with the claim; 'increased survival' and 'reduced mortality' are different "
        "outcome words and never compared. A claim that a dose-response was shown ('... "
        "has been shown in a phase II trial') is contradicted by an abstract sentence saying "
        "larger doses did no better than smaller ones, or that no dose-response was found. "
        "The finding quotes that sentence. It is deterministic and narrow on purpose: it "
        "misses contradictions worded in other ways rather than raise false ones."
    )
    bad_example = (
        "# Hip fracture\n\n"
        "Tranexamic acid reduces red-cell transfusion after hip fracture surgery in older "
        "adults. [1]\n\n"
        "Intravenous magnesium sulfate did not reduce hospital admission in children with "
        "acute asthma. [2]\n\n"
        "Intravenous magnesium sulfate increased hospital admission in children with acute "
        "asthma. [2]\n\n"
        "Intravenous magnesium sulfate reduced both hospital admission and length of stay in "
        "children with acute asthma. [2]\n\n"
        "Magnesium lowered admission even in children with moderate attacks. [2]\n\n"
        "## References\n\n" + _RECORD
    )
    good_example = (
        "# Hip fracture\n\n"
        "Tranexamic acid did not lower transfusion after hip fracture surgery in older "
        "adults. [1]\n\n"
        "Intravenous magnesium sulfate reduced hospital admission in children with acute "
        "asthma. [2]\n\n"
        "Intravenous magnesium sulfate did not reduce length of stay in children with acute "
        "asthma. [2]\n\n"
        "Magnesium lowered admission among children with severe attacks, but not among those "
        "with moderate attacks. [2]\n\n"
        "Intravenous magnesium sulfate did not reduce hospital admission in children under 5 "
        "years. [2]\n\n"
        "Intravenous magnesium sulfate may not reduce hospital admission in moderate attacks. "
        "[2]\n\n"
        "Intravenous magnesium sulfate increased discharge home from the emergency department "
        "in children with acute asthma. [2]\n\n"
        "Placebo was associated with more hospital admissions than intravenous magnesium "
        "sulfate. [2]\n\n"
        "## References\n\n" + _RECORD
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        from citelint.support.contradiction import contradiction

        checker = context.support()
        for claim in checker.claims:
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
