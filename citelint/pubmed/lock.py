"""``citelint.lock``: the resolved PubMed record of every reference, committed with the articles.

With the lock, CI and the offline pre-commit hook check everything without the network, and a
reviewer sees in the diff when a cited paper changed (a retraction, a new erratum). The file is
JSON with sorted keys, one entry per reference, keyed by everything the entry gives to name
the work (PMID, DOI and title: ``lock_key``), so renumbering the list does not touch it, and
two entries that share a PMID but not a title never share an outcome.

Several processes may write the same lock: ``save`` takes an exclusive ``flock`` on a sidecar
file, merges this process's changes into what is on disk, and replaces the file atomically, so
readers never see half a file and no writer loses another's entries. POSIX only.

The file also lists the keys each article cites (by its name relative to the lock's folder), so
that ``citelint lock`` over some articles drops the verdicts only those articles cited before
and none cites now (an entry corrected, retitled or removed) and keeps every other article's,
there or not (renamed, or not checked out here), unless it lay under a path the run was given.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from citelint.errors import CitelintError, ConfigError
from citelint.files import write_atomically
from citelint.models import Reference, Resolution, Status
from citelint.pubmed.lock_entry import LOCKED_STATUSES, LockEntry, today
from citelint.pubmed.lock_format import LOCK_VERSION, LockData, parse_lock
from citelint.pubmed.lock_keys import agrees, entry_source, lock_key, sourced_key
from citelint.pubmed.lock_resolver import read_lock_text
from citelint.record import Record


class LockFile:
    """The entries of a lock file, and what this process changed since loading it."""

    def __init__(
        self,
        entries: dict[str, LockEntry] | None = None,
        undated: set[str] | None = None,
        articles: dict[str, set[str]] | None = None,
    ) -> None:
        self.entries: dict[str, LockEntry] = dict(entries or {})
        self._changed: set[str] = set()
        self._removed: set[str] = set()
        # Keys of a version-3 lock, read in place of today's dated keys until written anew.
        self._undated: set[str] = set(undated or ())
        # The keys each article cites, by its name relative to the lock's folder.
        self.articles: dict[str, set[str]] = {
            name: set(keys) for name, keys in (articles or {}).items()
        }
        # This run's articles, named as read, and the keys each cites now (see ``cite``).
        self._cited: dict[str, set[str]] = {}

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
        data = parse_lock(text, path)
        return cls(data.entries, data.undated, data.articles)

    def get_entry(self, reference: Reference) -> LockEntry | None:
        key = self.held_key(reference)
        return self.entries[key] if key is not None else None

    def held_key(self, reference: Reference) -> str | None:
        """The key of the verdict that answers for the entry; None when none does."""
        if not self.entries:
            return None  # no lock file: its key, worked out for every entry, is not needed
        key, source = lock_key(reference), entry_source(reference)
        found = self.entries.get(key)
        if found is not None and found.source and found.source != source:
            # Another entry's verdict, of the same title and year: this one's, if locked, or
            # one whose record this entry agrees with (an entry whose pages were corrected
            # as CL203 asked). A reply letter's verdict never answers the trial's entry.
            sourced = sourced_key(key, source)
            return sourced if sourced in self.entries else self._agreeing(key, reference)
        if found is None and self._undated:
            # A version-3 lock keyed an entry with a year by its title alone.
            old = lock_key(reference, dated=False)
            return old if old in self._undated and old in self.entries else None
        return key if found is not None else None

    def holds_another(self, reference: Reference) -> bool:
        """Whether the lock holds verdicts of the entry's key, none of which answers for it
        (a reply letter's, for the trial titled as it; the entry's own before a correction
        that moved it away from that record)."""
        return lock_key(reference) in self.entries and self.held_key(reference) is None

    def _agreeing(self, key: str, reference: Reference) -> str | None:
        """The key of the latest verdict of ``key`` (under it or ``key|source:...``) whose
        record agrees with the entry: the same first page, or the same journal, volume and
        pages. Latest: the entry as it stood before its correction may be locked still, with
        an older record."""
        sourced = sourced_key(key, "")
        agreeing = [
            (name, entry)
            for name, entry in self.entries.items()
            if (name == key or name.startswith(sourced)) and agrees(entry.record, reference)
        ]
        latest = max(agreeing, key=lambda item: item[1].checked, default=None)
        return latest[0] if latest is not None else None

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

    def cite(self, article: str, references: Iterable[Reference]) -> None:
        """Note the verdicts that ``article`` (a file, named as read) cites now: on ``save``,
        a verdict that only this run's articles cited before, and none cites now, is dropped."""
        cited = self._cited.setdefault(article, set())
        cited.update(key for ref in references if (key := self.held_key(ref)) is not None)

    def to_json(self) -> str:
        data: dict[str, object] = {
            "version": LOCK_VERSION,
            "references": {key: entry.to_dict() for key, entry in self.entries.items()},
        }
        undated = sorted(self._undated & set(self.entries))
        if undated:
            data["undated"] = undated
        articles = {
            name: sorted(keys & self.entries.keys()) for name, keys in self.articles.items()
        }
        if any(articles.values()):
            data["articles"] = {name: keys for name, keys in articles.items() if keys}
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"

    def save(self, path: str | Path, covered: Iterable[str | Path] = ()) -> int:
        """Merge this lock's changes into the file at ``path`` under an exclusive file lock;
        the number of verdicts dropped because no article cites them any more. ``covered``:
        the files and folders the run was given, under which an article no longer there
        (deleted or renamed) cites nothing."""
        path = Path(path)
        with _exclusive(path):
            try:
                on_disk = parse_lock(path.read_text(encoding="utf-8"), path)
            except FileNotFoundError:
                on_disk = LockData()
            except (OSError, UnicodeDecodeError) as error:
                raise ConfigError(f"{path}: cannot read lock file: {error}") from None
            articles = _cited_now(on_disk.articles, self._named(path.parent), path.parent, covered)
            stale = _uncited(on_disk.articles, articles) - self._changed
            removed = self._removed | stale
            merged = {key: entry for key, entry in on_disk.entries.items() if key not in removed}
            merged.update({key: self.entries[key] for key in self._changed})
            self.entries, self.articles = _promoted(merged, articles)
            self._undated = {
                key for key in on_disk.undated if key in merged and key not in self._changed
            }
            try:
                write_atomically(path, self.to_json())
            except OSError as error:
                raise CitelintError(f"{path}: cannot write: {error}") from None
        self._changed.clear()
        self._removed.clear()
        self._cited.clear()
        return len(stale & on_disk.entries.keys())

    def _named(self, folder: Path) -> dict[str, set[str]]:
        """This run's articles by their names in the lock: relative to its folder. An article
        outside that folder is left out: the lock is committed, and a name climbing out of
        the repository ("../../home/alice/x.md") names no file in CI or another checkout."""
        named = {
            Path(os.path.relpath(Path(article).resolve(), folder.resolve())).as_posix(): keys
            for article, keys in self._cited.items()
            if Path(article).is_file()  # not standard input
        }
        return {name: keys for name, keys in named.items() if not name.startswith("../")}


