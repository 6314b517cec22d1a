"""The audit's rows: claims, their citations and the reference list, as the writers in
``citelint.report.audit_*`` lay them out. ``citelint.support.audit`` builds them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from citelint.models import Finding, Resolution, Status
from citelint.support.verdicts import SEVERITY_ORDER, UNVERIFIED, VERDICTS

# An in-text number with no entry in the reference list: there is nothing to resolve.
MISSING = "missing"
# An in-text number in a document with no reference list read at all: what it cites is
# unknown, which says nothing of the evidence (user30b P2-3: "unsupported" for each).
NO_LIST = "no list"

_DIGITS = re.compile(r"[0-9]{1,10}")

STATUS_REASONS = {
    MISSING: "the reference list has no entry with this number",
    NO_LIST: "no reference list was read in the document, so what this number cites is unknown",
    Status.RESOLVED: "matched a PubMed record",
    Status.NOT_FOUND: "no PubMed record matches this entry: possibly fabricated",
    Status.AMBIGUOUS: "several PubMed records match equally well",
    Status.NOT_IN_PUBMED: "not a journal article PubMed indexes",
    Status.UNVERIFIED: "not checked (offline, or the network failed)",
}


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
    status: str  # a Status value, MISSING or NO_LIST
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
    # Missing numbers that are the citing review's own (pooled, heterogeneity): not expected.
    numbers_pooled: list[AuditNumber] = field(default_factory=list)
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
    # The reference list comes after every citation (see entry_findings); not written out.
    listed_apart: bool = False

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


def status_and_reason(resolution: Resolution | None) -> tuple[str, str]:
    if resolution is None:
        return Status.UNVERIFIED, "not resolved in this run"
    return resolution.status, resolution.reason or STATUS_REASONS.get(resolution.status, "")
