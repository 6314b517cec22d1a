"""Whether a text prints a laboratory reference range beside a value."""

from __future__ import annotations

import pytest

from citelint.read.printed_ranges import prints_ranges


@pytest.mark.parametrize(
    "text",
    [
        "K 5.9 [3.5-5.1]",  # a decimal bound
        "CRP 312 [0-10]",  # a range from zero
        "Na 128 [135-145] mmol/L",  # a unit after the brackets
        "Hb 9.1 g/dL [12.0-16.0]",
    ],
)
def test_a_value_outside_a_range_no_citation_can_be_is_a_printed_range(text: str) -> None:
    assert prints_ranges(text)


@pytest.mark.parametrize(
    "text",
    [
        # Confidence intervals and interquartile ranges hold their estimate (review19 F1).
        "The odds rose (OR 1.8 [1.2-2.6]) and the hazard fell (HR 0.75 [0.64-0.89]).",
        "The stay was 6 days [0-21].",
        "BMI 29 [25-33] kg/m2 at entry.",
        # A range of entries after a value is no printed range: it could be citations.
        "Sodium was 128 [135-145] in the note.",
        # A number glued to a name by a hyphen is no value.
        "SARS-CoV-2 [0.5-1.5] was found.",
        # A confidence level or a p value before an interval is no value (review20 F1a, F6).
        "The pooled relative risk was 0.72 with a 95% CI [0.61-0.85].",
        "Events were fewer (RR 0.72, p = 0.002, 95% CI [0.61-0.85]).",
        "The relative risk of 0.72 had a 95% CrI [0.61-0.85].",
    ],
)
def test_intervals_and_citable_ranges_are_no_printed_range(text: str) -> None:
    assert not prints_ranges(text)
