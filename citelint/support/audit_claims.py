"""How the audit judges one claim: each citation's verdict beside what its record says, and
a page's inline citations (links, PMID mentions) as ``check`` reads them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from citelint.models import Claim, Document, Reference, Resolution, Status
from citelint.record import Record
from citelint.support.audit_rows import (
    MISSING,
    NO_LIST,
    STATUS_REASONS,
    AuditCitation,
    AuditClaim,
    AuditNumber,
    pubmed_url,
    status_and_reason,
)
from citelint.support.checker import SupportChecker
from citelint.support.clauses import design_numbers, unclaimed
from citelint.support.numbers import Quantity, extract_numbers, shown_role
from citelint.support.own_results import writers_result
from citelint.support.pooled import reviews_own
from citelint.support.scoring import Support
from citelint.support.source_kinds import SourceNumbers, source_numbers
from citelint.support.standards import under_standards
from citelint.support.table_durations import table_duration_met
from citelint.support.verdicts import UNSUPPORTED, UNVERIFIED, judge_together, score_verdict

if TYPE_CHECKING:
    from citelint.commands.pipeline import LintResult
    from citelint.read.inline_view import InlineView

Assess = Callable[[str, int], Support]


def any_claim(claim: str | Claim) -> bool:
    return True


def no_names(claim: Claim) -> object | None:
    return None


@dataclass
class Judged:
    """How one document's claims are scored: ``says_enough`` tells a claim with enough key
    terms to judge, as CL302 asks (``SupportChecker.says_enough``); ``named`` whether it
    names another trial or drug than its one record (``SupportChecker.named_mismatch``),
    which CL302 judges however few its words; ``reads`` one written in English
    (``SupportChecker.reads_claim``)."""

    assess: Assess
    says_enough: Callable[[str], bool]
    threshold: float
    named: Callable[[Claim], object | None] = field(default=no_names)
    reads: Callable[[Claim], bool] = field(default=any_claim)


def audit_claim(
    doc: Document, claim: Claim, resolutions: Mapping[int, Resolution], judged: Judged
) -> AuditClaim:
    citations = []
    records = _records(doc, claim, resolutions)
    sources = _Sources(records)
    listed = bool(doc.references or doc.chapters)
    for number in claim.numbers:
        ref = doc.reference(number)
        resolution = resolutions.get(number) if ref else None
        if not listed:
            citation = AuditCitation(number, None, NO_LIST, STATUS_REASONS[NO_LIST], UNVERIFIED)
        else:
            citation = _audit_citation(claim, (number, records), ref, resolution, judged)
        if citation.numbers_missing and not citation.retracted:
            _leave_targets(citation, doc, claim)
            _leave_table_durations(citation, doc, claim, sources)
        citations.append(citation)
    if citations:
        judge_together(citations, judged.threshold, design_numbers(claim))
    end_line = max([claim.line + claim.text.count("\n"), *(m.line for m in claim.markers)])
    return AuditClaim(claim.line, claim.column, claim.text, citations, end_line=end_line)


# The verdict needs no second look when numbers are left below: ``score_verdict`` reads the
# score, the design and the mismatches, never the numbers missing (CL301's part is added by
# ``judge_together`` and by the findings).


def _leave_targets(citation: AuditCitation, doc: Document, claim: Claim) -> None:
    """An audit standard's numbers are its targets, which no paper reports: CL301 leaves
    them (see citelint.support.standards), and so does the audit."""
    if under_standards(doc.text, claim.line):
        citation.numbers_missing = []


class _Sources:
    """The numbers the claim's cited records state, read once for the claim and only when a
    table cell asks for them (most claims stand in no table)."""

    def __init__(self, records: list[tuple[int, Record]]) -> None:
        self.records = records
        self.read: list[SourceNumbers] | None = None

    def __iter__(self) -> Iterator[SourceNumbers]:
        if self.read is None:
            self.read = [source_numbers(f"{r.title}\n{r.abstract}") for _, r in self.records]
        return iter(self.read)


def _leave_table_durations(
    citation: AuditCitation, doc: Document, claim: Claim, sources: _Sources
) -> None:
    """A table's follow-up in the unit its head names, which the abstract gives in another
    ("2.1" under "Follow-up (y)" for 104 weeks), is found, as CL301 finds it."""
    missing = {n.raw for n in citation.numbers_missing}
    met = {
        q.raw
        for q in extract_numbers(claim.text)
        if q.raw in missing and table_duration_met(doc.text, claim, q, sources)
    }
    if met:
        citation.numbers_missing = [n for n in citation.numbers_missing if n.raw not in met]


def _records(
    doc: Document, claim: Claim, resolutions: Mapping[int, Resolution]
) -> list[tuple[int, Record]]:
    """The records the claim's citations resolved to, by entry number, as CL301 sees them."""
    records = []
    for number in claim.numbers:
        resolution = resolutions.get(number) if doc.reference(number) else None
        if resolution is not None and resolution.record is not None:
            records.append((number, resolution.record))
    return records


