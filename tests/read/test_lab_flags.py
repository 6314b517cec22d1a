"""Flags and labels a print-out sets between a value and its reference range (user19 P1 12):
the range stays the value's, not a run of citations."""

from __future__ import annotations

import pytest

from citelint.read import read_text
from citelint.read.lab_flags import is_flag_or_label, without_flags, without_glued_flag


def _list(size: int) -> str:
    return "\n\nReferences\n" + "".join(
        f"[{n}] Author{n} A, Writer B. Title number {n} of a study. J Med. 2010;{n}:1-9.\n"
        for n in range(1, size + 1)
    )


def cited(text: str) -> list[list[int]]:
    return [
        marker.numbers
        for claim in read_text(text, "note.txt", "txt").claims
        for marker in claim.markers
    ]


@pytest.mark.parametrize(
    "token",
    ["[L]", "[H]", "[LL]", "[HH]", "[A]", "[C]", "(L)", "(HH)", "L", "H", "*", "!", "↓", "Low"]
    + ["HIGH", "Abnormal", "(High)", "Ref:", "ref", "range:", "Normal:", "Reference"],
)
def test_flags_and_labels(token: str) -> None:
    assert is_flag_or_label(token)


@pytest.mark.parametrize("token", ["A", "C", "[B]", "(1)", "mmol/L", "was", "Sodium", "[2]"])
def test_other_tokens_are_neither(token: str) -> None:
    assert not is_flag_or_label(token)


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ("Sodium 131 mmol/L [L]", "Sodium 131 mmol/L"),
        ("Sodium 131 mmol/L Ref range:", "Sodium 131 mmol/L"),
        ("Sodium 131 [L] mmol/L", "Sodium 131 mmol/L"),
        ("Sodium 131 L mmol/L Ref:", "Sodium 131 mmol/L"),
        ("Sodium 131 mmol/L", "Sodium 131 mmol/L"),
        # No value within reach: nothing is left out.
        ("higher in the group with low", "higher in the group with low"),
        ("low", "low"),
    ],
)
def test_without_flags_leaves_out_only_what_follows_the_value(tokens: str, expected: str) -> None:
    assert without_flags(tokens.split()) == expected.split()


# user19 P1 12: each was CL101 "citations [133] to [146] have no entries" or CL106.
FLAGGED = [
    "Sodium 131 mmol/L [L] [133-146]",
    "Chloride 110 mmol/L [H] [95-108]",
    "Platelets 98 x10^9/L [L] [150-400]",
    "Sodium 131 mmol/L  Ref: [133-146]",
    "Sodium 131 mmol/L Ref range: [133-146]",
    "Creatinine 150 umol/L Normal: [45-84]",
    "Sodium 124 mmol/L [LL] [133-146]",
    "Troponin T 450 ng/L [HH] [0-14]",
    "Sodium 131 mmol/L [A] [133-146]",
    "Albumin 29 g/L [C] [35-50]",
    "Sodium 131 mmol/L L [133-146]",
    "Chloride 110 mmol/L H [95-108]",
    "Sodium 131 mmol/L ! [133-146]",
    "Haemoglobin 104 g/L Low [115-165]",
    "Chloride 110 mmol/L High [95-108]",
    "Sodium 131 mmol/L Abnormal [133-146]",
    "Albumin 30 [L] [35-50] g/L",
    "ALT 120 U/L [H] [7-56]",
    "Ferritin 9 ug/L ! [15-150]",
    "Sodium\t131\tL\tmmol/L\t[133-146]",
    "Sodium\t131\t[L]\tmmol/L\t[133-146]",
    "Haemoglobin\t94\tg/L\tL\t[130-170]",
]


@pytest.mark.parametrize("lab", FLAGGED)
@pytest.mark.parametrize("size", [0, 3, 50, 200])
def test_a_flag_or_label_before_a_range_leaves_it_the_value_s(lab: str, size: int) -> None:
    text = f"Results:\n{lab}\n\nHyponatraemia on thiazide; stopped [1].\n"
    assert cited(text + (_list(size) if size else "")) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A flag-like word with no value before it within reach, or prose's count.
        ("Events were higher in the group with low [12-14] sodium.", range(12, 15)),
        ("Among 120 patients with low [15-40] sodium, most were old.", range(15, 41)),
        ("Sodium in 2019 High [7-12] was studied.", range(7, 13)),
        # A handful of whole numbers after a value: prose may cite them.
        ("The potassium 40 high [7-9] trial ended early.", range(7, 10)),
    ],
)
def test_prose_with_flag_like_words_still_cites(sentence: str, expected: range) -> None:
    assert cited(sentence + _list(50)) == [list(expected)]


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("131*", "131"),
        ("412**", "412"),
        ("5.9H", "5.9"),
        ("9.1L", "9.1"),
        ("7.2HH", "7.2"),
        ("128(L)", "128"),
        ("6.1↑", "6.1"),
        ("131", "131"),
        ("mmol/L", "mmol/L"),  # no value before the letter
        ("L", "L"),
        ("<5", "<5"),
    ],
)
def test_a_flag_glued_to_a_value_is_left_out(token: str, expected: str) -> None:
    assert without_glued_flag(token) == expected


# ehr19: a flag glued to the value ("131*", "5.9H") left it no value, and the range after it
# read as citations of entries 12 to 16.
GLUED = [
    "Hb 9.1L [12-16] g/dL",
    "Hgb 7.9* [12-16]",
    "Sodium 131* [133-146]",
    "Sodium 131* [13-18]",
    "WBC 3.1L [4-11]",
    "Plt 95L [150-400]",
    "Creatinine 142H [59-104] umol/L",
    "Chloride 96L [98-107]",
    "Ferritin 9(L) [15-150]",
    "Potassium 6.8HH [35-51]",
]


@pytest.mark.parametrize("lab", GLUED)
@pytest.mark.parametrize("size", [0, 3, 20, 200])
def test_a_flag_glued_to_the_value_leaves_the_range_the_value_s(lab: str, size: int) -> None:
    text = f"Labs on discharge:\n{lab}\n\nAnaemia of chronic disease was likely [1].\n"
    assert cited(text + (_list(size) if size else "")) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # No test's name before the flagged value: prose's number, cited.
        ("In 120 patients 12L of fluid [12-14] was given.", range(12, 15)),
        ("Figure 3* [12-14] shows the trend.", range(12, 15)),
    ],
)
def test_a_glued_letter_after_prose_s_number_still_cites(sentence: str, expected: range) -> None:
    assert cited(sentence + _list(50)) == [list(expected)]
