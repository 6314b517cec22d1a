"""``citelint.lock``: the resolved PubMed record of every reference, committed with the articles.

With the lock, CI and the offline pre-commit hook check everything without the network, and a
reviewer sees in the diff when a cited paper changed (a retraction, a new erratum). The file is
JSON with sorted keys, one entry per reference, keyed by everything the entry gives to name
the work (PMID, DOI and title: ``lock_key``), so renumbering the list does not touch it, and
two entries that share a PMID but not a title never share an outcome.

Several processes may write the same lock: ``save`` takes an exclusive ``flock`` on a sidecar
file, merges this process's changes into what is on disk, and replaces the file atomically, so
readers never see half a file and no writer loses another's entries. POSIX only.
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from citelint.errors import CitelintError, ConfigError
from citelint.files import write_atomically
from citelint.models import Reference, Resolution, Status, normalise
from citelint.pubmed.lock_resolver import read_lock_text
from citelint.pubmed.matching import first_page
from citelint.read.identifiers import entry_doi, entry_pmid
from citelint.record import Record
from citelint.record_values import RECORD_VALUES, is_pmid, is_text, is_text_list

LOCK_VERSION = 4
# Version 3 keyed an entry named by its title and journal alone by its title: the versions of
# a Cochrane review (one title) shared one key. Its keys are read as they are, each standing
# in for an entry with a year until ``citelint lock`` writes the entry under today's key; a
# version-4 file lists those not yet written again under "undated".
UNDATED_VERSIONS = (2, 3)
# Version 2 normalised the title and text in its keys without removing accents: its keys are
# normalised again on reading, and the next save writes them as version 3.
REKEYED_VERSIONS = (2,)
# Version 1 keyed entries by PMID alone, so one entry's outcome could stand for another's.
UNTRUSTED_VERSIONS = (1,)
_LEADING_NUMBER = re.compile(r"^\s*(?:\[\d+\]|\d+[.)])\s*")
# Outcomes worth keeping; "unverified" only says that the network failed that day.
LOCKED_STATUSES = (Status.RESOLVED, Status.NOT_FOUND, Status.AMBIGUOUS, Status.NOT_IN_PUBMED)


@dataclass
class LockEntry:
    status: str
    checked: str  # ISO date of the last check
    record: Record | None = None
    reason: str = ""
    candidates: list[str] = field(default_factory=list)
    identifier_record: Record | None = None
    unknown_pmid: str | None = None
    # The journal, volume and pages of the entry the verdict is for (see ``entry_source``);
    # "" in entries written before it was kept. Older versions read past it.
    source: str = ""

    def resolution(self, number: int) -> Resolution:
        return Resolution(
            reference=number,
            status=self.status,
            record=self.record,
            reason=self.reason,
            candidates=list(self.candidates),
            identifier_record=self.identifier_record,
            unknown_pmid=self.unknown_pmid,
        )

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"status": self.status, "checked": self.checked}
        if self.record is not None:
            # The summary fields repeat the record so that a diff of the lock reads plainly.
            data.update(
                pmid=self.record.pmid,
                title=self.record.title,
                journal=self.record.journal,
                year=self.record.year,
                authors=self.record.authors,
                abstract_sha256=abstract_hash(self.record),
                retracted=self.record.retracted,
                publication_types=self.record.publication_types,
                record=self.record.to_dict(),
            )
        if self.reason:
            data["reason"] = self.reason
        if self.candidates:
            data["candidates"] = self.candidates
        if self.identifier_record is not None:
            data["identifier_record"] = self.identifier_record.to_dict()
        if self.unknown_pmid:
            data["unknown_pmid"] = self.unknown_pmid
        if self.source:
            data["entry_source"] = self.source
        return data

    @classmethod
    def from_dict(cls, data: object) -> LockEntry:
        """An entry as stored; ValueError names the first value that is not what it must be."""
        if not isinstance(data, dict):
            raise ValueError("must be a table")
        for name, (fits, kind) in ENTRY_VALUES.items():
            if name in data and not fits(data[name]):
                raise ValueError(f"{name} must be {kind}")
        if data.get("status") not in LOCKED_STATUSES:
            raise ValueError(f"status must be one of {', '.join(LOCKED_STATUSES)}")
        if "checked" not in data:
            raise ValueError("checked (the date of the last check) is missing")
        record = _record(data.get("record"), "record")
        if data["status"] == Status.RESOLVED and record is None:
            raise ValueError("a resolved entry needs its record")
        return cls(
            status=data["status"],
            checked=data["checked"],
            record=record,
            reason=data.get("reason", ""),
            candidates=list(data.get("candidates", [])),
            identifier_record=_record(data.get("identifier_record"), "identifier_record"),
            unknown_pmid=data.get("unknown_pmid") or None,
            source=data.get("entry_source", ""),
        )


# The values of an entry besides its records. The summary (pmid ... publication_types) only
# repeats the record for a reviewer, but a lock arrives in pull requests: all are checked.
ENTRY_VALUES: dict[str, tuple[Callable[[object], bool], str]] = {
    "status": (is_text, "text"),
    "checked": (is_text, "text"),
    "reason": (is_text, "text"),
    "candidates": (
        lambda value: is_text_list(value) and all(map(is_pmid, value)),  # type: ignore[arg-type]
        "a list of PubMed IDs",
    ),
    "unknown_pmid": (lambda value: value is None or is_pmid(value), "a PubMed ID or null"),
    "abstract_sha256": (is_text, "text"),
    "retracted": (lambda value: isinstance(value, bool), "true or false"),
    "entry_source": (is_text, "text"),
    **{
        name: RECORD_VALUES[name]
        for name in ("pmid", "title", "journal", "year", "authors", "publication_types")
    },
}


def _record(data: object, name: str) -> Record | None:
    if data is None:
        return None
    try:
        return Record.from_dict(data)
    except ValueError as error:
        raise ValueError(f"{name}: {error}") from None


def lock_key(reference: Reference, dated: bool = True) -> str:
    """The lock's key for an entry: its PMID, DOI and title together ("pmid:1|title:...").

    An entry whose PMID names another paper than its title resolves otherwise than an entry
    giving that PMID alone, so the key holds every one of them. An entry named by its title
    and journal alone holds its year too ("title:...|year:2012"): the versions of a Cochrane
    review share their title, and the 2012 version must not be checked against the 2017 one.
    Without an identifier and a title beside a journal, the authors, journal and pages decide
    the match, so the whole text counts. ``dated`` False gives version 3's key.
    """
    parts = []
    pmid, doi = entry_pmid(reference), entry_doi(reference)
    if pmid:
        parts.append(f"pmid:{pmid}")
    if doi:
        parts.append(f"doi:{doi}")
    title = normalise(reference.title or "")
    if title:
        parts.append(f"title:{title}")
    if not (pmid or doi) and not (title and reference.journal):
        parts.append(f"text:{normalise(_LEADING_NUMBER.sub('', reference.raw))}")
    elif dated and not (pmid or doi) and reference.year:
        parts.append(f"year:{reference.year}")
    return "|".join(parts)


def entry_source(reference: Reference) -> str:
    """The entry's journal, volume and pages as compared ("n engl j med/384/693 704"): two
    entries of one key (title and year) may cite two papers, a trial and the letter
    replying to it under its title, or one guideline printed in two journals."""
    parts = (reference.journal or "", reference.volume or "", reference.pages or "")
    return "/".join(normalise(part) for part in parts)


def _sourced(key: str, source: str) -> str:
    """The key of a second entry under one key citing another journal, volume or pages."""
    return f"{key}|source:{source}"


def _agrees(record: Record | None, reference: Reference) -> bool:
    if record is None:
        return False
    page = first_page(reference.pages)
    if page and page == first_page(record.pages):
        return True
    source = entry_source(reference)
    return any(
        source == "/".join(normalise(part or "") for part in (journal, record.volume, record.pages))
        for journal in (record.journal, record.journal_abbrev or "")
    )


def abstract_hash(record: Record) -> str:
    import hashlib  # here: a check that only reads the lock does not load OpenSSL for it

    return hashlib.sha256(record.abstract.encode("utf-8")).hexdigest()


def today() -> str:
    return datetime.date.today().isoformat()


class LockFile:
    """The entries of a lock file, and what this process changed since loading it."""

    def __init__(
        self, entries: dict[str, LockEntry] | None = None, undated: set[str] | None = None
    ) -> None:
        self.entries: dict[str, LockEntry] = dict(entries or {})
        self._changed: set[str] = set()
        self._removed: set[str] = set()
        # Keys of a version-3 lock, read in place of today's dated keys until written anew.
        self._undated: set[str] = set(undated or ())

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, path: str | Path, missing_ok: bool = True) -> LockFile:
        """Read a lock; a missing file is an empty lock unless ``missing_ok`` is False."""
        path = Path(path)
        text = read_lock_text(path)
        if text is None:
            if missing_ok:
                return cls()
            raise ConfigError(f"{path}: no lock file; write one with 'citelint lock'")
        return cls.parse(text, path)

    @classmethod
    def parse(cls, text: str, path: Path) -> LockFile:
        """The lock whose file at ``path`` holds ``text``."""
        return cls(*_parse(text, path))

    def get_entry(self, reference: Reference) -> LockEntry | None:
        if not self.entries:
            return None  # no lock file: its key, worked out for every entry, is not needed
        key, source = lock_key(reference), entry_source(reference)
        found = self.entries.get(key)
        if found is not None and found.source and found.source != source:
            # Another entry's verdict, of the same title and year: this one's, if locked, or
            # one whose record this entry agrees with (an entry whose pages were corrected
            # as CL203 asked). A reply letter's verdict never answers the trial's entry.
            return self.entries.get(_sourced(key, source)) or self._agreeing(key, reference)
        if found is None and self._undated:
            # A version-3 lock keyed an entry with a year by its title alone.
            old = lock_key(reference, dated=False)
            found = self.entries.get(old) if old in self._undated else None
        return found

    def _agreeing(self, key: str, reference: Reference) -> LockEntry | None:
        """The latest verdict of ``key`` (under it or ``key|source:...``) whose record agrees
        with the entry: the same first page, or the same journal, volume and pages. Latest:
        the entry as it stood before its correction may be locked still, with an older record."""
        sourced = _sourced(key, "")
        agreeing = [
            entry
            for name, entry in self.entries.items()
            if (name == key or name.startswith(sourced)) and _agrees(entry.record, reference)
        ]
        return max(agreeing, key=lambda entry: entry.checked, default=None)

    def get(self, reference: Reference) -> Record | None:
        """The locked record of a resolved reference."""
        entry = self.get_entry(reference)
        return entry.record if entry is not None and entry.status == Status.RESOLVED else None

    def get_resolution(self, reference: Reference) -> Resolution | None:
        entry = self.get_entry(reference)
        return entry.resolution(reference.number) if entry is not None else None

    def update(self, reference: Reference, record: Record, checked: str | None = None) -> None:
        self.update_resolution(
            reference, Resolution(reference.number, Status.RESOLVED, record), checked
        )

    def update_resolution(
        self, reference: Reference, resolution: Resolution, checked: str | None = None
    ) -> LockEntry:
        """Lock the entry's verdict and return it as written."""
        if resolution.status not in LOCKED_STATUSES:
            raise ValueError(f"an {resolution.status!r} resolution is not worth locking")
        if resolution.status == Status.RESOLVED and resolution.record is None:
            raise ValueError("a resolved reference needs its record")
        key, source = lock_key(reference), entry_source(reference)
        held = self.entries.get(key)
        if held is not None and held.source and held.source != source:
            # Another entry's verdict (written this run, or by a run over other articles):
            # kept, and this one written beside it.
            key = _sourced(key, source)
        else:
            self._drop(_sourced(key, source))  # now under the key itself
        written = self.entries[key] = LockEntry(
            status=resolution.status,
            checked=checked or today(),
            record=resolution.record,
            reason=resolution.reason,
            candidates=list(resolution.candidates),
            identifier_record=resolution.identifier_record,
            unknown_pmid=resolution.unknown_pmid,
            source=source,
        )
        self._changed.add(key)
        self._removed.discard(key)
        self._undated.discard(key)
        self._drop_undated(lock_key(reference, dated=False))
        return written

    def _drop(self, key: str) -> None:
        if self.entries.pop(key, None) is not None:
            self._removed.add(key)
            self._changed.discard(key)

    def _drop_undated(self, old: str) -> None:
        """Drop version 3's key of an entry now written under its dated key: left, it would
        answer for that title's other years (the versions of a Cochrane review)."""
        if old in self._undated:
            self._undated.discard(old)
            self.entries.pop(old, None)
            self._removed.add(old)
            self._changed.discard(old)

    def retain(self, keys: set[str]) -> list[str]:
        """Drop entries whose key is not in ``keys`` (references no article cites any more)."""
        dropped = sorted(set(self.entries) - keys)
        for key in dropped:
            del self.entries[key]
            self._removed.add(key)
            self._changed.discard(key)
        return dropped

    def to_json(self) -> str:
        data: dict[str, object] = {
            "version": LOCK_VERSION,
            "references": {key: entry.to_dict() for key, entry in self.entries.items()},
        }
        undated = sorted(self._undated & set(self.entries))
        if undated:
            data["undated"] = undated
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    def save(self, path: str | Path) -> None:
        """Merge this lock's changes into the file at ``path`` under an exclusive file lock."""
        path = Path(path)
        with _exclusive(path):
            try:
                on_disk, undated = _parse(path.read_text(encoding="utf-8"), path)
            except FileNotFoundError:
                on_disk, undated = {}, set()
            except (OSError, UnicodeDecodeError) as error:
                raise ConfigError(f"{path}: cannot read lock file: {error}") from None
            merged = {key: entry for key, entry in on_disk.items() if key not in self._removed}
            merged.update({key: self.entries[key] for key in self._changed})
            self.entries = merged
            self._undated = {key for key in undated if key in merged and key not in self._changed}
            try:
                write_atomically(path, self.to_json())
            except OSError as error:
                raise CitelintError(f"{path}: cannot write: {error}") from None
        self._changed.clear()
        self._removed.clear()


