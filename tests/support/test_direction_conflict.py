"""CL306 on the direction of effect: a claim the abstract's result contradicts by direction
or scope (user22 P1 15), and the shapes it must stay silent on."""

from __future__ import annotations

import dataclasses

import pytest

from citelint.record import Record
from citelint.support.direction_conflict import direction_conflict

# A Lancet-shaped trial: the primary outcome reduced, mortality not, per the interpretation.
PRONE = Record(
    pmid="1",
    title="Awake prone positioning in acute hypoxaemic respiratory failure: a randomised trial.",
    abstract="",
    abstract_sections=[
        ("METHODS", "We randomly assigned 540 adults to awake prone positioning or usual care. "
         "The primary outcome was intubation within 28 days."),
        ("FINDINGS", "Intubation occurred in 70 (26%) of 270 patients in the prone group and "
         "96 (36%) of 270 in the usual care group (odds ratio 0.63, 95% CI 0.43-0.92; "
         "p=0.02). 28-day mortality did not differ (15% vs 16%)."),
        ("INTERPRETATION", "Awake prone positioning reduced intubation but not mortality in "
         "acute hypoxaemic respiratory failure."),
    ],
)  # fmt: skip
# An NEJM-shaped conclusion naming the subgroups it held in and the one it did not.
STEROID = Record(
    pmid="2",
    title="Methylprednisolone in Hospitalized Patients with Influenza Pneumonia.",
    abstract="",
    abstract_sections=[
        ("METHODS", "We randomly assigned 3100 patients to methylprednisolone or usual care. "
         "The primary outcome was 28-day mortality."),
        ("CONCLUSIONS", "In patients hospitalized with influenza pneumonia, the use of "
         "methylprednisolone resulted in lower 28-day mortality among those who were "
         "receiving oxygen at randomization but not among those receiving no respiratory "
         "support."),
    ],
)  # fmt: skip
# A results sentence whose "higher" is the placebo group's, and a trial against warfarin.
PLACEBO_FIRST = Record(
    pmid="3",
    title="Colchicine after myocardial infarction: a randomised trial.",
    abstract="",
    abstract_sections=[
        ("RESULTS", "Recurrent ischaemic events were higher in the placebo group and lower "
         "with colchicine (hazard ratio 0.77, 95% CI 0.61-0.96)."),
        ("CONCLUSIONS", "Among patients with recent myocardial infarction, colchicine 0.5 mg "
         "daily reduced recurrent ischaemic events compared with placebo."),
    ],
)  # fmt: skip
WARFARIN = Record(
    pmid="4",
    title="Apixaban versus warfarin in atrial fibrillation.",
    abstract="",
    abstract_sections=[
        ("CONCLUSIONS", "In patients with atrial fibrillation, apixaban reduced stroke or "
         "systemic embolism compared with warfarin."),
    ],
)  # fmt: skip
# A trial in two of the three kinds of heart failure, named in one phrase.
FINERENONE = Record(
    pmid="5",
    title="Finerenone in Heart Failure with Mildly Reduced or Preserved Ejection Fraction.",
    abstract="",
    abstract_sections=[
        ("CONCLUSIONS", "Finerenone reduced worsening heart failure events or cardiovascular "
         "death among patients with heart failure and a mildly reduced or preserved ejection "
         "fraction."),
    ],
)  # fmt: skip
# A result naming no intervention, with decimals beside it ("3.6" is no 6-month result).
CROUP = Record(
    pmid="6",
    title="Nebulised budesonide for croup in children: a randomised, placebo-controlled trial.",
    abstract="",
    abstract_sections=[
        ("RESULTS", "Return visits were fewer with budesonide (12% vs 21%; p=0.01). Length of "
         "stay did not differ (median 3.6 vs 3.8 hours)."),
        ("CONCLUSIONS", "Nebulised budesonide reduced return visits in children with croup."),
    ],
)  # fmt: skip
# A pooled result whose title names two groups: it is no result in one of them.
POOLED = Record(
    pmid="7",
    title="Statins for primary and secondary prevention of stroke: a meta-analysis of "
    "randomised trials.",
    abstract="",
    abstract_sections=[
        ("FINDINGS", "We included 24 trials with 165 792 participants. Statins reduced stroke "
         "by 18% (risk ratio 0.82, 95% CI 0.75-0.90)."),
    ],
)  # fmt: skip
# A cohort naming its drugs' class in full only: the claim's "DOACs" are its "direct oral
# anticoagulants", as "HFNO" is "high-flow nasal oxygen".
ANTICOAG = Record(
    pmid="8",
    title="Oral anticoagulants and bleeding in older adults with atrial fibrillation and "
    "frailty: a cohort study.",
    abstract="",
    abstract_sections=[
        ("METHODS", "We included 9120 adults aged 75 years or older with atrial fibrillation "
         "who started an oral anticoagulant."),
        ("RESULTS", "Among frail patients, direct oral anticoagulants were associated with a "
         "lower risk of major bleeding than warfarin (hazard ratio 0.71, 95% CI 0.60-0.84)."),
        ("CONCLUSIONS", "Direct oral anticoagulants were associated with less major bleeding "
         "than warfarin in frail older adults."),
    ],
)  # fmt: skip
NASAL = Record(
    pmid="9",
    title="High-flow nasal oxygen in acute hypoxaemic respiratory failure: a randomised trial.",
    abstract="",
    abstract_sections=[
        ("METHODS", "We randomly assigned 620 adults to high-flow nasal oxygen or standard "
         "oxygen. The primary outcome was intubation within 28 days."),
        ("RESULTS", "Intubation occurred in 30% with high-flow nasal oxygen and 39% with "
         "standard oxygen (odds ratio 0.67; p=0.01). 90-day mortality did not differ (19% vs "
         "21%)."),
        ("CONCLUSIONS", "High-flow nasal oxygen reduced intubation but not mortality in acute "
         "hypoxaemic respiratory failure."),
    ],
)  # fmt: skip
# The intervention in full in the title only; the results say "vitamin D".
VITAMIN = Record(
    pmid="10",
    title="Annual high-dose oral vitamin D and falls in older women: a randomised "
    "placebo-controlled trial.",
    abstract="",
    abstract_sections=[
        ("METHODS", "We randomly assigned 1,840 community-dwelling women aged 72 or older to "
         "one oral dose of 300,000 IU vitamin D each autumn or placebo for 3 years."),
        ("RESULTS", "Women given vitamin D had more falls than women given placebo "
         "(incidence rate ratio 1.18; 95% CI 1.04-1.33)."),
        ("CONCLUSIONS", "A single large yearly dose of vitamin D increased the risk of falls "
         "in older women."),
    ],
)  # fmt: skip
RECORDS = (PRONE, STEROID, PLACEBO_FIRST, WARFARIN, FINERENONE, CROUP, POOLED, ANTICOAG, NASAL)
for record in (*RECORDS, VITAMIN):
    record.abstract = " ".join(text for _, text in record.abstract_sections)


