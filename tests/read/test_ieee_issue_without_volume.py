"""An IEEE entry giving an issue and a date but no volume or pages ("JAMA, no. 3, Jul. 2011")
reads its journal, issue and year (user31a: "3, Jul" had been read as the journal)."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry

TITLE = "Home blood pressure telemonitoring after pre-eclampsia: a pilot study"


@pytest.mark.parametrize(
    ("source", "journal", "issue", "year"),
    [
        ("JAMA, no. 3, Jul. 2011.", "JAMA", "3", 2011),
        ("Hypertension, no. 12, Dec. 2019.", "Hypertension", "12", 2019),
        ("BMJ Open, no. 4, 2020.", "BMJ Open", "4", 2020),
    ],
)
def test_the_issue_and_date_are_no_journal(
    source: str, journal: str, issue: str, year: int
) -> None:
    entry = parse_entry([f"R. Adeyemi and L. Haugen, “{TITLE},” {source}"])
    assert (entry.title, entry.journal, entry.issue, entry.year) == (TITLE, journal, issue, year)
    assert (entry.volume, entry.pages) == (None, None)


def test_a_full_ieee_source_reads_as_before() -> None:
    entry = parse_entry(
        [
            f"R. Adeyemi and L. Haugen, “{TITLE},” Hypertension, vol. 74, no. 3, pp. 10–18, "
            "Jul. 2019."
        ]
    )
    assert (entry.journal, entry.volume, entry.issue, entry.pages, entry.year) == (
        "Hypertension",
        "74",
        "3",
        "10–18",
        2019,
    )


def test_a_date_alone_reads_as_before() -> None:
    entry = parse_entry([f"R. Adeyemi and L. Haugen, “{TITLE},” Hypertension, Mar. 2024."])
    assert (entry.journal, entry.issue, entry.year) == ("Hypertension", None, 2024)
