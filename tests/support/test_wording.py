"""How a claim words its numbers: round figures, which way a change went, local digits."""

from __future__ import annotations

import pytest

from citelint.support.numbers import extract_numbers
from citelint.support.sources import matches, source_numbers
from citelint.support.wording import (
    approximation,
    direction_of_change,
    is_change,
    is_difference,
    is_needed_to_treat,
    written_by_locale,
)


def found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.role) for q in extract_numbers(text)]


def found_in(claim: str, source: str) -> dict[str, bool]:
    stated = source_numbers(source)
    return {q.raw: matches(q, stated) for q in extract_numbers(claim)}


# ASPREE's abstract: major hemorrhage 8.6 vs. 6.2 events per 1000 person-years (+38.7%).
_RATES = "Major hemorrhage occurred at 8.6 events vs. 6.2 events per 1000 person-years."


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("aspirin raised major bleeding by 39%", True),
        ("major bleeding was 39% higher with aspirin", True),
        ("placebo cut major bleeding by 28%", True),  # 1 - 6.2/8.6
        # Planted: the other way round, or a change the rates do not give.
        ("placebo cut major bleeding by 39%", False),
        ("aspirin raised major bleeding by 28%", False),
        ("aspirin raised major bleeding by 60%", False),
        # No way stated: no relative change looked up.
        ("major bleeding: 39% with aspirin", False),
    ],
)
def test_a_change_between_two_compared_rates_is_stated_with_its_way(
    claim: str, expected: bool
) -> None:
    """claims13 left: "raised major bleeding by about 40%" for 8.6 vs 6.2 per 1000 py."""
    stated = source_numbers(_RATES)
    (share,) = [q for q in extract_numbers(claim) if q.role == "percent"]
    assert matches(share, stated) is expected


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("aspirin raised major bleeding by about 40%", _RATES, True),  # 38.7%
        ("about 40% of patients", "40.4% of patients", True),
        ("roughly 40% of patients", "36.2% of patients", True),
        ("roughly 40% of patients", "35.5% of patients", False),  # more than a tenth off
        ("nearly 5,000 patients were enrolled", "We enrolled 4744 patients.", True),
        ("about 4,700 patients were enrolled", "We enrolled 4744 patients.", True),
        ("about 25% fewer events", "events (hazard ratio, 0.74)", True),
        # Planted: without "about" a round figure is read as written.
        ("40% of patients", "38.7% of patients", False),
        ("5,000 patients were enrolled", "We enrolled 4744 patients.", False),
        ("about 4,800 patients were enrolled", "We enrolled 4744 patients.", False),
        ("about 50% fewer events", "events (hazard ratio, 0.74)", False),
    ],
)
def test_a_round_figure_after_about_meets_the_figure_it_rounds(
    claim: str, source: str, expected: bool
) -> None:
    assert all(found_in(claim, source).values()) is expected


_CREDENCE = (
    "The relative risk of the primary outcome was 30% lower (hazard ratio, 0.70; 95% "
    "confidence interval [CI], 0.59 to 0.82) at a median follow-up of 2.62 years. A total of "
    "15,411 participants received the vaccine (efficacy 97.2%; 95% CI, 93.7 to 99.0)."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("redujo un 30 % el riesgo (HR 0,70; IC 95 %: 0,59-0,82) en 2,62 años", True),
        ("eficacia del 97,2 % (IC 95 %: 93,7-99,0) en 15 411 adultos", True),
        # Planted: wrong numbers written the same way are still found.
        ("redujo un 30 % el riesgo (HR 0,60; IC 95 %: 0,59-0,82) en 2,62 años", False),
        ("eficacia del 92,7 % en 15 411 adultos", False),
        ("eficacia del 97,2 % en 14 411 adultos", False),
    ],
)
def test_numbers_written_with_decimal_commas_and_spaced_groups(claim: str, expected: bool) -> None:
    """A Spanish answer: 'IC 95 %' is a confidence level, '0,70' is 0.70, '15 411' one number."""
    assert all(found_in(claim, _CREDENCE).values()) is expected