@pytest.mark.parametrize(
    ("claim", "record", "why"),
    [
        ("Awake prone positioning did not reduce intubation.", PRONE, "an effect the claim"),
        ("Awake prone positioning reduced both intubation and mortality.", PRONE, "no "),
        ("Awake prone positioning lowered 28-day mortality.", PRONE, "no difference in"),
        # the title's "positioning in acute …" does not grade "acute" ("positive" does)
        ("Awake prone positioning did not reduce intubation in acute hypoxaemic respiratory "
         "failure.", PRONE, "an effect the claim denies"),
        ("Methylprednisolone increased 28-day mortality in hospitalized patients with "
         "influenza pneumonia.", STEROID, "the opposite direction"),
        ("Methylprednisolone resulted in higher 28-day mortality in hospitalized patients with "
         "influenza pneumonia.", STEROID, "the opposite direction"),
        ("Methylprednisolone reduced mortality even in patients receiving no respiratory "
         "support.", STEROID, "no such effect in that group"),
        ("Colchicine did not reduce recurrent ischaemic events after myocardial infarction.",
         PLACEBO_FIRST, "an effect the claim denies"),
        ("Apixaban did not reduce stroke or systemic embolism compared with warfarin.",
         WARFARIN, "an effect the claim denies"),
        ("Finerenone did not reduce worsening heart failure events or cardiovascular death in "
         "heart failure with a mildly reduced or preserved ejection fraction.", FINERENONE,
         "an effect the claim denies"),
        ("Nebulised budesonide reduced length of stay.", CROUP, "no difference in"),
        ("Nebulised budesonide reduced length of stay in children with croup.", CROUP,
         "no difference in"),
        ("Statins did not reduce stroke.", POOLED, "an effect the claim denies"),
        # claims24a: a group written "without", abbreviations the abstract spells out, the
        # intervention's words before its head the title's
        ("Methylprednisolone reduced 28-day mortality without respiratory support.", STEROID,
         "no such effect in that group"),
        ("Methylprednisolone reduced 28-day mortality in patients without respiratory "
         "support.", STEROID, "no such effect in that group"),
        ("DOACs were associated with more major bleeding than warfarin in frail older adults.",
         ANTICOAG, "the opposite direction"),
        ("DOACs did not reduce major bleeding compared with warfarin.", ANTICOAG,
         "an effect the claim denies"),
        ("HFNO did not reduce intubation.", NASAL, "an effect the claim denies"),
        ("HFNO lowered 90-day mortality.", NASAL, "no difference in"),
        ("HFNO lowered 28-day mortality.", NASAL, "no such effect on mortality"),
        ("Annual high-dose vitamin D reduced falls in community-dwelling older women.",
         VITAMIN, "the opposite direction"),
        ("Annual high-dose vitamin D prevented falls.", VITAMIN, "the opposite direction"),
    ],
)  # fmt: skip
def test_a_result_against_the_claim_is_a_contradiction(
    claim: str, record: Record, why: str
) -> None:
    found = direction_conflict(claim, record)
    assert found is not None and found[1].startswith(why)


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        ("Awake prone positioning reduced intubation in acute hypoxaemic respiratory failure.",
         PRONE),
        ("Awake prone positioning did not reduce mortality.", PRONE),
        ("Awake prone positioning had no effect on 28-day mortality.", PRONE),
        # harms and benefits are different outcome words
        ("Awake prone positioning increased survival.", PRONE),
        ("Usual care was associated with more intubations than awake prone positioning.",
         PRONE),
        ("Awake prone positioning may not reduce intubation in older adults.", PRONE),
        ("Awake prone positioning did not reduce intubation in patients with obesity.", PRONE),
        ("Awake prone positioning did not reduce intubation in chronic hypoxaemic respiratory "
         "failure.", PRONE),
        ("Awake prone positioning did not reduce intubation at 90 days.", PRONE),
        ("Awake prone positioning was non-inferior for intubation.", PRONE),
        ("Methylprednisolone did not reduce mortality in patients receiving no respiratory "
         "support.", STEROID),
        ("Methylprednisolone reduced 28-day mortality among patients receiving oxygen.",
         STEROID),
        ("Methylprednisolone reduced mortality in patients receiving respiratory support.",
         STEROID),
        ("Methylprednisolone increased mortality among patients receiving no respiratory "
         "support.", STEROID),
        ("Methylprednisolone increased 90-day mortality in influenza pneumonia.", STEROID),
        # the "higher" is the placebo group's, the dose the abstract's own
        ("Colchicine reduced recurrent ischaemic events after myocardial infarction.",
         PLACEBO_FIRST),
        ("Colchicine 1 mg did not reduce recurrent ischaemic events.", PLACEBO_FIRST),
        # a group named first, an effect denied the other way, a group the trial left out
        ("In patients not on oxygen, methylprednisolone had no effect on mortality.", STEROID),
        ("Methylprednisolone did not increase 28-day mortality in hospitalized patients with "
         "influenza pneumonia.", STEROID),
        ("Finerenone did not reduce worsening heart failure events or cardiovascular death in "
         "HFrEF.", FINERENONE),
        ("Finerenone did not reduce worsening heart failure events or cardiovascular death in "
         "patients with a reduced ejection fraction.", FINERENONE),
        # another comparator than the trial's
        ("Apixaban did not reduce stroke or systemic embolism compared with aspirin.", WARFARIN),
        ("Warfarin increased stroke or systemic embolism compared with apixaban.", WARFARIN),
        # an overall "did not differ" says nothing of a subgroup or another time point
        ("Awake prone positioning reduced mortality at 60 days.", PRONE),
        ("Awake prone positioning reduced mortality in patients who tolerated it for more than "
         "8 hours a day.", PRONE),
        ("Awake prone positioning reduced mortality among patients with COVID-19 on high-flow "
         "oxygen.", PRONE),
        ("Nebulised budesonide reduced length of stay at 6 months.", CROUP),
        ("Nebulised budesonide reduced length of stay in children with severe croup.", CROUP),
        # the size of the effect is no direction of the outcome
        ("Methylprednisolone had a larger effect on mortality in patients receiving oxygen.",
         STEROID),
        ("Methylprednisolone produced a larger mortality reduction in patients receiving "
         "oxygen.", STEROID),
        ("Methylprednisolone showed a greater effect on 28-day mortality in patients receiving "
         "oxygen.", STEROID),
        ("Methylprednisolone had more effect on mortality in patients receiving oxygen.",
         STEROID),
        # a group the pooled result or the title's pair of groups says nothing of
        ("Statins did not reduce stroke in primary prevention.", POOLED),
        ("Statins did not reduce stroke for primary prevention.", POOLED),
        ("Methylprednisolone did not reduce 28-day mortality at randomization without "
         "respiratory support.", STEROID),
        ("Methylprednisolone did not reduce 28-day mortality when started early.", STEROID),
        ("Methylprednisolone did not reduce 28-day mortality under the age of 70.", STEROID),
        ("Statins did not reduce stroke at an LDL cholesterol below 2 mmol/L.", POOLED),
        # claims24a: everyone, another group, another outcome, comparator or abbreviation
        ("Methylprednisolone reduced 28-day mortality with or without respiratory support.",
         STEROID),
        ("Methylprednisolone reduced 28-day mortality without invasive ventilation.", STEROID),
        ("DOACs were associated with less major bleeding than warfarin in frail older adults.",
         ANTICOAG),
        ("DOACs caused more gastrointestinal bleeding than warfarin.", ANTICOAG),
        ("DOACs increased major bleeding compared with aspirin.", ANTICOAG),
        ("NOACs were associated with more major bleeding than warfarin.", ANTICOAG),
        ("HFNO reduced intubation.", NASAL),
        ("HFNC did not reduce intubation.", NASAL),
        ("HFNO did not reduce intubation in children with bronchiolitis.", NASAL),
        ("Annual high-dose vitamin D reduced falls in older women with osteoporosis.", VITAMIN),
        ("Annual high-dose vitamin D reduced falls in community-dwelling older men.", VITAMIN),
        ("Daily vitamin D reduced falls.", VITAMIN),
        ("Vitamin D with calcium reduced falls.", VITAMIN),
        ("Annual high-dose vitamin D reduced fractures.", VITAMIN),
    ],
)  # fmt: skip
def test_a_result_that_does_not_contradict_is_silent(claim: str, record: Record) -> None:
    assert direction_conflict(claim, record) is None


