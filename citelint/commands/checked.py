"""What is left of a file once checked (``Checked``), as the stream hands it to the report,
and as a worker process sends it to the main one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from citelint.commands.lookups import Lookups
from citelint.models import Finding

if TYPE_CHECKING:
    from citelint.errors import InputError
    from citelint.models import Document


# A plain class, as lookups.Lookups is: a dataclass compiles its methods when its module is
# imported, a cost every short run pays (issue 13).
class Checked:
    """What is left of a file once checked: its findings, and for fingerprints a trace."""

    def __init__(
        self,
        path: str,
        findings: list[Finding] | None = None,
        trace: Document | None = None,
        error: InputError | None = None,
        lookups: Lookups | None = None,
        citing_nothing: bool = False,
    ) -> None:
        self.path = path
        self.findings = findings if findings is not None else []
        self.trace = trace
        self.error = error
        self.order = 0  # where the file came in the paths as given, for listing errors
        self.lookups = lookups if lookups is not None else Lookups()  # how its references fared
        self.citing_nothing = citing_nothing  # a reference list, and no citation read in it
        # No reference list and no citation read: author and year, or no citing at all.
        self.uncited = False
        self.empty = False  # nothing but white space in it (user24 P3 3)
        self.unlisted = False  # citing by number, no list read, and no CL107 said so
        # Said on stderr by the check command: suppressions naming no rule's code.
        self.warnings: list[str] = []

    # A worker sends each file's Checked to the main process: its findings go as tuples of
    # their fields, which pickle in about half the time of the dataclasses and load in about
    # a third (~90 microseconds of CPU a real-size article, in one process or the other).
    def __getstate__(self) -> dict[str, object]:
        state = dict(vars(self))
        state["findings"] = [_finding_fields(finding) for finding in self.findings]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        fields: list[tuple[object, ...]] = state.pop("findings")  # type: ignore[assignment]
        vars(self).update(state)
        self.findings = [Finding(*values) for values in fields]  # type: ignore[arg-type]


def _finding_fields(finding: Finding) -> tuple[object, ...]:
    """A finding's fields in the order ``Finding`` takes them (tests keep the two in step)."""
    return (
        finding.path,
        finding.line,
        finding.column,
        finding.code,
        finding.severity,
        finding.message,
        finding.citation,
        finding.reference,
        finding.pmid,
        finding.evidence,
        finding.subject,
        finding.suggestion,
    )
