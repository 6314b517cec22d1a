"""A document with a list per chapter, checked end to end: each chapter's citations against
its own list, each finding at the file's line and column, the JSON of the usual shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Reference, Resolution, Status
from citelint.read import read_path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "chapters"


def _check(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    environment["CITELINT_CACHE_DIR"] = str(folder / "cache")
    return subprocess.run(
        [sys.executable, "-m", "citelint", "check", "--offline", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


def _guideline(folder: Path, old: str, new: str) -> Path:
    text = (FIXTURES / "guideline_appendices.txt").read_text(encoding="utf-8")
    assert old in text
    path = folder / "guideline.txt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_an_uncited_entry_of_the_first_chapter_is_reported_at_its_line(tmp_path: Path) -> None:
    path = _guideline(tmp_path, "to complete [2].", "to complete.")
    result = _check(tmp_path, "--format", "json", "--select", "CL1", path.name)
    data = json.loads(result.stdout)
    assert [(f["code"], f["line"], f["column"], f["reference"]) for f in data["findings"]] == [
        ("CL102", 11, 1, 2)
    ]
    [finding] = data["findings"]
    assert finding["message"] == (
        "reference 2 is never cited in the text (the reference list at line 8)"
    )
    assert set(finding) == {
        "path",
        "line",
        "column",
        "code",
        "severity",
        "message",
        "citation",
        "reference",
        "pmid",
        "evidence",
        "suggestion",
    }
    assert data["summary"]["files"] == 1 and data["summary"]["warnings"] == 1


def test_the_text_report_names_the_chapter_list(tmp_path: Path) -> None:
    # Chapter 2's citations out of order: 2 is cited before 1.
    path = _guideline(
        tmp_path,
        "Dietary advice is the first step [1]. Metformin",
        "Metformin [2] came after diet [1]. Metformin",
    )
    result = _check(tmp_path, "--select", "CL1", path.name)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stdout.splitlines() if "CL104" in line]
    assert lines and all("(the reference list at line 18)" in line for line in lines)
    assert all(line.startswith("guideline.txt:15:11: CL104") for line in lines)


def test_a_clean_document_with_three_lists_has_no_structural_finding(tmp_path: Path) -> None:
    for name in ("book_compilation.txt", "guideline_appendices.txt", "thesis_chapters.md"):
        result = _check(tmp_path, "--format", "json", "--select", "CL1", str(FIXTURES / name))
        assert json.loads(result.stdout)["findings"] == [], name


class _Unverified:
    """Answers every entry as not checked, its text as the reason; counts the batches."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        self.batches.append([ref.raw[:12] for ref in references])
        return [Resolution(ref.number, Status.UNVERIFIED, reason="offline") for ref in references]


def test_every_chapter_list_is_resolved_in_one_batch_and_checked_against_its_own() -> None:
    document = read_path(FIXTURES / "guideline_appendices.txt")
    resolver = _Unverified()
    result = lint_documents([document], Config(select=["CL208"]), resolver)
    assert len(resolver.batches) == 1 and len(resolver.batches[0]) == 6
    lines = [(finding.line, finding.reference) for finding in result.findings]
    assert lines == [(10, 1), (11, 2), (20, 1), (21, 2), (22, 3), (30, 1)]
    assert result.findings[0].message.endswith("(the reference list at line 8)")
    assert not result.findings[-1].message.endswith(")")


def test_a_finding_on_a_chapter_entry_is_fingerprinted_by_that_entry() -> None:
    """Entry 1 of each of the three lists is another work: three fingerprints, also when
    made from the trace a run keeps instead of the document."""
    from citelint.report.fingerprint import fingerprint, fingerprint_trace

    document = read_path(FIXTURES / "guideline_appendices.txt")
    result = lint_documents([document], Config(select=["CL208"]), _Unverified())
    firsts = [finding for finding in result.findings if finding.reference == 1]
    assert [finding.line for finding in firsts] == [10, 20, 30]
    prints = [fingerprint(finding, document) for finding in firsts]
    assert len(set(prints)) == 3
    trace = fingerprint_trace(document, result.findings)
    assert [fingerprint(finding, trace) for finding in firsts] == prints
