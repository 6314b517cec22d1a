"""Which trials and drugs a claim and a record name (citelint.support.names)."""

from __future__ import annotations

import pytest

from citelint.record import Record
from citelint.support.names import claim_drugs, claim_trials, named_mismatch, record_names

OMEPRAZOLE = Record(
    pmid="1",
    title="Omeprazole versus placebo for healing reflux oesophagitis: a randomised trial.",
    abstract="We assigned 300 adults to omeprazole 20 mg or placebo; healing was faster with "
    "omeprazole (78% vs 31% at 8 weeks).",
    publication_types=["Randomized Controlled Trial"],
)
SALBUTAMOL = Record(
    pmid="2",
    title="Nebulised salbutamol versus formoterol for acute asthma in adults.",
    abstract="In 212 adults with acute asthma, peak flow rose as fast with formoterol as with "
    "salbutamol (mean difference 4 L/min).",
    publication_types=["Randomized Controlled Trial"],
)
HIFLOW = Record(
    pmid="3",
    title="High-flow nasal oxygen versus conventional oxygen in acute hypoxaemic respiratory "
    "failure (HIFLO-3): a multicentre randomised trial.",
    abstract="We randomly assigned 1110 adults to high-flow nasal oxygen or conventional "
    "oxygen therapy; intubation by day 28 occurred in 29% and 35%.",
    authors=["Moreau A", "HIFLO-3 Investigators"],
    publication_types=["Randomized Controlled Trial"],
)


def test_a_trial_is_found_in_brackets_group_authors_and_registration() -> None:
    assert record_names(HIFLOW).trials == {"hiflo 3": "HIFLO-3"}
    funded = Record(
        pmid="4",
        title="Finerenone in chronic kidney disease and type 2 diabetes.",
        abstract="Finerenone lowered kidney failure (hazard ratio, 0.82). (Funded by Bayer; "
        "FIDELIO-DKD ClinicalTrials.gov number, NCT02540993.)",
    )
    assert record_names(funded).trials == {"fidelio dkd": "FIDELIO-DKD"}


@pytest.mark.parametrize(
    ("claim", "known", "trials"),
    [
        ("Intubation fell in the HIFLO-3 trial.", set(), ["HIFLO-3"]),
        ("Intubation fell in HIFLO-3.", {"hiflo 3"}, ["HIFLO-3"]),
        # Capitals no record names as a trial, nor the claim calls one, are no trial.
        ("Intubation fell in HIFLO-3.", set(), []),
        ("Dyspnoea by NYHA class improved in the COVID-19 cohort.", set(), []),
        # A trial the claim compares with is not its subject.
        ("Unlike HIFLO-3, the HIFLO-4 trial found no benefit.", {"hiflo 3"}, ["HIFLO-4"]),
        # claims24a: a digit and capitals, and a second word naming the disease
        ("Simvastatin cut coronary deaths in the 4S trial.", set(), ["4S"]),
        ("Coronary deaths fell by 42% in 4S.", {"4s"}, ["4S"]),
        ("Rivaroxaban was noninferior in the ROCKET AF trial.", set(), ["ROCKET AF"]),
        ("Stroke fell in ROCKET AF.", {"rocket af"}, ["ROCKET AF"]),
        ("Bleeding was lower in the ENGAGE AF-TIMI 48 trial.", set(), ["ENGAGE AF-TIMI"]),
        # ranks, scores and a note's abbreviations are no trial, "trial" or "study" after them
        ("In a phase 2B trial, the drug lowered LDL cholesterol.", set(), []),
        ("A class 1A study of amiodarone in AF.", set(), []),
        ("ICU study: NIV failed in 30%, HFNO in 22%.", set(), []),
        ("COPD, AKI on CKD 3b; 3D echo study pending; 6MWT study 320 m.", set(), []),
        ("The 4AT study of delirium screening on the ward.", set(), []),
        ("RECOVERY HR 0.83 in the ICU study.", {"recovery"}, ["RECOVERY"]),
        # review24a P1 9: a field strength, a nucleus or a phase written without "phase"
        ("A 3T MRI study found that intensive control lowered events.", set(), []),
        ("In a 2B study, intensive systolic control lowered events.", set(), []),
        ("A 1.5T MRI study and a 7T study found less white-matter disease.", set(), []),
        ("A 1H NMR study of plasma metabolites after intensive control.", set(), []),
        ("The 4S study cut coronary deaths by 42%.", set(), ["4S"]),
    ],
)
def test_claim_trials(claim: str, known: set[str], trials: list[str]) -> None:
    assert claim_trials(claim, known) == trials


