"""The batched questions the resolver asks about many entries at once, and their answers.

One ESearch for many DOIs, one ELink for many PMC ids, one ECitMatch request for many
citations, one ESearch for many titles, and EFetch for every record they lead to. Each answer
is kept in the store (and so in the cache) under what was asked. A question that fails marks
the entries that needed it with the reason; it never says that nothing matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from citelint.models import Reference, Resolution, normalise
from citelint.pubmed import matching
from citelint.pubmed.citations import Citation, entry_citation, locus_citation
from citelint.pubmed.citations import cache_key as citation_cache_key
from citelint.pubmed.errors import EntrezError
from citelint.pubmed.outcomes import NEAR_TITLE
from citelint.pubmed.queries import (
    author_term,
    core_term,
    first_author_term,
    first_author_words_term,
    main_title,
    near_term,
)
from citelint.read.identifiers import (
    JOURNAL_ARTICLE,
    NOT_INDEXED,
    entry_pmc,
    kind_without_pmid,
)

if TYPE_CHECKING:
    from citelint.pubmed.client import EntrezClient
    from citelint.pubmed.store import OfflineClient, Store
    from citelint.record import Record

DOI_BATCH = 50  # DOIs OR-ed into one ESearch
TITLE_BATCH = 20  # titles OR-ed into one ESearch
AUTHOR_PAPERS = 40  # a first author's papers in one journal and year looked at
# The title searches (Batches.search_titles), by kind, and what CL201's message calls each.
TITLE_TERMS = {
    "near": near_term,
    "words": core_term,
    "first author": first_author_term,
    "first author words": first_author_words_term,
}
_ASKED = {
    "near": "its title",
    "words": "its title's words",
    "first author": "its first author's papers around its year",
    "first author words": "those with any of its title's words",
}
_AUTHORS_PAPERS = frozenset(("first author", "first author words"))


# Entry and Search are plain classes: a dataclass compiles its methods when its module is
# imported, a cost every offline check with a cache pays (issue 13).
class Entry:
    """What the resolver knows about one reference entry while it works."""

    def __init__(
        self, reference: Reference, pmid: str | None, doi: str | None, pmc: str | None
    ) -> None:
        self.reference = reference
        self._kind: str | None = None  # entry_kind, read when first asked (see kind)
        self.pmid = pmid
        self.doi = doi  # looked up only when the entry gives no PMID: None then
        self.pmc = pmc  # looked up only when the entry gives neither PMID nor DOI: None then
        self.named: list[str] = []  # PMIDs the entry's PMID or DOI names
        self.proposed: list[str] = []  # PMIDs searches proposed
        self.ambiguous: list[str] | None = None  # ECitMatch said "ambiguous"
        self.failure: str | None = None  # why a lookup this entry needs failed
        self.searched = False
        self.asked: list[str] = []  # what was asked, for CL201's message
        self.unknown_doi = False  # PubMed answered that no record has the entry's DOI
        self.unknown_journal = False  # ECitMatch knew no journal by the entry's name for it
        self.words_searched = False
        # Its first author's papers in its journal and year were searched (author_term).
        self.authors_searched = False
        self.title_hits = 0  # records with a near title that the title searches found
        # A title search had more hits than it could look at: "nothing matches" is unknown.
        self.too_common = False
        # Its first author's papers filled round 3c's pages, none near its title: the paper
        # may be past them, so it is never "possibly fabricated".
        self.authors_overflowed = False
        self.resolution: Resolution | None = None
        self._terms: dict[str, str | None] = {}

    @property
    def kind(self) -> str:
        """``entry_kind`` of the entry, from the identifiers already read: most entries give
        one, and those are never asked their kind offline (``plainly_unindexed``)."""
        if self._kind is None:
            if self.pmid or self.pmc:
                self._kind = JOURNAL_ARTICLE
            elif self.doi:  # its PMC id was not read: entry_kind asks it first
                pmc = entry_pmc(self.reference)
                self._kind = JOURNAL_ARTICLE if pmc else kind_without_pmid(self.reference, True)
            else:
                self._kind = kind_without_pmid(self.reference, self.doi is not None)
        return self._kind

    def plainly_unindexed(self) -> bool:
        """Whether the entry's kind is NOT_INDEXED, which no entry giving a PMID, DOI or PMC
        id is: only the others' kind is read."""
        return not (self.pmid or self.doi or self.pmc) and self.kind == NOT_INDEXED

    def title_term(self, kind: str) -> str | None:
        """The title search of ``kind`` (one of TITLE_TERMS), made once: an offline run reads
        the near one's key before the rounds (offline_keys)."""
        if kind not in self._terms:
            self._terms[kind] = TITLE_TERMS[kind](self.reference)
        return self._terms[kind]


