"""Resolution of reference entries to PubMed records: cache -> Entrez E-utilities.

The engine hands over every reference of every document at once, so that the lookups can be
batched (``citelint.pubmed.batches``). Whatever a search service proposes is verified against
the entry (``citelint.pubmed.matching``) before it is believed.

A lookup that fails (network down, rate limited to the end, a garbled answer) makes the
entries that depended on it "unverified", never "not found": only a clean answer of "nothing
matches" can suggest that a reference was made up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from citelint.config import Config
from citelint.models import Reference, Resolution, Status
from citelint.pubmed import matching
from citelint.pubmed.batches import AUTHOR_PAPERS, Batches, Entry
from citelint.pubmed.cache_location import cache_dir, reads_no_cache
from citelint.pubmed.closing import Closing
from citelint.pubmed.label_search import Keep, search_labels
from citelint.pubmed.outcomes import (
    NEAR_TITLE,
    Searched,
    decide,
    not_indexed,
    unanswered,
    unresolved,
)
from citelint.pubmed.queries import as_looked_up
from citelint.pubmed.store import OfflineClient, Store
from citelint.read.identifiers import entry_doi, entry_pmc, entry_pmid
from citelint.record import Record

if TYPE_CHECKING:
    # The client is imported where it is made: an offline run never loads the HTTP stack.
    from citelint.pubmed.cache import RecordCache
    from citelint.pubmed.client import EntrezClient


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
        self.batches = Batches(client, self.store)

    def close(self) -> None:
        """Close the client's connections and the cache file."""
        self.client.close()
        if self.store.cache is not None:
            self.store.cache.close()

    def search_labels(self, terms: Sequence[str], keep: Keep) -> dict[str, list[Record] | None]:
        """Candidate papers for wrong links' labels, in batched searches (see label_search)."""
        return search_labels(self.client, self.store, terms, keep)

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        looked_up = list(map(as_looked_up, references))
        if self.answers_nothing():
            return [unanswered(reference) for reference in looked_up]
        entries = [_entry(reference) for reference in looked_up]
        try:
            asking = self._settle_unknown(entries) if self.asks_nothing() else entries
            self._resolve_entries(asking)
        finally:
            self.store.forget()
        return [entry.resolution for entry in entries]  # type: ignore[misc]

    def answers_nothing(self) -> bool:
        """Offline with no cache, or one holding nothing: no record or answer can come from
        anywhere, so every question the lookups would ask fails (a lock or a mirror answers
        before this)."""
        cache = self.store.cache
        return self.asks_nothing() and (cache is None or cache.holds_nothing())

    def asks_nothing(self) -> bool:
        """Whether every question the cache cannot answer fails: offline."""
        return isinstance(self.client, OfflineClient)

    def _settle_unknown(self, entries: list[Entry]) -> list[Entry]:
        """Offline: settle the entries the cache knows nothing of (offline_keys), reading
        the keys of all in one query; the others, to work through the rounds."""
        from citelint.pubmed.offline_keys import first_keys, unanswered_offline

        keys = [None if entry.plainly_unindexed() else first_keys(entry) for entry in entries]
        held = self.store.prefetch(key for some in keys if some for key in some)
        asking = []
        for entry, some in zip(entries, keys, strict=True):
            if some is not None and held.isdisjoint(some):
                entry.resolution = unanswered_offline(entry)
            else:
                asking.append(entry)
        return asking

    def _resolve_entries(self, entries: list[Entry]) -> None:
        """Work the entries through the rounds of questions, each batched."""
        for entry in entries:
            if entry.plainly_unindexed():
                entry.resolution = not_indexed(entry.reference)
            elif entry.pmid:
                entry.named = [entry.pmid]
        open_entries = [e for e in entries if e.resolution is None]
        batches = self.batches
        # Round 1: identifiers and citation details; all records they lead to in one EFetch.
        doi_searches = batches.search_dois([e for e in open_entries if e.doi and not e.pmid])
        batches.link_pmcs([e for e in open_entries if e.pmc and not e.pmid and not e.doi])
        batches.match_citations(
            [e for e in open_entries if not e.pmid and not e.doi and e.reference.journal]
        )
        batches.fetch(open_entries, doi_searches)
        batches.take_dois(doi_searches)
        for entry in open_entries:
            self._settle(entry)
        # Imported here: an entry settled by its PMID whose DOI differs is rare. Offline, only
        # a cached answer about the DOI tells, as online.
        from citelint.pubmed.other_dois import mark_other_papers_dois

        mark_other_papers_dois(batches, open_entries)
        # Round 2: titles of whatever is still open, then their records.
        pending = [e for e in open_entries if e.resolution is None and e.reference.title]
        title_searches = batches.search_titles(pending, kind="near")
        batches.fetch(pending, title_searches)
        batches.take_titles(title_searches)
        # Round 3: titles the first search missed (other spelling, punctuation, word order,
        # a reading with a subtitle or journal too many), by the words every reading shares.
        for entry in pending:
            self._settle(entry)
        missed = [e for e in pending if e.resolution is None and not e.failure]
        word_searches = batches.search_titles(missed, kind="words")
        batches.fetch(missed, word_searches)
        batches.take_titles(word_searches)
        from citelint.pubmed.translated_titles import reads_as_translated

        self._search_otherwise(missed, reads_as_translated)
        self._search_translated(missed, reads_as_translated)
        self._search_untitled(
            [e for e in open_entries if e.resolution is None and not e.reference.title]
        )
        for entry in open_entries:
            tie = entry.resolution is not None and entry.resolution.status == Status.AMBIGUOUS
            if entry.resolution is None or (tie and entry.too_common):
                self._settle(entry, final=True)

    def _search_translated(
        self, missed: list[Entry], translated: Callable[[Reference], bool]
    ) -> None:
        """Rounds 4 and 5, for entries whose title reads as translated and that every title
        search missed."""
        batches = self.batches
        # Round 4: a title in another language whose year or first author slipped: its
        # words find nothing, and nor did its citation; its journal, volume and page may.
        unmatched = [
            e for e in missed if e.resolution is None and not e.failure and translated(e.reference)
        ]
        if not unmatched:
            return
        batches.match_citations(unmatched, locus=True)
        batches.fetch(unmatched, [])
        for entry in unmatched:
            self._settle(entry)
        # Round 5: one of its volume and first page wrong finds nothing either; its first
        # author's papers in its journal and year may (user24 P1 17: else "fabricated").
        unfound = [e for e in unmatched if e.resolution is None and _located(e)]
        batches.search_authors(unfound)
        batches.fetch(unfound, [])
        for entry in unfound:
            self._settle(entry)

    def _search_otherwise(
        self, missed: list[Entry], translated: Callable[[Reference], bool]
    ) -> None:
        """Rounds 3b, 3c and 3d, for entries whose title the word search missed too."""
        # Round 3b: a DOI PubMed lacks, and a title nothing matched: its citation details
        # tell a journal PubMed does not index (J Am Stat Assoc, user27 P1-9) from a made-up
        # paper in one it does, and may find the paper under a mistyped DOI.
        doi_unknown = [e for e in missed if e.unknown_doi and e.reference.journal]
        self.batches.match_citations(doi_unknown)
        self.batches.fetch(doi_unknown, [])
        # Round 3c: the first author's papers a year either side, for a title with a word
        # PubMed spells otherwise ("paediatrics", user27 P1-1).
        self._search_first_authors(
            [e for e in missed if e.resolution is None and not e.failure], translated
        )
        # Round 3d: a year two or more off keeps every search so far from the paper (user27
        # P2-1: "The London patient" cited 2017 for 2020); its journal, volume and first page
        # without the year may find it, and the match is verified as any is (then CL203).
        self._search_loci(
            [
                e
                for e in missed
                if e.resolution is None and not e.failure and not translated(e.reference)
            ]
        )

    def _search_loci(self, unsettled: list[Entry]) -> None:
        """Round 3d: ECitMatch for the entries' journal, volume and first page alone. Not for
        an entry whose PMID or DOI named a record (its own outcome, CL204), nor one whose
        journal ECitMatch already knew by no name (asking again tells nothing)."""
        located = [
            e
            for e in unsettled
            if e.reference.year and not (e.named or e.unknown_journal) and _located(e)
        ]
        self.batches.match_citations(located, locus=True)
        self.batches.fetch(located, [])
        for entry in located:
            self._settle(entry)

    def _search_untitled(self, untitled: list[Entry]) -> None:
        """Round 6: an entry without a title (Science's "N. Engl. J. Med. 374, 2103 (2015).")
        was asked only its citation, which one wrong volume, page or year leaves unfound
        (user29b: "check it by hand"). Its journal, volume and first page without the year,
        then its first author's papers in its journal and year, may find the paper; the
        match is verified as any is, and CL203 names the field that differs."""
        unsettled = [e for e in untitled if not e.failure and _located(e)]
        if not unsettled:
            return
        self._search_loci(unsettled)
        unfound = [e for e in unsettled if e.resolution is None and not e.named]
        self.batches.search_authors(unfound)
        self.batches.fetch(unfound, [])
        for entry in unfound:
            # Only the author's paper on the entry's first page is it: with no title, two
            # papers of one author that year fit no better than each other (a false CL202).
            page = matching.first_page(entry.reference.pages)
            entry.proposed = [pmid for pmid in entry.proposed if self._first_page(pmid) == page]
            self._settle(entry)

    def _first_page(self, pmid: str) -> str | None:
        record = self.store.record(pmid)
        return matching.first_page(record.pages) if record is not None else None

    def _search_first_authors(
        self, missed: list[Entry], translated: Callable[[Reference], bool]
    ) -> None:
        """Round 3c: a title one word of which PubMed spells otherwise ("paediatrics" for
        "pediatrics", "haemorrhage") has not all its words in any record, and its citation
        may name its journal so too ("J Paediatr Endocrinol Metab", user27 P1-1: "possibly
        fabricated"): its first author's papers around its year with any of them. A title
        in another language is left to rounds 4 and 5, as before."""
        unsettled = []
        for entry in missed:
            if translated(entry.reference):
                continue
            self._settle(entry)
            if entry.resolution is None:
                unsettled.append(entry)
        for kind in ("first author", "first author words"):
            searches = self.batches.search_titles(unsettled, kind=kind)
            self.batches.fetch(unsettled, searches)
            self.batches.take_titles(searches)
            for entry in unsettled:
                self._settle(entry)
            # Only a first author whose papers overflowed the page is asked again, for those
            # with any of the title's words (fix27a: a senior author's paper past the page).
            unsettled = [
                e
                for e in unsettled
                if e.resolution is None and e.authors_overflowed and not e.failure
            ]

    # -- settling ----------------------------------------------------------------------

    def _settle(self, entry: Entry, final: bool = False) -> None:
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
        if entry.authors_overflowed and entry.resolution.status == Status.NOT_FOUND:
            entry.resolution = _past_the_page(entry.reference, entry.resolution)
        if self.offline and entry.resolution.status == Status.NOT_FOUND:
            entry.resolution = Resolution(
                entry.reference.number,
                Status.UNVERIFIED,
                reason="offline: the cached answers hold no match; check online to confirm",
                identifier_record=entry.resolution.identifier_record,
            )

    def _searched(self, entry: Entry, proposed: list[Record]) -> Searched:
        evidence = None
        if entry.unknown_doi:
            evidence = f"PubMed has no record with DOI {entry.doi}"
        elif entry.authors_searched and entry.reference.title:
            # Not for an entry with no title (round 6): its names were read from Science's
            # bare shape, and nothing found by them is too little to call it made up.
            # A title in another language: its words say nothing in PubMed's English titles.
            evidence = (
                "no PubMed record has its journal, volume and first page, and none of its "
                "first author's papers in its journal and year is it"
            )
        elif entry.words_searched and not entry.title_hits:
            # Not "shares": a record may have all of them but one (user27 P1-1).
            evidence = "no PubMed record has all of the title's distinctive words"
        title = entry.reference.title
        near = [(matching.record_title_similarity(title, r), r) for r in proposed] if title else []
        near = [(similarity, record) for similarity, record in near if similarity >= NEAR_TITLE]
        closest = max(near, key=lambda item: item[0])[1] if near else None
        if closest is not None and not entry.unknown_doi:
            # ECitMatch named a record sharing them, which the title search missed (the
            # subtitle's words, user23 P1-2): that record is named instead.
            evidence = None
        searched = Searched(list(dict.fromkeys(entry.asked)), evidence, closest, entry.unknown_doi)
        searched.unknown_journal = entry.unknown_journal
        searched.authors_searched = entry.authors_searched
        return searched