def test_short_trial_names_are_read_from_the_record() -> None:
    statin = Record(
        pmid="5",
        title="Randomised trial of cholesterol lowering in 4444 patients with coronary heart "
        "disease: the Scandinavian Simvastatin Survival Study (4S).",
        abstract="Simvastatin reduced total mortality by 30% (relative risk 0.70).",
    )
    assert record_names(statin).trials == {"4s": "4S"}
    factor_xa = Record(
        pmid="6",
        title="Rivaroxaban versus warfarin in nonvalvular atrial fibrillation.",
        abstract="Rivaroxaban was noninferior to warfarin. (Funded by Johnson & Johnson; "
        "ROCKET AF ClinicalTrials.gov number, NCT00403767.)",
    )
    assert record_names(factor_xa).trials == {"rocket af": "ROCKET AF"}
    assert (
        named_mismatch("Coronary deaths fell by 42% in the 4S trial.", record_names(HIFLOW), set())
        is not None
    )


@pytest.mark.parametrize(
    ("claim", "drugs"),
    [
        ("Apixaban caused less bleeding than warfarin.", ["apixaban"]),
        ("Compared with rivaroxaban, apixaban caused less bleeding.", ["apixaban"]),
        ("Statins and gliflozins both lower events.", []),
        ("On top of sacubitril-valsartan, dapagliflozin helped.", ["dapagliflozin"]),
        ("Jardiance lowered admissions.", []),
    ],
)
def test_claim_drugs(claim: str, drugs: list[str]) -> None:
    assert claim_drugs(claim) == drugs


@pytest.mark.parametrize(
    ("claim", "record", "reason"),
    [
        (
            "Pantoprazole healed reflux oesophagitis faster.",
            OMEPRAZOLE,
            "the claim names pantoprazole, the abstract omeprazole instead",
        ),
        # An enantiomer is the drug's own; so is the American name of a British one.
        ("Esomeprazole healed reflux oesophagitis faster.", OMEPRAZOLE, None),
        ("Albuterol raised peak flow quickly in acute asthma.", SALBUTAMOL, None),
        (
            "Intubation fell with high-flow oxygen in the HIFLO-4 trial.",
            HIFLOW,
            "the claim names HIFLO-4, the abstract HIFLO-3 instead",
        ),
        # The claim names the record's own trial, if only in passing.
        ("As in HIFLO-3, the HIFLO-4 trial found fewer intubations.", HIFLOW, None),
        # review24a P1 6: the class exempts the member the writer chose after it, never an
        # appositive telling the member's own result.
        ("Start a PPI (pantoprazole 40 mg daily on our formulary).", OMEPRAZOLE, None),
        ("Add a PPI, pantoprazole preferred, for reflux oesophagitis.", OMEPRAZOLE, None),
        (
            "Pantoprazole, another proton-pump inhibitor, healed reflux oesophagitis faster.",
            OMEPRAZOLE,
            "the claim names pantoprazole, the abstract omeprazole instead",
        ),
        (
            "The PPI pantoprazole healed reflux oesophagitis faster.",
            OMEPRAZOLE,
            "the claim names pantoprazole, the abstract omeprazole instead",
        ),
    ],
)
def test_named_mismatch(claim: str, record: Record, reason: str | None) -> None:
    found = named_mismatch(claim, record_names(record), set())
    assert (found.reason if found else None) == reason


def test_an_overview_never_mismatches() -> None:
    review = Record(
        pmid="5",
        title="Proton pump inhibitors for reflux oesophagitis: a systematic review.",
        abstract="Omeprazole healed more oesophagitis than placebo in 12 trials.",
        publication_types=["Journal Article", "Systematic Review"],
    )
    assert named_mismatch("Pantoprazole healed oesophagitis.", record_names(review), set()) is None
