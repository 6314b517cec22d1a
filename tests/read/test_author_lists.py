"""Where a list of authors ends (citelint.read.author_lists), as parse_entry reads it."""

from __future__ import annotations

from citelint.read.entries import parse_entry


def test_et_al_with_no_stop_ends_the_names_before_the_title() -> None:
    """hunt17: "..., et al Remdesivir ..." ran the names into the title (a false CL201)."""
    entry = parse_entry(
        [
            "Hogan JI, Duerr R, Dimartino D, et al Remdesivir resistance in transplant "
            "recipients with persistent coronavirus disease 2019. Clin Infect Dis 2023;76:342-5"
        ]
    )
    assert entry.authors == ["Hogan JI", "Duerr R", "Dimartino D"]
    assert entry.title is not None and entry.title.startswith("Remdesivir resistance")


def test_et_al_and_a_comma_end_the_names_before_the_title() -> None:
    entry = parse_entry(
        [
            "Lange T, Backhaus SJ, Schulz A, et al, CMR-based cardiac phenotyping in different "
            "forms of heart failure. Int J Cardiovasc Imaging. 2024;40:1585-96."
        ]
    )
    assert entry.authors == ["Lange T", "Backhaus SJ", "Schulz A"]
    assert entry.title == "CMR-based cardiac phenotyping in different forms of heart failure"


def test_et_al_inside_a_title_with_no_names_before_it_ends_no_list() -> None:
    entry = parse_entry(["Comparing Smith et al Results With Ours. Clin Infect Dis 2023;76:342-5"])
    assert entry.authors == []
    assert entry.title == "Comparing Smith et al Results With Ours"
