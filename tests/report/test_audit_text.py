"""The audit's terminal report and its JSON form."""

from __future__ import annotations

import json

from citelint.models import Finding, Severity, Status
from citelint.report.audit_json import render_audit_json
from citelint.report.audit_text import render_audit_text
from citelint.support.audit import (
    GOOD,
    MISSING,
    UNSUPPORTED,
    UNVERIFIED,
    AuditCitation,
    AuditClaim,
    AuditFile,
    AuditNumber,
    AuditReference,
)

HEADING = Finding("a.md", 1, 1, "CL107", Severity.ERROR, "no reference list")
PAIN = Finding("a.md", 4, 1, "CL301", Severity.WARNING, "27-month is not in the abstract", 1)


def audit() -> list[AuditFile]:
    supported = AuditCitation(
        number=1,
        reference="1. Doe J. Stimulation for stenosis pain. Pain Med. 2019.",
        status=Status.RESOLVED,
        reason="matched a PubMed record",
        verdict=GOOD,
        pmid="12345678",
        url="https://pubmed.ncbi.nlm.nih.gov/12345678/",
        title="Stimulation for stenosis pain",
        score=0.8123,
        evidence="Pain scores fell from 7.4 to 2.8.",
        numbers_found=[AuditNumber("7.4", "mean"), AuditNumber("2.8", "plain")],
        numbers_missing=[AuditNumber("27-month", "duration")],
        findings=[PAIN],
    )
    missing = AuditCitation(
        3, None, MISSING, "the reference list has no entry with this number", UNSUPPORTED
    )
    claim = AuditClaim(4, 1, "Pain fell from 7.4 to 2.8 over 27 months.", [supported, missing])
    ref = AuditReference(
        1,
        supported.reference or "",
        9,
        Status.RESOLVED,
        "",
        "12345678",
        supported.url,
        supported.title,
        ["erratum"],
        True,
    )
    return [AuditFile("a.md", [claim], [ref], [PAIN, HEADING])]


def test_text_shows_claim_then_each_citation_indented() -> None:
    text = render_audit_text(audit())

    assert text.splitlines()[:10] == [
        "a.md",
        "  4:1  Pain fell from 7.4 to 2.8 over 27 months.",
        "    [1] good  score 0.81  resolved  PMID 12345678",
        "        cites: Stimulation for stenosis pain",
        "        https://pubmed.ncbi.nlm.nih.gov/12345678/",
        '        evidence: "Pain scores fell from 7.4 to 2.8."',
        "        numbers found: 7.4 (mean), 2.8",  # a plain number has no role to show
        "        numbers missing: 27-month (duration)",
        "        CL301 warning: 27-month is not in the abstract",
        "    [3] unsupported  missing",
    ]
    assert "        the reference list has no entry with this number" in text
    assert "    [1] resolved  PMID 12345678  ERRATUM" in text
    assert "  Other findings\n    1:1  CL107 error: no reference list" in text
    assert text.endswith(
        "Audited 1 claim with 2 citations (1 good, 0 weak, 1 unsupported, 0 contradicted, "
        "0 not judged); 2 findings.\n"
    )


def test_support_not_judged_is_not_called_unverified() -> None:
    # user23 P3 6: a claim of too few key terms read "unverified", CL208's word for a
    # reference not looked up. The text names the verdict "not judged" and keeps "unverified"
    # for the reference's status; the JSON keeps the verdict's name.
    thin = AuditCitation(
        1, "1. Doe J. A title. Pain Med. 2019.", Status.RESOLVED, "matched", UNVERIFIED
    )
    thin.score = 0.05
    offline = AuditCitation(
        2, "2. Roe K. Another. Spine. 2020.", Status.UNVERIFIED, "not checked", UNVERIFIED
    )
    claim = AuditClaim(4, 1, "This helps [1, 2].", [thin, offline])
    files = [AuditFile("a.md", [claim], [], [])]
    lines = render_audit_text(files).splitlines()
    assert "    [1] not judged  score 0.05  resolved" in lines
    assert "    [2] not judged  unverified" in lines
    assert lines[-1].endswith("0 contradicted, 2 not judged); 0 findings.")
    data = json.loads(render_audit_json(files))
    assert data["summary"]["unverified"] == 2
    assert data["files"][0]["claims"][0]["citations"][0]["verdict"] == "unverified"


def test_text_is_coloured_only_when_asked() -> None:
    assert "\x1b[" not in render_audit_text(audit(), color=False)
    assert "\x1b[32m" in render_audit_text(audit(), color=True)  # green "good"


def test_text_cannot_carry_terminal_escapes_from_the_article() -> None:
    files = audit()
    files[0].claims[0].text = "Fine claim \x1b[2J\x1b]0;owned\x07 here"
    files[0].claims[0].citations[0].evidence = "evil \x9b31m evidence"

    text = render_audit_text(files)

    assert "\x1b" not in text
    assert "\x07" not in text
    assert "\x9b" not in text
    assert "Fine claim \\x1b[2J\\x1b]0;owned\\x07 here" in text


def test_a_file_name_cannot_forge_lines_or_turn_text_around() -> None:
    files = audit()
    files[0].path = "notes\nFAKE: all clear\u202etxt.md"
    files[0].claims[0].text = "A claim\u2067 reversed"

    text = render_audit_text(files)

    assert text.splitlines()[0] == "notes\\nFAKE: all clear\\u202etxt.md"
    assert "A claim\\u2067 reversed" in text
    assert "\u202e" not in text and "\u2067" not in text


def test_json_has_the_promised_shape() -> None:
    data = json.loads(render_audit_json(audit()))

    assert data["version"] == 1
    (file,) = data["files"]
    assert file["path"] == "a.md"
    (claim,) = file["claims"]
    assert (claim["line"], claim["column"], claim["text"]) == (
        4,
        1,
        "Pain fell from 7.4 to 2.8 over 27 months.",
    )
    first, missing = claim["citations"]
    assert {
        key: first[key]
        for key in ("number", "status", "pmid", "score", "evidence", "numbers_missing")
    } == {
        "number": 1,
        "status": "resolved",
        "pmid": "12345678",
        "score": 0.812,
        "evidence": "Pain scores fell from 7.4 to 2.8.",
        "numbers_missing": [{"raw": "27-month", "role": "duration"}],
    }
    assert first["reference"].startswith("1. Doe J.")
    assert first["findings"][0]["code"] == "CL301"
    assert first["findings"][0]["severity"] == "warning"
    assert (missing["status"], missing["reference"], missing["score"]) == ("missing", None, None)
    assert file["references"][0]["notices"] == ["erratum"]
    assert [f["code"] for f in file["findings"]] == ["CL301", "CL107"]
    assert data["summary"]["claims"] == 1
    assert data["summary"]["good"] == 1
    assert (data["summary"]["warnings"], data["summary"]["errors"]) == (1, 1)


def test_json_of_nothing_is_still_valid() -> None:
    data = json.loads(render_audit_json([]))

    assert data["files"] == []
    assert data["summary"]["claims"] == 0
