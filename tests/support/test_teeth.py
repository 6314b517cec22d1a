"""Tooth numbers are names of teeth, not measurements (user31b P1-9)."""

from __future__ import annotations

import pytest

from citelint.support.numbers import extract_numbers


def raws(text: str) -> list[str]:
    return [quantity.raw for quantity in extract_numbers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Lower first molars (tooth 36 or 46) that cannot be kept are replaced.",
        "Teeth 46 and 47 were splinted for four weeks.",
        "A third molar (#17 or #32) was moved into the socket of #19.",
        "Donor teeth were upper premolars (FDI 14, 24; 15 and 25).",
        "Molars 36 and 46 in the FDI system erupt first.",
    ],
)
def test_tooth_numbers_are_not_checked(text: str) -> None:
    assert raws(text) == []


def test_figures_beside_tooth_numbers_still_are() -> None:
    text = "Of 64 transplanted teeth, tooth 38 survived in 91% at 5 years."
    assert raws(text) == ["64", "91", "5"]


def test_counts_of_teeth_still_are() -> None:
    """A number before "teeth" counts them; a percentage after "tooth" is a share."""
    assert raws("Caries reached 36 of 46 teeth.") == ["36", "46"]
    assert raws("Tooth loss reached 36% in the cohort.") == ["36"]
