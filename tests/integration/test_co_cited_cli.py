"""Co-cited claims, check and audit end to end against the fake server (user18's review).

A claim's number need appear in only one of its co-cited papers; with one of them unread (not
in the lock, not found online) nothing is absent from them all. The audit shows the claims
check reads, inline links included, with check's verdicts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fake_eutils import FakeEutils

from citelint.record import Record

POOLED = Record(
    pmid="39991001",
    title="Direct oral anticoagulants against warfarin in atrial fibrillation: a pooled "
    "analysis of four randomised trials.",
    journal="Lancet",
    year=2014,
    authors=["Ormond PT", "Greaves LJ"],
    abstract=(
        "BACKGROUND: Four large trials compared direct oral anticoagulants with warfarin in "
        "atrial fibrillation. METHODS: We pooled 71 683 patients. FINDINGS: Direct oral "
        "anticoagulants lowered stroke or systemic embolism by 19% and halved intracranial "
        "haemorrhage. Among patients aged 75 years or older the absolute benefit was larger "
        "than in younger patients. INTERPRETATION: The balance of benefit and risk favours "
        "direct oral anticoagulants."
    ),
    publication_types=["Journal Article", "Meta-Analysis"],
)
TRIAL = Record(
    pmid="39991002",
    title="Apixaban or warfarin for stroke prevention in atrial fibrillation.",
    journal="N Engl J Med",
    year=2011,
    authors=["Lindqvist AB", "Moreno JC"],
    abstract=(
        "BACKGROUND: Warfarin prevents stroke in atrial fibrillation but causes bleeding. "
        "METHODS: In a double-blind trial, 18 201 patients with atrial fibrillation were "
        "randomly assigned to apixaban or warfarin. RESULTS: Stroke or systemic embolism "
        "occurred in 1.27% per year with apixaban and 1.60% per year with warfarin (hazard "
        "ratio 0.79). Major bleeding was less frequent with apixaban, and the benefit over "
        "warfarin held in older and younger patients. CONCLUSIONS: Apixaban was superior to "
        "warfarin."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
ENTRY_1 = (
    "1. Ormond PT, Greaves LJ. Direct oral anticoagulants against warfarin in atrial "
    "fibrillation: a pooled analysis of four randomised trials. Lancet. 2014;383:955-62. "
    "PMID: 39991001"
)
ENTRY_2 = (
    "2. Lindqvist AB, Moreno JC. Apixaban or warfarin for stroke prevention in atrial "
    "fibrillation. N Engl J Med. 2011;365:981-92. PMID: 39991002"
)
AGED = (
    "In patients aged 75 years or older, the absolute benefit of direct oral anticoagulants "
    "over warfarin was larger than in younger patients [1, 2]."
)
PAGE = f"""\
# Anticoagulation in older adults

Direct oral anticoagulants lowered stroke and halved intracranial haemorrhage against
warfarin in atrial fibrillation [1].

Apixaban lowered stroke or systemic embolism against warfarin (hazard ratio 0.79) with less
major bleeding [2].

{AGED}

## References

{ENTRY_1}
{ENTRY_2}
"""
# The same entry 2, cited alone: what a lock made before entry 1 was added holds.
ONLY_TRIAL = f"""\
# Apixaban

Apixaban lowered stroke or systemic embolism against warfarin (hazard ratio 0.79) with less
major bleeding [1].

## References

