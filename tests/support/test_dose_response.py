"""A dose-response the claim says was shown, which the cited dose-finding trial found none of
(user31b P2-2): CL306, and the audit no longer rates the citation "good"."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record


def trial(abstract: str) -> Record:
    return Record(
        pmid="39500001",
        title="Dose response of walking practice after hip fracture: a phase II randomized trial.",
        journal="Journal of rehabilitation trials",
        year=2019,
        authors=["Okafor B", "Lindgren S"],
        abstract=abstract,
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    )


NONE_FOUND = trial(
    "Ninety older adults after hip fracture were randomised to 20, 40 or 60 minutes of daily "
    "walking practice for 4 weeks. Larger doses of walking practice did not produce greater "
    "improvement in gait speed than smaller doses."
)
ONE_FOUND = trial(
    "Ninety older adults after hip fracture were randomised to 20, 40 or 60 minutes of daily "
    "walking practice for 4 weeks. Larger doses of walking practice produced greater "
    "improvement in gait speed than smaller doses."
)
CLAIM = (
    "Conclusion: Walking practice after hip fracture can be raised on the ward; a "
    "dose-response of walking practice on gait speed has been shown in a phase II trial.1"
)


def cl306(claim: str, record: Record) -> list[str]:
    text = (
        f"Abstract P2-14\n{claim}\nReferences\n1. Okafor B, Lindgren S. {record.title} "
        f"J Rehabil Trials. 2019;4:1-9. PMID: {record.pmid}\n"
    )
    document = read_text(text, "abstract.txt", "txt")
    result = lint_documents([document], Config(select=["CL306"]), StaticResolver([record]))
    return [finding.message for finding in result.findings]


def test_a_dose_response_the_trial_found_none_of_is_contradicted() -> None:
    (message,) = cl306(CLAIM, NONE_FOUND)
    assert message.startswith("reference 1 reports no dose-response")


def test_a_dose_response_the_trial_found_is_not() -> None:
    assert cl306(CLAIM, ONE_FOUND) == []


def test_a_hedged_or_denied_dose_response_is_not() -> None:
    for words in ("whether a dose-response", "no dose-response"):
        claim = CLAIM.replace("a dose-response", words)
        assert cl306(claim, NONE_FOUND) == []


def test_only_a_plain_dose_response_claim_is_read() -> None:
    from citelint.support.dose_response import claims_dose_response

    assert claims_dose_response("A dose-response relationship was demonstrated [2].")
    assert claims_dose_response("One trial showed a clear dose-response for practice.")
    assert not claims_dose_response("A dose-response may have been shown in one trial.")
    assert not claims_dose_response("The dose was halved in response to nausea.")


def diabetes_trial(abstract: str) -> Record:
    return Record(
        pmid="39500002",
        title="Dose-ranging study of an oral GLP-1 agonist in type 2 diabetes: a phase II trial.",
        journal="Journal of diabetes trials",
        year=2020,
        authors=["Okafor B", "Lindgren S"],
        abstract=abstract,
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    )


HBA1C_CLAIM = "A dose-response for HbA1c lowering has been shown in a phase II trial.1"


def test_a_flat_harm_beside_a_dose_response_shown_is_no_denial() -> None:
    """review32a P1-2(a): the adverse-events sentence was quoted as "no dose-response"."""
    shown = (
        "In 540 adults with type 2 diabetes, the agonist at 3 to 30 mg lowered HbA1c in a "
        "dose-dependent manner (p for trend <0.001). Higher doses did not result in more "
        "serious adverse events than lower doses."
    )
    assert cl306(HBA1C_CLAIM, diabetes_trial(shown)) == []
    flat_harm = (
        "In 540 adults with type 2 diabetes, HbA1c fell with a clear dose-response across the "
        "four doses. There was no dose-response for serious adverse events."
    )
    assert cl306(HBA1C_CLAIM, diabetes_trial(flat_harm)) == []
    harm_only = (
        "In 540 adults with type 2 diabetes, HbA1c fell further at each step from 3 to 30 mg. "
        "Increasing doses did not lead to more hypoglycaemia than placebo."
    )
    assert cl306(HBA1C_CLAIM, diabetes_trial(harm_only)) == []


def test_a_claim_that_sets_cohorts_against_the_trial_agrees_with_it() -> None:
    """review32a P1-2(b): the writer says what the trial found; no CL306."""
    for claim in (
        "A dose-response was shown in cohorts but not in the phase II trial.1",
        "Although a dose-response has been shown in observational cohorts, the phase II "
        "trial found larger doses gave no further benefit.1",
    ):
        assert cl306(claim, NONE_FOUND) == []


def test_an_objective_naming_the_dose_response_affirms_nothing() -> None:
    """The aim "to determine the dose response" is no result: the denial still counts."""
    aimed = trial(
        "The aim was to determine the dose response of walking practice after hip fracture. "
        + NONE_FOUND.abstract
    )
    (message,) = cl306(CLAIM, aimed)
    assert message.startswith("reference 1 reports no dose-response")
