"""A note's regimen, schedule and score readings are the writer's own numbers, not results
the cited abstract must state (CLOSING24 "remaining note regimen CL301s"): a fluid rate, a
drug cell with a bracket, a row's label cell before its drug, a vaccine schedule, "qSOFA 2/3".
Results beside them ("reduced mortality by 25%", "HR 0.75", "in 75% of patients") stay checked."""

from __future__ import annotations

import pytest

from citelint.support.clauses import is_writers_own, order_clauses
from citelint.support.numbers import extract_numbers
from citelint.support.result_clauses import SEVERAL_ARMS


def unchecked(text: str) -> list[str]:
    """The numbers of ``text`` CL301 leaves as the writer's."""
    orders = order_clauses(text)
    return [q.raw for q in extract_numbers(text) if is_writers_own(text, q, orders)]


def checked(text: str) -> list[str]:
    orders = order_clauses(text)
    return [q.raw for q in extract_numbers(text) if not is_writers_own(text, q, orders)]


WRITERS_OWN = [
    # A fluid rate in a handout row and a ward bullet.
    ("Ringer's lactate; 1 L over 1 h, then 250 mL/h; DKA in adults", ["1", "1", "250"]),
    ("Sepsis with lactate >4: crystalloid 30 mL/kg IV within 3 h; reassess.", ["4", "30", "3"]),
    ("Severe DKA >16 y: 0.9% saline 1 L over 1 h, then 500 mL/h.", ["16", "0.9", "1", "1", "500"]),
    # A drug cell with its bracket, and a row's label cell before its drug.
    ("Baricitinib (eGFR 30-60); 2 mg PO OD; hypoxia with CRP >=75 mg/L", ["30", "60", "2", "75"]),
    ("Anticoagulation (AF); apixaban 2.5 mg BD; age ≥80 y or weight ≤60 kg", ["2.5", "80", "60"]),
    ("Rate control (AF); Bisoprolol 1.25-2.5 mg OD; HR >110 bpm", ["1.25", "2.5"]),
    # A regimen line ending in what goes with it.
    (
        "Hyperkalaemia (K >6.5): SZC 10 g PO TDS up to 72 h with insulin/glucose.",
        ["6.5", "10", "72"],
    ),
    # Vaccine and prophylaxis schedules.
    ("Adults ≥50 y: RZV two doses, 2-6 months apart.", ["50", "2", "6"]),
    ("Hep B vaccine at 0, 1 and 6 months for dialysis pts.", ["0", "1", "6"]),
    ("Rabies PEP: vaccine on days 0, 3, 7 and 14.", ["0", "3", "7", "14"]),
    # A bedside score read against its maximum.
    ("qSOFA 2/3 on arrival: sepsis pathway started.", ["2", "3"]),
    ("GCS 14/15, CURB-65 3/5: admit to HDU.", ["14", "15", "3", "5"]),
]


@pytest.mark.parametrize(("text", "own"), WRITERS_OWN)
def test_a_note_s_regimen_and_schedule_are_the_writer_s(text: str, own: list[str]) -> None:
    assert unchecked(text) == own


STILL_CHECKED = [
    # A regimen said with its finding is the trial's (review23b P1-3), checked.
    ("Crystalloid 30 mL/kg IV; mortality fell by 25% (HR 0.75).", ["30", "25", "0.75"]),
    ("Adults ≥50 y: RZV 2 doses 2-6 mo apart; efficacy 97.2%.", ["97.2"]),
    ("Baricitinib (eGFR 30-60); 2 mg PO OD; RR 0.87 for death in 75% of patients", ["0.87", "75"]),
    ("In 2/3 of patients, apixaban cut stroke by 66%.", ["2", "3", "66"]),
    ("Mortality at 0, 1 and 2% in the three arms.", ["0", "1", "2"]),
    # review25b P1-3: no schedule "from 0" inside a decimal.
    ("Median time to a kidney event was 9.0, 14 and 18 months.", ["9.0", "14", "18"]),
    # A trial's regimen in an article's sentence is the trial's, checked.
    ("Patients received 30 mL/kg of crystalloid within 3 hours, and mortality fell.", ["30", "3"]),
]


@pytest.mark.parametrize(("text", "left"), STILL_CHECKED)
def test_results_beside_them_stay_checked(text: str, left: list[str]) -> None:
    assert checked(text) == left


@pytest.mark.parametrize(
    ("record", "several"),
    [
        (
            "Annual high-dose vitamin D versus placebo: we gave a yearly oral dose of 500,000 IU.",
            False,
        ),
        ("High-dose influenza vaccine versus placebo in older adults.", False),
        ("Low-dose or high-dose colchicine after myocardial infarction.", True),
        ("High-dose versus standard-dose influenza vaccine in older adults.", True),
        ("A dose-ranging trial of semaglutide.", True),
        ("We compared two doses of tenecteplase with alteplase.", True),
    ],
)
def test_one_dose_word_is_no_several_armed_trial(record: str, several: bool) -> None:
    """CLOSING24: SEVERAL_ARMS took any "high-dose" or "dose of" for a trial of several doses."""
    assert bool(SEVERAL_ARMS.search(record)) is several


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Septic shock, lactate >4: crystalloid 30 mL/kg IV within 3 h, then reassess.", True),
        ("Hydrocortisone 200 mg IV daily x 7 d for severe CAP on ICU.", True),
        ("Dexamethasone 6 mg OD x 10 d per RECOVERY.", False),
        ("Dexamethasone 6 mg OD x 10 d for ventilated patients reduced mortality.", False),
    ],
)
def test_a_regimen_line_s_short_tail_keeps_it_the_writer_s(text: str, own: bool) -> None:
    orders = order_clauses(text)
    dose = next(q for q in extract_numbers(text) if q.role == "dose")
    assert is_writers_own(text, dose, orders) is own
