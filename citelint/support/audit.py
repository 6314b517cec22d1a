"""``citelint audit``: every claim beside what its cited records say, for a person to read.

``build_audit`` turns a finished lint run into plain rows (claims, their citations, the
reference list); the writers in ``citelint.report.audit_*`` only lay those rows out.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from tqdm import tqdm

from citelint.commands.pipeline import LintResult, resolve_documents
from citelint.models import Claim, Document, Finding, Record, Reference, Resolution, Status
from citelint.pubmed.outcomes import Resolver
from citelint.rules.base import own_resolutions
from citelint.support.audit_findings import attach_findings
from citelint.support.checker import SupportChecker
from citelint.support.clauses import design_numbers, unclaimed
from citelint.support.numbers import Quantity, shown_role
from citelint.support.scoring import SUPPORT_THRESHOLD, Support

# The verdicts are also named here, where the audit's writers and readers find them.
from citelint.support.verdicts import CONTRADICTED as CONTRADICTED
from citelint.support.verdicts import GOOD as GOOD
from citelint.support.verdicts import GOOD_SUPPORT as GOOD_SUPPORT
from citelint.support.verdicts import (
    SEVERITY_ORDER,
    UNSUPPORTED,
    UNVERIFIED,
    VERDICTS,
    judge_together,
    score_verdict,
)
from citelint.support.verdicts import WEAK as WEAK

if TYPE_CHECKING:
    from citelint.read.inline_view import InlineView

T = TypeVar("T")

# An in-text number with no entry in the reference list: there is nothing to resolve.
MISSING = "missing"

_DIGITS = re.compile(r"[0-9]{1,10}")

_STATUS_REASONS = {
    MISSING: "the reference list has no entry with this number",
    Status.RESOLVED: "matched a PubMed record",
    Status.NOT_FOUND: "no PubMed record matches this entry: possibly fabricated",
    Status.AMBIGUOUS: "several PubMed records match equally well",
    Status.NOT_IN_PUBMED: "not a journal article PubMed indexes",
    Status.UNVERIFIED: "not checked (offline, or the network failed)",
}

Assess = Callable[[str, int], Support]
Wrap = Callable[[Sequence[T], int], Iterable[T]]


@dataclass
class AuditNumber:
    """A number stated in a claim, as written, with what kind of number it is."""

    raw: str
    role: str


@dataclass
class AuditCitation:
    """One number of a claim's citation markers and what its reference turned out to be."""

    number: int
    reference: str | None  # the entry's raw text; None when the list has no such entry
    status: str  # a Status value, or MISSING
    reason: str
    verdict: str  # one of VERDICTS
    pmid: str | None = None
    url: str | None = None
    title: str | None = None  # the record's title
    retracted: bool = False
    score: float | None = None  # None when the claim could not be scored
    evidence: str | None = None
    numbers_found: list[AuditNumber] = field(default_factory=list)
    numbers_missing: list[AuditNumber] = field(default_factory=list)
    design_conflict: str | None = None
    # What words alone miss and the record plainly differs on (another population, drug,
    # outcome, a protocol, the opposite result); the design conflict is given apart.
    mismatches: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # The entry CL303 found this citation likely meant, when one entry clearly fits.
    likely_meant: int | None = None
    # Why the verdict is milder than the score alone gives (a co-cited paper may be the source).
    note: str | None = None
    # The claim has too few key terms to judge its support by, so CL302 says nothing of it.
    too_thin: bool = False
    # An inline citation (a link, a PMID mention): how it is named, since its number is only
    # its place among the page's links, and where its identifier stands, where its findings are.
    label: str | None = None
    position: tuple[int, int] | None = None

    @property
    def shown(self) -> str:
        """How the citation is named to a reader: "[3]", or the link for an inline citation."""
        return self.label or f"[{self.number}]"


@dataclass
class AuditClaim:
    line: int
    column: int
    text: str
    citations: list[AuditCitation] = field(default_factory=list)
    # Findings on the claim that name no citation number.
    findings: list[Finding] = field(default_factory=list)
    end_line: int = 0  # the last line of the claim, its markers included

    @property
    def verdict(self) -> str:
        """The worst verdict of the claim's citations: one unsupported citation taints it."""
        verdicts = {c.verdict for c in self.citations}
        return next((v for v in SEVERITY_ORDER if v in verdicts), UNVERIFIED)

    def all_findings(self) -> list[Finding]:
        """The claim's findings, those about one of its citations included."""
        found = [*self.findings, *(f for c in self.citations for f in c.findings)]
        return sorted(found, key=Finding.sort_key)


@dataclass
class AuditReference:
    number: int
    raw: str
    line: int
    status: str
    reason: str
    pmid: str | None = None
    url: str | None = None
    title: str | None = None
    # "retracted", "expression of concern", "erratum": what a reader must know first.
    notices: list[str] = field(default_factory=list)
    cited: bool = False
    findings: list[Finding] = field(default_factory=list)


