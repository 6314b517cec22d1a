"""A note's value in brackets past the list's end: a score or a time, no citation (user20)."""

from __future__ import annotations

import pytest

from citelint.read import read_text

ENTRY = (
    "\n\nReferences\n1. McMurray JJV, Solomon SD, Inzucchi SE, et al. Dapagliflozin in heart"
    " failure with reduced ejection fraction. N Engl J Med. 2019;381(21):1995-2008.\n"
)


def cited(text: str) -> list[list[int]]:
    document = read_text(text, "note.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


@pytest.mark.parametrize(
    "value",
    [
        "CHA2DS2-VASc [4], HAS-BLED [2].",
        "NYHA [3].",
        "HAS-BLED score [2].",
        "Follow-up in [2] weeks.",
        "Repeat the echo in [6] months.",
    ],
)
@pytest.mark.parametrize("listed", [True, False])
def test_a_score_or_a_time_in_brackets_past_the_list_is_a_value(value: str, listed: bool) -> None:
    text = f"Plan: start dapagliflozin [1]. {value}"
    assert cited(text + (ENTRY if listed else "")) == [[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Past the list's end with nothing of a value about it: a missing entry (CL101's).
        ("Start dapagliflozin [1]. Empagliflozin helps too [4].", [[1], [4]]),
        # An entry the list has, after a score's name: a citation of it.
        ("The CHA2DS2-VASc score [1] predicts stroke.", [[1]]),
    ],
)
def test_other_brackets_still_cite(text: str, expected: list[list[int]]) -> None:
    assert cited(text + ENTRY) == expected


FIVE = "\n\nReferences\n" + "".join(
    f"{n}. Author{n} A. Title number {n} about heart failure. N Engl J Med. 2011;30:1-9.\n"
    for n in range(1, 6)
)


# User28a P1-10: a value's own shape tells it even where the list has the number.
@pytest.mark.parametrize(
    "value",
    ["Pain [3]/10 at rest.", "Admitted x[2] this year.", "Admitted ×[2] this year."],
)
def test_a_scale_s_value_or_a_count_in_brackets_is_a_value_within_the_list(value: str) -> None:
    assert cited(f"Start dapagliflozin [1]. {value} Diuretics helped [4].{FIVE}") == [[1], [4]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Risk fell [3]/[4] overall.", [[3], [4]]),  # two citations side by side
        ("See Box[2] for doses.", [[2]]),  # glued to a word, not to a count's "x"
    ],
)
def test_brackets_beside_a_slash_or_a_word_still_cite(text: str, expected: list) -> None:
    assert cited(text + FIVE) == expected
