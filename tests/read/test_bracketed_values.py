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
