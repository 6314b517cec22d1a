"""Online, the CL208 findings of lookups that failed (no network, PubMed in trouble) are
counted in one line, one notice, one note, as an offline run's are; others stay listed."""

from __future__ import annotations

import json

import pytest

from citelint.models import Finding, Severity
from citelint.report import render
from citelint.report.counts import Fold, failed_lookup, shown_findings
from citelint.report.text import TextOptions
from citelint.report.writers import open_writer

REFUSED = "PubMed could not be reached: connection refused"


def unverified(number: int, reason: str, name: str = "") -> Finding:
    named = name or f"reference {number}"
    message = f"{named} could not be checked: {reason}"
    return Finding("review.md", 40 + number, 1, "CL208", Severity.INFO, message, reference=number)


FINDINGS = [
    Finding("review.md", 3, 9, "CL101", Severity.ERROR, "citation [12] has no entry"),
    unverified(1, REFUSED),
    unverified(2, "PubMed sent an unreadable answer: efetch: truncated XML"),
    unverified(3, "NCBI rejected the API key in NCBI_API_KEY ('API key invalid'): correct it"),
    # Online, these name something in the entry to look at: never folded.
    unverified(4, "its title 'Heart failure' fits too many papers to look it up; add its PMID"),
    unverified(5, "the entry gives no title, identifier or journal details to look up"),
    unverified(6, REFUSED, name="the DOI link 10.1056/NEJMoa2107038"),
]


def test_only_failed_lookups_are_folded() -> None:
    assert [failed_lookup(f) for f in FINDINGS] == [False, True, True, True, False, False, True]
    kept = shown_findings(FINDINGS, Fold.FAILED_LOOKUPS)
    assert [f.reference for f in kept] == [None, 4, 5]
    # A message that merely quotes the words is no CL208 of a failed lookup.
    quoted = Finding("a.md", 1, 1, "CL203", Severity.WARNING, f"x could not be checked: {REFUSED}")
    assert not failed_lookup(quoted)
    # Offline folding is unchanged: every CL208; without either, nothing.
    assert len(shown_findings(FINDINGS, Fold.UNVERIFIED)) == 1
    assert shown_findings(FINDINGS, Fold.NOTHING) == FINDINGS


def test_the_text_summary_says_the_network_failed_and_how_many() -> None:
    text = render("text", FINDINGS, 1, text=TextOptions(fold=Fold.FAILED_LOOKUPS))
    assert "CL208" in text  # the two naming their entry
    assert text.count("CL208 info") == 2
    assert text.splitlines()[-2:] == [
        "Found 3 findings (1 error, 0 warnings, 2 info) in 1 file.",
        "3 references and 1 inline DOI or PubMed link not checked against PubMed: the network "
        "failed or PubMed gave no usable answer; run again later, or add --show-unverified to "
        "list them.",
    ]


def test_json_counts_them_in_summary_unverified() -> None:
    document = json.loads(render("json", FINDINGS, 1, text=TextOptions(fold=Fold.FAILED_LOOKUPS)))
    assert [f["reference"] for f in document["findings"]] == [None, 4, 5]
    assert document["summary"]["unverified"] == 4
    assert document["summary"]["findings"] == 3
    listed = json.loads(render("json", FINDINGS, 1, text=TextOptions()))
    assert listed["summary"]["unverified"] == 0 and len(listed["findings"]) == 7


def test_github_and_sarif_tell_them_once() -> None:
    github = render("github", FINDINGS, 1, text=TextOptions(fold=Fold.FAILED_LOOKUPS)).splitlines()
    assert len(github) == 4
    assert github[-1].startswith(
        "::notice title=citelint CL208::4 references not checked against PubMed: the network failed"
    )
    sarif = json.loads(render("sarif", FINDINGS, 1, text=TextOptions(fold=Fold.FAILED_LOOKUPS)))
    run = sarif["runs"][0]
    assert len(run["results"]) == 3
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1
    assert notes[0]["message"]["text"].startswith("4 references not checked against PubMed: the")


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_each_writer_folds_them_as_its_format_renders(fmt: str) -> None:
    options = TextOptions(fold=Fold.FAILED_LOOKUPS)
    written: list[str] = []
    writer = open_writer(fmt, written.append, options)
    writer.add(FINDINGS[:4])
    writer.add(FINDINGS[4:])
    writer.finish(1, [])
    assert "".join(written) == render(fmt, FINDINGS, 1, text=options)
