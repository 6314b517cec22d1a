"""Resolution of reference entries to PubMed records: cache -> Entrez E-utilities.

The engine hands over every reference of every document at once, so that the lookups can be
batched: one ESearch for many DOIs, one ECitMatch request for many citations, one ESearch for
many titles, and EFetch for 200 records a request. Whatever a search service proposes is
verified against the entry (``citelint.pubmed.matching``) before it is believed.

A lookup that fails (network down, rate limited to the end, a garbled answer) makes the
entries that depended on it "unverified", never "not found": only a clean answer of "nothing
matches" can suggest that a reference was made up.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from citelint.config import Config
from citelint.models import Record, Reference, Resolution, Status
from citelint.pubmed import matching
from citelint.pubmed.cache import RecordCache, default_cache_dir
from citelint.pubmed.client import Citation, CitationMatch, ClientSettings, EntrezClient
from citelint.pubmed.closing import Closing
from citelint.pubmed.errors import EntrezError, EntrezUnavailable
from citelint.pubmed.pubmed_xml import ESearchResult
from citelint.read.identifiers import (
    JOURNAL_ARTICLE,
    NOT_INDEXED,
    entry_doi,
    entry_kind,
    entry_pmid,
)

DOI_BATCH = 50  # DOIs OR-ed into one ESearch
TITLE_BATCH = 20  # titles OR-ed into one ESearch
TITLE_WORDS = 5  # the longest words of a title, all required by the fallback search
# A title search keeps the records at least this similar, so a cached answer can be re-judged.
TITLE_KEEP = 60.0
OFFLINE_REASON = "offline, and no cached PubMed answer for this entry"

# PubMed drops these from searches; they tell titles apart no better than short words do.
_STOPWORD_TEXT = """
    about after again among also because been before being between both could does doing down
    during each from further have having into more most other over same should some such than
    that their them then there these they this those through under until upon very were what
    when where which while with within without would your
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


class Resolver(Protocol):
    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        """One Resolution per reference, in the same order."""
        ...

    def close(self) -> None:
        """Let go of connections and files; a resolver that holds none does nothing."""
        ...


# -- what an entry says about itself ---------------------------------------------------------


def entry_citation(entry: Reference, key: str) -> Citation | None:
    """An ECitMatch line for entries that name journal, year and volume or first page."""
    if not (entry.journal and entry.year and (entry.volume or entry.pages)):
        return None
    author = matching.surname(entry.authors[0]) if entry.authors else ""
    return Citation(
        key=key,
        journal=entry.journal,
        year=str(entry.year),
        volume=entry.volume or "",
        first_page=matching.first_page(entry.pages),
        author=author,
    )


def as_looked_up(entry: Reference) -> Reference:
    """The entry as the lookups should see it.

    Terse citations ("Smith J. Spine. 2019;44:1100-8.") give no title, and a reader then takes
    the journal name for one. A short "title" with a locus and no journal is such a journal.
    """
    terse = entry.title and len(entry.title.split()) <= 6 and not entry.journal
    if terse and entry.year and (entry.volume or entry.pages):
        return replace(entry, journal=entry.title, title=None)
    return entry


def words_term(title: str) -> str | None:
    """The title's most telling words, all required; None when too few to be selective."""
    words = [
        w
        for w in dict.fromkeys(matching.normalise(title).split())
        if len(w) >= 4 and w not in _STOPWORDS
    ]
    if len(words) < 3:
        return None
    longest = sorted(words, key=len, reverse=True)[:TITLE_WORDS]
    return "(" + " AND ".join(f"{word}[ti]" for word in longest) + ")"


def title_term(title: str) -> str:
    # Quotes, brackets and field tags inside a title would change the query's meaning.
    words = re.sub(r"[\"\[\]()*]", " ", title).split()
    return f'"{" ".join(words).rstrip(".…")}"[ti]'


# -- deciding ---------------------------------------------------------------------------------


