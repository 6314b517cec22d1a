"""A laboratory test named right before its value: brackets after it hold its range."""

from __future__ import annotations

import pytest

from citelint.read import read_text
from citelint.read.lab_tests import named_test_range


def _list(size: int) -> str:
    return "\n\n## References\n\n" + "".join(
        f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n"
        for n in range(1, size + 1)
    )


def cited(text: str) -> list[list[int]]:
    return [
        marker.numbers for claim in read_text(text, "a.md", "md").claims for marker in claim.markers
    ]


@pytest.mark.parametrize(
    ("before", "bounds", "expected"),
    [
        ("Labs: ferritin 900 µg/L ", (15, 50), True),  # the unit before the brackets
        ("Na 128 mmol/L ", (135, 145), True),
        ("ALT 120 ", (7, 56), True),  # whole numbers
        ("platelets 45 ", (150, 400), True),
        ("The WBC 0.3 ", (4, 11), True),  # far below the range's foot
        ("(Hgb: 7 ", (12, 16), True),
        ("Plt 45 x10^3/uL ", (150, 400), True),
        ("in 120 patients ", (7, 9), False),  # prose's count
        ("a sodium of 128 ", (10, 12), False),  # a word between the test and the value
        ("below 115 mmol/L ", (12, 14), False),
        ("Ferritin > 10000 ", (7, 9), False),  # a threshold's sign
        ("HbA1c 7% ", (12, 14), False),  # a share
        ("potassium 40 mg ", (12, 16), False),  # a dose
        ("Sodium 140 ", (135, 145), False),  # inside: an interval's business
        ("Sodium in 2019 ", (7, 12), False),  # a year
        ("Troponin and CK 3 ", (7, 9), False),  # a handful of whole numbers: may cite
        ("the potassium 40 ", (7, 9), False),
        ("a target INR 2.5 ", (12, 14), False),
        ("Ca 2.1 ", (7, 9), False),  # "ca" may be circa: no test of its own
        ("Na 1.2.3 ", (135, 145), False),  # no number
        ("Na <128 ", (135, 145), False),
        ("Na 128, ", (135, 145), False),
    ],
)
def test_a_named_test_s_value_before_a_range_outside_it(
    before: str, bounds: tuple[int, int], expected: bool
) -> None:
    text = before + f"[{bounds[0]}-{bounds[1]}] today."
    assert named_test_range(text, len(before), *map(float, bounds)) is expected


# Notes17: shapes still read as citations before, with a list of any length or none.
@pytest.mark.parametrize(
    "labs",
    [
        "Labs: ferritin 900 µg/L [15-50] and Na 128 mmol/L [135-145] on admission.",
        "Liver tests: ALT 120 [7-56], AST 98 [10-40]. Platelets 45 [150-400] this morning.",
        "The WBC 0.3 [4-11] makes neutropenic precautions necessary.",
        "Glucose 45 [70-99], D50 given; Lipase 900 [13-60].",
        "pH 7.12 [7.35-7.45], pCO2 28 [35-45], HCO3 9 [22-28].",
    ],
)
@pytest.mark.parametrize("size", [0, 3, 50, 200])
def test_a_named_test_s_range_is_no_citation_whatever_the_list(labs: str, size: int) -> None:
    references = _list(size) if size else ""
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + references) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Liver injury was reported in 120 patients [7-9].", [[7, 8, 9]]),
        ("A small cohort (n = 45) [15–20] confirmed it.", [[15, 16, 17, 18, 19, 20]]),
        ("Sodium (n = 45) [15-20] fell.", [[15, 16, 17, 18, 19, 20]]),
        ("Sodium was measured in 120 [7-9] of them.", [[7, 8, 9]]),
        ("Troponin and CK 3 [7-9] times the limit were seen.", [[7, 8, 9]]),
        ("In the potassium 40 [7-9] trial, events were rare.", [[7, 8, 9]]),
        ("Ferritin > 10000 [7-9] suggests HLH.", [[7, 8, 9]]),
    ],
)
@pytest.mark.parametrize("size", [0, 12, 200])
def test_prose_before_brackets_still_cites(sentence: str, expected: list, size: int) -> None:
    references = _list(size) if size else ""
    assert cited(sentence + references) == expected
