"""A guideline's section copied from the browser with its footnotes and no heading (user30b
P1-12): "[4] At the time of publication ..." are notes, not a reference list starting at 4;
a list of references in brackets with no heading is still one, and told of its faults."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_text

RECOMMENDATIONS = (
    "Hypertension in adults\n\n1.6 Resistant hypertension\n\n"
    "1.6.13 Consider low-dose spironolactone (25 mg once daily)[4] if the blood potassium "
    "level is 4.5 mmol/l or lower.\n"
    "1.6.16 If further diuretic therapy is not tolerated, consider an alpha- or "
    "beta-blocker[5].\n\n"
)
NOTES = (
    "[4] At the time of publication (May 2019), spironolactone had no UK marketing "
    "authorisation for this indication. Informed consent should be obtained and documented.\n"
    "[5] At the time of publication (May 2019), not every alpha-blocker had a UK marketing "
    "authorisation for this indication. Informed consent should be obtained and documented.\n"
)


def codes(text: str) -> list[tuple[str, int | None]]:
    document = read_text(text, "guideline.txt", "txt")
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(finding.code, finding.citation or finding.reference) for finding in found]


def test_footnotes_with_no_heading_are_no_reference_list() -> None:
    document = read_text(RECOMMENDATIONS + NOTES, "guideline.txt", "txt")
    assert document.references == [] and document.claims == []
    assert codes(RECOMMENDATIONS + NOTES) == []
    from_one = (RECOMMENDATIONS + NOTES).replace("[4]", "[1]").replace("[5]", "[2]")
    assert read_text(from_one, "guideline.txt", "txt").references == []


ENTRIES = (
    "[4] Williams B, Lindqvist M, Okafor N. Spironolactone versus placebo in resistant "
    "hypertension. Lancet. 2015;386(10008):2059-68.\n"
    "[5] Okafor N, Williams B. Doxazosin as fourth-line therapy. J Hypertens. "
    "2017;35(4):710-7.\n"
    "[6] Lindqvist M. Amiloride in resistant hypertension. Hypertension. 2018;72(2):301-9.\n"
)


def test_a_bracketed_list_of_references_with_no_heading_is_still_checked() -> None:
    """Traps: a real list starting at 4 is still CL103, an uncited entry still CL102."""
    found = codes(RECOMMENDATIONS + ENTRIES)
    assert ("CL102", 6) in found
    assert [code for code, _ in found if code == "CL103"] == ["CL103"]
    # Short source titles, as an answer page lists them, stay its list too.
    sources = "[4] Spironolactone - Mayo Clinic\n[5] Alpha blockers - NHS\n"
    assert [r.number for r in read_text(RECOMMENDATIONS + sources, "a.txt", "txt").references] == [
        4,
        5,
    ]


def test_an_answer_s_long_source_titles_stay_its_list() -> None:
    # review30b P1-1: titles of ten words and more, with a site's name or in sentence case,
    # hold no verb: they are sources to look up, not remarks.
    answer = (
        "SGLT2 inhibitors lower admissions for heart failure [1]. Kidney outcomes improved in "
        "chronic kidney disease with or without diabetes [2].\n\n"
        "[1] Dapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction | New "
        "England Journal of Medicine\n"
        "[2] Dapagliflozin in patients with chronic kidney disease with and without type 2 "
        "diabetes in the DAPA-CKD trial\n"
    )
    assert [r.number for r in read_text(answer, "a.md", "md").references] == [1, 2]