def decide(
    entry: Reference, identified: Sequence[Record], candidates: Iterable[Record]
) -> Resolution | None:
    """The resolution the records at hand support, or None when they do not settle the entry.

    ``identified`` are the records the entry's own PMID or DOI name; ``candidates`` are what
    searches proposed. A named record whose title is not the entry's title is kept as
    ``identifier_record`` (CL204).
    """
    for record in identified:
        if not entry.title or matching.is_same_work(entry, record):
            return Resolution(entry.number, Status.RESOLVED, record=record)
    named = identified[0] if identified else None
    seen = {named.pmid} if named else set()
    fitting = []
    for record in candidates:
        if record.pmid not in seen and matching.is_same_work(entry, record):
            seen.add(record.pmid)
            fitting.append(record)
    if not fitting:
        return None
    fitting.sort(key=lambda record: matching.score(entry, record), reverse=True)
    best = fitting[0]
    tied = [r for r in fitting if matching.score(entry, r) >= matching.score(entry, best) - 0.5]
    if len(tied) > 1:
        return Resolution(
            entry.number,
            Status.AMBIGUOUS,
            reason=f"{len(tied)} PubMed records match equally well",
            candidates=[r.pmid for r in tied],
            identifier_record=named,
        )
    return Resolution(entry.number, Status.RESOLVED, record=best, identifier_record=named)


def unresolved(
    entry: Reference,
    kind: str,
    named: Record | None,
    failure: str | None,
    searchable: bool,
    ambiguous: list[str] | None = None,
) -> Resolution:
    """The resolution of an entry that no record settled."""
    number = entry.number
    if failure:
        return Resolution(number, Status.UNVERIFIED, reason=failure, identifier_record=named)
    if named is not None:
        reason = f"PMID {named.pmid}, which the entry names, is another paper"
        return Resolution(number, Status.NOT_FOUND, reason=reason, identifier_record=named)
    if kind != JOURNAL_ARTICLE:
        return Resolution(number, Status.NOT_IN_PUBMED, reason="no PubMed record matches")
    if ambiguous is not None and not entry.title:
        reason = "ECitMatch finds several papers for this journal, year and page"
        return Resolution(number, Status.AMBIGUOUS, reason=reason, candidates=ambiguous)
    if not searchable:
        reason = "the entry gives no title, identifier or journal details to look up"
        return Resolution(number, Status.UNVERIFIED, reason=reason)
    return Resolution(number, Status.NOT_FOUND, reason="no PubMed record matches the entry")


def not_indexed(entry: Reference) -> Resolution:
    reason = "a guideline, book or web page, which PubMed does not index"
    return Resolution(entry.number, Status.NOT_IN_PUBMED, reason=reason)


# -- a fixed set of records ------------------------------------------------------------------


class StaticResolver:
    """Resolves entries against a fixed set of records, by PMID, DOI, title or metadata.

    Used by tests and the rule catalogue (records from ``fixtures/entrez/pubmed``), and for
    any source that already holds the records, such as a lock file.
    """

    def __init__(self, records: Iterable[Record]) -> None:
        self.records = {record.pmid: record for record in records}

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        return [self._resolve(as_looked_up(entry)) for entry in references]

    def close(self) -> None:
        pass

    def _resolve(self, entry: Reference) -> Resolution:
        kind = entry_kind(entry)
        if kind == NOT_INDEXED:
            return not_indexed(entry)
        pmid, doi = entry_pmid(entry), entry_doi(entry)
        identified = [
            r
            for r in self.records.values()
            if r.pmid == pmid or (doi and (r.doi or "").lower() == doi)
        ]
        found = decide(entry, identified, self.records.values())
        if found is not None:
            return found
        named = identified[0] if identified else None
        return unresolved(entry, kind, named, None, searchable=True)


class OfflineResolver:
    """Knows no records: every entry that PubMed could hold is unverified."""

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        return [
            not_indexed(entry)
            if entry_kind(entry) == NOT_INDEXED
            else Resolution(entry.number, Status.UNVERIFIED, reason=OFFLINE_REASON)
            for entry in references
        ]

    def close(self) -> None:
        pass


