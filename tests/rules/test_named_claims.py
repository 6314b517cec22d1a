"""CL302 and CL303 on numbered claims naming another trial or drug than their cited paper
(user22 P1 16): "Empagliflozin showed a similar 25% reduction in EMPEROR-Reduced.[1]" with
[1] the dapagliflozin trial. The records are written here in the shape PubMed gives trial
reports (group authors, a funding line naming the trial and its registration), and the
claims in the shapes of review articles and AI answers; every clean claim must stay silent."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record

TRIAL = ["Journal Article", "Randomized Controlled Trial", "Multicenter Study"]


def trial(pmid: str, title: str, abstract: str, group: str, **kinds: list[str]) -> Record:
    return Record(
        pmid=pmid,
        title=title,
        journal="The New England journal of medicine",
        year=2020,
        authors=["Lindqvist KE", "Obafemi T", group] if group else ["Lindqvist KE"],
        abstract=abstract,
        publication_types=kinds.get("types", TRIAL),
    )


RECORDS = [
    trial(
        "38200001",
        "Dapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction.",
        "BACKGROUND: In patients with type 2 diabetes, SGLT2 inhibitors lower the risk of a "
        "first admission for heart failure. METHODS: We randomly assigned 4744 patients with "
        "heart failure and an ejection fraction of 40% or less to dapagliflozin (10 mg once "
        "daily) or placebo. RESULTS: Over a median of 18.2 months, worsening heart failure or "
        "death from cardiovascular causes occurred in 16.3% of the dapagliflozin group and "
        "21.2% of the placebo group (hazard ratio, 0.74; 95% CI, 0.65 to 0.85). Findings were "
        "similar in patients with and without diabetes. CONCLUSIONS: Dapagliflozin lowered the "
        "risk of worsening heart failure or cardiovascular death in heart failure with reduced "
        "ejection fraction. (Funded by AstraZeneca; DAPA-HF ClinicalTrials.gov number, "
        "NCT03036124.)",
        "DAPA-HF Trial Committees and Investigators",
    ),
    trial(
        "38200002",
        "Cardiovascular and Renal Outcomes with Empagliflozin in Heart Failure.",
        "BACKGROUND: Whether empagliflozin benefits patients with heart failure and a reduced "
        "ejection fraction regardless of diabetes was unknown. METHODS: 3730 patients with "
        "class II to IV heart failure and an ejection fraction of 40% or less were assigned to "
        "empagliflozin (10 mg once daily) or placebo, in addition to recommended therapy. "
        "RESULTS: Over a median of 16 months, cardiovascular death or hospitalization for heart "
        "failure occurred in 19.4% with empagliflozin and 24.7% with placebo (hazard ratio, "
        "0.75; 95% CI, 0.65 to 0.86). The decline in eGFR was slower with empagliflozin. "
        "CONCLUSIONS: Empagliflozin lowered the risk of cardiovascular death or hospitalization "
        "for heart failure. (Funded by Boehringer Ingelheim and Eli Lilly; EMPEROR-Reduced "
        "ClinicalTrials.gov number, NCT03057977.)",
        "EMPEROR-Reduced Trial Investigators",
    ),
    trial(
        "38200003",
        "Empagliflozin in Heart Failure with a Preserved Ejection Fraction.",
        "METHODS: 5988 patients with heart failure and an ejection fraction of more than 40% "
        "received empagliflozin (10 mg once daily) or placebo. RESULTS: Over 26.2 months, "
        "cardiovascular death or hospitalization for heart failure occurred in 13.8% and 17.1% "
        "(hazard ratio, 0.79; 95% CI, 0.69 to 0.90), mostly from fewer hospitalizations. "
        "CONCLUSIONS: Empagliflozin reduced the combined risk in heart failure with a "
        "preserved ejection fraction. (EMPEROR-Preserved ClinicalTrials.gov number, "
        "NCT03057951.)",
        "EMPEROR-Preserved Trial Investigators",
    ),
    trial(
        "38200004",
        "Dapagliflozin in Heart Failure with Mildly Reduced or Preserved Ejection Fraction.",
        "METHODS: We assigned 6263 patients with heart failure and an ejection fraction of "
        "more than 40% to dapagliflozin or placebo. RESULTS: Over 2.3 years, worsening heart "
        "failure or cardiovascular death occurred in 16.4% and 19.5% (hazard ratio, 0.82; 95% "
        "CI, 0.73 to 0.92). CONCLUSIONS: Dapagliflozin reduced the combined risk of worsening "
        "heart failure or cardiovascular death. (Funded by AstraZeneca; DELIVER "
        "ClinicalTrials.gov number, NCT03619213.)",
        "DELIVER Trial Committees and Investigators",
    ),
    trial(
        "38200005",
        "Apixaban versus Warfarin in Patients with Atrial Fibrillation.",
        "METHODS: We randomly assigned 18,201 patients with atrial fibrillation and at least "
        "one additional risk factor for stroke to apixaban (5 mg twice daily) or "
        "dose-adjusted warfarin. RESULTS: Stroke or systemic embolism occurred at 1.27% per "
        "year with apixaban and 1.60% per year with warfarin (hazard ratio, 0.79). Major "
        "bleeding was 2.13% per year against 3.09% per year (hazard ratio, 0.69), and death "
        "from any cause 3.52% against 3.94%. CONCLUSIONS: Apixaban was superior to warfarin "
        "in preventing stroke, caused less bleeding and lowered mortality. (ARISTOTLE "
        "ClinicalTrials.gov number, NCT00412984.)",
        "ARISTOTLE Committees and Investigators",
    ),
    trial(
        "38200006",
        "Rivaroxaban versus Warfarin in Nonvalvular Atrial Fibrillation.",
        "METHODS: 14,264 patients with nonvalvular atrial fibrillation at increased risk of "
        "stroke received rivaroxaban (20 mg daily) or dose-adjusted warfarin. RESULTS: Stroke "
        "or systemic embolism occurred at 1.7% per year with rivaroxaban and 2.2% per year "
        "with warfarin (hazard ratio, 0.79). Intracranial and fatal bleeding was less frequent "
        "with rivaroxaban. CONCLUSIONS: Rivaroxaban was noninferior to warfarin for the "
        "prevention of stroke or systemic embolism. (ROCKET AF ClinicalTrials.gov number, "
        "NCT00403767.)",
        "ROCKET AF Investigators",
    ),
    trial(
        "38200007",
        "SGLT2 inhibitors in patients with heart failure with reduced ejection fraction: a "
        "meta-analysis of the EMPEROR-Reduced and DAPA-HF trials.",
        "BACKGROUND: Two large trials tested SGLT2 inhibitors in heart failure with reduced "
        "ejection fraction. METHODS: We pooled the two trials (8474 patients). FINDINGS: SGLT2 "
        "inhibitors reduced all-cause death by 13% (hazard ratio 0.87, 95% CI 0.77-0.98) and "
        "cardiovascular death or first hospitalisation for heart failure by 26% (0.74, "
        "0.68-0.82). INTERPRETATION: The benefits were consistent across subgroups.",
        "",
        types=["Journal Article", "Meta-Analysis", "Systematic Review"],
    ),
    trial(
        "38200008",
        "Dexamethasone in Hospitalized Patients with Covid-19.",
        "BACKGROUND: Glucocorticoids may modulate the inflammation of Covid-19. METHODS: In "
        "this open-label trial, 2104 patients were assigned to oral or intravenous "
        "dexamethasone (6 mg once daily) for up to 10 days and 4321 to usual care. RESULTS: "
        "Death within 28 days occurred in 22.9% of the dexamethasone group and 25.7% of the "
        "usual care group (rate ratio, 0.83). Dexamethasone reduced deaths among patients "
        "receiving invasive mechanical ventilation (29.3% vs. 41.4%) and oxygen without "
        "invasive ventilation (23.3% vs. 26.2%) but not among those receiving no respiratory "
        "support. CONCLUSIONS: Dexamethasone lowered 28-day mortality in patients receiving "
        "respiratory support. (RECOVERY ClinicalTrials.gov number, NCT04381936.)",
        "RECOVERY Collaborative Group",
    ),
    trial(
        "38200009",
        "Angiotensin-neprilysin inhibition versus enalapril in heart failure.",
        "METHODS: 8442 patients with class II to IV heart failure and an ejection fraction of "
        "40% or less were assigned to sacubitril-valsartan (200 mg twice daily) or enalapril "
        "(10 mg twice daily). RESULTS: The trial was stopped early after a median of 27 "
        "months: death from cardiovascular causes or hospitalization for heart failure "
        "occurred in 21.8% of the sacubitril-valsartan group and 26.5% of the enalapril group "
        "(hazard ratio, 0.80). CONCLUSIONS: Sacubitril-valsartan was superior to enalapril in "
        "reducing the risks of death and of hospitalization for heart failure. (PARADIGM-HF "
        "ClinicalTrials.gov number, NCT01035255.)",
        "PARADIGM-HF Investigators and Committees",
    ),
    trial(
        "38200010",
        "Rosuvastatin to prevent vascular events in men and women with elevated C-reactive "
        "protein.",
        "METHODS: 17,802 apparently healthy men and women with LDL cholesterol below 130 mg "
        "per deciliter and high-sensitivity C-reactive protein of 2.0 mg per liter or more "
        "received rosuvastatin, 20 mg daily, or placebo. RESULTS: The trial was stopped after "
        "a median of 1.9 years; the primary end point fell with rosuvastatin (hazard ratio, "
        "0.56). CONCLUSIONS: Rosuvastatin significantly reduced major cardiovascular events. "
        "(JUPITER ClinicalTrials.gov number, NCT00239681.)",
        "JUPITER Study Group",
    ),
    trial(
        "38200011",
        "Oral acyclovir for acute herpes zoster in adults over 50: a randomized trial.",
        "METHODS: 402 adults aged over 50 with herpes zoster rash of less than 72 hours "
        "received oral acyclovir (800 mg five times daily) or placebo for 7 days. RESULTS: "
        "Acyclovir shortened the time to healing of the rash (median 9 vs 13 days) and "
        "reduced acute pain. CONCLUSIONS: Oral acyclovir speeds healing in older adults with "
        "herpes zoster.",
        "",
    ),
    trial(
        "38200012",
        "2022 Guideline for the Management of Heart Failure: a report of the joint committee "
        "on clinical practice guidelines.",
        "The guideline recommends sodium-glucose cotransporter 2 inhibitors for patients with "
        "heart failure with reduced ejection fraction to reduce hospitalization and "
        "cardiovascular death, and says they can be useful when the ejection fraction is "
        "mildly reduced or preserved. Angiotensin receptor-neprilysin inhibitors are "
        "recommended in place of ACE inhibitors where tolerated.",
        "",
        types=["Journal Article", "Practice Guideline"],
    ),
]
ENTRIES = "\n".join(
    f"{number}. Lindqvist KE, Obafemi T. {record.title} N Engl J Med. 2020;383:1413-24. "
    f"PMID: {record.pmid}"
    for number, record in enumerate(RECORDS, start=1)
)


def findings(body: str) -> list[Finding]:
    text = f"# Treatment update\n\n{body}\n\n## References\n\n{ENTRIES}\n"
    document = read_text(text, "article.md", "md")
    config = Config(select=["CL302", "CL303"])
    return lint_documents([document], config, StaticResolver(RECORDS)).findings


# Clean claims naming the cited paper's own trial or drug, or naming others only as a
# comparator, a background or a class, or citing an overview. Each is a paragraph of its own.
CLEAN = [
    "Dapagliflozin reduced worsening heart failure or cardiovascular death by 26% in DAPA-HF [1].",
    "In DAPA-HF, dapagliflozin lowered the primary outcome regardless of diabetes [1].",
    "The DAPA-HF trial enrolled 4744 patients with an ejection fraction of 40% or less [1].",
    "Empagliflozin showed a similar 25% reduction in EMPEROR-Reduced [2].",
    "Empagliflozin slowed the decline in eGFR in EMPEROR-Reduced [2].",
    "Like dapagliflozin, empagliflozin reduced heart failure hospitalization in "
    "EMPEROR-Reduced [2].",
    "Consistent with DAPA-HF, EMPEROR-Reduced found fewer hospitalizations for heart "
    "failure with empagliflozin [2].",
    "Empagliflozin (EMPEROR-Preserved) reduced the composite by 21% [3].",
    "In HFpEF, empagliflozin cut hospitalizations in EMPEROR-Preserved [3].",
    "Dapagliflozin also helped patients with an ejection fraction above 40% in DELIVER [4].",
    "In the DELIVER trial, dapagliflozin reduced worsening heart failure or cardiovascular "
    "death [4].",
    "Apixaban caused less major bleeding than warfarin in ARISTOTLE [5].",
    "Compared with warfarin, apixaban lowered stroke or systemic embolism [5].",
    "Apixaban vs warfarin: fewer strokes and less bleeding [5].",
    "Rivaroxaban was noninferior to warfarin in ROCKET AF [6].",
    "In ROCKET AF, intracranial bleeding was less frequent with rivaroxaban than with "
    "warfarin [6].",
    "SGLT2 inhibitors reduced cardiovascular death or heart failure hospitalization by 26% "
    "across DAPA-HF and EMPEROR-Reduced [7].",
    "A meta-analysis of EMPEROR-Reduced and DAPA-HF found that SGLT2 inhibitors lower "
    "all-cause death [7].",
    "Pooled, dapagliflozin and empagliflozin reduced all-cause death by 13% [7].",
    "Dexamethasone lowered 28-day mortality in RECOVERY [8].",
    "In the RECOVERY trial, dexamethasone reduced deaths among ventilated patients [8].",
    "Steroids such as dexamethasone lowered mortality in patients needing oxygen [8].",
    "Sacubitril-valsartan was superior to enalapril in PARADIGM-HF [9].",
    "In PARADIGM-HF, sacubitril-valsartan reduced cardiovascular death compared with "
    "enalapril [9].",
    "Angiotensin-neprilysin inhibition outperformed enalapril [9].",
    "Rosuvastatin 20 mg halved major cardiovascular events in JUPITER [10].",
    "Statins prevent vascular events even with normal LDL cholesterol [10].",
    "In people with a raised C-reactive protein, rosuvastatin reduced major vascular events [10].",
    "Oral aciclovir speeds rash healing in older adults with shingles [11].",
    "Acyclovir shortened healing of the zoster rash to a median of 9 days [11].",
    "Guidelines recommend SGLT2 inhibitors such as dapagliflozin and empagliflozin in HFrEF [12].",
    "Dapagliflozin and empagliflozin each reduced heart failure events in their trials [1, 2].",
    "Both DAPA-HF and EMPEROR-Reduced found a quarter fewer events [1, 2].",
    "Empagliflozin (EMPEROR-Preserved) and dapagliflozin (DELIVER) both reduced the primary "
    "composite [3, 4].",
    "Jardiance cut hospitalizations for heart failure in EMPEROR-Reduced [2].",
    "Farxiga lowered cardiovascular death or worsening heart failure [1].",
    "Added to recommended therapy, empagliflozin lowered the primary outcome by 25% [2].",
    # The words fit PARADIGM-HF better, but the claim's drug is this paper's alone.
    "On top of sacubitril-valsartan, dapagliflozin still reduced events [1].",
    "Patients already taking metoprolol benefited from dapagliflozin as well [1].",
    "Unlike rivaroxaban, apixaban also lowered death from any cause [5].",
    "Rather than warfarin, apixaban is now preferred for stroke prevention [5].",
    "The NYHA class and the ejection fraction defined eligibility in DAPA-HF [1].",
]


# Clean claims the word scores take for another entry's (CL303 by support, not by name):
# the names must add nothing. Left for the scorer (see the report of claims23b).
SCORED_ELSEWHERE = [
    "Current guidance recommends sacubitril-valsartan in place of enalapril [12].",
    "Gliflozins reduced heart failure hospitalization in HFrEF [1].",
]


@pytest.mark.parametrize("claim", SCORED_ELSEWHERE)
def test_names_add_nothing_to_a_claim_scored_elsewhere(claim: str) -> None:
    assert not [f for f in findings(claim) if "the claim names" in f.message]


def test_there_are_enough_clean_claims() -> None:
    assert len(CLEAN) >= 40


@pytest.mark.parametrize("claim", CLEAN)
def test_a_claim_naming_its_papers_trial_or_drug_is_clean(claim: str) -> None:
    assert [f.message for f in findings(claim)] == []


def test_all_clean_claims_in_one_article_stay_clean() -> None:
    """The same claims as one article: each can now see the others' trials."""
    assert [f.message for f in findings("\n\n".join(CLEAN))] == []


