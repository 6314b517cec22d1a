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

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from citelint.config import Config
from citelint.models import Record, Reference, Resolution, Status
from citelint.pubmed import matching
from citelint.pubmed.closing import Closing
from citelint.pubmed.errors import EntrezError
from citelint.pubmed.label_search import Keep, search_labels
from citelint.pubmed.outcomes import NEAR_TITLE, Searched, decide, not_indexed, unresolved
from citelint.pubmed.queries import (
    Citation,
    as_looked_up,
    core_term,
    entry_citation,
    near_term,
)
from citelint.pubmed.store import OfflineClient, Store

if TYPE_CHECKING:
    # The client is imported where it is made: an offline run never loads the HTTP stack.
    from citelint.pubmed.cache import RecordCache
    from citelint.pubmed.client import EntrezClient
from citelint.read.identifiers import (
    NOT_INDEXED,
    entry_doi,
    entry_kind,
    entry_pmc,
    entry_pmid,
)

DOI_BATCH = 50  # DOIs OR-ed into one ESearch
TITLE_BATCH = 20  # titles OR-ed into one ESearch


@dataclass
class _Entry:
    """What the resolver knows about one reference entry while it works."""

    reference: Reference
    kind: str
    pmid: str | None
    doi: str | None
    pmc: str | None
    named: list[str] = field(default_factory=list)  # PMIDs the entry's PMID or DOI names
    proposed: list[str] = field(default_factory=list)  # PMIDs searches proposed
    ambiguous: list[str] | None = None  # ECitMatch said "ambiguous"
    failure: str | None = None  # why a lookup this entry needs failed
    searched: bool = False
    asked: list[str] = field(default_factory=list)  # what was asked, for CL201's message
    unknown_doi: bool = False  # PubMed answered that no record has the entry's DOI
    words_searched: bool = False
    title_hits: int = 0  # records with a near title that the title searches found
    # A title search had more hits than it could look at: "nothing matches" is unknown.
    too_common: bool = False
    resolution: Resolution | None = None


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

    def search_labels(self, terms: Sequence[str], keep: Keep) -> dict[str, list[Record] | None]:
        """Candidate papers for wrong links' labels, in batched searches (see label_search)."""
        return search_labels(self.client, self.store, terms, keep)

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        entries = [
            _Entry(ref, entry_kind(ref), entry_pmid(ref), entry_doi(ref), entry_pmc(ref))
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
        self._link_pmcs([e for e in open_entries if e.pmc and not e.pmid and not e.doi])
        self._match_citations(
            [e for e in open_entries if not e.pmid and not e.doi and e.reference.journal]
        )
        self._fetch(open_entries, doi_searches)
        self._take_dois(doi_searches)
        for entry in open_entries:
            self._settle(entry)
        # Round 2: titles of whatever is still open, then their records.
        pending = [e for e in open_entries if e.resolution is None and e.reference.title]
        title_searches = self._search_titles(pending, kind="near")
        self._fetch(pending, title_searches)
        self._take_titles(title_searches)
        # Round 3: titles the first search missed (other spelling, punctuation, word order,
        # a reading with a subtitle or journal too many), by the words every reading shares.
        for entry in pending:
            self._settle(entry)
        missed = [e for e in pending if e.resolution is None and not e.failure]
        word_searches = self._search_titles(missed, kind="words")
        self._fetch(missed, word_searches)
        self._take_titles(word_searches)
        for entry in open_entries:
            tie = entry.resolution is not None and entry.resolution.status == Status.AMBIGUOUS
            if entry.resolution is None or (tie and entry.too_common):
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
        ambiguous = entry.resolution is not None and entry.resolution.status == Status.AMBIGUOUS
        if final and ambiguous and entry.too_common:
            entry.resolution = None  # a tie among the first page of a longer list settles nothing
        if entry.resolution is not None or not final:
            return
        if entry.too_common and not (entry.failure or named or entry.unknown_doi):
            # Only an unselective title search was possible and it overflowed.
            reason = (
                f"its title '{entry.reference.title}' fits too many papers to look it up; "
                "add its PMID, DOI, or volume and pages"
            )
            entry.resolution = Resolution(entry.reference.number, Status.UNVERIFIED, reason=reason)
        elif entry.pmid and not named and not entry.failure:
            reason = f"PMID {entry.pmid} is not in PubMed; possibly fabricated"
            entry.resolution = Resolution(entry.reference.number, Status.NOT_FOUND, reason=reason)
        else:
            # Only a question PubMed answered can say "nothing matches".
            searchable = bool(entry.named or entry.searched)
            entry.resolution = unresolved(
                entry.reference,
                entry.kind,
                named[0] if named else None,
                entry.failure,
                searchable,
                entry.ambiguous,
                self._searched(entry, proposed),
            )
        if self.offline and entry.resolution.status == Status.NOT_FOUND:
            entry.resolution = Resolution(
                entry.reference.number,
                Status.UNVERIFIED,
                reason="offline: the cached answers hold no match; check online to confirm",
                identifier_record=entry.resolution.identifier_record,
            )

    def _searched(self, entry: _Entry, proposed: list[Record]) -> Searched:
        evidence = None
        if entry.unknown_doi:
            evidence = f"PubMed has no record with DOI {entry.doi}"
        elif entry.words_searched and not entry.title_hits:
            evidence = "no PubMed record shares the title's distinctive words"
        title = entry.reference.title
        near = [
            (matching.title_similarity(title, record.title), record) for record in proposed if title
        ]
        near = [(similarity, record) for similarity, record in near if similarity >= NEAR_TITLE]
        closest = max(near, key=lambda item: item[0])[1] if near else None
        return Searched(list(dict.fromkeys(entry.asked)), evidence, closest)

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
            entry.asked.append("its DOI")
            cached = self.store.answer(f"doi:{entry.doi}")
            if cached is not None:
                entry.named = list(cached["pmids"])
                entry.unknown_doi = not entry.named
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
                    entry.unknown_doi = not pmids

    def _link_pmcs(self, entries: Sequence[_Entry]) -> None:
        """PMIDs of the PMC articles the entries name, all asked in one batched ELink."""
        asked: dict[str, list[_Entry]] = {}
        for entry in entries:
            entry.searched = True
            cached = self.store.answer(f"pmc:{entry.pmc}")
            if cached is not None:
                entry.named = list(cached["pmids"])
            else:
                asked.setdefault(entry.pmc or "", []).append(entry)
        if not asked:
            return
        try:
            answers = self.client.pmc_pmids(list(asked))
        except EntrezError as error:
            for waiting in asked.values():
                for entry in waiting:
                    entry.failure = entry.failure or str(error)
            return
        for pmc, waiting in asked.items():
            pmids = answers.get(pmc, [])
            self.store.add_answer(f"pmc:{pmc}", {"pmids": pmids})
            for entry in waiting:
                entry.named = list(pmids)

    def _match_citations(self, entries: Sequence[_Entry]) -> None:
        asked: dict[str, tuple[Citation, list[_Entry]]] = {}
        for entry in entries:
            citation = entry_citation(entry.reference, key=str(len(asked)))
            if citation is None:
                continue
            entry.searched = True
            entry.asked.append("its journal, year, volume and pages")
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

    def _search_titles(self, entries: Sequence[_Entry], kind: str) -> list[_Search]:
        """Batched title searches: ``kind`` "near" asks for the title's words side by side,
        "words" for the telling words of the title every reading of the entry shares."""
        by_term: dict[str, list[_Entry]] = {}
        for entry in entries:
            term = near_term(entry.reference) if kind == "near" else core_term(entry.reference)
            if term is None:
                continue
            entry.searched = True
            entry.asked.append("its title" if kind == "near" else "its title's words")
            entry.words_searched = entry.words_searched or kind == "words"
            cached = self.store.answer(f"{kind}:{term}")
            if cached is not None:
                self._take_title_answer(entry, cached)
            else:
                by_term.setdefault(term, []).append(entry)
        terms = list(by_term)
        return [
            self._search_title_batch(
                {term: by_term[term] for term in terms[start : start + TITLE_BATCH]}, kind
            )
            for start in range(0, len(terms), TITLE_BATCH)
        ]

    @staticmethod
    def _take_title_answer(entry: _Entry, answer: dict) -> None:
        entry.proposed.extend(answer["pmids"])
        entry.title_hits += len(answer["pmids"])
        entry.too_common = entry.too_common or bool(answer.get("too_common"))

    def _search_title_batch(self, batch: dict[str, list[_Entry]], kind: str) -> _Search:
        search = self._search(" OR ".join(batch), batch, retmax=10 * len(batch))
        search.kind = kind
        return search

    def _take_titles(self, searches: Sequence[_Search]) -> None:
        retry: list[_Search] = []
        for search in searches:
            if search.failure:
                continue
            records = [r for r in map(self.store.record, search.found) if r is not None]
            for term, waiting in search.batch.items():
                titles = [
                    option.title
                    for option in matching.readings(waiting[0].reference)
                    if option.title
                ]
                pmids = [
                    r.pmid
                    for r in records
                    if max(matching.title_similarity(t, r.title) for t in titles) >= NEAR_TITLE
                ]
                if not pmids and search.truncated and len(search.batch) > 1:
                    # Other titles' hits filled the page; this one is asked again on its own.
                    retry.append(self._search_title_batch({term: waiting}, search.kind))
                    continue
                too_common = search.truncated and len(search.batch) == 1
                answer = {"pmids": pmids, "too_common": True} if too_common else {"pmids": pmids}
                self.store.add_answer(f"{search.kind}:{term}", answer)
                for entry in waiting:
                    self._take_title_answer(entry, answer)
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
    kind: str = "near"  # or "words"

    def entries(self) -> list[_Entry]:
        return [entry for waiting in self.batch.values() for entry in waiting]


def build_resolver(config: Config) -> EntrezResolver:
    """Offline: cached answers only. Otherwise Entrez, with the cache unless --no-cache."""
    cache = None if config.no_cache else open_cache(config)
    if config.offline:
        return EntrezResolver(OfflineClient(), cache, offline=True)
    from citelint.pubmed.client import ClientSettings, EntrezClient

    return EntrezResolver(EntrezClient(ClientSettings.from_env()), cache)


def open_cache(config: Config) -> RecordCache:
    from citelint.pubmed.cache import RecordCache, default_cache_dir

    directory = Path(config.cache_dir) if config.cache_dir else default_cache_dir()
    return RecordCache(directory, refresh=config.refresh)
