"""Whole pages for last session's fixes, read end to end: a Korean journal's HTML whose
superscripts stand right after Hangul (user25 P1 14), a Norwegian and a Finnish review copied
from the journals' pages (their list headings, user25 P1 6; their claims left unjudged, P1 8),
and an AI answer whose lines tell how its sources came out (P1 2). The pages are in
fixtures/pages, so test_real_documents also holds them to no CL1xx finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Document, Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_path, read_text
from citelint.record import Record
from citelint.support.audit import UNVERIFIED, build_audit

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
KOREAN = "korean-journal-article.html"
NORWEGIAN = "tidsskriftet-no-copied.txt"
FINNISH = "duodecim-fi-copied.txt"
ANSWER = "ai-answer-publication-history.md"


def record(
    pmid: str, title: str, journal: str, year: int, authors: str, abstract: str, doi: str = ""
) -> Record:
    return Record(
        pmid=pmid,
        doi=doi or None,
        title=title,
        journal=journal,
        year=year,
        authors=authors.split(", "),
        abstract=abstract,
        publication_types=["Journal Article"],
    )


# Records of the pages' entries; the abstracts are short English summaries written for this
# test, enough for a claim in English to be judged against them.
RECORDS = [
    record(
        "25415805",
        "Sodium zirconium cyclosilicate in hyperkalemia.",
        "The New England journal of medicine",
        2015,
        "Packham DK, Rasmussen HS, Lavin PT",
        "Patients with serum potassium of 5.0 to 6.5 mmol per liter were randomly assigned to "
        "sodium zirconium cyclosilicate or placebo three times daily for 48 hours. Potassium "
        "fell by 0.73 mmol per liter with the 10 g dose, and normal levels were kept during "
        "12 days of maintenance. Adverse events were similar with the drug and placebo.",
    ),
    record(
        "25415807",
        "Patiromer in patients with kidney disease and hyperkalemia receiving RAAS inhibitors.",
        "The New England journal of medicine",
        2015,
        "Weir MR, Bakris GL, Bushinsky DA",
        "In patients with chronic kidney disease taking RAAS inhibitors and with hyperkalemia, "
        "patiromer lowered serum potassium by 1.01 mmol per liter over 4 weeks; on withdrawal, "
        "hyperkalemia recurred in 60% of the placebo group and 15% of the patiromer group.",
    ),
    record(
        "21870978",
        "Apixaban versus warfarin in patients with atrial fibrillation.",
        "The New England journal of medicine",
        2011,
        "Granger CB, Alexander JH, McMurray JJ",
        "In 18,201 patients with atrial fibrillation, apixaban was superior to warfarin in "
        "preventing stroke or systemic embolism, caused less bleeding (major bleeding 2.13% vs "
        "3.09% per year) and resulted in lower mortality.",
    ),
    record(
        "24315724",
        "Comparison of the efficacy and safety of new oral anticoagulants with warfarin in "
        "patients with atrial fibrillation: a meta-analysis of randomised trials.",
        "Lancet (London, England)",
        2014,
        "Ruff CT, Giugliano RP, Braunwald E",
        "Across four trials of 71,683 patients, new oral anticoagulants reduced stroke or "
        "systemic embolic events by 19% compared with warfarin, mainly through fewer "
        "haemorrhagic strokes, and reduced intracranial haemorrhage by half.",
    ),
    record(
        "32678530",
        "Dexamethasone in Hospitalized Patients with Covid-19.",
        "The New England journal of medicine",
        2021,
        "Horby P, Lim WS, Emberson JR",
        "Hospitalized patients with Covid-19 were randomly assigned to dexamethasone 6 mg once "
        "daily for up to 10 days or to usual care. Death within 28 days occurred in 22.9% and "
        "25.7%. Dexamethasone lowered 28-day mortality among patients receiving invasive "
        "mechanical ventilation (29.3% vs. 41.4%) and among those receiving oxygen alone "
        "(23.3% vs. 26.2%), but not among patients receiving no respiratory support.",
        "10.1056/NEJMoa2021436",
    ),
    record(
        "32876694",
        "Association Between Administration of Systemic Corticosteroids and Mortality Among "
        "Critically Ill Patients With COVID-19: A Meta-analysis.",
        "JAMA",
        2020,
        "Sterne JAC, Murthy S, Diaz JV",
        "This prospective meta-analysis pooled 7 randomized clinical trials of 1703 critically "
        "ill patients with COVID-19. Systemic corticosteroids were associated with lower 28-day "
        "all-cause mortality than usual care or placebo (summary odds ratio 0.66). Serious "
        "adverse events were reported in 64 of 354 patients given corticosteroids and 80 of "
        "342 given usual care or placebo.",
        "10.1001/jama.2020.17023",
    ),
]


def page(name: str, text: str | None = None) -> Document:
    path = PAGES / name
    return read_path(path) if text is None else read_text(text, name, path.suffix[1:])


def checked(document: Document, select: str = "CL3") -> list[Finding]:
    return lint_documents([document], Config(select=[select]), StaticResolver(RECORDS)).findings


def cited_after(document: Document, words: str) -> list[int]:
    """The numbers cited by the claim holding ``words``."""
    (claim,) = [claim for claim in document.claims if words in claim.text]
    return [number for marker in claim.markers for number in marker.numbers]


def test_superscripts_after_hangul_are_citations() -> None:
    document = page(KOREAN)
    assert cited_after(document, "16.7%였다") == [1]
    assert cited_after(document, "입원도 흔하다") == [2, 3]
    assert cited_after(document, "감소시켰다") == [4, 5]
    # The unit's power stays a power: "m<sup>2</sup> 미만" cites nothing.
    assert cited_after(document, "유의해야 하며") == [9]


def test_the_korean_list_holds_its_korean_and_english_entries() -> None:
    references = page(KOREAN).references
    assert [reference.number for reference in references] == list(range(1, 11))
    assert references[1].authors[:2] == ["Rawshani A", "Rawshani A"]
    assert references[7].year == 2021 and "대한내과학회지" in references[7].raw


def test_a_citation_lost_after_hangul_is_still_found() -> None:
    text = (PAGES / KOREAN).read_text(encoding="utf-8")
    text = text.replace('16.7%였다<sup><a href="#B1" class="xref">1</a></sup>', "16.7%였다")
    findings = checked(page(KOREAN, text), "CL1")
    assert [(finding.code, finding.reference) for finding in findings] == [("CL102", 1)]


@pytest.mark.parametrize("name", [NORWEGIAN, FINNISH])
def test_the_nordic_reviews_claims_are_left_unjudged(name: str) -> None:
    document = page(name)
    assert checked(document) == []
    result = lint_documents([document], Config(), StaticResolver(RECORDS))
    (audited,) = build_audit(result)
    resolved = [c for claim in audited.claims for c in claim.citations if c.pmid]
    assert resolved  # the records are found, so only the claims' language leaves them
    assert all(c.verdict == UNVERIFIED for c in resolved)
    assert all("not written in English" in (c.note or "") for c in resolved)


def test_the_finnish_lists_ym_ends_the_authors() -> None:
    # Duodecim's "ym." is "et al.": read as a title's first words, the entry's own title
    # was found nowhere.
    reference = page(FINNISH).references[2]
    assert reference.authors == ["Granger CB", "Alexander JH", "McMurray JJV"]
    assert reference.title == "Apixaban versus warfarin in patients with atrial fibrillation"


@pytest.mark.parametrize(
    ("name", "right", "wrong", "code"),
    [
        (NORWEGIAN, "N Engl J Med 2015; 372: 222–31", "N Engl J Med 2017; 372: 222–31", "CL203"),
        (FINNISH, "N Engl J Med 2011;365:981–92", "N Engl J Med 2013;365:981–92", "CL203"),
    ],
)
def test_the_nordic_reviews_references_are_still_checked(
    name: str, right: str, wrong: str, code: str
) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    assert right in text
    findings = checked(page(name, text.replace(right, wrong)), "CL203")
    assert [finding.code for finding in findings] == [code]


def test_an_answer_s_lines_about_publication_are_not_judged() -> None:
    document = page(ANSWER)
    assert checked(document) == []
    result = lint_documents([document], Config(), StaticResolver(RECORDS))
    (audited,) = build_audit(result)
    verdicts = {claim.text: [c.verdict for c in claim.citations] for claim in audited.claims}
    for line in (
        "The RECOVERY results were first posted as a preprint on medRxiv in June 2020.",
        "The full report was published in NEJM in 2021.",
        "A correction notice was later published for one of its tables.",
    ):
        assert verdicts[line] == [UNVERIFIED]


def test_the_answer_s_findings_are_still_judged() -> None:
    text = (PAGES / ANSWER).read_text(encoding="utf-8")
    wrong = text.replace("support it did not.[1]", "support it did not.[2]")
    codes = {finding.code for finding in checked(page(ANSWER, wrong))}
    assert "CL303" in codes
