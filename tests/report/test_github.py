"""GitHub workflow commands: article text cannot end the command or forge another one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from citelint.models import Finding, Severity
from citelint.report.counts import Fold
from citelint.report.github import render_github


def finding(message: str, path: str = "a.md", severity: Severity = Severity.ERROR) -> Finding:
    return Finding(path, 3, 7, "CL301", severity, message)


def test_one_annotation_per_finding_with_location() -> None:
    output = render_github([finding("number 27 not in the abstract")])
    assert output == (
        "::error file=a.md,line=3,col=7,title=citelint CL301::CL301 number 27 not in the abstract\n"
    )


def test_newlines_and_percent_in_messages_are_escaped() -> None:
    output = render_github([finding("50% fell\n::error::forged\r")])
    assert output.count("\n") == 1
    assert "50%25 fell%0A::error::forged%0D" in output


def test_commas_and_colons_in_paths_are_escaped() -> None:
    output = render_github([finding("x", path="a,b:c.md")])
    assert "file=a%2Cb%3Ac.md," in output


def test_severities_map_to_commands() -> None:
    output = render_github(
        [
            finding("e"),
            finding("w", severity=Severity.WARNING),
            finding("i", severity=Severity.INFO),
        ]
    )
    assert [line.split(" ")[0] for line in output.splitlines()] == [
        "::error",
        "::warning",
        "::notice",
    ]


def test_offline_unverified_references_are_one_notice_as_in_the_text_format() -> None:
    # Offline without a lock every reference is CL208: one notice for the run, not one each,
    # unless --show-unverified asks for them (then nothing is folded).
    unverified = [
        Finding("a.md", line, 1, "CL208", Severity.INFO, f"reference {line} could not be checked")
        for line in (8, 9)
    ]
    findings = [finding("number 27 not in the abstract"), *unverified]
    assert render_github(findings, fold=Fold.UNVERIFIED).splitlines() == [
        "::error file=a.md,line=3,col=7,title=citelint CL301::CL301 number 27 not in the abstract",
        "::notice title=citelint CL208::2 references not checked against PubMed (offline, no "
        "lock): run `citelint lock`, or add --show-unverified to list them.",
    ]
    assert render_github(findings).count("CL208::CL208 reference") == 2


def test_an_unreadable_article_is_an_error_on_its_file(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_bytes(b"\x00\x01 not text")
    (tmp_path / "a, b.md").write_text("Walking helps [1].\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "citelint", "check", "--offline", "--format", "github", "."],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stdout.splitlines()[-1] == (
        "::error file=notes.md,title=citelint::binary file, not an article"
    )
    assert "notes.md: binary file, not an article" in done.stderr
