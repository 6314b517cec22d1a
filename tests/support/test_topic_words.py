"""Sentences that tell only how or where their source came out state nothing an abstract
could support (user25 P1 2); the claim checks leave them unjudged, and a finding written in
the same words stays judged."""

from __future__ import annotations

import pytest

from citelint.models import Claim, Document, Marker, Reference, Resolution, Status
from citelint.record import Record
from citelint.rules.base import CheckContext
from citelint.rules.support import ClaimOffTopic
from citelint.support.topic_words import tells_publication_only

ABOUT_THE_SOURCE = [
    "Early data from the United States were reported in the CDC's weekly report.",
    "The original report of that trial was retracted and republished.",
    "The trial's results were first shared as a preprint, weeks before peer review.",
    "The individual patient data are available from a public repository.",
    "In 2013, the PREDIMED trial was published in the NEJM.",
    "Its results were presented at the ESC Congress 2019.",
    "The methods of the DAPA-HF trial have been described in detail elsewhere.",
    "The design and rationale of the trial were published previously.",
    "An erratum corrected a table in this paper.",
    # user26 P2-1: pointers to the source for a method, its marker taken out.
    "c On computed tomography, as in Ref..",
    "Sepsis was defined as in.",
    "Samples were stained as previously described.",
    # user27 P1-4, P1-5: a letter's opening on the paper it answers, a caption's credit.
    "We read with interest the review by van den Berg and Boermeester.",
    "It was with great interest that we read the recent meta-analysis by Okafor et al.",
    "I read with interest the trial by O'Neill and colleagues in the March issue.",
    "Adapted from Marchetti and Osei-Bonsu.",
    "Reproduced with permission from Lindgren et al.",
    "Figure 3 modified from the 2021 ESC guidelines.",
    "Data from Haddad and Kristensen.",
    "Source: Okafor et al., 2021.",
]

FINDINGS = [
    "Cases of myocarditis after mRNA vaccination were reported in young men.",
    "Serious adverse events in the trial were reported in 12% of patients.",
    "Results were reported in 41% of patients.",
    "Dapagliflozin reduced mortality, as reported in DAPA-HF.",
    "Retracted papers are cited for years after retraction.",
    "Trial results were reported showing dapagliflozin reduced mortality.",
    "Higher rates of bleeding were reported with apixaban.",
    "Hyperglycaemia was reported in 41% of treated patients.",
    "Correction of hyponatraemia faster than 10 mmol/L a day risks osmotic demyelination.",
    "The correction of serum sodium was slower with the bolus regimen.",
    "The protocol of early mobilisation lowered 30-day mortality after hip fracture.",
    # review25b P2-3: a verdict, and a drug's history.
    "The primary results were reported as neutral.",
    "It was withdrawn from the market in 2004.",
    "Mortality fell by 20% in treated patients, as described in.",
    "Warfarin and apixaban lower the risk of stroke in atrial fibrillation, as in.",
    # review26a P1-e: a result's claim before the pointer.
    "Statins lower cardiovascular mortality, see.",
    "Aspirin prevents recurrent stroke as described in.",
    # A letter's opening or a caption's credit that goes on to state a finding.
    "We read with interest the review by Marchetti, which showed that statins lower stroke.",
    "We read with interest the trial by Lindgren et al. showing fewer infections.",
    "Adapted from Lindgren et al.: procalcitonin halved antibiotic use.",
    "Reproduced from the PROCAP trial, antibiotic use fell by half.",
    "Data from 12 trials show that statins lower stroke.",
    "Data from registries suggest early feeding lowers infection.",
    "Data from randomised trials in 12,000 patients do not support routine tranexamic acid.",
    "Data from large registries support early mobilisation after hip fracture.",
    "Data from observational cohorts suggest higher mortality with hypoglycaemia.",
    "Data from the UK Biobank link poor sleep to incident dementia in older adults.",
    "Data from a meta-analysis of 21 trials favour beta-blockers after infarction.",
    "Modified Rankin scores from the trial improved by 2 points.",
]


@pytest.mark.parametrize("text", ABOUT_THE_SOURCE)
def test_a_sentence_about_its_source_tells_publication_only(text: str) -> None:
    assert tells_publication_only(text)


@pytest.mark.parametrize("text", FINDINGS)
def test_a_finding_in_the_same_words_is_a_claim(text: str) -> None:
    assert not tells_publication_only(text)


SURVEILLANCE = Record(
    pmid="32555134",
    title="Coronavirus disease 2019 case surveillance - United States, January 22-May 30, 2020.",
    abstract=(
        "As of May 30, 2020, 1,761,503 aggregate cases of COVID-19 had been reported. Among "
        "cases with known data, 14% were hospitalized, 2% were admitted to an intensive care "
        "unit and 5% died. Hospitalizations were six times higher among patients with a "
        "reported underlying condition than among those without one."
    ),
    publication_types=["Journal Article"],
)


def off_topic(claim: str) -> list[str]:
    document = Document(path="a.md", format="md", text=claim + " [1]")
    document.claims.append(Claim(claim, 1, 1, [Marker([1], 1, len(claim) + 2, "[1]")]))
    document.references.append(Reference(1, "entry 1", 5, 1))
    resolved = {1: Resolution(1, Status.RESOLVED, record=SURVEILLANCE)}
    return [f.code for f in ClaimOffTopic().check(CheckContext(document, resolved, {}))]


def test_cl302_leaves_a_sentence_about_its_source_alone() -> None:
    assert off_topic(ABOUT_THE_SOURCE[0]) == []


def test_cl302_leaves_a_table_footnotes_pointer_alone() -> None:
    assert off_topic("c On computed tomography, as in Ref..") == []


def test_cl302_still_judges_a_finding_cited_to_that_source() -> None:
    assert off_topic("Statins lowered LDL cholesterol by half in adults with diabetes.") == [
        "CL302"
    ]
