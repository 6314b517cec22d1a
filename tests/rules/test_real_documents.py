"""Correct documents in the shapes real pages take get no finding offline.

fixtures/pages/ holds articles written for this test in the forms a reader pastes in: PMC
HTML and its text copied from a browser, publisher pages copied whole (MDPI, PLOS, BMC,
Elsevier, Frontiers, the Lancet, whose superscripts are links copied as "1, 2"), Wikipedia,
AI answer pages, guidelines, Word HTML; Nature, Wiley, Oxford Academic and medRxiv pages,
PDFs with flattened superscripts, guidelines of numbered recommendations, clinical notes
drafted by AI tools, Word endnotes copied as text, manuscript PDFs with page numbers on lines
of their own, UpToDate and Medscape topics, Cochrane reviews, Taylor & Francis pages, PMC's
JATS XML, IEEE Xplore pages, StatPearls chapters; clinical notes with laboratory ranges in
brackets (an EHR print-out's columns, an ED note's vitals, discharge letters in English,
Spanish, German and French, an AI scribe's SOAP note; an EHR discharge summary, a Word
letter, AI answers in Markdown and HTML with lab tables, letters in Spanish, German, French
and Italian with decimal commas); a 300-entry review copied from PMC (runs, errata, consortia,
a download stamp inside an entry), an FDA label through pdftotext (numbered sections, flattened
superscripts), a guideline page whose recommendations table has a References column, a
Cochrane Library review whose studies cite registrations, abstracts and unpublished data, and
an AI answer exported as Markdown citing a trial record, a guideline, a web page and a
preprint. Every citation in them is right, so every CL1xx or CL207 finding is a false alarm.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_path, read_text

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "fixtures" / "pages"
DOCUMENTS = sorted(
    path for path in PAGES.iterdir() if path.suffix in (".txt", ".md", ".html", ".nxml", ".docx")
)


def structure(path: Path, text: str | None = None) -> list[tuple[str, int | None]]:
    fmt = {"nxml": "jats"}.get(path.suffix[1:], path.suffix[1:])
    document = read_path(path) if text is None else read_text(text, path.name, fmt)
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(finding.code, finding.citation or finding.reference) for finding in findings]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_correct_pages_get_no_structure_finding(path: Path) -> None:
    assert structure(path) == []


def test_offline_check_of_the_pages_reports_only_unchecked_references(tmp_path: Path) -> None:
    process = subprocess.run(
        [sys.executable, "-m", "citelint", "check", "--offline", "--format", "json", str(PAGES)],
        capture_output=True,
        text=True,
        env={**os.environ, "CITELINT_CACHE_DIR": str(tmp_path)},
        timeout=120,
        check=False,
    )
    findings = json.loads(process.stdout)["findings"]
    assert [
        (Path(finding["path"]).name, finding["code"], finding["reference"])
        for finding in findings
        if finding["code"] != "CL208"
    ] == [  # reports, books, guidelines and fact sheets: rightly not PubMed's
        *(("ama-preprints-labels-copied.txt", "CL207", number) for number in range(5, 11)),
        ("ama-unnumbered-copied.txt", "CL207", 3),  # NICE's guideline, "Accessed ..."
        ("ama-unnumbered-copied.txt", "CL207", 10),  # ADA's standards, "Accessed ..."
        ("answer-bp-targets-export.md", "CL207", 2),  # SPRINT's ClinicalTrials.gov record
        ("answer-bp-targets-export.md", "CL207", 6),  # WHO's guideline
        ("answer-bp-targets-export.md", "CL207", 7),  # CDC's web page
        ("bmc-copied.txt", "CL207", 1),
        # Three trial registrations and two ongoing studies' records, an author's email and a
        # trial's unpublished report to its funder, the Handbook and a national audit's report.
        *(
            ("cochrane-library-studies-copied.txt", "CL207", n)
            for n in (3, 5, 7, 8, 13, 14, 15, 19)
        ),
        ("cochrane-review-copied.txt", "CL207", 7),  # the Handbook "(updated August 2023)"
        ("grouped-references.md", "CL207", 5),
        ("grouped-references.md", "CL207", 6),
        ("guideline-numbered.txt", "CL207", 4),
        ("guideline-recommendations.txt", "CL207", 10),
        ("guideline-recommendations.txt", "CL207", 17),
        ("lancet-copied.txt", "CL207", 10),
        ("lancet-links-copied.txt", "CL207", 17),
        ("manubot-review-rendered.html", "CL207", 7),  # the FDA's web page
        ("medrxiv-copied.txt", "CL207", 7),
        ("openevidence-answer.txt", "CL207", 2),
        ("oup-copied.txt", "CL207", 12),
        ("pdf-copied.txt", "CL207", 11),
        ("pdf-copied.txt", "CL207", 12),
        ("pdf-page-numbers-copied.txt", "CL207", 5),
        ("pdf-superscripts-copied.txt", "CL207", 4),  # NICE's CG124 "(updated 2023)"
        ("perplexity-answer.md", "CL207", 8),
        ("perplexity-sources-copied.txt", "CL207", 5),
        ("pmc-classic.html", "CL207", 9),
        ("pmc-jats-mixed.nxml", "CL207", 14),
        ("pubmed-cite-references.md", "CL207", 2),  # NICE's CG124 "(updated 2023)"
        ("pubmed-cite-references.md", "CL207", 3),
        ("pubmed-cite-references.md", "CL207", 10),
        ("review-300-pmc-copied.txt", "CL207", 96),  # NICE's NG136 "(updated 2023)"
        ("review-300-pmc-copied.txt", "CL207", 211),  # a textbook's chapter
        ("sciencedirect-copied.txt", "CL207", 14),
        ("statistics-bracketed.txt", "CL207", 1),  # NICE's CG124 "(updated 2023)"
        ("statistics-bracketed.txt", "CL207", 6),
        ("tandf-copied.txt", "CL207", 9),
        ("trust-guideline.txt", "CL207", 4),
        ("trust-guideline.txt", "CL207", 5),
        ("wikipedia-copied.txt", "CL207", 1),
        ("wikipedia.html", "CL207", 1),
        ("word-endnotes-copied.txt", "CL207", 8),
        ("word-export.html", "CL207", 2),
        ("word-hospital-guideline.docx", "CL207", 4),  # the Renal Association's guideline
        ("word-mendeley-controls.docx", "CL207", 4),  # GINA's strategy report
    ]


PLANTED = [
    # An entry deleted from an unnumbered list: entries are numbered by position, so the
    # last citation has no entry.
    (
        "mdpi-copied.txt",
        "Julious, S.A. Sample size of 12 per group rule of thumb for a pilot study. "
        "Pharm. Stat. 2005, 4, 287–291. [Google Scholar] [CrossRef]\n",
        "",
        ("CL101", 20),
    ),
    ("bmc-copied.txt", "US findings [8]", "US findings [14]", ("CL101", 14)),
    (
        "pmc-copied.txt",
        "protocol [11]. Serum 25(OH)D was measured by LC-MS/MS [12]",
        "protocol [12]. Serum 25(OH)D was measured by LC-MS/MS [11]",
        ("CL104", 12),
    ),
    ("plos-copied.txt", "frailty [13,14]", "frailty [13]", ("CL102", 14)),
    ("sciencedirect-copied.txt", "[2], [3], which", "[3], [2], which", ("CL104", 3)),
    ("lancet-copied.txt", "in Ghana.6", "in Ghana.", ("CL102", 6)),
    ("lancet-copied.txt", "Sri Lanka5", "Sri Lanka", ("CL104", 6)),
    # Each number its own link: "adults.1, 2 Supervised" copies with a space in the list.
    ("lancet-links-copied.txt", "adults.1, 2 Supervised", "adults.1 Supervised", ("CL102", 2)),
    ("lancet-links-copied.txt", "studied.25, 26", "studied.25, 27", ("CL101", 27)),
    ("lancet-links-copied.txt", "care,14, 15 and", "care,15, 14 and", ("CL104", 15)),
    # A space alone between the links' numbers, as the BMJ sets them.
    ("bmj-copied.txt", "adults.1 2 Supervised", "adults.1 Supervised", ("CL102", 2)),
    ("bmj-copied.txt", "fastest,9 10 few", "fastest,10 9 few", ("CL102", 9)),
    ("bmj-copied.txt", "studied.26", "studied.27", ("CL101", 27)),
    ("bmj-article.html", 'href="#ref-4">4</a> ', 'href="#ref-4"></a> ', ("CL102", 4)),
    (
        "bmj-article.html",
        'href="#ref-23">23</a></sup>',
        'href="#ref-20">20</a></sup>',
        ("CL106", None),
    ),
    ("nejm-copied.txt", "equation11)", "equation)", ("CL102", 11)),
    ("guideline-numbered.txt", "[4,6]", "[4,8]", ("CL101", 8)),
    ("word-endnotes.html", "[4]</span></span></a></p>", "[6]</span></span></a></p>", ("CL101", 6)),
    ("jama-copied.txt", "pneumonia.4-6", "pneumonia.4,6", ("CL102", 5)),
    ("appendix-lists.txt", "Danish trial [5]", "Danish trial [6]", ("CL101", 6)),
    ("pdf-copied.txt", "a recent review [15]", "a recent review [16]", ("CL101", 16)),
    ("review-with-table.html", "smaller benefits [10]", "smaller benefits [13]", ("CL101", 13)),
    ("perplexity-answer.md", "one centre.[5]", "one centre.[6]", ("CL102", 5)),
    ("wikipedia-copied.txt", "third trimester.[14]", "third trimester.", ("CL102", 14)),
    # Nature names some citations in words: "As in ref. 15", "(refs. 21,22)".
    ("nature-copied.txt", "As in ref. 15, we", "As before, we", ("CL102", 15)),
    ("nature-copied.txt", "(refs. 21,22)", "(refs. 21,23)", ("CL102", 22)),
    ("wiley-copied.txt", "preventable.2, 3", "preventable.3, 2", ("CL104", 3)),
    ("oup-copied.txt", "nursing homes [16]", "nursing homes [18]", ("CL101", 18)),
    ("trust-guideline.txt", "recheck.4", "recheck.7", ("CL101", 7)),
    ("guideline-recommendations.txt", "independently.4", "independently.", ("CL102", 4)),
    ("discharge-summary-ai.md", "eGFR down to 25 [6]", "eGFR down to 25 [11]", ("CL101", 11)),
    ("progress-note-ai.txt", "40 mg SC daily. 5", "40 mg SC daily. 6", ("CL101", 6)),
    ("medrxiv-copied.txt", "3.↵Link-Gelles", "4.↵Link-Gelles", ("CL103", 4)),
    ("perplexity-sources-copied.txt", "differed.2, 3", "differed.2, 6", ("CL101", 6)),
    ("pdf-superscripts-copied.txt", "ulcers.15", "ulcers.16", ("CL101", 16)),
    ("word-endnotes-copied.txt", "Scotland.8", "Scotland.", ("CL102", 8)),
    # Numbers in parentheses, as Radiology, J Nucl Med and medRxiv pages cite.
    ("radiology-copied.txt", "vendors (11,16)", "vendors (11,17)", ("CL101", 17)),
    ("jnm-article.html", "multicenter trial (14)", "multicenter trial (18)", ("CL101", 18)),
    (
        "medrxiv-preprint-copied.txt",
        "after an exacerbation (13)",
        "after an exacerbation",
        ("CL102", 13),
    ),
    (
        "ajr-export.md",
        "rates (3), and it leads to additional biopsies and mastectomies (4, 5)",
        "rates (4), and it leads to additional biopsies and mastectomies (3, 5)",
        ("CL104", 4),
    ),
    ("medrxiv-copied.txt", "Denmark (16)", "Denmark (17)", ("CL101", 17)),
    # Counts "(12) or ... (2)" are no first citation of 12; a degree byline and a
    # disclosure's "(3)" cite nothing.
    ("ajr-copied.txt", "microbubbles (12)", "microbubbles", ("CL102", 12)),
    ("ajr-copied.txt", "κ statistic (13)", "κ statistic (16)", ("CL101", 16)),
    # A table's stray "<sup>1</sup>" leaves the page's parentheses read.
    ("jnm-theranostics.html", "routine care (15)", "routine care", ("CL102", 15)),
    ("jnm-theranostics.html", "earlier cohorts (8,14)", "earlier cohorts (8,16)", ("CL101", 16)),
    (
        "uptodate-copied.txt",
        "hemolysis, thrombocytosis",
        "hemolysis [21], thrombocytosis",
        ("CL101", 21),
    ),
    ("uptodate-copied.txt", "worsen outcomes [19]", "worsen outcomes", ("CL102", 19)),
    ("pubmed-cite-references.md", "conclusions, though", "conclusions [11], though", ("CL101", 11)),
    ("pubmed-cite-references.md", "or wound problems [5]", "or wound problems", ("CL102", 5)),
    ("pmc-jats-mixed.nxml", 'rid="CR13">13<', 'rid="CR15">15<', ("CL101", 15)),
    ("tandf-copied.txt", "Fine and Gray [13]", "Fine and Gray [14]", ("CL101", 14)),
    ("tandf-copied.txt", "services are patchy [9,10]", "services are patchy [9]", ("CL102", 10)),
    (
        "manubot-rendered.html",
        'biblioref">3</a>]</span>, and a',
        'biblioref">9</a>]</span>, and a',
        ("CL101", 9),
    ),
    # Medscape: an unnumbered list, each entry ending in its link-outs.
    (
        "medscape-copied.txt",
        "placebo-controlled trials, [5, 6]",
        "placebo-controlled trials, [5, 13]",
        ("CL101", 13),
    ),
    (
        "medscape-copied.txt",
        "recurrent deep vein thrombosis. [12]",
        "recurrent deep vein thrombosis.",
        ("CL102", 12),
    ),
    # IEEE Xplore: "[4]–[6]" is a range; entries with their titles in quotes.
    ("ieee-xplore-copied.txt", "[5], [7]", "[5], [16]", ("CL101", 16)),
    ("ieee-xplore-copied.txt", "the focal loss of [13]", "the focal loss of", ("CL102", 13)),
    # An answer page: PubMed links in the text, "[Title](link) — Journal, Year" sources.
    (
        "answer-dashed-sources.md",
        "weight loss is a goal.[4]",
        "weight loss is a goal.[6]",
        ("CL101", 6),
    ),
    # StatPearls (NCBI Bookshelf): "[1][2]", entries ending "[PubMed: n]".
    ("statpearls-copied.txt", "inpatients.[1][2]", "inpatients.[1][12]", ("CL101", 12)),
    ("statpearls-copied.txt", "into cells.[7]", "into cells.", ("CL102", 7)),
    # Page numbers alone on their lines between sentences: the citations around them count.
    ("pdf-page-numbers-copied.txt", "recruitment.7", "recruitment.16", ("CL101", 16)),
    ("pdf-page-numbers-copied.txt", "time bias.10", "time bias.", ("CL102", 10)),
    # Clinical notes (notes15): laboratory values with their ranges in brackets, in columns,
    # with decimal commas, far outside their ranges; citations beside them still count.
    ("ehr-labs-printout.txt", "by the PA catheter [1]", "by the PA catheter [3]", ("CL101", 3)),
    (
        "ehr-labs-printout.txt",
        "mechanical complication.",
        "mechanical complication [3].",
        ("CL101", 3),
    ),
    (
        "ehr-labs-printout.txt",
        "does not change the plan [2]",
        "does not change the plan",
        ("CL102", 2),
    ),
    ("ed-note-vitals.md", "[2, 3]", "[2, 4]", ("CL101", 4)),
    ("discharge-letter-pdf.txt", "with hypokalaemia [1]", "with hypokalaemia [3]", ("CL101", 3)),
    ("scribe-soap-note.md", "of ≥3 cm.^2^", "of ≥3 cm.", ("CL102", 2)),
    (
        "consult-letter-problems.txt",
        "could be considered [2]",
        "could be considered [3]",
        ("CL101", 3),
    ),
    ("nota-evolucion-es.txt", "sin colecciones.", "sin colecciones [2].", ("CL101", 2)),
    (
        "arztbrief-de.txt",
        "reduziert werden konnte [1]",
        "reduziert werden konnte [2]",
        ("CL101", 2),
    ),
    ("note-footnotes-fr.md", "la consultation.", "la consultation[^2].", ("CL101", 2)),
    # Flags and labels between a value and its range (user19 P1 12): the note's citations
    # beside them still count.
    (
        "ehr-discharge-flags-before-ranges.txt",
        "osmotic demyelination [2]",
        "osmotic demyelination [4]",
        ("CL101", 4),
    ),
    (
        "ehr-discharge-flags-before-ranges.txt",
        "renal function [1]",
        "renal function",
        ("CL102", 1),
    ),
    ("lab-results-printout-tabs.txt", "can continue [2]", "can continue [3]", ("CL102", 2)),
    # A result cited at a sentence's end (user19 P1 9): read where the order calls for it.
    ("radiology-review-results-cited.txt", "by 69% (9)", "by 69% (21)", ("CL102", 9)),
    ("radiology-review-results-cited.txt", "with CCTA (8)", "with CCTA (12)", ("CL104", 12)),
    ("ai-discharge-superscripts-copied.txt", "already short.3", "already short.", ("CL102", 3)),
    ("ai-discharge-superscripts-copied.txt", "7 days.1,2", "7 days.1,4", ("CL101", 4)),
    # Notes and answer pages (notes16): labs in table cells of their own, decimal commas that
    # rise, a lone value far outside its range; a number past the list and a list that drifts.
    (
        "ehr-discharge-summary-copied.txt",
        "crush-type injury [1]",
        "crush-type injury [3]",
        ("CL101", 3),
    ),
    ("ehr-discharge-summary-copied.txt", "2. Brown CV", "3. Brown CV", ("CL103", 3)),
    ("ehr-discharge-summary-copied.txt", "alone [2]", "alone", ("CL102", 2)),
    ("word-discharge-letter.txt", "current guidance.2", "current guidance.5", ("CL101", 5)),
    (
        "word-discharge-letter.txt",
        "osmotic demyelination.3",
        "osmotic demyelination.",
        ("CL102", 3),
    ),
    ("ai-answer-footnotes.md", "overcorrection.[^3]", "overcorrection.[^4]", ("CL101", 4)),
    ("ai-answer-footnotes.md", "overcorrection.[^3]", "overcorrection.", ("CL102", 3)),
    ("ai-answer-brackets.md", "into cells [1][3]", "into cells [1][4]", ("CL101", 4)),
    ("ai-answer-brackets.md", "[3] Dhatariya", "[4] Dhatariya", ("CL103", 4)),
    (
        "answer-sup-labs.html",
        'doing<sup><a href="#ref3">3</a></sup>',
        'doing<sup><a href="#ref4">4</a></sup>',
        ("CL101", 4),
    ),
    (
        "answer-sup-labs.html",
        'on it<sup><a href="#ref2">2</a></sup>',
        'on it<sup><a href="#ref3">3</a></sup>',
        ("CL104", 3),
    ),
    ("informe-alta-es.txt", "presencia de diabetes [3]", "presencia de diabetes [4]", ("CL101", 4)),
    ("informe-alta-es.txt", "3. McMurray", "4. McMurray", ("CL103", 4)),
    ("entlassbrief-de.md", "Rezidive zu vermeiden [4]", "Rezidive zu vermeiden [5]", ("CL101", 5)),
    ("entlassbrief-de.md", "ist sicher [3]", "ist sicher", ("CL102", 3)),
    ("lettre-liaison-fr.txt", "vasopresseurs [3]", "vasopresseurs [5]", ("CL101", 5)),
    ("lettre-liaison-fr.txt", "3. Venkatesh", "4. Venkatesh", ("CL103", 4)),
    ("lettera-dimissione-it.txt", "per 10 giorni [4]", "per 10 giorni [6]", ("CL101", 6)),
    ("lettera-dimissione-it.txt", "strategia liberale [2]", "strategia liberale [3]", ("CL102", 2)),
    ("icu-note-ai.md", "below 7 g/dL.^4^", "below 7 g/dL.^5^", ("CL101", 5)),
    ("icu-note-ai.md", "8–10 mg/kg.^2^", "8–10 mg/kg.", ("CL102", 2)),
    (
        "answer-hlh-ferritin.md",
        "reactive (secondary) HLH in adults [3]",
        "reactive (secondary) HLH in adults [5]",
        ("CL101", 5),
    ),
    ("answer-hlh-ferritin.md", "3. Fardet", "4. Fardet", ("CL103", 4)),
    ("answer-aki-sources.md", "buy time [8]", "buy time [11]", ("CL101", 11)),
    ("answer-aki-sources.md", "7. Palmer BF", "8. Palmer BF", ("CL103", 8)),
    # Notes17: a note exported with single newlines and whole-number ranges after named
    # tests; an AMA page's superscripts flattened mid-sentence; an answer pasted without
    # blank lines.
    (
        "ehr-progress-note-single-newlines.txt",
        "guideline recommends [3]",
        "guideline recommends [4]",
        ("CL101", 4),
    ),
    ("ehr-progress-note-single-newlines.txt", "3. Freifeld", "4. Freifeld", ("CL103", 4)),
    ("ama-midsentence-glued-copied.txt", "trial22 allows", "trial allows", ("CL102", 22)),
    ("ama-midsentence-glued-copied.txt", "tapering18 did", "tapering did", ("CL102", 18)),
    ("ai-answer-ferritin-pasted.txt", "below that [4]", "below that [5]", ("CL101", 5)),
    ("ai-answer-ferritin-pasted.txt", "tracks fibrosis [3]", "tracks fibrosis", ("CL102", 3)),
    # Superscripts copied after a semicolon or a colon, as after a comma (glued18).
    ("lancet-clause-stops-copied.txt", "febuxostat;4 the", "febuxostat; the", ("CL102", 4)),
    ("lancet-clause-stops-copied.txt", "(CARES);3 the", "(CARES);4 the", ("CL102", 3)),
    ("nejm-clause-stops-copied.txt", "symptoms:7 the", "symptoms:13 the", ("CL101", 13)),
    ("nejm-clause-stops-copied.txt", "safer;5 in", "safer;6 in", ("CL104", 6)),
    ("jama-clause-stops-copied.txt", "bicarbonate:4,5 both", "bicarbonate:5,4 both", ("CL104", 5)),
    ("jama-clause-stops-copied.txt", "acid load;11 we", "acid load;12 we", ("CL101", 12)),
    # Labs18: a note whose ranges have a unit after them, or a test named in two words.
    (
        "ehr-note-units-after-ranges.txt",
        "before any steroid [4]",
        "before any steroid [9]",
        ("CL101", 9),
    ),
    ("ehr-note-units-after-ranges.txt", "then maintenance [5]", "then maintenance", ("CL102", 5)),
    # Leftovers31: a 300-entry review (runs of ranges, an entry split by a download stamp),
    # an FDA label's flattened superscripts beside section numbers, a guideline's table
    # whose References column cites.
    ("review-300-pmc-copied.txt", "[17,18]", "[17,301]", ("CL101", 301)),
    ("review-300-pmc-copied.txt", "[117–119]", "[117–118]", ("CL102", 119)),
    ("review-300-pmc-copied.txt", "[175–179]", "[179–175]", ("CL106", None)),
    ("review-300-pmc-copied.txt", "250. Vasquez", "Vasquez", ("CL103", 251)),
    ("fda-label-pdftotext.txt", "3.4 years.2 In", "3.4 years.4 In", ("CL101", 4)),
    ("fda-label-pdftotext.txt", "14.4% on placebo.3", "14.4% on placebo.", ("CL102", 3)),
    (
        "guideline-table-refcolumn.html",
        "<td>Strong</td><td>1, 2</td>",
        "<td>Strong</td><td>1</td>",
        ("CL102", 2),
    ),
    (
        "guideline-table-refcolumn.html",
        "slowly lowers the risk of a severe cutaneous reaction [5, 7]",
        "slowly lowers the risk of a severe cutaneous reaction [5, 8]",
        ("CL101", 8),
    ),
    # An AI answer exported as Markdown: a citation past the end of its list of sources, and
    # the same trial listed twice (once with its group's name and DOI, once without).
    (
        "answer-bp-targets-export.md",
        "do not have it under control [7].",
        "do not have it under control [7][9].",
        ("CL101", 9),
    ),
    (
        "answer-bp-targets-export.md",
        "5. Ettehad D, Emdin CA, Kiran A, et al. Blood pressure lowering for prevention of "
        "cardiovascular disease and death: a systematic review and meta-analysis. *Lancet*. "
        "2016;387(10022):957-967.",
        "5. Wright JT Jr, Williamson JD, Whelton PK, et al. A randomized trial of intensive "
        "versus standard blood-pressure control. *N Engl J Med*. 2015;373(22):2103-16.",
        ("CL105", 5),
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "finding"), PLANTED, ids=[p[0] for p in PLANTED])
def test_a_fault_planted_in_a_page_is_still_found(
    name: str, old: str, new: str, finding: tuple[str, int]
) -> None:
    path = PAGES / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    assert finding in structure(path, text.replace(old, new, 1))


TABLE_LIST = "\n\n## References\n\n" + "".join(
    f"{n}. Author{n} A. Trial {n} of exercise for knee pain. J Med. 2010;{n}:1-9.\n"
    for n in range(1, 8)
)


@pytest.mark.parametrize(
    ("page", "suffix"),
    [
        (
            "Pain is common [1]. Trials are in Table 1. Tai chi helped [6].\n\n"
            "| Trial | Effect |\n|---|---|\n| Fransen [2] | −0.49 |\n| Bennell [3,4] | −0.30 |\n"
            "| Skou [5] | −0.52 |\n\nExercise is first-line care [7], as Fransen showed [2].",
            ".md",
        ),
        (
            "Pain is common [1]. Trials are in Table 1. Tai chi helped [6].\n\n"
            "Table 1. Trials of land-based exercise\nTrial\tn\tEffect\n"
            "Fransen [2]\t1200\t−0.49\nBennell [3,4]\t100\t−0.30\nSkou [5]\t100\t−0.52\n\n"
            "Exercise is first-line care [7].",
            ".txt",
        ),
        (
            "Pain is common [1]. The flow is in Figure 1. Tai chi helped [6].\n\n"
            "Figure 1. Trials pooled from earlier reviews [2–5].\n\n"
            "Exercise is first-line care [7].",
            ".txt",
        ),
    ],
)
def test_citations_in_a_table_or_caption_are_numbered_where_it_is_first_mentioned(
    page: str, suffix: str
) -> None:
    assert structure(Path("review" + suffix), page + TABLE_LIST) == []


def test_citations_out_of_order_in_prose_next_to_a_table_are_still_found() -> None:
    page = (
        "Pain is common [1]. Tai chi helped [6]. Yoga helped [2].\n\n"
        "| Trial | Effect |\n|---|---|\n| Bennell [3,4] | −0.30 |\n| Skou [5] | −0.52 |\n\n"
        "Table 2 shows that exercise is first-line care [7]."
    )
    assert structure(Path("review.md"), page + TABLE_LIST) == [("CL104", 6)]


def test_a_superscript_flattened_mid_sentence_out_of_order_is_cl104_not_cl102() -> None:
    # Entry 4 cited first mid-sentence ("definitions4 and"), before entry 3: the order's
    # fault, and entry 4 is cited (notes17 item 2).
    path = PAGES / "ama-midsentence-glued-copied.txt"
    text = path.read_text(encoding="utf-8")
    planted = text.replace("consensus definitions3 and", "consensus definitions4 and").replace(
        "pragmatic trials,4,5", "pragmatic trials,3,5"
    )
    assert structure(path, planted) == [("CL104", 4)]
