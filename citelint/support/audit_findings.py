"""Where each finding of an audited file goes: to the citation it is about, else the claim
it sits in; a rule's finding on a citation lowers that citation's verdict."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from citelint.models import Finding, Reference
from citelint.support.verdicts import downgrade

if TYPE_CHECKING:
    from citelint.support.audit import AuditCitation, AuditClaim, AuditFile


def attach_findings(audit_file: AuditFile) -> None:
    """Give each finding to the claim it sits in, and to the citation it names.

    Several claims can share a line, so a finding goes to the last claim starting at or
    before its position, and only when it lies within that claim's lines.
    """
    starts = sorted(audit_file.claims, key=lambda c: (c.line, c.column))
    # A page saved on one line (Google Docs, a minified CMS page) has its list on the last
    # claim's line: what is shown under an entry of such a list is not that claim's too.
    on_entries = (
        {id(finding) for ref in audit_file.references for finding in ref.findings}
        if audit_file.listed_apart
        else set()
    )
    for finding in audit_file.findings:
        if id(finding) in on_entries or _attach_inline(audit_file.claims, finding):
            continue
        owner = None
        for claim in starts:
            if (claim.line, claim.column) <= (finding.line, finding.column):
                owner = claim
        if owner is not None and finding.line <= owner.end_line:
            _attach(owner, finding)


def _attach_inline(claims: Sequence[AuditClaim], finding: Finding) -> bool:
    """Give a finding on an inline citation to the citations it is about: those whose
    identifier stands where it does (a reference-style link cited twice is one definition),
    narrowed to the claim it names when it names one (CL3xx). Whether any took it."""
    if finding.citation is not None:
        return False
    where = (finding.line, finding.column)
    found = [(claim, c) for claim in claims for c in claim.citations if c.position == where]
    named = [(claim, c) for claim, c in found if finding.subject and claim.text in finding.subject]
    for _, citation in named or found:
        _take(citation, finding)
    return bool(found)


def _take(citation: AuditCitation, finding: Finding) -> None:
    citation.findings.append(finding)
    if finding.code in {"CL301", "CL302", "CL303", "CL304", "CL306"}:
        citation.verdict = downgrade(citation.verdict, finding.code)
    if finding.suggestion is not None and finding.suggestion.reference is not None:
        citation.likely_meant = finding.suggestion.reference


def _attach(claim: AuditClaim, finding: Finding) -> None:
    for citation in claim.citations:
        if citation.position is None and finding.citation == citation.number:
            _take(citation, finding)
            return
    claim.findings.append(finding)


def entry_findings(
    references: Sequence[Reference], findings: Sequence[Finding]
) -> list[list[Finding]]:
    """The findings shown under each entry, in the entries' order: those within the entry's
    lines from its start on, and, where entries share a line (a page saved on one line), only
    those up to the next entry's start. Entry rules report at the entry's start; a claim's
    finding before the list on the same line is no entry's."""
    spans = [(ref.line, ref.column, ref.line + ref.raw.count("\n")) for ref in references]
    starts = sorted((ref.line, ref.column, index) for index, ref in enumerate(references))
    shown: list[list[Finding]] = [[] for _ in references]
    for finding in findings:
        place = (finding.line, finding.column)
        inside = [
            i
            for i, (line, column, last) in enumerate(spans)
            if (line, column) <= place and finding.line <= last
        ]
        if len(inside) > 1:
            inside = [i for line, column, i in starts if i in inside][-1:]
        for index in inside:
            shown[index].append(finding)
    return shown
