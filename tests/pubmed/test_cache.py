"""The persistent record cache: expiry, forced refresh, concurrency, and failing gracefully."""

from __future__ import annotations

import logging
import multiprocessing
import sqlite3
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import responses
from requests import PreparedRequest

from citelint.models import Reference
from citelint.pubmed.cache import FILE_NAME, RecordCache
from citelint.pubmed.cache_location import default_cache_dir
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.resolver import EntrezResolver
from citelint.pubmed.store import Store
from citelint.record import Record

DAY = 24 * 3600.0


class Clock:
    """A hand-moved clock, so expiry is tested without waiting."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_put_then_get(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    cache.put("efetch?id=39990001", '{"pmid": "39990001"}')
    assert cache.get("efetch?id=39990001") == '{"pmid": "39990001"}'
    assert cache.get("efetch?id=39990002") is None


def test_values_persist_across_instances(tmp_path: Path) -> None:
    RecordCache(tmp_path).put("k", "v")
    assert RecordCache(tmp_path).get("k") == "v"


def test_put_replaces_an_older_value(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    cache.put("k", "old")
    cache.put_many([("k", "new"), ("other", "x")])
    assert (cache.get("k"), cache.get("other")) == ("new", "x")


def test_entries_expire_after_the_ttl(tmp_path: Path) -> None:
    clock = Clock()
    cache = RecordCache(tmp_path, ttl_seconds=30 * DAY, clock=clock)
    cache.put("k", "v")
    clock.now += 30 * DAY - 1
    assert cache.get("k") == "v"
    clock.now += 2
    assert cache.get("k") is None


def test_rewriting_an_entry_restarts_its_ttl(tmp_path: Path) -> None:
    clock = Clock()
    cache = RecordCache(tmp_path, ttl_seconds=DAY, clock=clock)
    cache.put("k", "v1")
    clock.now += DAY - 10
    cache.put("k", "v2")
    clock.now += DAY - 10
    assert cache.get("k") == "v2"


def test_refresh_misses_every_get_but_still_stores(tmp_path: Path) -> None:
    RecordCache(tmp_path).put("k", "stale")
    refreshing = RecordCache(tmp_path, refresh=True)
    assert refreshing.get("k") is None
    refreshing.put("k", "fresh")
    assert RecordCache(tmp_path).get("k") == "fresh"


def test_clear_empties_the_cache(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    cache.put_many([("a", "1"), ("b", "2")])
    cache.clear()
    assert (cache.get("a"), cache.get("b")) == (None, None)


def test_expired_entries_are_purged_from_the_file_when_it_is_opened(tmp_path: Path) -> None:
    clock = Clock()
    with RecordCache(tmp_path, ttl_seconds=DAY, clock=clock) as cache:
        cache.put("old", "v")
        clock.now += DAY - 10
        cache.put("young", "v")
    clock.now += 20
    with RecordCache(tmp_path, ttl_seconds=DAY, clock=clock) as cache:
        assert cache.get("young") == "v"
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        keys = [row[0] for row in db.execute("SELECT key FROM entries")]
    assert keys == ["young"]


def test_a_cache_used_as_a_context_manager_is_closed_after(tmp_path: Path) -> None:
    with RecordCache(tmp_path) as cache:
        cache.put("k", "v")
        assert cache.enabled
    assert not cache.enabled
    assert RecordCache(tmp_path).get("k") == "v"


def test_the_cache_uses_write_ahead_logging(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    cache.put("k", "v")
    assert (tmp_path / (FILE_NAME + "-wal")).exists()


# -- keys ----------------------------------------------------------------------------------

SECRET = "0123456789abcdef0123456789abcdef0123"
ARTICLE_SET = b"""<?xml version="1.0" ?>
<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">
<PMID Version="1">31000001</PMID><Article PubModel="Print"><Journal>
<JournalIssue CitedMedium="Print"><Volume>12</Volume><PubDate><Year>2019</Year></PubDate>
</JournalIssue><Title>Journal of Invented Results</Title>
<ISOAbbreviation>J Invent Res</ISOAbbreviation></Journal>
<ArticleTitle>Walking programmes for chronic low back pain.</ArticleTitle>
</Article></MedlineCitation><PubmedData><ArticleIdList>
<ArticleId IdType="pubmed">31000001</ArticleId><ArticleId IdType="doi">10.1/walk</ArticleId>
</ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>"""
ESEARCH = b"<eSearchResult><Count>1</Count><IdList><Id>31000001</Id></IdList></eSearchResult>"


def citations_not_found(request: PreparedRequest) -> tuple[int, dict[str, str], str]:
    query = parse_qs(urlparse(request.url or "").query)
    lines = query["bdata"][0].split("\r")
    return 200, {}, "".join(f"{line}NOT_FOUND\n" for line in lines)


@responses.activate
def test_the_keys_resolving_stores_never_hold_the_api_key_or_email(tmp_path: Path) -> None:
    base = "http://eutils.test/"
    responses.post(base + "esearch.fcgi", body=ESEARCH)
    responses.post(base + "efetch.fcgi", body=ARTICLE_SET)
    responses.add_callback(responses.GET, base + "ecitmatch.cgi", callback=citations_not_found)
    settings = ClientSettings(
        base_url=base, email="someone@example.org", api_key=SECRET, backoff=0.0
    )
    cache = RecordCache(tmp_path)
    entries = [
        Reference(1, "", 11, 1, pmid="31000001"),
        Reference(2, "", 12, 1, doi="10.1/walk"),
        Reference(3, "", 13, 1, title="Walking programmes for chronic low back pain"),
        Reference(4, "", 14, 1, journal="Spine", year=2019, volume="44", pages="1100"),
    ]
    EntrezResolver(EntrezClient(settings), cache).resolve(entries)
    cache.close()
    assert any(
        SECRET in call.request.url or SECRET in str(call.request.body) for call in responses.calls
    )
    stored = b"".join(path.read_bytes() for path in tmp_path.iterdir())
    assert b"31000001" in stored and b"citation:" in stored
    assert SECRET.encode() not in stored
    assert b"someone@example.org" not in stored


@pytest.mark.parametrize(
    "row",
    [
        '{"pmid": "31000001", "title": 5}',
        '{"pmid": "31000001", "authors": 7}',
        '{"pmid": "31000001", "year": "x"}',
        "{}",
        "[]",
        "{broken",
    ],
)
def test_a_damaged_record_row_is_a_miss_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, row: str
) -> None:
    cache = RecordCache(tmp_path)
    cache.put("record3:31000001", row)
    cache.put("record3:31000002", row)
    store = Store(cache)
    with caplog.at_level(logging.WARNING):
        assert store.record("31000001") is None and store.record("31000002") is None
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1
    assert "damaged entry 'record3:31000001'" in warnings[0] and "read as missing" in warnings[0]


def test_a_record_cached_before_vernacular_titles_were_read_is_fetched_again(
    tmp_path: Path,
) -> None:
    """Review14 F8: kept, it would hide a translated paper's own-language title for 30 days."""
    cache = RecordCache(tmp_path)
    cache.put("record:39990101", '{"pmid": "39990101", "title": "[Mediterranean diet]."}')
    assert Store(cache).record("39990101") is None
    Store(cache).add_records([Record(pmid="39990101", vernacular_title="Dieta mediterranea.")])
    assert Store(cache).record("39990101").vernacular_title == "Dieta mediterranea."