def _cited_now(
    before: dict[str, set[str]],
    mine: dict[str, set[str]],
    folder: Path,
    covered: Iterable[str | Path],
) -> dict[str, set[str]]:
    """The keys each article cites: this run's articles as read now, every other as it was.
    An article no longer there cites nothing only if it lay under a path of this run
    (``citelint lock articles/`` after one was deleted): elsewhere it may be renamed, on
    another branch or not checked out here, and its verdicts (a retraction's) must stay."""
    under = [Path(place).resolve() for place in covered]
    others = {
        name: keys
        for name, keys in before.items()
        if name not in mine and not _gone_from(folder / name, under)
    }
    return {**others, **mine}


def _gone_from(article: Path, covered: list[Path]) -> bool:
    """Whether ``article`` is no longer there and lay under one of the ``covered`` paths."""
    if article.is_file():
        return False
    where = article.resolve()
    return any(where.is_relative_to(place) for place in covered)


def _uncited(before: dict[str, set[str]], now: dict[str, set[str]]) -> set[str]:
    """The keys some article cited and none cites now. A verdict no article ever listed (one
    locked before the lock kept its articles) is in neither, and kept."""
    return set().union(*before.values()) - set().union(*now.values())


def _promoted(
    entries: dict[str, LockEntry], articles: dict[str, set[str]]
) -> tuple[dict[str, LockEntry], dict[str, set[str]]]:
    """The entries with a verdict written beside an older one of its key (``key|source:...``)
    moved under the key itself once the older is dropped: only a key's own verdict leads the
    lookup to those beside it. The latest moves if several are left."""
    orphans: dict[str, str] = {}
    for name in sorted(entries):
        base, marker, _ = name.partition(sourced_key("", ""))
        if marker and base not in entries:
            held = orphans.get(base)
            if held is None or entries[name].checked > entries[held].checked:
                orphans[base] = name
    if not orphans:
        return entries, articles
    renamed = {name: base for base, name in orphans.items()}
    moved = {renamed.get(name, name): entry for name, entry in entries.items()}
    return moved, {
        article: {renamed.get(key, key) for key in keys} for article, keys in articles.items()
    }


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
