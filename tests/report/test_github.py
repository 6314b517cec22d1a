"""GitHub workflow commands: article text cannot end the command or forge another one."""

from __future__ import annotations

from citelint.models import Finding, Severity
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
