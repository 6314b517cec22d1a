"""Citation digits glued to a numbered name or a unit, as Nature-style pages copy a
superscript set before the stop (read/named_readings.py): "severe COVID-192." is COVID-19
and 2, "190 mg/dL4." mg/dL and 4, "4 °C5." °C and 5, where the order of first citations calls
for them. "COVID-19" itself, a metre's power ("kg/m2.") and a name the page uses as it is
("IL-12") stay unread."""

from __future__ import annotations

import pytest

from citelint.read import read_text
from citelint.read.found import NUMBER
from citelint.read.named_readings import named_readings

SHORT_LIST = "\n\nReferences\n" + "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 9)
)


def cited(text: str) -> list[list[int]]:
    document = read_text(text + SHORT_LIST, "a.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("People remain at risk of severe COVID-192.", 2),
        ("Infection with SARS-CoV-22.", 2),
        ("Cholesterol was at least 190 mg/dL2.", 2),
        ("Samples were stored at 4 °C2.", 2),
        ("Potassium fell below 3.0 mmol/L2.", 2),
    ],
)
def test_a_superscript_glued_to_a_name_or_unit_is_read_where_the_order_calls(
    sentence: str, number: int
) -> None:
    text = f"Dementia is common1. {sentence} It costs much3."
    assert cited(text) == [[1], [number], [3]]


@pytest.mark.parametrize(
    "sentence",
    [
        "People remain at risk of severe COVID-19.",
        "Obesity above 30 kg/m2.",
        "Counts below 200 cells/mm3.",
        "Levels of IL-12 rose, and IL-1 fell, with IL-12.",
    ],
)
def test_a_numbered_name_or_a_power_stays_unread(sentence: str) -> None:
    assert cited(f"Dementia is common1. {sentence} It costs much2.") == [[1], [2]]


def test_a_name_the_page_knows_is_split_and_its_own_token_is_not() -> None:
    found = named_readings("Both IL-6 and severe IL-62. Next", [])
    assert [(m.raw, m.numbers, m.kind, m.word) for m in found] == [("2", [2], NUMBER, "IL-6")]
    assert named_readings("Only COVID-19. Next", []) == []
    assert named_readings("Both IL-62 and severe IL-62. Next", []) == []