# -- the cache -------------------------------------------------------------------------------


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


# -- Entrez ----------------------------------------------------------------------------------


@dataclass
class _Entry:
    """What the resolver knows about one reference entry while it works."""

    reference: Reference
    kind: str
    pmid: str | None
    doi: str | None
    named: list[str] = field(default_factory=list)  # PMIDs the entry's PMID or DOI names
    proposed: list[str] = field(default_factory=list)  # PMIDs searches proposed
    ambiguous: list[str] | None = None  # ECitMatch said "ambiguous"
    failure: str | None = None  # why a lookup this entry needs failed
    searched: bool = False
    resolution: Resolution | None = None


class OfflineClient:
    """Stands in for EntrezClient under --offline: every question goes unanswered."""

    requests_made = 0

    def esearch(self, term: str, retmax: int = 20) -> ESearchResult:
        raise EntrezUnavailable(OFFLINE_REASON)

    def efetch(self, pmids: Iterable[str]) -> list[Record]:
        raise EntrezUnavailable(OFFLINE_REASON)

    def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, CitationMatch]:
        raise EntrezUnavailable(OFFLINE_REASON)

    def close(self) -> None:
        pass


class EntrezResolver(Closing):
    """Resolves all entries in a few batched E-utilities requests, cache first."""

    def __init__(
        self,
        client: EntrezClient | OfflineClient,
        cache: RecordCache | None = None,
        offline: bool = False,
    ) -> None:
        self.client = client
        self.store = Store(cache)
        self.offline = offline

    def close(self) -> None:
        """Close the client's connections and the cache file."""
        self.client.close()
        if self.store.cache is not None:
            self.store.cache.close()

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        entries = [
            _Entry(ref, entry_kind(ref), entry_pmid(ref), entry_doi(ref))
            for ref in map(as_looked_up, references)
        ]
        for entry in entries:
            if entry.kind == NOT_INDEXED:
                entry.resolution = not_indexed(entry.reference)
            elif entry.pmid:
                entry.named = [entry.pmid]
        open_entries = [e for e in entries if e.resolution is None]
        # Round 1: identifiers and citation details; all records they lead to in one EFetch.
        doi_searches = self._search_dois([e for e in open_entries if e.doi and not e.pmid])
        self._match_citations(
            [e for e in open_entries if not e.pmid and not e.doi and e.reference.journal]
        )
        self._fetch(open_entries, doi_searches)
        self._take_dois(doi_searches)
        for entry in open_entries:
            self._settle(entry)
        # Round 2: titles of whatever is still open, then their records.
        pending = [e for e in open_entries if e.resolution is None and e.reference.title]
        title_searches = self._search_titles(pending)
        self._fetch(pending, title_searches)
        self._take_titles(title_searches)
        # Round 3: titles the phrase missed (other spelling, punctuation, word order), by words.
        for entry in pending:
            self._settle(entry)
        missed = [e for e in pending if e.resolution is None and not e.failure]
        word_searches = self._search_titles(missed, kind="words")
        self._fetch(missed, word_searches)
        self._take_titles(word_searches)
        for entry in open_entries:
            if entry.resolution is None:
                self._settle(entry, final=True)
        return [entry.resolution for entry in entries]  # type: ignore[misc]

    # -- settling ----------------------------------------------------------------------

    def _settle(self, entry: _Entry, final: bool = False) -> None:
        named = [r for r in map(self.store.record, entry.named) if r is not None]
        proposed = [r for r in map(self.store.record, entry.proposed) if r is not None]
        entry.resolution = decide(entry.reference, named, proposed)
        if entry.resolution is not None and entry.pmid and self.store.absent(entry.pmid):
            # Only PubMed's own answer says so; a failed fetch never marks a PMID absent.
            entry.resolution.unknown_pmid = entry.pmid
        if entry.resolution is not None or not final:
            return
        if entry.pmid and not named and not entry.failure:
            reason = f"PMID {entry.pmid} is not in PubMed"
            entry.resolution = Resolution(entry.reference.number, Status.NOT_FOUND, reason=reason)
        else:
            searchable = bool(entry.reference.title or entry.named or entry.searched)
            entry.resolution = unresolved(
                entry.reference,
                entry.kind,
                named[0] if named else None,
                entry.failure,
                searchable,
                entry.ambiguous,
            )
        if self.offline and entry.resolution.status == Status.NOT_FOUND:
            entry.resolution = Resolution(
                entry.reference.number,
                Status.UNVERIFIED,
                reason="offline: the cached answers hold no match; check online to confirm",
                identifier_record=entry.resolution.identifier_record,
            )

    # -- the lookups -------------------------------------------------------------------

    def _fetch(self, entries: Sequence[_Entry], searches: Sequence[_Search]) -> None:
        """Every record the entries and searches lead to, from the cache or in one EFetch."""
        wanted: dict[str, list[_Entry]] = {}
        for entry in entries:
            for pmid in (*entry.named, *entry.proposed):
                wanted.setdefault(pmid, []).append(entry)
        for search in searches:
            for pmid in search.found:
                wanted.setdefault(pmid, []).extend(search.entries())
        missing = [
            pmid
            for pmid in wanted
            if self.store.record(pmid) is None and not self.store.absent(pmid)
        ]
        if not missing:
            return
        try:
            records = self.client.efetch(missing)
            self.store.add_records(records)
            self.store.add_absent(set(missing) - {record.pmid for record in records})
        except EntrezError as error:
            for pmid in missing:
                for entry in wanted[pmid]:
                    entry.failure = entry.failure or str(error)
            for search in searches:
                search.failure = search.failure or str(error)

    def _search(self, term: str, batch: dict[str, list[_Entry]], retmax: int) -> _Search:
        search = _Search(batch)
        try:
            result = self.client.esearch(term, retmax=retmax)
            search.found, search.truncated = list(result.ids), result.count > len(result.ids)
        except EntrezError as error:
            search.failure = str(error)
            for entry in search.entries():
                entry.failure = entry.failure or str(error)
        return search

    def _search_dois(self, entries: Sequence[_Entry]) -> list[_Search]:
        by_doi: dict[str, list[_Entry]] = {}
        for entry in entries:
            entry.searched = True
            cached = self.store.answer(f"doi:{entry.doi}")
            if cached is not None:
                entry.named = list(cached["pmids"])
            else:
                by_doi.setdefault(entry.doi or "", []).append(entry)
        dois = list(by_doi)
        searches = []
        for start in range(0, len(dois), DOI_BATCH):
            batch = {doi: by_doi[doi] for doi in dois[start : start + DOI_BATCH]}
            term = " OR ".join(f'"{doi}"[doi]' for doi in batch)
            searches.append(self._search(term, batch, retmax=5 * len(batch)))
        return searches

    def _take_dois(self, searches: Sequence[_Search]) -> None:
        for search in searches:
            if search.failure:
                continue
            records = [r for r in map(self.store.record, search.found) if r is not None]
            for doi, waiting in search.batch.items():
                pmids = [r.pmid for r in records if (r.doi or "").lower() == doi]
                if not pmids and len(search.batch) == 1 and len(records) == 1:
                    # A lone hit for a lone DOI is its record even when the record lists no DOI.
                    pmids = [r.pmid for r in records]
                self.store.add_answer(f"doi:{doi}", {"pmids": pmids})
                for entry in waiting:
                    entry.named = pmids

    def _match_citations(self, entries: Sequence[_Entry]) -> None:
        asked: dict[str, tuple[Citation, list[_Entry]]] = {}
        for entry in entries:
            citation = entry_citation(entry.reference, key=str(len(asked)))
            if citation is None:
                continue
            entry.searched = True
            cache_key = "citation:" + citation.line().rsplit("|", 2)[0]
            cached = self.store.answer(cache_key)
            if cached is not None:
                self._take_citation(entry, cached)
            elif cache_key in asked:
                asked[cache_key][1].append(entry)
            else:
                asked[cache_key] = (citation, [entry])
        if not asked:
            return
        try:
            answers = self.client.ecitmatch([citation for citation, _ in asked.values()])
        except EntrezError as error:
            for _, waiting in asked.values():
                for entry in waiting:
                    entry.failure = str(error)
            return
        for cache_key, (citation, waiting) in asked.items():
            match = answers.get(citation.key)
            if match is None:
                # A line of the answer was unreadable: not an answer of "no match".
                for entry in waiting:
                    entry.failure = entry.failure or "ECitMatch gave no readable answer"
                continue
            answer = {"pmids": match.pmids, "ambiguous": match.ambiguous}
            self.store.add_answer(cache_key, answer)
            for entry in waiting:
                self._take_citation(entry, answer)

    @staticmethod
    def _take_citation(entry: _Entry, answer: dict) -> None:
        entry.proposed.extend(answer["pmids"])
        if answer.get("ambiguous"):
            entry.ambiguous = list(answer["pmids"])

    def _search_titles(self, entries: Sequence[_Entry], kind: str = "title") -> list[_Search]:
        """Batched title searches: ``kind`` "title" asks for the phrase, "words" for its words."""
        by_title: dict[str, list[_Entry]] = {}
        for entry in entries:
            title = entry.reference.title or ""
            if kind == "words" and words_term(title) is None:
                continue
            entry.searched = True
            key = f"{kind}:{matching.normalise(title)}"
            cached = self.store.answer(key)
            if cached is not None:
                entry.proposed.extend(cached["pmids"])
            else:
                by_title.setdefault(key, []).append(entry)
        keys = list(by_title)
        return [
            self._search_title_batch(
                {key: by_title[key] for key in keys[start : start + TITLE_BATCH]}, kind
            )
            for start in range(0, len(keys), TITLE_BATCH)
        ]

    def _search_title_batch(self, batch: dict[str, list[_Entry]], kind: str) -> _Search:
        make_term = title_term if kind == "title" else words_term
        term = " OR ".join(
            make_term(waiting[0].reference.title or "") or "" for waiting in batch.values()
        )
        search = self._search(term, batch, retmax=10 * len(batch))
        search.kind = kind
        return search

    def _take_titles(self, searches: Sequence[_Search]) -> None:
        retry: list[_Search] = []
        for search in searches:
            if search.failure:
                continue
            records = [r for r in map(self.store.record, search.found) if r is not None]
            for key, waiting in search.batch.items():
                title = waiting[0].reference.title or ""
                pmids = [
                    r.pmid
                    for r in records
                    if matching.title_similarity(title, r.title) >= TITLE_KEEP
                ]
                if not pmids and search.truncated and len(search.batch) > 1:
                    # Other titles' hits filled the page; this one is asked again on its own.
                    retry.append(self._search_title_batch({key: waiting}, search.kind))
                    continue
                self.store.add_answer(key, {"pmids": pmids})
                for entry in waiting:
                    entry.proposed.extend(pmids)
        if retry:
            self._fetch([], retry)
            self._take_titles(retry)


@dataclass
class _Search:
    """One batched ESearch: the entries behind each OR-ed term, and the PMIDs it found."""

    batch: dict[str, list[_Entry]]
    found: list[str] = field(default_factory=list)
    truncated: bool = False
    failure: str | None = None
    kind: str = "title"  # or "words"

    def entries(self) -> list[_Entry]:
        return [entry for waiting in self.batch.values() for entry in waiting]


def build_resolver(config: Config) -> EntrezResolver:
    """Offline: cached answers only. Otherwise Entrez, with the cache unless --no-cache."""
    cache = None if config.no_cache else open_cache(config)
    if config.offline:
        return EntrezResolver(OfflineClient(), cache, offline=True)
    return EntrezResolver(EntrezClient(ClientSettings.from_env()), cache)


def open_cache(config: Config) -> RecordCache:
    directory = Path(config.cache_dir) if config.cache_dir else default_cache_dir()
    return RecordCache(directory, refresh=config.refresh)
