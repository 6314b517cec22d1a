"""Inline citations in ``citelint audit``, and one finding per link (user18 P2, P3).

A ChatGPT-style answer cites with reference-style links ("([NEJM][1])" and "[1]: https://...")
or inline links; check reads those citations, and the audit must show the same claims.
"""

from __future__ import annotations

import json
from pathlib import Path

from fake_eutils import FakeEutils
from test_co_cited_cli import citelint

from citelint.record import Record

TRIAL = Record(
    pmid="39992001",
    title="Dapagliflozin in heart failure with reduced ejection fraction.",
    journal="N Engl J Med",
    year=2019,
    authors=["Halloran MJ", "Sato K"],
    abstract=(
        "BACKGROUND: Sodium-glucose cotransporter 2 inhibitors may help patients with heart "
        "failure. METHODS: We randomly assigned 4744 patients with heart failure and a reduced "
        "ejection fraction to dapagliflozin or placebo. RESULTS: Worsening heart failure or "
        "death from cardiovascular causes occurred in 16.3% with dapagliflozin and 21.2% with "
        "placebo (hazard ratio 0.74). CONCLUSIONS: Dapagliflozin lowered the risk of worsening "
        "heart failure or cardiovascular death, with or without diabetes."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)

ANSWER = """\
Short answer: yes. Dapagliflozin lowered worsening heart failure or cardiovascular death \
(hazard ratio 0.74) in patients with reduced ejection fraction ([PubMed][1]).

* The benefit of dapagliflozin on heart failure events held with or without diabetes \
([PubMed][1]).
* Dapagliflozin lowered worsening heart failure in reduced ejection fraction \
([Halloran et al., NEJM 2019](https://pubmed.ncbi.nlm.nih.gov/39992001/)).

[1]: https://pubmed.ncbi.nlm.nih.gov/39992001/ "Dapagliflozin in heart failure - PubMed"
"""

DOI_ANSWER = """\
Dapagliflozin lowered worsening heart failure or cardiovascular death in reduced ejection \
fraction ([New England Journal of Medicine][1]).

* Its benefit on heart failure events held with or without diabetes ([NEJM][1]).

[1]: https://www.nejm.org/doi/full/10.1056/NEJMoa1911303 "Dapagliflozin in heart failure"
"""


def test_the_audit_shows_the_claims_of_inline_links(tmp_path: Path) -> None:
    (tmp_path / "answer.md").write_text(ANSWER, encoding="utf-8")
    with FakeEutils() as server:
        server.add_record(TRIAL)
        checked = citelint(tmp_path, server.url, "check", "--format", "json", "answer.md")
        audited = citelint(tmp_path, server.url, "audit", "--format", "json", "answer.md")
        text = citelint(tmp_path, server.url, "audit", "answer.md")
    assert json.loads(checked.stdout)["findings"] == []
    (audit,) = json.loads(audited.stdout)["files"]
    claims = audit["claims"]
    assert [c["line"] for c in claims] == [1, 3, 4]
    assert claims[0]["text"].startswith("Dapagliflozin lowered worsening")
    for claim in claims:
        (citation,) = claim["citations"]
        assert (citation["status"], citation["pmid"]) == ("resolved", "39992001")
        assert citation["verdict"] in ("good", "weak")
        assert citation["evidence"]
    assert claims[2]["citations"][0]["label"] == (
        "the link 'Halloran et al., NEJM 2019' (PMID 39992001)"
    )
    assert "Audited 3 claims with 3 citations" in text.stdout
    assert "no claims with citations" not in text.stdout


def test_a_reference_link_cited_twice_is_one_finding_with_its_doi_as_written(
    tmp_path: Path,
) -> None:
    (tmp_path / "answer.md").write_text(DOI_ANSWER, encoding="utf-8")
    checked = citelint(
        tmp_path,
        "http://127.0.0.1:9/",
        "check",
        "--offline",
        "--show-unverified",
        "--format",
        "json",
        "answer.md",
    )
    audited = citelint(tmp_path, "http://127.0.0.1:9/", "audit", "--offline", "answer.md")
    found = json.loads(checked.stdout)["findings"]
    assert [(f["code"], f["line"]) for f in found] == [("CL208", 5)]
    assert "DOI 10.1056/NEJMoa1911303 could not be checked" in found[0]["message"]
    # The audit lists both claims, each with the one unverified link.
    assert audited.stdout.count("CL208") == 2
    assert "Audited 2 claims with 2 citations" in audited.stdout
    # Its support not judged, because the link is unverified (user23 P3 6).
    assert audited.stdout.count("DOI 10.1056/NEJMoa1911303 not judged  unverified") == 2
