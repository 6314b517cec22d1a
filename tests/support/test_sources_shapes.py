"""Claim numbers a source gives in another shape (claims17): arms named by a bare word, a
ratio named "for" its outcome with "was", ... Each right claim must be found (it was a false
CL301), each wrong one still missing."""

from __future__ import annotations

import pytest

from citelint.support.numbers import extract_numbers
from citelint.support.sources import matches, source_numbers


def found_in(claim: str, source: str) -> dict[str, bool]:
    stated = source_numbers(source)
    quantities = extract_numbers(claim)
    assert quantities, claim
    return {q.raw: matches(q, stated) for q in quantities}


# Arms named by a bare word after or before their share, in abstracts whose title or methods
# set the two treatments against each other. 1 - 5.1 / 7.2 = 29%.
_BARE_AFTER = (
    "Drug-eluting stenting versus radiofrequency ablation for in-stent restenosis. Restenosis "
    "at 12 months was 5.1% stenting, 7.2% ablation (P=0.04)."
)
_BARE_BEFORE = (
    "We randomly assigned 412 patients to stenting or ablation. Restenosis at 12 months: "
    "stenting 5.1%, ablation 7.2% (P=0.04)."
)
# The same shapes with no comparison of treatments named: two variables of a baseline list.
_VARIABLES = "At baseline, 5.1% smoking, 7.2% diabetes."
_VARIABLES_BEFORE = "At baseline: smoking 5.1%, diabetes 7.2%."


@pytest.mark.parametrize("source", [_BARE_AFTER, _BARE_BEFORE])
def test_arms_named_by_a_bare_word_pair_when_the_text_compares_them(source: str) -> None:
    assert found_in("Stenting cut restenosis by 29% compared with ablation.", source) == {
        "29": True
    }
    assert found_in("Restenosis: 5% with stenting, 7% with ablation.", source) == {
        "5": True,
        "7": True,
    }
    # A wrong relative change still fails.
    assert found_in("Stenting cut restenosis by 40% compared with ablation.", source) == {
        "40": False
    }


@pytest.mark.parametrize("source", [_VARIABLES, _VARIABLES_BEFORE])
def test_bare_words_of_a_baseline_list_stay_variables(source: str) -> None:
    assert found_in("The drug cut diabetes by 29%.", source) == {"29": False}


# "The hazard ratio for death was 0.75": the ratio named for its outcome, then "was".
_RATIO_WAS = "The hazard ratio for death was 0.75 (95% CI, 0.62 to 0.91)."


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("Treatment reduced the relative risk of death by 25%.", _RATIO_WAS, True),
        ("a 25% lower risk of death", _RATIO_WAS, True),
        ("Risk of death was reduced by 25%.", _RATIO_WAS.replace("hazard", "odds"), True),
        ("Risk of relapse increased by 40%.", "The hazard ratio for relapse was 1.40.", True),
        ("Risk of death was reduced by 35%.", _RATIO_WAS, False),
        ("Risk of relapse increased by 14%.", "The hazard ratio for relapse was 1.40.", False),
    ],
)
def test_a_ratio_named_for_its_outcome_then_was_gives_its_relative_change(
    claim: str, source: str, expected: bool
) -> None:
    assert all(found_in(claim, source).values()) is expected


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # The abstract rounds the full text's 27 months to 2.3 years; 27 months is 2.25 years.
        ("Over a 27-month follow-up, relapse was rare.", "median follow-up of 2.3 years", True),
        ("After a median follow-up of 2.3 years, relapse was rare.", "over 27 months", True),
        ("After 18 months, relapse was rare.", "median follow-up of 1.5 years", True),
        ("After a 2-year follow-up, relapse was rare.", "median follow-up of 24.9 months", True),
        # A duration too far from the source's, whatever the rounding.
        ("Over a 27-month follow-up, relapse was rare.", "followed for 2 years", False),
        ("Over a 26-month follow-up, relapse was rare.", "median follow-up of 2.3 years", False),
        ("After a 2-year follow-up, relapse was rare.", "median follow-up of 29 months", False),
        ("After 2.5 years, relapse was rare.", "median follow-up of 2.3 years", False),
    ],
)
def test_a_duration_rounded_into_another_unit_is_the_same(
    claim: str, source: str, expected: bool
) -> None:
    assert all(found_in(claim, source).values()) is expected


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # Counts in thousands or millions, as answer pages write a cohort's size.
        ("A Danish cohort of 1.2 million adults showed no link.", "of 1,204,332 adults", True),
        ("A Danish cohort of 1.2 million adults showed no link.", "of 1.2 million adults", True),
        ("A cohort of 12 thousand adults showed no link.", "We followed 12,012 adults.", True),
        ("A cohort of 1,200,000 adults showed no link.", "of 1.2 million adults", True),
        ("A Danish cohort of 1.2 million adults showed no link.", "of 1,104,332 adults", False),
        ("A Danish cohort of 1.2 million adults showed no link.", "an HR of 1.2", False),
        ("A cohort of 12 thousand adults showed no link.", "We followed 12,600 adults.", False),
        # "12k", "1.2K": a thousand glued to the number, as answer pages write it.
        ("A cohort of 12k adults showed no link.", "We followed 12,012 adults.", True),
        ("A cohort of 1.2k adults showed no link.", "We followed 1,204 adults.", True),
        ("A cohort of 12K adults showed no link.", "of 12 thousand adults", True),
        ("A cohort of 12k adults showed no link.", "We followed 12,600 adults.", False),
        ("A cohort of 12k adults showed no link.", "We followed 12 adults.", False),
        # A round count without a hedge may round the source's at its last non-zero digit.
        ("A cohort of 12,000 adults showed no link.", "We followed 12,012 adults.", True),
        ("The trial enrolled 10,000 patients.", "We randomized 9,873 patients.", True),
        ("A cohort of 12,000 adults showed no link.", "We followed 12,600 adults.", False),
        ("The trial enrolled 10,000 patients.", "We randomized 9,200 patients.", False),
        ("The trial enrolled 1,500 patients.", "We randomized 1,512 patients.", False),
    ],
)
def test_counts_in_thousands_and_millions_are_the_sources_rounded(
    claim: str, source: str, expected: bool
) -> None:
    assert all(found_in(claim, source).values()) is expected


