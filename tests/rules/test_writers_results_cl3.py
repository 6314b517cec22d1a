"""CL301 on a writer's own figures in a sentence that cites what they are set against
(user31b): an audit's rates beside the guideline it falls short of, and the hours a letter's
writers propose. The standard's own figure and a cited result stay checked."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record


def record(pmid: str, title: str, abstract: str, kinds: list[str] | None = None) -> Record:
    return Record(
        pmid=pmid,
        title=title,
        journal="Journal of audit and practice",
        year=2018,
        authors=["Moreau P", "Achebe K"],
        abstract=abstract,
        publication_types=kinds or ["Journal Article"],
    )


MONITORING_GUIDANCE = record(
    "39200001",
    "Monitoring of patients on long-term valproate: recommendations from national guidelines.",
    "We compared national guidelines on valproate. Most recommend liver function tests and a "
    "full blood count every 6 months, and 90% of patients monitored to that standard.",
    ["Journal Article", "Review"],
)
MONITORING_COHORT = record(
    "39200002",
    "Liver function monitoring in adults on valproate: a cohort study in general practice.",
    "In 2,140 adults on valproate, liver function tests were done every 6 months in 58% "
    "and a full blood count in 61%, short of the national guideline standard.",
)
OBSERVATION = record(
    "39200003",
    "Observation before imaging in children with minor blunt head trauma: a cohort study.",
    "Among children with minor blunt head trauma, a period of observation in the emergency "
    "department before deciding on imaging was associated with lower CT use, without delays "
    "in the diagnosis of important injuries.",
)


def cl301(body: str, *records: Record) -> list[str]:
    listed = "\n".join(
        f"{n}. Moreau P, Achebe K. {r.title} J Audit Pract. 2018;{n}:1-9. PMID: {r.pmid}"
        for n, r in enumerate(records, start=1)
    )
    text = f"# Original research\n\n{body}\n\n## References\n\n{listed}\n"
    document = read_text(text, "audit.md", "md")
    result = lint_documents([document], Config(select=["CL301"]), StaticResolver(list(records)))
    return [finding.message.split('"')[1] for finding in result.findings]


AUDIT = (
    "Liver function was tested every 6 months in 71.5% of adults on valproate and a full "
    "blood count in 64.0%, short of the guideline standard [1]."
)


def test_an_audit_s_rates_beside_the_cited_guideline_are_its_own() -> None:
    """user31b P1-10's second half: 2 x CL301 on the study's own rates."""
    assert cl301(AUDIT, MONITORING_GUIDANCE) == []
    below = AUDIT.replace("short of the guideline standard", "below the national target")
    assert cl301(below, MONITORING_GUIDANCE) == []


def test_the_standard_s_own_figure_is_still_checked() -> None:
    claim = AUDIT.replace("standard [1]", "standard of 95% [1]")
    assert "95" in cl301(claim, MONITORING_GUIDANCE)


def test_rates_cited_to_a_study_that_reports_them_are_still_checked() -> None:
    """The cited paper is a cohort, not a guideline: its rates are its results."""
    assert cl301(AUDIT, MONITORING_COHORT) == ["71.5", "64.0"]


def test_rates_with_no_standard_beside_them_are_still_checked() -> None:
    claim = "Liver function was tested every 6 months in 71.5% of adults on valproate [1]."
    assert cl301(claim, MONITORING_GUIDANCE) == ["71.5"]


PROPOSAL = (
    "We would add that observation in the emergency department for 4-6 hours before "
    "deciding on imaging lowers CT rates further in children with minor head trauma [1]."
)


def test_the_hours_a_letter_s_writers_propose_are_theirs() -> None:
    """user31b (after fix31c read "(6)"): 2 x CL301 on the proposal's "4-6 hours"."""
    assert cl301(PROPOSAL, OBSERVATION) == []
    assert cl301(PROPOSAL.replace("We would add that", "We suggest that"), OBSERVATION) == []


def test_a_duration_stated_as_the_paper_s_finding_is_still_checked() -> None:
    claim = PROPOSAL.replace("We would add that observation", "Observation")
    assert cl301(claim, OBSERVATION) == ["4", "6"]


def test_a_result_in_the_writers_proposal_is_still_checked() -> None:
    claim = PROPOSAL.replace("lowers CT rates further", "lowered CT use by 40%")
    assert "40" in cl301(claim, OBSERVATION)


def test_rates_cited_to_a_study_of_adherence_to_guidelines_are_still_checked() -> None:
    """review32a P1-1: "guidelines" or "quality standards" in a study's title does not make
    it a guideline; its rates are its results."""
    adherence = record(
        "39200004",
        "Adherence to heart failure guidelines in general practice: a cross-sectional study.",
        "In 1,310 patients with reduced ejection fraction, 57% received a beta-blocker below "
        "the guideline target dose and 39% no mineralocorticoid antagonist.",
    )
    claim = "In heart failure, 36% received a beta-blocker below the guideline target dose [1]."
    assert cl301(claim, adherence) == ["36"]
    audit = record(
        "39200005",
        "Compliance with hip fracture quality standards in Wales: a national audit.",
        "Across 41 hospitals, 27% did not meet the quality standards for time to surgery.",
    )
    claim = "In a national audit, 44% of hospitals did not meet the quality standards [1]."
    assert cl301(claim, audit) == ["44"]


WARFARIN_TRIAL = record(
    "39200006",
    "Extended anticoagulation after unprovoked pulmonary embolism: a randomized trial.",
    "Among 371 patients, extending warfarin to 18 months reduced recurrence compared with "
    "placebo, but the benefit was lost after it stopped.",
    ["Journal Article", "Randomized Controlled Trial"],
)


def test_a_proposal_s_duration_the_cited_abstract_gives_otherwise_is_still_checked() -> None:
    """review32a P1-3: the abstract states a duration in months, so the claim's months are
    set against it whatever verb opens the sentence."""
    claim = "I would argue that extending warfarin to 24 months reduced recurrence [1]."
    assert cl301(claim, WARFARIN_TRIAL) == ["24"]
    claim = "We suggest that 6 months of warfarin reduced recurrence in this trial [1]."
    assert cl301(claim, WARFARIN_TRIAL) == ["6"]
