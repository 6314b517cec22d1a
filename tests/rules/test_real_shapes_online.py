"""Entries in the shapes real reference lists print (group authors, notices, seasons, papers
online a year or two before their issue, translated titles, letters and replies), citing
records in EFetch's layout (fixtures/entrez/shapes), checked against a fake PubMed serving
those records: an entry cited right gets no CL2xx finding but a true one (a retraction, an
erratum), and a planted fault gets its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.read import read_text

SHAPES = Path(__file__).resolve().parents[2] / "fixtures" / "entrez" / "shapes"
_HEAD = re.compile(r"## (?P<pmid>\d+) (?P<style>[\w-]+)(?: (?P<expected>CL\d{3}))?: (?P<what>.+)")
# Findings on a record's own state, true for an entry cited right.
_TRUE_OF_THE_RECORD = {"CL205", "CL206"}


def cited_entries() -> list[tuple[str, str | None, str]]:
    """(header, expected code, entry text) of each block of cited_entries.txt."""
    found = []
    for block in (SHAPES / "cited_entries.txt").read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if not line.startswith("# ")]
        head = _HEAD.fullmatch(lines[0]) if lines else None
        if head is not None:
            found.append((lines[0][3:], head["expected"], "\n".join(lines[1:])))
    return found


ENTRIES = cited_entries()


@pytest.fixture(scope="module")
def shapes(pubmed: FakeEutils) -> Iterator[FakeEutils]:
    """The real records' fake PubMed (conftest), holding the shaped records as well."""
    pubmed.add_articles((SHAPES / "pubmed_shapes.xml").read_bytes())
    yield pubmed


def codes(server: FakeEutils, entry: str) -> set[str]:
    text = f"# A\n\nFinding [1].\n\n## References\n\n1. {entry}\n"
    document = read_text(text, "a.md", "md")
    found = lint_online(server, document, ["CL2"])
    return {finding.code for finding in found}


def test_the_set_covers_the_shapes() -> None:
    assert len(ENTRIES) >= 40
    assert sum(expected is None for _, expected, _ in ENTRIES) >= 40


@pytest.mark.parametrize(("what", "expected", "entry"), ENTRIES, ids=[e[0][:60] for e in ENTRIES])
def test_each_entry_gets_only_its_finding(
    shapes: FakeEutils, what: str, expected: str | None, entry: str
) -> None:
    assert codes(shapes, entry) - _TRUE_OF_THE_RECORD == ({expected} if expected else set())
