"""CL306 on an abstract that gives its results as a list of ratios with their intervals
(user32b P2-2): a claim the other way passes no verb test, so the list's numbers decide, and
only where the whole interval lies on the other side of 1."""

from __future__ import annotations

import pytest

from citelint.record import Record
from citelint.support.contradiction import contradiction
from citelint.support.profiles import profile_claim, profile_record

# A prevention trial's results as a JAMA abstract lists them, in its own words.
RATIO_LIST = Record(
    pmid="5",
    title="Oestrogen plus progestogen for chronic disease prevention in postmenopausal women.",
    abstract=(
        "We randomly assigned 12 400 postmenopausal women aged 50 to 75 years to oestrogen "
        "plus progestogen or placebo and followed them for a mean of 5.6 years. Hazard ratios "
        "(95% CIs) were: venous thromboembolism 1.98 (1.42-2.76); stroke 1.37 (1.04-1.80); "
        "breast cancer 1.22 (0.97-1.53); colorectal cancer 0.65 (0.45-0.93); and hip "
        "fracture 0.67 (0.47-0.96). Combined hormone therapy should not be started to prevent "
        "chronic disease."
    ),
)


def found(claim: str) -> str | None:
    result = contradiction(profile_claim(claim), profile_record(RATIO_LIST))
    return result.reason if result else None


@pytest.mark.parametrize(
    ("claim", "shown"),
    [
        ("Combined hormone therapy increased hip fractures in postmenopausal women.", "hip"),
        ("Oestrogen plus progestogen reduced stroke in postmenopausal women.", "stroke"),
    ],
)
def test_a_claim_against_a_listed_ratio_s_whole_interval_is_contradicted(
    claim: str, shown: str
) -> None:
    reason = found(claim)
    assert reason is not None and reason.startswith(f'the opposite direction ("{shown}')


@pytest.mark.parametrize(
    "claim",
    [
        # The same direction as the ratio.
        "Combined hormone therapy reduced hip fractures in postmenopausal women.",
        "Oestrogen plus progestogen increased venous thromboembolism in postmenopausal women.",
        # An interval that crosses 1 shows no difference either way.
        "Combined hormone therapy reduced breast cancer in postmenopausal women.",
        "Combined hormone therapy increased breast cancer in postmenopausal women.",
        # Hedged, or a comparison whose sides the list does not name.
        "Combined hormone therapy may have increased hip fractures in postmenopausal women.",
        "Placebo increased hip fractures compared with combined hormone therapy.",
        # An outcome the list does not give.
        "Combined hormone therapy increased gallbladder disease in postmenopausal women.",
    ],
)
def test_a_listed_ratio_contradicts_nothing_else(claim: str) -> None:
    assert found(claim) is None
