"""A report the NCBI Bookshelf holds, cited in Citing Medicine's form with its publisher and
its series in brackets (user32a P1-6): the series is the journal PubMed's record names."""

from __future__ import annotations

from citelint.pubmed.differences import differences
from citelint.read.entries import parse_entry
from citelint.record import Record

REPORT = (
    "Okafor N, Lindgren E, Tran HL. Remote monitoring after hip fracture surgery: a mixed-"
    "methods evaluation. Southampton (UK): NIHR Journals Library; 2023 Feb. ({series}, No. "
    "11.4.) Available from: https://www.ncbi.nlm.nih.gov/books/NBK590001/ doi: 10.3310/ABCD1234"
)
RECORD = Record(
    pmid="39990301",
    title="Remote monitoring after hip fracture surgery: a mixed-methods evaluation.",
    journal="Health and social care delivery research",
    journal_abbrev="Health Soc Care Deliv Res",
    year=2023,
    authors=["Okafor N", "Lindgren E", "Tran HL"],
    volume="11",
    issue="4",
    pages="1-98",
    doi="10.3310/ABCD1234",
)


def test_the_series_is_read_as_the_journal() -> None:
    entry = parse_entry([REPORT.format(series="Health and Social Care Delivery Research")])
    assert entry.journal == "Health and Social Care Delivery Research"
    assert differences(entry, RECORD) == []


def test_another_series_is_still_another_journal() -> None:
    entry = parse_entry([REPORT.format(series="Health Technology Assessment")])
    assert differences(entry, RECORD) == [
        "journal 'Health Technology Assessment' in the entry, 'Health Soc Care Deliv Res' in PubMed"
    ]


def test_a_journal_ending_in_a_bracket_is_left_alone() -> None:
    entry = parse_entry(
        ["Weiss B, Haddad S. Early surgery after hip fracture. Spine (Phila Pa 1976). 2021;46:1-9."]
    )
    assert entry.journal == "Spine (Phila Pa 1976)"