class Search:
    """One batched ESearch: the entries behind each OR-ed term, and the PMIDs it found."""

    def __init__(self, batch: dict[str, list[Entry]]) -> None:
        self.batch = batch
        self.found: list[str] = []
        self.truncated = False
        self.failure: str | None = None
        self.kind = "near"  # or another of TITLE_TERMS

    def entries(self) -> list[Entry]:
        return [entry for waiting in self.batch.values() for entry in waiting]


class Batches:
    """Asks ``client`` about many entries in few requests, answers kept in ``store``."""

    def __init__(self, client: EntrezClient | OfflineClient, store: Store) -> None:
        self.client = client
        self.store = store

    def fetch(self, entries: Sequence[Entry], searches: Sequence[Search]) -> None:
        """Every record the entries and searches lead to, from the cache or in one EFetch."""
        wanted: dict[str, list[Entry]] = {}
        for entry in entries:
            for pmid in (*entry.named, *entry.proposed):
                wanted.setdefault(pmid, []).append(entry)
        for search in searches:
            for pmid in search.found:
                wanted.setdefault(pmid, []).extend(search.entries())
        self.store.read_ahead(wanted)
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

    def _search(self, term: str, batch: dict[str, list[Entry]], retmax: int) -> Search:
        search = Search(batch)
        try:
            result = self.client.esearch(term, retmax=retmax)
            search.found, search.truncated = list(result.ids), result.count > len(result.ids)
        except EntrezError as error:
            search.failure = str(error)
            for entry in search.entries():
                entry.failure = entry.failure or str(error)
        return search

    def search_dois(self, entries: Sequence[Entry]) -> list[Search]:
        by_doi: dict[str, list[Entry]] = {}
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

    def take_dois(self, searches: Sequence[Search]) -> None:
        for search in searches:
            if search.failure:
                continue
            found = [r for r in map(self.store.record, search.found) if r is not None]
            records = sorted(found, key=matching.is_notice)  # papers before their notices
            for doi, waiting in search.batch.items():
                pmids = [r.pmid for r in records if (r.doi or "").lower() == doi]
                if not pmids and len(search.batch) == 1 and len(records) == 1:
                    # A lone hit for a lone DOI is its record even when the record lists no DOI.
                    pmids = [r.pmid for r in records]
                self.store.add_answer(f"doi:{doi}", {"pmids": pmids})
                for entry in waiting:
                    entry.named = pmids
                    entry.unknown_doi = not pmids

    def link_pmcs(self, entries: Sequence[Entry]) -> None:
        """PMIDs of the PMC articles the entries name, all asked in one batched ELink."""
        asked: dict[str, list[Entry]] = {}
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

    def match_citations(self, entries: Sequence[Entry], locus: bool = False) -> None:
        """ECitMatch for the entries' citation details; ``locus``: their journal, volume and
        first page alone (``locus_citation``)."""
        asked: dict[str, tuple[Citation, list[Entry]]] = {}
        for entry in entries:
            make = locus_citation if locus else entry_citation
            citation = make(entry.reference, key=str(len(asked)))
            if citation is None:
                continue
            entry.searched = True
            entry.asked.append(
                "its journal, volume and first page"
                if locus
                else "its journal, year, volume and pages"
            )
            cache_key = citation_cache_key(citation)
            cached = self.store.answer(cache_key)
            if cached is not None:
                _take_citation(entry, cached)
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
            if match.unknown_journal:  # left out otherwise: caches filled before it read alike
                answer["unknown_journal"] = True
            self.store.add_answer(cache_key, answer)
            for entry in waiting:
                _take_citation(entry, answer)

    def search_authors(self, entries: Sequence[Entry]) -> None:
        """Each entry's first author's papers in its journal and year (``author_term``), one
        ESearch each (few entries need it), their PMIDs proposed."""
        for entry in entries:
            page = matching.first_page(entry.reference.pages) if entry.unknown_journal else None
            term = author_term(entry.reference, page)
            if term is None:
                continue
            entry.searched = entry.authors_searched = True
            entry.asked.append("its first author's papers in its journal and year")
            key = f"author:{term}"
            answer = self.store.answer(key)
            if answer is None:
                search = self._search(term, {term: [entry]}, retmax=AUTHOR_PAPERS)
                if search.failure:
                    continue
                answer = {"pmids": search.found}
                self.store.add_answer(key, answer)
            entry.proposed.extend(answer["pmids"])

    def search_titles(self, entries: Sequence[Entry], kind: str) -> list[Search]:
        """Batched title searches: ``kind`` "near" asks for the title's words side by side,
        "words" for the telling words of the title every reading of the entry shares, "first
        author" for its first author's papers around its year with any of them. Only the
        records with a title near one of the entry's are proposed."""
        by_term: dict[str, list[Entry]] = {}
        for entry in entries:
            term = entry.title_term(kind)
            if term is None:
                continue
            entry.searched = True
            entry.asked.append(_ASKED[kind])
            entry.words_searched = entry.words_searched or kind == "words"
            cached = self.store.answer(_answer_key(kind, term, entry))
            if cached is not None:
                _take_title_answer(entry, cached)
            else:
                by_term.setdefault(term, []).append(entry)
        terms = list(by_term)
        return [
            self._search_title_batch(
                {term: by_term[term] for term in terms[start : start + TITLE_BATCH]}, kind
            )
            for start in range(0, len(terms), TITLE_BATCH)
        ]

    def _search_title_batch(self, batch: dict[str, list[Entry]], kind: str) -> Search:
        # Those with the title's words, asked after a full page, get a longer one (fix27a).
        page = AUTHOR_PAPERS if kind == "first author words" else 10
        search = self._search(" OR ".join(batch), batch, retmax=page * len(batch))
        search.kind = kind
        return search

    def take_titles(self, searches: Sequence[Search]) -> None:
        retry: list[Search] = []
        for search in searches:
            if search.failure:
                continue
            records = [r for r in map(self.store.record, search.found) if r is not None]
            for term, waiting in search.batch.items():
                # Entries of one term share a title, but for a first author's papers.
                alike = search.kind not in _AUTHORS_PAPERS
                for group in [waiting] if alike else [[entry] for entry in waiting]:
                    pmids = _near_titles(group[0], records)
                    if not pmids and search.truncated and len(search.batch) > 1:
                        # Other titles' hits filled the page; asked again on its own.
                        retry.append(self._search_title_batch({term: group}, search.kind))
                        continue
                    # A full page of a first author's papers may hide the paper.
                    full = search.truncated and len(search.batch) == 1
                    answer: dict = {"pmids": pmids}
                    if full and alike:
                        answer["too_common"] = True
                    elif search.kind == "first author words":
                        answer["authors_overflowed"] = full and not pmids  # or now known
                    elif full and not pmids:
                        answer["authors_overflowed"] = True
                    self.store.add_answer(_answer_key(search.kind, term, group[0]), answer)
                    for entry in group:
                        _take_title_answer(entry, answer)
        if retry:
            self.fetch([], retry)
            self.take_titles(retry)


