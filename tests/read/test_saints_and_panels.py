"""Entries user23 found misread: a first author "St. John AB" (P1-13) and a terse entry led by a
guideline's panel with no title (P1-8). Both ran into the title searched for, and the entry was
called fabricated online."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry

TITLE = "Outcomes of mechanical mitral valves in adults: a 20-year follow-up"


@pytest.mark.parametrize("first", ["St. John AB", "Ste. Marie C", "St. Onge L"])
def test_a_saints_surname_opens_the_byline(first: str) -> None:
    entry = parse_entry([f"{first}, Mac Donald P, Okafor C. {TITLE}. J Clin Med. 2022;11(6):1550."])
    assert entry.authors == [first, "Mac Donald P", "Okafor C"]
    assert entry.title == TITLE
    assert entry.journal == "J Clin Med"


def test_a_title_with_a_stop_after_a_capital_word_is_no_name() -> None:
    entry = parse_entry(["Okafor C. Marine Heatwaves. Oliver ECJ. Nat Clim Chang. 2021;11:1-9."])
    assert entry.authors == ["Okafor C"]


@pytest.mark.parametrize(
    "group",
    [
        "KDIGO Glomerular Diseases Work Group",
        "ESCAPE Hypertension Task Force",
        "Nordic Anticoagulation Guideline Panel",
    ],
)
def test_a_panel_with_a_journal_and_no_title_is_the_author(group: str) -> None:
    entry = parse_entry([f"{group}. Kidney Int 2021;100(4S):S1-S276."])
    assert entry.authors == [group]
    assert entry.title is None
    assert (entry.journal, entry.volume, entry.pages) == ("Kidney Int", "100", "S1-S276")


def test_a_short_title_ending_in_a_group_word_stays_with_its_authors() -> None:
    entry = parse_entry(["Okafor C, Lee K. The Nordic Work Group. Kidney Int 2021;100:1-9."])
    assert entry.authors == ["Okafor C", "Lee K"]
    assert entry.title == "The Nordic Work Group"
