"""Which numbers of a source one comparison joins, for the relative changes claims state."""

from __future__ import annotations

import pytest

from citelint.support.numbers import extract_numbers
from citelint.support.sources import matches, source_numbers


def found_in(claim: str, source: str) -> dict[str, bool]:
    stated = source_numbers(source)
    return {q.raw: matches(q, stated) for q in extract_numbers(claim)}


_TWO_OUTCOMES = (
    "Death occurred in 10.0% and 12.5% of patients, and adverse events in 30.1% and 29.8%."
)
_ARMS = (
    "Death occurred in 10.0% in the drug group and 12.5% in the placebo group, and adverse "
    "events in 30.1% in the drug group and 29.8% in the placebo group."
)
_COUNTS_AND_RATES = (
    "In 2746 patients aged 64 years, 173 and 211 events occurred (8.6 vs. 6.2 events per "
    "1000 person-years)."
)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # Right: the two arms of one outcome.
        ("The drug cut deaths by 20%.", _TWO_OUTCOMES, True),
        ("The drug cut deaths by 20%.", _ARMS, True),
        ("The drug lowered events by 28%.", _COUNTS_AND_RATES, True),
        # review18 F2: a death rate against an adverse-event rate, across the two outcomes.
        ("Adverse events rose by 141%.", _TWO_OUTCOMES, False),
        ("The drug cut deaths by about 60%.", _TWO_OUTCOMES, False),
        ("Adverse events rose by 141%.", _ARMS, False),
        ("Adverse events rose by 138%.", _ARMS, False),  # placebo deaths vs drug AEs
        # Two doses are no measurement before and after.
        ("The dose rose by 100%.", "Patients received 5 mg or 10 mg daily.", False),
        # review18 F2b: a count against a rate (1 - 8.6/173), or the two counts.
        ("The drug cut events by 95%.", _COUNTS_AND_RATES, False),
        ("The drug lowered events by 18%.", _COUNTS_AND_RATES, False),
    ],
)
def test_only_the_arms_of_one_comparison_are_paired(
    claim: str, source: str, expected: bool
) -> None:
    assert all(found_in(claim, source).values()) is expected


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        # The shapes of real abstracts (DAPA-HF, PARADIGM-HF, ASPREE, DPP, JUPITER, ZOE-50).
        (
            "the primary outcome occurred in 386 of 2373 patients (16.3%) in the dapagliflozin "
            "group and in 502 of 2371 patients (21.2%) in the placebo group",
            "dapagliflozin lowered the primary outcome by 23%",
        ),
        (
            "A total of 711 patients (17.0%) receiving LCZ696 and 835 patients (19.8%) "
            "receiving enalapril died",
            "LCZ696 cut deaths by 14%",
        ),
        (
            "The rate of cardiovascular disease was 10.7 events per 1000 person-years in the "
            "aspirin group and 11.3 in the placebo group.",
            "aspirin lowered cardiovascular disease by 5%",
        ),
        (
            "The rate of major hemorrhage was 8.6 events per 1000 person-years and 6.2, "
            "respectively.",
            "aspirin raised major hemorrhage by about 40%",
        ),
        (
            "The incidence of diabetes was 11.0, 7.8, and 4.8 cases per 100 person-years in "
            "the placebo, metformin, and lifestyle groups, respectively.",
            "metformin lowered the incidence by 29%",
        ),
        (
            "The rates of the primary end point were 0.77 and 1.36 per 100 person-years of "
            "follow-up in the rosuvastatin and placebo groups, respectively",
            "rosuvastatin cut the event rate by 43%",
        ),
        (
            "herpes zoster was confirmed in 6 participants in the vaccine group and in 210 "
            "participants in the placebo group (incidence rate, 0.3 vs. 3.9 per 1000 "
            "person-years)",
            "the vaccine lowered the incidence by 92%",
        ),
        ("HbA1c fell from 8.1% at baseline to 6.9% at 1 year", "HbA1c fell by 15%"),
        # A measurement before and after (FOURIER's medians; the abstract's own figure is 59%).
        (
            "LDL cholesterol fell by 59%, from a median baseline value of 92 mg per deciliter "
            "to 30 mg per deciliter.",
            "LDL fell from 92 to 30 mg/dL, a 67% drop",
        ),
        ("Pain scores fell from 7.4 to 2.8 points.", "pain fell by 62%"),
        # Lancet and JAMA shapes.
        (
            "Events occurred in 379 (4.1%) of 9152 patients in the rivaroxaban group and 496 "
            "(5.4%) of 9126 in the aspirin group.",
            "rivaroxaban cut events by 24%",
        ),
        ("The incidence was 2.1% (drug) vs 3.4% (placebo).", "the drug cut incidence by 38%"),
        (
            "Death occurred in 8.1% of drug recipients and 10.2% of placebo recipients.",
            "the drug cut deaths by 21%",
        ),
        ("Death: drug 8.1%, placebo 10.2%.", "the drug cut deaths by 21%"),
        (
            "Mortality at 28 days was 8.1% in the intervention arm and 10.2% in the usual-care "
            "arm.",
            "the intervention cut mortality by 21%",
        ),
    ],
)
def test_the_arms_of_real_abstracts_are_paired(source: str, claim: str) -> None:
    assert all(found_in(claim, source).values())


