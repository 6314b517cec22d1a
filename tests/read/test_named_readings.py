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


@pytest.mark.parametrize(
    "symbol", ["CD4+", "p53", "5-HT3", "PD-L1", "HLA-B27", "BRCA1", "TP53", "CYP2C19", "HER2"]
)
def test_a_superscript_copied_after_a_symbol_ending_in_digits_is_read_in_order(
    symbol: str,
) -> None:
    # user30a P1-4: Lancet pages copied from the browser end sentences so; the stop was taken
    # for a decimal point and the entry called never cited (CL102).
    text = f"Dementia is common.1 Risk rose with loss of {symbol}.2 It costs much.3"
    assert cited(text) == [[1], [2], [3]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The target HbA1c 7.2 Was agreed.",  # a value, after a space
        "The hazard ratio was 0.74 Overall.",
        "Exposure to PM2.5 Raised the risk.",  # a name that takes a decimal
        "Loss of CD4+.7 The count fell.",  # not the entry the order calls for
        "Loss of PD-L1.2 mg was given.",  # no sentence after it
    ],
)
def test_a_number_after_a_symbol_out_of_order_or_a_decimal_stays_unread(sentence: str) -> None:
    text = f"Dementia is common.1 {sentence} It costs much.3"
    assert [2] not in cited(text) and [7] not in cited(text)


def test_a_symbol_reading_needs_a_capital_pair_or_p() -> None:
    text = "Dementia is common.1 Values of x2.2 Were low. It costs much.3"
    assert named_readings(text, []) == []
