"""Issue 16: a claim citing an entry that cannot be checked is matched to the entry it meant.

The page has the shape of an AI answer copied from a browser: bare trailing citation numbers,
a reference list of titled entries under "Research" / "Guideline" labels, one guideline
PubMed does not index, and citations past the end of the list. The fake E-utilities server
on 127.0.0.1 serves the two invented records of fixtures/suggest/records.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from fake_eutils import FakeEutils

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "fixtures" / "suggest" / "knee-answer.txt"
RECORDS = ROOT / "fixtures" / "suggest" / "records"


@pytest.fixture()
def server() -> FakeEutils:
    with FakeEutils(RECORDS) as fake:
        yield fake


def check(tmp_path: Path, url: str, *options: str) -> dict:
    environment = {**os.environ, "CITELINT_ENTREZ_URL": url, "NCBI_EMAIL": "t@example.org"}
    environment.pop("NCBI_API_KEY", None)
    command = [sys.executable, "-m", "citelint", "check", "--no-cache", *options, str(PAGE)]
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=60
    )
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def test_the_seed_shaped_page_names_the_likely_source(tmp_path: Path, server: FakeEutils) -> None:
    findings = check(tmp_path, server.url, "--format", "json")["findings"]
    codes = sorted((f["line"], f["code"], f["citation"]) for f in findings)
    assert (24, "CL101", 5) in codes and (26, "CL101", 4) in codes
    assert any(f["code"] == "CL207" and f["reference"] == 2 for f in findings)
    meant = [f for f in findings if f["code"] == "CL303"]
    # The two claims cited [2] that carry entry 1's findings, and the one cited [4].
    assert sorted((f["line"], f["citation"]) for f in meant) == [(14, 2), (16, 2), (26, 4)]
    for finding in meant:
        assert finding["suggestion"]["reference"] == 1
        assert finding["suggestion"]["pmid"] == "99200001"
    numbers = next(f for f in meant if f["line"] == 14)
    assert "6.9, 1.4, 2.7, 2.0" in numbers["message"] and "14 months" in numbers["message"]
    assert numbers["message"].endswith("[2] may be meant to be [1]")
    assert numbers["suggestion"]["replacement"] == "1"  # the bare trailing "2" becomes "1"


def test_claims_that_match_nothing_get_nothing_new(tmp_path: Path, server: FakeEutils) -> None:
    findings = check(tmp_path, server.url, "--format", "json")["findings"]
    by_line: dict[int, list[str]] = {}
    for finding in findings:
        by_line.setdefault(finding["line"], []).append(finding["code"])
    assert by_line.get(22) is None  # guideline advice no research entry states: CL207 only
    assert by_line[24] == ["CL101"]  # bracing: no entry supports it, so no suggestion


def test_sarif_offers_the_suggested_entry_as_a_fix(tmp_path: Path, server: FakeEutils) -> None:
    log = check(tmp_path, server.url, "--format", "sarif")
    schema = ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json"
    jsonschema.Draft7Validator(json.loads(schema.read_text())).validate(log)
    results = [r for r in log["runs"][0]["results"] if r["ruleId"] == "CL303"]
    fixes = [r["fixes"][0] for r in results if "fixes" in r]
    assert len(fixes) == 3
    change = fixes[0]["artifactChanges"][0]["replacements"][0]
    assert change["insertedContent"]["text"] == "1"
    region = change["deletedRegion"]
    line = PAGE.read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    start = region["startColumn"] - 1
    assert line[start : region["endColumn"] - 1] == "2"


def fix(tmp_path: Path, url: str, *options: str) -> subprocess.CompletedProcess[str]:
    page = tmp_path / "answer.txt"
    if not page.exists():
        page.write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    environment = {**os.environ, "CITELINT_ENTREZ_URL": url, "NCBI_EMAIL": "t@example.org"}
    environment["CITELINT_CACHE_DIR"] = str(tmp_path / "cache")
    environment.pop("NCBI_API_KEY", None)
    command = [sys.executable, "-m", "citelint", "fix", "--suggested", *options, "answer.txt"]
    return subprocess.run(
        command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=60
    )


def test_fix_suggested_previews_then_applies_the_likely_entries(
    tmp_path: Path, server: FakeEutils
) -> None:
    preview = fix(tmp_path, server.url, "--diff")
    assert preview.returncode == 1, preview.stderr
    removed = [line for line in preview.stdout.splitlines() if line.startswith("-  •")]
    added = [line for line in preview.stdout.splitlines() if line.startswith("+  •")]
    assert len(removed) == len(added) == 3
    assert all(line.endswith(" 1") for line in added)
    assert (tmp_path / "answer.txt").read_text(encoding="utf-8") == PAGE.read_text("utf-8")
    done = fix(tmp_path, server.url)
    assert done.returncode == 0, done.stderr
    fixed = (tmp_path / "answer.txt").read_text(encoding="utf-8").splitlines()
    assert fixed[13].endswith("follow-up. 1") and fixed[15].endswith("repeatable. 1")
    assert fixed[21].endswith("knee osteoarthritis. 2")  # matches nothing: left alone
    assert fixed[23].endswith("affected. 5")