def _parse(text: str, path: Path) -> tuple[dict[str, LockEntry], set[str]]:
    """The lock's entries by key (today's form of a version-2 key), and those keyed as
    version 3 keyed them (see ``UNDATED_VERSIONS``)."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise _corrupt(path, f"not JSON ({error})") from None
    versions = (LOCK_VERSION, *UNDATED_VERSIONS, *UNTRUSTED_VERSIONS)
    if not isinstance(data, dict) or data.get("version") not in versions:
        raise _corrupt(path, f"expected a table with version {LOCK_VERSION}")
    references = data.get("references")
    if not isinstance(references, dict):
        raise _corrupt(path, "'references' must be a table")
    entries = {}
    for key, value in references.items():
        try:
            entries[key] = LockEntry.from_dict(value)
        except ValueError as error:
            raise _corrupt(path, f"entry {key!r}: {error}") from None
    # An older lock reads as empty: 'citelint lock' then writes every entry again.
    if data["version"] in UNTRUSTED_VERSIONS:
        return {}, set()
    if data["version"] in REKEYED_VERSIONS:
        entries = {_rekeyed(key): entry for key, entry in entries.items()}
    if data["version"] in UNDATED_VERSIONS:
        return entries, set(entries)
    undated = data.get("undated", [])
    if not is_text_list(undated):
        raise _corrupt(path, "'undated' must be a list of keys")
    return entries, set(undated) & set(entries)


def _rekeyed(key: str) -> str:
    """A version-2 key in today's form: its title and text parts normalised again."""
    parts = []
    for part in key.split("|"):
        kind, _, value = part.partition(":")
        parts.append(f"{kind}:{normalise(value)}" if kind in ("title", "text") else part)
    return "|".join(parts)


def _corrupt(path: Path, problem: str) -> ConfigError:
    # One line however odd the file: repr() shows a key's control characters escaped.
    return ConfigError(
        f"corrupt lock file {path}: {problem}; correct it, or delete it and run 'citelint lock'"
    )


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    # The lock file itself is replaced on every save, so the flock lives on a sidecar file.
    sidecar = path.with_name(f".{path.name}.lock")
    try:
        handle = open(sidecar, "a+")  # noqa: SIM115 - held for the whole block below
    except OSError as error:
        raise CitelintError(f"{sidecar}: cannot lock: {error}") from None
    with handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
