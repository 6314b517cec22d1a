"""``citelint audit``: every claim beside what its cited records say, for a person to read.

``build_audit`` turns a finished lint run into plain rows (claims, their citations, the
reference list); the writers in ``citelint.report.audit_*`` only lay those rows out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from tqdm import tqdm

from citelint.commands.batch import resolve_documents
from citelint.commands.pipeline import LintResult
from citelint.models import Document, Finding, Reference, Resolution
from citelint.pubmed.outcomes import Resolver
from citelint.record import Record
from citelint.rules.base import own_resolutions
from citelint.support.audit_claims import Assess, Judged, any_claim, audit_claim, inline_claims
from citelint.support.audit_findings import attach_findings, entry_findings
from citelint.support.audit_rows import (
    MISSING,
    AuditCitation,
    AuditClaim,
    AuditFile,
    AuditNumber,
    AuditReference,
    pubmed_url,
    status_and_reason,
    total_verdicts,
)
from citelint.support.checker import SupportChecker
from citelint.support.scoring import SUPPORT_THRESHOLD
from citelint.support.verdicts import (
    CONTRADICTED,
    GOOD,
    GOOD_SUPPORT,
    SEVERITY_ORDER,
    UNSUPPORTED,
    UNVERIFIED,
    VERDICTS,
    WEAK,
)

# The rows and verdicts are also named here, where the audit's writers and readers find them.
__all__ = [
    "CONTRADICTED",
    "GOOD",
    "GOOD_SUPPORT",
    "MISSING",
    "SEVERITY_ORDER",
    "UNSUPPORTED",
    "UNVERIFIED",
    "VERDICTS",
    "WEAK",
    "AuditCitation",
    "AuditClaim",
    "AuditFile",
    "AuditNumber",
    "AuditReference",
    "build_audit",
    "ensure_resolutions",
    "progress",
    "pubmed_url",
    "total_verdicts",
]

T = TypeVar("T")

Wrap = Callable[[Sequence[T], int], Iterable[T]]


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
        says_enough = checkers[doc.path].says_enough if assess is None else any_claim
        named = checkers[doc.path].named_mismatch
        reads = checkers[doc.path].reads_claim if assess is None else any_claim
        judged = Judged(scorers[doc.path], says_enough, threshold, named, reads)
        audit_file.claims.append(audit_claim(doc, claim, resolutions, judged))
    for doc in result.documents:
        files[doc.path].claims.extend(_chapter_claims(result, doc, assess, threshold))
        view = result.views.get(doc.path)
        if view is not None:
            files[doc.path].claims.extend(inline_claims(result, view, assess, threshold))
    for audit_file in files.values():
        audit_file.claims.sort(key=lambda claim: (claim.line, claim.column))
        attach_findings(audit_file)
    return list(files.values())


def _chapter_claims(
    result: LintResult, doc: Document, assess: Assess | None, threshold: float
) -> list[AuditClaim]:
    """The claims of each chapter before the last (an abstract book's abstracts, a book's
    chapters), each judged against its own chapter's list, as check judged them."""
    claims: list[AuditClaim] = []
    chapter_resolutions = result.chapter_resolutions.get(doc.path, [])
    for index, chapter in enumerate(doc.chapters):
        resolutions = chapter_resolutions[index] if index < len(chapter_resolutions) else {}
        chapter.word_claims()
        checker = SupportChecker(chapter, resolutions)
        judged = Judged(
            assess or checker.support,
            checker.says_enough if assess is None else any_claim,
            threshold,
            checker.named_mismatch,
            checker.reads_claim if assess is None else any_claim,
        )
        claims += [audit_claim(chapter, claim, resolutions, judged) for claim in chapter.claims]
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
    own = list(own_resolutions(doc.references, resolutions, repeats))
    shown = entry_findings([ref for ref, _ in own], findings)
    references = [
        # An entry repeating a number shows its own paper, never the first entry's.
        _audit_reference(ref, resolution, ref.number in cited, entry_shown)
        for (ref, resolution), entry_shown in zip(own, shown, strict=True)
    ]
    return AuditFile(
        doc.path, references=references, findings=findings, listed_apart=_listed_apart(doc)
    )


def _listed_apart(doc: Document) -> bool:
    """Whether every entry of the list starts after the last citation marker ends: a page's
    own list, not a Pandoc or Manubot bibliography whose entries stand at their keys."""
    ends = [(m.line, m.column + len(m.raw)) for claim in doc.claims for m in claim.markers]
    entries = [(ref.line, ref.column) for ref in doc.references]
    return bool(ends and entries) and min(entries) >= max(ends)


def _audit_reference(
    ref: Reference, resolution: Resolution | None, cited: bool, findings: list[Finding]
) -> AuditReference:
    status, reason = status_and_reason(resolution)
    record = resolution.record if resolution else None
    pmid = record.pmid if record else ref.pmid
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
        findings=findings,
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


def ensure_resolutions(result: LintResult, resolver: Resolver) -> None:
    """Resolve the references when the lint run did not (``--select CL1`` needs no records).

    The audit is about what the cited papers say, so it always wants them.
    """
    missing = [doc for doc in result.documents if doc.path not in result.resolutions]
    if any(doc.references for doc in missing):
        for path, resolved in resolve_documents(missing, resolver).items():
            result.resolutions[path] = resolved.resolutions
            result.repeats[path] = resolved.repeats
            result.chapter_resolutions[path] = [c.resolutions for c in resolved.chapters]
