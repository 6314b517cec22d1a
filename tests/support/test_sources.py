"""Claims stated as what two compared values give (review19 F10): a number needed to treat,
how much a measurement changed in its unit, and how two compared durations differ."""

from __future__ import annotations

import pytest

from citelint.support.numbers import extract_numbers
from citelint.support.sources import matches, source_numbers


def stated(claim: str, source: str) -> bool:
    found = source_numbers(source)
    quantities = extract_numbers(claim)
    assert quantities, claim
    return all(matches(q, found) for q in quantities)


_COMPASS = (
    "The primary outcome occurred in 379 patients (4.1%) in the rivaroxaban-plus-aspirin group "
    "and in 496 patients (5.4%) in the aspirin-alone group."
)
_FOURIER = "LDL cholesterol was reduced from a median of 92 mg/dL to 30 mg/dL."
# NEJM's own wording, a conversion in brackets after the first value.
_FOURIER_NEJM = (
    "Evolocumab reduced LDL cholesterol levels by 59%, from a median baseline value of 92 mg "
    "per deciliter (2.4 mmol per liter) to 30 mg per deciliter (0.78 mmol per liter)."
)
_ACTT = "The median time to recovery was 10 days with remdesivir and 15 days with placebo."
_ACTT_NEJM = (
    "Patients in the remdesivir group had a shorter time to recovery than patients in the "
    "placebo group (median, 10 days, vs. 15 days; rate ratio for recovery, 1.29)."
)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # 100 / (5.4 - 4.1) = 76.9: a number needed to treat, rounded or rounded up.
        ("Treating 77 patients prevents one event.", _COMPASS, True),
        ("The number needed to treat was 77.", _COMPASS, True),
        ("About 77 patients need to be treated to prevent one event.", _COMPASS, True),
        ("Treating 50 patients prevents one event.", _COMPASS, False),
        ("The number needed to treat was 30.", _COMPASS, False),
        ("77 patients were treated.", _COMPASS, False),
        # 92 - 30 mg/dL.
        ("LDL fell by 62 mg/dL.", _FOURIER, True),
        ("LDL was 62 mg/dL lower.", _FOURIER, True),
        ("a reduction of 62 mg/dL in LDL", _FOURIER, True),
        ("LDL dropped by about 60 mg/dL.", _FOURIER, True),
        ("LDL fell by 62 mg/dL.", _FOURIER_NEJM, True),
        ("LDL fell by 67%.", _FOURIER_NEJM, True),
        ("LDL fell by 50 mg/dL.", _FOURIER, False),
        ("LDL fell by 70%.", _FOURIER_NEJM, False),
        ("LDL was 62 mg/dL on treatment.", _FOURIER, False),
        # 15 - 10 days; 1 - 10/15 = 33% less time, or 15/10 - 1 = 50% more speed.
        ("Recovery was 5 days shorter.", _ACTT, True),
        ("Remdesivir shortened recovery by 5 days.", _ACTT, True),
        ("Recovery was 33% faster.", _ACTT, True),
        ("Recovery was 50% faster.", _ACTT, True),
        ("Recovery was 5 days shorter.", _ACTT_NEJM, True),
        ("Recovery was 33% faster.", _ACTT_NEJM, True),
        ("Recovery was 29% faster.", _ACTT_NEJM, True),  # the rate ratio "for recovery"
        ("Recovery was 7 days shorter.", _ACTT, False),
        ("Recovery was 20% faster.", _ACTT, False),
        ("Recovery took 5 days.", _ACTT, False),
    ],
)
def test_a_change_between_two_values_is_met_by_their_difference(
    claim: str, source: str, expected: bool
) -> None:
    assert stated(claim, source) is expected


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # A range is no two arms, nor two doses of a list.
        ("Treatment was 5 days shorter.", "Patients were treated for 10 to 15 days."),
        ("Treatment was 33% shorter.", "Patients were treated for 10 to 15 days."),
        ("LDL fell by 62 mg/dL.", "Patients received 30 mg or 92 mg of the drug daily."),
    ],
)
def test_a_range_or_a_list_gives_no_change(claim: str, source: str) -> None:
    assert not stated(claim, source)


