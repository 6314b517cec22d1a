"""The mirror's tables, opening the database safely, and records turned into rows and back.

A record is one row of ``records``: the title in a column of its own (title searches check
phrases against it without unpacking anything) and the rest as zlib-compressed JSON. Beside it:
``ids`` (DOI, PMC and publisher ids, lower case), ``places`` (journal, year, volume, first page,
first author: what ECitMatch is asked), ``journal_names`` and ``words``, a contentless FTS5
index of titles, authors and journal names. Contentless keeps the text once; removing a row
from it needs the text it was indexed with, which ``index_text`` derives again from the record.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any
from urllib.parse import quote

from citelint import __version__
from citelint.errors import CitelintError
from citelint.pubmed.matching import first_page
from citelint.record import Record
from citelint.whole_numbers import whole_number

# Raised whenever what is stored, or how index_text derives the indexed words, changes.
# 2: words counted per title (title_words); words() casefolds as models.normalise does.
# 3: records hold online_year (ArticleDate's year where it is not PubDate's): a mirror built
# before lacks it and judged online-first papers' years as the old code did (real19 left).
SCHEMA = 3
BUSY_TIMEOUT_SECONDS = 30.0
_NOT_WORD = re.compile(r"[\W_]+")
# ASCII letters and digits in lower case, any other ASCII character a space.
_ASCII_WORDS = {code: chr(code).lower() if chr(code).isalnum() else " " for code in range(128)}
# JSON longer than this is worth compressing (abstracts); short rows gain little and cost time.
_COMPRESS_FROM = 400
# Made once: json.dumps with options builds a new encoder on every call.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_RECORD_FIELDS = tuple(item.name for item in fields(Record) if item.name not in ("pmid", "title"))

TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, dated TEXT NOT NULL,
    applied TEXT NOT NULL, records INTEGER NOT NULL, deleted INTEGER NOT NULL);
CREATE TABLE records (
    pmid INTEGER PRIMARY KEY, version INTEGER NOT NULL, title TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE ids (key TEXT NOT NULL, pmid INTEGER NOT NULL, PRIMARY KEY (key, pmid))
    WITHOUT ROWID;
CREATE TABLE journals (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, abbrev TEXT NOT NULL, UNIQUE (title, abbrev));
CREATE TABLE journal_names (
    name TEXT NOT NULL, journal INTEGER NOT NULL, PRIMARY KEY (name, journal)) WITHOUT ROWID;
CREATE TABLE places (
    pmid INTEGER PRIMARY KEY, journal INTEGER NOT NULL, year INTEGER, volume TEXT NOT NULL,
    page TEXT NOT NULL, author TEXT NOT NULL);
CREATE VIRTUAL TABLE words USING fts5 (
    title, authors, journal, content='', detail=column, tokenize='ascii');
"""
# How many titles hold each word, counted when a build has filled the index: title searches
# ask the index for a phrase's rarest words. An update adds and takes away the words of the
# titles it stores and removes.
TITLE_WORDS = """
CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'words', 'col');
CREATE TABLE title_words (word TEXT PRIMARY KEY, titles INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO title_words SELECT term, doc FROM temp.vocabulary WHERE col = 'title';
DROP TABLE temp.vocabulary;
"""
# Made after a build has loaded its rows: one sort then is cheaper than keeping it up to date.
# It holds every column an ECitMatch question reads, so answering never visits the table (a
# page read from disk each, on a mirror larger than memory).
INDEXES = "CREATE INDEX IF NOT EXISTS places_at ON places (journal, year, page, volume, author)"


class MirrorError(CitelintError):
    """A mirror that cannot be built, updated or read; the message names the file."""


def encode(record: Record, ids: list[str]) -> bytes:
    """The ``data`` column: every field but PMID and title, empty ones left out."""
    data: dict[str, object] = {}
    for name in _RECORD_FIELDS:
        value = getattr(record, name)
        if value:
            data[name] = value
    if ids:
        data["ids"] = ids
    text = _JSON.encode(data).encode("utf-8")
    return zlib.compress(text, 1) if len(text) > _COMPRESS_FROM else text


def decode(pmid: int, title: str, data: bytes) -> tuple[Record, list[str]]:
    """The record of one row, and the ids it was filed under."""
    values = json.loads(data if data[:1] == b"{" else zlib.decompress(data))
    ids = values.pop("ids", [])
    values["pmid"], values["title"] = str(pmid), title
    return Record.from_dict(values), ids