def test_the_way_of_a_change_between_two_arms_is_not_known() -> None:
    """Which arm a claim is about is not read: the rise of placebo over the drug passes as
    well as the drug's fall (review18 F2, left as it is: 'placebo raised events by 30%' is
    a right sentence too)."""
    source = "The primary outcome occurred in 16.3% and 21.2%, respectively."
    assert found_in("It lowered the primary outcome by 23%.", source) == {"23": True}
    assert found_in("It raised the primary outcome by 30%.", source) == {"30": True}
    # The same number the wrong way is still found.
    assert found_in("It raised the primary outcome by 23%.", source) == {"23": False}


def test_two_percentages_compared_give_their_relative_change() -> None:
    source = "The outcome occurred in 16.3% with dapagliflozin and 21.2% with placebo."
    assert found_in("dapagliflozin lowered the outcome by 23%", source) == {"23": True}
    assert found_in("dapagliflozin lowered the outcome by 30%", source) == {"30": False}
    # Of two sentences, nothing is compared.
    apart = "The outcome occurred in 16.3% with dapagliflozin. It was 21.2% with placebo."
    assert found_in("dapagliflozin lowered the outcome by 23%", apart) == {"23": False}


def test_any_two_rates_of_a_list_are_compared() -> None:
    """DPP: '11.0, 7.8, and 4.8 cases per 100 person-years'; lifestyle (4.8) against placebo
    (11.0) is the first and last of the list."""
    source = (
        "The incidence of diabetes was 11.0, 7.8, and 4.8 cases per 100 person-years in the "
        "placebo, metformin, and lifestyle groups, respectively. We enrolled 3234 persons."
    )
    assert found_in("lifestyle change lowered the incidence by 56%", source) == {"56": True}
    assert found_in("lifestyle change lowered the incidence by 65%", source) == {"65": False}
    # The count of another sentence is no rate to compare.
    assert found_in("lifestyle change lowered the incidence by 99%", source) == {"99": False}


_CREDENCE = (
    "The relative risk of the primary outcome was 30% lower in the canagliflozin group than "
    "in the placebo group, with event rates of 43.2 and 61.2 per 1000 patient-years, "
    "respectively (hazard ratio, 0.70)."
)
_PARADIGM = (
    "A total of 711 patients (17.0%) receiving LCZ696 and 835 patients (19.8%) receiving "
    "enalapril died (hazard ratio for death from any cause, 0.84)."
)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # claims14 left (pageA): the difference of two rates as a count averted.
        ("treating 1,000 patients for a year prevents about 18 events", _CREDENCE, True),
        ("so there were 18 fewer events per 1,000 patient-years", _CREDENCE, True),
        ("about 18 fewer cases per 1,000 patient-years", _CREDENCE, True),  # a "sample size"
        ("about 25 fewer cases per 1,000 patient-years", _CREDENCE, False),
        # claims14 left (pageB): 2.8 points is 1 in 35.7, a number needed to treat.
        ("roughly 1 in 35 patients spared", _PARADIGM, True),
        ("1 in 36 patients spared", _PARADIGM, True),
        # Planted: a wrong count, or one without a word saying it was averted.
        ("treating 1,000 patients for a year prevents about 25 events", _CREDENCE, False),
        ("about 18 events per 1,000 patient-years occurred", _CREDENCE, False),
        ("roughly 1 in 20 patients spared", _PARADIGM, False),
        ("1 in 35 patients spared", _PARADIGM, False),  # 35.7 rounds to 36
        ("roughly 1 in 35 patients died", _PARADIGM, False),
    ],
)
def test_what_a_treatment_averts_is_the_difference_of_two_arms(
    claim: str, source: str, expected: bool
) -> None:
    numbers = {raw: ok for raw, ok in found_in(claim, source).items() if raw not in ("1,000",)}
    assert all(numbers.values()) is expected


