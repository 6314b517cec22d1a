"""Entry shapes left from session 31, checked online against the fake E-utilities: an IEEE
entry with an issue and no volume (user31a), a former name of JAMA against another
journal's record (fix31a), a wrong roman page range (user31a), and a Manubot entry of a
journal PubMed does not index (user31a). Right entries draw no CL2xx finding, or the
unverified CL208; the planted errors keep theirs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_eutils import FakeEutils
from online_lint import holding, lint_online

from citelint.read import read_text
from citelint.record import Record

SALT = "Salt substitution and blood pressure in rural older adults: a cluster trial"
FLUORIDE = "Fluoride varnish and caries in preschool children: a pragmatic trial"
EDITORIAL = "Heart failure with preserved ejection fraction: the year in review"
RECORDS = [
    Record(
        pmid="39320001",
        title=f"{SALT}.",
        journal="JAMA",
        journal_abbrev="JAMA",
        year=2011,
        authors=["Adeyemi R", "Haugen L", "Marsh T"],
        volume="305",
        issue="3",
        pages="270-278",
    ),
    Record(
        pmid="39320002",
        title=f"{FLUORIDE}.",
        journal="Journal of the American Dental Association (1939)",
        journal_abbrev="J Am Dent Assoc",
        year=2019,
        authors=["Lindqvist M", "Oduya T"],
        volume="150",
        issue="8",
        pages="660-668",
    ),
    Record(
        pmid="39320003",
        title=f"{EDITORIAL}.",
        journal="European heart journal",
        journal_abbrev="Eur Heart J",
        year=2020,
        authors=["Castellanos T"],
        volume="41",
        issue="12",
        pages="ix-xiv",
    ),
]

RIGHT = {
    "ieee issue without volume": f"R. Adeyemi, L. Haugen, and T. Marsh, “{SALT},” JAMA, "
    "no. 3, Jul. 2011.",
    "dental journal by its name": f"Lindqvist M, Oduya T. {FLUORIDE}. J Am Dent Assoc. "
    "2019;150(8):660-668.",
    "roman pages": f"Castellanos T. {EDITORIAL}. Eur Heart J. 2020;41(12):ix-xiv.",
    "roman pages in capitals": f"Castellanos T. {EDITORIAL}. Eur Heart J. 2020;41(12):IX–XIV.",
    "roman first page alone": f"Castellanos T. {EDITORIAL}. Eur Heart J. 2020;41(12):ix.",
}
PLANTED = {
    "ieee issue without volume, wrong year": (
        RIGHT["ieee issue without volume"].replace("2011", "2014"),
        "year 2014 in the entry, 2011 in PubMed",
    ),
    "jama's former name for the dental journal": (
        RIGHT["dental journal by its name"].replace(
            "J Am Dent Assoc", "Journal of the American Medical Association"
        ),
        "journal 'Journal of the American Medical Association' in the entry",
    ),
    "jama's old abbreviation for the dental journal": (
        RIGHT["dental journal by its name"].replace("J Am Dent Assoc", "J Am Med Assoc"),
        "journal 'J Am Med Assoc' in the entry",
    ),
    "wrong roman first page": (
        RIGHT["roman pages"].replace("ix-xiv", "xv-xx"),
        "pages xv-xx in the entry, ix-xiv in PubMed",
    ),
    "wrong roman last page": (
        RIGHT["roman pages"].replace("ix-xiv", "ix-xii"),
        "pages ix-xii in the entry, ix-xiv in PubMed",
    ),
}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeEutils]:
    with holding(RECORDS) as fake:
        yield fake


def findings(server: FakeEutils, entry: str) -> list[tuple[str, str]]:
    text = f"Blood pressure fell [1].\n\nReferences\n\n1. {entry}\n"
    document = read_text(text, "review.txt", "txt")
    found = lint_online(server, document, ["CL2"])
    return [(f.code, f.message) for f in found]


@pytest.mark.parametrize("shape", sorted(RIGHT))
def test_a_right_entry_gets_no_finding(server: FakeEutils, shape: str) -> None:
    assert findings(server, RIGHT[shape]) == []


@pytest.mark.parametrize("shape", sorted(PLANTED))
def test_a_planted_error_is_found(server: FakeEutils, shape: str) -> None:
    entry, words = PLANTED[shape]
    found = findings(server, entry)
    assert any(code == "CL203" and words in message for code, message in found), found


MANUBOT_TITLE = "Vitamin D status and falls among rural dialysis patients: a cross-sectional survey"
MANUBOT_DOI = "10.18203/2320-6012.ijrms20240412"


def manubot_entry(doi_line: str) -> str:
    return (
        f"# Falls\n\nLow vitamin D went with more falls [1].\n\n"
        "## References {.page_break_before}\n\n"
        f"1. **{MANUBOT_TITLE}**  \n"
        "   Kwame A Osei, Maja Lindgren  \n"
        f"   *International Journal of Research in Medical Sciences* (2024-04-12) "
        f"<https://doi.org/{MANUBOT_DOI}>  \n"
        f"   {doi_line}\n"
    )


def manubot_findings(server: FakeEutils, text: str) -> list[tuple[str, str]]:
    document = read_text(text, "manuscript.md", "md")
    found = lint_online(server, document, ["CL2"])
    return [(f.code, f.message) for f in found]


def test_a_manubot_entry_of_an_unindexed_journal_is_unverified(server: FakeEutils) -> None:
    doi_line = f"DOI: [{MANUBOT_DOI}](https://doi.org/{MANUBOT_DOI})"
    [(code, message)] = manubot_findings(server, manubot_entry(doi_line))
    assert code == "CL208"
    assert f"PubMed has no record with DOI {MANUBOT_DOI}, from which Manubot wrote" in message
    assert "check the DOI at doi.org" in message


def test_a_manubot_shape_whose_two_dois_differ_stays_possibly_fabricated(
    server: FakeEutils,
) -> None:
    # Manubot prints the one DOI it resolved twice: two DOIs are no entry Manubot wrote.
    doi_line = "DOI: [10.18203/2320-6012.ijrms20249999](https://doi.org/10.18203/x)"
    [(code, message)] = manubot_findings(server, manubot_entry(doi_line))
    assert code == "CL201"
    assert "possibly fabricated" in message
