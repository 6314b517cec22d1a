"""Offline, the entries a cache has never seen are settled from one read of the article's keys;
every verdict is the one working through the rounds of questions gives."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from test_resolver_unanswered import Unanswering, entry, fixture_references

from citelint.models import Reference, Status
from citelint.pubmed.cache import RecordCache
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.outcomes import OFFLINE_REASON
from citelint.pubmed.resolver import EntrezResolver
from citelint.pubmed.store import OfflineClient


class CountingCache(RecordCache):
    """Counts the reads of single keys, which the quick path saves."""

    gets = 0

    def get(self, key: str) -> str | None:
        self.gets += 1
        return super().get(key)


def fill(cache: RecordCache, groups: Iterable[list[Reference]]) -> None:
    """Ask the fake PubMed online about ``groups``: the cache keeps its answers."""
    with FakeEutils() as server:
        client = EntrezClient(ClientSettings(base_url=server.url, max_attempts=1))
        resolver = EntrezResolver(client, cache)
        for references in groups:
            resolver.resolve(references)
        client.close()


def offline_both(cache: RecordCache, references: list[Reference]) -> tuple[list, list]:
    quick = EntrezResolver(OfflineClient(), cache, offline=True).resolve(references)
    asking = EntrezResolver(Unanswering(), cache, offline=True).resolve(references)  # type: ignore[arg-type]
    return quick, asking


@pytest.fixture(scope="module")
def articles() -> list[list[Reference]]:
    return [references for _, references in fixture_references()][:40]


def test_articles_half_cached_get_the_verdicts_of_the_rounds(
    tmp_path: Path, articles: list[list[Reference]]
) -> None:
    cache = RecordCache(tmp_path)
    # Every other entry of every article: which articles the fake PubMed can resolve must not
    # decide whether the cache holds any record (a fixture added in front shifted a half of
    # whole articles onto those it cannot).
    fill(cache, [references[::2] for references in articles])
    statuses: set[str] = set()
    for references in articles:
        quick, asking = offline_both(cache, references)
        assert quick == asking
        statuses |= {resolution.status for resolution in quick}
    # Records and answers from the cache as well as entries it has never seen.
    assert {Status.RESOLVED, Status.UNVERIFIED} <= statuses


def test_an_article_the_cache_has_never_seen_is_read_in_one_query(
    tmp_path: Path, articles: list[list[Reference]]
) -> None:
    cache = CountingCache(tmp_path)
    fill(cache, articles[:1])
    unseen = [
        entry(1, "Lee B. doi:10.7326/aim-unseen", doi="10.7326/aim-unseen"),
        entry(2, "Jones A. PMID: 30100009", pmid="30100009"),
        entry(
            3,
            "Ito D. Lancet. 2001;357:1212.",
            journal="Lancet",
            year=2001,
            volume="357",
            pages="1212",
        ),
        entry(
            4,
            "Walking and back pain in dockers. 2019.",
            title="Walking and back pain in dockers",
            year=2019,
        ),
    ]
    cache.gets = 0
    quick, asking = offline_both(cache, unseen)
    assert quick == asking
    assert [(r.status, r.reason) for r in quick] == [(Status.UNVERIFIED, OFFLINE_REASON)] * 4
    gets = cache.gets
    cache.gets = 0
    EntrezResolver(OfflineClient(), cache, offline=True).resolve(unseen)
    assert cache.gets == 0 < gets  # the rounds read keys one by one; the quick path none


TITLE = (
    "Spinal cord stimulation for neurogenic claudication in patients with lumbar spinal "
    "stenosis unsuitable for decompression: a retrospective cohort study"
)


def test_an_entry_whose_title_alone_the_cache_knows_is_worked_through(tmp_path: Path) -> None:
    """One article cited the paper by its title, another by its title and a DOI the cache
    has never seen: the title's answer settles the second, as asking would."""
    cache = RecordCache(tmp_path)
    fill(cache, [[entry(1, f"Halvorsen K. {TITLE}. 2019.", title=TITLE, year=2019)]])
    cited = [
        entry(1, f"Halvorsen K. {TITLE}. doi:10.9/unseen", title=TITLE, doi="10.9/unseen"),
        entry(2, f"Halvorsen K. {TITLE}. PMID: 30100009", title=TITLE, pmid="30100009"),
    ]
    quick, asking = offline_both(cache, cited)
    assert quick == asking
    assert [r.record.pmid if r.record else r.status for r in quick] == ["39990001"] * 2


def test_an_empty_cache_answers_nothing_and_a_filled_one_something(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    resolver = EntrezResolver(OfflineClient(), cache, offline=True)
    assert resolver.answers_nothing()
    cache.put("near:x", '{"pmids": []}')
    assert not resolver.answers_nothing()
    online = EntrezResolver(Unanswering(), RecordCache(tmp_path / "empty"), offline=True)  # type: ignore[arg-type]
    assert not online.answers_nothing()  # it asks, so something may answer
