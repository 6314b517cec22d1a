"""Inline citations end to end: ``citelint check`` and ``fix --links`` against the fake server."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils

ROOT = Path(__file__).resolve().parents[2]
INLINE = ROOT / "fixtures" / "inline"


@pytest.fixture
def fake() -> Iterator[FakeEutils]:
    with FakeEutils() as server:
        for path in sorted((INLINE / "records").glob("*.xml")):
            server.add_articles(path.read_bytes())
        yield server


def citelint(tmp_path: Path, url: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "CITELINT_ENTREZ_URL": url,
        "CITELINT_HTTP_TIMEOUT": "2",
        "CITELINT_HTTP_ATTEMPTS": "2",
        "CITELINT_HTTP_BACKOFF": "0.01",
        "CITELINT_CACHE_DIR": str(tmp_path / "cache"),
    }
    environment.pop("NCBI_API_KEY", None)
    command = [sys.executable, "-m", "citelint", *arguments]
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=120
    )
    assert "Traceback" not in done.stderr
    return done


def check(tmp_path: Path, url: str, name: str, *options: str) -> list[dict]:
    if not (tmp_path / name).exists():
        shutil.copy(INLINE / "articles" / name, tmp_path / name)
    done = citelint(
        tmp_path,
        url,
        "check",
        "--format",
        "json",
        "--cache-dir",
        str(tmp_path / "c"),
        *options,
        name,
    )
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["findings"]


def summary(findings: list[dict]) -> set[tuple[int, str, str | None]]:
    return {
        (f["line"], f["code"], f["suggestion"]["pmid"] if f["suggestion"] else None)
        for f in findings
        if f["code"] in ("CL201", "CL207", "CL208", "CL209")
    }


def test_a_care_plan_with_a_table_of_links(tmp_path: Path, fake: FakeEutils) -> None:
    findings = check(tmp_path, fake.url, "care-plan.md")
    assert summary(findings) == {
        (11, "CL209", "99200004"),  # a rival trial's name, linked to a paper on soil
        (13, "CL209", "99200007"),  # TEMPEST linked to the ORBIT paper
        (15, "CL201", None),  # a PMID PubMed does not have
        (22, "CL209", None),  # a sentence about zinc linked to an anticoagulant trial
    }
    assert not any(f["code"].startswith("CL1") for f in findings)
    wrong = next(f for f in findings if f["line"] == 13)
    assert wrong["column"] == 109 and wrong["pmid"] == "99200008"
    assert wrong["message"].startswith("PMID 99200008 is 'Catheter ablation versus")
    assert "the link text 'TEMPEST' fits PMID 99200007 'Early rhythm control" in wrong["message"]
    assert wrong["citation"] is None and wrong["reference"] is None
    # Few requests for eleven citations: DOI search, ELink, one EFetch, then one label search
    # for the wrong links and one EFetch for its hits.
    assert [r.utility for r in fake.requests()] == [
        "esearch.fcgi",
        "elink.fcgi",
        "efetch.fcgi",
        "esearch.fcgi",
        "efetch.fcgi",
    ]


def test_an_html_answer_page(tmp_path: Path, fake: FakeEutils) -> None:
    findings = check(tmp_path, fake.url, "answer.html")
    assert summary(findings) == {(11, "CL209", "99200010"), (21, "CL209", "99200024")}
    page = (INLINE / "articles" / "answer.html").read_text(encoding="utf-8").split("\n")
    for finding in findings:
        assert page[finding["line"] - 1][finding["column"] - 1 :].startswith(finding["pmid"])


def test_text_copied_from_a_browser(tmp_path: Path, fake: FakeEutils) -> None:
    findings = check(tmp_path, fake.url, "answer.txt")
    assert summary(findings) == {(7, "CL209", None)}
    assert "never mentions tolcagepant" in findings[0]["message"]


def test_a_mixed_article_checks_its_list_and_its_links(tmp_path: Path, fake: FakeEutils) -> None:
    findings = check(tmp_path, fake.url, "mixed.md")
    assert summary(findings) == {(5, "CL209", "99200019")}
    assert not any(f["code"].startswith("CL1") for f in findings)


def test_a_sources_list_of_links_raises_no_numbering_finding(
    tmp_path: Path, fake: FakeEutils
) -> None:
    findings = check(tmp_path, fake.url, "sources.md")
    assert summary(findings) == {(9, "CL209", "99200017")}
    assert [f["code"] for f in findings] == ["CL209"]


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def test_without_network_links_are_unverified_never_fabricated(tmp_path: Path) -> None:
    url = closed_port_url()
    findings = check(tmp_path, url, "care-plan.md", "--no-cache", "--show-unverified")
    codes = {f["code"] for f in findings}
    assert codes == {"CL208"}
    assert len(findings) == 11
    assert "could not be checked" in findings[0]["message"]
    # Without --show-unverified the eleven failed lookups are counted, not listed.
    (tmp_path / "c").mkdir(exist_ok=True)
    done = citelint(tmp_path, url, "check", "--format", "json", "--no-cache", "care-plan.md")
    report = json.loads(done.stdout)
    assert report["findings"] == [] and report["summary"]["unverified"] == 11


def test_offline_links_are_unverified(tmp_path: Path) -> None:
    findings = check(tmp_path, closed_port_url(), "answer.txt", "--offline", "--show-unverified")
    assert {f["code"] for f in findings} == {"CL208"}


def test_sarif_offers_the_suggested_identifier_as_a_fix(tmp_path: Path, fake: FakeEutils) -> None:
    shutil.copy(INLINE / "articles" / "answer.html", tmp_path / "answer.html")
    done = citelint(tmp_path, fake.url, "check", "--format", "sarif", "--no-cache", "answer.html")
    results = json.loads(done.stdout)["runs"][0]["results"]
    wrong = next(r for r in results if r["ruleId"] == "CL209")
    (fix,) = wrong["fixes"]
    (change,) = fix["artifactChanges"]
    (replacement,) = change["replacements"]
    assert replacement["insertedContent"]["text"] == "99200010"
    region = replacement["deletedRegion"]
    line = (
        (tmp_path / "answer.html").read_text(encoding="utf-8").split("\n")[region["startLine"] - 1]
    )
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "99200033"
    assert wrong["properties"]["suggestion"]["pmid"] == "99200010"


def test_fix_links_shows_then_makes_the_replacements(tmp_path: Path, fake: FakeEutils) -> None:
    article = tmp_path / "care-plan.md"
    shutil.copy(INLINE / "articles" / "care-plan.md", article)
    before = article.read_text(encoding="utf-8")
    shown = citelint(tmp_path, fake.url, "fix", "--links", "--diff", "care-plan.md")
    assert shown.returncode == 1
    assert "-| HFrEF | Ventraflozin" in shown.stdout
    assert "+| HFrEF | Ventraflozin" in shown.stdout and "nih.gov/99200004/" in shown.stdout
    assert "nih.gov/99200007/?utm_source=chat" in shown.stdout
    assert article.read_text(encoding="utf-8") == before
    done = citelint(tmp_path, fake.url, "fix", "--links", "care-plan.md")
    assert done.returncode == 0, done.stderr
    assert "replaced 2 wrong links" in done.stdout
    after = article.read_text(encoding="utf-8")
    assert after.replace("99200004/", "99200031/").replace("99200007/?", "99200008/?") == before
    findings = check(tmp_path, fake.url, "care-plan.md")
    assert {(line, code) for line, code, _ in summary(findings)} == {
        (15, "CL201"),
        (22, "CL209"),
    }


def test_fix_without_links_leaves_links_alone(tmp_path: Path, fake: FakeEutils) -> None:
    article = tmp_path / "answer.html"
    shutil.copy(INLINE / "articles" / "answer.html", article)
    done = citelint(tmp_path, fake.url, "fix", "--diff", "answer.html")
    assert done.returncode == 0 and done.stdout == ""
    assert fake.requests() == []


def test_a_preprints_own_doi_in_its_head_is_not_looked_up(tmp_path: Path, fake: FakeEutils) -> None:
    """A medRxiv copy names its own DOI above the text, which PubMed does not index: it is the
    page's, not a citation, so no 'PubMed has no record of this DOI' on a clean page."""
    (tmp_path / "preprint.txt").write_text(
        "medRxiv preprint doi: https://doi.org/10.1101/2025.01.20.25300001; this version "
        "posted January 22, 2025.\n"
        "Valve anticoagulation after surgery: a cohort study\n\n"
        "Anticoagulation after bioprosthetic valve replacement is debated [1].\n\n"
        "References\n"
        "1. Merie C, Kober L. Warfarin after bioprosthetic aortic valve replacement. "
        "JAMA. 2012;308(20):2118-2125.\n",
        encoding="utf-8",
    )
    findings = check(tmp_path, fake.url, "preprint.txt")
    assert [f for f in findings if f["line"] == 1] == []
    assert not [r for r in fake.requests() if "25300001" in str(r.params)]


