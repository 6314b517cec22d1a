"""Rules CL301-CL305: does the cited abstract support the claim?

Every rule here looks only at entries PubMed resolved to a record; unresolved entries get
CL208 or a CL2xx finding instead. Scores come from ``citelint.support.scoring``, imported
inside the checks: a run with no record to score (offline, ``--select CL1``) never loads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.models import Finding, Marker, Severity, Status, Suggestion
from citelint.rules.base import CheckContext, Rule
from citelint.rules.contradicted import ClaimContradicted

if TYPE_CHECKING:
    from citelint.support.checker import Cited, SupportChecker
    from citelint.support.misnumbering import Misfit, Misnumbering
    from citelint.support.numbers import Quantity

# Calibrated on the calibration half of fixtures/support/labelled.json with
# benchmarks/support_quality.py --calibrate; the held-out half gives the figures we report.
MISNUMBERING_MARGIN = 0.15
MISNUMBERING_MIN_SUPPORT = 0.3


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
    "duration": "duration",
    "dose": "dose",
}


def _extra(
    cited: Cited, evidence: str | None = None, subject: str | None = None
) -> dict[str, object]:
    return {
        "citation": cited.number,
        "reference": cited.number,
        "pmid": cited.record.pmid,
        "evidence": evidence if evidence is not None else cited.support.evidence,
        # Fingerprints tell two findings about one paper apart by the claim they concern.
        "subject": subject if subject is not None else cited.claim.text,
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
        "Numbers are what readers remember and what copy errors and invented statistics "
        "change. When the cited abstract is about the claim but never states the claim's "
        "percentage, mean, confidence interval or sample size, the number was mistyped, "
        "taken from elsewhere, or made up. A rounded value (27% for 26.8%) and a proportion "
        "written as a percentage count as present. Claims that are off topic for the cited "
        "abstract are left to CL302, and records without an abstract to CL305."
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
        from citelint.support.numbers import matches
        from citelint.support.scoring import SUPPORT_THRESHOLD

        checker = context.support()
        threshold = context.options.get("support-threshold", SUPPORT_THRESHOLD)
        for claim in context.document.claims:
            cited = [c for c in checker.cited(claim) if c.profile.has_abstract]
            if not cited or max(c.support.score for c in cited) < threshold:
                continue
            first = max(cited, key=lambda c: c.support.score)
            for quantity in checker.claim_profile(claim.text).quantities:
                if any(matches(quantity, c.profile.numbers) for c in cited):
                    continue
                where = (
                    f"the abstract of {context.name(first.number)}"
                    if len(cited) == 1
                    else "any of the cited abstracts "
                    f"({_numbers_text(context, [c.number for c in cited])})"
                )
                kind = ROLE_NAMES.get(quantity.role, "")
                yield self.finding(
                    context,
                    first.marker.line,
                    first.marker.column,
                    f'"{quantity.raw}"{f" ({kind})" if kind else ""} does not appear in {where}',
                    **_extra(first, subject=f"{quantity.raw} in: {claim.text}"),
                )


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
        "claim's key terms the record covers; the threshold is the option "
        "'support-threshold'. The finding shows the closest sentence so a person can judge."
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
        from citelint.support.scoring import SUPPORT_THRESHOLD

        checker = context.support()
        threshold = context.options.get("support-threshold", SUPPORT_THRESHOLD)
        misnumbered = find_misnumbering(context)
        for claim in context.document.claims:
            cited = [c for c in checker.cited(claim) if checker.judgeable(c)]
            if not cited:
                continue
            best = max(cited, key=lambda c: c.support.score)
            # A misnumbered citation is CL303's to report, with the entry it meant.
            if best.support.score >= threshold or misnumbered.explains(claim):
                continue
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
                f"(support {best.support.score:.2f}, below {threshold:.2f})",
                **_extra(best),
            )


class BetterReference(Rule):
    code = "CL303"
    name = "better-reference"
    severity = Severity.WARNING
    needs_resolution = True
    needs_records = True
    summary = "Another entry of the list supports the claim far better: likely misnumbered."
    rationale = (
        "Citation numbers slip when a list is edited: an entry is inserted or removed and "
        "every later number points one entry off. Each claim is scored against every "
        "resolved entry; when another entry supports it far better than the one cited "
        "(by the option 'misnumbering-margin') the citation is likely misnumbered. When most "
        "claims fit the entry next to the one they cite, the whole list is shifted, and that "
        "is reported once instead of claim by claim."
    )
    bad_example = (
        "# Spinal stenosis\n\n"
        "Spinal cord stimulation lowered pain on the visual analogue scale from 7.4 ± 2.3 to "
        "2.8 ± 2.4 in patients with lumbar spinal stenosis followed for a mean of "
        "27 months. [2]\n\n"
        "Transforaminal steroid injection improved the Oswestry Disability Index slightly more "
        "than supervised physiotherapy at 3 months in lumbar spinal stenosis. [1]\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN, Castellano R. Spinal cord stimulation for neurogenic "
        "claudication in patients with lumbar spinal stenosis unsuitable for decompression: "
        "a retrospective cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990001\n"
        "2. Delacroix M, Andersen LH, Kowalczyk P. Transforaminal epidural steroid "
        "injection versus a supervised physiotherapy programme for lumbar spinal stenosis: a "
        "multicentre randomized controlled trial. Spine (Phila Pa 1976). 2022;47(2):101-110. "
        "PMID: 39990003\n"
    )
    good_example = (
        "# Spinal stenosis\n\n"
        "Spinal cord stimulation lowered pain on the visual analogue scale from 7.4 ± 2.3 to "
        "2.8 ± 2.4 in patients with lumbar spinal stenosis followed for a mean of "
        "27 months. [1]\n\n"
        "Transforaminal steroid injection improved the Oswestry Disability Index slightly more "
        "than supervised physiotherapy at 3 months in lumbar spinal stenosis. [2]\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN, Castellano R. Spinal cord stimulation for neurogenic "
        "claudication in patients with lumbar spinal stenosis unsuitable for decompression: "
        "a retrospective cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990001\n"
        "2. Delacroix M, Andersen LH, Kowalczyk P. Transforaminal epidural steroid "
        "injection versus a supervised physiotherapy programme for lumbar spinal stenosis: a "
        "multicentre randomized controlled trial. Spine (Phila Pa 1976). 2022;47(2):101-110. "
        "PMID: 39990003\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        checker = context.support()
        if not any(profile.has_abstract for profile in checker.profiles.values()):
            return
        margin = context.options.get("misnumbering-margin", MISNUMBERING_MARGIN)
        found = find_misnumbering(context)
        # Inline citations are no numbered list that could have slipped as a whole.
        if found.offset and context.inline is None:
            sign = "+" if found.offset > 0 else "-"
            first = found.shifted[0]
            unindexed = sum(1 for m in found.shifted if m.unchecked)
            note = (
                f", {unindexed} of them citing entries that cannot be checked" if unindexed else ""
            )
            yield self.finding(
                context,
                first.marker.line,
                first.marker.column,
                f"the reference list looks shifted by one: {len(found.shifted)} of "
                f"{found.checked} claims fit entry n{sign}1 far better than the entry n they "
                f"cite{note} (e.g. cited [{first.cited}], but entry {first.better} supports it)",
                **_misfit_extra(checker, first, suggest=False),
            )
        shifted = {id(m) for m in found.shifted} if context.inline is None else set()
        for misfit in found.misfits:
            if id(misfit) in shifted:
                continue
            if context.inline is not None:
                if misfit.unchecked:
                    continue  # a link that cannot be checked is the link rules' business
                message = _inline_message(context, misfit)
            else:
                message = _misfit_message(misfit, margin)
            suggest = not misfit.tied and context.inline is None
            yield self.finding(
                context,
                misfit.marker.line,
                misfit.marker.column,
                message,
                **_misfit_extra(checker, misfit, suggest=suggest),
            )


def _inline_message(context: CheckContext, misfit: Misfit) -> str:
    ours = context.name(misfit.cited)
    theirs = context.name(misfit.better)
    cited_score = misfit.cited_score or 0.0
    return (
        f"{ours} is cited, but {theirs}, cited elsewhere, supports it far better "
        f"(support {misfit.score:.2f} against {cited_score:.2f}): likely the wrong link"
    )


def find_misnumbering(context: CheckContext) -> Misnumbering:
    """The document's misnumbered citations, shared by CL302 and CL303."""
    from citelint.support.misnumbering import misnumbering

    margin = context.options.get("misnumbering-margin", MISNUMBERING_MARGIN)
    least = context.options.get("misnumbering-min-support", MISNUMBERING_MIN_SUPPORT)
    return misnumbering(context.support(), margin, least)


