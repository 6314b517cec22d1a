"""Numbers a writer derives from an abstract's figures (user32b P1-3, P1-5, P1-6, P1-9 to
P1-12): each is met by what the abstract states, and a wrong number in the same shape is not."""

from __future__ import annotations

import pytest

from citelint.support.numbers import extract_numbers
from citelint.support.sources import is_difference_of, matches, source_numbers


def unmet(claim: str, source: str) -> list[str]:
    found = source_numbers(source)
    return [q.raw for q in extract_numbers(claim) if not matches(q, found)]


# A Lancet meta-analysis lists its ratios after naming the first one.
_LANCET_LIST = (
    "The new drugs reduced stroke or systemic embolism by 19% (RR 0.81, 95% CI 0.73-0.91; "
    "p<0.0001). They also reduced all-cause mortality (0.90, 0.85-0.95; p=0.0003) and "
    "intracranial haemorrhage (0.48, 0.39-0.59; p<0.0001), but increased gastrointestinal "
    "bleeding (1.25, 1.01-1.55; p=0.04)."
)
# NEJM names the ratio once and gives the next after "and for".
_NEJM_LIST = (
    "A primary outcome event occurred in 9.2% and 14.5% (hazard ratio, 0.61; 95% CI, 0.51 to "
    "0.72; P<0.001). The hazard ratio for the kidney composite was 0.56 (95% CI, 0.45 to "
    "0.68; P<0.001), "
    "and for death from any cause 0.69 (95% CI, 0.53 to 0.88; P=0.004)."
)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Mortality was about 10% lower with the new drugs.", _LANCET_LIST),
        ("Intracranial haemorrhage fell by 52%.", _LANCET_LIST),
        ("Gastrointestinal bleeding was 25% more frequent.", _LANCET_LIST),
        ("Death from any cause was 31% lower with dapagliflozin.", _NEJM_LIST),
        ("The kidney composite was 44% lower with dapagliflozin.", _NEJM_LIST),
    ],
)
def test_a_ratio_listed_after_a_named_one_gives_its_relative_change(
    claim: str, source: str
) -> None:
    assert unmet(claim, source) == []


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Intracranial haemorrhage fell by 60%.", _LANCET_LIST),
        ("Death from any cause was 38% lower with dapagliflozin.", _NEJM_LIST),
        ("The kidney composite was 34% lower with dapagliflozin.", _NEJM_LIST),
        # Without a named ratio in the abstract the listed values stay plain numbers.
        (
            "Intracranial haemorrhage fell by 52%.",
            "Intracranial haemorrhage was less frequent (0.48, 0.39-0.59).",
        ),
    ],
)
def test_a_percentage_no_ratio_gives_stays_unmet(claim: str, source: str) -> None:
    assert unmet(claim, source) != []


_INDUCTION = (
    "Cesarean delivery was less frequent in the induction group than in the "
    "expectant-management group (18.6% vs. 22.2%; relative risk, 0.84; 95% CI, 0.76 to 0.93)."
)
_CHAP = (
    "A primary-outcome event was less frequent in the active-treatment group than in the "
    "control group (30.2% vs. 37.0%), for an adjusted risk ratio of 0.82 (95% CI, 0.74 to 0.92)."
)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # 100 / (22.2 - 18.6) = 27.8 and 100 / (37.0 - 30.2) = 14.7.
        ("Roughly 28 women need induction to avoid one caesarean section.", _INDUCTION, True),
        (
            "Treatment prevented one primary outcome event for about every 15 women treated.",
            _CHAP,
            True,
        ),
        ("Roughly 40 women need induction to avoid one caesarean section.", _INDUCTION, False),
        (
            "Treatment prevented one primary outcome event for about every 30 women treated.",
            _CHAP,
            False,
        ),
    ],
)
def test_a_number_needed_to_treat_in_words(claim: str, source: str, expected: bool) -> None:
    assert (unmet(claim, source) == []) is expected


_LEAP = (
    "Among the participants with a negative skin-prick test, the prevalence of peanut allergy "
    "at 60 months of age was 13.7% in the avoidance group and 1.9% in the consumption group."
)


