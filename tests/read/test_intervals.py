"""Brackets after a value: an interval around it, or a scale's maximum beside its score."""

from __future__ import annotations

import pytest

from citelint.read.intervals import is_interval, out_of_scale


@pytest.mark.parametrize(
    ("before", "content", "expected"),
    [
        ("median stay 9 ", "7–11", True),  # a median and its interquartile range
        ("peak 412 ", "210, 980", True),
        ("first reported in 2019 ", "3–5", False),  # a citation never brackets its number
        ("as shown ", "3–5", False),
        # Thousands grouped by commas (user26 P1-7): not the range 640-2 run backwards.
        ("ferritin 1,120 ", "640–2,210", True),
        ("ferritin 1,120 ", "640 to 2,210", True),
        ("costs €12,400 ", "9,800–15,100", True),
        ("of 1,120 ", "2–1", False),  # outside the bounds: a citation, run backwards
        # Thousands grouped by a space, a no-break or a thin space, as SI and much of Europe
        # print them: "1 120 [640–2 210]" was CL106's "not a number or a range".
        ("Median 1 120 ", "640–2 210", True),
        ("Ferritin 1\u202f120 ", "640–2\u202f210", True),
        ("Ferritin 1\u00a0120 ", "640\u2009–\u20092\u00a0210", True),
        ("rose again in 2019 ", "12–14 120", False),
        # A citation list's range and a three-digit number after a number: its digits ascend
        # at the dash, so the comma parts two citations (review26a P1-a).
        ("rose again in 2019 ", "12–14,120", False),
        ("aged 65 ", "10–12,100", False),
    ],
)
def test_an_interval_holds_the_value_before_it(before: str, content: str, expected: bool) -> None:
    assert is_interval(before, content) is expected


@pytest.mark.parametrize(
    ("before", "content", "expected"),
    [
        ("on arrival GCS 13 ", "15", True),
        ("GCS: 9 ", "15", True),
        ("NIHSS 12 ", "42", True),
        ("GCS 13 ", "14", False),  # not the maximum
        ("GCS 18 ", "15", False),  # above the maximum: no score of that scale
        ("Figure 3 ", "15", False),
        ("as shown ", "15", False),
    ],
)
def test_a_scale_s_maximum_in_brackets_after_its_score(
    before: str, content: str, expected: bool
) -> None:
    assert out_of_scale(before, content) is expected