def note_findings(lines: list[str]) -> list[Finding]:
    """A clinic note's plan citing DAPA-HF alone, as review23b's nt1.txt."""
    record = RECORDS[0]
    text = "\n".join(
        [
            "Clinic note - HFrEF review",
            "",
            "68M, NYHA II, LVEF 30%, eGFR 55.",
            *lines,
            "",
            "References",
            f"1. Lindqvist KE, Obafemi T. {record.title} N Engl J Med. 2019;381:1995-2008.",
        ]
    )
    document = read_text(text + "\n", "note.txt", "txt")
    config = Config(select=["CL302", "CL303"])
    return lint_documents([document], config, StaticResolver([record])).findings


@pytest.mark.parametrize(
    "line",
    [
        "Add an SGLT2 inhibitor, empagliflozin preferred on formulary [1].",
        "Start an SGLT2i (empagliflozin 10 mg daily on our formulary) [1].",
        "SGLT2 inhibitor: empagliflozin 10 mg once daily [1].",
    ],
)
def test_a_class_named_with_a_member_is_the_class_s_claim(line: str) -> None:
    """review23b P2-4: the citation supports the class; the member is the writer's choice."""
    assert [f.message for f in note_findings([line])] == []


def test_a_member_named_alone_is_still_another_drug() -> None:
    (finding,) = note_findings(["Sotagliflozin 200 mg daily reduced heart failure events [1]."])
    assert finding.code == "CL302" and "sotagliflozin" in finding.message