_ARISTOTLE = (
    "The rate of the primary outcome was 1.27% per year in the apixaban group, as compared "
    "with 1.60% per year in the warfarin group (hazard ratio with apixaban, 0.79)."
)
_FOURIER = (
    "Evolocumab reduced the risk of the primary end point (1344 patients [9.8%] vs. 1563 "
    "patients [11.3%]; hazard ratio, 0.85)."
)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # Shares per year are paired as shares are ("1.27% per year ... 1.60% per year").
        ("an absolute difference of 0.33 percentage points per year", _ARISTOTLE, True),
        # "1.5 percentage points, or about 1 in 67 patients" restates the difference.
        ("an absolute reduction of 1.5 percentage points, or about 1 in 67", _FOURIER, True),
        ("the primary outcome was 1.5 points lower", _FOURIER, True),
        # Planted: wrong differences.
        ("an absolute difference of 0.43 percentage points per year", _ARISTOTLE, False),
        ("an absolute reduction of 1.5 percentage points, or about 1 in 15", _FOURIER, False),
        ("the primary outcome was 2.5 points lower", _FOURIER, False),
    ],
)
def test_differences_of_shares_per_year_and_their_restatements(
    claim: str, source: str, expected: bool
) -> None:
    assert all(found_in(claim, source).values()) is expected


