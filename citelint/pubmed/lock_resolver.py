"""The lock file as a check uses it: where it is, reading it, and answering from it first.

Kept apart from ``lock`` (parsing, keys, writing under a file lock, JSON): most offline checks
of a single article have no lock file at all, and then load none of that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from citelint.config import Config
from citelint.errors import ConfigError
from citelint.models import Reference, Resolution, Status
from citelint.pubmed.closing import Closing

if TYPE_CHECKING:
    from citelint.pubmed.lock import LockFile
    from citelint.pubmed.outcomes import Resolver
    from citelint.record import Record

LOCK_NAME = "citelint.lock"
NOT_LOCKED_REASON = "not in citelint.lock; run 'citelint lock'"
# Nothing of the cache or a mirror: under --no-cache the cache was not read, and a --mirror
# may have been asked too (review23a P3-3). Only the lock's part is sure.
OFFLINE_UNLOCKED_REASON = (
    "offline, and citelint.lock holds no verdict for this entry (added or edited since it was "
    "locked?); run 'citelint lock'"
)
# The lock holds verdicts of the entry's title and year, for entries citing other pages (a
# reply letter titled as the trial it answers): "no cached answer" alone would not be true.
ANOTHER_ENTRY_REASON = (
    "citelint.lock holds this title's verdict for another entry (other journal, volume or "
    "pages), none for this one; run 'citelint lock'"
)


def default_lock_path(config: Config, cwd: Path | None = None) -> Path:
    """``lock-file`` from the configuration (relative to its file), else ``citelint.lock`` next
    to the configuration file, else the nearest one in the working directory or above it (up
    to the repository's root), else a new one in the working directory."""
    if config.source:
        return Path(config.source).parent / (config.lock_file or LOCK_NAME)
    here = (cwd or Path.cwd()).resolve()
    if config.lock_file:
        return here / config.lock_file
    for folder in (here, *here.parents):
        if (folder / LOCK_NAME).is_file():
            return folder / LOCK_NAME
        if (folder / ".git").exists():
            break
    return here / LOCK_NAME


def read_lock_text(path: Path) -> str | None:
    """The lock file's text; None when there is no such file."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read lock file: {error}") from None


def read_lock(path: Path) -> LockFile | None:
    """The lock file at ``path``; None when there is none (the lock's parser is not loaded)."""
    text = read_lock_text(path)
    if text is None:
        return None
    from citelint.pubmed.lock import LockFile

    return LockFile.parse(text, path)


class LockResolver(Closing):
    """Resolves from the lock first; what the lock lacks goes to ``fallback``, if any.
    ``lock`` is None where there is no lock file: it then holds nothing."""

    def __init__(self, lock: LockFile | None, fallback: Resolver | None = None) -> None:
        self.lock = lock
        self.fallback = fallback

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        lock = self.lock
        found = [lock.get_resolution(ref) if lock is not None else None for ref in references]
        missing = [
            ref for ref, resolution in zip(references, found, strict=True) if resolution is None
        ]
        if self.fallback is not None and missing:
            answers = iter(self.fallback.resolve(missing))
        else:
            answers = iter(
                Resolution(ref.number, Status.UNVERIFIED, reason=NOT_LOCKED_REASON)
                for ref in missing
            )
        resolved = [resolution or next(answers) for resolution in found]
        if lock is None or not missing:
            return resolved
        return [
            resolution if held is not None else _unlocked(ref, resolution, lock)
            for ref, held, resolution in zip(references, found, resolved, strict=True)
        ]

    def search_labels(
        self, terms: Sequence[str], keep: Callable[[str, Record], bool]
    ) -> dict[str, list[Record] | None]:
        """The fallback's label searches; with none, every search goes unanswered."""
        if hasattr(self.fallback, "search_labels"):  # a LabelSearcher
            return self.fallback.search_labels(terms, keep)
        return dict.fromkeys(terms)

    def open_now(self) -> None:
        """Open the fallback's files now, where it opens them at its first lookup."""
        from citelint.pubmed.offline_cache import open_now

        open_now(self.fallback)

    def close(self) -> None:
        if self.fallback is not None:
            self.fallback.close()

    def answers_nothing(self) -> bool:
        """An empty lock, and a fallback that answers nothing or none at all."""
        if self.lock is not None and self.lock.entries:
            return False
        from citelint.pubmed.outcomes import answers_nothing

        return self.fallback is None or answers_nothing(self.fallback)


def _unlocked(ref: Reference, resolution: Resolution, lock: LockFile) -> Resolution:
    """An entry the lock does not hold: beside another entry's verdict of its title, or, left
    unchecked offline, one added or edited since the lock was written (user23 P2 2: a year
    typo made the entry a new key, and CL208 spoke only of the cache)."""
    if lock.holds_another(ref):
        return _another_entry(resolution)
    from citelint.pubmed.outcomes import OFFLINE_REASON

    if (
        resolution.status == Status.UNVERIFIED
        and resolution.reason == OFFLINE_REASON
        and lock.entries
    ):
        return replace(resolution, reason=OFFLINE_UNLOCKED_REASON)
    return resolution


def _another_entry(resolution: Resolution) -> Resolution:
    """An entry left unchecked offline, or unlocked, beside another entry's verdict: says so."""
    from citelint.pubmed.outcomes import OFFLINE_REASON

    if resolution.status != Status.UNVERIFIED:
        return resolution
    if resolution.reason == OFFLINE_REASON:
        return replace(resolution, reason=f"offline, and {ANOTHER_ENTRY_REASON}")
    if resolution.reason == NOT_LOCKED_REASON:
        return replace(resolution, reason=ANOTHER_ENTRY_REASON)
    return resolution  # a network failure: its own reason is the true one
