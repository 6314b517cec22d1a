"""Reviews, guidelines and care plans in the shapes a new user's trial met (user26 P1-4 to
P1-6): a Cochrane review's numbered "Additional references" after its included studies, a
guideline's grade and level-of-evidence columns, a care plan whose citation sits in its
"Rationale" cell. Each page is correct but for a planted fault, which must still be found."""

from __future__ import annotations

from pathlib import Path

from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_path, read_text
from citelint.record import Record

REVIEWS = Path(__file__).resolve().parents[2] / "fixtures" / "reviews"
COCHRANE = REVIEWS / "cochrane-additional-references.txt"

# Records written for these pages (their PMIDs are no real paper's).
THYROID_STORM = Record(
    pmid="39990101",
    title="Thyroid storm in children: a systematic review of case reports.",
    abstract=(
        "We reviewed 61 published cases of thyroid storm in patients younger than 18 years. "
        "Beta-blockers were given in 89% and thionamides in 93%. Mortality was 8%."
    ),
    publication_types=["Journal Article", "Systematic Review"],
)
CATHETER_REGISTRY = Record(
    pmid="39990102",
    title="Pulmonary artery catheter use in cardiogenic shock: a registry study.",
    abstract=(
        "Among 1,414 patients with cardiogenic shock in a multicentre registry, 37% had a "
        "pulmonary artery catheter. Catheter use was associated with lower in-hospital "
        "mortality (odds ratio 0.71), and the catheter guided therapy."
    ),
    publication_types=["Journal Article", "Observational Study"],
)


def number_findings(name: str, record: Record) -> list[tuple[int, str]]:
    document = read_path(REVIEWS / name, None)
    found = lint_documents([document], Config(select=["CL301"]), StaticResolver([record]))
    return [(finding.line, finding.message.split('"')[1]) for finding in found.findings]


def test_the_numbered_additional_references_are_the_list_the_text_cites() -> None:
    document = read_path(COCHRANE, None)
    assert [(entry.number, entry.numbered) for entry in document.references] == [
        (1, True),
        (2, True),
        (3, True),
    ]
    assert [entry.title for entry in document.references] == [
        "Update on the management of acute pancreatitis",
        "Hemodynamic monitoring in cardiogenic shock",
        "Current management of acute pulmonary embolism",
    ]
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert found == []


def test_a_citation_past_the_numbered_list_is_still_found() -> None:
    text = COCHRANE.read_text(encoding="utf-8").replace(
        "in a critical care unit [2].", "in a critical care unit [2], [4]."
    )
    document = read_text(text, "review.txt", "txt")
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert [(finding.code, finding.citation) for finding in found] == [("CL101", 4)]


def test_the_review_checked_against_pubmed_finds_every_entry(pubmed: FakeEutils) -> None:
    """The real records of the three numbered entries: each is found, none misnumbered."""
    document = read_path(COCHRANE, None)
    found: list[Finding] = lint_online(pubmed, document)
    assert [(f.code, f.line) for f in found if f.code in ("CL201", "CL204", "CL303")] == []


def test_grades_and_levels_of_evidence_are_no_claimed_numbers() -> None:
    # The evidence table's "12%" is the planted fault: the review says 8%.
    assert number_findings("guideline-evidence-table.md", THYROID_STORM) == [(22, "12")]


def test_a_care_plan_claims_only_its_rationale_cell() -> None:
    # Row 2's rationale gives 52%, which the registry does not: the planted fault.
    assert number_findings("care-plan-table.md", CATHETER_REGISTRY) == [(8, "52")]


def test_a_levels_column_is_told_by_its_head() -> None:
    """A number cell under any other head stays part of the row's claim: "n" is a count."""
    text = (
        "# Trials\n\n| Trial | n | Result |\n|---|---|---|\n"
        "| Case review [1] | 4 | Mortality 8% |\n\n## References\n\n"
        "1. Lindqvist E, Moreno P. Thyroid storm in children: a systematic review of case "
        "reports. J Paediatr Endocrinol. 2023;14(2):101-9. PMID: 39990101\n"
    )
    document = read_text(text, "trials.md", "md")
    found = lint_documents([document], Config(select=["CL301"]), StaticResolver([THYROID_STORM]))
    assert [finding.message.split('"')[1] for finding in found.findings] == ["4"]


EMBOLISM_REVIEW = Record(
    pmid="39990103",
    title="Risk stratification of acute pulmonary embolism: a narrative review.",
    abstract=(
        "Acute pulmonary embolism ranges from small clots found by chance to massive embolism "
        "with shock. Right ventricular dysfunction and troponin identify patients at higher "
        "risk, and systemic thrombolysis is reserved for those in shock."
    ),
    publication_types=["Journal Article", "Review"],
)


def test_a_table_footnotes_pointer_to_a_reference_is_no_claim() -> None:
    """user26 P2-1: "b Read on computed tomography scans, as in Ref. 1." points at the
    paper for a method: judged as a claim, it got a CL302."""
    document = read_path(REVIEWS / "table-footnote.html", None)
    found = lint_documents([document], Config(select=["CL3"]), StaticResolver([EMBOLISM_REVIEW]))
    assert [finding.code for finding in found.findings] == []
    assert any("as in Ref" in claim.text for claim in document.claims)
