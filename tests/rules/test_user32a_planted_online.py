"""Planted errors a new-user trial found missed (user32a P2-2), checked online against the
fake E-utilities: a trial's paper carrying another trial's registration number, the PMID and
title of one preprint beside the DOI of another, and a made-up
preprint whose medRxiv DOI holds no date (month 13). Each right entry must draw no CL2xx
finding but CL207's note on a preprint PubMed lacks; each planted error must draw its own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from fake_eutils import FakeEutils, _article_set, _article_xml
from online_lint import cited_once, lint_online

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import UnansweredResolver
from citelint.record import Record

TRIAL = Record(
    pmid="39320001",
    title="Oral tenofalvir for adults with early influenza: a randomized trial.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2022,
    authors=["Marchetti L", "Osei K", "Brandt K"],
    volume="386",
    issue="9",
    pages="801-812",
    doi="10.1056/nejmoa2299001",
)
# A trial paper whose record lists no registration: an entry's number is not checked.
UNLISTED = Record(
    pmid="39320002",
    title="Inhaled budesonide after community-acquired pneumonia: a randomized trial.",
    journal="Lancet (London, England)",
    journal_abbrev="Lancet",
    year=2021,
    authors=["Haraldsen P", "Nkemelu O"],
    volume="398",
    issue="10301",
    pages="843-855",
)
# Two preprints PubMed holds, and the journal version of the first (its title, another DOI).
PREPRINT = Record(
    pmid="39320003",
    title="Antibody titres after a third vaccine dose in care home residents: a cohort study.",
    journal="medRxiv : the preprint server for health sciences",
    journal_abbrev="medRxiv",
    year=2021,
    authors=["Lindqvist M", "Oduya K"],
    doi="10.1101/2021.09.10.21263384",
)
OTHER_PREPRINT = Record(
    pmid="39320004",
    title="Wastewater sequencing of SARS-CoV-2 variants in 40 catchments.",
    journal="medRxiv : the preprint server for health sciences",
    journal_abbrev="medRxiv",
    year=2021,
    authors=["Farrant JP", "Haddad S"],
    doi="10.1101/2021.05.30.21258034",
)
PUBLISHED = replace(
    PREPRINT, pmid="39320005", journal="Age and ageing", journal_abbrev="Age Ageing",
    year=2022, volume="51", issue="2", pages="afac012", doi="10.1093/ageing/afac012",
)  # fmt: skip
PREPRINT_ENTRY = (
    "Lindqvist M, Oduya K. Antibody titres after a third vaccine dose in care home residents: "
    "a cohort study. medRxiv [Preprint]. 2021 Sep 14. doi: {doi}. PMID: 39320003."
)
_BANK = (
    "<DataBankList><DataBank><DataBankName>ClinicalTrials.gov</DataBankName>"
    "<AccessionNumberList><AccessionNumber>NCT05000111</AccessionNumber>"
    "</AccessionNumberList></DataBank></DataBankList>"
)

TRIAL_ENTRY = (
    "Marchetti L, Osei K, Brandt K. Oral tenofalvir for adults with early influenza: a "
    "randomized trial. N Engl J Med. 2022;386(9):801-812."
)
UNLISTED_ENTRY = (
    "Haraldsen P, Nkemelu O. Inhaled budesonide after community-acquired pneumonia: a "
    "randomized trial. Lancet. 2021;398(10301):843-855."
)
RIGHT = {
    "no number": TRIAL_ENTRY,
    "its own number": f"{TRIAL_ENTRY} ClinicalTrials.gov number, NCT05000111.",
    "its own number among others": f"{TRIAL_ENTRY} (NCT05000111, NCT04111222)",
    "a record listing none": f"{UNLISTED_ENTRY} ClinicalTrials.gov number, NCT03999888.",
    "its pmid and its own doi": PREPRINT_ENTRY.format(doi="10.1101/2021.09.10.21263384"),
    "its pmid and its journal version's doi": PREPRINT_ENTRY.format(doi="10.1093/ageing/afac012"),
    "its pmid and a doi pubmed lacks": PREPRINT_ENTRY.format(doi="10.1101/2021.09.11.21263999"),
}
# Preprints PubMed lacks: a dated DOI of a real day, an old numbered bioRxiv DOI, and a Cold
# Spring Harbor journal's DOI under the same prefix (none may be called impossible).
PREPRINTS = {
    "a dated medrxiv doi": "Okafor N, Lindgren E. Household transmission of influenza B in "
    "schools: a cohort study. medRxiv [Preprint]. 2024 Feb 29. doi: 10.1101/2024.02.29.24303512.",
    "a dated biorxiv doi with its version": "Sato Y, Brandt K. A mouse model of airway "
    "remodelling after RSV. bioRxiv. 2020. https://doi.org/10.1101/2020.12.31.424961v2",
    "an old numbered biorxiv doi": "Brandt K, Sato Y. Airway organoids from nasal brushings. "
    "bioRxiv. 2018. doi: 10.1101/312345.",
}
PLANTED = {
    "the doi of another preprint beside its pmid": (
        PREPRINT_ENTRY.format(doi="10.1101/2021.05.30.21258034"),
        "CL204",
        "DOI 10.1101/2021.05.30.21258034 is PMID 39320004",
    ),
    "a slip in its doi beside its pmid": (
        PREPRINT_ENTRY.format(doi="10.1101/2021.09.10.21263348"),
        "CL203",
        "DOI 10.1101/2021.09.10.21263348 in the entry",
    ),
    "a medrxiv doi of month 13": (
        "Castellano RB, Oyelowo F. Statin prophylaxis in care home staff: a pragmatic cohort. "
        "medRxiv [Preprint]. 2021 Nov 30. doi: 10.1101/2021.13.27.21266701.",
        "CL201",
        "no record with DOI 10.1101/2021.13.27.21266701",
    ),
    "a biorxiv doi of 30 february": (
        "Castellano RB. A zebrafish model of post-viral fatigue. bioRxiv. 2022. "
        "doi: 10.1101/2022.02.30.482113",
        "CL201",
        "no record with DOI 10.1101/2022.02.30.482113",
    ),
    "another trial's number": (
        f"{TRIAL_ENTRY} ClinicalTrials.gov number, NCT04381936.",
        "CL203",
        "trial registration NCT04381936 in the entry, NCT05000111 in PubMed",
    ),
    "a wrong year beside the right number": (
        TRIAL_ENTRY.replace("2022;", "2019;") + " NCT05000111",
        "CL203",
        "year 2019",
    ),
}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeEutils]:
    with FakeEutils(records_dir=None) as fake:
        listed = _article_xml(TRIAL).replace("</Article>", _BANK + "</Article>", 1)
        fake.add_articles(_article_set([listed]).encode("utf-8"))
        for record in (UNLISTED, PREPRINT, OTHER_PREPRINT, PUBLISHED):
            fake.add_record(record)
        yield fake


def findings(server: FakeEutils | None, entry: str) -> list[tuple[str, str]]:
    """The CL2xx findings on ``entry`` online, or offline when ``server`` is None."""
    document = cited_once(entry)
    if server is None:
        found = lint_documents([document], Config(select=["CL2"]), UnansweredResolver())
        return [(f.code, f.message) for f in found.findings]
    found = lint_online(server, document, ["CL2"])
    return [(f.code, f.message) for f in found]


def test_the_records_trial_number_is_read_from_the_fake(server: FakeEutils) -> None:
    assert server.records[TRIAL.pmid].registrations == ["NCT05000111"]


@pytest.mark.parametrize("shape", sorted(RIGHT))
def test_a_right_entry_gets_no_finding(server: FakeEutils, shape: str) -> None:
    assert findings(server, RIGHT[shape]) == []


@pytest.mark.parametrize("shape", sorted(PLANTED))
def test_a_planted_error_is_found(server: FakeEutils, shape: str) -> None:
    entry, code, words = PLANTED[shape]
    found = findings(server, entry)
    assert any(c == code and words in message for c, message in found), found


@pytest.mark.parametrize("shape", sorted(PREPRINTS))
def test_a_preprint_pubmed_lacks_is_only_noted(server: FakeEutils, shape: str) -> None:
    assert [code for code, _ in findings(server, PREPRINTS[shape])] == ["CL207"]
    assert all(code == "CL208" for code, _ in findings(None, PREPRINTS[shape]))
