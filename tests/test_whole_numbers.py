"""Whole numbers as the readers take them from pages, Word files and NCBI's answers."""

from __future__ import annotations

import pytest

from citelint.whole_numbers import LONGEST, roman, signed_number, whole_number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("3", 3),
        ("007", 7),
        ("٣", 3),  # an Arabic-Indic digit: a digit int() reads, as before
        ("¹", None),  # superscript and circled digits are digits to isdigit(), not to int()
        ("①", None),
        ("", None),
        (" 3", None),
        ("3.0", None),
        ("1" * LONGEST, int("1" * LONGEST)),
        ("1" * 5000, None),  # past int()'s 4,300 digits
    ],
)
def test_a_whole_number_is_decimal_digits_of_a_sane_length(text: str, number: int | None) -> None:
    assert whole_number(text) == number


@pytest.mark.parametrize(
    ("text", "number"),
    [("-5", -5), ("5", 5), ("-05", -5), ("--5", None), ("-", None), ("-²", None)],
)
def test_a_signed_number_takes_one_minus_sign(text: str, number: int | None) -> None:
    assert signed_number(text) == number


def test_roman_writes_lower_case_numerals_in_their_shortest_form() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994)] == [
        "i", "iv", "ix", "xiv", "xl", "xc", "cd", "mcmxciv",
    ]  # fmt: skip
