"""Entries in publishers' styles read field by field (citelint.read.styled_entries)."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
from citelint.read.styled_entries import stopped_lines


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        ("Li, Y.J. ∙ Fahrmann, J.F. ∙ Aftabizadeh, M. ∙ et al.", ["Li YJ", "Fahrmann JF"]),
        ("Ragupathi, A. ∙ Kim, C. ∙ Jacinto, E.", ["Ragupathi A", "Kim C", "Jacinto E"]),
        ("Sparks, I.L. ∙ Jacobs, Jr., W.R. ∙ et al.", ["Sparks IL", "Jacobs WR"]),
        ("Larrauri, C.A.", ["Larrauri CA"]),
    ],
)
def test_cell_press_authors_set_apart_by_dot_operators_are_names(
    authors: str, names: list[str]
) -> None:
    """cell.com's pages (hunt17): before, the names ran into the title and the entry was
    searched by a title beginning 'Li, Y.J. ∙ Fahrmann', found nowhere: a false CL201."""
    entry = parse_entry(
        [
            authors,
            "The mTORC2 signaling network: targets and cross-talks",
            "Biochem. J. 2024; 481:45-91",
        ]
    )
    assert entry.title == "The mTORC2 signaling network: targets and cross-talks"
    assert entry.authors[: len(names)] == names
    assert (entry.year, entry.volume, entry.pages) == (2024, "481", "45-91")


def test_cell_press_names_are_read_before_a_title_ending_in_a_question_mark() -> None:
    entry = parse_entry(
        [
            "Afridi, B. ∙ Khan, H. ∙ Akkol, E.K. ∙ et al.",
            "Pain perception and management: where do we stand?",
            "Curr. Mol. Pharmacol. 2021; 14:678-688",
        ]
    )
    assert entry.title == "Pain perception and management: where do we stand?"
    assert entry.authors[:2] == ["Afridi B", "Khan H"]


@pytest.mark.parametrize(
    "first",
    [
        "Smith, J. ∙ notes on a method",  # not every part a name
        "Trial design ∙ Outcomes ∙ Results",
        "et al. ∙ Smith, J.",
    ],
)
def test_a_line_of_dot_operators_that_are_not_all_names_is_left_alone(first: str) -> None:
    lines = [first, "A title without a stop", "Journal. 2020; 1:1-2"]
    assert stopped_lines(lines) == lines


@pytest.mark.parametrize(
    "lines",
    [
        # A PDF's or an e-mail's wrapped entry: the author list goes on below its first line,
        # or a line ends in a word that carries the title on. No field a line: no stops.
        [
            "Kuru T, Olçar HA, Yildiz M, Demir A,",
            "Aydin S, et al. Effects of early mobilisation after hip fracture",
            "surgery. Injury. 2020;51(5):1102-7.",
        ],
        [
            "Kuru T, Olçar HA, et al.",
            "Effects of early mobilisation in older adults with",
            "hip fracture. Injury 2020; 51: 1102–07.",
        ],
    ],
)
def test_a_wrapped_entry_is_not_read_as_a_field_a_line(lines: list[str]) -> None:
    entry = parse_entry(lines)
    assert (entry.title, entry.journal) in [
        ("Effects of early mobilisation after hip fracture surgery", "Injury"),
        ("Effects of early mobilisation in older adults with hip fracture", "Injury"),
    ]