def test_a_record_cached_before_online_years_were_kept_is_fetched_again(tmp_path: Path) -> None:
    """real21: a record cached before real19 lacks its online year ("record2:"), which
    to_dict leaves out where there is none: kept, an entry citing the year the paper came
    out online (2019, its issue's 2021) would get a false CL203 for 30 days."""
    cache = RecordCache(tmp_path)
    cache.put("record2:39990103", '{"pmid": "39990103", "title": "Trial.", "year": 2021}')
    assert Store(cache).record("39990103") is None
    Store(cache).add_records([Record(pmid="39990103", year=2021, online_year=2019)])
    assert Store(cache).record("39990103").online_year == 2019


@pytest.mark.parametrize(
    ("key", "row"),
    [
        ("doi:10.1/walk", '{"pmids": 7}'),
        ("doi:10.1/walk", '{"pmids": [31000001]}'),
        ("doi:10.1/walk", "{}"),
        ("doi:10.1/walk", '"31000001"'),
        ("citation:spine|2019|44|1100|", '{"pmids": ["31000001"], "ambiguous": "no"}'),
    ],
)
def test_a_damaged_answer_row_is_a_miss(tmp_path: Path, key: str, row: str) -> None:
    cache = RecordCache(tmp_path)
    cache.put(key, row)
    assert Store(cache).answer(key) is None