def _misfit_message(misfit: Misfit, margin: float) -> str:
    from citelint.support.misnumbering import UNCHECKED_REASONS

    if misfit.unchecked:
        why = UNCHECKED_REASONS[misfit.unchecked]
        shown = _quantities_text(misfit.numbers)
        what = (
            f"the claim's numbers {shown} and its key terms appear"
            if misfit.numbers
            else "its key terms appear"
        )
        if misfit.tied:
            others = ", ".join(str(n) for n in [misfit.better, *misfit.tied])
            return (
                f"cited [{misfit.cited}] ({why}), but {what} in the abstracts of references "
                f"{others} (support {misfit.score:.2f}): [{misfit.cited}] may be meant to be "
                "one of them"
            )
        return (
            f"cited [{misfit.cited}] ({why}), but {what} in the abstract of reference "
            f"{misfit.better} (support {misfit.score:.2f}): [{misfit.cited}] may be meant to "
            f"be [{misfit.better}]"
        )
    cited_score = misfit.cited_score or 0.0
    scores = f"support {misfit.score:.2f} against {cited_score:.2f}"
    if misfit.stated and len(misfit.numbers) != misfit.cited_found:
        scores += (
            f"; entry {misfit.better} states {len(misfit.numbers)} of the claim's "
            f"{misfit.stated} numbers, entry {misfit.cited} only {misfit.cited_found}"
        )
    if misfit.score - cited_score >= margin:
        return (
            f"cited [{misfit.cited}], but entry {misfit.better} supports it far better "
            f"({scores}): likely misnumbered"
        )
    # The words fit both about equally; the claim's own numbers are what decide.
    return (
        f"cited [{misfit.cited}], but entry {misfit.better} fits it better ({scores}): "
        "likely misnumbered"
    )