def test_a_comma_in_a_text_with_decimal_points_is_no_decimal_comma() -> None:
    assert 2.4 not in [value for value, _ in found("with 0.5 mg in 2,4 and 6 patients")]
    assert (2.4, "dose") in found("con 2,4 mg una vez por semana")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about 40% of patients", "about"),
        ("roughly 1,000 patients", "about"),
        ("~ 40% of patients", "about"),
        ("nearly 40% of patients", "below"),
        ("almost 5,000 patients", "below"),
        ("just under 30% of patients", "below"),
        ("40% of patients", ""),
    ],
)
def test_a_hedge_before_a_figure_says_how_it_is_rounded(text: str, expected: str) -> None:
    start = next(i for i, char in enumerate(text) if char.isdigit())
    assert approximation(text, start) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aspirin raised bleeding by 39%", "up"),
        ("bleeding was 28% lower", "down"),
        ("cut deaths by 20% and raised bleeding", "both"),
        ("glucose fell by 1.2 percentage points", ""),
        ("39% of patients bled", ""),
    ],
)
def test_the_way_a_change_went_is_read_from_its_clause(text: str, expected: str) -> None:
    start = next(i for i, char in enumerate(text) if char.isdigit())
    end = start + next(
        i for i, char in enumerate(text[start:]) if not (char.isdigit() or char == ".")
    )
    assert direction_of_change(text, start, end) == expected


def test_decimal_commas_and_spaced_groups_are_rewritten_at_the_same_length() -> None:
    assert written_by_locale("HR 0,70 en 15 411 adultos") == "HR 0.70 en 15,411 adultos"
    # Where the text has a decimal point, a comma is a thousands or list comma.
    assert written_by_locale("0.5 mg in 2,4 and 6") == "0.5 mg in 2,4 and 6"


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # review18: 62.5% is rightly written 63% (half up) as well as 62% (half even).
        ("lifestyle increased incidence by 63%", "4.8 vs 7.8 cases per 100 person-years", True),
        ("lifestyle increased incidence by 62%", "4.8 vs 7.8 cases per 100 person-years", True),
        ("63% of patients", "62.5% of patients", True),
        ("2.7 mg", "2.65 mg", True),
        # Planted: a figure more than half a unit off is not the source's.
        ("64% of patients", "62.5% of patients", False),
        ("62% of patients", "62.6% of patients", False),
        ("27% of patients", "27.8% of patients", False),
    ],
)
def test_a_figure_rounds_half_up_or_half_even(claim: str, source: str, expected: bool) -> None:
    assert all(found_in(claim, source).values()) is expected


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("Nearly 40% responded.", "Response rates were 38.2% with the drug.", True),
        # What rounds to the claim's last written place: writers hedge the rounded figure
        # (claims15's "almost 3.5% died each year" for ARISTOTLE's 3.52%); 4744 is no 4,700.
        ("Nearly 40% responded.", "Response rates were 40.4% with the drug.", True),
        ("Almost 3.5% died each year.", "Death rates were 3.52% and 3.94% per year.", True),
        ("Almost 3.5% died each year.", "Death rates were 3.56% and 3.94% per year.", False),
        ("Almost 5,000 patients were enrolled.", "We enrolled 4744 patients.", True),
        ("About 40% responded.", "Response rates were 43.0% with the drug.", True),
        # "nearly" and "almost" say the figure is below the claim's.
        ("Nearly 40% responded.", "Response rates were 43.0% with the drug.", False),
        ("Almost 4,700 patients were enrolled.", "We enrolled 4744 patients.", False),
        # review19 F7: below the figure by less than its own step (10 for 4,750).
        ("Nearly 4,750 patients were enrolled.", "We enrolled 4744 patients.", True),
        ("Nearly 4,800 patients were enrolled.", "We enrolled 4744 patients.", True),
        ("Nearly 4,750 patients were enrolled.", "We enrolled 4600 patients.", False),
        ("Nearly 40% responded.", "Response rates were 34.5% with the drug.", False),
        ("LDL fell by nearly 65%.", "Evolocumab lowers LDL cholesterol by about 60%.", False),
    ],
)
def test_nearly_and_almost_meet_no_figure_above_theirs(
    claim: str, source: str, expected: bool
) -> None:
    assert all(found_in(claim, source).values()) is expected


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        ("an absolute reduction of 4.9% in events", "percent", True),
        ("4.9 percentage points lower", "percent", True),
        ("about 1 in 20 fewer patients", "one-in", True),
        ("roughly 1 in 35 patients spared", "one-in", True),
        ("prevents about 18 events", "plain", True),
        ("18 fewer events per 1,000 patient-years", "plain", True),
        ("1.5 percentage points, or about 1 in 67", "one-in", True),
        ("the primary outcome was 1.3 points lower", "plain", True),
        # Not a difference: a share, a count that happened, a dose.
        ("4.9% of patients had events", "percent", False),
        ("about 1 in 8 patients bled", "one-in", False),
        ("about 18 events occurred", "plain", False),
        ("prevents 18 mg of loss", "dose", False),
    ],
)
def test_a_difference_of_two_arms_is_read_from_its_words(
    text: str, role: str, expected: bool
) -> None:
    digits = [i for i, char in enumerate(text) if char.isdigit()]
    start = digits[-1] if role == "one-in" else digits[0]
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] == "."):
        end += 1
    assert is_difference(text, start, end, role) is expected


