"""A note's regimen, schedule and score readings are the writer's own numbers, not results
the cited abstract must state (CLOSING24 "remaining note regimen CL301s"): a fluid rate, a
drug cell with a bracket, a row's label cell before its drug, a vaccine schedule, "qSOFA 2/3".
Results beside them ("reduced mortality by 25%", "HR 0.75", "in 75% of patients") stay checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_path
from citelint.record import Record
from citelint.support.clauses import is_writers_own
from citelint.support.numbers import extract_numbers
from citelint.support.orders import order_clauses
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


# user28a P1-5: a formulary's dosing row, an order set's row and checklist item, a numbered
# medication list's line, each citing a guideline for the drug, not for its numbers.
ROWS_OWN = [
    (
        "Indication Dose Duration Ref H. pylori salvage (not first line) 100 mg PO q12h with "
        "PPI + bismuth 14 days",
        ["100", "14"],
    ),
    ("H. pylori salvage; doxycycline 100 mg PO q12h with PPI + bismuth; 14 days", ["100", "14"]),
    ("Lyme prophylaxis 200 mg PO single dose within 72 h of tick removal", ["200", "72"]),
    ("Buprenorphine SL; 8 mg; if symptoms persist (max 24 mg day 1)", ["8", "24", "1"]),
    ("[ ] COWS >= 8 (document score and time)", ["8"]),
    # A plan's review is an order too: its time is the writer's.
    ("Plan: aspirin 100 mg daily; review bleeding risk at 12 months.", ["100", "12"]),
    (
        "omeprazole 20 mg PO daily - CONTINUE for now; review need (long-term PPIs: lowest "
        "effective dose, shortest duration)",
        ["20"],
    ),
]


@pytest.mark.parametrize(("text", "own"), ROWS_OWN)
def test_a_dosing_or_order_set_row_s_numbers_are_the_writer_s(text: str, own: list[str]) -> None:
    assert unchecked(text) == own


ROWS_CHECKED = [
    # A row that reports a result, names a trial's regimen or what a guideline advises.
    ("H. pylori salvage; doxycycline 100 mg PO q12h; eradication 78%", ["100", "78"]),
    ("Doxycycline 100 mg PO q12h for 14 days per ACG-2024", ["100", "14"]),
    ("Guidelines recommend doxycycline 100 mg PO q12h for 14 days", ["100", "14"]),
    ("[ ] COWS >= 8 predicted precipitated withdrawal in 12%", ["8", "12"]),
    ("A review of 12 trials found aspirin cut recurrence by 32%.", ["12", "32"]),
    ("Doxycycline 100 mg PO q12h cured 85 of 100 patients", ["100", "85", "100"]),
]


@pytest.mark.parametrize(("text", "left"), ROWS_CHECKED)
def test_a_row_with_a_result_or_a_source_s_regimen_stays_checked(
    text: str, left: list[str]
) -> None:
    assert checked(text) == left


GUIDELINE = Record(
    pmid="39300001",
    title="Clinical guideline: doxycycline in community infections and Helicobacter pylori.",
    journal="Journal of Infection Practice",
    journal_abbrev="J Infect Pract",
    year=2024,
    authors=["Lindqvist AM", "Obi CN"],
    abstract=(
        "This guideline reviews doxycycline for Helicobacter pylori salvage therapy with a "
        "proton pump inhibitor and bismuth, for cellulitis with MRSA risk and for early Lyme "
        "disease. Bismuth quadruple therapy with doxycycline eradicated Helicobacter pylori "
        "in 78% of patients after failed first-line treatment."
    ),
    publication_types=["Journal Article", "Practice Guideline"],
)
GUIDELINE_ENTRY = (
    "1. Lindqvist AM, Obi CN. Clinical guideline: doxycycline in community infections and "
    "Helicobacter pylori. J Infect Pract. 2024;8(2):101-119. PMID: 39300001"
)


def cl301_numbers(path: Path) -> list[str]:
    config = Config(select=["CL3"])
    result = lint_documents([read_path(path, None)], config, StaticResolver([GUIDELINE]))
    return [f.message.split('"')[1] for f in result.findings if f.code == "CL301"]


def test_a_formulary_table_s_dose_row_is_no_cl301(tmp_path: Path) -> None:
    """user28a P1-5 as files: a dosing table typed with spaces, a Markdown table. A row
    reporting a result (a wrong eradication rate) gives the study's regimen: all checked."""
    text = tmp_path / "formulary.txt"
    text.write_text(
        "Doxycycline: dosing\n"
        "Indication                          Dose                               Duration  Ref\n"
        "H. pylori salvage (not first line)  100 mg PO q12h with PPI + bismuth  14 days   [1]\n"
        "\nReferences\n" + GUIDELINE_ENTRY + "\n",
        encoding="utf-8",
    )
    assert cl301_numbers(text) == []
    table = tmp_path / "formulary.md"
    table.write_text(
        "| Indication | Dose | Duration | Ref |\n|---|---|---|---|\n"
        "| H. pylori salvage | doxycycline 100 mg PO q12h with PPI + bismuth | 14 days | [1] |\n"
        "| H. pylori salvage | doxycycline 100 mg PO q12h: eradicated in 87% | 14 days | [1] |\n"
        "\n## References\n\n" + GUIDELINE_ENTRY + "\n",
        encoding="utf-8",
    )
    assert cl301_numbers(table) == ["100", "87", "14"]


