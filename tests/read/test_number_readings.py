"""Numbers with a citation's digits glued to their end (read/number_readings.py)."""

from __future__ import annotations

import pytest

from citelint.read import read_text

SHORT_LIST = "\n\nReferences\n" + "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 9)
)


def cited(text: str) -> list[list[int]]:
    document = read_text(text + SHORT_LIST, "a.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


@pytest.mark.parametrize(
    "estimate",
    [
        "β −0.21 points per year",  # Nature's abstract, as copied
        "β –0.21 points per year",  # an en dash for the minus sign
        "β 0.21 points per year",
        "mean change ±0.21 points",
        "r = 0.31 overall",
        "κ 0.61 between raters",
    ],
)
def test_a_statistics_value_is_no_decimal_with_a_citation_glued_on(estimate: str) -> None:
    # The page cites 1 first further on: the order alone would take "0.2" and 1 here.
    text = f"Decline was faster ({estimate}). Dementia is common.1,2 It costs much.3"
    assert cited(text) == [[1, 2], [3]]


def test_a_decimal_with_no_statistic_before_it_is_still_read_as_the_order_calls_for() -> None:
    text = "The AUC was 0.961 in the first cohort. Dementia is common.2 It costs much.3"
    assert cited(text) == [[1], [2], [3]]