_COMPASS = (
    "Patients received rivaroxaban (2.5 mg twice daily) plus aspirin. Major bleeding events "
    "occurred in more patients in the rivaroxaban-plus-aspirin group "
    "(288 patients [3.1%] vs. 170 patients [1.9%]; hazard ratio, 1.70)."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("major bleeding was 1.6 times as frequent with the combination", True),  # 3.1/1.9
        ("a 1.7-fold rise in major bleeding", True),  # the hazard ratio
        ("about 1.6-fold more major bleeding", True),
        # Planted: a ratio neither the arms nor the hazard ratio give.
        ("major bleeding was 2.5 times as frequent with the combination", False),
        ("a 1.2-fold rise in major bleeding", False),
        ("major bleeding was about 2.5 times as frequent", False),  # the dose is no ratio
    ],
)
def test_n_fold_and_n_times_are_ratios_of_the_two_arms(claim: str, expected: bool) -> None:
    assert all(found_in(claim, _COMPASS).values()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LDL fell by 62 mg/dL", True),
        ("LDL fell by a median of 62 mg/dL", True),
        ("LDL was 62 mg/dL lower", True),
        ("a 62-mg/dL reduction", True),
        ("a reduction of 62 mg/dL", True),
        ("recovery was 5 days shorter", True),
        ("remdesivir shortened recovery by 5 days", True),
        # A value, not a change.
        ("LDL was 62 mg/dL on treatment", False),
        ("recovery took 5 days", False),
        ("prevents 18 mg of loss", False),
    ],
)
def test_a_dose_or_duration_stated_as_a_change(text: str, expected: bool) -> None:
    start = next(i for i, char in enumerate(text) if char.isdigit())
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    assert is_change(text, start, end) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Treating 77 patients prevents one event.", True),
        ("Treating about 77 patients for 3 years prevents 1 stroke.", True),
        ("The number needed to treat was 77.", True),
        ("NNT of 77 over the trial.", True),
        ("77 patients need to be treated to prevent one event.", True),
        # A count of patients.
        ("77 patients were treated.", False),
        ("Treating 77 patients was feasible.", False),
        ("Treating 77 patients prevented three events.", False),
    ],
)
def test_a_number_needed_to_treat_is_read_from_its_words(text: str, expected: bool) -> None:
    start = next(i for i, char in enumerate(text) if char.isdigit())
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    assert is_needed_to_treat(text, start, end) is expected