# Review28a P1-3 and P1-4: a study's follow-up after a clause, a review that reports, and a
# roman numeral's "IV" beside a result are no orders or dosing rows: their numbers are checked.
@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Adherence was high; follow up at 12 months found 85% still on treatment", ["12", "85"]),
        ("In the trial, 1,200 adults were enrolled; follow up lasted 24 months", ["1,200", "24"]),
        ("The group received 3 sessions - review at 6 months showed HbA1c lower by 0.5%",
         ["3", "6", "0.5"]),
        # A decimal point before the report verb ends no clause (review28c P2-1).
        ("Review at 6 months (mean HbA1c 7.2%) showed a 1.1% fall", ["6", "7.2", "1.1"]),
        ("Follow-up at 3.5 years (median 2.1 visits) found 12% lost", ["3.5", "2.1", "12"]),
        ("Follow-up of 4,210 adults: 38% reached the target", ["4,210", "38"]),
        # A trial's follow-up that reports with any verb (review29a P1-4).
        ("Follow-up at a median of 3.1 years, mortality fell from 18% to 12%",
         ["3.1", "18", "12"]),
        ("Follow-up at 12 months, HbA1c decreased by 1.2%", ["12", "1.2"]),
        ("Class IV lupus nephritis progresses to ESKD in 10 years without treatment", ["10"]),
        ("Type IV collagen above 150 ng/mL predicts advanced fibrosis", ["150"]),
        # A rate or a concentration is no dose (review28a P1-4).
        ("Stage IV CKD begins when eGFR falls below 30 mL/min/1.73 m2", ["30", "1.73"]),
    ],
)  # fmt: skip
def test_reports_after_order_words_and_roman_numerals_stay_checked(
    text: str, left: list[str]
) -> None:
    assert checked(text) == left


@pytest.mark.parametrize(
    "text",
    [
        "Review bleeding risk at 12 months",
        "Methotrexate 25 mg SC weekly, review at 12 weeks",
        # A plan's follow-up orders unless a report follows (review28c P2-2).
        "Follow up at 12 weeks with HbA1c",
        "Stable on metformin; follow-up in 12 months with lipids. Diet as before.",
        # A range, whom with, a sooner-if (review29c P2).
        "Stable on apixaban; follow up in 8-12 weeks.",
        "Started sacubitril-valsartan; follow up with cardiology in 12 weeks.",
        "Ulcer healing; follow-up in 12 weeks, or sooner if bleeding recurs.",
        "Continue bisoprolol; follow up in 10 to 12 weeks.",
    ],
)
def test_a_plan_s_review_is_still_an_order(text: str) -> None:
    assert "12" in unchecked(text)


# The plan's shapes above in a trial's report stay checked.
@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Follow-up at 8-12 weeks, HbA1c fell by 1.1%", ["8", "12", "1.1"]),
        ("Follow-up with echocardiography in 12 months showed a 5% rise", ["12", "5"]),
        ("Follow up in 6 to 12 months found 30% relapsed", ["6", "12", "30"]),
    ],
)
def test_a_trial_s_follow_up_range_still_reports(text: str, left: list[str]) -> None:
    assert checked(text) == left


# Review28c P1-1: a dose per body surface or per minute is still a dose.
@pytest.mark.parametrize(
    "text",
    [
        "Cisplatin 75 mg/m2 IV on day 1 of each 21-day cycle",
        "Noradrenaline 0.1 mcg/kg/min IV, titrate; max 12 mg/h",
    ],
)
def test_a_dose_per_area_or_per_minute_makes_a_dosing_row(text: str) -> None:
    assert checked(text) == []


# user30b P1-13: a recommendation's condition on its patients is the guideline's criterion,
# which may differ on purpose from the cited trial's cut-off (NICE's 35% against 40%).
@pytest.mark.parametrize(
    ("text", "number", "own"),
    [
        (
            "Consider replacing the ACE inhibitor with sacubitril valsartan if symptoms persist "
            "and ejection fraction is 35% or less",
            "35",
            True,
        ),
        ("Offer an SGLT2 inhibitor in adults aged 75 years or older with HF", "75", True),
        ("Start finerenone when the eGFR is 25 or more and potassium is normal", "25", True),
        # A finding the order's clause reports stays the trial's.
        (
            "Consider dapagliflozin if ejection fraction is 40% or less, which reduced deaths",
            "40",
            False,
        ),
        # review31a P1-1: a result given as the order's reason, after its condition, is the
        # trial's (CL301 still asks the abstract for it).
        (
            "Consider an ICD in patients whose ejection fraction is 35% or less, since "
            "mortality fell by more than 40% in the trial",
            "40",
            False,
        ),
        # lastread31b: criteria listed with commas or "as well as" are one condition.
        (
            "Consider an ICD in patients with ischaemic heart disease, NYHA class II-III, and "
            "ejection fraction of 35% or less",
            "35",
            True,
        ),
        (
            "Consider sacubitril valsartan in people with symptoms as well as ejection fraction "
            "of 35% or less",
            "35",
            True,
        ),
        (
            "Offer thrombectomy in patients with a large vessel occlusion, as recanalisation "
            "occurred in more than 80%",
            "80",
            False,
        ),
        # No condition word before the cut-off: the number is no criterion of the order.
        ("Offer dapagliflozin: mortality fell in 26% or more of centres", "26", False),
    ],
)
def test_an_order_s_condition_cut_off_is_the_writer_s(text: str, number: str, own: bool) -> None:
    orders = order_clauses(text)
    quantity = next(q for q in extract_numbers(text) if q.raw.startswith(number))
    assert is_writers_own(text, quantity, orders) is own
