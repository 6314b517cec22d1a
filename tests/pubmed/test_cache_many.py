"""Reading many keys at once (RecordCache.get_many) reads each as get() does, and
holds_nothing tells a cache every get() would miss; a store reads a round's records and
absences ahead in one query."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from citelint.pubmed.cache import FILE_NAME, KEYS_A_QUERY, RecordCache
from citelint.pubmed.store import Store
from citelint.record import Record

DAY = 24 * 3600.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_get_many_gives_what_get_gives_for_each_key(tmp_path: Path) -> None:
    clock = Clock()
    cache = RecordCache(tmp_path, ttl_seconds=DAY, clock=clock)
    cache.put("doi:10.1/old", '{"pmids": []}')
    clock.now += DAY - 5
    cache.put("near:fresh", '{"pmids": ["39990001"]}')
    clock.now += 10  # the first has just expired, the second not
    keys = ["doi:10.1/old", "near:fresh", "near:never", "near:fresh"]
    assert cache.get_many(keys) == {"near:fresh": '{"pmids": ["39990001"]}'}
    assert {key: cache.get(key) for key in keys if cache.get(key)} == cache.get_many(keys)


def test_get_many_asks_more_keys_than_one_query_takes(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    keys = [f"absent:{number}" for number in range(2 * KEYS_A_QUERY + 7)]
    cache.put_many((key, "{}") for key in keys[::3])
    assert set(cache.get_many(keys)) == set(keys[::3])


def test_a_refreshing_or_closed_cache_gives_nothing(tmp_path: Path) -> None:
    RecordCache(tmp_path).put("k", "v")
    assert RecordCache(tmp_path, refresh=True).get_many(["k"]) == {}
    assert RecordCache(tmp_path, refresh=True).holds_nothing()
    closed = RecordCache(tmp_path)
    closed.close()
    assert closed.get_many(["k"]) == {}
    assert closed.holds_nothing()


def test_holds_nothing_until_a_row_is_stored(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    assert cache.holds_nothing()
    cache.put("label:ORBIT trial", '{"pmids": []}')
    assert not cache.holds_nothing()
    cache.clear()
    assert cache.holds_nothing()


def test_a_store_reads_prefetched_keys_from_memory_until_it_forgets(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    cache.put("doi:10.1/a", '{"pmids": ["39990001"]}')
    store = Store(cache)
    assert store.prefetch(["doi:10.1/a", "doi:10.1/b"]) == {"doi:10.1/a"}
    cache.put("doi:10.1/b", '{"pmids": ["39990002"]}')  # another process, after the read
    cache.clear()
    assert store.answer("doi:10.1/a") == {"pmids": ["39990001"]}
    assert store.answer("doi:10.1/b") is None
    store.forget()
    assert store.answer("doi:10.1/a") is None


def test_an_answer_stored_after_a_prefetch_is_read_back(tmp_path: Path) -> None:
    store = Store(RecordCache(tmp_path))
    assert store.prefetch(["near:x", "absent:39990009"]) == set()
    store.add_answer("near:x", {"pmids": []})
    store.add_absent(["39990009"])
    assert store.answer("near:x") == {"pmids": []}
    assert store.answer("absent:39990009") == {}


def test_a_cache_opened_to_read_only_leaves_expired_rows_to_a_later_purge(tmp_path: Path) -> None:
    clock = Clock()
    with RecordCache(tmp_path, ttl_seconds=DAY, clock=clock) as cache:
        cache.put("old", "v")
    clock.now += 2 * DAY
    with RecordCache(tmp_path, ttl_seconds=DAY, clock=clock, purge=False) as reading:
        assert reading.get("old") is None and reading.get_many(["old"]) == {}
        assert not reading.holds_nothing()  # an expired row is still held: only slower
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone() == (1,)
    RecordCache(tmp_path, ttl_seconds=DAY, clock=clock).close()
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone() == (0,)


class CountingCache(RecordCache):
    """A cache that counts its single-key reads."""

    gets = 0

    def get(self, key: str) -> str | None:
        self.gets += 1
        return super().get(key)


def test_read_ahead_reads_records_and_absences_in_one_query(tmp_path: Path) -> None:
    cache = CountingCache(tmp_path)
    stored = Record(pmid="39990001", title="Vitamin D and falls.", journal="BMJ", year=2020)
    Store(cache).add_records([stored])
    Store(cache).add_absent(["39990002"])
    store = Store(cache)
    store.read_ahead(["39990001", "39990002", "39990003"])
    assert store.record("39990001") == stored
    assert store.record("39990003") is None
    assert store.absent("39990002") and not store.absent("39990003")
    assert cache.gets == 0  # every key came from the one query
    fetched = Record(pmid="39990003", title="Falls in the elderly.", journal="BMJ", year=2021)
    store.add_records([fetched])  # a write drops the key read ahead
    assert store.record("39990003") == fetched


def test_read_ahead_without_a_cache_reads_nothing() -> None:
    store = Store(None)
    store.read_ahead(["39990001"])
    assert store.record("39990001") is None and not store.absent("39990001")
