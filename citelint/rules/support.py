"""Rules CL301 and CL302: does the cited abstract support the claim?

CL303 (a likely misnumbered citation) lives in ``citelint.rules.misnumbered``, CL304 and CL305
(the cited paper's design, a record without abstract) in ``citelint.rules.study_design`` and
CL306 (a contradicted claim) in ``citelint.rules.contradicted``; ``SUPPORT_RULES`` lists them
all.

Every rule here looks only at entries PubMed resolved to a record; unresolved entries get
CL208 or a CL2xx finding instead. Scores come from ``citelint.support.scoring``, imported
inside the checks: a run with no record to score (offline, ``--select CL1``) never loads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.lazy_pattern import LazyPattern
from citelint.models import Finding, Severity
from citelint.rules.base import CheckContext, Rule, cited_extra
from citelint.rules.contradicted import ClaimContradicted
from citelint.rules.misnumbered import (
    BetterReference,
    find_misnumbering,
)
from citelint.rules.study_design import NoAbstract, StudyTypeMismatch

if TYPE_CHECKING:
    from citelint.models import Claim
    from citelint.support.checker import Cited
    from citelint.support.misnumbering import Misnumbering
    from citelint.support.quantity import Quantity

# How a number's role reads in a message; plain numbers need no label.
ROLE_NAMES = {
    "percent": "percentage",
    "p-value": "p-value",
    "ci": "confidence limit",
    "mean-sd": "mean or SD",
    "hazard-ratio": "hazard ratio",
    "odds-ratio": "odds ratio",
    "risk-ratio": "risk ratio",
    "mean-difference": "mean difference",
    "sample-size": "sample size",
    "one-in": "natural frequency",
    "duration": "duration",
    "dose": "dose",
    "concentration": "concentration",
    "pressure": "pressure",
}


def _numbers_text(context: CheckContext, numbers: list[int]) -> str:
    if context.inline is not None:
        return context.names(numbers)
    return ", ".join(str(n) for n in numbers)


class NumberNotInSource(Rule):
    code = "CL301"
    name = "number-not-in-source"
    severity = Severity.WARNING
    needs_resolution = True
    needs_records = True
    summary = "A number in the claim does not appear in the cited abstract."
    rationale = (
        "Numbers are what readers remember and what copy errors and invented statistics change. "
        "When the cited abstract is about the claim but never states the claim's percentage, "
        "mean, confidence interval or sample size, the number was mistyped, taken from "
        "elsewhere, or made up. A rounded value (27% for 26.8%), a proportion written as a "
        "percentage or the other way round (0.38 for 38.2%), a bound the abstract's figure keeps "
        "('under 20%' for 19%, 'more than 35%' for 38.2%) and a range that holds it ('37-40%') "
        "count as present, and a share given as parts ('2 in 5') is not checked. Claims that are "
        "off topic for the cited abstract are left to CL302, and records without an abstract to "
        "CL305. A claim citing several papers needs each number in only one of them, and is not "
        "judged while one of them could not be read (not checked, not found, no abstract). "
        "Numbers after the last citation in words that cite the article's own table or figure "
        "('...eGFR (5); the benefit at 135-145 mmol/L was unchanged (Table 1).') are the "
        "article's, and a clinical order's doses and schedule ('Start finerenone 10 mg daily; "
        "titrate to 20 mg at 4 weeks (PMID: ...)', a note's 'Tocilizumab 8 mg/kg IV x1 given CRP "
        "> 75', 'Empagliflozin 10 mg OD is an alternative: ...', 'If UACR >30 mg/mmol, add "
        "finerenone ...', a handout table's dose column, or a formulary's dosing row, an order "
        "set's row or checklist item that reports no result: 'Buprenorphine SL | 8 mg | max 24 "
        "mg day 1', '[ ] COWS >= 8') the writer's, as are a note's values of its patient ('With "
        "LVEF 30% he qualifies for ...', 'BP 162/98 on 4 drugs: screen for ...', 'Started "
        "spironolactone 25 mg daily; ...') and its own criteria ('abx within "
        "1 h if shock likely', a handout's 'CRP >=75 mg/L' cell, 'pts >75 y'), and so are a "
        "guideline's audit standards, the items listed under a heading such as 'Audit standards' "
        "('100% of children with suspected thyroid storm admitted to a high-dependency bed'): "
        "only the results it states are checked. A review's estimate pooled from the several "
        "papers it cites (a summary-of-findings row 'HR 0.85 (0.77-0.93) | High | 2 RCTs [1,2]', "
        "'pooled', 'in our meta-analysis', a GRADE certainty) is its own and not looked for in "
        "them, and so are its heterogeneity statistics ('I² = 0%', 'Chi² = 0.41, df = 1 (P = "
        "0.52)') unless it cites a review; a count of the patients of several papers cited "
        "together ('in more than 71 000 patients [3-6]') that their abstracts' sizes add up "
        "to is found. A table's follow-up under a head naming its unit ('Follow-up (y)': "
        "'2.1') is found in an abstract giving it in weeks or months, converted and rounded "
        "to the cell's decimals. A row of a GRADE evidence profile (an outcome, its "
        "studies, participants and estimate, and a certainty rating such as '⊕⊕◯◯ Low') gets one "
        "finding naming all of its numbers the abstract lacks, not one for each. A tooth's "
        "number names it ('tooth 36', '#19 or #30', 'FDI 38, 48'), as a grade does "
        "('BI-RADS 2'); a case's own scores on the scale or questionnaire it cites ('Her "
        "PHQ-9 score was 8 [4]', when every cited paper is the instrument's) and its own "
        "measurement beside the norm it cites ('wall thickness of 9 mm (reference, <5 mm)') "
        "are the writer's, and so is a clause of its own after a citation placed "
        "mid-sentence ('... quantified with I² [8]; values of 50% or more will be regarded "
        "as substantial.'); the instrument's own accuracy is still checked. An audit's own "
        "rates set against the guideline it cites ('in 71.5%, short of the guideline "
        "standard') and the hours a letter's writers propose ('We would add that observation "
        "for 4-6 hours ...') are theirs too; the standard's own figure is still checked."
    )
    bad_example = (
        "# Spinal stenosis\n\n"
        "Spinal cord stimulation lowered pain on the visual analogue scale from 7.4 ± 2.3 to "
        "2.8 ± 2.4 in patients with lumbar spinal stenosis followed for a mean of "
        "24 months. [1]\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN, Castellano R. Spinal cord stimulation for neurogenic "
        "claudication in patients with lumbar spinal stenosis unsuitable for decompression: "
        "a retrospective cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990001\n"
    )
    good_example = (
        "# Spinal stenosis\n\n"
        "Spinal cord stimulation lowered pain on the visual analogue scale from 7.4 ± 2.3 to "
        "2.8 ± 2.4 in patients with lumbar spinal stenosis followed for a mean of "
        "27 months. [1]\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN, Castellano R. Spinal cord stimulation for neurogenic "
        "claudication in patients with lumbar spinal stenosis unsuitable for decompression: "
        "a retrospective cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990001\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        from citelint.support.clauses import is_writers_own, own_exhibit_from
        from citelint.support.numbers import shown_role
        from citelint.support.orders import order_clauses
        from citelint.support.own_results import writers_result
        from citelint.support.pooled import reviews_own
        from citelint.support.scoring import SUPPORT_THRESHOLD
        from citelint.support.standards import under_standards
        from citelint.support.table_durations import table_duration_met
        from citelint.support.wording import written_scale

        checker = context.support()
        text = context.document.text
        threshold = context.options.get("support-threshold", SUPPORT_THRESHOLD)
        for claim in checker.claims:
            cited = [c for c in checker.cited(claim) if c.profile.has_abstract]
            if not cited or max(c.support.score for c in cited) < threshold:
                continue
            if not checker.reads_all(claim):
                continue  # the number may be in the co-cited paper no one could read
            first = max(cited, key=lambda c: c.support.score)
            records = [(c.number, c.record) for c in cited]
            reported = _reported_from(claim.text)
            own = own_exhibit_from(claim)
            orders = order_clauses(claim.text)
            missing: list[tuple[str, str]] = []  # each number as shown, and its kind
            # Each cited abstract's scoring matched the claim's numbers already.
            stated = list(dict.fromkeys(q for c in cited for q in c.support.numbers_found))
            for quantity in checker.claim_profile(claim.text).quantities:
                if quantity.start < reported:
                    continue  # the writer's own order, before what the source reports
                if own is not None and quantity.start >= own:
                    continue  # after the citation, from the article's own "(Table 1)"
                if _stated_by(quantity, stated):
                    continue
                if is_writers_own(claim.text, quantity, orders):
                    continue  # an order's dose, the patient's value, a guideline's threshold
                if reviews_own(claim, quantity, records):
                    continue  # a review's own estimate or heterogeneity, not any one paper's
                if writers_result(claim.text, quantity, records):
                    continue  # a score on the cited scale, an audit's rate beside its standard
                if table_duration_met(text, claim, quantity, [c.profile.numbers for c in cited]):
                    continue  # "2.1" under "Follow-up (y)" for the abstract's 104 weeks
                kind = ROLE_NAMES.get(shown_role(claim.text, quantity), "")
                # "12k", "1.2 million" as written: the digits alone say another number.
                scale = written_scale(claim.text, quantity.end) if quantity.scale != 1 else ""
                missing.append((quantity.raw + scale, kind))
            if not missing or under_standards(context.document.text, claim.line):
                continue  # all there, or an audit's target, which no paper reports
            where = (
                f"the abstract of {context.name(first.number)}"
                if len(cited) == 1
                else "any of the cited abstracts "
                f"({_numbers_text(context, [c.number for c in cited])})"
            )
            yield from self._findings(context, claim, first, where, missing)

    def _findings(
        self,
        context: CheckContext,
        claim: Claim,
        first: Cited,
        where: str,
        missing: list[tuple[str, str]],
    ) -> Iterator[Finding]:
        """A finding for each number ``missing`` from the cited abstracts, or one for them
        all in a row of a GRADE evidence profile ("Outcome; 12; 17,432; 0.33% (0.28–0.38);
        ⊕⊕◯◯ Low"): its studies, participants and estimate with its interval were five
        lines of one table row (user26 P2-9)."""
        from citelint.support.pooled import certainty_row

        line, column = first.marker.line, first.marker.column
        if len(missing) > 1 and certainty_row(claim.text):
            numbers = ", ".join(_named(shown, kind) for shown, kind in missing)
            subject = f"{', '.join(shown for shown, _ in missing)} in: {claim.text}"
            message = f"numbers of this evidence profile row do not appear in {where}: {numbers}"
            yield self.finding(
                context, line, column, message, **cited_extra(first, subject=subject)
            )
            return
        for shown, kind in missing:
            message = f"{_named(shown, kind)} does not appear in {where}"
            subject = f"{shown} in: {claim.text}"
            yield self.finding(
                context, line, column, message, **cited_extra(first, subject=subject)
            )


def _named(shown: str, kind: str) -> str:
    """A number as CL301 names it: '"0.33" (percentage)'."""
    return f'"{shown}"{f" ({kind})" if kind else ""}'


# "Continue metformin 500 mg twice daily; KDIGO recommends metformin while eGFR is 30 or
# above": a clinical note's plan gives its own order, then what the source says. The numbers
# before a last clause that says what a source reports are the writer's, not the source's.
# Compiled when a claim first holds a semicolon (a short page's check may never need it).
_REPORTED = LazyPattern(
    r";\s+(?=(?:[\w/-]+\s+){0,3}?(?:recommend\w*|show(?:s|ed|n)?|found|report(?:s|ed)?|"
    r"suggest(?:s|ed)?|guidelines?|trial|study)\b)",
    re.IGNORECASE,
)


def _reported_from(claim: str) -> int:
    """Where the part of ``claim`` that reports its source starts (0: all of it)."""
    found = [match.end() for match in _REPORTED.finditer(claim)] if ";" in claim else []
    return found[-1] if found else 0


class ClaimOffTopic(Rule):
    code = "CL302"
    name = "claim-off-topic"
    severity = Severity.WARNING
    needs_resolution = True
    needs_records = True
    summary = "The cited abstract does not support the claim's content."
    rationale = (
        "A citation promises that the cited paper says what the sentence says. When the "
        "claim's conditions, interventions and outcomes barely occur in the cited title and "
        "abstract, the citation is probably wrong: misnumbered, meant for another paper, or "
        "attached to a claim the paper never made. The support score is the share of the "
        "claim's key terms the record covers, weighted by how informative each is, lowered "
        "when the record plainly is about something else the words share: other people "
        "(children against adults, women against men, animals against people), another drug "
        "of the same family, an outcome it never names, a protocol without results, or the "
        "opposite result. The threshold is the option 'support-threshold'. The finding "
        "shows the closest sentence, and any such reason, so a person can judge. A claim "
        "citing several papers needs only one of them to support it, and is not judged while "
        "one of them could not be read (not checked, not found, no abstract). A sentence that "
        "only names its source claims nothing to judge: a letter's opening on the paper it "
        "answers ('We read with interest the review by van den Berg and Boermeester.1') or a "
        "caption's credit ('Adapted from ... [4].', 'Reproduced with permission from ...', "
        "'Data from ...'), unless it goes on to a finding ('..., which showed that ...'). "
        "A claim citing one paper and naming a trial or a drug its title, abstract and "
        "group authors never mention, while they name another trial or another drug of the "
        "same family, is "
        "reported however short it is ('Empagliflozin showed a similar 25% reduction in "
        "EMPEROR-Reduced [1].' citing the dapagliflozin trial DAPA-HF), and the message "
        "names both; an entry of the list that names them is CL303's to propose. Names the "
        "claim compares with or builds on ('than warfarin', 'on top of sacubitril-valsartan', "
        "'like DAPA-HF'), classes ('SGLT2 inhibitors', 'statins'), a member chosen after "
        "its class ('Add an SGLT2 inhibitor, empagliflozin preferred [1]'), brand names and "
        "papers that may name any trial outside their abstract (reviews, guidelines, "
        "meta-analyses, letters) are never taken for it."
    )
    bad_example = (
        "# Spinal stenosis\n\n"
        "Daily vitamin D supplements did not prevent nonvertebral fractures in adults aged "
        "70 or older. [1]\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN, Castellano R. Spinal cord stimulation for neurogenic "
        "claudication in patients with lumbar spinal stenosis unsuitable for decompression: "
        "a retrospective cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990001\n"
    )
    good_example = (
        "# Spinal stenosis\n\n"
        "Daily vitamin D supplements did not prevent nonvertebral fractures in adults aged "
        "70 or older. [1]\n\n"
        "## References\n\n"
        "1. Kristiansen HB, Moreau A. Effect of 25-hydroxyvitamin D3 supplementation on "
        "fracture risk in community-dwelling adults aged 70 years or older: the D-FORT "
        "randomized clinical trial. JAMA Netw Open. 2023;6(2):e2254102. PMID: 39990012\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        from citelint.support.cited_kinds import recommends_a_tested_class
        from citelint.support.scoring import SUPPORT_THRESHOLD

        checker = context.support()
        threshold = context.options.get("support-threshold", SUPPORT_THRESHOLD)
        misnumbered = find_misnumbering(context)
        for claim in checker.claims:
            cited = [c for c in checker.cited(claim) if checker.judgeable(c)]
            best = max(cited, key=lambda c: c.support.score) if cited else None
            if best is None or best.support.score >= threshold:
                # Too short to score, or scored above the threshold: its names may still
                # say it is another paper's.
                named = _named_off_topic(self, context, claim, misnumbered)
                if named is not None:
                    yield named
            # A co-cited paper no one could read may be the one that supports the claim.
            if best is None or not checker.reads_all(claim):
                continue
            # A misnumbered citation is CL303's to report, with the entry it meant.
            if best.support.score >= threshold or misnumbered.explains(claim):
                continue
            if recommends_a_tested_class(checker, claim):
                continue  # "Offer an ACE inhibitor ..." citing the enalapril trial (user30b P1-3)
            which = (
                context.name(best.number)
                if len(cited) == 1
                else f"none of {context.names([c.number for c in cited])}"
            )
            verb = "does not seem to support" if len(cited) == 1 else "seems to support"
            yield self.finding(
                context,
                best.marker.line,
                best.marker.column,
                f"{which} {verb} this claim "
                f"(support {best.support.score:.2f}, below {threshold:.2f}"
                + "".join(f"; {reason}" for reason in best.support.mismatches)
                + ")",
                **cited_extra(best),
            )


def _named_off_topic(
    rule: Rule, context: CheckContext, claim: Claim, misnumbered: Misnumbering
) -> Finding | None:
    """CL302 for a claim naming another trial or drug than its one cited record, however
    short the claim: "Empagliflozin showed a similar 25% reduction in EMPEROR-Reduced [1]"
    citing DAPA-HF. An entry of the list that names them is CL303's to propose."""
    checker = context.support()
    mismatch = checker.named_mismatch(claim)
    if mismatch is None or misnumbered.explains(claim) or not checker.reads_all(claim):
        return None
    cited = checker.cited(claim)
    if not cited:
        return None
    first = cited[0]
    return rule.finding(
        context,
        first.marker.line,
        first.marker.column,
        f"{context.name(first.number)} does not seem to support this claim: "
        f"{mismatch.reason} (support {first.support.score:.2f})",
        **cited_extra(first),
    )


SUPPORT_RULES: list[Rule] = [
    NumberNotInSource(),
    ClaimOffTopic(),
    BetterReference(),
    StudyTypeMismatch(),
    NoAbstract(),
    ClaimContradicted(),
]


def _stated_by(quantity: Quantity, stated: list[Quantity]) -> bool:
    """Whether a cited abstract states ``quantity``, or it is the difference of two of the
    claim's numbers that they state ("54 more deaths ... (257 vs 203)", user32b P1-12).
    ``stated``: the claim's numbers the cited abstracts state, as their scoring found them
    (a difference found in one abstract is one of two numbers found in it, so found in all)."""
    from citelint.support.sources import is_difference_of

    return quantity in stated or is_difference_of(quantity, stated)