def _audit_citation(
    claim: Claim,
    cited: tuple[int, list[tuple[int, Record]]],
    ref: Reference | None,
    resolution: Resolution | None,
    judged: Judged,
) -> AuditCitation:
    number, records = cited
    if ref is None:
        return AuditCitation(number, None, MISSING, STATUS_REASONS[MISSING], UNSUPPORTED)
    status, reason = status_and_reason(resolution)
    record = resolution.record if resolution else None
    citation = AuditCitation(number, ref.raw, status, reason, UNVERIFIED)
    if status == Status.NOT_FOUND:
        citation.verdict = UNSUPPORTED
    citation.pmid = record.pmid if record else ref.pmid
    citation.url = pubmed_url(citation.pmid)
    if record is None or status != Status.RESOLVED:
        return citation
    citation.title = record.title
    citation.retracted = record.retracted
    if not record.abstract:
        citation.reason = "the record has no abstract, so the claim cannot be checked"
        return citation
    if judged.reads(claim):
        _judge(citation, claim, (number, records), judged)
    else:
        citation.note = (
            "support not judged: the claim is not written in English, and citelint weighs "
            "claims against English abstracts"
        )
    if citation.retracted:
        citation.verdict = UNSUPPORTED
        citation.reason = "the cited paper has been retracted"
    return citation


def _judge(
    citation: AuditCitation,
    claim: Claim,
    cited: tuple[int, list[tuple[int, Record]]],
    judged: Judged,
) -> None:
    """Scores the claim against the record's abstract, as the CL3xx rules do."""
    number, records = cited
    support = judged.assess(claim.text, number)
    citation.score = float(support.score)
    citation.evidence = support.evidence
    citation.numbers_found = _numbers(claim.text, support.numbers_found)
    missing = unclaimed(claim, support.numbers_missing)
    # A review's pooled estimate or heterogeneity is said apart, as CL301 leaves it alone.
    pooled = [q for q in missing if reviews_own(claim, q, records)]
    # The writer's own scores on the cited scale, an audit's own rates beside the guideline
    # it cites, a proposal's hours: no number missing, as CL301 has it.
    missing = [q for q in missing if not writers_result(claim.text, q, records)]
    citation.numbers_missing = _numbers(claim.text, [q for q in missing if q not in pooled])
    citation.numbers_pooled = _numbers(claim.text, pooled)
    citation.design_conflict = support.design_conflict
    citation.mismatches = [m for m in support.mismatches if m != support.design_conflict]
    citation.too_thin = not judged.says_enough(claim.text)
    citation.verdict = score_verdict(citation, judged.threshold)
    if citation.too_thin and citation.score < judged.threshold:
        # Said apart from the verdict: a design CL304 holds against the paper is still judged.
        citation.note = _thin_note(judged.named(claim) is not None)


def _thin_note(named: bool) -> str:
    """What a claim too thin to weigh by its words was judged by: nothing, or (CL302 by
    names) the trial or drug it names that the abstract does not."""
    if named:
        return (
            "support judged by the names the claim gives: it has too few key terms to weigh "
            "against the abstract"
        )
    return "support not judged: the claim has too few key terms to weigh against the abstract"


def _numbers(claim_text: str, quantities: Iterable[Quantity]) -> list[AuditNumber]:
    return [AuditNumber(quantity.raw, shown_role(claim_text, quantity)) for quantity in quantities]


def inline_claims(
    result: LintResult, view: InlineView, assess: Assess | None, threshold: float
) -> list[AuditClaim]:
    """The claims of a page's inline citations (links, PMID mentions), as ``check`` reads them:
    each sentence carrying links, beside what the linked records say."""
    resolutions = result.inline_resolutions.get(view.document.path, {})
    from citelint.read.inline_view import identifier_name

    checker = SupportChecker(view.document, resolutions)
    says_enough = checker.says_enough if assess is None else any_claim
    reads = checker.reads_claim if assess is None else any_claim
    judged = Judged(
        assess or checker.support, says_enough, threshold, checker.named_mismatch, reads
    )
    claims = []
    for claim in view.document.claims:
        audited = audit_claim(view.document, claim, resolutions, judged)
        for citation in audited.citations:
            cited = view.citation(citation.number)
            record = resolutions.get(citation.number)
            pmid = record.record.pmid if record and record.record else None
            citation.label = view.name(citation.number, pmid)
            citation.reference = identifier_name(cited)  # as written, not as matched
            citation.position = (cited.line, cited.column)
            # Judged without a label that cites ("a 2023 study of ..."), but shown as
            # written: the sentence lost the link's words (user27 P3-2).
            audited.text = cited.context
        # A reference-style link's address stands lines below; the claim ends with its text.
        audited.end_line = claim.line + audited.text.count("\n")
        claims.append(audited)
    return claims