def test_a_percentage_after_an_age_is_a_percentage() -> None:
    roles = {q.raw: q.role for q in extract_numbers(_LEAP)}
    assert roles == {"60": "duration", "13.7": "percent", "1.9": "percent"}
    assert unmet("Peanut cut allergy at age five from 13.7% to 1.9%.", _LEAP) == []
    assert unmet("Peanut cut allergy at age five from 17.3% to 1.9%.", _LEAP) == ["17.3"]


def test_an_age_is_still_an_age() -> None:
    roles = [q.role for q in extract_numbers("The median age was 67 years; aged 80 or older.")]
    assert roles == ["age", "age"]


def test_a_timi_study_group_number_names_the_trial() -> None:
    claim = "ENGAGE AF-TIMI 48 enrolled 21,105 patients, and DECLARE-TIMI 58 17,160."
    assert [q.raw for q in extract_numbers(claim)] == ["21,105", "17,160"]
    # A number after the name is still checked: "TIMI 48 trial showed 48%" keeps the 48%.
    assert [q.raw for q in extract_numbers("In TIMI 48, bleeding rose by 48%.")] == ["48"]


_ATT = (
    "In the secondary prevention trials, aspirin allocation yielded a greater absolute "
    "reduction in serious vascular events (6.7% vs 8.2% per year, p<0.0001)."
)


def test_the_denominator_of_a_rate_is_its_unit() -> None:
    claim = (
        "Aspirin prevents about 1.5 serious vascular events per 100 patient-years (6.7% vs 8.2%)."
    )
    assert [q.raw for q in extract_numbers(claim)] == ["1.5", "6.7", "8.2"]
    assert unmet(claim, _ATT) == []
    assert unmet(claim.replace("1.5", "2.5"), _ATT) == ["2.5"]
    assert [q.raw for q in extract_numbers("It fell in 100 patients per 1,000.")] == ["100"]


_ACCORD = (
    "257 patients in the intensive group died, as compared with 203 in the standard group "
    "(hazard ratio, 1.22; 95% CI, 1.01 to 1.46; P=0.04)."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("54 more deaths occurred with intensive than with standard lowering (257 vs 203).", True),
        ("64 more deaths occurred with intensive than with standard lowering (257 vs 203).", False),
        # The gap of two counts the abstract does not state is nothing.
        ("54 more deaths occurred with intensive than with standard lowering (267 vs 213).", False),
    ],
)
def test_a_difference_of_two_stated_counts(claim: str, expected: bool) -> None:
    found = source_numbers(_ACCORD)
    quantities = extract_numbers(claim)
    stated = [q for q in quantities if matches(q, found)]
    assert is_difference_of(quantities[0], stated) is expected


_JUPITER = (
    "We assigned 17,802 adults with LDL cholesterol below 130 mg per deciliter (3.4 mmol per "
    "liter) and high-sensitivity C-reactive protein of 2.0 mg per liter or higher to "
    "rosuvastatin 20 mg daily or placebo."
)
_CTT = "The mean further reduction in LDL cholesterol at 1 year was 0.51 mmol/L."
_STEP = "The change in body weight to week 68 was -15.3 kg with semaglutide and -2.6 kg."


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("Entry required hs-CRP of at least 0.2 mg/dL.", _JUPITER, True),
        ("Entry required hs-CRP of at least 0.3 mg/dL.", _JUPITER, False),
        ("Intensive regimens lowered LDL cholesterol by a further 20 mg/dL.", _CTT, True),
        ("Intensive regimens lowered LDL cholesterol by a further 30 mg/dL.", _CTT, False),
        ("Entry required hs-CRP of at least 0.5 mg/dL.", _JUPITER, False),
        ("The mean weight change was \u221215.3 kg (about 34 lb).", _STEP, True),
        # A conversion that does not fit its kilograms is checked like any number.
        ("The mean weight change was \u221215.3 kg (about 44 lb).", _STEP, False),
        ("The mean weight change was \u221216.3 kg (about 36 lb).", _STEP, False),
    ],
)
def test_a_unit_the_writer_converts_to(claim: str, source: str, expected: bool) -> None:
    assert (unmet(claim, source) == []) is expected