@dataclass
class AuditFile:
    path: str
    claims: list[AuditClaim] = field(default_factory=list)
    references: list[AuditReference] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def other_findings(self) -> list[Finding]:
        """Findings on neither a claim nor a reference entry, e.g. on a heading."""
        placed = {
            id(f)
            for claim in self.claims
            for f in [*claim.findings, *(f for c in claim.citations for f in c.findings)]
        }
        placed.update(id(f) for ref in self.references for f in ref.findings)
        return [f for f in self.findings if id(f) not in placed]

    def verdict_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        for claim in self.claims:
            for citation in claim.citations:
                counts[citation.verdict] += 1
        return counts


def total_verdicts(files: Sequence[AuditFile]) -> dict[str, int]:
    """How many citations of all ``files`` got each verdict, in the order of VERDICTS."""
    totals = dict.fromkeys(VERDICTS, 0)
    for audit_file in files:
        for verdict, count in audit_file.verdict_counts().items():
            totals[verdict] += count
    return totals


def pubmed_url(pmid: str | None) -> str | None:
    """A link only for a PMID made of digits, so record text can never choose a link target."""
    if pmid and _DIGITS.fullmatch(pmid):
        return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
    return None


def progress(iterable: Sequence[T], total: int, enabled: bool) -> Iterable[T]:
    """A progress bar on stderr; ``enabled`` should be False when stderr is not a terminal."""
    return tqdm(
        iterable,
        total=total,
        disable=not enabled,
        file=sys.stderr,
        desc="Auditing claims",
        unit="claim",
        leave=False,
    )


def build_audit(
    result: LintResult,
    options: Mapping[str, float] | None = None,
    assess: Assess | None = None,
    wrap: Wrap | None = None,
) -> list[AuditFile]:
    """The audit of every document of ``result``.

    ``assess(claim_text, number)`` scores a claim against the record of entry ``number``; by
    default it is the document's ``SupportChecker``, shared with the CL3xx rules.
    ``wrap(items, total)`` may wrap the claims, e.g. in ``progress``.
    """
    threshold = (options or {}).get("support-threshold", SUPPORT_THRESHOLD)
    for doc in result.documents:
        doc.word_claims()  # every claim is audited, with its words
    checkers = {doc.path: _checker(result, doc) for doc in result.documents}
    scorers = {doc.path: assess or checkers[doc.path].support for doc in result.documents}
    files = {doc.path: _empty_file(doc, result) for doc in result.documents}
    pairs = [(doc, claim) for doc in result.documents for claim in doc.claims]
    for doc, claim in wrap(pairs, len(pairs)) if wrap else pairs:
        audit_file = files[doc.path]
        resolutions = result.resolutions.get(doc.path, {})
        # A scorer of the caller's own judges every claim it is given.
        says_enough = checkers[doc.path].says_enough if assess is None else _any_claim
        judged = _Judged(scorers[doc.path], says_enough, threshold)
        audit_file.claims.append(_audit_claim(doc, claim, resolutions, judged))
    for doc in result.documents:
        view = result.views.get(doc.path)
        if view is not None:
            files[doc.path].claims.extend(_inline_claims(result, view, assess, threshold))
    for audit_file in files.values():
        audit_file.claims.sort(key=lambda claim: (claim.line, claim.column))
        attach_findings(audit_file)
    return list(files.values())


def _inline_claims(
    result: LintResult, view: InlineView, assess: Assess | None, threshold: float
) -> list[AuditClaim]:
    """The claims of a page's inline citations (links, PMID mentions), as ``check`` reads them:
    each sentence carrying links, beside what the linked records say."""
    resolutions = result.inline_resolutions.get(view.document.path, {})
    from citelint.read.inline_view import identifier_name

    checker = SupportChecker(view.document, resolutions)
    says_enough = checker.says_enough if assess is None else _any_claim
    judged = _Judged(assess or checker.support, says_enough, threshold)
    claims = []
    for claim in view.document.claims:
        audited = _audit_claim(view.document, claim, resolutions, judged)
        for citation in audited.citations:
            cited = view.citation(citation.number)
            record = resolutions.get(citation.number)
            pmid = record.record.pmid if record and record.record else None
            citation.label = view.name(citation.number, pmid)
            citation.reference = identifier_name(cited)  # as written, not as matched
            citation.position = (cited.line, cited.column)
        # A reference-style link's address stands lines below; the claim ends with its text.
        audited.end_line = claim.line + claim.text.count("\n")
        claims.append(audited)
    return claims


