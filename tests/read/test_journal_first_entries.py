"""WebMD's source lines: the journal, a colon, the quoted title, then the issue's date."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry


@pytest.mark.parametrize(
    ("line", "journal", "year"),
    [
        (
            'JAMA: "Effect of Intensive vs Standard Blood Pressure Control on Probable '
            'Dementia," Jan. 28, 2019.',
            "JAMA",
            2019,
        ),
        (
            'New England Journal of Medicine: "Effect of Intensive vs Standard Blood Pressure '
            'Control on Probable Dementia," Nov. 26, 2015.',
            "New England Journal of Medicine",
            2015,
        ),
        (
            'The Lancet: "Effect of Intensive vs Standard Blood Pressure Control on Probable '
            'Dementia," 2017.',
            "The Lancet",
            2017,
        ),
        (
            'CA: A Cancer Journal for Clinicians: "Effect of Intensive vs Standard Blood '
            'Pressure Control on Probable Dementia," March 2021.',
            "CA: A Cancer Journal for Clinicians",
            2021,
        ),
    ],
)
def test_the_journal_before_the_colon_the_title_in_the_quotes(
    line: str, journal: str, year: int
) -> None:
    entry = parse_entry([line])
    assert entry.title == (
        "Effect of Intensive vs Standard Blood Pressure Control on Probable Dementia"
    )
    assert (entry.journal, entry.year, entry.authors) == (journal, year, [])


def test_an_agencys_page_with_no_date_is_no_journal() -> None:
    entry = parse_entry(['Mayo Clinic: "High blood pressure (hypertension)."'])
    assert entry.journal != "Mayo Clinic"


def test_an_authors_entry_with_a_colon_before_a_quote_is_read_as_before() -> None:
    line = (
        'Okafor N, Tran HL. Commentary: "A July effect in teaching hospitals," '
        "Med Educ. 2019;53(4):301-309."
    )
    entry = parse_entry([line])
    assert entry.authors[:1] == ["Okafor N"]
    assert entry.year == 2019


def test_names_before_the_colon_are_authors_not_a_journal() -> None:
    # review29a P2: 'Whelton PK, Carey RM: "Title," 2019.' gave the journal 'Whelton PK, Carey RM'.
    entry = parse_entry(['Whelton PK, Carey RM: "Exercise and blood pressure," 2019.'])
    assert entry.journal != "Whelton PK, Carey RM"
    assert entry.authors == ["Whelton PK", "Carey RM"]


@pytest.mark.parametrize("journal", ["PLOS ONE", "Lancet HIV", "JAMA Netw Open"])
def test_a_journal_in_capitals_is_no_name(journal: str) -> None:
    # review29c P1-1: "PLOS ONE" passed for a surname and initials; the day became the journal.
    entry = parse_entry([f'{journal}: "Salt intake and blood pressure in adults," Feb. 1, 2023.'])
    assert (entry.journal, entry.year) == (journal, 2023)
