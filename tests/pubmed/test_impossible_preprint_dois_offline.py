"""A bioRxiv or medRxiv DOI dated on no day of the calendar cannot exist, so offline too an
entry whose only identifier it is gets CL201 (user32a P2-2b was caught online alone). An
entry that gives its PMID or PMC id beside it is a real paper with a mistyped DOI: never
CL201 (fix32d's offline rule, not landed, called one made up)."""

from __future__ import annotations

import pytest
from fake_eutils import FakeEutils

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Reference, Status
from citelint.pubmed.batches import Entry
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.offline_keys import unanswered_offline
from citelint.pubmed.outcomes import UnansweredResolver
from citelint.pubmed.resolver import EntrezResolver
from citelint.read import read_text
from citelint.record import Record

MADE_UP = (
    "Castellano RB, Oyelowo F. Statin prophylaxis in care home staff: a pragmatic cohort. "
    "medRxiv [Preprint]. 2021 Nov 30. doi: 10.1101/2021.13.27.21266701."
)
REAL = Record(
    pmid="39330003",
    title="Antibody titres after a third vaccine dose in care home residents: a cohort study.",
    journal="medRxiv : the preprint server for health sciences",
    journal_abbrev="medRxiv",
    year=2021,
    authors=["Lindqvist M", "Oduya K"],
    doi="10.1101/2021.09.10.21263384",
)
REAL_ENTRY = (
    "Lindqvist M, Oduya K. Antibody titres after a third vaccine dose in care home residents: "
    "a cohort study. medRxiv [Preprint]. 2021 Sep 14. doi: 10.1101/2021.19.10.21263384. {id}"
)


def offline(entry: str) -> list[tuple[str, str]]:
    text = f"# Review\n\nTitres held in residents [1].\n\n## References\n\n1. {entry}\n"
    document = read_text(text, "review.md", "md")
    found = lint_documents([document], Config(select=["CL2"]), UnansweredResolver())
    return [(f.code, f.message) for f in found.findings]


@pytest.mark.parametrize(
    ("entry", "day"),
    [
        (MADE_UP, "2021.13.27"),
        (
            "Castellano RB. A zebrafish model of post-viral fatigue. bioRxiv. 2022. "
            "https://doi.org/10.1101/2022.02.30.482113",
            "2022.02.30",
        ),
    ],
)
def test_an_impossible_preprint_doi_alone_is_cl201_offline(entry: str, day: str) -> None:
    [(code, message)] = offline(entry)
    assert code == "CL201"
    assert "cannot exist" in message and f"{day} is no day of the calendar" in message


@pytest.mark.parametrize("given", ["PMID: 39330003.", "PMCID: PMC8491234."])
def test_a_pmid_or_pmc_id_beside_it_keeps_it_unverified(given: str) -> None:
    found = offline(REAL_ENTRY.format(id=given))
    assert [code for code, _ in found] == ["CL208"]


@pytest.mark.parametrize(
    "doi", ["10.1101/2024.02.29.24303512", "10.1101/312345", "10.1101/gad.1234"]
)
def test_a_possible_or_undated_preprint_doi_stays_unverified(doi: str) -> None:
    entry = f"Okafor N. Household transmission of influenza B. medRxiv. 2024. doi: {doi}."
    assert [code for code, _ in offline(entry)] == ["CL208"]


def test_the_cached_offline_shortcut_says_the_same() -> None:
    """With a cache that knows nothing of the entry, offline_keys settles it unasked."""
    reference = Reference(number=1, raw=MADE_UP, line=5, column=1)
    doi = "10.1101/2021.13.27.21266701"
    assert unanswered_offline(Entry(reference, None, doi, None)).status == Status.NOT_FOUND
    given = Reference(number=1, raw=f"{MADE_UP} PMID: 39330003.", line=5, column=1, pmid="39330003")
    assert unanswered_offline(Entry(given, "39330003", None, None)).status == Status.UNVERIFIED


def test_online_a_real_paper_with_its_pmid_and_a_mistyped_preprint_doi_is_no_cl201() -> None:
    with FakeEutils(records_dir=None) as server:
        server.add_record(REAL)
        text = (
            "# Review\n\nTitres held in residents [1].\n\n## References\n\n1. "
            + REAL_ENTRY.format(id="PMID: 39330003.")
            + "\n"
        )
        document = read_text(text, "review.md", "md")
        client = EntrezClient(ClientSettings(base_url=server.url, max_attempts=1))
        with EntrezResolver(client) as resolver:
            found = lint_documents([document], Config(select=["CL2"]), resolver).findings
    assert all(f.code not in ("CL201", "CL204") for f in found), found


@pytest.mark.parametrize(
    "entry",
    [
        "Haldane PR, Ostrowska E. Motility of thawed spermatozoa after slow freezing. "
        "Cryobiology. 2001;42(4):244-55. doi:10.1101/2001.13.31.21262345",
        "Haldane PR. Motility of thawed spermatozoa after slow freezing. Cryobiology. 2001. "
        "doi:10.1101/2001.13.31.21262345",
    ],
)
def test_a_journal_paper_with_a_mistyped_preprint_doi_stays_unverified(entry: str) -> None:
    # review33a P1-1: offline called made up what ECitMatch finds online by its journal,
    # volume and pages whatever its DOI
    assert [code for code, _ in offline(entry)] == ["CL208"]
    reference = read_text(
        f"# R\n\nX [1].\n\n## References\n\n1. {entry}\n", "r.md", "md"
    ).references[0]
    doi = "10.1101/2001.13.31.21262345"
    assert unanswered_offline(Entry(reference, None, doi, None)).status == Status.UNVERIFIED
