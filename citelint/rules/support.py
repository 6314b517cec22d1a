"""Rules CL301-CL305: does the cited abstract support the claim?

Every rule here looks only at entries PubMed resolved to a record; unresolved entries get
CL208 or a CL2xx finding instead. Scores come from ``citelint.support.scoring``, imported
inside the checks: a run with no record to score (offline, ``--select CL1``) never loads it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from citelint.models import Finding, Marker, Severity, Status
from citelint.rules.base import CheckContext, Rule

if TYPE_CHECKING:
    from citelint.support.checker import Cited
    from citelint.support.scoring import Support

# Calibrated on the calibration half of fixtures/support/labelled.json with
# benchmarks/support_quality.py --calibrate; the held-out half gives the figures we report.
MISNUMBERING_MARGIN = 0.15
MISNUMBERING_MIN_SUPPORT = 0.3
# A whole list counts as shifted when at least this many claims, and this share of the claims
# that could be checked, fit the neighbouring entry far better.
SHIFT_MIN_CLAIMS = 3
SHIFT_MIN_SHARE = 0.5


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
        from citelint.support.numbers import extract_numbers, matches
        from citelint.support.scoring import SUPPORT_THRESHOLD

        checker = context.support()
        threshold = context.options.get("support-threshold", SUPPORT_THRESHOLD)
        for claim in context.document.claims:
            cited = [c for c in checker.cited(claim) if c.profile.has_abstract]
            if not cited or max(c.support.score for c in cited) < threshold:
                continue
            first = max(cited, key=lambda c: c.support.score)
            for quantity in extract_numbers(claim.text):
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
        for claim in context.document.claims:
            cited = [c for c in checker.cited(claim) if checker.judgeable(c)]
            if not cited:
                continue
            best = max(cited, key=lambda c: c.support.score)
            if best.support.score >= threshold:
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
        if len(checker.profiles) < 2:
            return
        margin = context.options.get("misnumbering-margin", MISNUMBERING_MARGIN)
        least = context.options.get("misnumbering-min-support", MISNUMBERING_MIN_SUPPORT)
        candidates: list[tuple[Cited, int, float]] = []
        single_checked = 0
        for claim in context.document.claims:
            cited = [c for c in checker.cited(claim) if checker.judgeable(c)]
            if not cited:
                continue
            if len(claim.numbers) == 1:
                single_checked += 1
            best_cited = max(cited, key=lambda c: checker.match_score(claim, c.number))
            others = [
                (number, checker.match_score(claim, number))
                for number, profile in checker.profiles.items()
                if number not in claim.numbers and profile.has_abstract
            ]
            if not others:
                continue
            number, match = max(others, key=lambda item: (item[1], -item[0]))
            score = checker.score(claim, number)
            if score >= least and match - checker.match_score(claim, best_cited.number) >= margin:
                candidates.append((best_cited, number, score))

        # Inline citations are no numbered list that could have slipped as a whole.
        shift = _shift(candidates, single_checked) if context.inline is None else None
        if shift:
            offset, shifted = shift
            first = shifted[0][0]
            sign = "+" if offset > 0 else "-"
            example = shifted[0]
            yield self.finding(
                context,
                first.marker.line,
                first.marker.column,
                f"the reference list looks shifted by one: {len(shifted)} of {single_checked} "
                f"claims fit entry n{sign}1 far better than the entry n they cite "
                f"(e.g. cited [{example[0].number}], but entry {example[1]} supports it)",
                **_extra(first, checker.evidence(first, example[1])),
            )
        explained = {id(item[0]) for item in shift[1]} if shift else set()
        for cited, number, score in candidates:
            if id(cited) in explained:
                continue
            if context.inline is not None:
                ours, theirs = context.name(cited.number), context.name(number)
                what = f"{ours} is cited, but {theirs}, cited elsewhere, supports it far better"
                verdict = "likely the wrong link"
            else:
                ours, theirs = f"entry {cited.number}", f"entry {number}"
                what = f"cited [{cited.number}], but entry {number} supports it far better"
                verdict = "likely misnumbered"
            compared = _numbers_compared(
                checker.support(cited.claim.text, number), theirs, ours, cited
            )
            yield self.finding(
                context,
                cited.marker.line,
                cited.marker.column,
                f"{what} (support {score:.2f} against {cited.support.score:.2f}{compared}): "
                f"{verdict}",
                **_extra(cited, checker.evidence(cited, number)),
            )


def _numbers_compared(other: Support, theirs: str, ours: str, cited: Cited) -> str:
    """How many of the claim's numbers each abstract states, when that tells them apart."""
    stated = len(other.numbers_found) + len(other.numbers_missing)
    found_there, found_here = len(other.numbers_found), len(cited.support.numbers_found)
    if not stated or found_there == found_here:
        return ""
    return (
        f"; {theirs} states {found_there} of the claim's {stated} numbers, {ours} only {found_here}"
    )


def _shift(
    candidates: list[tuple[Cited, int, float]], checked: int
) -> tuple[int, list[tuple[Cited, int, float]]] | None:
    """The offset (+1 or -1) by which most single citations miss their entry, if any."""
    offsets = Counter(number - cited.number for cited, number, _ in candidates)
    for offset in (1, -1):
        count = offsets.get(offset, 0)
        if count >= SHIFT_MIN_CLAIMS and count >= SHIFT_MIN_SHARE * checked:
            shifted = [item for item in candidates if item[1] - item[0].number == offset]
            return offset, shifted
    return None


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
]