_UNITS = {365.25: "years", 30.4375: "months", 7.0: "weeks", 1.0: "days"}


def _quantities_text(quantities: list[Quantity]) -> str:
    shown = [_quantity_text(q) for q in quantities[:6]]
    if len(shown) <= 1:
        return "".join(shown) or "numbers"
    return f"{', '.join(shown[:-1])} and {shown[-1]}"


def _quantity_text(quantity: Quantity) -> str:
    if quantity.role == "percent":
        return f"{quantity.raw}%"
    if quantity.role == "duration" and quantity.unit_days in _UNITS:
        return f"{quantity.raw} {_UNITS[quantity.unit_days]}"
    return quantity.raw


def _misfit_extra(checker: SupportChecker, misfit: Misfit, suggest: bool) -> dict[str, object]:
    better = checker.support(misfit.claim.text, misfit.better)
    record = checker.profiles[misfit.better].record
    suggestion = None
    if suggest:
        suggestion = Suggestion(
            pmid=record.pmid,
            title=record.title,
            replacement=swap_number(misfit.marker.raw, misfit.cited, misfit.better),
            replaces=misfit.marker.raw,
            reference=misfit.better,
        )
    cited = checker.profiles.get(misfit.cited)
    return {
        "citation": misfit.cited,
        "reference": misfit.cited if checker.document.reference(misfit.cited) else None,
        "pmid": cited.record.pmid if cited else None,
        "evidence": better.evidence,
        "subject": misfit.claim.text,
        "suggestion": suggestion,
    }


def swap_number(marker: str, old: int, new: int) -> str | None:
    """``marker`` citing ``new`` instead of ``old`` when that is a plain swap of digits.

    Markers with ranges, superscripts or the old number twice are left to a person.
    """
    pattern = rf"(?<!\d){old}(?!\d)"
    if len(re.findall(pattern, marker)) != 1 or re.search(r"\d\s*[-\u2013\u2014]\s*\d", marker):
        return None
    return re.sub(pattern, str(new), marker)


