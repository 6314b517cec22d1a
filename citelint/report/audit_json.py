"""``citelint audit --format json``: the audit rows as data; keys may be added, never renamed."""

from __future__ import annotations

import json
from collections.abc import Sequence

from citelint.report.counts import summary
from citelint.report.json_text import escaped_surrogates
from citelint.support.audit import (
    AuditCitation,
    AuditClaim,
    AuditFile,
    AuditNumber,
    AuditReference,
    total_verdicts,
)


def render_audit_json(files: Sequence[AuditFile]) -> str:
    findings = [f for audit_file in files for f in audit_file.findings]
    document = {
        "version": 1,
        "files": [_file(audit_file) for audit_file in files],
        "summary": {**summary(findings, len(files)), **_verdicts(files)},
    }
    return escaped_surrogates(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"


def _verdicts(files: Sequence[AuditFile]) -> dict[str, int]:
    claims = sum(len(f.claims) for f in files)
    verdicts = total_verdicts(files) if files else {}
    # The verdicts count citations, not claims (one claim may cite several papers): the
    # total they add up to is said beside the claims (user30a P3-1). "unverified" is the
    # verdict the text report calls "not judged"; the key stays as it was named.
    citations = sum(verdicts.values())
    # An audit of no readable file has always named no verdicts.
    return {"claims": claims, "citations": citations, **verdicts}


def _file(audit_file: AuditFile) -> dict[str, object]:
    return {
        "path": audit_file.path,
        "claims": [_claim(claim) for claim in audit_file.claims],
        "references": [_reference(ref) for ref in audit_file.references],
        "findings": [f.to_dict() for f in audit_file.findings],
    }


def _claim(claim: AuditClaim) -> dict[str, object]:
    return {
        "line": claim.line,
        "column": claim.column,
        "text": claim.text,
        "verdict": claim.verdict,
        "citations": [_citation(citation) for citation in claim.citations],
        # Every finding on the claim, those about one of its citations included.
        "findings": [f.to_dict() for f in claim.all_findings()],
    }


def _citation(citation: AuditCitation) -> dict[str, object]:
    return {
        "number": citation.number,
        "reference": citation.reference,
        "status": citation.status,
        "reason": citation.reason,
        "verdict": citation.verdict,
        "pmid": citation.pmid,
        "url": citation.url,
        "title": citation.title,
        "retracted": citation.retracted,
        "score": None if citation.score is None else round(citation.score, 3),
        "evidence": citation.evidence,
        "numbers_found": [_number(n) for n in citation.numbers_found],
        "numbers_missing": [_number(n) for n in citation.numbers_missing],
        "numbers_pooled": [_number(n) for n in citation.numbers_pooled],
        "design_conflict": citation.design_conflict,
        "mismatches": list(citation.mismatches),
        "findings": [f.to_dict() for f in citation.findings],
        "likely_meant": citation.likely_meant,
        "note": citation.note,
        # How an inline citation (a link, a PMID mention) is named; null for a numbered one.
        "label": citation.label,
    }


def _number(number: AuditNumber) -> dict[str, str]:
    return {"raw": number.raw, "role": number.role}


def _reference(ref: AuditReference) -> dict[str, object]:
    return {
        "number": ref.number,
        "reference": ref.raw,
        "line": ref.line,
        "status": ref.status,
        "reason": ref.reason,
        "pmid": ref.pmid,
        "url": ref.url,
        "title": ref.title,
        "notices": ref.notices,
        "cited": ref.cited,
        "findings": [f.to_dict() for f in ref.findings],
    }
