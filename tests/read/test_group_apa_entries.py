"""A group's APA entry with a title and a link only (Healthline's sources), and a link
written without its scheme."""

from __future__ import annotations

import pytest

from citelint.read.bare_addresses import with_schemes
from citelint.read.entries import parse_entry

TITLE = "A randomized trial of intensive versus standard blood-pressure control"


@pytest.mark.parametrize(
    ("line", "group"),
    [
        (
            f"SPRINT Research Group. (2015). {TITLE}. nejm.org/doi/full/10.1056/NEJMoa1511939",
            "SPRINT Research Group",
        ),
        (
            f"Blood Pressure Trialists' (BPT) Collaboration, et al. (2015). {TITLE}. "
            "https://doi.org/10.1056/NEJMoa1511939",
            "Blood Pressure Trialists' (BPT) Collaboration, et al",
        ),
    ],
)
def test_the_group_is_no_part_of_the_title(line: str, group: str) -> None:
    entry = parse_entry([line])
    assert (entry.title, entry.year, entry.doi) == (TITLE, 2015, "10.1056/NEJMoa1511939")
    assert entry.authors == [group]


def test_a_bare_address_is_the_entrys_link() -> None:
    entry = parse_entry(["Facts about hypertension. (2024). cdc.gov/high-blood-pressure/facts/"])
    assert entry.url == "https://cdc.gov/high-blood-pressure/facts/"
    assert entry.title == "Facts about hypertension"


def test_a_title_naming_a_study_before_its_year_stays_the_title() -> None:
    line = (
        "Global burden of hypertension: the Global Burden of Disease Study 2019. (2021). "
        "https://doi.org/10.1016/S0140-6736(21)01330-1"
    )
    entry = parse_entry([line])
    assert entry.title is not None
    assert entry.title.startswith("Global burden of hypertension")
    assert not entry.authors


def test_a_group_and_a_journal_read_as_before() -> None:
    journal = "New England Journal of Medicine, 373(22), 2103-2116."
    line = f"SPRINT Research Group. (2015). {TITLE}. {journal}"
    entry = parse_entry([line])
    assert (entry.title, entry.journal) == (TITLE, "New England Journal of Medicine")


@pytest.mark.parametrize(
    "line",
    [
        "Okafor N. Title. https://www.nejm.org/doi/full/10.1056/x",
        "Okafor N. Title. doi.org/10.1056/NEJMoa1511939",
        "Write to help@clinic.org/ for a copy.",
        "Okafor N. Title. J. 2020;1:1.",
    ],
)
def test_addresses_with_a_scheme_or_none_are_left(line: str) -> None:
    assert with_schemes([line]) == [line]