# An adult trial's age bound: "aged 18 years or older" enrolled adults, not older adults.
SHOCK = Record(
    pmid="11",
    title="Hydrocortisone plus fludrocortisone for adults with septic shock.",
    abstract="",
    abstract_sections=[
        ("METHODS", "We randomly assigned 1241 adults aged 18 years or older with septic "
         "shock to hydrocortisone plus fludrocortisone or placebo."),
        ("RESULTS", "90-day all-cause mortality was 43.0% with hydrocortisone plus "
         "fludrocortisone and 49.1% with placebo (P=0.03)."),
        ("CONCLUSIONS", "Hydrocortisone plus fludrocortisone reduced 90-day all-cause "
         "mortality in adults with septic shock."),
    ],
)  # fmt: skip
SHOCK.abstract = " ".join(text for _, text in SHOCK.abstract_sections)


@pytest.mark.parametrize("bound", ["or older", "and older"])
def test_an_adult_age_bound_is_no_older_adult_subgroup(bound: str) -> None:
    """review24a P1 8: the whole-trial result covers the adults it enrolled, not the
    subgroup of older adults its "18 years or older" bound was read as."""
    sections = [(label, text.replace("or older", bound)) for label, text in SHOCK.abstract_sections]
    shock = dataclasses.replace(
        SHOCK, abstract=" ".join(text for _, text in sections), abstract_sections=sections
    )
    claim = "Hydrocortisone plus fludrocortisone did not reduce 90-day all-cause mortality in "
    assert direction_conflict(f"{claim}older adults with septic shock.", shock) is None
    assert direction_conflict(f"{claim}older adults.", shock) is None
    found = direction_conflict(f"{claim}adults with septic shock.", shock)
    assert found is not None and found[1].startswith("an effect the claim denies")
