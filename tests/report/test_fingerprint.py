"""Fingerprints name a finding by rule, path and cited work, so they survive edits elsewhere."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from citelint.models import Claim, Document, Finding, Marker, Reference, Severity
from citelint.read import read_text
from citelint.report.fingerprint import (
    cited_work,
    find_root,
    fingerprint,
    fingerprint_trace,
    normalise,
    reference_identity,
    relative_path,
)

BASE = Finding("docs/a.md", 5, 3, "CL102", Severity.WARNING, "reference 2 is never cited")


def test_normalise_ignores_case_punctuation_and_spacing() -> None:
    assert normalise("  Walking,  and BACK-pain:\n a trial. ") == "walking and back pain a trial"


def test_root_is_the_enclosing_git_work_tree(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs" / "deep").mkdir(parents=True)
    assert find_root(tmp_path / "docs" / "deep") == tmp_path


def test_paths_are_relative_to_the_root_whatever_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    assert relative_path("a.md") == "docs/a.md"
    assert relative_path("../docs/./a.md") == "docs/a.md"
    assert relative_path(str(tmp_path / "docs" / "a.md")) == "docs/a.md"
    assert relative_path("-") == "-"


def test_paths_are_relative_to_the_repository_holding_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "x" / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "articles").mkdir()
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert relative_path(str(repo / "articles" / "a.md")) == "articles/a.md"
    assert relative_path("../x/repo/articles/a.md") == "articles/a.md"
    # A file in no repository is named from the working directory, as before.
    assert relative_path("b.md") == "b.md"


def test_reference_identity_prefers_pmid_then_doi_then_title_then_text() -> None:
    entry = Reference(2, "2. Roe K. Neck pain. Pain. 2020.", 9, 1, title="Neck  Pain!")
    assert reference_identity(entry) == "title:neck pain"
    assert reference_identity(replace(entry, doi="10.1000/ABC")) == "doi:10.1000/abc"
    assert reference_identity(replace(entry, pmid="123", doi="10.1000/x")) == "pmid:123"
    untitled = Reference(4, "[4] Some web page about pain", 9, 1)
    assert reference_identity(untitled) == "text:some web page about pain"


def test_cited_work_is_the_pmid_or_the_entry_then_the_subject() -> None:
    entry = Reference(2, "2. Roe K. Neck pain. Pain. 2020.", 9, 1, title="Neck pain")
    document = Document("docs/a.md", "md", "", references=[entry])
    about_entry = replace(BASE, reference=2)
    assert cited_work(about_entry, document) == "title:neck pain"
    about_claim = replace(about_entry, subject="Pain fell to 7.1.")
    assert cited_work(about_claim, document) == "title:neck pain|subject:pain fell to 7 1"
    assert cited_work(replace(about_claim, pmid="777"), document) == (
        "pmid:777|subject:pain fell to 7 1"
    )
    assert cited_work(replace(BASE, subject="Other words")) == "subject:other words"


def test_claim_findings_are_named_by_the_claim_text_and_citation() -> None:
    claim = Claim("Yoga helps", 7, 1, [Marker([3], 7, 12, "[3]")])
    document = Document("docs/a.md", "md", "", claims=[claim])
    finding = replace(BASE, code="CL101", line=7, citation=3)
    assert cited_work(finding, document) == "claim:yoga helps|citation:3"


TWO_CLAIMS = """# Walking and back pain

Walking eased pain within weeks [3]. Yoga did not [1], nor did rest [2].

## References

1. Park J. Yoga for chronic low back pain. Spine. 2018;43:10-8.
2. Lund K. Bed rest and back pain. BMJ. 2017;356:j100.
"""


@pytest.mark.parametrize("claim_text", [True, False])
def test_a_claim_finding_is_named_alike_whether_the_claims_were_read_with_words(
    claim_text: bool,
) -> None:
    document = read_text(TWO_CLAIMS, "docs/a.md", "md", claim_text=claim_text)
    missing = replace(BASE, code="CL101", line=3, column=33, citation=3)
    cited = replace(BASE, code="CL104", line=3, column=51, citation=1, reference=1)

    trace = fingerprint_trace(document, [missing, cited])

    assert cited_work(missing, trace) == "claim:walking eased pain within weeks|citation:3"
    assert cited_work(missing, document) == "claim:walking eased pain within weeks|citation:3"
    assert cited_work(cited, trace).startswith("title:yoga for chronic")


def test_without_a_document_the_message_counts_but_not_its_line_numbers() -> None:
    early = replace(BASE, message="reference 2 repeats the entry on line 4")
    late = replace(BASE, line=40, message="reference 2 repeats the entry on line 14")
    assert fingerprint(early, root=Path("/repo")) == fingerprint(late, root=Path("/repo"))


def test_rule_and_path_are_part_of_the_fingerprint() -> None:
    root = Path("/repo")
    assert fingerprint(BASE, root=root) != fingerprint(replace(BASE, code="CL105"), root=root)
    assert fingerprint(BASE, root=root) != fingerprint(replace(BASE, path="b.md"), root=root)
    assert fingerprint(BASE, root=root) == fingerprint(replace(BASE, line=99), root=root)
