"""``citelint audit``: the terminal report, one claim and then its citations indented below."""

from __future__ import annotations

from collections.abc import Sequence

import click

from citelint.models import Finding
from citelint.report.escape import printable
from citelint.support.audit import (
    CONTRADICTED,
    GOOD,
    UNSUPPORTED,
    UNVERIFIED,
    VERDICTS,
    WEAK,
    AuditCitation,
    AuditFile,
    AuditNumber,
    total_verdicts,
)

_COLOURS = {
    GOOD: "green",
    WEAK: "yellow",
    UNSUPPORTED: "red",
    CONTRADICTED: "magenta",
    UNVERIFIED: "cyan",
}
# The verdict "unverified" says the claim's support was not judged (a claim of too few key
# terms, a record without an abstract, a reference not looked up); CL208's "unverified" says
# only the last. Shown in words of its own; the JSON keeps the verdict's name (user23 P3 6).
_SHOWN = {UNVERIFIED: "not judged"}


def shown_verdict(verdict: str) -> str:
    """A verdict as the text report names it."""
    return _SHOWN.get(verdict, verdict)


def clean(text: str) -> str:
    """Article and record text must not move the cursor, recolour or reorder the terminal."""
    return printable(text)


def one_line(text: str) -> str:
    return clean(" ".join(text.split()))


def render_audit_text(files: Sequence[AuditFile], color: bool = False) -> str:
    lines: list[str] = []
    for audit_file in files:
        lines.extend(_file_lines(audit_file, color))
        lines.append("")
    lines.append(_summary(files))
    return "\n".join(lines) + "\n"


def _style(text: str, color: bool, **styles: object) -> str:
    return click.style(text, **styles) if color else text  # type: ignore[arg-type]


def _file_lines(audit_file: AuditFile, color: bool) -> list[str]:
    lines = [_style(clean(audit_file.path), color, bold=True)]
    if not audit_file.claims:
        lines.append("  no claims with citations")
    for claim in audit_file.claims:
        lines.append(f"  {claim.line}:{claim.column}  {one_line(claim.text)}")
        for citation in claim.citations:
            lines.extend(_citation_lines(citation, color))
        lines.extend(f"      {_finding(f)}" for f in claim.findings)
    if audit_file.references:
        lines.append("  References")
    for ref in audit_file.references:
        pmid = f"  PMID {clean(ref.pmid)}" if ref.pmid else ""
        notices = f"  {', '.join(n.upper() for n in ref.notices)}" if ref.notices else ""
        unused = "" if ref.cited else "  (never cited)"
        lines.append(f"    [{ref.number}] {ref.status}{pmid}{notices}{unused}")
        lines.append(f"        {one_line(ref.title or ref.raw)}")
        lines.extend(f"        {_finding(f)}" for f in ref.findings)
    others = audit_file.other_findings()
    if others:
        lines.append("  Other findings")
    lines.extend(f"    {f.line}:{f.column}  {_finding(f)}" for f in others)
    return lines


def _citation_lines(citation: AuditCitation, color: bool) -> list[str]:
    shown = shown_verdict(citation.verdict)
    verdict = _style(shown, color, fg=_COLOURS[citation.verdict], bold=True)
    score = f"  score {citation.score:.2f}" if citation.score is not None else ""
    # An inline citation's name may give its PMID already.
    named = citation.pmid and f"PMID {citation.pmid}" in (citation.label or "")
    pmid = f"  PMID {clean(citation.pmid)}" if citation.pmid and not named else ""
    # "unsupported  missing": the status is shown only when it adds to the verdict.
    status = f"  {citation.status}" if citation.status != shown else ""
    lines = [f"    {one_line(citation.shown)} {verdict}{score}{status}{pmid}"]
    if citation.title or citation.reference:
        lines.append(f"        cites: {one_line(citation.title or citation.reference or '')}")
    # A scored citation's reason is only "matched a PubMed record"; say why the others fell short.
    if citation.score is None or citation.retracted:
        lines.append(f"        {one_line(citation.reason)}")
    if citation.note:
        lines.append(f"        {one_line(citation.note)}")
    if citation.url:
        lines.append(f"        {citation.url}")
    if citation.evidence:
        lines.append(f'        evidence: "{one_line(citation.evidence)}"')
    if citation.numbers_found:
        lines.append(f"        numbers found: {_numbers(citation.numbers_found)}")
    if citation.numbers_missing:
        lines.append(f"        numbers missing: {_numbers(citation.numbers_missing)}")
    if citation.numbers_pooled:
        lines.append(f"        {POOLED_LABEL}: {_numbers(citation.numbers_pooled)}")
    if citation.design_conflict:
        lines.append(f"        design: {one_line(citation.design_conflict)}")
    lines.extend(f"        does not fit: {one_line(m)}" for m in citation.mismatches)
    if citation.likely_meant is not None:
        lines.append(f"        likely meant [{citation.likely_meant}]")
    lines.extend(f"        {_finding(f)}" for f in citation.findings)
    return lines


def _numbers(numbers: Sequence[AuditNumber]) -> str:
    return ", ".join(
        one_line(n.raw) + (f" ({one_line(n.role)})" if shown_role(n) else "") for n in numbers
    )


# What CL301 says of a review's own numbers, which it does not look for in the cited papers.
POOLED_LABEL = "numbers pooled by the review, not expected in one trial's abstract"


def shown_role(number: AuditNumber) -> bool:
    """A bare number's role says nothing to a reader."""
    return bool(number.role) and number.role != "plain"


def _finding(finding: Finding) -> str:
    return f"{finding.code} {finding.severity.label}: {one_line(finding.message)}"


def _summary(files: Sequence[AuditFile]) -> str:
    counts = total_verdicts(files)
    claims = sum(len(f.claims) for f in files)
    citations = sum(counts.values())
    findings = sum(len(f.findings) for f in files)
    parts = ", ".join(f"{counts[v]} {shown_verdict(v)}" for v in VERDICTS)
    return (
        f"Audited {claims} claim{'s' if claims != 1 else ''} with {citations} "
        f"citation{'s' if citations != 1 else ''} ({parts}); "
        f"{findings} finding{'s' if findings != 1 else ''}."
    )
