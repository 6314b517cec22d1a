"""Preprints, textbooks and agencies' pages are looked up, but finding nothing is CL207's."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
from citelint.read.identifiers import JOURNAL_ARTICLE, MAYBE_NOT_INDEXED, NOT_INDEXED, entry_kind
from citelint.read.unindexed_sources import (
    cites_a_preprint_doi,
    names_unpublished_data,
    seldom_in_pubmed,
)


@pytest.mark.parametrize(
    "text",
    [
        "Okafor CN, et al. (2024). Weight change after stopping GLP-1 agonists: a cohort study. "
        "https://doi.org/10.1101/2024.03.18.24304451",
        "Lee K, Park J. Statin use and dementia. bioRxiv 2019. doi:10.1101/812345",
        "Ruiz A, et al. Long COVID in children. Res Sq. 2022. doi:10.21203/rs.3.rs-1234567/v1",
        "Goldman-Cecil Medicine. (2024). Elsevier",
        "Harrison's Principles of Internal Medicine. 21st ed. New York: McGraw Hill; 2022.",
        'Centers for Disease Control and Prevention: "High Blood Pressure Facts."',
        "AskMayoExpert. Hypertension (adult). Mayo Clinic; 2024.",
        "Centers for Disease Control and Prevention. About atrial fibrillation.",
        # review29c P1-2: "The" or "U.S." before the agency, or its site first.
        "U.S. Food and Drug Administration. FDA drug safety communication on statins.",
        "The Centers for Disease Control and Prevention. About atrial fibrillation.",
        "cdc.gov - High blood pressure facts.",
        # WebMD's source lines, read one a line (user29a P2).
        'American Heart Association: "Understanding Blood Pressure Readings."',
        'UpToDate: "Patient education: Gout (Beyond the Basics)."',
        'National Heart, Lung, and Blood Institute: "Atrial Fibrillation."',
        'FDA: "Statins: Safety Information."',
    ],
)
def test_sources_pubmed_seldom_holds_are_maybe_not_indexed(text: str) -> None:
    assert entry_kind(parse_entry([text])) in (MAYBE_NOT_INDEXED, NOT_INDEXED)


@pytest.mark.parametrize(
    "text",
    [
        # Cold Spring Harbor's journals share bioRxiv's prefix; PubMed holds them.
        "Smith A, Jones B. Chromatin and ageing. Genes Dev. 2019;33(5):1-12. "
        "doi:10.1101/gad.321234.118",
        "Jones B. A cohort of falls in older adults. Genome Res. 2020. doi:10.1101/gr.1234.120",
        # A paper in a journal of a publisher named above, with its volume and pages.
        "Wanner C, et al. Empagliflozin and kidney disease. Kidney Int. 2018;94(1):26-39.",
        "Patel MR, Mahaffey KW. Rivaroxaban versus warfarin. N Engl J Med. 2011;365:883-91.",
    ],
)
def test_papers_stay_articles(text: str) -> None:
    assert entry_kind(parse_entry([text])) == JOURNAL_ARTICLE


def test_a_preprint_doi_is_told_by_its_shape() -> None:
    assert cites_a_preprint_doi("doi:10.1101/2021.02.03.21250987")
    assert cites_a_preprint_doi("https://doi.org/10.31219/osf.io/abcd1")
    assert not cites_a_preprint_doi("doi:10.1101/cshperspect.a036707")
    assert not cites_a_preprint_doi("doi:10.1056/nejmoa2021436")


def test_a_publisher_counts_only_at_the_end_of_the_entry() -> None:
    assert not seldom_in_pubmed(
        "Elsevier's open archive: a survey of reuse. Learn Publ. 2019.", None
    )
    assert seldom_in_pubmed("Goldman-Cecil Medicine. Elsevier; 2024.", None)


@pytest.mark.parametrize(
    "text",
    [
        # review29a P1-2: an agency inside a journal's name or a title is no agency's page, and
        # a made-up paper there stays CL201's.
        "Rossi A, Chen B. Sleep apnoea and stroke in older adults. Mayo Clinic Proceedings. 2021.",
        "Lee K. TB screening in migrants. Bulletin of the World Health Organization. 2020.",
        "Park J. The National Institutes of Health Stroke Scale as a predictor of delirium. 2022.",
        "Kim S. Statins in frailty. https://www.ncbi.nlm.nih.gov/pmc/articles/",
        # An agency as a guideline's author, in its journal with volume and pages.
        "American Heart Association. Heart disease and stroke statistics 2023 update. "
        "Circulation. 2023;147(8):e93-e621.",
    ],
)
def test_an_agency_inside_a_journal_or_title_leaves_an_article(text: str) -> None:
    assert entry_kind(parse_entry([text])) == JOURNAL_ARTICLE


def test_an_agencys_site_as_the_link_counts() -> None:
    assert seldom_in_pubmed("High blood pressure facts.", "https://www.cdc.gov/bloodpressure/facts")
    assert not seldom_in_pubmed("Statins.", "https://www.ncbi.nlm.nih.gov/books/NBK1/")


@pytest.mark.parametrize(
    "text",
    [
        # user30b P1-15: a formulary's and a label's sources that were never published.
        "Data on file. Boehringer Ingelheim Pharmaceuticals, Inc.; 2021.",
        "Novo Nordisk A/S. Data on file; 2022.",
        "Okafor N. Unpublished data, 2019.",
        "Lindqvist M, personal communication, March 2020.",
        "Stability of apixaban tablets in pill organisers (company document). Pfizer; 2020.",
    ],
)
def test_unpublished_data_is_not_indexed(text: str) -> None:
    assert names_unpublished_data(text.lower())
    assert entry_kind(parse_entry([text])) == NOT_INDEXED


@pytest.mark.parametrize(
    "text",
    [
        # Traps: papers about such data are papers, looked up (and CL201 when made up).
        "Okafor N, Lee K. Unpublished data in meta-analyses of statins. J Clin Epidemiol. 2020.",
        "Lee K. Personal communication skills of residents: a survey. Med Educ. 2021.",
        "Park J. Company data sharing and trial transparency. BMJ Open. 2019.",
        # A title opening with the words and a colon (review30b P1-4).
        "Lee K. Personal communication: what residents tell patients. Med Educ. 2021;55:10-8.",
        "Okafor N. Unpublished data: where trials go missing. BMJ. 2020;368:m1.",
    ],
)
def test_a_title_about_unpublished_data_stays_an_article(text: str) -> None:
    assert not names_unpublished_data(text.lower())
    assert entry_kind(parse_entry([text])) == JOURNAL_ARTICLE


def test_a_preprint_doi_dated_on_no_day_is_made_up() -> None:
    """user32a P2-2b: a made-up preprint's DOI, "10.1101/2021.13.27.21266701" (month 13), was
    only "a preprint PubMed may lack" (CL207). A real date stays a preprint's."""
    entry = (
        "Okafor N, Lindgren E (2021) Statin loading before hip fracture surgery: a cohort. "
        "medRxiv [preprint], https://doi.org/10.1101/{date}.21266701"
    )
    assert entry_kind(parse_entry([entry.format(date="2021.13.27")])) == JOURNAL_ARTICLE
    assert entry_kind(parse_entry([entry.format(date="2021.02.30")])) == JOURNAL_ARTICLE
    assert entry_kind(parse_entry([entry.format(date="2021.12.27")])) == MAYBE_NOT_INDEXED
    assert entry_kind(parse_entry([entry.format(date="2020.02.29")])) == MAYBE_NOT_INDEXED
