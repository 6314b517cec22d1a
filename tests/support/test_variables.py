"""Shares that measure different variables are no arms: a wrong relative change from their ratio
is not accepted (review20 F3, B2a), while arms named in any way still pair."""

from __future__ import annotations

import pytest

from citelint.support.numbers import extract_numbers
from citelint.support.sources import matches, source_numbers


def accepted(claim: str, source: str) -> bool:
    stated = source_numbers(source)
    return all(matches(q, stated) for q in extract_numbers(claim))


@pytest.mark.parametrize(
    ("source", "wrong_claim"),
    [
        # review20 F3: baseline lists of shares (12 vs 30 = 60%, 30 vs 45 = 33%).
        (
            "At baseline, 45% of patients had hypertension, 30% diabetes and 12% heart failure.",
            "The drug reduced heart failure by 60%.",
        ),
        (
            "The mean age was 64 years (45% women, 30% with diabetes, 22% current smokers).",
            "Diabetes was 33% less common with the drug.",
        ),
        (
            "The mean age was 66 years (38% women, 27% with diabetes, 19% with heart failure, "
            "11% with prior stroke).",
            "The drug cut events by 59%.",
        ),
        (
            "Participants were 45% women, 30% Black and 22% Hispanic.",
            "The trial cut events by 33%.",
        ),
        # Two outcomes of one group, each named by its own verb.
        ("In the drug group, 60% responded and 40% achieved remission.", "Remission fell by 33%."),
        ("Participants were 45% women and 30% Black.", "The trial cut events by 33%."),
        # review20 B2a: a drug's use at baseline is a variable, no arm.
        (
            "Major bleeding occurred in 3.6% and 3.4% of patients, and aspirin use at baseline "
            "was 36.5%.",
            "Rivaroxaban cut major bleeding by 91%.",
        ),
        (
            "Stroke occurred in 1.7% of the rivaroxaban group and 2.2% of the warfarin group, "
            "while insulin was used by 12.0%.",
            "Rivaroxaban cut strokes by 86%.",
        ),
        (
            "Stroke occurred in 2.2% of patients, and metformin use was 40.0%.",
            "The drug cut strokes by 95%.",
        ),
    ],
)
def test_shares_of_different_variables_are_not_arms(source: str, wrong_claim: str) -> None:
    assert not accepted(wrong_claim, source)


@pytest.mark.parametrize(
    ("source", "right_claim"),
    [
        (
            "Stroke occurred in 1.7% of the rivaroxaban group and 2.2% of the warfarin group, "
            "while insulin was used by 12.0%.",
            "Rivaroxaban cut strokes by 23%.",
        ),
        ("Primary outcome: rivaroxaban 4.1%, warfarin 5.4%.", "Rivaroxaban cut events by 24%."),
        (
            "The primary outcome occurred in 4.1% rivaroxaban and 5.4% warfarin patients.",
            "Rivaroxaban cut events by 24%.",
        ),
        # Three arms, named by drug, by group or by year, are no list of variables.
        (
            "Stroke occurred in 4.0% with apixaban, 5.0% with rivaroxaban and 6.0% with warfarin.",
            "Apixaban cut strokes by 33%.",
        ),
        (
            "Mortality was 10.0%, 12.5% and 15.0% in the low-dose, high-dose and placebo groups.",
            "The low dose cut deaths by 33%.",
        ),
        (
            "Prevalence was 10.0%, 12.5% and 15.0% in 2000, 2010 and 2020.",
            "Prevalence rose by 50%.",
        ),
        ("Mortality decreased from 10.2% in 2010 to 8.1% in 2020.", "Mortality fell by 21%."),
        (
            "Death occurred in 5.0% with surgery, 7.0% with stenting and 9.0% with medical "
            "therapy.",
            "Surgery cut deaths by 44%.",
        ),
        # Bare shares of three arms named in the sentence before.
        (
            "The primary outcome occurred in 4.1%, 5.4% and 6.0% of patients, respectively.",
            "Events fell by 32%.",
        ),
        # One verb for both arms.
        (
            "12.0% were hospitalised with semaglutide and 15.0% were admitted with placebo.",
            "Semaglutide cut admissions by 20%.",
        ),
    ],
)
def test_arms_still_pair(source: str, right_claim: str) -> None:
    assert accepted(right_claim, source)
