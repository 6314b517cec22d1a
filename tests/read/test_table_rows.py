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


def test_a_row_s_last_cells_do_not_run_into_the_next_row_s_claim() -> None:
    """User24 P2 2: a guideline's recommendation table copied as text ("Recommendation<TAB>
    Class<TAB>Level"): each row's class and level began the next row's claim ("I; A
    Intensive blood pressure control ..."), and the header the first's."""
    text = (
        "Recommendations\tClass\tLevel\n"
        "Apixaban is recommended in preference to warfarin in eligible patients.1,2\tI\tA\n"
        "Left atrial appendage occlusion may be considered when anticoagulation is "
        "contraindicated.3\tIIb\tB\n\n"
        "References\n"
        "1. Rossi A, Berg K. Apixaban versus warfarin in atrial fibrillation. N Engl J Med. "
        "2011;365:981-92.\n"
        "2. Lund P, Haugen T. Apixaban in older adults. Lancet. 2012;380:100-9.\n"
        "3. Okafor N, Tran HL. Appendage occlusion: a randomised trial. BMJ. 2020;368:m200.\n"
    )
    document = read_text(text, "t.txt", "txt")
    document.word_claims()
    assert [(claim.line, claim.text[:24]) for claim in document.claims] == [
        (2, "Apixaban is recommended "),
        (3, "Left atrial appendage oc"),
    ]


def test_a_table_copied_with_bars_keeps_each_row_s_numbers_to_itself() -> None:
    """User24 P1 10: a journal's table copied as text ("Trial | Drug | No. | HR (95% CI) |
    Source") was one claim: the first row's numbers were charged to the last row's
    citation (false CL301s)."""
    text = (
        "Apixaban lowered stroke compared with warfarin.1 Edoxaban was noninferior.2\n\n"
        "Table 2. Trials\n"
        "Trial | Drug | No. | HR (95% CI) | Source\n"
        "ARISTA | Apixaban | 18201 | 0.79 (0.66-0.95) | Rossi et al1\n"
        "ENGAGE | Edoxaban | 21105 | 0.87 (0.73-1.04) | Lund et al2\n\n"
        "REFERENCES\n"
        "1. Rossi A, Berg K. Apixaban versus warfarin in atrial fibrillation. N Engl J Med. "
        "2011;365:981-92.\n"
        "2. Lund P, Haugen T. Edoxaban versus warfarin. N Engl J Med. 2013;369:2093-104.\n"
    )
    document = read_text(text, "t.txt", "txt")
    document.word_claims()
    rows = {claim.line: claim for claim in document.claims if claim.line > 1}
    assert rows, "the rows cite"
    for claim in rows.values():
        assert ("18201" in claim.text) == (claim.numbers == [1])
        assert ("21105" in claim.text) == (claim.numbers == [2])
