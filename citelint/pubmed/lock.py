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
import fcntl
import json
from collections.abc import Iterator
from pathlib import Path

from citelint.errors import CitelintError, ConfigError
from citelint.files import write_atomically
from citelint.models import Reference, Resolution, Status
from citelint.pubmed.lock_entry import LOCKED_STATUSES, LockEntry, today
from citelint.pubmed.lock_format import LOCK_VERSION, parse_lock
from citelint.pubmed.lock_keys import agrees, entry_source, lock_key, sourced_key
from citelint.pubmed.lock_resolver import read_lock_text
from citelint.record import Record


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
        return cls(*parse_lock(text, path))

    def get_entry(self, reference: Reference) -> LockEntry | None:
        if not self.entries:
            return None  # no lock file: its key, worked out for every entry, is not needed
        key, source = lock_key(reference), entry_source(reference)
        found = self.entries.get(key)
        if found is not None and found.source and found.source != source:
            # Another entry's verdict, of the same title and year: this one's, if locked, or
            # one whose record this entry agrees with (an entry whose pages were corrected
            # as CL203 asked). A reply letter's verdict never answers the trial's entry.
            return self.entries.get(sourced_key(key, source)) or self._agreeing(key, reference)
        if found is None and self._undated:
            # A version-3 lock keyed an entry with a year by its title alone.
            old = lock_key(reference, dated=False)
            found = self.entries.get(old) if old in self._undated else None
        return found

    def _agreeing(self, key: str, reference: Reference) -> LockEntry | None:
        """The latest verdict of ``key`` (under it or ``key|source:...``) whose record agrees
        with the entry: the same first page, or the same journal, volume and pages. Latest:
        the entry as it stood before its correction may be locked still, with an older record."""
        sourced = sourced_key(key, "")
        agreeing = [
            entry
            for name, entry in self.entries.items()
            if (name == key or name.startswith(sourced)) and agrees(entry.record, reference)
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
            key = sourced_key(key, source)
        else:
            self._drop(sourced_key(key, source))  # now under the key itself
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
                on_disk, undated = parse_lock(path.read_text(encoding="utf-8"), path)
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
