"""Building and updating the mirror database from PubMed XML files.

A build writes a new database under a temporary name beside the target and renames it into
place only when every file has been read, so a failed or interrupted build leaves the old
mirror (or nothing) behind, never half a database. An update applies each file in one
transaction: a bad file is rolled back whole and the files before it stay applied. Either
holds an exclusive lock on ``<mirror>.lock`` while it writes, so two writers never meet.
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import glob
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from citelint import __version__
from citelint.lazy_pattern import LazyPattern
from citelint.pubmed.mirror.rows import Item, Row, read_files
from citelint.pubmed.mirror.source import Deletion, file_date
from citelint.pubmed.mirror.store import (
    BUSY_TIMEOUT_SECONDS,
    INDEXES,
    SCHEMA,
    TABLES,
    TITLE_WORDS,
    MirrorError,
    connect,
    decode,
    describe,
    index_text,
    journal_names,
    journal_words,
    read_meta,
    rows_in,
)

BATCH = 2000  # records stored at a time


@dataclass
class Applied:
    """What one file did to the mirror (``skipped``: it had been applied before;
    ``earlier_year``: of the year before the mirror's files, skipped, ``(its, the mirror's)``)."""

    path: Path
    records: int = 0
    deleted: int = 0
    skipped: bool = False
    earlier_year: tuple[int, int] | None = None


Report = Callable[[Applied], None]
# NLM's names of baseline and update files: "pubmed25n0001.xml.gz", the year's last two digits.
_NLM_NAME = LazyPattern(r"pubmed(\d{2})n\d{4,}\.xml(?:\.gz)?")


def build(
    target: Path, files: Sequence[Path], abstracts: bool, report: Report, jobs: int = 1
) -> int:
    """A new mirror at ``target`` from ``files``, read by ``jobs`` processes; returns the
    number of records it holds."""
    with _writer_lock(target):
        _remove_left_temporaries(target)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            db = sqlite3.connect(temporary)
        except sqlite3.Error as error:
            raise MirrorError(f"{target}: cannot create the mirror: {error}") from None
        try:
            # The file is thrown away on any failure, so it needs no journal while it fills.
            db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            db.execute("PRAGMA cache_size = -65536")  # 64 MiB, whatever the input size
            db.executescript(TABLES)
            _set_meta(db, abstracts=abstracts)
            writer = _Writer(db, abstracts)
            with contextlib.closing(read_files(files, abstracts, jobs)) as reading:
                for path, items in reading:
                    report(writer.apply(path, items))
                    db.commit()  # the full-text index flushes its pending words at each commit
            db.execute(INDEXES)
            db.execute("INSERT INTO words (words) VALUES ('optimize')")
            db.commit()
            db.executescript(TITLE_WORDS)
            db.execute("PRAGMA journal_mode = DELETE")
            count = writer.count
            db.close()
            # A journal left by a crash of the old mirror's writer would be replayed onto ours.
            Path(f"{target}-journal").unlink(missing_ok=True)
            os.replace(temporary, target)
        except sqlite3.Error as error:
            raise MirrorError(f"{target}: {describe(error)}") from None
        finally:
            db.close()
            temporary.unlink(missing_ok=True)
    return count


def update(
    target: Path,
    files: Sequence[Path],
    report: Report,
    timeout: float = BUSY_TIMEOUT_SECONDS,
    jobs: int = 1,
) -> int:
    """Apply the files not applied before, in order (read by ``jobs`` processes); returns the
    number of records after."""
    if target.is_file() and not os.access(target, os.W_OK):
        raise MirrorError(f"{target}: the PubMed mirror is read-only")
    with _writer_lock(target):
        db = connect(target, write=True, timeout=timeout)
        try:
            db.execute("PRAGMA journal_mode = DELETE")
            abstracts = read_meta(db).get("abstracts") == "yes"
            writer = _Writer(db, abstracts, count_titles=True)
            applied = {row[0] for row in db.execute("SELECT name FROM files")}
            earlier = _earlier_years(files, applied)
            todo = [path for path in files if path.name not in applied and path not in earlier]
            with contextlib.closing(read_files(todo, abstracts, jobs)) as reading:
                for path in files:
                    if path.name in applied:
                        report(Applied(path, skipped=True))
                    elif path in earlier:
                        report(Applied(path, skipped=True, earlier_year=earlier[path]))
                    else:
                        report(_apply(db, writer, *next(reading)))
            return writer.count
        except sqlite3.Error as error:
            raise MirrorError(f"{target}: {describe(error)}") from None
        finally:
            db.close()


def _earlier_years(files: Sequence[Path], applied: set[str]) -> dict[Path, tuple[int, int]]:
    """The files of a year before the newest the mirror holds ("pubmed24n1299.xml.gz" after
    a 2025 baseline), with their year and the mirror's. A download folder keeps last year's
    update files; applied, each put older versions in place of the baseline's newer records
    (a retraction lost, user33a P1-6)."""
    newest = max((_file_year(name) or 0 for name in applied), default=0)
    return {
        path: (year, newest)
        for path in files
        if path.name not in applied and (year := _file_year(path.name)) and year < newest
    }


def _file_year(name: str) -> int | None:
    """The year in NLM's name of a file, "pubmed25n0001.xml.gz" -> 2025; None for another."""
    found = _NLM_NAME.fullmatch(name)
    return 2000 + int(found[1]) if found else None