1. {ENTRY_2[3:]}
"""


def citelint(folder: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CITELINT_ENTREZ_URL": url,
        "CITELINT_CACHE_DIR": str(folder / "cache"),
        "CITELINT_HTTP_TIMEOUT": "2",
        "CITELINT_HTTP_ATTEMPTS": "2",
        "CITELINT_HTTP_BACKOFF": "0.01",
    }
    env.pop("NCBI_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-m", "citelint", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "Traceback" not in done.stderr
    return done


def findings(done: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    return [(f["code"], f["message"]) for f in json.loads(done.stdout)["findings"]]


def claim_codes(done: subprocess.CompletedProcess[str]) -> list[str]:
    return [code for code, _ in findings(done) if code.startswith("CL3")]


def test_both_papers_read_the_number_of_one_is_enough(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    with FakeEutils() as server:
        server.add_record(POOLED)
        server.add_record(TRIAL)
        assert (
            claim_codes(citelint(tmp_path, server.url, "check", "--format", "json", "page.md"))
            == []
        )
        # The same pair still finds a number neither states.
        wrong = PAGE.replace("aged 75 years", "aged 85 years")
        (tmp_path / "wrong.md").write_text(wrong, encoding="utf-8")
        found = findings(citelint(tmp_path, server.url, "check", "--format", "json", "wrong.md"))
    assert [m for c, m in found if c == "CL301"] == [
        '"85" does not appear in any of the cited abstracts (1, 2)'
    ]


def test_a_lock_without_the_co_cited_paper_gives_no_cl301(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "only.md").write_text(ONLY_TRIAL, encoding="utf-8")
    with FakeEutils() as server:
        server.add_record(TRIAL)
        locked = citelint(tmp_path, server.url, "lock", "only.md")
        assert locked.returncode == 0, locked.stdout + locked.stderr
        offline = citelint(
            tmp_path, server.url, "check", "--offline", "--format", "json", "page.md"
        )
    codes = [code for code, _ in findings(offline)]
    assert "CL208" in codes  # entry 1: not in the lock
    assert claim_codes(offline) == []


def test_a_co_cited_paper_not_found_online_gives_no_cl301(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    with FakeEutils() as server:
        server.add_record(TRIAL)  # entry 1's PMID is unknown to this PubMed
        online = citelint(tmp_path, server.url, "check", "--format", "json", "page.md")
    assert claim_codes(online) == []


GUIDELINE = Record(
    pmid="39991003",
    title="2023 guideline for the management of atrial fibrillation.",
    journal="Circulation",
    year=2024,
    authors=["Whitcombe RD"],
    abstract=(
        "This guideline covers the care of adults with atrial fibrillation. For stroke "
        "prevention, direct oral anticoagulants are recommended over warfarin in eligible "
        "patients, except those with moderate or severe mitral stenosis or a mechanical valve."
    ),
    publication_types=["Practice Guideline"],
)
IRON = Record(
    pmid="39991004",
    title="Alternate-day against daily oral iron in iron-depleted women: a randomised trial.",
    journal="Lancet Haematol",
    year=2017,
    authors=["Baumann ST"],
    abstract=(
        "In iron-depleted women, iron given on alternate days was absorbed better than iron "
        "given on consecutive days, and single morning doses better than split doses."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
GUIDED = """\
# Stroke prevention

Guidelines recommend direct oral anticoagulants over warfarin for stroke prevention in
eligible adults with atrial fibrillation [1]–[2].

## References

1. Whitcombe RD. 2023 guideline for the management of atrial fibrillation. Circulation.
   2024;149:e1-e156. PMID: 39991003
2. Baumann ST. Alternate-day against daily oral iron in iron-depleted women: a randomised
   trial. Lancet Haematol. 2017;4:e524-e533. PMID: 39991004
"""


def test_the_audit_passes_what_check_passes_in_a_co_cited_claim(tmp_path: Path) -> None:
    """user18: "... [3]-[4]": check passed it, the audit called [4] unsupported with a design
    conflict. Both papers are read and [1] alone supports the claim: [2] is no finding."""
    (tmp_path / "page.md").write_text(GUIDED, encoding="utf-8")
    with FakeEutils() as server:
        server.add_record(GUIDELINE)
        server.add_record(IRON)
        checked = citelint(tmp_path, server.url, "check", "--format", "json", "page.md")
        audited = citelint(tmp_path, server.url, "audit", "--format", "json", "page.md")
    assert claim_codes(checked) == []
    (audit,) = json.loads(audited.stdout)["files"]
    (claim,) = audit["claims"]
    first, second = claim["citations"]
    assert first["verdict"] == "good"
    assert second["score"] < 0.2  # the audit still shows how little [2] says of it
    assert second["verdict"] == "weak"
    assert second["note"] == "another paper cited with it supports the claim"
    assert second["design_conflict"] is None