def test_user22_p1_16_another_drug_and_trial_points_to_the_entry_naming_them() -> None:
    (finding,) = findings("Empagliflozin showed a similar 25% reduction in EMPEROR-Reduced [1].")
    assert finding.code == "CL303"
    assert finding.message == (
        "cited [1], but the claim names empagliflozin and EMPEROR-Reduced, the abstract "
        "dapagliflozin and DAPA-HF instead; entry 2 names them (support 0.72 against 0.05): "
        "likely misnumbered"
    )


@pytest.mark.parametrize(
    ("claim", "code", "named"),
    [
        # Another trial of the same drug: the entry naming it is proposed.
        (
            "Dapagliflozin helped patients with an ejection fraction above 40% in DELIVER [1].",
            "CL303",
            "DELIVER",
        ),
        ("Empagliflozin lowered the primary outcome in EMPEROR-Preserved [2].", "CL303", ""),
        # The record's drug, another drug's trial.
        ("Dapagliflozin reduced events in EMPEROR-Reduced [1].", "CL302", "EMPEROR-Reduced"),
        # Another drug of the family that no entry of the list names: CL302.
        ("Sotagliflozin reduced heart failure events [1].", "CL302", "sotagliflozin"),
        (
            "Atorvastatin lowered major vascular events in people with a raised C-reactive "
            "protein [10].",
            "CL302",
            "atorvastatin",
        ),
        ("Famciclovir speeds rash healing in older adults with shingles [11].", "CL302", ""),
        # claims24a: a two-word trial name is named whole
        ("Stroke or systemic embolism fell in ROCKET AF [5].", "CL303", "ROCKET AF"),
    ],
)
def test_a_planted_name_is_caught(claim: str, code: str, named: str) -> None:
    (finding,) = findings(claim)
    assert finding.code == code
    assert "the claim names" in finding.message and named in finding.message


