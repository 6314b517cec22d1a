"""Findings counted by severity: the summary every format ends with."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from operator import attrgetter

from citelint.models import Finding, Severity
from citelint.pubmed.errors import FAILED_LOOKUP

# The code of a reference that could not be checked: an offline run without a lock or a
# mirror counts these (one line, one notice, summary.unverified) rather than list each, and
# so does an online run for those whose lookup failed (no network, a service in trouble).
UNVERIFIED = "CL208"

_REASON_AFTER = " could not be checked: "


class Fold:
    """Which CL208 findings a report counts in one line instead of listing each: one run is
    offline or online, so it folds one kind or none. Plain strings, as ``models.Status``:
    making an Enum class would cost every short check ~0.6 M instructions at start-up."""

    NOTHING = "nothing"
    # Offline without a lock or a mirror: every CL208, each saying only "offline".
    UNVERIFIED = "unverified"
    # Online: the CL208 findings of lookups that failed (no network, PubMed in trouble).
    FAILED_LOOKUPS = "failed lookups"


def shown_findings(findings: Sequence[Finding], fold: str) -> Sequence[Finding]:
    """The findings a report lists: all but those ``fold`` counts in one line."""
    if fold == Fold.UNVERIFIED:
        return [finding for finding in findings if finding.code != UNVERIFIED]
    if fold == Fold.FAILED_LOOKUPS:
        return [finding for finding in findings if not failed_lookup(finding)]
    return findings


def failed_lookup(finding: Finding) -> bool:
    """Whether ``finding`` is a CL208 saying the network or PubMed failed: not one whose
    reason names something in the entry to look at (a title too common to look up)."""
    if finding.code != UNVERIFIED:
        return False
    reason = finding.message.partition(_REASON_AFTER)[2]
    return reason.startswith(FAILED_LOOKUP)


# A finding's severity, read in C: a generator over a run's findings costs a resume each.
_severity = attrgetter("severity")


def summary(findings: Sequence[Finding], files: int) -> dict[str, int]:
    def count(level: Severity) -> int:
        return sum(1 for f in findings if f.severity == level)

    return {
        "files": files,
        "findings": len(findings),
        "errors": count(Severity.ERROR),
        "warnings": count(Severity.WARNING),
        "infos": count(Severity.INFO),
    }


class Tally:
    """Findings counted by severity, for the summary."""

    def __init__(self) -> None:
        self.severities: Counter[Severity] = Counter()

    def add(self, findings: Sequence[Finding]) -> None:
        self.severities.update(map(_severity, findings))

    def summary(self, files: int) -> dict[str, int]:
        """The same dictionary as ``summary``."""
        return {
            "files": files,
            "findings": sum(self.severities.values()),
            "errors": self.severities[Severity.ERROR],
            "warnings": self.severities[Severity.WARNING],
            "infos": self.severities[Severity.INFO],
        }