def _located(entry: Entry) -> bool:
    """Whether the entry's journal, volume and first page were asked of ECitMatch: its first
    author's papers there (or, in a journal ECitMatch did not know by that name, with that
    volume and first page) can be asked for too. Without a locus a title in another
    language stays CL208's."""
    reference = entry.reference
    if entry.failure or not (reference.volume and reference.pages):
        return False
    return not matching.in_another_script(reference.journal or "")


def _past_the_page(reference: Reference, found: Resolution) -> Resolution:
    """Unverified, not "possibly fabricated": its title's words are in no record, but one of
    them may be spelt otherwise in PubMed, and its first author has more papers around its
    year than round 3c looks at (fix27a)."""
    reason = (
        f"its first author has more than {AUTHOR_PAPERS} papers around its year, even with "
        "its title's words, and none looked at is it: check its title, or add its PMID or DOI"
    )
    return Resolution(
        reference.number,
        Status.UNVERIFIED,
        reason=reason,
        identifier_record=found.identifier_record,
    )


def _entry(reference: Reference) -> Entry:
    """The entry with its identifiers read once each, and only those the lookups use: a DOI
    is looked up only without a PMID, a PMC id only without either."""
    pmid = entry_pmid(reference)
    doi = None if pmid else entry_doi(reference)
    pmc = None if pmid or doi else entry_pmc(reference)
    return Entry(reference, pmid, doi, pmc)


def build_resolver(config: Config) -> EntrezResolver:
    """Offline: cached answers only. Otherwise Entrez, with the cache unless --no-cache."""
    # An offline run only reads the cache: with no cache file yet it makes none (the lock
    # command and a mirror's fallback come here; ``check`` stops earlier).
    cache = None if reads_no_cache(config) else open_cache(config)
    if config.offline:
        return EntrezResolver(OfflineClient(), cache, offline=True)
    from citelint.pubmed.client import ClientSettings, EntrezClient

    return EntrezResolver(EntrezClient(ClientSettings.from_env()), cache)


def open_cache(config: Config) -> RecordCache:
    from citelint.pubmed.cache import RecordCache

    return RecordCache(cache_dir(config), refresh=config.refresh)