def test_an_absent_row_holds_no_pmids(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    cache.put("absent:39999999", "{}")
    assert Store(cache).absent("39999999")


@responses.activate
def test_a_run_over_damaged_rows_asks_pubmed_again_and_mends_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    base = "http://eutils.test/"
    responses.post(base + "esearch.fcgi", body=ESEARCH)
    responses.post(base + "efetch.fcgi", body=ARTICLE_SET)
    cache = RecordCache(tmp_path)
    cache.put("record3:31000001", '{"pmid": "31000001", "title": 5}')
    cache.put("doi:10.1/walk", '{"pmids": 7}')
    entries = [Reference(1, "", 11, 1, pmid="31000001"), Reference(2, "", 12, 1, doi="10.1/walk")]
    resolver = EntrezResolver(EntrezClient(ClientSettings(base_url=base)), cache)
    with caplog.at_level(logging.WARNING):
        resolutions = resolver.resolve(entries)
    assert [r.status for r in resolutions] == ["resolved", "resolved"]
    assert [r.record.pmid for r in resolutions if r.record] == ["31000001", "31000001"]
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    store = Store(cache)
    assert store.record("31000001") is not None
    assert store.answer("doi:10.1/walk") == {"pmids": ["31000001"]}


def test_default_directory_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITELINT_CACHE_DIR", str(tmp_path / "here"))
    assert default_cache_dir() == tmp_path / "here"
    monkeypatch.delenv("CITELINT_CACHE_DIR")
    assert "citelint" in str(default_cache_dir())


# -- failing gracefully -------------------------------------------------------------------


def test_an_unusable_directory_means_no_cache_and_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with caplog.at_level(logging.WARNING, logger="citelint.pubmed.cache"):
        cache = RecordCache(blocker / "cache")
    assert not cache.enabled
    cache.put("k", "v")
    assert cache.get("k") is None
    cache.clear()
    assert "continuing without a cache" in caplog.text


def test_a_corrupt_file_means_no_cache_and_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"this is not an SQLite database\n" * 200)
    with caplog.at_level(logging.WARNING, logger="citelint.pubmed.cache"):
        cache = RecordCache(tmp_path)
        cache.put("k", "v")
    assert cache.get("k") is None
    assert not cache.enabled
    assert "unusable" in caplog.text


def test_a_file_corrupted_while_open_switches_the_cache_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = RecordCache(tmp_path)
    cache.put_many([(f"key{n}", "x" * 500) for n in range(200)])
    cache.close()
    reopened = RecordCache(tmp_path)
    with (tmp_path / FILE_NAME).open("r+b") as handle:
        handle.write(b"garbage" * 4000)
    with caplog.at_level(logging.WARNING, logger="citelint.pubmed.cache"):
        assert reopened.get("key1") is None
    assert "unusable" in caplog.text


# -- several processes at once ------------------------------------------------------------

WRITERS = 8
ENTRIES = 150
# Long enough that no scheduler starves a writer this long: the test then fails only when
# an entry is really lost, never because a loaded CPU made one writer wait past the default.
PATIENT_SECONDS = 600.0


def write_entries(directory: str, writer: int) -> bool:
    cache = RecordCache(Path(directory), busy_timeout_seconds=PATIENT_SECONDS)
    for n in range(ENTRIES):
        cache.put(f"w{writer}-{n}", f"value {writer} {n}")
        # Everyone also rewrites the same keys, so writers really collide.
        cache.put(f"shared-{n % 10}", f"from {writer}")
        cache.get(f"w{(writer + 1) % WRITERS}-{n}")
    return cache.enabled


def test_eight_processes_write_at_once_without_losing_entries(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    with context.Pool(WRITERS) as pool:
        still_enabled = pool.starmap(write_entries, [(str(tmp_path), w) for w in range(WRITERS)])
    assert still_enabled == [True] * WRITERS
    cache = RecordCache(tmp_path)
    for writer in range(WRITERS):
        for n in range(ENTRIES):
            assert cache.get(f"w{writer}-{n}") == f"value {writer} {n}"
    assert all((cache.get(f"shared-{n}") or "").startswith("from ") for n in range(10))


def test_a_write_waiting_past_the_busy_timeout_switches_the_cache_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The wait the eight writers above are spared: another process holds the write lock.
    cache = RecordCache(tmp_path, busy_timeout_seconds=0.05)
    holder = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with caplog.at_level(logging.WARNING, logger="citelint.pubmed.cache"):
            cache.put("k", "v")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not cache.enabled
    assert "database is locked" in caplog.text


def test_a_write_waits_for_a_lock_held_less_than_the_busy_timeout(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path, busy_timeout_seconds=PATIENT_SECONDS)
    holder = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    releaser = threading.Timer(0.3, lambda: holder.execute("ROLLBACK"))
    releaser.start()
    cache.put("k", "v")
    releaser.join()
    holder.close()
    assert cache.enabled
    assert cache.get("k") == "v"
