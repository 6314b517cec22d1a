"""Persistent cache of E-utilities answers: one SQLite file, shared by processes linting at once.

WAL mode lets readers work while one process writes, the busy timeout makes writers queue
instead of failing, and every write is one short transaction. A cache that cannot be opened
or read (unwritable directory, corrupt file) is switched off with a warning: citelint then
asks NCBI again, which is slower but never wrong.
"""

from __future__ import annotations

import _thread
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from citelint.logs import logger
from citelint.pubmed.cache_location import FILE_NAME
from citelint.pubmed.closing import Closing

DEFAULT_TTL_SECONDS = 30 * 24 * 3600.0
BUSY_TIMEOUT_SECONDS = 30.0
# Keys asked in one query by get_many: fewer than SQLite's least limit on parameters (999).
KEYS_A_QUERY = 500


class RecordCache(Closing):
    """Text values by key, each valid for ``ttl_seconds``; ``refresh`` makes every get() miss.
    ``purge``: delete the expired rows on opening; an offline run, which only reads, leaves
    them to the next run that writes (get() never gives one; the purge scans every row).
    ``busy_timeout_seconds``: how long one statement waits for another process's write before
    the cache is switched off; SQLite's waiting polls and is not fair, so on a starved CPU one
    writer can wait seconds while the others take turns."""

    def __init__(
        self,
        directory: Path,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        refresh: bool = False,
        clock: Callable[[], float] = time.time,
        purge: bool = True,
        busy_timeout_seconds: float = BUSY_TIMEOUT_SECONDS,
    ) -> None:
        self.path = Path(directory) / FILE_NAME
        self.ttl_seconds = ttl_seconds
        self.refresh = refresh
        self._clock = clock
        self._purge = purge
        self._busy_timeout_seconds = busy_timeout_seconds
        # One connection may be shared by the threads of a process; sqlite3 needs them in turn.
        # threading.Lock is this lock; the threading module would be 5 M instructions more
        # start-up for an offline check with a cache (issue 13).
        self._lock = _thread.allocate_lock()
        self._db = self._open()

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def get(self, key: str) -> str | None:
        """The value stored under ``key``; None when missing, expired, refreshing or disabled."""
        if self.refresh:
            return None
        row = self._run("SELECT value, stored_at FROM entries WHERE key = ?", (key,))
        if row is None or self._clock() - row[1] > self.ttl_seconds:
            return None
        return row[0]

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        """The values stored under ``keys``, as get() reads each, in a query a few hundred
        keys: an offline run asks about an article's entries at once (issue 13). Keys
        missing, expired or refreshing are left out."""
        wanted = list(dict.fromkeys(keys))
        if self.refresh or self._db is None or not wanted:
            return {}
        rows: list[tuple[str, str, float]] = []
        for start in range(0, len(wanted), KEYS_A_QUERY):
            chunk = wanted[start : start + KEYS_A_QUERY]
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT key, value, stored_at FROM entries WHERE key IN ({marks})"
            found = self._run_all(sql, tuple(chunk))
            if found is None:
                return {}
            rows += found
        now = self._clock()
        return {key: value for key, value, stored_at in rows if now - stored_at <= self.ttl_seconds}

    def holds_nothing(self) -> bool:
        """Whether every get() misses: no row at all, a refresh, or a cache switched off.
        Rows expired but not yet purged count as held (the answer is then only slower)."""
        if self.refresh or self._db is None:
            return True
        found = self._run_all("SELECT 1 FROM entries LIMIT 1", ())
        return not found

    def put(self, key: str, value: str) -> None:
        self.put_many([(key, value)])

    def put_many(self, items: Iterable[tuple[str, str]]) -> None:
        """Store several values in one transaction (a batch of fetched records)."""
        now = self._clock()
        rows = [(key, value, now) for key, value in items]
        if not rows or self._db is None:
            return
        try:
            with self._lock, self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO entries (key, value, stored_at) VALUES (?, ?, ?)",
                    rows,
                )
        except sqlite3.Error as error:
            self._give_up(error)

    def clear(self) -> None:
        if self._db is None:
            return
        try:
            with self._lock, self._db:
                self._db.execute("DELETE FROM entries")
        except sqlite3.Error as error:
            self._give_up(error)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _open(self) -> sqlite3.Connection | None:
        db = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            timeout = self._busy_timeout_seconds
            db = sqlite3.connect(self.path, timeout=timeout, check_same_thread=False)
            db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS entries"
                " (key TEXT PRIMARY KEY, value TEXT NOT NULL, stored_at REAL NOT NULL)"
            )
            db.commit()
        except (OSError, sqlite3.Error) as error:
            if db is not None:
                db.close()
            self._warn(error)
            return None
        if self._purge:
            self._purge_expired(db)
        return db

    def _purge_expired(self, db: sqlite3.Connection) -> None:
        # Expired rows are never read again; without this the file only grows. One short
        # transaction, so other processes at most queue behind it; if the file stays busy past
        # the timeout, the purge waits for another run rather than switching the cache off.
        try:
            with db:
                db.execute(
                    "DELETE FROM entries WHERE stored_at < ?", (self._clock() - self.ttl_seconds,)
                )
        except sqlite3.OperationalError as error:
            logger(__name__).debug("expired cache entries not purged: %s", error)

    def _run(self, sql: str, parameters: tuple[object, ...]) -> tuple[str, float] | None:
        """The query's first row; None when it has none or the cache is (or just went) off."""
        rows = self._run_all(sql, parameters)
        return rows[0] if rows else None

    def _run_all(self, sql: str, parameters: tuple[object, ...]) -> list | None:
        """Every row the query gives; None when the cache is (or just went) off."""
        if self._db is None:
            return None
        try:
            with self._lock:
                return self._db.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            self._give_up(error)
            return None

    def _give_up(self, error: Exception) -> None:
        self._warn(error)
        self.close()

    def _warn(self, error: Exception) -> None:
        logger(__name__).warning(
            "cache %s is unusable (%s); continuing without a cache "
            "(delete the file or choose another --cache-dir)",
            self.path,
            error,
        )
