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