_SPRINT = (
    "At 1 year, the mean systolic blood pressure was 121.4 mm Hg in the intensive-treatment "
    "group and 136.2 mm Hg in the standard-treatment group."
)
_RECOVERY_VENTILATED = (
    "The incidence of death was lower among patients receiving invasive mechanical "
    "ventilation (29.3% vs. 41.4%; rate ratio, 0.64; 95% CI, 0.51 to 0.81)."
)
_DPP = (
    "The incidence of diabetes was 11.0, 7.8, and 4.8 cases per 100 person-years in the "
    "placebo, metformin, and lifestyle groups, respectively. To prevent one case of diabetes "
    "during a period of three years, 6.9 persons would have to participate in the "
    "lifestyle-intervention program."
)
_ACTT_CI = (
    "Those who received remdesivir had a median recovery time of 10 days (95% CI, 9 to 11). "
    "Mortality was 11.4% with remdesivir and 15.2% with placebo by day 29."
)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # Two arms of a measurement, each named: 136.2 - 121.4 = 14.8 mm Hg.
        ("Mean systolic pressure was about 15 mm Hg lower.", _SPRINT, True),
        ("Systolic pressure was 14.8 mm Hg lower.", _SPRINT, True),
        ("Systolic pressure was 25 mm Hg lower.", _SPRINT, False),
        # Numbers needed to treat in other words: 100 / (41.4 - 29.3) = 8.3.
        ("One death was prevented for every 8 patients treated.", _RECOVERY_VENTILATED, True),
        ("For every 8 patients treated, one death is prevented.", _RECOVERY_VENTILATED, True),
        ("For every 20 patients treated, one death is prevented.", _RECOVERY_VENTILATED, False),
        ("About 7 people need to follow the programme to prevent one case.", _DPP, True),
        # A number word of the abstract ("three years") is no number needed to treat.
        ("About 3 people need to follow the programme to prevent one case.", _DPP, False),
        ("One case was prevented for every 7 people in the programme.", _DPP, True),
        # A number needed to treat is no figure near it ("9 to 11" is no "about 10").
        ("Treating about 10 patients prevents one death by day 29.", _ACTT_CI, False),
        ("Treating about 26 patients prevents one death by day 29.", _ACTT_CI, True),
        # As the source states it, or within a twentieth after "about".
        ("The number needed to treat was about 20.", "The number needed to treat was 21.", True),
        ("The number needed to treat was about 30.", "The number needed to treat was 21.", False),
        # A difference the source states, without the arms' shares: 100 / 4.9 = 20.4.
        ("The NNT was 21.", "The absolute risk reduction was 4.9 percentage points.", True),
        ("The NNT was 40.", "The absolute risk reduction was 4.9 percentage points.", False),
        (
            "Treating 77 patients for 3 years prevents one event.",
            "Over 3 years, the absolute reduction in events was 1.3% (95% CI 0.7 to 1.9).",
            True,
        ),
        # A count cut "by" so many per 100 person-years: 11.0 - 4.8.
        ("Lifestyle cut the incidence by 6.2 cases per 100 person-years.", _DPP, True),
        ("Lifestyle cut the incidence by 8.2 cases per 100 person-years.", _DPP, False),
    ],
)
def test_arms_of_a_measurement_and_numbers_needed_to_treat(
    claim: str, source: str, expected: bool
) -> None:
    assert stated(claim, source) is expected


_BP = "Systolic blood pressure fell from 150 mm Hg to 135 mm Hg."
_PAIN = (
    "At 12 months, 45% of patients in the exercise group and 30% in the usual-care group were "
    "pain-free."
)
_STAY = (
    "The median length of stay was 5 days (IQR 3-8) in the intervention group versus 7 days "
    "(IQR 4-12) in the control group."
)


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # "from 150 mm Hg to 135 mm Hg": a two-word unit between the values.
        ("Blood pressure fell by 15 mm Hg.", _BP, True),
        ("Blood pressure fell by 10%.", _BP, True),
        ("Blood pressure fell by 25 mm Hg.", _BP, False),
        # A number needed to treat for a benefit: 100 / (45 - 30) = 6.7.
        ("Treating 7 patients with exercise leaves one more pain-free.", _PAIN, True),
        ("Treating 3 patients with exercise leaves one more pain-free.", _PAIN, False),
        # Two medians with their IQRs: 7 - 5 days, 1 - 5/7.
        ("Hospital stay was 2 days shorter.", _STAY, True),
        ("Stay was about 29% shorter.", _STAY, True),
        ("Stay was 4 days shorter.", _STAY, False),
    ],
)
def test_more_shapes_of_a_change_between_two_values(
    claim: str, source: str, expected: bool
) -> None:
    assert stated(claim, source) is expected