@pytest.mark.parametrize(
    "claim",
    [
        "Rivaroxaban cut major bleeding compared with warfarin [5].",
        "Edoxaban was noninferior to warfarin [5].",
        "Dexamethasone lowered 28-day mortality in RECOVERY [4].",
        "Empagliflozin reduced worsening heart failure or cardiovascular death by 26% [1].",
    ],
)
def test_a_planted_name_the_words_already_catch_stays_caught(claim: str) -> None:
    assert [f.code for f in findings(claim)] in (["CL302"], ["CL303"])


def test_the_entry_naming_the_claim_s_trial_is_proposed_over_the_words_choice() -> None:
    """The words of a claim on EMPEROR-Reduced fit EMPEROR-Preserved as well; the name says
    which paper it is."""
    (finding,) = findings(
        "Empagliflozin reduced the combined risk, mostly from fewer hospitalizations, in "
        "EMPEROR-Reduced [1]."
    )
    # The words alone proposed entry 3 (EMPEROR-Preserved, support 0.71).
    assert finding.code == "CL303" and "entry 2 names them" in finding.message
    assert finding.suggestion is not None and finding.suggestion.reference == 2


def test_cl302_names_both_and_the_score() -> None:
    (finding,) = findings("Sotagliflozin reduced heart failure events [1].")
    assert finding.message.startswith(
        "reference 1 does not seem to support this claim: the claim names sotagliflozin, the "
        "abstract dapagliflozin instead (support "
    )