# An answer page whose reference-style links are used more than once: "([PubMed][2])" in two
# bullets, "([SciELO][3])" in a bullet and a table, five papers PubMed could hold in all.
ANSWER = """\
* Aspirin after anticoagulation cut recurrent VTE. ([New England Journal of Medicine][1])
* Aspirin is a fallback for pulmonary embolism. ([PubMed][2])
* Risk stratification guides pulmonary embolism care. ([PubMed][2])
* Long-term proton pump inhibitors are mostly safe. ([SciELO][3])
* Check haemoglobin for occult bleeding. ([SciELO][3])
* D-dimer after stopping anticoagulation predicts recurrence. ([De Gruyter Brill][4])
* Short sleep raises sympathetic activity. ([Physiology Journals][5])

[1]: https://www.nejm.org/doi/full/10.1056/NEJMoa1210384 "Low-Dose Aspirin"
[2]: https://pubmed.ncbi.nlm.nih.gov/31588070/ "Current Management of Acute Pulmonary Embolism"
[3]: https://doi.org/10.1590/S0004-2803.202202000-40 "Safety of long-term PPIs"
[4]: https://www.degruyter.com/document/doi/10.1515/hmbci-2022-0093/html "D-dimer"
[5]: https://journals.physiology.org/doi/10.1152/ajpheart.00590.2021 "Sleep"
"""


@pytest.mark.parametrize("command", ["check", "audit"])
def test_a_link_used_twice_is_one_reference_not_checked(tmp_path: Path, command: str) -> None:
    # audit18: "none of the 7 references" for five papers, one per use of a link.
    (tmp_path / "answer.md").write_text(ANSWER, encoding="utf-8")
    options = ["--quiet"] if command == "check" else []
    done = citelint(tmp_path, closed_port_url(), command, "answer.md", "--no-cache", *options)
    assert "none of the 5 references could be checked" in done.stderr
