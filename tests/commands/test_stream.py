"""What a worker process sends back for each file (commands.stream.Checked) survives pickling."""

from __future__ import annotations

import pickle
from dataclasses import fields

from citelint.commands.checked import Checked
from citelint.commands.lookups import Lookups
from citelint.models import Finding, Resolution, Severity, Status
from citelint.suggestion import Suggestion


def every_field_set() -> Finding:
    """A finding none of whose fields has its default, so a field lost on the way shows."""
    return Finding(
        "notes/é.md",
        12,
        7,
        "CL303",
        Severity.ERROR,
        "citation [4] probably meant reference 5",
        citation=4,
        reference=5,
        pmid="31234567",
        evidence="the abstract says so",
        subject="tight control of blood pressure",
        suggestion=Suggestion("31234568", "A trial", "[5]", "[4]", reference=5),
    )


def test_every_field_of_finding_is_sent() -> None:
    finding = every_field_set()
    assert all(getattr(finding, field.name) != field.default for field in fields(Finding))
    [back] = pickle.loads(pickle.dumps(Checked("notes/é.md", [finding]))).findings
    assert back == finding
    assert type(back.severity) is Severity and back.suggestion == finding.suggestion


def test_the_rest_of_a_checked_file_is_sent_as_it_was() -> None:
    lookups = Lookups()
    lookups.add([Resolution(1, Status.UNVERIFIED, reason="offline")])
    checked = Checked("a.md", [every_field_set(), every_field_set()], lookups=lookups)
    checked.order, checked.unlisted, checked.warnings = 3, True, ["unknown code CL999"]
    back = pickle.loads(pickle.dumps(checked))
    assert back.findings == checked.findings and back.lookups.listed == {"offline": 1}
    assert (back.order, back.unlisted, back.warnings) == (3, True, ["unknown code CL999"])
    assert (back.path, back.trace, back.error, back.empty) == ("a.md", None, None, False)
