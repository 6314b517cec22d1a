"""A table's row copied with its cells split by tabs: its claim's words and its markers tell
it by one test (claims.is_tab_split_row)."""

from __future__ import annotations

import pytest

from citelint.read import read_text
from citelint.read.claims import clean_claim_text, is_tab_split_row


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("DAPA-HF\t4744\tHR 0.74 [3]", True),
        ("\tIndented once [3]", False),  # one tab indents a line
        ("Dose:\t10 mg daily [3]", False),  # or follows a label
        ("No tab at all [3]", False),
    ],
)
def test_two_tabs_or_more_make_a_row(line: str, expected: bool) -> None:
    assert is_tab_split_row(line) is expected
    assert is_tab_split_row("Before\n" + line + "\nafter", 7, 7 + len(line)) is expected


def test_a_tab_split_row_s_cells_are_phrases_and_its_marker_floats() -> None:
    text = (
        "Trials\n\nDAPA-HF\t4744\tHR 0.74 [1]\n\nReferences\n"
        "1. McMurray JJV, Solomon SD. Dapagliflozin in heart failure. N Engl J Med."
        " 2019;381:1995-2008.\n"
    )
    claims = read_text(text, "t.txt", "txt").claims
    (row,) = [claim for claim in claims if claim.markers]
    assert row.text.startswith("DAPA-HF; 4744; HR 0.74")
    assert row.markers[0].floating
    assert clean_claim_text("Dose:\t10 mg daily") == "Dose: 10 mg daily"
