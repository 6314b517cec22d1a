"""The records and answers a run has seen: held in memory, backed by the record cache."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from citelint.models import Record
from citelint.pubmed.errors import EntrezUnavailable
from citelint.pubmed.outcomes import OFFLINE_REASON
from citelint.pubmed.queries import Citation, CitationMatch

if TYPE_CHECKING:
    # Types only: an offline run must not load lxml (the XML parser) or SQLite for them.
    from citelint.pubmed.cache import RecordCache
    from citelint.pubmed.pubmed_xml import ESearchResult


class Store:
    """Records by PMID and search answers by query, in this run and in the RecordCache.

    Keys name what was asked ("doi:10.1/x", "title:...", "citation:...", "record:123"),
    never how (no URL, no API key). Values are JSON text.
    """

    def __init__(self, cache: RecordCache | None = None) -> None:
        self.cache = cache
        self.records: dict[str, Record] = {}
        self.absent_pmids: set[str] = set()

    def record(self, pmid: str) -> Record | None:
        if pmid not in self.records:
            stored = self._get(f"record:{pmid}")
            if isinstance(stored, dict):
                self.records[pmid] = Record.from_dict(stored)
        return self.records.get(pmid)

    def add_records(self, records: Iterable[Record]) -> None:
        fetched = list(records)
        for record in fetched:
            self.records[record.pmid] = record
        if self.cache is not None:
            self.cache.put_many(
                (f"record:{r.pmid}", json.dumps(r.to_dict(), ensure_ascii=False)) for r in fetched
            )

    def absent(self, pmid: str) -> bool:
        """Whether PubMed said it has no record of this PMID (a PMID an entry made up)."""
        return pmid in self.absent_pmids or self.answer(f"absent:{pmid}") is not None

    def add_absent(self, pmids: Iterable[str]) -> None:
        absent = set(pmids)
        self.absent_pmids |= absent
        if self.cache is not None:
            self.cache.put_many((f"absent:{pmid}", "{}") for pmid in absent)

    def answer(self, key: str) -> dict | None:
        stored = self._get(key)
        return stored if isinstance(stored, dict) else None

    def add_answer(self, key: str, answer: dict) -> None:
        if self.cache is not None:
            self.cache.put(key, json.dumps(answer, ensure_ascii=False))

    def _get(self, key: str) -> object:
        text = self.cache.get(key) if self.cache is not None else None
        if text is None:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return None  # a damaged entry is a miss; it is asked again and overwritten


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