def _apply(db: sqlite3.Connection, writer: _Writer, path: Path, items: Iterable[Item]) -> Applied:
    """One update file in one transaction: all of it or, on any error, nothing."""
    db.execute("BEGIN IMMEDIATE")
    try:
        done = writer.apply(path, items)
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return done


def _remove_left_temporaries(target: Path) -> None:
    """Holding the lock, no other build of this mirror runs: a temporary file of its name
    (``.<name>.<process number>.tmp``) is one a killed build left. Only that exact name: a
    mirror named ``<name>.b`` may be building beside it."""
    prefix = f".{target.name}."
    for left in target.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        if left.name[len(prefix) : -len(".tmp")].isdigit():
            left.unlink(missing_ok=True)


@contextlib.contextmanager
def _writer_lock(target: Path) -> Iterator[None]:
    lock_path = Path(f"{target}.lock")
    try:
        handle = lock_path.open("a")
    except OSError as error:
        reason = error.strerror or str(error)
        raise MirrorError(f"{target}: cannot write beside the mirror ({reason})") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise MirrorError(
                f"{target}: another 'citelint mirror build' or 'update' is writing this mirror"
            ) from None
        try:
            yield
        finally:
            if not target.exists():
                # A build that failed, or an update of a mirror that is not there (a typo):
                # no mirror to guard, and their lock files piled up (user33a P3-1).
                lock_path.unlink(missing_ok=True)


def _set_meta(db: sqlite3.Connection, **values: object) -> None:
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    rows = {
        "schema": str(SCHEMA),
        "citelint": __version__,
        "created": now,
        "records": "0",
        **{
            key: "yes" if value is True else "no" if value is False else str(value)
            for key, value in values.items()
        },
    }
    db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", rows.items())


