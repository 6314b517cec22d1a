"""A numbered sub-heading right under a numbered item that titles its section ("6. [A] Avoid
stroke and thromboembolism" / "6.1. Initiating oral anticoagulation") is no part of the
claim below it (user30b P2-4: the heading's words were glued into the claim)."""

from __future__ import annotations

from citelint.read import read_text

LIST = (
    "\nReferences\n"
    "1. Moreno A, Falk J. Refining stroke risk scores in atrial fibrillation. Chest. "
    "2011;139(2):263-272.\n"
    "2. Tanaka H, Roy P. Anticoagulation and stroke in atrial fibrillation: a meta-analysis. "
    "Ann Intern Med. 2008;146(12):857-867.\n"
)


def claims(body: str) -> list[str]:
    document = read_text("Practice guideline\n\n" + body + LIST, "guideline.txt", "txt")
    return [claim.text for claim in document.claims]


def test_a_numbered_heading_under_an_item_line_is_not_glued_into_the_claim() -> None:
    body = (
        "6. [A] Avoid stroke and thromboembolism\n"
        "6.1. Initiating oral anticoagulation\n"
        "A stroke risk score is recommended to decide on anticoagulation.1 Anticoagulation "
        "lowers ischaemic stroke by about two-thirds in atrial fibrillation.2\n"
    )
    assert claims(body)[0] == ("A stroke risk score is recommended to decide on anticoagulation.")


def test_an_item_s_second_line_opening_with_a_number_stays_in_its_claim() -> None:
    body = (
        "4. Review renal function and potassium\n"
        "1 to 2 weeks after starting anticoagulation in atrial fibrillation.2\n"
    )
    assert claims(body) == [
        "Review renal function and potassium 1 to 2 weeks after starting anticoagulation "
        "in atrial fibrillation."
    ]
