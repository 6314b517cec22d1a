"""An entry with no title, in Science's style ("J. T. Wright Jr, ..., N. Engl. J. Med. 374,
2103 (2015)."), was asked only its citation: one wrong volume left it "no PubMed record
matches the entry; check it by hand" (user29b). Its journal, volume and first page, then its
first author's papers in its journal and year, find the paper; the record is verified as any
is, and CL203 names the wrong field. What they do not prove stays CL201 "check it by hand"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_eutils import FakeEutils
from online_lint import holding, lint_online

from citelint.read import read_text
from citelint.record import Record

TRIAL = Record(
    pmid="41000001",
    title="Intensive versus standard blood-pressure targets in older adults.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2015,
    authors=["Wright JT Jr", "Halloran MK", "Osei AB"],
    volume="373",
    issue="22",
    pages="2103-2116",
)
# The same first author's other paper in that journal and year.
LETTER = Record(
    pmid="41000002",
    title="Blood-pressure targets after stroke.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2015,
    authors=["Wright JT Jr", "Brennan LC"],
    volume="372",
    issue="4",
    pages="390-391",
)
NAMES = "J. T. Wright Jr, M. K. Halloran, A. B. Osei"


@pytest.fixture(scope="module")
def pubmed() -> Iterator[FakeEutils]:
    with holding([TRIAL, LETTER]) as server:
        yield server


def check(server: FakeEutils, entry: str) -> list[tuple[str, str]]:
    text = f"Lower targets cut cardiovascular events [1].\n\nReferences and Notes\n1. {entry}\n"
    document = read_text(text, "review.txt", "txt")
    findings = lint_online(server, document, ["CL2"])
    return [(finding.code, finding.message) for finding in findings]


def test_a_correct_entry_resolves(pubmed: FakeEutils) -> None:
    assert check(pubmed, f"{NAMES}, N. Engl. J. Med. 373, 2103 (2015).") == []


def test_a_wrong_volume_is_the_volume_s_finding(pubmed: FakeEutils) -> None:
    [(code, message)] = check(pubmed, f"{NAMES}, N. Engl. J. Med. 374, 2103 (2015).")
    assert code == "CL203"
    assert "volume 374 in the entry, 373 in PubMed (PMID 41000001)" in message


def test_a_year_two_off_is_left_to_a_person(pubmed: FakeEutils) -> None:
    # Its locus names the paper, but with no title to compare, the match is not verified:
    # no year is called wrong on a guess.
    [(code, message)] = check(pubmed, f"{NAMES}, N. Engl. J. Med. 373, 2103 (2017).")
    assert code == "CL201"
    assert "check it by hand" in message and "fabricated" not in message


def test_a_wrong_volume_and_page_name_no_paper_of_the_author(pubmed: FakeEutils) -> None:
    # The author has papers there that year, but none on that page: no mismatch is proven,
    # and nothing says it is made up either.
    [(code, message)] = check(pubmed, f"{NAMES}, N. Engl. J. Med. 374, 1500 (2015).")
    assert code == "CL201"
    assert "check it by hand" in message
    assert "fabricated" not in message
    assert "41000001" not in message and "41000002" not in message


def test_an_author_with_no_paper_there_is_not_called_fabricated(pubmed: FakeEutils) -> None:
    [(code, message)] = check(pubmed, "K. L. Moreno, N. Engl. J. Med. 374, 2103 (2015).")
    assert code == "CL201"
    assert "check it by hand" in message and "fabricated" not in message
