"""A short title cited with a year two or more off (user27 P2-1: "Brown TR. The London patient.
AIDS Res Hum Retroviruses. 2017;36(4):251-2." for PubMed's 2020 record): every search before
round 3d keeps the wrong year, so it was "possibly fabricated" (CL201). Its journal, volume and
first page without the year find the paper; the record is verified as any is, and the finding
is the year's (CL203). A made-up title on a real locus, a record ECitMatch names wrongly and an
offline run each keep their old outcome."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import holding_set

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.cache import RecordCache
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.resolver import EntrezResolver
from citelint.pubmed.store import OfflineClient
from citelint.read import read_text

REAL_RECORDS = Path(__file__).resolve().parents[2] / "fixtures" / "entrez" / "real"
LONDON = "Brown TR. The London patient. AIDS Res Hum Retroviruses. {year};36(4):251-2."
ONTOLOGY = "Robinson PN, Mundlos S. The human phenotype ontology. Clin Genet. {year};77(6):525-34."


@pytest.fixture(scope="module")
def pubmed() -> Iterator[FakeEutils]:
    with holding_set(REAL_RECORDS / "pubmed_set.xml") as server:
        yield server


def check(resolver: EntrezResolver, *entries: str, select: str = "CL2") -> list[tuple[str, str]]:
    listed = "".join(f"{number}. {entry}\n" for number, entry in enumerate(entries, 1))
    cited = ", ".join(str(number) for number in range(1, len(entries) + 1))
    text = f"The case was reported before [{cited}].\n\nReferences\n{listed}"
    document = read_text(text, "case-report.txt", "txt")
    findings: list[Finding] = lint_documents([document], Config(select=[select]), resolver).findings
    return [(finding.code, finding.message) for finding in findings]


def online(server: FakeEutils, cache: RecordCache | None = None) -> EntrezResolver:
    return EntrezResolver(EntrezClient(ClientSettings(base_url=server.url, max_attempts=1)), cache)


@pytest.mark.parametrize(
    ("entry", "cited", "pmid", "year"),
    [
        (LONDON.format(year=2017), 2017, "32160763", 2020),
        (LONDON.format(year=2023), 2023, "32160763", 2020),
        (ONTOLOGY.format(year=2005), 2005, "20412080", 2010),
    ],
)
def test_a_year_two_or_more_off_is_the_years_finding(
    pubmed: FakeEutils, entry: str, cited: int, pmid: str, year: int
) -> None:
    with online(pubmed) as resolver:
        [(code, message)] = check(resolver, entry)
    assert code == "CL203"
    assert f"year {cited} in the entry, {year} in PubMed (PMID {pmid})" in message


def test_the_locus_is_asked_without_year_or_author(pubmed: FakeEutils) -> None:
    pubmed.log.clear()
    with online(pubmed) as resolver:
        check(resolver, LONDON.format(year=2017))
    asked = [request.params["bdata"] for request in pubmed.requests("ecitmatch.cgi")]
    assert asked[-1].startswith("AIDS Res Hum Retroviruses||36|251||")


@pytest.mark.parametrize(
    "entry",
    [
        # Another title on the real paper's journal, volume and first page.
        "Brown TR. Gene therapy cures HIV in a second patient. AIDS Res Hum Retroviruses. "
        "2017;36(4):251-2.",
        # A made-up paper with a year and a locus no record has.
        "Brown TR. The Lisbon patient. AIDS Res Hum Retroviruses. 2017;38(2):101-4.",
    ],
)
def test_a_made_up_title_stays_possibly_fabricated(pubmed: FakeEutils, entry: str) -> None:
    with online(pubmed) as resolver:
        [(code, message)] = check(resolver, entry)
    assert code == "CL201"
    assert "32160763" not in message or "check it by hand" in message


def test_a_record_the_locus_names_wrongly_is_not_believed(pubmed: FakeEutils) -> None:
    # ECitMatch can name another paper: the phenotype ontology for the London patient.
    pubmed.citmatch["0"] = "20412080"
    try:
        with online(pubmed) as resolver:
            found = check(resolver, LONDON.format(year=2017))
    finally:
        del pubmed.citmatch["0"]
    assert [code for code, _ in found] == ["CL201"]
    assert "20412080" not in found[0][1]


def test_offline_the_cached_locus_answers_and_nothing_is_fabricated(
    pubmed: FakeEutils, tmp_path: Path
) -> None:
    made_up = "Brown TR. The Lisbon patient. AIDS Res Hum Retroviruses. 2017;38(2):101-4."
    with online(pubmed, RecordCache(tmp_path)) as resolver:
        check(resolver, LONDON.format(year=2017), made_up)
    with EntrezResolver(OfflineClient(), RecordCache(tmp_path), offline=True) as resolver:
        found = check(resolver, LONDON.format(year=2017), made_up, select="CL")
    codes = [code for code, _ in found]
    assert "CL203" in codes and "CL201" not in codes
    assert any(code == "CL208" and "reference 2" in message for code, message in found)
