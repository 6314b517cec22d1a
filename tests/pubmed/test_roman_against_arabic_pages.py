"""Roman entry pages against a record's arabic pages, and the reverse: never CL203. An
editorial's or a supplement's front matter is numbered in roman in print and often in arabic
in PubMed (or the reverse), and the two numberings need not count alike, so a mixed pair is
not compared at all; two roman ranges are (leftovers32a, pubmed/differences)."""

from __future__ import annotations

import pytest
from fake_eutils import FakeEutils

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Reference
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.differences import differences
from citelint.pubmed.resolver import EntrezResolver
from citelint.read import read_text
from citelint.record import Record


def pages_found(ours: str, theirs: str) -> list[str]:
    entry = Reference(
        number=3, raw="...", line=1, column=1, title="Editorial: the year in cardiology",
        journal="Eur Heart J", year=2021, volume="42", pages=ours,
    )  # fmt: skip
    record = Record(
        pmid="39340001", title="Editorial: the year in cardiology.", journal_abbrev="Eur Heart J",
        year=2021, volume="42", pages=theirs,
    )  # fmt: skip
    return [found for found in differences(entry, record) if found.startswith("pages")]


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("ix-xiv", "9-14"),
        ("9-14", "ix-xiv"),
        ("IX–XIV", "9-14"),
        ("xv-xx", "9-14"),  # not compared: the numberings need not count alike
        ("9-14", "xv-xx"),
        ("xi", "11"),
        ("ii-iii", "ii-3"),
        ("civ-cx", "104-110"),
        ("S9-S14", "ix-xiv"),
    ],
)
def test_roman_against_arabic_pages_is_never_a_difference(ours: str, theirs: str) -> None:
    assert pages_found(ours, theirs) == []


def test_two_roman_ranges_are_still_compared() -> None:
    assert pages_found("xv-xx", "ix-xiv") == ["pages xv-xx in the entry, ix-xiv in PubMed"]


def test_two_arabic_ranges_are_still_compared() -> None:
    assert pages_found("15-20", "9-14") == ["pages 15-20 in the entry, 9-14 in PubMed"]


@pytest.mark.parametrize(
    ("printed", "indexed"), [("ix-xiv", "9-14"), ("9-14", "ix-xiv"), ("xi-xii", "e11")]
)
def test_online_a_right_entry_with_the_other_numbering_gets_no_finding(
    printed: str, indexed: str
) -> None:
    record = Record(
        pmid="39340002", title="The year in cardiology: heart failure and its treatment.",
        journal="European heart journal", journal_abbrev="Eur Heart J", year=2021,
        volume="42", issue="6", pages=indexed, authors=["Okonkwo B", "Tran HL"],
    )  # fmt: skip
    entry = (
        "Okonkwo B, Tran HL. The year in cardiology: heart failure and its treatment. Eur "
        f"Heart J. 2021;42(6):{printed}."
    )
    text = f"# Review\n\nA year of change [1].\n\n## References\n\n1. {entry}\n"
    with FakeEutils(records_dir=None) as server:
        server.add_record(record)
        client = EntrezClient(ClientSettings(base_url=server.url, max_attempts=1))
        with EntrezResolver(client) as resolver:
            document = read_text(text, "review.md", "md")
            found = lint_documents([document], Config(select=["CL2"]), resolver).findings
    assert found == []