def _checker(result: LintResult, doc: Document) -> SupportChecker:
    """The CL3xx rules' scores when they ran, so the audit and the findings agree."""
    checker = result.checkers.get(doc.path)
    return checker or SupportChecker(doc, result.resolutions.get(doc.path, {}))


def _empty_file(doc: Document, result: LintResult) -> AuditFile:
    findings = [f for f in result.findings if f.path == doc.path]
    resolutions = result.resolutions.get(doc.path, {})
    repeats = result.repeats.get(doc.path, {})
    cited = {number for claim in doc.claims for number in claim.numbers}
    references = [
        # An entry repeating a number shows its own paper, never the first entry's.
        _audit_reference(ref, resolution, ref.number in cited, findings)
        for ref, resolution in own_resolutions(doc.references, resolutions, repeats)
    ]
    return AuditFile(doc.path, references=references, findings=findings)


def _status_and_reason(resolution: Resolution | None) -> tuple[str, str]:
    if resolution is None:
        return Status.UNVERIFIED, "not resolved in this run"
    return resolution.status, resolution.reason or _STATUS_REASONS.get(resolution.status, "")


def _audit_reference(
    ref: Reference, resolution: Resolution | None, cited: bool, findings: list[Finding]
) -> AuditReference:
    status, reason = _status_and_reason(resolution)
    record = resolution.record if resolution else None
    pmid = record.pmid if record else ref.pmid
    last_line = ref.line + ref.raw.count("\n")
    return AuditReference(
        number=ref.number,
        raw=ref.raw,
        line=ref.line,
        status=status,
        reason=reason,
        pmid=pmid,
        url=pubmed_url(pmid),
        title=record.title if record else None,
        notices=_notices(record),
        cited=cited,
        findings=[f for f in findings if ref.line <= f.line <= last_line],
    )


def _notices(record: Record | None) -> list[str]:
    if record is None:
        return []
    notices = []
    if record.retracted:
        notices.append("retracted")
    if record.concern_in:
        notices.append("expression of concern")
    if record.erratum_in:
        notices.append("erratum")
    return notices


@dataclass
class _Judged:
    """How one document's claims are scored: ``says_enough`` tells a claim with enough key
    terms to judge, as CL302 asks (``SupportChecker.says_enough``)."""

    assess: Assess
    says_enough: Callable[[str], bool]
    threshold: float


def _any_claim(claim_text: str) -> bool:
    return True


def _audit_claim(
    doc: Document, claim: Claim, resolutions: Mapping[int, Resolution], judged: _Judged
) -> AuditClaim:
    citations = []
    for number in claim.numbers:
        ref = doc.reference(number)
        resolution = resolutions.get(number) if ref else None
        citations.append(_audit_citation(claim, number, ref, resolution, judged))
    if citations:
        judge_together(citations, judged.threshold, design_numbers(claim))
    end_line = max([claim.line + claim.text.count("\n"), *(m.line for m in claim.markers)])
    return AuditClaim(claim.line, claim.column, claim.text, citations, end_line=end_line)


def _audit_citation(
    claim: Claim,
    number: int,
    ref: Reference | None,
    resolution: Resolution | None,
    judged: _Judged,
) -> AuditCitation:
    if ref is None:
        return AuditCitation(number, None, MISSING, _STATUS_REASONS[MISSING], UNSUPPORTED)
    status, reason = _status_and_reason(resolution)
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
    support = judged.assess(claim.text, number)
    citation.score = float(support.score)
    citation.evidence = support.evidence
    citation.numbers_found = _numbers(claim.text, support.numbers_found)
    missing = unclaimed(claim, support.numbers_missing)
    citation.numbers_missing = _numbers(claim.text, missing)
    citation.design_conflict = support.design_conflict
    citation.mismatches = [m for m in support.mismatches if m != support.design_conflict]
    citation.too_thin = not judged.says_enough(claim.text)
    citation.verdict = score_verdict(citation, judged.threshold)
    if citation.verdict == UNVERIFIED:
        citation.note = "not judged: the claim has too few key terms to weigh against the abstract"
    if citation.retracted:
        citation.verdict = UNSUPPORTED
        citation.reason = "the cited paper has been retracted"
    return citation


def _numbers(claim_text: str, quantities: Iterable[Quantity]) -> list[AuditNumber]:
    return [AuditNumber(quantity.raw, shown_role(claim_text, quantity)) for quantity in quantities]


def ensure_resolutions(result: LintResult, resolver: Resolver) -> None:
    """Resolve the references when the lint run did not (``--select CL1`` needs no records).

    The audit is about what the cited papers say, so it always wants them.
    """
    missing = [doc for doc in result.documents if doc.path not in result.resolutions]
    if any(doc.references for doc in missing):
        for path, resolved in resolve_documents(missing, resolver).items():
            result.resolutions[path] = resolved.resolutions
            result.repeats[path] = resolved.repeats