def words(text: str) -> str:
    """What ``models.normalise`` gives, spelt out here so that the indexed words change only
    with SCHEMA: lower case, accents and punctuation gone, single spaces."""
    if text.isascii():  # a table lookup per character: a build normalises millions of names
        return " ".join(text.translate(_ASCII_WORDS).split())
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def index_text(record: Record) -> tuple[str, str, str]:
    """What ``words`` indexes for a record: title, authors and journal names, normalised."""
    return (
        words(record.title),
        author_words(record),
        journal_words(record.journal, record.journal_abbrev),
    )


def author_words(record: Record) -> str:
    """The authors' names as indexed (one normalisation of all: the same words as each)."""
    return words(" ".join(record.authors))


def journal_words(title: str, abbrev: str) -> str:
    return words(f"{title} {abbrev}")


def place_of(record: Record) -> tuple[int | None, str, str, str]:
    """Year, volume, first page and first author, as ECitMatch compares them."""
    author = words(record.authors[0]) if record.authors else ""
    return record.year, (record.volume or "").strip(), first_page(record.pages), author


def journal_names(title: str, abbrev: str) -> set[str]:
    """The names a journal is looked up by: its full title and abbreviation, normalised."""
    return {name for name in (words(title), words(abbrev)) if name}


def connect(path: Path, write: bool, timeout: float = BUSY_TIMEOUT_SECONDS) -> sqlite3.Connection:
    """An existing mirror, checked to be one this citelint can read (and write, if asked)."""
    if not path.is_file():
        raise MirrorError(f"{path}: no PubMed mirror there; make one with 'citelint mirror build'")
    mode = "rw" if write else "ro"
    try:
        db = sqlite3.connect(
            f"file:{quote(str(path.resolve()))}?mode={mode}", uri=True, timeout=timeout
        )
    except sqlite3.Error as error:
        raise MirrorError(f"{path}: cannot open the PubMed mirror: {error}") from None
    try:
        check_schema(db, path)
    except MirrorError:
        db.close()
        raise
    return db


def check_schema(db: sqlite3.Connection, path: Path) -> None:
    try:
        meta = read_meta(db)
    except sqlite3.Error as error:
        raise MirrorError(f"{path}: {describe(error)}") from None
    schema = meta.get("schema", "")
    if whole_number(schema) is None:
        raise MirrorError(f"{path}: not a citelint PubMed mirror")
    built_by = meta.get("citelint", "another version")
    if int(schema) > SCHEMA:
        raise MirrorError(
            f"{path}: PubMed mirror made by citelint {built_by} (mirror format {schema}); this "
            f"citelint {__version__} reads format {SCHEMA}: upgrade citelint or rebuild the mirror"
        )
    if int(schema) < SCHEMA:
        raise MirrorError(
            f"{path}: PubMed mirror made by citelint {built_by} in an older format ({schema}); "
            "rebuild it with 'citelint mirror build'"
        )


def read_meta(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM meta").fetchall())


def describe(error: sqlite3.Error) -> str:
    """A reason a person can act on, for the SQLite errors a mirror meets."""
    text = str(error)
    if "no such table" in text or "not a database" in text:
        return "not a citelint PubMed mirror"
    if "locked" in text or "busy" in text:
        return "the PubMed mirror is locked by another process; try again when it has finished"
    if "readonly" in text or "read-only" in text:
        return "the PubMed mirror is read-only"
    if "malformed" in text or "corrupt" in text:
        return "the PubMed mirror is damaged; rebuild it with 'citelint mirror build'"
    return f"PubMed mirror error: {text}"


IN_BATCH = 500  # values per statement: older SQLite builds allow at most 999 parameters


def rows_in(db: sqlite3.Connection, query: str, values: Sequence[Any]) -> Iterator[Any]:
    """The rows ``query`` (a statement ending in ``IN``) gives for ``values``, asked
    ``IN_BATCH`` at a time."""
    for start in range(0, len(values), IN_BATCH):
        batch = values[start : start + IN_BATCH]
        yield from db.execute(f"{query} ({','.join('?' * len(batch))})", batch)


def stored_number(value: str) -> int | None:
    """``value`` as a whole number SQLite can store (a signed 64-bit integer), or None.

    Decimal digits of any script count, as ``int`` reads them ("٣٩٩٩٠٠٠١"); ``str.isdigit``
    also passes "²", which ``int`` refuses, and 25 digits are more than SQLite holds.
    """
    if not value.isdecimal() or len(value) > 18:
        return None
    return int(value)
