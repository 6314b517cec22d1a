"""Planted errors a new-user trial found missed (user32a P2-2), checked online against the
fake E-utilities: a trial's paper carrying another trial's registration number. Each right
entry must draw no CL2xx finding; each planted error must draw its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_eutils import FakeEutils, _article_set, _article_xml

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.resolver import EntrezResolver
from citelint.read import read_text
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
}
PLANTED = {
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
        fake.add_record(UNLISTED)
        yield fake


def findings(server: FakeEutils, entry: str) -> list[tuple[str, str]]:
    text = f"# Review\n\nThe finding held in adults [1].\n\n## References\n\n1. {entry}\n"
    document = read_text(text, "review.md", "md")
    client = EntrezClient(ClientSettings(base_url=server.url, max_attempts=1))
    with EntrezResolver(client) as resolver:
        found = lint_documents([document], Config(select=["CL2"]), resolver).findings
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
