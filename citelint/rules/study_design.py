"""Rules CL304 and CL305: what kind of paper the cited record is, and whether it can be
read at all (a record without abstract). Moved out of ``citelint.rules.support``."""

from __future__ import annotations

from collections.abc import Iterator

from citelint.models import Finding, Marker, Severity, Status
from citelint.rules.base import CheckContext, Rule, cited_extra


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
        "never mentions randomisation. In a sentence of several citations the design is "
        "said of the citation closing its clause ('Two trials extended it [3,4], and a pooled "
        "analysis of all four confirmed it [1-4].' is about 1-4), and every paper it cites "
        "must conflict; the finding names them all."
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
        from citelint.support.clauses import design_citations
        from citelint.support.designs import designs_conflict

        checker = context.support()
        for claim in checker.claims:
            # The citation closing the clause that names the design, or all the claim's.
            cited, numbers, marker = design_citations(claim, checker.cited(claim))
            if not cited:
                continue
            # With several citations the design may belong to any of them, an unread one too.
            reason = designs_conflict(claim.text, [c.record for c in cited])
            if reason is None or (len(numbers) > 1 and not checker.reads(numbers)):
                continue
            first = cited[0]
            names = (
                context.name(first.number)
                if len(cited) == 1
                else context.names([c.number for c in cited])
            )
            yield self.finding(
                context, marker.line, marker.column, f"{names}: {reason}", **cited_extra(first)
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