_RECOVERY = (
    "In the dexamethasone group, 482 patients (22.9%) died within 28 days after "
    "randomization, as compared with 1110 patients (25.7%) in the usual care group "
    "(age-adjusted rate ratio, 0.83)."
)
_ROCKET_AF = (
    "The primary end point occurred in 188 patients in the rivaroxaban group (1.7% per year) "
    "and in 241 in the warfarin group (2.2% per year) (hazard ratio, 0.79)."
)


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        # review19 F6: real abstract shapes an allow-list of arm wordings unpaired.
        (_RECOVERY, "Dexamethasone reduced deaths within 28 days by 11%."),
        (_ROCKET_AF, "Rivaroxaban cut stroke by about 23%."),
        (
            "Death occurred in 8.1% of the patients who received the drug and in 10.2% of "
            "those who received placebo.",
            "The drug cut deaths by 21%.",
        ),
        (
            "Death occurred in 8.1% of the patients assigned to the drug and in 10.2% of "
            "those assigned to placebo.",
            "The drug cut deaths by 21%.",
        ),
        (
            "The primary outcome occurred in 8.1% of patients assigned to the drug, as "
            "compared with 10.2% of those assigned to placebo.",
            "The drug reduced the primary outcome by 21%.",
        ),
        (
            "The incidence of hip fracture was 1.2% among women taking the drug and 2.0% "
            "among women taking placebo.",
            "The drug cut hip fracture by 40%.",
        ),
        (
            "The primary outcome occurred in 8.1% (n=120) vs. 10.2% (n=151).",
            "The drug reduced the primary outcome by 21%.",
        ),
        (
            "The primary outcome occurred in 8.1% in the intervention arm compared to 10.2% "
            "in the control arm.",
            "The intervention reduced the primary outcome by 21%.",
        ),
        (
            "The incidence was 8.1% among vaccinated participants and 10.2% among "
            "unvaccinated participants.",
            "Vaccination reduced the incidence by 21%.",
        ),
        (
            "The rate was 8.1% with early treatment and 10.2% with deferred treatment.",
            "Early treatment lowered the rate by 21%.",
        ),
        (
            "Hospitalization occurred in 8.1% of children in the intervention clusters versus "
            "10.2% in control clusters.",
            "The intervention cut hospitalization by 21%.",
        ),
        ("Mortality decreased from 10.2% in 2010 to 8.1% in 2020.", "Mortality fell by 21%."),
        # A predicate after the first arm only, or the same one after both.
        (
            "In all, 8.1% died in the drug group and 10.2% in the placebo group.",
            "The drug cut deaths by 21%.",
        ),
        (
            "In all, 8.1% died in the drug group and 10.2% died in the placebo group.",
            "The drug cut deaths by 21%.",
        ),
        ("The drug group had 8.1% and the placebo group had 10.2%.", "The drug cut it by 21%."),
        (
            "In all, 8.1% had the outcome in the drug group and 10.2% were affected in the "
            "placebo group.",
            "The drug cut the outcome by 21%.",
        ),
        # An arm named by its drug alone (mendc15 left): a generic name, a drug's common
        # name, or a word the abstract names an arm by.
        ("Primary outcome: rivaroxaban 4.1%, warfarin 5.4%.", "Rivaroxaban cut events by 24%."),
        (
            "The primary outcome: apixaban 1.27% per year, warfarin 1.60% per year.",
            "Apixaban cut events by 21%.",
        ),
        (
            "Participants were assigned to receive lifestyle intervention or placebo. Diabetes "
            "developed in: placebo 11.0%, lifestyle 4.8%.",
            "Lifestyle cut diabetes by 56%.",
        ),
        # Arms named "the X group" (review20 F9: only "the" was taken for a name).
        (
            "Participants were randomized to the lifestyle group or the placebo group. Diabetes "
            "developed in: placebo 11.0%, lifestyle 4.8%.",
            "Lifestyle cut diabetes by 56%.",
        ),
        (
            "Patients were assigned to the early group or the deferred group. Mortality at 1 "
            "year: deferred 15.0%, early 12.0%.",
            "Early treatment cut mortality by 20%.",
        ),
        # Changes compared with each other are arms: 14.9 / 2.4 = 6.2.
        (
            "Body weight fell by 14.9% with semaglutide and by 2.4% with placebo.",
            "Weight loss was about 6 times as large with semaglutide.",
        ),
        (
            "Compared with baseline, body weight fell by 14.9% with semaglutide and by 2.4% "
            "with placebo.",
            "Semaglutide gave 12.5 percentage points more weight loss.",
        ),
        # One verb and one thing in both arms ("an event" and "events" are one).
        (
            "In all, 8.1% had an event with the drug and 10.2% had events with placebo.",
            "The drug cut events by 21%.",
        ),
        # A rate's second arm named before its first.
        (
            "The rate was 11.3 in the placebo group and 10.7 events per 1000 person-years in "
            "the aspirin group.",
            "Aspirin lowered the rate by 5%.",
        ),
    ],
)
def test_arms_worded_in_any_way_are_paired(source: str, claim: str) -> None:
    assert all(found_in(claim, source).values())


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # Another outcome after a clause's joining word (review18 F2, other wordings).
        (
            "Adverse events rose by 141%.",
            "Death occurred in 10.0% and 12.5%, and the rate of adverse events was 30.1% and "
            "29.8%.",
        ),
        (
            "Stroke rose by 141%.",
            "Death (10.0% vs. 12.5%), stroke (30.1% vs. 29.8%) and bleeding were reported.",
        ),
        (
            "Adverse events rose by 141%.",
            "Death occurred in 10.0% and 12.5%, respectively, and 30.1% and 29.8% had adverse "
            "events.",
        ),
        # Each number with a predicate of its own.
        (
            "Adverse events rose by 141%.",
            "In all, 12.5% of patients died and 30.1% had adverse events.",
        ),
        ("Diabetes fell by 33%.", "Of the patients, 45% were women and 30.1% had diabetes."),
        # One verb, two different things (mendc15 left): 1 - 30/45.
        ("Smoking was 33% less common.", "At baseline, 45% were women and 30% were smokers."),
        ("Smoking was 33% less common.", "At baseline, 45% were women, 30% were smokers."),
        # Two changes, each against placebo, are no arms: 58 / 31 - 1 = 87% is nothing.
        (
            "Metformin incidence was about 90% higher than with lifestyle.",
            "The lifestyle intervention reduced the incidence by 58 percent (95 percent "
            "confidence interval, 48 to 66 percent) and metformin by 31 percent, as compared "
            "with placebo.",
        ),
        # Another outcome named before its number, with no clause word but a comma.
        ("Stroke was 25% higher.", "Rates: death 10.0%, stroke 12.5%."),
        # A count next to a rate: 1 - 8.6/173.
        (
            "The drug cut events by 95%.",
            "In 2746 patients, 173 events (8.6 per 1000 person-years) and 211 events (6.2 per "
            "1000 person-years) occurred.",
        ),
    ],
)
def test_numbers_of_another_outcome_or_kind_are_not_paired(claim: str, source: str) -> None:
    assert not all(found_in(claim, source).values())