# Outcomes named after their shares, as answer pages and some abstracts write them.
_NAMED_AFTER = (
    "At 3 years, 12.1% mortality with the drug vs 15.3% with placebo, and 2.0% stroke vs 2.9%."
)
_LDL_ARMS = "LDL cholesterol was 3.1 mmol/L with evolocumab and 4.0 mmol/L with placebo."


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("The drug cut mortality by 21%.", _NAMED_AFTER, True),  # 1 - 12.1 / 15.3
        ("The drug cut strokes by 31%.", _NAMED_AFTER, True),  # 1 - 2.0 / 2.9
        ("Mortality: 12% vs 15%; stroke: 2% vs 3%.", _NAMED_AFTER, True),
        # 1 - 2.0 / 12.1 and 1 - 2.9 / 15.3: shares of two outcomes are no arms.
        ("The drug cut mortality by 83%.", _NAMED_AFTER, False),
        ("The drug cut mortality by 81%.", _NAMED_AFTER, False),
        # A measurement in mmol/L, each arm named after its unit: 1 - 3.1 / 4.0.
        ("LDL was 22.5% lower with evolocumab than with placebo.", _LDL_ARMS, True),
        ("LDL was 40% lower with evolocumab than with placebo.", _LDL_ARMS, False),
    ],
)
def test_shares_pair_within_their_outcome(claim: str, source: str, expected: bool) -> None:
    assert all(found_in(claim, source).values()) is expected


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # Shares and ratios an abstract gives in words.
        ("50% of patients responded.", "Half of the patients responded to treatment.", True),
        ("33% of patients responded.", "A third of patients responded.", True),
        ("About 67% of patients responded.", "Two-thirds of patients responded.", True),
        ("20% of patients relapsed.", "One in five patients relapsed.", True),
        ("The drug cut relapses by 50%.", "The drug halved the risk of relapse.", True),
        ("Relapse rose by 100% with the drug.", "Relapse risk doubled with the drug.", True),
        ("Relapse was 2-fold higher with the drug.", "Relapse risk doubled with the drug.", True),
        ("Relapse was 3-fold higher with the drug.", "The risk was threefold higher.", True),
        # Other shares, and words that only look like fractions.
        ("40% of patients responded.", "Half of the patients responded to treatment.", False),
        ("30% of patients relapsed.", "One in five patients relapsed.", False),
        ("Relapse was 3-fold higher with the drug.", "Relapse risk doubled with the drug.", False),
        ("50% of patients relapsed.", "The half-life was 12 hours in patients.", False),
        ("50% of patients relapsed.", "Patients were followed for one and a half years.", False),
    ],
)
def test_shares_and_ratios_in_words_are_stated(claim: str, source: str, expected: bool) -> None:
    assert all(found_in(claim, source).values()) is expected


_REDUCED_BY = "The drug reduced the risk of death by 25% compared with placebo."


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # A ratio a claim derives from the relative change the abstract states.
        ("The hazard ratio for death was 0.75.", _REDUCED_BY, True),
        ("Death was less frequent with the drug (HR 0.75).", "a 25% lower risk of death", True),
        (
            "Vaccination prevented infection (RR 0.80).",
            "Vaccination reduced infection by 20%.",
            True,
        ),
        ("Relapse was more likely (odds ratio 1.4).", "the odds of relapse were 40% higher", True),
        # Another ratio, or a share that is no change.
        ("The hazard ratio for death was 0.65.", _REDUCED_BY, False),
        (
            "Relapse was more likely (odds ratio 1.25).",
            "the odds of relapse were 40% higher",
            False,
        ),
        ("The hazard ratio for relapse was 0.75.", "Relapse occurred in 25% of patients.", False),
    ],
)
def test_a_ratio_is_met_by_the_relative_change_the_source_states(
    claim: str, source: str, expected: bool
) -> None:
    assert all(found_in(claim, source).values()) is expected


# Answer pages give as a percentage a share an abstract writes as a decimal after its name.
_RESPONSE = (
    "Objective response: 0.33 with the drug and 0.20 with placebo; progression-free survival, "
    "HR 0.61 (95% CI 0.45 to 0.83)."
)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("The response rate was 33% with the drug.", _RESPONSE, True),
        ("Responses: 33% with the drug vs 20% with placebo.", _RESPONSE, True),
        ("Five-year survival was 72%.", "Five-year survival was 0.72 in the cohort.", True),
        ("The response rate was 35% with the drug.", _RESPONSE, False),
        # A ratio is no share, whatever word names what it compares.
        ("Progression-free survival was 61%.", _RESPONSE, False),
        ("Response was 33%.", "The response rate was higher with the drug (HR 0.33).", False),
        ("Response was 33%.", "The response rate ratio was 0.33.", False),
        ("Remission was 41%.", "Remission was scored twice (kappa 0.41).", False),
    ],
)
def test_a_share_written_as_a_decimal_after_its_name_is_a_percentage(
    claim: str, source: str, expected: bool
) -> None:
    assert all(found_in(claim, source).values()) is expected