class _Writer:
    """Applies files to an open database; the caller owns transactions.

    Records are stored a batch at a time (one ``executemany`` a table): a build spends its
    time reading XML, not crossing into SQLite row by row. ``count_titles``: keep the
    ``title_words`` counts right as records come and go (a build counts them once at its end).
    """

    def __init__(self, db: sqlite3.Connection, abstracts: bool, count_titles: bool = False) -> None:
        self.db = db
        self.abstracts = abstracts
        self.count = int(read_meta(db).get("records", "0"))
        # (title, abbreviation) -> (journal number, its indexed words)
        self.journals: dict[tuple[str, str], tuple[int, str]] = {
            (title, abbrev): (number, journal_words(title, abbrev))
            for number, title, abbrev in db.execute("SELECT id, title, abbrev FROM journals")
        }
        # How many more (or fewer) titles hold each word, when counting.
        self.title_counts: Counter[str] | None = Counter() if count_titles else None

    def apply(self, path: Path, items: Iterable[Item]) -> Applied:
        done = Applied(path)
        batch: dict[int, Row] = {}
        for item in items:
            if isinstance(item, Deletion):
                done.records += self._store(batch)
                done.deleted += sum(self._remove(int(pmid)) for pmid in item.pmids)
                continue
            pmid = item[0]
            if pmid in batch or len(batch) >= BATCH:
                done.records += self._store(batch)  # a PMID twice: the later comes after
            batch[pmid] = item
        done.records += self._store(batch)
        self._count_titles()
        now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        self.db.execute(
            "INSERT INTO files (name, dated, applied, records, deleted) VALUES (?, ?, ?, ?, ?)",
            (path.name, file_date(path), now, done.records, done.deleted),
        )
        self.db.execute("UPDATE meta SET value = ? WHERE key = 'records'", (str(self.count),))
        return done

    def _store(self, batch: dict[int, Row]) -> int:
        """Store the batch's records, each unless a later version is already there; empties
        the batch and returns how many were stored."""
        stored: list[Row] = []
        versions = self._versions(list(batch))
        for pmid, row in batch.items():
            if pmid in versions:
                if versions[pmid] > row[1]:
                    continue
                self._remove(pmid)
            stored.append(row)
        batch.clear()
        if stored:
            self._insert(stored)
        return len(stored)

    def _versions(self, pmids: list[int]) -> dict[int, int]:
        """The version held of each of these PMIDs that the mirror has."""
        return dict(rows_in(self.db, "SELECT pmid, version FROM records WHERE pmid IN", pmids))

    def _insert(self, stored: list[Row]) -> None:
        records, ids, indexed, places = [], [], [], []
        for pmid, version, title, data, keys, title_words, author_words, named, place in stored:
            records.append((pmid, version, title, data))
            ids.extend((key, pmid) for key in keys)
            journal, journal_text = self._journal(*named)
            indexed.append((pmid, title_words, author_words, journal_text))
            if place is not None:
                places.append((pmid, journal, *place))
            if self.title_counts is not None:
                self.title_counts.update(set(title_words.split()))
        self.db.executemany(
            "INSERT INTO records (pmid, version, title, data) VALUES (?, ?, ?, ?)", records
        )
        ids.sort()  # in key order, the ids B-tree is filled page after page
        self.db.executemany("INSERT OR IGNORE INTO ids (key, pmid) VALUES (?, ?)", ids)
        self.db.executemany(
            "INSERT INTO words (rowid, title, authors, journal) VALUES (?, ?, ?, ?)", indexed
        )
        self.db.executemany(
            "INSERT INTO places (pmid, journal, year, volume, page, author)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            places,
        )
        self.count += len(stored)

    def _count_titles(self) -> None:
        """Add what the file changed to ``title_words``; a word in no title any more goes."""
        if not self.title_counts:
            return
        changed = sorted(self.title_counts.items())
        # Two statements, not an upsert: upserts need SQLite 3.24, older than some systems'.
        self.db.executemany(
            "INSERT OR IGNORE INTO title_words (word, titles) VALUES (?, 0)",
            [(word,) for word, _ in changed],
        )
        self.db.executemany(
            "UPDATE title_words SET titles = titles + ? WHERE word = ?",
            [(count, word) for word, count in changed],
        )
        self.db.executemany(
            "DELETE FROM title_words WHERE word = ? AND titles <= 0",
            [(word,) for word, _ in changed],
        )
        self.title_counts.clear()

    def _remove(self, pmid: int) -> int:
        """Take a record out of every table; 1 if it was there, else 0."""
        row = self.db.execute("SELECT title, data FROM records WHERE pmid = ?", (pmid,)).fetchone()
        if row is None:
            return 0
        record, ids = decode(pmid, row[0], row[1])
        indexed = index_text(record)
        # A contentless index forgets a row only when told the words it was indexed with.
        self.db.execute(
            "INSERT INTO words (words, rowid, title, authors, journal)"
            " VALUES ('delete', ?, ?, ?, ?)",
            (pmid, *indexed),
        )
        if self.title_counts is not None:
            self.title_counts.subtract(set(indexed[0].split()))
        self.db.executemany("DELETE FROM ids WHERE key = ? AND pmid = ?", [(k, pmid) for k in ids])
        self.db.execute("DELETE FROM places WHERE pmid = ?", (pmid,))
        self.db.execute("DELETE FROM records WHERE pmid = ?", (pmid,))
        self.count -= 1
        return 1

    def _journal(self, title: str, abbrev: str) -> tuple[int, str]:
        """The journal's number (added when new) and its indexed words."""
        key = (title, abbrev)
        known = self.journals.get(key)
        if known is None:
            cursor = self.db.execute(
                "INSERT INTO journals (title, abbrev) VALUES (?, ?)", (title, abbrev)
            )
            number = int(cursor.lastrowid or 0)
            self.db.executemany(
                "INSERT OR IGNORE INTO journal_names (name, journal) VALUES (?, ?)",
                [(name, number) for name in journal_names(title, abbrev)],
            )
            known = self.journals[key] = (number, journal_words(title, abbrev))
        return known