class StudyTypeMismatch(Rule):
    code = "CL304"
    name = "study-type-mismatch"
    severity = Severity.WARNING
    needs_resolution = True
    needs_records = True
    summary = "The claim names a design (meta-analysis, RCT, guideline) the record is not."
    rationale = (
        "Calling a case series a randomized trial, or a single study a meta-analysis, "
        "overstates the evidence. PubMed's publication types name only some designs, so the "
        "rule speaks only when neither the types nor the title and abstract show any sign of "
        "the design the claim names: a 'meta-analysis' whose record is no Meta-Analysis or "
        "Systematic Review and never mentions pooling, a 'randomized trial' whose abstract "
        "never mentions randomisation."
    )
    bad_example = (
        "# Spinal stenosis\n\n"
        "A randomized controlled trial showed that spinal cord stimulation relieves pain in "
        "lumbar spinal stenosis patients unsuitable for decompression. [1]\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN, Castellano R. Spinal cord stimulation for neurogenic "
        "claudication in patients with lumbar spinal stenosis unsuitable for decompression: "
        "a retrospective cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990001\n"
    )
    good_example = (
        "# Spinal stenosis\n\n"
        "A retrospective cohort study showed that spinal cord stimulation relieves pain in "
        "lumbar spinal stenosis patients unsuitable for decompression. [1]\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN, Castellano R. Spinal cord stimulation for neurogenic "
        "claudication in patients with lumbar spinal stenosis unsuitable for decompression: "
        "a retrospective cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990001\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        from citelint.support.scoring import design_conflict

        checker = context.support()
        for claim in context.document.claims:
            cited = checker.cited(claim)
            conflicts = [(c, design_conflict(claim.text, c.record)) for c in cited]
            # With several citations the design may belong to any of them.
            if not conflicts or not all(reason for _, reason in conflicts):
                continue
            first, reason = conflicts[0]
            yield self.finding(
                context,
                first.marker.line,
                first.marker.column,
                f"{context.name(first.number)}: {reason}",
                **_extra(first),
            )


class NoAbstract(Rule):
    code = "CL305"
    name = "no-abstract"
    severity = Severity.INFO
    needs_resolution = True
    needs_records = True
    summary = "The cited record has no abstract, so the claim cannot be checked."
    rationale = (
        "Support, numbers and design are checked against the abstract. Letters, editorials "
        "and older papers often have none in PubMed; claims citing them need a person to "
        "read the paper. Reported once per entry, at its first citation."
    )
    bad_example = (
        "# Spinal stenosis\n\n"
        "An editorial called for randomized trials of spinal cord stimulation in lumbar "
        "spinal stenosis. [1]\n\n"
        "## References\n\n"
        "1. O'Sullivan D. Spinal cord stimulation for lumbar spinal stenosis: promising, "
        "but where are the trials? Neuromodulation. 2019;22(4):473-474. PMID: 39990008\n"
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
        from citelint.support.checker import marker_of

        citing: dict[int, list[Marker]] = {}
        for claim in context.document.claims:
            for number in claim.numbers:
                marker = marker_of(claim, number)
                if marker is not None:
                    citing.setdefault(number, []).append(marker)
        for number, markers in sorted(citing.items()):
            resolution = context.resolutions.get(number)
            if resolution is None or resolution.status != Status.RESOLVED:
                continue
            record = resolution.record
            if record is None or record.abstract.strip():
                continue
            claims = "claim" if len(markers) == 1 else f"{len(markers)} claims"
            yield self.finding(
                context,
                markers[0].line,
                markers[0].column,
                f"{context.name(number, record.pmid)} has no abstract in PubMed, "
                f"so the {claims} citing it cannot be checked",
                citation=number,
                reference=number,
                pmid=record.pmid,
            )


SUPPORT_RULES: list[Rule] = [
    NumberNotInSource(),
    ClaimOffTopic(),
    BetterReference(),
    StudyTypeMismatch(),
    NoAbstract(),
    ClaimContradicted(),
]
