"""The audit's evidence sentence: a result or conclusion that covers the claim as well as the
background does is shown instead of it (user23 P3 2: notes/covid_ward.txt showed Solidarity's
background "... recommended mortality trials of four repurposed antiviral drugs ...")."""

from __future__ import annotations

from pathlib import Path

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_path
from citelint.record import Record
from citelint.report.audit_html import render_audit_html
from citelint.support.audit import build_audit
from citelint.support.evidence import prefer_findings
from citelint.support.scoring import assess

BACKGROUND = (
    "International expert panels recommended mortality trials of three antiplatelet drugs in "
    "patients hospitalised with acute respiratory disease."
)
RESULTS = (
    "At 212 hospitals in 18 countries, 9,420 adults underwent randomization. Death occurred in "
    "412 of 3150 patients receiving aspirin and in 405 of 3162 receiving its control (rate "
    "ratio, 1.02; 95% CI, 0.89 to 1.17)."
)
CONCLUSIONS = (
    "Aspirin, clopidogrel and ticagrelor had little or no effect on hospitalised patients with "
    "pneumonia."
)
ASPIRE = Record(
    pmid="38300001",
    title="Antiplatelet drugs for community-acquired pneumonia - interim ASPIRE trial results.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2023,
    authors=["ASPIRE Trial Consortium"],
    abstract=f"{BACKGROUND} {RESULTS} {CONCLUSIONS}",
    abstract_sections=[
        ("BACKGROUND", BACKGROUND),
        ("RESULTS", RESULTS),
        ("CONCLUSIONS", CONCLUSIONS),
    ],
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
# A note's line in user23's shape: the trial's finding, and another trial's after the ";".
CLAIM = (
    "Aspirin: little or no effect on mortality in hospitalised pts (ASPIRE); no clear benefit "
    "in severe disease in a smaller RCT"
)


def test_a_conclusion_that_covers_the_claim_as_well_is_the_evidence() -> None:
    assert assess(CLAIM, ASPIRE).evidence == CONCLUSIONS


def test_the_background_stays_the_evidence_for_a_claim_about_the_background() -> None:
    claim = (
        "Expert panels recommended mortality trials of antiplatelet drugs in respiratory disease"
    )
    assert assess(claim, ASPIRE).evidence == BACKGROUND


def test_an_unstructured_abstract_s_choice_is_unchanged() -> None:
    """Without section labels nothing says which sentence is background: the rarity ranking
    decides, as before."""
    plain = Record(pmid="38300002", title=ASPIRE.title, abstract=ASPIRE.abstract)
    assert assess(CLAIM, plain).evidence == BACKGROUND


def test_prefer_findings_takes_the_best_ranked_finding_that_covers_as_much() -> None:
    sections = [None, "BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS AND RELEVANCE"]
    ranks = [0.3, 0.9, 0.8, 0.7, 0.6]
    assert prefer_findings(1, [0.2, 0.5, 0.5, 0.4, 0.46], ranks, sections) == 4
    assert prefer_findings(1, [0.2, 0.5, 0.5, 0.5, 0.5], ranks, sections) == 3
    # Results that cover clearly less leave the background.
    assert prefer_findings(1, [0.2, 0.5, 0.5, 0.4, 0.3], ranks, sections) == 1
    # A best sentence that is no background is kept, and so is none.
    assert prefer_findings(2, [0.2, 0.5, 0.5, 0.5, 0.5], ranks, sections) == 2
    assert prefer_findings(-1, [0.0] * 5, [0.0] * 5, sections) == -1


def test_the_audit_shows_the_conclusion(tmp_path: Path) -> None:
    path = tmp_path / "ward.md"
    path.write_text(
        f"# CAP prompts\n\n- {CLAIM} [1].\n\n## References\n\n1. ASPIRE Trial Consortium. "
        "Antiplatelet drugs for community-acquired pneumonia - interim ASPIRE trial results. "
        "N Engl J Med. 2023;388:601-612. PMID: 38300001\n",
        encoding="utf-8",
    )
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL3"]), StaticResolver([ASPIRE])
    )
    (audit_file,) = build_audit(result)
    (citation,) = audit_file.claims[0].citations
    assert citation.evidence == CONCLUSIONS
    page = render_audit_html([audit_file])
    assert f"<blockquote>{CONCLUSIONS}</blockquote>" in page and BACKGROUND not in page
