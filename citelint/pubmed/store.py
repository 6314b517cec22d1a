"""The records and answers a run has seen: held in memory, backed by the record cache."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from citelint.logs import logger
from citelint.pubmed.citations import Citation, CitationMatch
from citelint.pubmed.errors import EntrezUnavailable
from citelint.pubmed.outcomes import OFFLINE_REASON
from citelint.record import Record
from citelint.record_values import is_pmid

if TYPE_CHECKING:
    # Types only: an offline run must not load lxml (the XML parser) or SQLite for them.
    from citelint.pubmed.cache import RecordCache
    from citelint.pubmed.pubmed_xml import ESearchResult


# Records are kept under a key naming the fields they were stored with: a record cached
# before Record read VernacularTitle ("record:") is fetched again, not trusted for 30 days
# to lack one (an entry citing its own-language title would stay "not found"), and so is one
# cached before Record kept the year it came out online ("record2:", before real19): read
# without it, an entry citing the online year would get a false CL203 for 30 days.
RECORD_KEY = "record3:"


class Store:
    """Records by PMID and search answers by query, in this run and in the RecordCache.

    Keys name what was asked ("doi:10.1/x", "title:...", "citation:...", "record3:123"),
    never how (no URL, no API key). Values are JSON text.
    """

    def __init__(self, cache: RecordCache | None = None) -> None:
        self.cache = cache
        self.records: dict[str, Record] = {}
        self.absent_pmids: set[str] = set()
        self._damage_told = False
        # Cached text by key, read ahead in one query (prefetch); None where the cache has none.
        self._prefetched: dict[str, str | None] = {}

    def record(self, pmid: str) -> Record | None:
        if pmid not in self.records:
            key = f"{RECORD_KEY}{pmid}"
            stored = self._get(key)
            if stored is not None:
                try:
                    self.records[pmid] = Record.from_dict(stored)
                except ValueError as error:
                    self._damaged(key, str(error))
        return self.records.get(pmid)

    def prefetch(self, keys: Iterable[str]) -> set[str]:
        """Read ``keys`` from the cache in one query, for the lookups to come; the keys it
        holds. Kept until forget(): the answers of one batch, not of a whole run."""
        asked = list(keys)
        wanted = [key for key in asked if key not in self._prefetched]
        if self.cache is not None and wanted:
            found = self.cache.get_many(wanted)
            for key in wanted:
                self._prefetched[key] = found.get(key)
        return {key for key in asked if self._prefetched.get(key) is not None}

    def read_ahead(self, pmids: Iterable[str]) -> None:
        """Read the records and absences of ``pmids`` not yet at hand in one query (see
        prefetch), so that record() and absent() then read none: a round's records are
        asked for together, not one query each."""
        if self.cache is None:
            return
        records = self.records
        self.prefetch(
            key
            for pmid in pmids
            if pmid not in records
            for key in (f"{RECORD_KEY}{pmid}", f"absent:{pmid}")
        )

    def forget(self) -> None:
        """Drop what prefetch read: a later batch reads the cache as it then stands."""
        self._prefetched.clear()

    def add_records(self, records: Iterable[Record]) -> None:
        fetched = list(records)
        for record in fetched:
            self.records[record.pmid] = record
            self._prefetched.pop(f"{RECORD_KEY}{record.pmid}", None)
        if self.cache is not None:
            import json

            self.cache.put_many(
                (f"{RECORD_KEY}{r.pmid}", json.dumps(r.to_dict(), ensure_ascii=False))
                for r in fetched
            )

    def absent(self, pmid: str) -> bool:
        """Whether PubMed said it has no record of this PMID (a PMID an entry made up)."""
        return pmid in self.absent_pmids or self.answer(f"absent:{pmid}") is not None

    def add_absent(self, pmids: Iterable[str]) -> None:
        absent = set(pmids)
        self.absent_pmids |= absent
        for pmid in absent:
            self._prefetched.pop(f"absent:{pmid}", None)
        if self.cache is not None:
            self.cache.put_many((f"absent:{pmid}", "{}") for pmid in absent)

    def answer(self, key: str) -> dict | None:
        """A search's stored answer: ``{"pmids": [...]}``, with ``"ambiguous"`` for ECitMatch;
        an ``absent:`` key holds ``{}``."""
        stored = self._get(key)
        if stored is None:
            return None
        problem = _answer_problem(key, stored)
        if problem:
            self._damaged(key, problem)
            return None
        return stored  # type: ignore[return-value]

    def add_answer(self, key: str, answer: dict) -> None:
        self._prefetched.pop(key, None)
        if self.cache is not None:
            import json

            self.cache.put(key, json.dumps(answer, ensure_ascii=False))

    def _get(self, key: str) -> object:
        if key in self._prefetched:
            text = self._prefetched[key]
        else:
            text = self.cache.get(key) if self.cache is not None else None
        if text is None:
            return None
        # Imported here, as where answers are written: an offline run whose entries the
        # cache has never seen reads no JSON at all (issue 13: start-up).
        import json

        try:
            return json.loads(text)
        except ValueError:
            self._damaged(key, "not JSON")
            return None

    def _damaged(self, key: str, problem: str) -> None:
        # A damaged row is a miss: asked again, and overwritten by the new answer. One warning
        # a run is enough to say that the cache file has been tampered with or broken.
        if not self._damage_told and self.cache is not None:
            logger(__name__).warning(
                "cache %s: damaged entry %r (%s) read as missing; later ones are not reported",
                self.cache.path,
                key[:120],
                problem,
            )
        self._damage_told = True


def _answer_problem(key: str, stored: object) -> str | None:
    if not isinstance(stored, dict):
        return "must be a table"
    if "pmids" not in stored:
        return None if key.startswith("absent:") else "pmids missing"
    pmids = stored["pmids"]
    if not isinstance(pmids, list) or not all(map(is_pmid, pmids)):
        return "pmids must be a list of PubMed IDs"
    if not isinstance(stored.get("ambiguous", False), bool):
        return "ambiguous must be true or false"
    return None


class OfflineClient:
    """Stands in for EntrezClient under --offline: every question goes unanswered."""

    requests_made = 0

    def esearch(self, term: str, retmax: int = 20, sort: str | None = None) -> ESearchResult:
        raise EntrezUnavailable(OFFLINE_REASON)

    def efetch(self, pmids: Iterable[str]) -> list[Record]:
        raise EntrezUnavailable(OFFLINE_REASON)

    def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, CitationMatch]:
        raise EntrezUnavailable(OFFLINE_REASON)

    def pmc_pmids(self, pmc_ids: Iterable[str]) -> dict[str, list[str]]:
        raise EntrezUnavailable(OFFLINE_REASON)

    def close(self) -> None:
        pass
