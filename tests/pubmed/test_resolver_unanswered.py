"""An offline run with no cache asks nothing: its verdicts are the ones asking would give."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from citelint.config import Config
from citelint.errors import InputError
from citelint.models import Reference, Status
from citelint.pubmed.citations import Citation, CitationMatch
from citelint.pubmed.errors import EntrezUnavailable
from citelint.pubmed.outcomes import OFFLINE_REASON, UnansweredResolver
from citelint.pubmed.resolver import EntrezResolver
from citelint.pubmed.store import OfflineClient
from citelint.read import read_article
from citelint.record import Record

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


class Unanswering:
    """Fails every question as OfflineClient does, but is no OfflineClient: the resolver asks
    it everything, one batched question after another, and counts on nothing."""

    def __init__(self) -> None:
        self.asked = 0

    def _fail(self) -> EntrezUnavailable:
        self.asked += 1
        return EntrezUnavailable(OFFLINE_REASON)

    def esearch(self, term: str, retmax: int = 20, sort: str | None = None) -> object:
        raise self._fail()

    def efetch(self, pmids: Iterable[str]) -> list[Record]:
        raise self._fail()

    def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, CitationMatch]:
        raise self._fail()

    def pmc_pmids(self, pmc_ids: Iterable[str]) -> dict[str, list[str]]:
        raise self._fail()

    def close(self) -> None:
        pass


def entry(number: int, raw: str, **fields: object) -> Reference:
    return Reference(number, raw, number, 1, **fields)  # type: ignore[arg-type]


# One entry of each way resolution can go when nothing answers.
ENTRIES = [
    entry(1, "Spine Atlas [Internet]. Low back pain. 2023.", title="Low back pain"),  # a book
    entry(
        2,
        "Smith J. Walking and back pain. Spine. 2019;44:1100-8.",
        title="Walking and back pain",
        journal="Spine",
        year=2019,
        volume="44",
        pages="1100-8",
    ),  # noqa: E501
    entry(3, "Jones A. PMID: 30100001", pmid="30100001"),
    entry(4, "Lee B. doi:10.7326/aim-test-2", doi="10.7326/aim-test-2"),
    entry(5, "Kim C. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6869436/"),
    entry(6, "Ito D. Lancet. 2001;357:12.", journal="Lancet", year=2001, volume="357", pages="12"),
    entry(7, "Guideline. National Board of Health."),  # a guideline, maybe, with nothing to ask
    entry(8, "Guideline", label="Guideline", journal="Annals of medicine"),  # maybe no article
    entry(9, "Editorial.", title="Editorial"),  # one word and no year: too common to ask
    entry(10, "Marine heatwaves. 2020.", title="Marine heatwaves", year=2020),
]


def both(references: list[Reference]) -> tuple[list, list, int]:
    client = Unanswering()
    asking = EntrezResolver(client, offline=True).resolve(references)  # type: ignore[arg-type]
    quick = EntrezResolver(OfflineClient(), offline=True).resolve(references)
    # What an offline check with no cache uses, so as not to load the lookups at all.
    assert UnansweredResolver().resolve(references) == quick
    return asking, quick, client.asked


def test_every_kind_of_entry_gets_the_verdict_asking_gives() -> None:
    asking, quick, asked = both(ENTRIES)
    assert asked > 0
    assert quick == asking
    statuses = [r.status for r in quick]
    assert statuses[0] == Status.NOT_IN_PUBMED
    assert statuses[1:6] == [Status.UNVERIFIED] * 5
    assert {r.reason for r in quick[1:6]} == {OFFLINE_REASON}
    # Possibly no article, and nothing to ask: PubMed would not hold it anyway.
    assert [r.status for r in quick[6:8]] == [Status.NOT_IN_PUBMED] * 2
    assert quick[8].status == Status.UNVERIFIED and "no title" in quick[8].reason
    assert quick[9].reason == OFFLINE_REASON  # a short title is asked with its year


def fixture_references() -> Iterable[tuple[str, list[Reference]]]:
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix not in (".txt", ".md", ".html") or not path.is_file():
            continue
        try:
            document = read_article(path, Config(), claim_text=False)
        except InputError:
            continue
        if document.references:
            yield str(path.relative_to(FIXTURES)), document.references


@pytest.mark.parametrize("batch", ["one", "all"])
def test_fixture_articles_resolve_the_same_without_asking(batch: str) -> None:
    found = list(fixture_references())
    assert len(found) > 50
    groups = [refs for _, refs in found] if batch == "one" else [sum((r for _, r in found), [])]
    for references in groups:
        asking, quick, _ = both(references)
        assert quick == asking


def test_label_searches_go_unanswered_as_the_offline_client_leaves_them() -> None:
    terms = ["ORBIT trial", "apixaban stroke", "ORBIT trial", *(f"label {n}" for n in range(25))]
    client = Unanswering()
    asking = EntrezResolver(client, offline=True).search_labels(terms, lambda *_: True)  # type: ignore[arg-type]
    quick = UnansweredResolver().search_labels(terms, lambda *_: True)

    assert client.asked > 0
    assert list(quick.items()) == list(asking.items())
    assert set(quick.values()) == {None}
    assert UnansweredResolver().answers_nothing()
