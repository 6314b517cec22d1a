"""A citation right after a possessive: "common in Parkinson's<sup>3</sup>", "Parkinson's3."."""

from __future__ import annotations

import pytest

from citelint.read import read_text

_LIST = "".join(
    f"<li>Author{n} A. Title number {n} about tremor. N Engl J Med. 2011;30:1-9.</li>"
    for n in range(1, 6)
)
_TEXT_LIST = "".join(
    f"{n}. Author{n} A. Title number {n} about tremor. N Engl J Med. 2011;30:1-9.\n"
    for n in range(1, 6)
)


def _html_citations(sentence: str) -> list[list[int]]:
    page = (
        f"<html><body><p>First<sup>1</sup>. Second<sup>2</sup>. {sentence} Next<sup>4</sup>.</p>"
        f"<h2>References</h2><ol>{_LIST}</ol></body></html>"
    )
    document = read_text(page, "a.html", "html")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def _text_citations(sentence: str) -> list[list[int]]:
    page = f"First1. Second2. {sentence} Next4.\n\nReferences\n{_TEXT_LIST}"
    document = read_text(page, "a.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tremor is common in Parkinson's<sup>3</sup>.",
        "Tremor is common in Parkinson’s<sup>3</sup>.",
        "Fistulas mark Crohn's<sup><a href='#r3'>3</a></sup> course.",
        "The lean twin's<sup>3</sup> risk was lower.",
    ],
)
def test_a_superscript_after_a_possessive_cites(sentence: str) -> None:
    assert _html_citations(sentence) == [[1], [2], [3], [4]]


@pytest.mark.parametrize(
    "sentence",
    ["Tremor is common in Parkinson's3.", "Tremor is common in Parkinson’s3."],
)
def test_a_number_glued_to_a_possessive_cites(sentence: str) -> None:
    assert _text_citations(sentence) == [[1], [2], [3], [4]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The variance s<sup>3</sup> was small.",  # a single letter raised to a power
        "Area 12 m<sup>3</sup> was measured.",
    ],
)
def test_a_power_of_a_letter_or_unit_is_still_no_citation(sentence: str) -> None:
    assert _html_citations(sentence) == [[1], [2], [4]]
