"""An offline check's answers from the record cache, opened at the first lookup that needs it.

A check led by a lock file, or of articles without references, then loads neither SQLite nor
the lookups; one whose cache holds nothing loads SQLite alone (issue 13: start-up with a cache
folder was 27 M instructions, a tenth of a short check, more than without one).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from citelint.config import Config
from citelint.models import Reference, Resolution
from citelint.pubmed.closing import Closing
from citelint.pubmed.label_search import Keep
from citelint.pubmed.outcomes import UnansweredResolver
from citelint.record import Record

if TYPE_CHECKING:
    from citelint.pubmed.cache import RecordCache
    from citelint.pubmed.resolver import EntrezResolver


class OfflineCacheResolver(Closing):
    """The answers of ``build_resolver`` offline with a cache file (EntrezResolver with the
    OfflineClient), the cache and the lookups loaded only when asked."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._cache: RecordCache | None = None
        self._resolver: EntrezResolver | None = None

    def open_now(self) -> None:
        """Open the cache now, so that a broken one is told at once (before worker
        processes start, which open their own quietly)."""
        self._open()

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        if not references:
            return []
        if self._open().holds_nothing():
            return UnansweredResolver().resolve(references)
        return self._lookups().resolve(references)

    def search_labels(self, terms: Sequence[str], keep: Keep) -> dict[str, list[Record] | None]:
        if not terms or self._open().holds_nothing():
            return UnansweredResolver().search_labels(terms, keep)
        return self._lookups().search_labels(terms, keep)

    def close(self) -> None:
        if self._resolver is not None:
            self._resolver.close()
        elif self._cache is not None:
            self._cache.close()

    def _open(self) -> RecordCache:
        if self._cache is None:
            from citelint.pubmed.cache import RecordCache
            from citelint.pubmed.cache_location import cache_dir

            # Read only: expired rows are purged by the next run that writes.
            directory = cache_dir(self.config)
            self._cache = RecordCache(directory, refresh=self.config.refresh, purge=False)
        return self._cache

    def _lookups(self) -> EntrezResolver:
        if self._resolver is None:
            from citelint.pubmed.resolver import EntrezResolver
            from citelint.pubmed.store import OfflineClient

            self._resolver = EntrezResolver(OfflineClient(), self._open(), offline=True)
        return self._resolver


def open_now(resolver: object) -> None:
    """Open what ``resolver`` (or the resolver it falls back on) opens at its first lookup."""
    opening = getattr(resolver, "open_now", None)
    if callable(opening):
        opening()
