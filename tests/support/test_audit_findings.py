"""Where the audit shows each finding: under the claim or citation it sits on, and under the
entry it is about, also when a page is saved on one line (Google Docs, a minified CMS page)."""

from __future__ import annotations

from pathlib import Path

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding, Reference, Severity
from citelint.pubmed.outcomes import UnansweredResolver
from citelint.read import read_path
from citelint.support.audit import build_audit
from citelint.support.audit_findings import entry_findings
from citelint.support.audit_rows import AuditFile

ROOT = Path(__file__).resolve().parents[2]
ONE_LINE = ROOT / "fixtures" / "audit" / "google-docs-handout-one-line.html"
PANDOC = ROOT / "fixtures" / "formats" / "pandoc" / "review.md"


def audit_offline(path: Path) -> AuditFile:
    config = Config(offline=True)
    result = lint_documents([read_path(path)], config, UnansweredResolver())
    (audit,) = build_audit(result)
    return audit


def test_a_one_line_page_shows_each_entry_its_own_finding_only() -> None:
    audit = audit_offline(ONE_LINE)

    shown = [[(f.code, f.reference) for f in ref.findings] for ref in audit.references]
    assert shown == [[("CL208", 1)], [("CL208", 2)], [("CL208", 3)], [("CL208", 4)]]


def test_a_one_line_page_shows_a_missing_entry_once_on_its_claim() -> None:
    audit = audit_offline(ONE_LINE)

    missing = [f for claim in audit.claims for f in claim.all_findings() if f.code == "CL101"]
    assert [f.citation for f in missing] == [5]
    assert all(f.code != "CL101" for ref in audit.references for f in ref.findings)
    # The entries' findings stay under the entries, not under the last claim as well.
    assert all(f.code != "CL208" for claim in audit.claims for f in claim.all_findings())


def test_a_pandoc_bibliography_keeps_its_findings_on_the_claims_too() -> None:
    """Entries placed where they are first cited share their findings with those claims."""
    audit = audit_offline(PANDOC)

    on_claims = {id(f) for claim in audit.claims for f in claim.all_findings()}
    on_entries = [f for ref in audit.references for f in ref.findings]
    assert on_entries
    assert any(id(f) in on_claims for f in on_entries)


def finding_at(line: int, column: int, reference: int) -> Finding:
    return Finding("a.html", line, column, "CL208", Severity.INFO, "m", reference=reference)


def entry(number: int, line: int, column: int, raw: str = "Entry.") -> Reference:
    return Reference(number=number, raw=raw, line=line, column=column)


def test_entries_sharing_a_line_are_parted_by_where_each_starts() -> None:
    entries = [entry(1, 1, 500), entry(2, 1, 640), entry(3, 1, 790)]
    findings = [finding_at(1, 640, 2), finding_at(1, 500, 1), finding_at(1, 120, 9)]

    shown = entry_findings(entries, findings)

    assert [[f.reference for f in found] for found in shown] == [[1], [2], []]


def test_a_finding_before_a_lone_entry_on_its_line_is_not_the_entry_s() -> None:
    entries = [entry(1, 1, 300)]
    findings = [finding_at(1, 117, 2), finding_at(1, 300, 1)]

    shown = entry_findings(entries, findings)

    assert [[f.reference for f in found] for found in shown] == [[1]]


def test_entries_on_lines_of_their_own_take_every_finding_on_their_lines() -> None:
    entries = [entry(1, 20, 1, "Smith J.\nTitle. 2020."), entry(2, 22, 1)]
    findings = [finding_at(21, 7, 1), finding_at(22, 1, 2), finding_at(23, 1, 0)]

    shown = entry_findings(entries, findings)

    assert [[f.line for f in found] for found in shown] == [[21], [22]]  # 23: neither's
