"""A note's own criteria are no results (user23 notes, claims24b): a time limit ("abx within
1 h"), a handout's threshold cell ("CRP >=75 mg/L" in its "Who" column), an age as notes write
it (">75 y"), a bedside score's cut-off. CL301 leaves them and still checks every result."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_path
from citelint.record import Record
from citelint.support.criteria import is_note_criterion
from citelint.support.numbers import extract_numbers

RCT = ["Journal Article", "Randomized Controlled Trial"]
RECORDS = [
    Record(
        pmid="38200001",
        title="Time to antibiotics and in-hospital mortality in sepsis and septic shock.",
        journal="American journal of respiratory and critical care medicine",
        journal_abbrev="Am J Respir Crit Care Med",
        year=2021,
        authors=["Okafor CN", "Lindgren P"],
        abstract=(
            "Cohort study of 49,331 adults with sepsis or septic shock in 149 emergency "
            "departments. Each hour of delay in antibiotic administration was associated "
            "with higher in-hospital mortality (odds ratio 1.04 per hour; 95% CI 1.03-1.06), "
            "most in septic shock (odds ratio 1.07 per hour)."
        ),
    ),
    Record(
        pmid="38200002",
        title="Baricitinib in patients admitted to hospital with COVID-19 and inflammation.",
        journal="Lancet",
        journal_abbrev="Lancet",
        year=2022,
        authors=["Bright-Oduya T", "Solberg K"],
        abstract=(
            "Adults admitted to hospital with COVID-19, hypoxia and raised inflammatory "
            "markers were randomly assigned to usual care with or without baricitinib. 513 "
            "(12%) of 4148 patients allocated baricitinib and 546 (14%) of 4008 allocated "
            "usual care died within 28 days (rate ratio 0.87; 95% CI 0.77-0.99)."
        ),
        publication_types=RCT,
    ),
    Record(
        pmid="38200003",
        title="Apixaban versus no anticoagulation in older adults with atrial fibrillation.",
        journal="JAMA",
        journal_abbrev="JAMA",
        year=2024,
        authors=["Haddad N", "Birkeland E"],
        abstract=(
            "Randomized clinical trial in older adults with atrial fibrillation at high "
            "bleeding risk. Stroke or systemic embolism occurred in 2.3% per year with "
            "apixaban and 6.7% per year without anticoagulation (hazard ratio, 0.34; 95% CI, "
            "0.19-0.61); major bleeding in 3.3% and 1.8% per year."
        ),
        publication_types=RCT,
    ),
]
ENTRIES = "\n".join(
    [
        "",
        "## References",
        "",
        "1. Okafor CN, Lindgren P. Time to antibiotics and in-hospital mortality in sepsis and "
        "septic shock. Am J Respir Crit Care Med. 2021;203:1102-1110. PMID: 38200001",
        "2. Bright-Oduya T, Solberg K. Baricitinib in patients admitted to hospital with "
        "COVID-19 and inflammation. Lancet. 2022;400:359-368. PMID: 38200002",
        "3. Haddad N, Birkeland E. Apixaban versus no anticoagulation in older adults with "
        "atrial fibrillation. JAMA. 2024;331:1012-1021. PMID: 38200003",
        "",
    ]
)


def flagged(tmp_path: Path, body: str) -> set[str]:
    """The numbers CL301 flags in ``body``, a page of note lines citing RECORDS."""
    path = tmp_path / "note.md"
    path.write_text(f"# Ward prompts\n\n{body}\n{ENTRIES}", encoding="utf-8")
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL301"]), StaticResolver(RECORDS)
    )
    return {f.message.split('"')[1] for f in result.findings if f.code == "CL301"}


@pytest.mark.parametrize(
    "line",
    [
        # user23 notes/amr_ward.md, obs_af.md, covid_table.md
        "- Sepsis: abx within 1 h if shock likely [1].",
        "- Frail AF pts >75 y stable on warfarin: apixaban reduced stroke (HR 0.34) [3].",
        "| Baricitinib | 4 mg PO OD x 14 d | Hypoxia + CRP >=75 mg/L "
        "| RR 0.87 for 28-d death [2] |",
        "- Septic shock: IV abx within 1 h of recognition, cultures first if no delay [1].",
        "- Suspected sepsis, no shock: abx within 3 h once infection likely [1].",
        "- COVID-19 on O2 with CRP ≥75 mg/L: baricitinib 4 mg OD x 14 d; "
        "28-d death 12% vs 14% [2].",
        "- AF pts ≥80 y, high bleeding risk: apixaban cut stroke (HR 0.34) [3].",
        "- Patients with a NEWS2 of 5 or more need antibiotics within 1 h if sepsis is likely [1].",
        "| Baricitinib | 4 mg PO OD | O2, CRP &gt;75 mg/L, age ≥18 y | 28-d death 12% vs 14% [2] |",
        "| Antibiotics | Per local guide | Shock: within 1 h; no shock: within 3 h "
        "| OR 1.04 per hour [1] |",
        "| qSOFA | ≥2 | Antibiotics within 1 h | OR 1.07 per hour in septic shock [1] |",
        # An outcome's noun after a preposition, an arrow opening an order: no finding.
        "- AF on apixaban: review within 7 d after bleeding events [3].",
        "- Sepsis with lactate >4 mmol/L: ↑ fluids, abx within 1 h [1].",
    ],
)
def test_cl301_leaves_a_note_s_own_criteria(tmp_path: Path, line: str) -> None:
    assert flagged(tmp_path, line) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A result beside a criterion is the paper's to state.
        ("- AF pts >80 y: apixaban reduced stroke by 25% (HR 0.75) [3].", {"25", "0.75"}),
        ("- AF pts >80 y: apixaban prevented stroke in 75% of patients [3].", {"75"}),
        ("| Baricitinib | 4 mg OD | CRP >=75 mg/L | RR 0.78 for 28-d death [2] |", {"0.78"}),
        ("- Sepsis: abx within 1 h; each hour of delay raised mortality (OR 1.08) [1].", {"1.08"}),
        # A time limit said of a finding is the study's.
        ("- Antibiotics within 2 h were associated with lower mortality [1].", {"2"}),
        # A head before a finding names the trial's patients (review23b P1-3).
        ("- Hypoxic pts with CRP ≥100 mg/L: baricitinib reduced mortality (RR 0.87) [2].", {"100"}),
        # A note's finding written with an arrow or an outcome's noun alone (review24a P1 5).
        ("- Apixaban started within 5 d ↓ stroke [3].", {"5"}),
        ("- Apixaban in AF with LVEF <40% ↓ HF hosp [3].", {"40"}),
        ("- Apixaban started within 5 d: fewer bleeding events [3].", {"5"}),
        # A threshold on an outcome is a result, not a criterion.
        ("- Baricitinib in hypoxic COVID-19: 28-d mortality <10% [2].", {"10"}),
        # An age written as an article writes it is left to the abstract.
        ("- Adults aged 80 years or older: apixaban reduced stroke (HR 0.34) [3].", {"80"}),
    ],
)
def test_cl301_still_checks_results_beside_a_note_s_criteria(
    tmp_path: Path, line: str, expected: set[str]
) -> None:
    assert flagged(tmp_path, line) == expected


@pytest.mark.parametrize(
    ("line", "criterion"),
    [
        ("Frail AF pts >75 y stable on VKA: switching increased bleeding (HR 1.69)", True),
        # An age in the part of the line reporting the finding is the paper's (review24a P2 1).
        ("Apixaban reduced stroke by 21% in patients >85 y (HR 0.79)", False),
        ("In pts ≥85 y, apixaban ↓ stroke (HR 0.79)", False),
    ],
)
def test_an_age_is_a_criterion_only_outside_a_finding(line: str, criterion: bool) -> None:
    age = next(q for q in extract_numbers(line) if q.raw in {"75", "85"})
    assert is_note_criterion(line, age) is criterion
