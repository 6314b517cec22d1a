"""A clinical note's values of its one patient are the writer's, not results the cited
abstract must state (user28a P1-4): the blood pressure and drug count before the advice, an
age and the years of a history, a dose the patient was started on. A study's result written
after the same shapes stays checked."""

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

REVIEW = Record(
    pmid="39200001",
    title="Screening and treatment of primary aldosteronism in resistant hypertension.",
    journal="Journal of Hypertension Research",
    journal_abbrev="J Hypertens Res",
    year=2023,
    authors=["Moreau LE", "Achterberg P"],
    abstract=(
        "Primary aldosteronism is a common and treatable cause of resistant hypertension, "
        "found in 20% of such patients when screened with the aldosterone/renin ratio. "
        "Mineralocorticoid receptor antagonists or adrenalectomy treat it; in randomized "
        "trials spironolactone lowered systolic blood pressure by 9 mmHg more than placebo. "
        "We recommend screening all patients with resistant hypertension."
    ),
    publication_types=["Journal Article", "Review"],
)
ENTRY = (
    "1. Moreau LE, Achterberg P. Screening and treatment of primary aldosteronism in "
    "resistant hypertension. J Hypertens Res. 2023;12(4):301-315. PMID: 39200001"
)


def cl301_numbers(tmp_path: Path, line: str) -> set[str]:
    """The numbers CL301 names on one plan line of a note citing the review."""
    path = tmp_path / "note.txt"
    path.write_text(f"Plan\n{line}\n\nReferences\n{ENTRY}\n", encoding="utf-8")
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL3"]), StaticResolver([REVIEW])
    )
    return {f.message.split('"')[1] for f in result.findings if f.code == "CL301"}


@pytest.mark.parametrize(
    "line",
    [
        "2. Resistant hypertension on 3 agents earlier this year: check aldosterone/renin "
        "ratio [1] - primary aldosteronism is common and treatable with mineralocorticoid "
        "receptor antagonists or adrenalectomy [1].",
        "BP 162/98 on 4 drugs: screen for primary aldosteronism, which is common and "
        "treatable [1].",
        "Aldosterone 480 pmol/L, renin <2: likely primary aldosteronism; treat with a "
        "mineralocorticoid receptor antagonist or adrenalectomy [1].",
        "At 52 years old with hypertension since age 30, she should be screened for primary "
        "aldosteronism with the aldosterone/renin ratio [1].",
        "Started spironolactone 25 mg daily; primary aldosteronism is treatable with "
        "mineralocorticoid receptor antagonists [1].",
        "Spironolactone stays at 50 mg daily while on 4 agents; screen for primary "
        "aldosteronism with the aldosterone/renin ratio [1].",
    ],
)
def test_a_note_s_patient_values_before_its_advice_are_not_cl301(tmp_path: Path, line: str) -> None:
    assert cl301_numbers(tmp_path, line) == set()


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        # A study's result with a wrong number, after the note's own shapes, is still caught.
        (
            "In RCTs, spironolactone 25 mg lowered systolic blood pressure by 12 mmHg in "
            "resistant hypertension from primary aldosteronism [1].",
            {"25", "12"},
        ),
        (
            "Started spironolactone 25 mg daily; in randomized trials spironolactone lowered "
            "systolic blood pressure by 12 mmHg in resistant hypertension [1].",
            {"12"},
        ),
        (
            "BP 162/98 on 4 drugs: screening found primary aldosteronism in 11% of patients "
            "with resistant hypertension [1].",
            {"11"},
        ),
        # A head holding a criterion before a finding is the study's, as before.
        (
            "Aldosterone 480 pmol/L, renin <2: primary aldosteronism was found in 11% of "
            "patients with resistant hypertension screened with the ratio [1].",
            {"480", "2", "11"},
        ),
    ],
)
def test_a_study_s_result_after_the_same_shapes_stays_cl301(
    tmp_path: Path, line: str, flagged: set[str]
) -> None:
    assert cl301_numbers(tmp_path, line) == flagged


def own(text: str) -> list[str]:
    orders = order_clauses(text)
    return [q.raw for q in extract_numbers(text) if is_writers_own(text, q, orders)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The head before a colon: a scale's score, as a medication review writes it.
        (
            "Frailty screen (Clinical Frailty Scale 5): frailty and depression are associated "
            "in both directions; PHQ-2 at next visit.",
            ["5"],
        ),
        # A Word letter's paragraph: the patient's dose before the advice's semicolon.
        (
            "Omeprazole stays at 40 mg daily while ablation is under way; long-term PPI use "
            "should otherwise be kept at the lowest effective dose.",
            ["40"],
        ),
        # History with no patient named and no head is no one's: checked.
        ("Hypertension since age 30 doubled the risk of stroke.", []),
        # A head about a cohort is the study's, whatever follows.
        ("Patients on 3 agents: screen for primary aldosteronism.", []),
        # The drug a note's line opens with is the patient's; the result after it is checked,
        # and so is a trial's regimen written without the note's verb.
        ("Started spironolactone 25 mg daily; BP fell by 9 mmHg vs placebo.", ["25"]),
        ("Spironolactone 25 mg daily; BP fell by 9 mmHg vs placebo.", []),
    ],
)
def test_which_numbers_a_note_s_head_and_history_make_the_writer_s(
    text: str, expected: list[str]
) -> None:
    assert own(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ward-round note sets its patient beside the cited trial's cohort (user32b P1-1):
        # the age, gestation and measures naming the patient are the writer's; the trial's
        # criterion ("aged 80 or more") was the writer's before.
        (
            "At 79, Mr K is older than most trial participants, yet treatment helped patients "
            "aged 80 or more.",
            ["79", "80"],
        ),
        (
            "She is 68, so she resembles the ASPREE participants, in whom aspirin did not help.",
            ["68"],
        ),
        (
            "With an ejection fraction of 30% she would have qualified for DAPA-HF, which "
            "required 40% or less.",
            ["30"],
        ),
        (
            "At 30 weeks with a blood pressure of 154/96 mm Hg, she fits the CHAP population.",
            ["30", "154", "96"],
        ),
        (
            "Given his CRP of 130 mg/L and oxygen saturation of 90% on air, tocilizumab is "
            "indicated.",
            ["130", "90"],
        ),
        # A trial's result beside the patient's age, or in a sentence naming no patient, stays
        # checked; so do times listed after "At", and a criterion in the opening clause.
        ("At 82, Mrs B would benefit: in HYVET, treatment cut stroke by 30%.", ["82"]),
        ("At 52 weeks with semaglutide, participants lost 14.9% of body weight.", []),
        ("At 30, 60 and 90 days, mortality was lower with apixaban.", []),
        ("At 68, mortality was lower with apixaban.", []),
        (
            "With an ejection fraction of 35% or less, patients on dapagliflozin had fewer "
            "deaths; he qualifies.",
            [],
        ),
        (
            "With a blood pressure of 150/95 mm Hg, intensive treatment reduced events by 25% "
            "in the trial.",
            [],
        ),
    ],
)
def test_a_note_comparing_its_patient_with_a_trial_keeps_the_patient_s_values(
    text: str, expected: list[str]
) -> None:
    assert own(text) == expected