def _near_titles(entry: Entry, records: list[Record]) -> list[str]:
    """The PMIDs of the records whose title is near one of the entry's readings' titles."""
    titles = [option.title for option in matching.readings(entry.reference) if option.title]
    # A guideline's main title, where PubMed drops its Task Force subtitle.
    titles += [main for main in map(main_title, titles) if main]
    return [
        r.pmid
        for r in records
        if max(matching.record_title_similarity(t, r) for t in titles) >= NEAR_TITLE
    ]


def _answer_key(kind: str, term: str, entry: Entry) -> str:
    """Where a title search's answer is kept: under its term, and for a first author's
    papers under the entry's title too (the answer holds those near that title)."""
    if kind in _AUTHORS_PAPERS:
        return f"{kind}:{term} {normalise(entry.reference.title or '')}"
    return f"{kind}:{term}"


def _take_citation(entry: Entry, answer: dict) -> None:
    entry.proposed.extend(answer["pmids"])
    if answer.get("ambiguous"):
        entry.ambiguous = list(answer["pmids"])
    entry.unknown_journal = entry.unknown_journal or bool(answer.get("unknown_journal"))


def _take_title_answer(entry: Entry, answer: dict) -> None:
    entry.proposed.extend(answer["pmids"])
    entry.title_hits += len(answer["pmids"])
    entry.too_common = entry.too_common or bool(answer.get("too_common"))
    entry.authors_overflowed = answer.get("authors_overflowed", entry.authors_overflowed)
